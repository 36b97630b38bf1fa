//! Building and running the application. The router is built from state alone, and [`run`] takes
//! its listener and shutdown signal from the caller, so tests run the real app on port 0.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::Router;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::config::Config;
use crate::features;
use crate::platform::db::Db;
use crate::platform::mail::MailWorker;
use crate::platform::session_store::DbSessionStore;
use crate::platform::web::{self, AppError, PageRouter};
use crate::platform::{metrics, AppState};

/// Uploads (HSDS imports) are the largest bodies Socius accepts.
const MAX_BODY_BYTES: usize = 20 * 1024 * 1024;

pub fn router(state: AppState) -> Router {
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name("socius_session")
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.config.is_https())
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(
            state.config.session_idle_minutes,
        )));
    // Only the pages check CSRF tokens (each route, after the language check): the API is a
    // router of its own. The session layer wraps everything, so error pages keep a signed-in
    // person's chrome; it reads the store only when a handler asks for the session.
    let pages = features::pages()
        .page("/static/{file}", axum::routing::get(web::serve_asset))
        .layer(from_fn_with_state(state.clone(), web::cache::public_pages))
        .layer(from_fn(web::known_language));
    // Error pages and security headers wrap everything, the body limit's 413 included.
    Router::new()
        .merge(pages)
        .merge(features::api())
        .fallback(|| async { AppError::NotFound })
        .layer(from_fn(web::clean_input))
        .layer(CatchPanicLayer::new())
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(from_fn_with_state(state.clone(), web::render_errors))
        .layer(sessions)
        // The CSRF check is a route layer without the router's state: it finds it here.
        .layer(axum::Extension(state.clone()))
        .layer(from_fn_with_state(state.clone(), web::security_headers))
        .layer(from_fn_with_state(state.clone(), metrics::track))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// Connects, migrates and returns the state the app runs on.
pub async fn prepare(config: Config) -> anyhow::Result<AppState> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    Ok(AppState::new(db, config))
}

/// Serves until `shutdown` resolves, then lets in-flight requests and mail sends finish.
pub async fn run(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let background = CancellationToken::new();
    let mut tasks = tokio::task::JoinSet::new();
    match &state.config.smtp {
        Some(smtp) => {
            let worker =
                MailWorker::new(state.db.clone(), smtp, state.config.outbox_lease_seconds)?;
            tasks.spawn(worker.run(background.clone()));
        }
        None => {
            tracing::info!("no SMTP server configured: mail stays in the outbox (/admin/outbox)")
        }
    }
    tasks.spawn(housekeeping(state.clone(), background.clone()));
    tasks.spawn(search_misses(state.clone(), background.clone()));
    let warming = state.clone();
    tasks.spawn(async move {
        match crate::features::directory::finding::warm(&warming).await {
            Ok((services, took)) => tracing::info!(
                services,
                elapsed_ms = took.as_millis() as u64,
                "search index built"
            ),
            Err(err) => tracing::warn!(error = ?err, "could not build the search index"),
        }
    });
    tracing::info!(address = %listener.local_addr()?, "Socius is listening");
    let app = router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    background.cancel();
    while tasks.join_next().await.is_some() {}
    state.db.close().await;
    served?;
    Ok(())
}

/// Periodic work: expired sessions, idle rate-limit entries, retention (what is kept no longer),
/// meeting and collection-round reminders that are due.
async fn housekeeping(state: AppState, shutdown: CancellationToken) {
    let store = DbSessionStore::new(state.db.clone());
    loop {
        if let Err(err) = store.delete_expired().await {
            tracing::warn!(error = ?err, "could not delete expired sessions");
        }
        if let Err(err) = crate::platform::ratelimit::forget_old(&state.db).await {
            tracing::warn!(error = ?err, "could not forget old rate-limit windows");
        }
        if let Err(err) = crate::platform::web::once::forget_old(&state.db).await {
            tracing::warn!(error = ?err, "could not forget old form keys");
        }
        match crate::features::rights::retention::apply(&state.db, chrono::Utc::now()).await {
            Ok(forgotten) if forgotten.is_empty() => {}
            Ok(forgotten) => tracing::info!(?forgotten, "retention applied"),
            Err(err) => tracing::warn!(error = ?err, "could not apply retention"),
        }
        match crate::features::meetings::reminders::send_due(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(meetings = n, "meeting reminders sent"),
            Err(err) => tracing::warn!(error = ?err, "could not send meeting reminders"),
        }
        match crate::features::meetings::minutes::owners::send_due(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(actions = n, "action reminders sent"),
            Err(err) => tracing::warn!(error = ?err, "could not send action reminders"),
        }
        match crate::features::observatory::rounds::send_due(&state).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(rounds = n, "collection round reminders sent"),
            Err(err) => tracing::warn!(error = ?err, "could not send collection round reminders"),
        }
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(Duration::from_secs(600)) => {}
        }
    }
}

/// Writes the searches that found nothing every minute, and once more on the way out.
async fn search_misses(state: AppState, shutdown: CancellationToken) {
    loop {
        let stopping = tokio::select! {
            _ = shutdown.cancelled() => true,
            _ = tokio::time::sleep(Duration::from_secs(60)) => false,
        };
        if let Err(err) = crate::features::directory::finding::write_misses(&state).await {
            tracing::warn!(error = ?err, "could not write the searches that found nothing");
        }
        if stopping {
            break;
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
