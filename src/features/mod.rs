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

pub fn routes() -> Router<AppState> {
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
        .merge(api::routes())
        .merge(ops::routes())
}
