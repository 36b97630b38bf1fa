//! The observatory in the API, with the pages' rules: signals for coordinators (all) and for an
//! organisation's contact persons (their own); aggregates for everyone with a role; the regional
//! aggregates for platform admins and regional staff.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;

use super::aggregates::Aggregate;
use super::store::{self, Signal, SignalFilter, SignalKind};
use crate::domain::Lang;
use crate::features::membership::store::membership_of_user;
use crate::platform::auth::ApiCaller;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy;
use crate::platform::web::{bounded, AppError, Query};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct SignalsQuery {
    /// `need` or `non_take_up` (default: both).
    kind: Option<SignalKind>,
    /// A collection round's id.
    #[param(minimum = 1)]
    round: Option<i64>,
}

/// Signals: every one of the coordination for coordinators, the organisation's own for its
/// contact persons, none for others.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/signals", tag = "observatory",
    params(("coord" = String, Path, description = "coordination slug"), SignalsQuery), security(("bearer" = [])),
    responses((status = 200, body = [Signal]), (status = 400, description = "an unknown kind or a round out of bounds"), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_signals(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<SignalsQuery>,
) -> Result<Json<Vec<Signal>>, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller.as_ref(), Action::ViewMemberArea, &coordination)?;
    let round = bounded(query.round, (1, i64::MAX))?;
    let coordinator = policy::allows(
        caller.as_ref(),
        Action::ManageObservatory,
        Some(coordination.id),
    );
    let membership = match (&caller, coordinator) {
        (_, true) => None,
        (Some(user), false) => match membership_of_user(&state.db, &coordination, user).await? {
            Some(m) => Some(m.id),
            None => return Ok(Json(Vec::new())),
        },
        (None, false) => return Err(AppError::Unauthenticated),
    };
    let filter = SignalFilter {
        membership,
        round,
        kind: query.kind,
        ..SignalFilter::default()
    };
    Ok(Json(
        store::signals(&state.db, &tenant, filter, (100_000, 0)).await?,
    ))
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct AggregatesQuery {
    /// A collection round's id (default: every round).
    #[param(minimum = 1)]
    round: Option<i64>,
    /// The language of the labels (default `fr`).
    lang: Option<Lang>,
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct RegionQuery {
    /// The language of the labels (default `fr`).
    lang: Option<Lang>,
}

/// The coordination's aggregates per theme, right, cause, target group, territory, trend,
/// severity and outcome.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/observatory", tag = "observatory",
    params(("coord" = String, Path, description = "coordination slug"), AggregatesQuery), security(("bearer" = [])),
    responses((status = 200, body = [Aggregate]), (status = 400, description = "a round out of bounds or an unknown language"), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_aggregates(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<AggregatesQuery>,
) -> Result<Json<Vec<Aggregate>>, AppError> {
    let coordination = tenancy::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller.as_ref(), Action::ViewMemberArea, &coordination)?;
    let round = bounded(query.round, (1, i64::MAX))?;
    let lang = query.lang.unwrap_or_default();
    Ok(Json(
        super::dashboard::local_tables(&state.db, &coordination, &tenant, round, lang).await?,
    ))
}

/// The regional aggregates across every coordination (platform admins and regional staff); groups
/// below the minimum count have no figures.
#[utoipa::path(get, path = "/api/v1/region/observatory", tag = "observatory",
    params(RegionQuery), security(("bearer" = [])),
    responses((status = 200, body = [Aggregate]), (status = 400, description = "an unknown language"), (status = 401, description = "no valid token"), (status = 403, description = "not regional staff")))]
pub async fn api_region(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Query(query): Query<RegionQuery>,
) -> Result<Json<Vec<Aggregate>>, AppError> {
    let region = policy::authorize_region(caller.as_ref())?;
    let lang = query.lang.unwrap_or_default();
    Ok(Json(
        super::region::tables(&state.db, &region, None, lang).await?,
    ))
}
