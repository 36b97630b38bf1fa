//! Membership and governance: the charter and house rules with their signatures, applications and
//! admission, the member register with its history and contact persons, bodies and working groups.

pub mod bodies;
pub mod charter;
pub mod contacts;
pub mod demo;
pub mod exports;
pub mod register;

use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{Tenant, WriteProof};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/{coord}/charter", get(charter::show))
        .route(
            "/{lang}/{coord}/charter/publish",
            get(charter::publish_form).post(charter::publish),
        )
        .route(
            "/{lang}/{coord}/charter/signatures",
            get(charter::signatures),
        )
        .route(
            "/{lang}/{coord}/charter/sign",
            get(charter::sign_form).post(charter::sign),
        )
        .route(
            "/{lang}/{coord}/join",
            get(register::apply_form).post(register::apply),
        )
        .route("/{lang}/{coord}/join/thanks", get(register::thanks))
        .route("/{lang}/{coord}/members", get(register::list))
        .route(
            "/{lang}/{coord}/members/export/{file}",
            get(exports::members_file),
        )
        .route(
            "/{lang}/{coord}/bodies/{id}/export/{format}",
            get(exports::body_file),
        )
        .route("/{lang}/{coord}/members/{id}", get(register::detail))
        .route(
            "/{lang}/{coord}/members/{id}/decide",
            post(register::decide),
        )
        .route("/{lang}/{coord}/members/{id}/contacts", post(contacts::add))
        .route(
            "/{lang}/{coord}/my-organisation",
            get(contacts::mine).post(contacts::update_mine),
        )
        .route(
            "/{lang}/{coord}/my-organisation/leave",
            post(contacts::leave),
        )
        .route(
            "/{lang}/{coord}/members/settings",
            post(register::save_settings),
        )
        .route("/{lang}/{coord}/bodies", get(bodies::list))
        .route(
            "/{lang}/{coord}/bodies/new",
            get(bodies::new_form).post(bodies::create),
        )
        .route("/{lang}/{coord}/bodies/{id}", get(bodies::detail))
        .route("/{lang}/{coord}/bodies/{id}/join", post(bodies::join))
        .route("/{lang}/{coord}/bodies/{id}/leave", post(bodies::leave))
        .route("/{lang}/{coord}/bodies/{id}/seats", post(bodies::add_seat))
        .route(
            "/{lang}/{coord}/bodies/{id}/seats/{seat}/approve",
            post(bodies::approve_seat),
        )
        .route(
            "/{lang}/{coord}/bodies/{id}/seats/{seat}/remove",
            post(bodies::remove_seat),
        )
        .route(
            "/{lang}/{coord}/proposals",
            get(bodies::proposals).post(bodies::propose),
        )
        .route(
            "/{lang}/{coord}/proposals/{id}/support",
            post(bodies::support),
        )
        .route(
            "/{lang}/{coord}/proposals/{id}/decide",
            post(bodies::decide_proposal),
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

pub const STATUSES: [&str; 5] = ["applicant", "member", "suspended", "former", "refused"];

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct Membership {
    pub id: i64,
    pub organization_id: Option<i64>,
    pub status: String,
    pub name: String,
    pub kbo: Option<String>,
    pub email: String,
    pub website: String,
    pub address: String,
    pub motivation: String,
    pub themes: String,
    pub applied_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

const MEMBERSHIP_COLUMNS: &str = "id, organization_id, status, name, kbo, email, website, address, motivation, themes, applied_at, updated_at";

pub async fn membership(
    db: &Db,
    coordination_id: i64,
    id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE id = $1 AND coordination_id = $2"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .bind(coordination_id)
        .fetch_optional(p)
        .await)
}

/// The member organisations of a coordination (status `member`), by name.
pub async fn members(db: &Db, coordination_id: i64) -> Result<Vec<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE coordination_id = $1 AND status = 'member' ORDER BY name"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(coordination_id)
        .fetch_all(p)
        .await)
}

/// The member organisation a person speaks for (as one of its contact persons), if any.
pub async fn membership_of_user(
    db: &Db,
    coordination_id: i64,
    user_id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM memberships m WHERE m.coordination_id = $1 AND m.status = 'member' \
         AND m.id IN (SELECT membership_id FROM member_contacts WHERE user_id = $2) ORDER BY m.id LIMIT 1",
        MEMBERSHIP_COLUMNS
            .split(", ")
            .map(|c| format!("m.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(coordination_id)
        .bind(user_id)
        .fetch_optional(p)
        .await)
}

#[derive(Clone, Debug, Serialize, sqlx::FromRow)]
pub struct ContactPerson {
    pub id: i64,
    pub membership_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    pub email: String,
    pub phone: String,
    pub lang: String,
    pub role: String,
    pub share_consent: bool,
}

impl ContactPerson {
    pub fn lang(&self) -> Lang {
        Lang::parse(&self.lang).unwrap_or_default()
    }
}

pub async fn contacts(
    db: &Db,
    coordination_id: i64,
    membership_ids: &[i64],
) -> Result<Vec<ContactPerson>, sqlx::Error> {
    if membership_ids.is_empty() {
        return Ok(Vec::new());
    }
    // Ids are numbers from the database, never input: safe to inline.
    let ids = membership_ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!(
        "SELECT id, membership_id, user_id, name, email, phone, lang, role, share_consent FROM member_contacts \
         WHERE coordination_id = $1 AND membership_id IN ({ids}) ORDER BY role, name"
    );
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(coordination_id)
        .fetch_all(p)
        .await)
}

pub struct NewContact<'a> {
    pub user_id: Option<i64>,
    pub name: &'a str,
    pub email: &'a str,
    pub phone: &'a str,
    pub lang: Lang,
    pub role: &'a str,
    pub share_consent: bool,
}

pub async fn add_contact(
    tx: &mut Tx,
    proof: &impl WriteProof,
    membership_id: i64,
    contact: &NewContact<'_>,
) -> Result<i64, sqlx::Error> {
    with_tx!(tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO member_contacts (coordination_id, membership_id, user_id, name, email, phone, lang, role, share_consent, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id"
    )
    .bind(proof.coordination_id())
    .bind(membership_id)
    .bind(contact.user_id)
    .bind(contact.name)
    .bind(contact.email)
    .bind(contact.phone)
    .bind(contact.lang.code())
    .bind(contact.role)
    .bind(contact.share_consent)
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })
}

/// Records a change of status, with its reason, in the membership's history.
pub async fn record_status(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
    status: &str,
    reason: &str,
    meeting: &str,
    actor: Option<i64>,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    with_tx!(tx, |c| {
        sqlx::query(
        "UPDATE memberships SET status = $1, updated_at = $2 WHERE id = $3 AND coordination_id = $4"
    )
    .bind(status)
    .bind(now)
    .bind(membership_id)
    .bind(tenant.id())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    with_tx!(tx, |c| {
        sqlx::query(
        "INSERT INTO membership_events (coordination_id, membership_id, status, reason, meeting, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)"
    )
    .bind(tenant.id())
    .bind(membership_id)
    .bind(status)
    .bind(reason)
    .bind(meeting)
    .bind(actor)
    .bind(now)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    Ok(())
}

/// The coordinators of a coordination, to notify: (email, name, language).
pub async fn coordinators(
    db: &Db,
    coordination_id: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT u.email, u.display_name, u.lang FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE r.coordination_id = $1 AND r.role = 'coordinator' ORDER BY u.id"
    )
    .bind(coordination_id)
    .fetch_all(p)
    .await
    })
}
