//! Documents attached to agenda items (a presentation, a draft advice, a budget): coordinators
//! upload them, everyone who may read the item downloads them. Only office, PDF, image and text
//! formats are taken, recognised by their extension and served as downloads, never inline.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use chrono::{DateTime, Utc};
use tower_sessions::Session;

use super::{managed, meeting_path, visible};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::export::download;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{commit_audited, redirect_with_flash, AppError, FlashKind, PageCtx};
use crate::platform::AppState;
use crate::{with_db, with_tx};

/// The largest document taken, in bytes.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

const TYPES: [(&str, &str); 12] = [
    ("pdf", "application/pdf"),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("txt", "text/plain; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
];

/// The content type a file name's extension stands for, if Socius takes it.
pub fn content_type(filename: &str) -> Option<&'static str> {
    let extension = filename.rsplit_once('.')?.1.to_ascii_lowercase();
    TYPES
        .iter()
        .find(|(ext, _)| *ext == extension)
        .map(|(_, kind)| *kind)
}

/// A file name safe in a header and on any disk: letters, digits, dots, dashes and underscores.
fn safe_filename(filename: &str) -> String {
    let cleaned: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    cleaned.trim_start_matches('.').chars().take(120).collect()
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub item_id: i64,
    pub filename: String,
    pub size_bytes: i64,
    pub created_at: DateTime<Utc>,
}

impl Document {
    /// The size for a reader: kilobytes, or megabytes from one megabyte.
    pub fn size(&self) -> String {
        if self.size_bytes >= 1024 * 1024 {
            format!("{:.1} MB", self.size_bytes as f64 / (1024.0 * 1024.0))
        } else {
            format!("{} kB", (self.size_bytes + 1023) / 1024)
        }
    }
}

pub async fn list(db: &Db, meeting_id: i64) -> Result<Vec<Document>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT id, item_id, filename, size_bytes, created_at FROM agenda_documents WHERE meeting_id = $1 ORDER BY item_id, id"
    )
    .bind(meeting_id)
    .fetch_all(p)
    .await
    })
}

/// A coordinator attaches a document to an item (multipart form, works without JavaScript).
pub async fn upload(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, item)): Path<(String, String, i64, i64)>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let mut multipart = multipart.map_err(|_| AppError::BadRequest("error-document-empty"))?;
    let back = meeting_path(&page, &coordination, id);
    let belongs: Option<i64> = with_db!(&state.db, |p| {
        sqlx::query_scalar(
        "SELECT id FROM agenda_items WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3"
    )
    .bind(item)
    .bind(id)
    .bind(tenant.id())
    .fetch_optional(p)
    .await
    })?;
    if belongs.is_none() {
        return Err(AppError::NotFound);
    }
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let filename = field.file_name().unwrap_or_default().to_string();
        let Ok(bytes) = field.bytes().await else {
            return redirect_with_flash(
                &session,
                FlashKind::Error,
                "error-document-too-large",
                &back,
            )
            .await;
        };
        file = Some((filename, bytes.to_vec()));
    }
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return redirect_with_flash(&session, FlashKind::Error, "error-document-empty", &back)
            .await;
    };
    let Some(kind) = content_type(&filename) else {
        return redirect_with_flash(&session, FlashKind::Error, "error-document-type", &back).await;
    };
    let filename: String = filename.trim().chars().take(200).collect();
    let mut tx = state.db.begin().await?;
    let document: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO agenda_documents (coordination_id, meeting_id, item_id, filename, content_type, size_bytes, data, uploaded_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id"
    )
    .bind(tenant.id())
    .bind(id)
    .bind(item)
    .bind(&filename)
    .bind(kind)
    .bind(bytes.len() as i64)
    .bind(&bytes)
    .bind(user.id)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.document.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                None,
                Some(serde_json::json!({ "document": document, "item": item, "filename": filename, "bytes": bytes.len() })),
            ),
        &session,
        "flash-saved",
        &back,
    )
    .await
}

/// Downloads a document: everyone who may read the meeting, for accepted items (coordinators for
/// every item).
pub async fn get(
    State(state): State<AppState>,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, document)): Path<(String, String, i64, i64)>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = visible(&state.db, &user, &coordination, id).await?;
    let manager = policy::allows(Some(&user), Action::ManageMembership, Some(coordination.id));
    let found: Option<(String, String, Vec<u8>)> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT d.filename, i.status, d.data FROM agenda_documents d JOIN agenda_items i ON i.id = d.item_id \
         WHERE d.id = $1 AND d.meeting_id = $2 AND d.coordination_id = $3"
    )
    .bind(document)
    .bind(id)
    .bind(tenant.id())
    .fetch_optional(p)
    .await
    })?;
    let Some((filename, _, data)) = found.filter(|(_, status, _)| manager || status == "accepted")
    else {
        return Err(AppError::NotFound);
    };
    let kind = content_type(&filename).unwrap_or("application/octet-stream");
    download(data, kind, &safe_filename(&filename))
}

/// A coordinator removes a document (the audit log keeps its name and size).
pub async fn remove(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, document)): Path<(String, String, i64, i64)>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let mut tx = state.db.begin().await?;
    let removed: Option<(String, i64)> = with_tx!(&mut tx, |c| {
        sqlx::query_as(
        "DELETE FROM agenda_documents WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3 RETURNING filename, size_bytes"
    )
    .bind(document)
    .bind(id)
    .bind(tenant.id())
    .fetch_optional(c)
    .await
    })?;
    let (filename, size) = removed.ok_or(AppError::NotFound)?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.document.removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "document": document, "filename": filename, "bytes": size })),
                None,
            ),
        &session,
        "flash-saved",
        &meeting_path(&page, &coordination, id),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_formats_are_taken() {
        assert_eq!(
            content_type("Budget 2027.XLSX").map(|k| k.contains("spreadsheetml")),
            Some(true)
        );
        assert_eq!(content_type("notes.pdf"), Some("application/pdf"));
        assert_eq!(content_type("page.html"), None);
        assert_eq!(content_type("script.svg"), None);
        assert_eq!(content_type("no-extension"), None);
    }

    #[test]
    fn file_names_are_made_safe_for_headers() {
        assert_eq!(
            safe_filename("Présentation \"CPAS\".pdf"),
            "Pr_sentation__CPAS_.pdf"
        );
        assert_eq!(safe_filename("../../etc/passwd"), "_.._etc_passwd");
    }
}
