//! The coordination's Documents page: the charter and house rules members sign, and the documents
//! its coordinators publish (activity report, leaflet, statutes…) with a title in French and in
//! Dutch. Everyone reads and downloads them; those who edit the public pages publish and remove
//! them on the same page. What files are taken is `platform::upload`'s.

use askama::Template;
use axum::extract::multipart::MultipartRejection;
use axum::extract::{Multipart, Path, State};
use axum::response::{Html, Response};

use super::store::documents::{self as store, Published};
use crate::features::membership::store::charter::{self, Version};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::export::download;
use crate::platform::policy::{self, Action};
use crate::platform::upload;
use crate::platform::web::fields::{self, limits};
use crate::platform::web::{
    commit_audited, commit_audited_once, render, render_invalid, AppError, CoordPage, FieldErrors,
    FormOnce, Id, PageCtx,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/pages/documents.html")]
struct DocumentsPage {
    page: PageCtx,
    charter: Vec<Version>,
    documents: Vec<Published>,
    /// The publishing form as typed (titles), kept when a file is refused.
    typed: (String, String),
    errors: FieldErrors,
}

impl DocumentsPage {
    fn accept(&self) -> &'static str {
        upload::ACCEPT
    }
}

async fn documents_page(
    state: &AppState,
    here: CoordPage,
    typed: (String, String),
    errors: FieldErrors,
) -> Result<DocumentsPage, AppError> {
    Ok(DocumentsPage {
        charter: charter::current(&state.db, &here.coordination).await?,
        documents: store::published(&state.db, &here.coordination).await?,
        page: here.page,
        typed,
        errors,
    })
}

pub async fn list(
    State(state): State<AppState>,
    here: CoordPage,
) -> Result<Html<String>, AppError> {
    render(&documents_page(&state, here, Default::default(), FieldErrors::default()).await?)
}

/// Publishes a document: a title in at least one language and a file (multipart form).
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn publish(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    once: FormOnce,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let mut errors = FieldErrors::default();
    let (received, taken) =
        match upload::receive(multipart, "file", upload::MAX_DOCUMENT_BYTES).await {
            Ok(mut received) => {
                let file = received.file.take();
                let taken = upload::document(&state.config, file).await;
                (received, taken)
            }
            Err(upload::TooLarge) => (Default::default(), Err("error-document-too-large")),
        };
    let typed = (
        received.field("title_fr").to_string(),
        received.field("title_nl").to_string(),
    );
    let titles = errors.check_pair(
        ("title_fr", "title_nl"),
        fields::bilingual(&typed.0, &typed.1, limits::LINE, true),
    );
    let document = taken.map_err(|key| errors.add("file", key)).ok();
    let (Some((title_fr, title_nl)), Some(document)) = (titles, document) else {
        return render_invalid(&documents_page(&state, here, typed, errors).await?);
    };
    let mut tx = state.db.begin().await?;
    let id = store::publish(&mut tx, &tenant, (&title_fr, &title_nl), &document, user.id).await?;
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("document.published")
            .by(&user)
            .in_coordination(tenant.id())
            .on("document", id)
            .change(
                None,
                Some(serde_json::json!({ "title_fr": title_fr, "title_nl": title_nl, "filename": document.filename, "bytes": document.size() })),
            ),
        "flash-document-published",
        &here.url("/documents"),
    )
    .await
}

/// Downloads a published document (everyone).
pub async fn get(
    State(state): State<AppState>,
    here: CoordPage,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let (filename, data) = store::file(&state.db, &here.coordination, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = upload::content_type(&filename).unwrap_or("application/octet-stream");
    download(data, kind, &upload::safe_filename(&filename))
}

/// Removes a published document, after the page's confirmation (the audit log keeps its titles
/// and file name).
#[tracing::instrument(skip_all, fields(coordination = here.coordination.id))]
pub async fn remove(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(Id { id }): Path<Id>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let mut tx = state.db.begin().await?;
    let (title_fr, title_nl, filename) = store::remove(&mut tx, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    commit_audited(
        tx,
        AuditEntry::new("document.removed")
            .by(&user)
            .in_coordination(tenant.id())
            .on("document", id)
            .change(
                Some(serde_json::json!({ "title_fr": title_fr, "title_nl": title_nl, "filename": filename })),
                None,
            ),
        &here.session,
        "flash-document-removed",
        &here.url("/documents"),
    )
    .await
}
