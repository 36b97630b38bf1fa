//! Operations: `/healthz` for load balancers and `/metrics` for Prometheus.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::header::{AUTHORIZATION, CONTENT_TYPE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use std::net::SocketAddr;
use subtle::ConstantTimeEq;

use crate::platform::db::Health;
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
    let within = std::time::Duration::from_millis(state.config.health_timeout_ms);
    let (code, database, schema) = match state.db.health(within).await {
        Health::Ready => (StatusCode::OK, "ok", "ok"),
        Health::OtherSchema => (StatusCode::SERVICE_UNAVAILABLE, "ok", "other"),
        Health::Unreachable => (StatusCode::SERVICE_UNAVAILABLE, "unreachable", "unknown"),
    };
    let status = if code == StatusCode::OK {
        "ok"
    } else {
        "error"
    };
    let body = serde_json::json!({
        "status": status,
        "database": database,
        "schema": schema,
        "version": crate::platform::VERSION,
    });
    (code, Json(body)).into_response()
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
