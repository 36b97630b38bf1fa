//! Operations: `/healthz` for load balancers and `/metrics` for Prometheus.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::net::SocketAddr;
use subtle::ConstantTimeEq;

use crate::platform::mail;
use crate::platform::web::AppError;
use crate::platform::web::PageRouter;
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/healthz", get(healthz))
        .page("/metrics", get(metrics))
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ok", "database": "ok" })).into_response(),
        Err(err) => {
            tracing::error!(error = ?err, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(serde_json::json!({ "status": "error", "database": "unreachable" })),
            )
                .into_response()
        }
    }
}

/// With a metrics token configured, answers only requests bearing it (loopback included: a
/// process on the same machine is not necessarily yours); without one, only loopback clients.
async fn metrics(
    State(state): State<AppState>,
    headers: HeaderMap,
    request: Request,
) -> Result<Response, AppError> {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>();
    let loopback = peer.is_some_and(|ConnectInfo(addr)| addr.ip().is_loopback());
    let token_ok = match (
        &state.config.metrics_token,
        headers.get(AUTHORIZATION).and_then(|v| v.to_str().ok()),
    ) {
        (Some(expected), Some(given)) => given
            .strip_prefix("Bearer ")
            .is_some_and(|g| bool::from(g.as_bytes().ct_eq(expected.expose().as_bytes()))),
        _ => false,
    };
    let allowed = match &state.config.metrics_token {
        Some(_) => token_ok,
        None => loopback,
    };
    if !allowed {
        return Err(AppError::Forbidden);
    }
    let depth = mail::depth(&state.db).await?;
    let mut response = state.metrics.render(&depth).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; version=0.0.4"),
    );
    Ok(response)
}
