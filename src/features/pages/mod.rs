//! Each coordination's public pages, editable by its coordinators in French and Dutch: its
//! accessibility statement and privacy notice, and the content blocks its site is composed of
//! (mission, what it does, history, how it works, how to join), written in a safe subset of
//! Markdown (`platform::markdown`). Every save is kept as a revision, which can be brought back.
//! The HTML form and the JSON API share [`save`] and [`validate`]; the statements are in [`store`].
//!
//! The feature to copy: routes and handlers here, rows and SQL in `store.rs` (reads of public
//! data take the `Coordination`, everything else the `Tenant` proof from `policy`), templates
//! beside them, tests in `tests/it/pages.rs`.

pub mod demo;
pub mod documents;
pub mod store;

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::i18n;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::PageRouter;
use crate::platform::web::{render, render_invalid, AppError, CoordPage, FieldErrors, PageCtx};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page(
            "/{lang}/{coord}/accessibility",
            get(|s, c| show(PageKind::Accessibility, s, c)),
        )
        .page(
            "/{lang}/{coord}/privacy",
            get(|s, c| show(PageKind::Privacy, s, c)),
        )
        .page(
            "/{lang}/{coord}/about/{page}",
            get(|s, c, Path(p): Path<Which>| async move { show(block(&p)?, s, c).await }),
        )
        .page(
            "/{lang}/{coord}/accessibility/edit",
            get(|s, c, u| edit_form(PageKind::Accessibility, s, c, u))
                .post(|s, c, u, f| edit(PageKind::Accessibility, s, c, u, f)),
        )
        .page(
            "/{lang}/{coord}/privacy/edit",
            get(|s, c, u| edit_form(PageKind::Privacy, s, c, u))
                .post(|s, c, u, f| edit(PageKind::Privacy, s, c, u, f)),
        )
        .page(
            "/{lang}/{coord}/about/{page}/edit",
            get(
                |s, c, u, Path(p): Path<Which>| async move { edit_form(block(&p)?, s, c, u).await },
            )
            .post(|s, c, u, Path(p): Path<Which>, f| async move {
                edit(block(&p)?, s, c, u, f).await
            }),
        )
        .page(
            "/{lang}/{coord}/documents",
            get(documents::list).post(documents::publish).layer(
                axum::extract::DefaultBodyLimit::max(crate::platform::upload::body_limit(
                    crate::platform::upload::MAX_DOCUMENT_BYTES,
                )),
            ),
        )
        .page("/{lang}/{coord}/documents/{id}", get(documents::get))
        .page(
            "/{lang}/{coord}/documents/{id}/remove",
            axum::routing::post(documents::remove),
        )
        .page("/{lang}/{coord}/pages", get(overview))
        .page("/{lang}/{coord}/pages/{page}/history", get(history))
        .page(
            "/{lang}/{coord}/pages/{page}/history/{revision}/restore",
            axum::routing::post(restore),
        )
}

/// The page a path names.
#[derive(Deserialize)]
struct Which {
    page: String,
}

fn kind(which: &Which) -> Result<PageKind, AppError> {
    PageKind::parse(&which.page).map_err(|_| AppError::NotFound)
}

/// A content block a path names (the statements have their own addresses).
fn block(which: &Which) -> Result<PageKind, AppError> {
    kind(which).and_then(|k| match k.is_statement() {
        true => Err(AppError::NotFound),
        false => Ok(k),
    })
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new().route(
        "/api/v1/coordinations/{coord}/pages/{page}",
        get(api_show).put(api_save),
    )
}

pub use store::PageKind;

