//! Features: each folder owns its routes, queries and templates.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod audit;
pub mod directory;
pub mod home;
pub mod meetings;
pub mod membership;
pub mod observatory;
pub mod ops;
pub mod pages;
pub mod people;

use axum::Router;

use crate::platform::AppState;

/// The pages people read and the forms they post (session, CSRF check, `/{lang}/…`), with the
/// machine-readable GET resources that share their session (calendar feeds, health, metrics).
pub fn pages() -> Router<AppState> {
    Router::new()
        .merge(home::routes())
        .merge(accounts::routes())
        .merge(pages::routes())
        .merge(directory::routes())
        .merge(people::routes())
        .merge(membership::routes())
        .merge(meetings::routes())
        .merge(observatory::routes())
        .merge(audit::routes())
        .merge(admin::routes())
        .merge(ops::routes())
}

/// The JSON API under `/api/`: bearer tokens, never cookies, hence no CSRF check.
pub fn api() -> Router<AppState> {
    Router::new()
        .merge(api::api())
        .merge(pages::api())
        .merge(directory::api())
        .merge(membership::api())
        .merge(meetings::api())
        .merge(observatory::api())
        .merge(audit::api())
}
