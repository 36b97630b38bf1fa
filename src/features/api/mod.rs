//! The JSON API under `/api/v1`, described by an OpenAPI 3.1 document at `/api/openapi.json`.
//! Scripts authenticate with personal API tokens; permissions are the UI's (same policy module).
//! Features register their own API routes; this module holds the shared ones and the document.

use axum::extract::{Path, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::features::directory::hsds;
use crate::platform::auth::ApiCaller;
use crate::platform::tenancy::{self, Coordination};
use crate::platform::web::AppError;
use crate::platform::AppState;

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/me", get(me))
        .route("/api/v1/coordinations", get(coordinations))
        .route("/api/v1/coordinations/{coord}", get(coordination))
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Socius API", description = "The network software of Brussels' social coordinations."),
    paths(me, coordinations, coordination, crate::features::pages::api_show, crate::features::pages::api_save,
          crate::features::audit::api_list, crate::features::directory::import::api_import,
          crate::features::membership::exports::api_members, crate::features::membership::exports::api_bodies,
          crate::features::meetings::api::api_meetings, crate::features::meetings::api::api_meeting,
          crate::features::meetings::api::api_actions, crate::features::meetings::figures::api_figures,
          crate::features::observatory::api::api_signals, crate::features::observatory::api::api_aggregates,
          crate::features::observatory::api::api_region,
          hsds::root, hsds::services, hsds::service, hsds::organizations, hsds::organization,
          hsds::service_at_locations, hsds::service_at_location, hsds::taxonomies, hsds::taxonomy,
          hsds::taxonomy_terms, hsds::taxonomy_term, hsds::export),
    components(schemas(Me, RoleJson, Coordination, crate::features::pages::StoredPage, crate::features::pages::PageText,
                       crate::features::pages::PageKind, crate::features::audit::AuditPageJson, crate::platform::audit::AuditRow,
                       crate::features::directory::import::ImportReport, crate::features::directory::import::ImportLine,
                       crate::features::directory::import::Outcome, crate::features::directory::import_shapes::Kind,
                       crate::domain::Lang, crate::domain::ContentLang,
                       crate::features::membership::exports::MemberJson, crate::features::membership::exports::ContactJson,
                       crate::features::membership::exports::BodyJson, crate::features::membership::exports::SeatJson,
                       crate::features::meetings::figures::BodyFigures, crate::features::meetings::api::MeetingJson,
                       crate::features::meetings::api::AgendaItemJson, crate::features::meetings::api::AttendanceJson,
                       crate::features::meetings::api::DecisionJson, crate::features::meetings::store::minutes::ActionJson,
                       crate::features::meetings::store::MeetingStatus, crate::features::meetings::store::MinutesStatus,
                       crate::features::meetings::store::agenda::ItemKind, crate::features::meetings::store::agenda::ItemStatus,
                       crate::features::meetings::store::invitations::Rsvp, crate::features::meetings::store::invitations::Attendance,
                       crate::features::meetings::store::minutes::ActionStatus,
                       crate::features::observatory::store::Signal, crate::features::observatory::Dimension,
                       crate::features::observatory::store::SignalKind, crate::features::observatory::store::Trend,
                       crate::features::observatory::store::Outcome,
                       crate::features::membership::store::MembershipStatus, crate::features::membership::store::ContactRole,
                       crate::features::membership::store::bodies::BodyKind, crate::features::membership::store::bodies::SeatRole,
                       crate::features::membership::store::bodies::SeatStatus,
                       crate::features::observatory::aggregates::Aggregate, crate::features::observatory::aggregates::AggregateRow)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct RoleJson {
    pub coordination: String,
    pub role: String,
}

#[derive(Serialize, utoipa::ToSchema)]
pub struct Me {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub lang: String,
    pub is_platform_admin: bool,
    pub roles: Vec<RoleJson>,
}

/// The token's owner and their roles.
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, description = "no valid token")))]
pub async fn me(ApiCaller(caller): ApiCaller) -> Result<Json<Me>, AppError> {
    let user = caller.ok_or(AppError::Unauthenticated)?;
    Ok(Json(Me {
        id: user.id,
        email: user.email,
        display_name: user.display_name,
        lang: user.lang.code().into(),
        is_platform_admin: user.is_platform_admin,
        roles: user
            .roles
            .into_iter()
            .map(|g| RoleJson {
                coordination: g.slug,
                role: g.role.as_str().into(),
            })
            .collect(),
    }))
}

/// Every coordination on this instance (public).
#[utoipa::path(get, path = "/api/v1/coordinations", tag = "coordinations",
    responses((status = 200, body = [Coordination])))]
pub async fn coordinations(
    State(state): State<AppState>,
) -> Result<Json<Vec<Coordination>>, AppError> {
    Ok(Json(tenancy::list(&state.db).await?))
}

/// One coordination (public).
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}", tag = "coordinations",
    params(("coord" = String, Path, description = "coordination slug")),
    responses((status = 200, body = Coordination), (status = 404, description = "no such coordination")))]
pub async fn coordination(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Coordination>, AppError> {
    Ok(Json(
        tenancy::find_by_slug(&state.db, &slug)
            .await?
            .ok_or(AppError::NotFound)?,
    ))
}
