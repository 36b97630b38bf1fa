//! The front door: language choice, the list of coordinations, a coordination's home page, the member
//! area, and the platform's own accessibility and privacy statements.

use askama::Template;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;

use crate::domain::Lang;
use crate::features::meetings::store::{self as meetings_store, Meeting};
use crate::features::membership::store::bodies::{self, Body};
use crate::features::pages::{self, PageKind};
use crate::platform::auth::{CurrentUser, RoleGrant};
use crate::platform::markdown;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::{self, CoordPath, Coordination};
use crate::platform::web::PageRouter;
use crate::platform::web::{accept_language, render, AppError, PageCtx};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/", get(root))
        .page("/{lang}", get(lang_root))
        .page("/{lang}/", get(coordinations))
        .page("/{lang}/accessibility", get(platform_accessibility))
        .page("/{lang}/privacy", get(platform_privacy))
        .page("/{lang}/{coord}", get(coordination_root))
        .page("/{lang}/{coord}/", get(coordination_home))
        .page("/{lang}/{coord}/dashboard", get(dashboard))
}

/// `/` sends the reader to their language (from `Accept-Language`).
async fn root(headers: HeaderMap) -> Redirect {
    Redirect::to(&format!("/{}/", accept_language(&headers).code()))
}

async fn lang_root(page: PageCtx) -> Redirect {
    Redirect::permanent(&page.href("/"))
}

async fn coordination_root(page: PageCtx, CoordPath(coordination): CoordPath) -> Redirect {
    Redirect::permanent(&page.url_in(&coordination, "/"))
}

#[derive(Template)]
#[template(path = "features/home/coordinations.html")]
struct CoordinationsPage {
    page: PageCtx,
    coordinations: Vec<Coordination>,
}

/// Lists the coordinations, or goes straight to the only one.
async fn coordinations(State(state): State<AppState>, page: PageCtx) -> Result<Response, AppError> {
    let coordinations = tenancy::list(&state.db).await?;
    if let [only] = coordinations.as_slice() {
        return Ok(Redirect::to(&page.url_in(only, "/")).into_response());
    }
    Ok(render(&CoordinationsPage {
        page,
        coordinations,
    })?
    .into_response())
}

#[derive(Template)]
#[template(path = "features/home/coordination.html")]
struct CoordinationPage {
    page: PageCtx,
    coordination: Coordination,
    municipality: String,
    /// The mission's first paragraph, in the language it is written in.
    mission: Option<(String, Lang)>,
    /// The content blocks written, in the site's order.
    about: Vec<PageKind>,
    next_meetings: Vec<Meeting>,
    groups: Vec<Body>,
}

impl CoordinationPage {
    /// The phone number as a `tel:` address (digits and a leading +).
    fn tel(&self) -> String {
        self.coordination
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }

    fn feed_url(&self) -> String {
        format!("/ical/{}/public.ics", self.coordination.slug)
    }
}

/// A coordination's home page, composed from what it wrote and what it does: who it is, how to
/// join, its next public meetings, its open working groups, its figures and how to reach it.
async fn coordination_home(
    State(state): State<AppState>,
    page: PageCtx,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let municipality = tenancy::municipality_names(&state.db, &coordination.nis_code)
        .await?
        .map(|(fr, nl)| page.lang.pick(&fr, &nl).to_string())
        .unwrap_or_default();
    let mut about = Vec::new();
    let mut mission = None;
    for kind in PageKind::blocks() {
        let stored = pages::load(&state.db, &coordination, kind).await?;
        if stored.missing().len() == Lang::CONTENT.len() {
            continue;
        }
        if kind == PageKind::Mission {
            let (text, lang) = stored.for_reader(page.lang);
            mission = Some((markdown::first_paragraph(text), lang));
        }
        about.push(kind);
    }
    let next_meetings = meetings_store::next_public(&state.db, &coordination, 3).await?;
    let groups = bodies::open_groups(&state.db, &coordination).await?;
    let page = page.with_coordination(coordination.as_ref());
    render(&CoordinationPage {
        page,
        coordination,
        municipality,
        mission,
        about,
        next_meetings,
        groups,
    })
}

#[derive(Template)]
#[template(path = "features/home/dashboard.html")]
struct DashboardPage {
    page: PageCtx,
    roles: Vec<RoleGrant>,
    /// The member organisation the reader speaks for, if any.
    organization: Option<String>,
}

async fn dashboard(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let roles = user
        .roles
        .iter()
        .filter(|g| g.coordination_id == tenant.id())
        .cloned()
        .collect();
    let organization =
        crate::features::membership::membership_of_user(&state.db, &coordination, &user)
            .await?
            .map(|m| m.name);
    render(&DashboardPage {
        page: page.with_coordination(coordination.as_ref()),
        roles,
        organization,
    })
}

#[derive(Template)]
#[template(path = "features/home/statement.html")]
struct StatementPage {
    page: PageCtx,
    title_key: &'static str,
    paragraphs: Vec<String>,
}

fn statement(
    page: PageCtx,
    title_key: &'static str,
    body_key: &str,
) -> Result<Html<String>, AppError> {
    let paragraphs = page.t(body_key).lines().map(str::to_owned).collect();
    render(&StatementPage {
        page,
        title_key,
        paragraphs,
    })
}

async fn platform_accessibility(page: PageCtx) -> Result<Html<String>, AppError> {
    statement(page, "accessibility-title", "accessibility-platform-body")
}

async fn platform_privacy(page: PageCtx) -> Result<Html<String>, AppError> {
    statement(page, "privacy-title", "privacy-platform-body")
}
