//! Membership and governance: the charter and house rules with their signatures, applications and
//! admission, the member register with its history and contact persons, bodies and working groups.

pub mod accounts;
pub mod bodies;
pub mod charter;
pub mod contacts;
pub mod decided;
pub mod demo;
pub mod exports;
pub mod governance;
pub mod import;
pub mod partners;
pub mod proposals;
pub mod register;
pub mod roster;
pub mod standing;

use axum::routing::{get, post};
use axum::Router;

use crate::platform::web::PageRouter;
use crate::platform::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/charter", get(charter::show))
        .page(
            "/{lang}/{coord}/charter/publish",
            get(charter::publish_form).post(charter::publish),
        )
        .page(
            "/{lang}/{coord}/charter/signatures",
            get(charter::signatures),
        )
        .page(
            "/{lang}/{coord}/charter/sign",
            get(charter::sign_form).post(charter::sign),
        )
        .page(
            "/{lang}/{coord}/join",
            get(register::apply_form).post(register::apply),
        )
        .page("/{lang}/{coord}/join/thanks", get(register::thanks))
        .page("/{lang}/{coord}/members", get(register::list))
        .page("/{lang}/{coord}/partners", get(partners::list))
        .page("/{lang}/{coord}/governance", get(governance::page))
        .page(
            "/{lang}/{coord}/my-organisation/listing",
            post(partners::set_mine),
        )
        .page(
            "/{lang}/{coord}/members/{id}/listing",
            post(partners::set_for),
        )
        .page(
            "/{lang}/{coord}/members/export/{file}",
            get(exports::members_file),
        )
        .page(
            "/{lang}/{coord}/bodies/{id}/export/{format}",
            get(exports::body_file),
        )
        .page("/{lang}/{coord}/members/{id}", get(register::detail))
        .page(
            "/{lang}/{coord}/members/{id}/decide",
            post(register::decide),
        )
        .page("/{lang}/{coord}/members/{id}/contacts", post(contacts::add))
        .page(
            "/{lang}/{coord}/members/{id}/contacts/{contact}/invite",
            post(accounts::invite_contact),
        )
        .page(
            "/{lang}/{coord}/my-organisation",
            get(contacts::mine).post(contacts::update_mine),
        )
        .page(
            "/{lang}/{coord}/my-organisation/leave",
            post(contacts::leave),
        )
        .page(
            "/{lang}/{coord}/members/import",
            get(import::form)
                .post(import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    import::MAX_BYTES + 64 * 1024,
                )),
        )
        .page(
            "/{lang}/{coord}/members/settings",
            post(register::save_settings),
        )
        .page("/{lang}/{coord}/bodies", get(bodies::list))
        .page(
            "/{lang}/{coord}/bodies/new",
            get(bodies::new_form).post(bodies::create),
        )
        .page("/{lang}/{coord}/bodies/{id}", get(bodies::detail))
        .page("/{lang}/{coord}/bodies/{id}/join", post(bodies::join))
        .page("/{lang}/{coord}/bodies/{id}/leave", post(bodies::leave))
        .page("/{lang}/{coord}/bodies/{id}/seats", post(bodies::add_seat))
        .page(
            "/{lang}/{coord}/bodies/{id}/seats/{seat}/approve",
            post(bodies::approve_seat),
        )
        .page(
            "/{lang}/{coord}/bodies/{id}/seats/{seat}/remove",
            post(bodies::remove_seat),
        )
        .page(
            "/{lang}/{coord}/proposals",
            get(proposals::proposals).post(proposals::propose),
        )
        .page(
            "/{lang}/{coord}/proposals/{id}/support",
            post(proposals::support),
        )
        .page(
            "/{lang}/{coord}/proposals/{id}/decide",
            post(proposals::decide_proposal),
        )
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/members",
            get(exports::api_members),
        )
        .route(
            "/api/v1/coordinations/{coord}/bodies",
            get(exports::api_bodies),
        )
}

pub mod store;

pub use store::{
    add_contact, contacts, coordinators, members, membership, membership_of_user, record_status,
    ContactPerson, Membership, NewContact,
};
