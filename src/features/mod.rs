//! Features: one folder per capability, each in the same shape (`pages/` is the small one to copy,
//! `directory/` the large one).
//!
//! - **SQL** lives in the feature's `store.rs` (or `store/`): its rows and statements, written once
//!   for both backends with the statement macros of `platform::db`. Nothing else in a feature names
//!   `sqlx`; handlers see row types and `AppError`. Demo seeding may keep bulk inserts in `demo.rs`.
//! - **Proofs**: a store function reading or writing protected data takes `&Tenant`; a read of
//!   public data `&Coordination` (or `&impl PublicScope`); a write by the public a
//!   `&PublicSubmission`; regional data a `&Region`. No public function takes a bare coordination
//!   id.
//! - **Permissions** are decided in `platform::policy` alone: a handler reads the facts (is this
//!   person the chair, a contact of the organisation?) and asks an `authorize_*` function.
//! - **Validation** uses the form kit (`platform::web::fields` and its limits); an invalid form comes
//!   back with 422, the messages beside the fields and everything typed; never a flash.
//! - **Vocabularies** (statuses, kinds, roles) are declared with `vocabulary!`; templates compare
//!   enums, never strings.
//! - **Templates** sit beside their handlers and build forms with `platform/web/forms.html`.
//! - **Routes**: `routes()` gives the pages, each added with `.page(…)` (CSRF-checked, `/{lang}/…`);
//!   `api()` the JSON API with `.route(…)`.

pub mod accounts;
pub mod admin;
pub mod api;
pub mod audit;
pub mod coordinations;
pub mod directory;
pub mod home;
pub mod mail_log;
pub mod meetings;
pub mod membership;
pub mod observatory;
pub mod ops;
pub mod pages;
pub mod people;
pub mod rights;

use axum::Router;

use crate::platform::audit::AuditData;
use crate::platform::mail::MailData;
use crate::platform::personal_data::{DataPart, PersonalData};
use crate::platform::portable::{PlatformTables, Portable};
use crate::platform::reference::ReferenceData;
use crate::platform::AppState;

/// What every feature keeps, registered once: its part in the rights of the people (export and
/// erasure, `platform::personal_data`) and in the coordination export (`platform::portable`). In
/// the order an erasure runs them: the account's part last, since the others find the person by
/// it. A capability that keeps data adds its part here.
pub static DATA: &[&dyn DataPart] = &[
    &coordinations::transfer::CoordinationTables,
    &pages::store::PagesData,
    &MailData,
    &AuditData,
    &directory::store::personal_data::DirectoryData,
    &membership::store::personal_data::MembershipData,
    &meetings::store::personal_data::MeetingData,
    &observatory::store::personal_data::ObservatoryData,
    &people::store::RoleData,
    &ReferenceData,
    &PlatformTables,
    &accounts::store::AccountData,
];

/// The capabilities whose matters a meeting decides (`meetings::subjects`): each carries out the
/// decisions on its subjects when the minutes holding them are approved. A plan, a project's gate
/// and an advice add their part here.
pub static DECIDED: &[&dyn meetings::subjects::Decided] =
    &[&membership::decided::MembershipDecisions];

/// [`DATA`] as the rights of the people use it.
pub fn personal_data() -> Vec<&'static dyn PersonalData> {
    DATA.iter().map(|part| *part as &dyn PersonalData).collect()
}

/// [`DATA`] as the coordination export uses it.
pub fn portable() -> Vec<&'static dyn Portable> {
    DATA.iter().map(|part| *part as &dyn Portable).collect()
}

/// The pages people read and the forms they post (session, CSRF check, `/{lang}/…`), with the
/// machine-readable GET resources that share their session (calendar feeds, health, metrics).
pub fn pages() -> Router<AppState> {
    Router::new()
        .merge(home::routes())
        .merge(coordinations::routes())
        .merge(accounts::routes())
        .merge(pages::routes())
        .merge(directory::routes())
        .merge(people::routes())
        .merge(rights::routes())
        .merge(membership::routes())
        .merge(meetings::routes())
        .merge(observatory::routes())
        .merge(audit::routes())
        .merge(admin::routes())
        .merge(mail_log::routes())
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
