//! The front door: language choice, the list of coordinations, a coordination's home page, the member
//! area, and the platform's own accessibility and privacy statements.

mod store;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use serde::Deserialize;

use crate::domain::Lang;
use crate::features::directory::finding;
use crate::features::directory::store::search::{Hit, SearchParams};
use crate::features::meetings::store::{self as meetings_store, Meeting};
use crate::features::membership::store::bodies::{self, Body};
use crate::features::observatory::dashboard::{published_summary, Total};
use crate::features::observatory::store::rounds::Round;
use crate::features::pages::{self, PageKind};
use crate::platform::auth::{CurrentUser, RoleGrant};
use crate::platform::collation;
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
        .page("/{lang}/search", get(region_search))
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
    /// Each coordination with its municipality's name in the reader's language.
    coordinations: Vec<(Coordination, String)>,
}

/// The region's front door: what a social coordination is, the coordinations with their own names
/// and municipalities, and a search over every coordination's social map. An instance with one
/// coordination goes straight to it.
async fn coordinations(State(state): State<AppState>, page: PageCtx) -> Result<Response, AppError> {
    let coordinations = tenancy::list(&state.db).await?;
    if let [only] = coordinations.as_slice() {
        return Ok(Redirect::to(&page.url_in(only, "/")).into_response());
    }
    let municipalities = tenancy::municipalities(&state.db).await?;
    let mut named: Vec<(Coordination, String)> = coordinations
        .into_iter()
        .map(|c| {
            let municipality = municipalities
                .iter()
                .find(|(nis, ..)| *nis == c.nis_code)
                .map(|(_, fr, nl)| page.lang.pick(fr, nl).to_string())
                .unwrap_or_default();
            (c, municipality)
        })
        .collect();
    collation::sort_by(page.lang, &mut named, |(_, m)| m);
    Ok(render(&CoordinationsPage {
        page,
        coordinations: named,
    })?
    .into_response())
}

#[derive(Debug, Default, Deserialize)]
struct RegionQuery {
    #[serde(default)]
    q: String,
}

/// One coordination's share of a search across the region.
struct MapHits {
    coordination: Coordination,
    total: usize,
    hits: Vec<Hit>,
}

#[derive(Template)]
#[template(path = "features/home/search.html")]
struct RegionSearchPage {
    page: PageCtx,
    q: String,
    found: Vec<MapHits>,
}

impl RegionSearchPage {
    fn total(&self) -> usize {
        self.found.iter().map(|f| f.total).sum()
    }

    fn map_link(&self, coordination: &Coordination) -> String {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &self.q)
            .finish();
        format!("{}?{query}", self.page.url_in(coordination, "/map"))
    }
}

/// How many services of each map the region's search shows before "see all".
const HITS_PER_MAP: i64 = 5;

/// Searches every coordination's social map with the map's own engine and shows what each found,
/// the maps with most first: help is often across the municipal border.
async fn region_search(
    State(state): State<AppState>,
    page: PageCtx,
    Query(query): Query<RegionQuery>,
) -> Result<Html<String>, AppError> {
    let q: String = query.q.trim().chars().take(200).collect();
    let mut found = Vec::new();
    if !q.is_empty() {
        let params = SearchParams {
            q: Some(q.clone()),
            ..SearchParams::default()
        };
        for coordination in tenancy::list(&state.db).await? {
            let results =
                finding::find(&state, &coordination, &params, page.lang, HITS_PER_MAP, 0).await?;
            if results.total > 0 {
                found.push(MapHits {
                    coordination,
                    total: usize::try_from(results.total).unwrap_or(0),
                    hits: results.hits,
                });
            }
        }
        found.sort_by_key(|f| std::cmp::Reverse(f.total));
    }
    render(&RegionSearchPage { page, q, found })
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
    /// The latest round the observatory published, with the published totals.
    observatory: Option<(Round, Vec<Total>)>,
}

impl CoordinationPage {
    /// The phone number as a `tel:` address (digits and a leading +).
    fn tel(&self) -> String {
        crate::platform::web::fields::tel(&self.coordination.phone)
    }

    /// A count read from the database, for a plural message.
    fn count(&self, n: &i64) -> usize {
        usize::try_from(*n).unwrap_or(0)
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
    let observatory = published_summary(&state.db, &coordination, page.lang).await?;
    let page = page.with_coordination(coordination.as_ref());
    render(&CoordinationPage {
        page,
        coordination,
        municipality,
        mission,
        about,
        next_meetings,
        groups,
        observatory,
    })
}

#[derive(Template)]
#[template(path = "features/home/dashboard.html")]
struct DashboardPage {
    page: PageCtx,
    roles: Vec<RoleGrant>,
    /// The member organisation the reader speaks for, if any.
    organization: Option<String>,
    /// What waits for a coordinator.
    coordinator: Option<store::CoordinatorTodo>,
    /// What waits for a member organisation's contact.
    member: Option<store::MemberTodo>,
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
    let organisation =
        crate::features::membership::membership_of_user(&state.db, &coordination, &user).await?;
    let coordinator = match policy::authorize(Some(&user), Action::ManageMembership, &coordination)
    {
        Ok(managed) => Some(store::coordinator(&state.db, &managed).await?),
        Err(_) => None,
    };
    let member = match &organisation {
        Some(organisation) => Some(store::member(&state.db, &tenant, user.id, organisation).await?),
        None => None,
    };
    let organization = organisation.map(|m| m.name);
    render(&DashboardPage {
        page: page.with_coordination(coordination.as_ref()),
        roles,
        organization,
        coordinator,
        member,
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
