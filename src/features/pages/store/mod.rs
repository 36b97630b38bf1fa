//! The pages' rows and statements. Pages are public, so reading one takes the [`Coordination`];
//! writing takes the [`Tenant`] proof.

use chrono::{DateTime, Utc};

use crate::platform::db::{Db, Tx};
use crate::platform::personal_data::{
    forget_author, DataSubject, Erased, PersonalData, Reach, Section,
};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, vocabulary};

pub mod documents;

vocabulary! {
    /// A coordination's pages: its two statements, and the content blocks its public site is
    /// composed of.
    pub enum PageKind {
        Accessibility = "accessibility",
        Privacy = "privacy",
        Mission = "mission",
        Actions = "actions",
        History = "history",
        HowWeWork = "how-we-work",
        HowToJoin = "how-to-join",
    }
}

/// A page as its coordination wrote it.
#[derive(Debug, sqlx::FromRow)]
pub struct PageRow {
    pub body_fr: String,
    pub body_nl: String,
    pub updated_at: DateTime<Utc>,
}

pub async fn find(
    db: &Db,
    coordination: &Coordination,
    kind: PageKind,
) -> Result<Option<PageRow>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT body_fr, body_nl, updated_at FROM coordination_pages \
         WHERE coordination_id = $1 AND page = $2",
        coordination.id,
        kind
    )
}

const UPSERT: &str = "\
    INSERT INTO coordination_pages (coordination_id, page, body_fr, body_nl, updated_at, updated_by) \
    VALUES ($1, $2, $3, $4, $5, $6) \
    ON CONFLICT (coordination_id, page) DO UPDATE SET body_fr = excluded.body_fr, \
    body_nl = excluded.body_nl, updated_at = excluded.updated_at, updated_by = excluded.updated_by";

/// Stores the page's text and keeps it as a new revision.
pub async fn upsert(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: PageKind,
    (body_fr, body_nl): (&str, &str),
    by_user: i64,
) -> Result<u64, sqlx::Error> {
    let now = Utc::now();
    execute!(
        &mut *tx,
        "INSERT INTO page_revisions (coordination_id, page, body_fr, body_nl, saved_at, saved_by) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        tenant.id(),
        kind,
        body_fr,
        body_nl,
        now,
        by_user
    )?;
    execute!(
        tx,
        UPSERT,
        tenant.id(),
        kind,
        body_fr,
        body_nl,
        now,
        by_user
    )
}

/// Every page the coordination has written: (page, has French, has Dutch, last saved).
pub async fn written(
    db: &Db,
    coordination: &Coordination,
) -> Result<Vec<(PageKind, bool, bool, DateTime<Utc>)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT page, TRIM(body_fr) <> '', TRIM(body_nl) <> '', updated_at FROM coordination_pages \
         WHERE coordination_id = $1",
        coordination.id
    )
}

/// A saved version of a page.
#[derive(Debug, sqlx::FromRow)]
pub struct Revision {
    pub id: i64,
    pub body_fr: String,
    pub body_nl: String,
    pub saved_at: DateTime<Utc>,
    /// Who saved it; empty when their account is gone.
    pub saved_by: String,
}

const REVISION_COLUMNS: &str =
    "r.id, r.body_fr, r.body_nl, r.saved_at, COALESCE(u.display_name, '') AS saved_by";

/// The page's revisions, the latest first.
pub async fn revisions(
    db: &Db,
    tenant: &Tenant,
    kind: PageKind,
) -> Result<Vec<Revision>, sqlx::Error> {
    let sql = format!(
        "SELECT {REVISION_COLUMNS} FROM page_revisions r LEFT JOIN users u ON u.id = r.saved_by \
         WHERE r.coordination_id = $1 AND r.page = $2 ORDER BY r.id DESC"
    );
    fetch_all!(db, &sql, tenant.id(), kind)
}

/// One revision of the page.
pub async fn revision(
    db: &Db,
    tenant: &Tenant,
    kind: PageKind,
    id: i64,
) -> Result<Option<Revision>, sqlx::Error> {
    let sql = format!(
        "SELECT {REVISION_COLUMNS} FROM page_revisions r LEFT JOIN users u ON u.id = r.saved_by \
         WHERE r.coordination_id = $1 AND r.page = $2 AND r.id = $3"
    );
    fetch_optional!(db, &sql, tenant.id(), kind, id)
}

/// The pages' part in the rights of the people: the versions of a page a person saved and the
/// documents they published. Erased, both stay (they are the coordination's) without who did it.
pub struct PagesData;

#[derive(Debug, sqlx::FromRow, serde::Serialize)]
struct PublishedRow {
    coordination: String,
    title_fr: String,
    filename: String,
    published_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, serde::Serialize)]
struct SavedRow {
    coordination: String,
    page: String,
    saved_at: DateTime<Utc>,
}

#[async_trait::async_trait]
impl PersonalData for PagesData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        let saved: Vec<SavedRow> = fetch_all!(
            &mut *tx,
            "SELECT co.slug AS coordination, r.page, r.saved_at FROM page_revisions r \
             JOIN coordinations co ON co.id = r.coordination_id \
             WHERE r.saved_by = $1 AND ($2 IS NULL OR r.coordination_id = $2) ORDER BY r.id",
            user,
            reach.coordination()
        )?;
        let published: Vec<PublishedRow> = fetch_all!(
            &mut *tx,
            "SELECT co.slug AS coordination, d.title_fr, d.filename, d.published_at \
             FROM published_documents d JOIN coordinations co ON co.id = d.coordination_id \
             WHERE d.published_by = $1 AND ($2 IS NULL OR d.coordination_id = $2) ORDER BY d.id",
            user,
            reach.coordination()
        )?;
        Ok(vec![
            Section::of("personal-data-page-revisions", &saved),
            Section::of("personal-data-published-documents", &published),
        ])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let revisions = forget_author(tx, ("page_revisions", "saved_by"), person, reach).await?;
        forget_author(tx, ("coordination_pages", "updated_by"), person, reach).await?;
        let published =
            forget_author(tx, ("published_documents", "published_by"), person, reach).await?;
        Ok(vec![
            Erased::pseudonymised(
                "personal-data-page-revisions",
                revisions,
                "erasure-why-record-history",
            ),
            Erased::pseudonymised(
                "personal-data-published-documents",
                published,
                "erasure-why-published-document",
            ),
        ])
    }
}

impl crate::platform::portable::Portable for PagesData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &[
                "coordination_pages",
                "page_revisions",
                "published_documents",
            ],
            ..Default::default()
        }
    }
}