impl PageKind {
    pub fn title_key(self) -> &'static str {
        match self {
            PageKind::Accessibility => "accessibility-title",
            PageKind::Privacy => "privacy-title",
            PageKind::Mission => "page-mission",
            PageKind::Actions => "page-actions",
            PageKind::History => "page-history",
            PageKind::HowWeWork => "page-how-we-work",
            PageKind::HowToJoin => "page-how-to-join",
        }
    }

    /// The accessibility statement and the privacy notice: every coordination has them (Socius
    /// writes a default), at addresses of their own.
    pub fn is_statement(self) -> bool {
        matches!(self, PageKind::Accessibility | PageKind::Privacy)
    }

    /// The content blocks, in the order the site shows them.
    pub fn blocks() -> impl Iterator<Item = PageKind> {
        PageKind::ALL.iter().copied().filter(|k| !k.is_statement())
    }

    /// Where the page is read, inside its coordination (`page.chref(kind.path())`).
    pub fn path(self) -> String {
        match self.is_statement() {
            true => format!("/{self}"),
            false => format!("/about/{self}"),
        }
    }

    /// Where its editors change it.
    pub fn edit_path(self) -> String {
        format!("{}/edit", self.path())
    }

    /// Socius's own text for a statement the coordination has not written; content blocks have
    /// none (an unwritten block is not shown).
    fn default_key(self) -> Option<&'static str> {
        match self {
            PageKind::Accessibility => Some("accessibility-default"),
            PageKind::Privacy => Some("privacy-default"),
            _ => None,
        }
    }
}

/// A page's text in both content languages.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PageText {
    /// At least one of the two languages is written; no control characters but tab and line
    /// breaks.
    #[schema(
        max_length = 20000,
        pattern = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
    )]
    pub body_fr: String,
    #[schema(
        max_length = 20000,
        pattern = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$"
    )]
    pub body_nl: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct StoredPage {
    pub page: PageKind,
    pub body_fr: String,
    pub body_nl: String,
    /// False while the coordination still shows Socius's default text.
    pub customised: bool,
    pub updated_at: Option<DateTime<Utc>>,
}

impl StoredPage {
    pub fn missing(&self) -> Vec<Lang> {
        Lang::missing(&self.body_fr, &self.body_nl)
    }

    /// The text for a reader and the language it is actually in (see [`Lang::read`]).
    pub fn for_reader(&self, lang: Lang) -> (&str, Lang) {
        lang.read(&self.body_fr, &self.body_nl)
    }
}

/// The text both forms and the API accept: each language within a page's length, one of them at
/// least.
pub fn validate(text: &PageText) -> Result<PageText, FieldErrors> {
    let mut errors = FieldErrors::default();
    let bodies = fields::bilingual(&text.body_fr, &text.body_nl, limits::PAGE, true);
    match errors.check_pair(("body_fr", "body_nl"), bodies) {
        Some((body_fr, body_nl)) => Ok(PageText { body_fr, body_nl }),
        None => Err(errors),
    }
}

/// The page as its coordination wrote it, or Socius's default text.
pub async fn load(
    db: &Db,
    coordination: &Coordination,
    kind: PageKind,
) -> Result<StoredPage, AppError> {
    let row = store::find(db, coordination, kind).await?;
    Ok(match row {
        Some(row) => StoredPage {
            page: kind,
            body_fr: row.body_fr,
            body_nl: row.body_nl,
            customised: true,
            updated_at: Some(row.updated_at),
        },
        None => {
            let default = |lang| {
                let Some(key) = kind.default_key() else {
                    return String::new();
                };
                i18n::t_args(
                    lang,
                    key,
                    &[
                        (
                            "coordination",
                            lang.pick(&coordination.name_fr, &coordination.name_nl),
                        ),
                        ("email", &coordination.email),
                    ],
                )
            };
            StoredPage {
                page: kind,
                body_fr: default(Lang::Fr),
                body_nl: default(Lang::Nl),
                customised: false,
                updated_at: None,
            }
        }
    })
}

/// Validates and stores a page, with its audit entry, in one transaction.
#[tracing::instrument(skip_all, fields(coordination = tenant.id(), page = kind.as_str()))]
pub async fn save(
    db: &Db,
    tenant: &Tenant,
    coordination: &Coordination,
    user: &CurrentUser,
    kind: PageKind,
    text: &PageText,
) -> Result<StoredPage, AppError> {
    let text = validate(text).map_err(AppError::Invalid)?;
    let before = load(db, coordination, kind).await?;
    let mut tx = db.begin().await?;
    store::upsert(
        &mut tx,
        tenant,
        kind,
        (&text.body_fr, &text.body_nl),
        user.id,
    )
    .await?;
    audit::record(
        &mut tx,
        AuditEntry::new("page.updated")
            .by(user)
            .in_coordination(tenant.id())
            .on("page", kind.as_str())
            .change(
                Some(serde_json::json!({ "body_fr": before.body_fr, "body_nl": before.body_nl })),
                Some(serde_json::json!({ "body_fr": text.body_fr, "body_nl": text.body_nl })),
            ),
    )
    .await?;
    tx.commit().await?;
    load(db, coordination, kind).await
}

