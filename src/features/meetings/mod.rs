//! Meetings of the coordination's bodies, from call to minutes: the meeting and its agenda (members
//! propose items until a deadline), invitations with calendar files and answers that need no
//! account, attendance, minutes with numbered decisions and actions that come back on the next
//! agenda until they are done.

pub mod agenda;
pub mod api;
pub mod attendance;
pub mod calendar;
pub mod calling;
pub mod demo;
pub mod documents;
pub mod feeds;
pub mod figures;
pub mod invitations;
pub mod items;
pub mod list;
pub mod minutes;
pub mod planning;
pub mod reminders;
pub mod series;
pub mod store;
pub mod subjects;

use axum::routing::{get, post};
use axum::Router;

use crate::features::membership::store::bodies::{body, Body};
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, MeetingRead, Tenant};
use crate::platform::tenancy::Coordination;
use crate::platform::web::PageRouter;
use crate::platform::web::{AppError, PageCtx};
use crate::platform::AppState;
use store::Meeting;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/meetings", get(list::list))
        .page(
            "/{lang}/{coord}/meetings/settings",
            post(list::save_settings),
        )
        .page(
            "/{lang}/{coord}/bodies/{id}/meetings/new",
            get(planning::new_form).post(planning::create),
        )
        .page("/{lang}/{coord}/meetings/{id}", get(agenda::page))
        .page(
            "/{lang}/{coord}/meetings/{id}/edit",
            get(planning::edit_form).post(planning::edit),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items",
            post(agenda::add_item),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/edit",
            get(items::edit_form).post(items::edit),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/remove",
            post(items::remove),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/move",
            post(items::reorder),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/follow-up",
            post(items::place_follow_up),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/decide",
            post(agenda::decide_item),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/documents",
            post(documents::upload).layer(axum::extract::DefaultBodyLimit::max(
                crate::platform::upload::body_limit(crate::platform::upload::MAX_DOCUMENT_BYTES),
            )),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/documents/{document}",
            get(documents::get),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/documents/{document}/remove",
            post(documents::remove),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/publish",
            get(calling::preview).post(calling::publish),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/publish/test",
            post(calling::send_test),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/restore",
            post(calling::restore),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/cancel",
            get(calling::cancel_form).post(calling::cancel),
        )
        .page(
            "/{lang}/{coord}/rsvp/{token}",
            get(invitations::rsvp_form).post(invitations::rsvp),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/attendance",
            get(attendance::page).post(attendance::save),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/attendance/expected",
            post(attendance::mark_expected),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/attendance/send",
            post(attendance::send_list),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/walk-in",
            post(attendance::walk_in),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/minutes",
            get(minutes::page).post(minutes::save),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/minutes.pdf",
            get(minutes::pdf),
        )
        .page("/{lang}/{coord}/actions/{id}", post(minutes::update_action))
        .page("/ical/{coord}/public.ics", get(invitations::public_feed))
        .page("/{lang}/{coord}/calendar", get(calendar::month))
        .page("/{lang}/{coord}/calendar/{id}", get(calendar::meeting))
        .page("/ical/private/{token}", get(feeds::feed))
        .page("/{lang}/calendar", get(feeds::show).post(feeds::create))
        .page("/{lang}/calendar/revoke", post(feeds::revoke))
        .page("/{lang}/{coord}/meetings/figures", get(figures::page))
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/meetings",
            get(api::api_meetings),
        )
        .route(
            "/api/v1/coordinations/{coord}/meetings/{id}",
            get(api::api_meeting),
        )
        .route(
            "/api/v1/coordinations/{coord}/actions",
            get(api::api_actions),
        )
        .route(
            "/api/v1/coordinations/{coord}/meeting-figures",
            get(figures::api_figures),
        )
}

/// A meeting and its body with what the reader may see of it (see [`policy::meeting_read`]):
/// drafts are the managers' alone, a closed body's meetings its seats' and the invited.
pub async fn visible(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body, MeetingRead), AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let found = store::meeting(db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body(db, &tenant, found.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = store::links(db, &tenant, user.id)
        .await?
        .reader(&found, &body);
    let (tenant, read) =
        policy::authorize_meeting(Some(user), coordination, &found.facts(&body), &reader)?;
    Ok((tenant, found, body, read))
}

/// The same, for a coordinator who manages it.
pub async fn managed(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body), AppError> {
    let tenant = policy::authorize(Some(user), Action::ManageMembership, coordination)?;
    let found = store::meeting(db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body(db, &tenant, found.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((tenant, found, body))
}

pub fn meeting_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    page.url_in(coordination, &format!("/meetings/{id}"))
}
