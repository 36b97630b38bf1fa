//! Each coordination's accessibility statement and privacy notice, public and editable by its
//! coordinators, in French and Dutch. The HTML form and the JSON API share [`save`].

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::routing::get;
use axum::{Form, Json, Router};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::domain::{Lang, MessageKey};
use crate::platform::audit::{self, AuditEntry};
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::i18n;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::{
    redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/{lang}/{coord}/accessibility",
            get(|s, p, c| show(PageKind::Accessibility, s, p, c)),
        )
        .route(
            "/{lang}/{coord}/privacy",
            get(|s, p, c| show(PageKind::Privacy, s, p, c)),
        )
        .route(
            "/{lang}/{coord}/accessibility/edit",
            get(|s, p, u, c| edit_form(PageKind::Accessibility, s, p, u, c))
                .post(|s, p, se, u, c, f| edit(PageKind::Accessibility, s, p, se, u, c, f)),
        )
        .route(
            "/{lang}/{coord}/privacy/edit",
            get(|s, p, u, c| edit_form(PageKind::Privacy, s, p, u, c))
                .post(|s, p, se, u, c, f| edit(PageKind::Privacy, s, p, se, u, c, f)),
        )
        .route(
            "/api/v1/coordinations/{coord}/pages/{page}",
            get(api_show).put(api_save),
        )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    Accessibility,
    Privacy,
}

impl PageKind {
    fn parse(s: &str) -> Option<PageKind> {
        match s {
            "accessibility" => Some(PageKind::Accessibility),
            "privacy" => Some(PageKind::Privacy),
            _ => None,
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            PageKind::Accessibility => "accessibility",
            PageKind::Privacy => "privacy",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            PageKind::Accessibility => "accessibility-title",
            PageKind::Privacy => "privacy-title",
        }
    }

    fn default_key(self) -> &'static str {
        match self {
            PageKind::Accessibility => "accessibility-default",
            PageKind::Privacy => "privacy-default",
        }
    }
}

/// A page's text in both content languages.
#[derive(Clone, Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct PageText {
    pub body_fr: String,
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
        Lang::CONTENT
            .into_iter()
            .filter(|l| match l {
                Lang::Nl => self.body_nl.trim().is_empty(),
                _ => self.body_fr.trim().is_empty(),
            })
            .collect()
    }

    /// The text for a reader and the language it is actually in: a missing translation falls back
    /// to the other language, and the page marks that text with its own `lang`.
    pub fn for_reader(&self, lang: Lang) -> (&str, Lang) {
        let (fr_missing, nl_missing) = (
            self.body_fr.trim().is_empty(),
            self.body_nl.trim().is_empty(),
        );
        match (lang == Lang::Nl, fr_missing, nl_missing) {
            (true, _, false) | (false, true, _) => (&self.body_nl, Lang::Nl),
            _ => (&self.body_fr, Lang::Fr),
        }
    }
}

const MAX_CHARS: usize = 20_000;

fn validate(text: &PageText) -> Result<PageText, FieldErrors> {
    let mut errors = FieldErrors::default();
    let check = |body: &str| -> Result<(), MessageKey> {
        if body.chars().count() > MAX_CHARS {
            Err("error-too-long")
        } else {
            Ok(())
        }
    };
    errors.check("body_fr", check(&text.body_fr));
    errors.check("body_nl", check(&text.body_nl));
    if text.body_fr.trim().is_empty() && text.body_nl.trim().is_empty() {
        errors.add("body_fr", "error-one-language-required");
    }
    errors.into_result()?;
    Ok(PageText {
        body_fr: text.body_fr.trim().replace("\r\n", "\n"),
        body_nl: text.body_nl.trim().replace("\r\n", "\n"),
    })
}

