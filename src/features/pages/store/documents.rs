//! The documents a coordination publishes. They are public: listing and downloading take the
//! [`Coordination`]; publishing and removing take the [`Tenant`] proof.

use chrono::{DateTime, Utc};

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::platform::upload;
use crate::platform::web::Val;
use crate::{fetch_all, fetch_optional, scalar};

/// A published document as the Documents page lists it (without its bytes).
#[derive(Debug, sqlx::FromRow)]
pub struct Published {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub filename: String,
    pub size_bytes: i64,
    pub published_at: DateTime<Utc>,
}

impl Published {
    /// The title for a reader, and the language it is in (see [`Lang::read`]).
    pub fn title(&self, lang: impl Val<Lang>) -> (&str, Lang) {
        lang.val().read(&self.title_fr, &self.title_nl)
    }

    /// The languages its title lacks, for its editors.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::missing(&self.title_fr, &self.title_nl)
    }

    pub fn size(&self) -> String {
        upload::readable_size(self.size_bytes)
    }

    pub fn format(&self) -> String {
        upload::format_label(&self.filename)
    }
}

/// The coordination's documents, the latest first.
pub async fn published(
    db: &Db,
    coordination: &Coordination,
) -> Result<Vec<Published>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, title_fr, title_nl, filename, size_bytes, published_at \
         FROM published_documents WHERE coordination_id = $1 ORDER BY published_at DESC, id DESC",
        coordination.id
    )
}

/// A document's file: (name, bytes).
pub async fn file(
    db: &Db,
    coordination: &Coordination,
    id: i64,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT filename, data FROM published_documents WHERE id = $1 AND coordination_id = $2",
        id,
        coordination.id
    )
}

pub async fn publish(
    tx: &mut Tx,
    tenant: &Tenant,
    (title_fr, title_nl): (&str, &str),
    document: &upload::Document,
    by_user: i64,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO published_documents (coordination_id, title_fr, title_nl, filename, \
         content_type, size_bytes, data, published_by, published_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        tenant.id(),
        title_fr,
        title_nl,
        &document.filename,
        document.content_type,
        document.size(),
        &document.bytes,
        by_user,
        Utc::now()
    )
}

/// Removes a document; its titles and file name, for the audit log, when it was there.
pub async fn remove(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
) -> Result<Option<(String, String, String)>, sqlx::Error> {
    fetch_optional!(
        tx,
        "DELETE FROM published_documents WHERE id = $1 AND coordination_id = $2 \
         RETURNING title_fr, title_nl, filename",
        id,
        tenant.id()
    )
}