#[derive(Template)]
#[template(path = "features/pages/show.html")]
struct ShowPage {
    page: PageCtx,
    kind: PageKind,
    /// The text as sanitised HTML (`platform::markdown`).
    html: String,
    text_lang: Lang,
    stored: StoredPage,
    /// On the privacy notice: what Socius stores, why, how long, who sees it.
    processing: Vec<crate::features::rights::records::Processing>,
}

async fn show(
    kind: PageKind,
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
) -> Result<Html<String>, AppError> {
    let stored = load(&state.db, &coordination, kind).await?;
    if stored.missing().len() == Lang::CONTENT.len() {
        return Err(AppError::NotFound);
    }
    let (text, text_lang) = stored.for_reader(page.lang);
    let html = crate::platform::markdown::to_html(text);
    // The privacy notice ends with what Socius stores, generated from the settings it applies.
    let processing = match kind {
        PageKind::Privacy => crate::features::rights::records::of(&state.db, &coordination).await?,
        _ => Vec::new(),
    };
    render(&ShowPage {
        page,
        kind,
        html,
        text_lang,
        stored,
        processing,
    })
}

#[derive(Template)]
#[template(path = "features/pages/edit.html")]
struct EditPage {
    page: PageCtx,
    kind: PageKind,
    text: PageText,
    missing: Vec<Lang>,
    errors: FieldErrors,
}

async fn edit_form(
    kind: PageKind,
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::EditPages, &coordination)?;
    let stored = load(&state.db, &coordination, kind).await?;
    let missing = stored.missing();
    let text = PageText {
        body_fr: stored.body_fr,
        body_nl: stored.body_nl,
    };
    render(&EditPage {
        page,
        kind,
        text,
        missing,
        errors: FieldErrors::default(),
    })
}

async fn edit(
    kind: PageKind,
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Form(text): Form<PageText>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    match save(&state.db, &tenant, &here.coordination, &user, kind, &text).await {
        Ok(_) => here.done("flash-saved", &kind.path()).await,
        Err(AppError::Invalid(errors)) => render_invalid(&EditPage {
            page: here.page,
            kind,
            text,
            missing: Vec::new(),
            errors,
        }),
        Err(other) => Err(other),
    }
}

/// One line of the overview of a coordination's pages.
struct Written {
    kind: PageKind,
    /// The content languages still to write (both when the page is not written).
    missing: Vec<Lang>,
    updated_at: Option<DateTime<Utc>>,
}

#[derive(Template)]
#[template(path = "features/pages/overview.html")]
struct OverviewPage {
    page: PageCtx,
    pages: Vec<Written>,
}

/// Every page of the coordination for its editors: what is written, in which language, when.
async fn overview(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    user: CurrentUser,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::EditPages, &coordination)?;
    let written = store::written(&state.db, &coordination).await?;
    let pages = PageKind::ALL
        .iter()
        .map(|&kind| {
            let row = written.iter().find(|(k, ..)| *k == kind);
            let missing = match row {
                Some((_, fr, nl, _)) => Lang::CONTENT
                    .into_iter()
                    .filter(|l| !if *l == Lang::Nl { *nl } else { *fr })
                    .collect(),
                // A statement not written shows Socius's text, in both languages.
                None if kind.is_statement() => Vec::new(),
                None => Lang::CONTENT.to_vec(),
            };
            Written {
                kind,
                missing,
                updated_at: row.map(|(.., at)| *at),
            }
        })
        .collect();
    render(&OverviewPage { page, pages })
}

#[derive(Template)]
#[template(path = "features/pages/history.html")]
struct HistoryPage {
    page: PageCtx,
    kind: PageKind,
    revisions: Vec<store::Revision>,
}