pub async fn load(
    db: &Db,
    coordination: &Coordination,
    kind: PageKind,
) -> Result<StoredPage, sqlx::Error> {
    let row: Option<(String, String, DateTime<Utc>)> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT body_fr, body_nl, updated_at FROM coordination_pages WHERE coordination_id = $1 AND page = $2"
    )
    .bind(coordination.id)
    .bind(kind.as_str())
    .fetch_optional(p)
    .await
    })?;
    Ok(match row {
        Some((body_fr, body_nl, updated_at)) => StoredPage {
            page: kind,
            body_fr,
            body_nl,
            customised: true,
            updated_at: Some(updated_at),
        },
        None => {
            let default = |lang| {
                i18n::t_args(
                    lang,
                    kind.default_key(),
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
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO coordination_pages (coordination_id, page, body_fr, body_nl, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (coordination_id, page) DO UPDATE SET body_fr = excluded.body_fr, body_nl = excluded.body_nl, \
         updated_at = excluded.updated_at, updated_by = excluded.updated_by"
    )
    .bind(tenant.id())
    .bind(kind.as_str())
    .bind(&text.body_fr)
    .bind(&text.body_nl)
    .bind(Utc::now())
    .bind(user.id)
    .execute(c).await.map(|r| r.rows_affected())
    })?;
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
    Ok(load(db, coordination, kind).await?)
}

#[derive(Template)]
#[template(path = "features/pages/show.html")]
struct ShowPage {
    page: PageCtx,
    kind: PageKind,
    text: String,
    text_lang: Lang,
    stored: StoredPage,
}

async fn show(
    kind: PageKind,
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let stored = load(&state.db, &coordination, kind).await?;
    let (text, text_lang) = stored.for_reader(page.lang);
    let (text, text_lang) = (text.to_string(), text_lang);
    render(&ShowPage {
        page: page.with_coordination(coordination.as_ref()),
        kind,
        text,
        text_lang,
        stored,
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
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    policy::authorize(Some(&user), Action::EditPages, &coordination)?;
    let stored = load(&state.db, &coordination, kind).await?;
    let missing = stored.missing();
    let text = PageText {
        body_fr: stored.body_fr,
        body_nl: stored.body_nl,
    };
    render(&EditPage {
        page: page.with_coordination(coordination.as_ref()),
        kind,
        text,
        missing,
        errors: FieldErrors::default(),
    })
}

#[allow(clippy::too_many_arguments)]
async fn edit(
    kind: PageKind,
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(text): Form<PageText>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::EditPages, &coordination)?;
    match save(&state.db, &tenant, &coordination, &user, kind, &text).await {
        Ok(_) => {
            let to = format!(
                "/{}/{}/{}",
                page.lang.code(),
                coordination.slug,
                kind.as_str()
            );
            redirect_with_flash(&session, FlashKind::Success, "flash-saved", &to).await
        }
        Err(AppError::Invalid(errors)) => {
            let missing = Vec::new();
            render_invalid(&EditPage {
                page: page.with_coordination(coordination.as_ref()),
                kind,
                text,
                missing,
                errors,
            })
        }
        Err(other) => Err(other),
    }
}

async fn coordination_and_kind(
    state: &AppState,
    slug: &str,
    kind: &str,
) -> Result<(Coordination, PageKind), AppError> {
    let coordination = tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = PageKind::parse(kind).ok_or(AppError::NotFound)?;
    Ok((coordination, kind))
}

/// A coordination's page, in both languages.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/pages/{page}", tag = "pages",
    params(("coord" = String, Path, description = "coordination slug"), ("page" = String, Path, description = "accessibility or privacy")),
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
    params(("coord" = String, Path, description = "coordination slug"), ("page" = String, Path, description = "accessibility or privacy")),
    security(("bearer" = [])),
    responses((status = 200, body = StoredPage), (status = 401, description = "no valid token"), (status = 403, description = "not a coordinator here"),
              (status = 404, description = "no such coordination or page"), (status = 422, description = "invalid text")))]
pub async fn api_save(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, kind)): Path<(String, String)>,
    Json(text): Json<PageText>,
) -> Result<Json<StoredPage>, AppError> {
    let (coordination, kind) = coordination_and_kind(&state, &slug, &kind).await?;
    let tenant = policy::authorize(caller.as_ref(), Action::EditPages, &coordination)?;
    let user = caller.ok_or(AppError::Unauthenticated)?;
    Ok(Json(
        save(&state.db, &tenant, &coordination, &user, kind, &text).await?,
    ))
}
