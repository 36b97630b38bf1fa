//! A coordination's audit log, for its coordinators: who changed what, when, before and after.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use crate::platform::audit::{self, AuditRow};
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::{self, CoordPath};
use crate::platform::web::{self, PageRouter};

/// The last page the API serves: the bound its document states.
const MAX_PAGE: i64 = 1_000_000;
use crate::platform::web::{render, AppError, PageCtx, Pager, PAGE_SIZE};
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().page("/{lang}/{coord}/audit", get(page))
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new().route("/api/v1/coordinations/{coord}/audit", get(api_list))
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// Only this event (e.g. `role.granted`).
    pub event: Option<String>,
    /// Page number, from 1.
    #[param(minimum = 1, maximum = 1000000)]
    pub page: Option<i64>,
}

#[derive(Template)]
#[template(path = "features/audit/list.html")]
struct AuditPage {
    page: PageCtx,
    rows: Vec<AuditRow>,
    pager: Pager,
    event: String,
}

async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<AuditQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewAudit, &coordination)?;
    let event = query.event.unwrap_or_default().trim().to_string();
    let filter = (!event.is_empty()).then_some(event.as_str());
    let total = audit::count(&state.db, &tenant, filter).await?;
    let path = page.url_in(&coordination, "/audit");
    let pager = Pager::new(
        query.page,
        total,
        PAGE_SIZE,
        &path,
        &[("event".into(), event.clone())],
    );
    let rows = audit::list(&state.db, &tenant, filter, PAGE_SIZE, pager.offset()).await?;
    render(&AuditPage {
        page: page.with_coordination(coordination.as_ref()),
        rows,
        pager,
        event,
    })
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct AuditPageJson {
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub items: Vec<AuditRow>,
}

/// A coordination's audit log, newest first (coordinators of that coordination).
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/audit", tag = "audit",
    params(("coord" = String, Path, description = "coordination slug"), AuditQuery),
    security(("bearer" = [])),
    responses((status = 200, body = AuditPageJson), (status = 401, description = "no valid token"),
              (status = 400, description = "a page out of bounds"),
              (status = 403, description = "not a coordinator here"), (status = 404, description = "no such coordination")))]
pub async fn api_list(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    web::Query(query): web::Query<AuditQuery>,
) -> Result<Json<AuditPageJson>, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller.as_ref(), Action::ViewAudit, &coordination)?;
    let filter = query.event.as_deref().filter(|e| !e.is_empty());
    let page = web::bounded(query.page, (1, MAX_PAGE))?.unwrap_or(1);
    let total = audit::count(&state.db, &tenant, filter).await?;
    let items = audit::list(
        &state.db,
        &tenant,
        filter,
        PAGE_SIZE,
        (page - 1) * PAGE_SIZE,
    )
    .await?;
    Ok(Json(AuditPageJson {
        total,
        page,
        per_page: PAGE_SIZE,
        items,
    }))
}
