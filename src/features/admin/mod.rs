//! Platform administration: the instance's settings. (The platform's outbox is the mail log's,
//! `features::mail_log`.)

mod settings;

use axum::routing::get;
use axum::Router;

use crate::platform::web::PageRouter;
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().page(
        "/{lang}/admin/settings",
        get(settings::show).post(settings::save),
    )
}
