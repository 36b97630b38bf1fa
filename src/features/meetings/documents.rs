//! Documents attached to agenda items (a presentation, a draft advice, a budget): coordinators
//! upload them, everyone who may read the item downloads them. What is taken and how it is served
//! is `platform::upload`'s.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::Response;
use tower_sessions::Session;

use super::agenda::{refused, Typed};
use super::store::agenda::{self as store, ItemStatus};
use super::{managed, meeting_path, visible};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::export::download;
use crate::platform::tenancy::CoordPath;
use crate::platform::upload;
use crate::platform::web::Part;
use crate::platform::web::{commit_audited, AppError, FieldErrors, PageCtx};
use crate::platform::AppState;

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
    let back = meeting_path(&page, &coordination, id);
    if !store::has_item(&state.db, &tenant, id, item).await? {
        return Err(AppError::NotFound);
    }
    let taken = match upload::receive(multipart, "file", upload::MAX_DOCUMENT_BYTES).await {
        Ok(received) => upload::document(&state.config, received.file).await,
        Err(upload::TooLarge) => Err("error-document-too-large"),
    };
    let document = match taken {
        Ok(document) => document,
        // A refused file comes back as a message beside the item's upload field.
        Err(key) => {
            let mut errors = FieldErrors::default();
            errors.add("document", key);
            return refused(
                &state.db,
                page,
                (&user, &coordination),
                id,
                Typed::Upload(item, errors),
            )
            .await;
        }
    };
    let mut tx = state.db.begin().await?;
    let added = store::add_document(&mut tx, &tenant, (id, item), &document, user.id).await?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.document.added")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                None,
                Some(serde_json::json!({ "document": added, "item": item, "filename": document.filename, "bytes": document.size() })),
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
    let kind = upload::content_type(&filename).unwrap_or("application/octet-stream");
    download(data, kind, &upload::safe_filename(&filename))
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
