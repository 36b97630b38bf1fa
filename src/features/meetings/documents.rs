//! Documents attached to agenda items (a presentation, a draft advice, a budget): coordinators
//! upload them, everyone who may read the item downloads them. Only office, PDF, image and text
//! formats are taken, recognised by their extension and served as downloads, never inline.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use tower_sessions::Session;

use super::agenda::{refused, Typed};
use super::store::agenda::{self as store, ItemStatus, Upload};
use super::{managed, meeting_path, visible};
use crate::platform::antivirus;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::export::download;
use crate::platform::tenancy::CoordPath;
use crate::platform::web::Part;
use crate::platform::web::{commit_audited, input, AppError, FieldErrors, PageCtx};
use crate::platform::AppState;

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

/// A file name of at most `max` characters that keeps its extension (`….pdf`).
fn shortened(filename: &str, max: usize) -> String {
    if filename.chars().count() <= max {
        return filename.to_string();
    }
    let (stem, extension) = match filename.rsplit_once('.') {
        Some((stem, extension)) if extension.chars().count() <= 8 => (stem, extension),
        _ => (filename, ""),
    };
    let room = match extension.chars().count() {
        0 => max,
        length => max.saturating_sub(length + 1),
    };
    let stem: String = stem.chars().take(room).collect();
    if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{extension}")
    }
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
    shortened(cleaned.trim_start_matches('.'), 120)
}

/// A coordinator attaches a document to an item (multipart form, works without JavaScript).
pub async fn upload(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Part { id, part: item }): Path<Part>,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let mut multipart = multipart.map_err(|_| AppError::BadRequest("error-document-empty"))?;
    let back = meeting_path(&page, &coordination, id);
    if !store::has_item(&state.db, &tenant, id, item).await? {
        return Err(AppError::NotFound);
    }
    // A refused file comes back as a message beside the item's upload field.
    let refuse = |key| {
        let mut errors = FieldErrors::default();
        errors.add("document", key);
        refused(
            &state.db,
            page,
            (&user, &coordination),
            id,
            Typed::Upload(item, errors),
        )
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let filename = field.file_name().unwrap_or_default().to_string();
        // The route's body limit leaves room for the form around the file: the file itself is
        // measured here, on the bytes received.
        let Ok(bytes) = field.bytes().await else {
            return refuse("error-document-too-large").await;
        };
        if bytes.len() > MAX_BYTES {
            return refuse("error-document-too-large").await;
        }
        file = Some((filename, bytes.to_vec()));
    }
    let Some((filename, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return refuse("error-document-empty").await;
    };
    let Some(kind) = content_type(&filename) else {
        return refuse("error-document-type").await;
    };
    if let Err(key) = antivirus::check_upload(&state.config, &bytes).await {
        return refuse(key).await;
    }
    let filename = shortened(&input::clean(filename.trim()), 200);
    let mut tx = state.db.begin().await?;
    let upload = Upload {
        filename: &filename,
        content_type: kind,
        data: &bytes,
    };
    let document = store::add_document(&mut tx, &tenant, (id, item), &upload, user.id).await?;
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
    Path(Part { id, part: document }): Path<Part>,
) -> Result<Response, AppError> {
    let (tenant, _, _, read) = visible(&state.db, &user, &coordination, id).await?;
    let Some(file) = store::document_file(&state.db, &tenant, id, document)
        .await?
        .filter(|f| read.manages || f.status == ItemStatus::Accepted)
    else {
        return Err(AppError::NotFound);
    };
    let (filename, data) = (file.filename, file.data);
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
    Path(Part { id, part: document }): Path<Part>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let mut tx = state.db.begin().await?;
    let removed = store::remove_document(&mut tx, &tenant, id, document).await?;
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

    #[test]
    fn long_names_are_cut_before_their_extension() {
        let long = format!("{}.pdf", "Budget ".repeat(60));
        let cut = shortened(&long, 200);
        assert_eq!(cut.chars().count(), 200);
        assert!(cut.ends_with(".pdf"), "{cut}");
        assert_eq!(content_type(&cut), Some("application/pdf"));
        assert!(safe_filename(&long).ends_with(".pdf"));
        assert_eq!(shortened("court.pdf", 200), "court.pdf");
        assert_eq!(shortened(&"x".repeat(300), 200).chars().count(), 200);
    }
}