impl HistoryPage {
    fn restore_url(&self, revision: &i64) -> String {
        self.page
            .chref(&format!("/pages/{}/history/{revision}/restore", self.kind))
    }
}

/// The saved versions of a page, the latest first, each of the earlier ones with a button that
/// brings it back.
async fn history(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    user: CurrentUser,
    Path(which): Path<Which>,
) -> Result<Html<String>, AppError> {
    let kind = kind(&which)?;
    let tenant = policy::authorize(Some(&user), Action::EditPages, &coordination)?;
    let revisions = store::revisions(&state.db, &tenant, kind).await?;
    render(&HistoryPage {
        page,
        kind,
        revisions,
    })
}

#[derive(Deserialize)]
struct RevisionPath {
    page: String,
    revision: i64,
}

/// Brings an earlier version back: saved again, as a new revision (nothing is lost).
#[tracing::instrument(skip_all)]
async fn restore(
    State(state): State<AppState>,
    here: CoordPage,
    user: CurrentUser,
    Path(path): Path<RevisionPath>,
) -> Result<Response, AppError> {
    let kind = kind(&Which { page: path.page })?;
    let tenant = policy::authorize(Some(&user), Action::EditPages, &here.coordination)?;
    let revision = store::revision(&state.db, &tenant, kind, path.revision)
        .await?
        .ok_or(AppError::NotFound)?;
    let text = PageText {
        body_fr: revision.body_fr,
        body_nl: revision.body_nl,
    };
    save(&state.db, &tenant, &here.coordination, &user, kind, &text).await?;
    here.done("flash-page-restored", &kind.path()).await
}

async fn coordination_and_kind(
    state: &AppState,
    slug: &str,
    kind: &str,
) -> Result<(Coordination, PageKind), AppError> {
    let coordination = tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = PageKind::parse(kind).map_err(|_| AppError::NotFound)?;
    Ok((coordination, kind))
}

/// A coordination's page, in both languages.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/pages/{page}", tag = "pages",
    params(("coord" = String, Path, description = "coordination slug"), ("page" = PageKind, Path, description = "which page")),
    responses((status = 200, body = StoredPage), (status = 404, description = "no such coordination or page")))]
pub async fn api_show(
    State(state): State<AppState>,
    Path((slug, kind)): Path<(String, String)>,
) -> Result<Json<StoredPage>, AppError> {
    let (coordination, kind) = coordination_and_kind(&state, &slug, &kind).await?;
    Ok(Json(load(&state.db, &coordination, kind).await?))
}

/// Replaces a coordination's page (coordinators of that coordination).
#[utoipa::path(put, path = "/api/v1/coordinations/{coord}/pages/{page}", tag = "pages", request_body = PageText,
    params(("coord" = String, Path, description = "coordination slug"), ("page" = PageKind, Path, description = "which page")),
    security(("bearer" = [])),
    responses((status = 200, body = StoredPage), (status = 401, description = "no valid token"), (status = 403, description = "not a coordinator here"),
              (status = 400, description = "a body that is not JSON"), (status = 404, description = "no such coordination or page"),
              (status = 415, description = "a body that is not sent as JSON"), (status = 422, description = "invalid text: both languages empty, or too long")))]
pub async fn api_save(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, kind)): Path<(String, String)>,
    Json(text): Json<PageText>,
) -> Result<Json<StoredPage>, AppError> {
    let (coordination, kind) = coordination_and_kind(&state, &slug, &kind).await?;
    let tenant = policy::authorize(caller.as_ref(), Action::EditPages, &coordination)?;
    let user = caller.ok_or(AppError::Unauthenticated)?;
    // The document's maxLength counts what was sent, as JSON Schema counts it, before the
    // trimming and line-end folding `validate` does for forms too.
    let mut sent = FieldErrors::default();
    for (field, body) in [("body_fr", &text.body_fr), ("body_nl", &text.body_nl)] {
        if body.chars().count() > limits::PAGE {
            sent.add(field, "error-too-long");
        }
    }
    if !sent.is_empty() {
        return Err(AppError::Invalid(sent));
    }
    Ok(Json(
        save(&state.db, &tenant, &coordination, &user, kind, &text).await?,
    ))
}
