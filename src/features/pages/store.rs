//! The pages' rows and statements. Pages are public, so reading one takes the [`Coordination`];
//! writing takes the [`Tenant`] proof.

use chrono::{DateTime, Utc};

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_optional, vocabulary};

vocabulary! {
    /// The pages every coordination has.
    pub enum PageKind {
        Accessibility = "accessibility",
        Privacy = "privacy",
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

pub async fn upsert(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: PageKind,
    (body_fr, body_nl): (&str, &str),
    by_user: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        UPSERT,
        tenant.id(),
        kind,
        body_fr,
        body_nl,
        Utc::now(),
        by_user
    )
}

/// The coordination's pages in the coordination export.
pub struct PagesData;

impl crate::platform::personal_data::PersonalData for PagesData {}

impl crate::platform::portable::Portable for PagesData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &["coordination_pages"],
            ..Default::default()
        }
    }
}
