//! The coordination's bodies and their seats. Bodies are protected: every read and write takes
//! the `Tenant` proof.

use chrono::{NaiveDate, Utc};

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::i18n::t;
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, scalar, scalar_optional, vocabulary};

vocabulary! {
    /// What a body is, in the order a coordinator creating one looks for it.
    pub enum BodyKind: "body-kind-" {
        WorkingGroup = "working_group",
        Steering = "steering",
        Direction = "direction",
        Commission = "commission",
        Reflection = "reflection",
        UsersCouncil = "users_council",
        Plenary = "plenary",
    }
}

vocabulary! {
    /// A seat's role, the usual one first (a body's composition lists chairs first: `seats`).
    pub enum SeatRole: "seat-role-" {
        Member = "member",
        Chair = "chair",
        Secretary = "secretary",
        Advisory = "advisory",
    }
}

vocabulary! {
    /// A seat is taken, or waits for the chair or a coordinator (in a closed group).
    pub enum SeatStatus {
        Active = "active",
        Pending = "pending",
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Body {
    pub id: i64,
    pub kind: BodyKind,
    pub name_fr: String,
    pub name_nl: String,
    pub purpose_fr: String,
    pub purpose_nl: String,
    pub theme: Option<String>,
    pub open: bool,
}

impl Body {
    /// Every member organisation sits in the plenary.
    pub fn is_plenary(&self) -> bool {
        self.kind == BodyKind::Plenary
    }

    /// The status of a seat a member organisation asks for: taken at once in an open body,
    /// waiting for approval in a closed one.
    pub fn new_seat_status(&self) -> SeatStatus {
        if self.open {
            SeatStatus::Active
        } else {
            SeatStatus::Pending
        }
    }

    /// Not the plenary and not open to every member who joins: its meetings, documents and
    /// minutes are read by its seats, the invited and the coordinators only.
    pub fn is_closed(&self) -> bool {
        !self.open && !self.is_plenary()
    }
}

const COLUMNS: &str = "id, kind, name_fr, name_nl, purpose_fr, purpose_nl, theme, open";

pub async fn body(db: &Db, tenant: &Tenant, id: i64) -> Result<Option<Body>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM bodies WHERE id = $1 AND coordination_id = $2");
    fetch_optional!(db, &sql, id, tenant.id())
}

/// A coordination's bodies: the plenary, the steering group, then the others by name.
pub async fn bodies(db: &Db, tenant: &Tenant) -> Result<Vec<Body>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM bodies WHERE coordination_id = $1 \
         ORDER BY CASE kind WHEN 'plenary' THEN 0 WHEN 'steering' THEN 1 ELSE 2 END, name_fr"
    );
    fetch_all!(db, &sql, tenant.id())
}

/// The bodies the public may know about, for the coordination's site: those any member joins
/// (working groups open to all), by name; the plenary goes without saying and closed bodies are
/// their members' business.
pub async fn open_groups(db: &Db, coordination: &Coordination) -> Result<Vec<Body>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM bodies WHERE coordination_id = $1 AND open AND kind <> 'plenary' \
         ORDER BY name_fr"
    );
    fetch_all!(db, &sql, coordination.id)
}

/// The bodies the public reads about on the governance page: all of them (a coordination's
/// organs are public knowledge), the plenary first, then the steering group, then by name.
pub async fn governing(db: &Db, coordination: &Coordination) -> Result<Vec<Body>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM bodies WHERE coordination_id = $1 \
         ORDER BY CASE kind WHEN 'plenary' THEN 0 WHEN 'steering' THEN 1 WHEN 'direction' THEN 2 \
         ELSE 3 END, name_fr"
    );
    fetch_all!(db, &sql, coordination.id)
}

/// A seat as the public sees it: its body and role, and the organisation that holds it when that
/// organisation agreed to be listed; never a person's name.
#[derive(Debug, sqlx::FromRow)]
pub struct PublicSeat {
    pub body_id: i64,
    pub role: SeatRole,
    pub organization: Option<String>,
}

/// The active seats of every body, chairs first, for the governance page.
pub async fn public_seats(
    db: &Db,
    coordination: &Coordination,
) -> Result<Vec<PublicSeat>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT s.body_id, s.role, \
           CASE WHEN m.listed_publicly AND m.status = 'member' THEN m.name END AS organization \
         FROM body_members s LEFT JOIN memberships m ON m.id = s.membership_id \
         WHERE s.coordination_id = $1 AND s.status = 'active' \
         ORDER BY CASE s.role WHEN 'chair' THEN 0 ELSE 1 END, m.name",
        coordination.id
    )
}

/// The coordination's plenary, if it has one yet.
pub async fn plenary(tx: &mut Tx, tenant: &Tenant) -> Result<Option<i64>, sqlx::Error> {
    scalar_optional!(
        tx,
        "SELECT id FROM bodies WHERE coordination_id = $1 AND kind = 'plenary' ORDER BY id LIMIT 1",
        tenant.id()
    )
}

/// The plenary of a coordination, created the first time it is needed.
pub async fn ensure_plenary(tx: &mut Tx, tenant: &Tenant) -> Result<i64, sqlx::Error> {
    if let Some(id) = plenary(tx, tenant).await? {
        return Ok(id);
    }
    let (fr, nl) = (
        t(Lang::Fr, "body-kind-plenary"),
        t(Lang::Nl, "body-kind-plenary"),
    );
    create_body(tx, tenant, BodyKind::Plenary, &fr, &nl, false).await
}

/// A body with its names only (demo data, the plenary).
pub async fn create_body(
    tx: &mut Tx,
    tenant: &Tenant,
    kind: BodyKind,
    name_fr: &str,
    name_nl: &str,
    open: bool,
) -> Result<i64, sqlx::Error> {
    let row = NewBodyRow {
        kind,
        name_fr,
        name_nl,
        purpose_fr: "",
        purpose_nl: "",
        theme: None,
        open,
    };
    insert(tx, tenant, &row).await
}

/// Seats an organisation or a person, active at once, without a mandate's dates.
pub async fn seat(
    tx: &mut Tx,
    tenant: &Tenant,
    body_id: i64,
    membership_id: Option<i64>,
    person: &str,
    role: SeatRole,
) -> Result<i64, sqlx::Error> {
    let seat = NewSeat {
        membership_id,
        person,
        person_email: "",
        person_lang: "",
        role,
        starts_on: None,
        ends_on: None,
    };
    add_seat(tx, tenant, body_id, &seat).await
}

/// What a new body is (trimmed by the caller).
pub struct NewBodyRow<'a> {
    pub kind: BodyKind,
    pub name_fr: &'a str,
    pub name_nl: &'a str,
    pub purpose_fr: &'a str,
    pub purpose_nl: &'a str,
    pub theme: Option<&'a str>,
    pub open: bool,
}

pub async fn insert(
    tx: &mut Tx,
    tenant: &Tenant,
    new: &NewBodyRow<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO bodies (coordination_id, kind, name_fr, name_nl, purpose_fr, purpose_nl, \
         theme, open, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        tenant.id(),
        new.kind,
        new.name_fr,
        new.name_nl,
        new.purpose_fr,
        new.purpose_nl,
        new.theme,
        new.open,
        Utc::now()
    )
}

/// A seat as the register keeps it.
pub struct NewSeat<'a> {
    pub membership_id: Option<i64>,
    pub person: &'a str,
    pub person_email: &'a str,
    pub person_lang: &'a str,
    pub role: SeatRole,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

/// Seats an organisation or a person, active at once; returns the seat.
pub async fn add_seat(
    tx: &mut Tx,
    tenant: &Tenant,
    body_id: i64,
    seat: &NewSeat<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO body_members (coordination_id, body_id, membership_id, person_name, \
         person_email, person_lang, role, starts_on, ends_on, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10) RETURNING id",
        tenant.id(),
        body_id,
        seat.membership_id,
        seat.person,
        seat.person_email,
        seat.person_lang,
        seat.role,
        seat.starts_on,
        seat.ends_on,
        Utc::now()
    )
}

/// A member organisation asks for a seat (`active` in an open body, `pending` in a closed one);
/// 0 when it already has one (asked twice at once included).
pub async fn request_seat(
    tx: &mut Tx,
    tenant: &Tenant,
    (body_id, membership_id): (i64, i64),
    person: &str,
    status: SeatStatus,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO body_members (coordination_id, body_id, membership_id, person_name, role, \
         starts_on, ends_on, status, created_at) \
         SELECT $1, $2, $3, $4, 'member', NULL, NULL, $5, $6 WHERE NOT EXISTS \
         (SELECT 1 FROM body_members WHERE body_id = $2 AND membership_id = $3) \
         ON CONFLICT (body_id, membership_id, person_name) DO NOTHING",
        tenant.id(),
        body_id,
        membership_id,
        person,
        status,
        Utc::now()
    )
}

/// The organisation leaves the body; 0 when it had no seat.
pub async fn leave(
    tx: &mut Tx,
    tenant: &Tenant,
    (body_id, membership_id): (i64, i64),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "DELETE FROM body_members WHERE body_id = $1 AND membership_id = $2 \
         AND coordination_id = $3",
        body_id,
        membership_id,
        tenant.id()
    )
}

/// Ends a seat; who sat there, for the audit log, when it existed.
pub async fn remove_seat(
    tx: &mut Tx,
    tenant: &Tenant,
    (body_id, seat_id): (i64, i64),
) -> Result<Option<(Option<i64>, String, SeatRole)>, sqlx::Error> {
    fetch_optional!(
        tx,
        "DELETE FROM body_members WHERE id = $1 AND body_id = $2 AND coordination_id = $3 \
         RETURNING membership_id, person_name, role",
        seat_id,
        body_id,
        tenant.id()
    )
}

/// Accepts a pending seat; 0 when there was none.
pub async fn approve_seat(
    tx: &mut Tx,
    tenant: &Tenant,
    (body_id, seat_id): (i64, i64),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE body_members SET status = 'active' WHERE id = $1 AND body_id = $2 \
         AND coordination_id = $3 AND status = 'pending'",
        seat_id,
        body_id,
        tenant.id()
    )
}

/// The organisations with an active seat in the body.
pub async fn seated_memberships(
    db: &Db,
    tenant: &Tenant,
    body_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    crate::scalars!(
        db,
        "SELECT membership_id FROM body_members WHERE body_id = $1 AND coordination_id = $2 \
         AND status = 'active' AND membership_id IS NOT NULL",
        body_id,
        tenant.id()
    )
}

/// Whether the organisation holds the body's active chair: a fact the policy decides on.
pub async fn chairs(
    db: &Db,
    tenant: &Tenant,
    (body_id, membership_id): (i64, i64),
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = scalar_optional!(
        db,
        "SELECT id FROM body_members WHERE body_id = $1 AND membership_id = $2 \
         AND coordination_id = $3 AND role = 'chair' AND status = 'active'",
        body_id,
        membership_id,
        tenant.id()
    )?;
    Ok(found.is_some())
}

/// Active seats per body: (body, seats).
pub async fn seat_counts(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT body_id, COUNT(*) FROM body_members WHERE coordination_id = $1 \
         AND status = 'active' GROUP BY body_id",
        tenant.id()
    )
}

/// The seats of one organisation: (body, status).
pub async fn seats_of(
    db: &Db,
    tenant: &Tenant,
    membership_id: i64,
) -> Result<Vec<(i64, SeatStatus)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT body_id, status FROM body_members WHERE membership_id = $1 AND coordination_id = $2",
        membership_id,
        tenant.id()
    )
}

/// A seat with its organisation's name.
#[derive(Debug, sqlx::FromRow)]
pub struct SeatRow {
    pub id: i64,
    pub membership_id: Option<i64>,
    pub organization: Option<String>,
    pub person_name: String,
    pub role: SeatRole,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: SeatStatus,
}

/// A body's seats, chairs first.
pub async fn seats(db: &Db, tenant: &Tenant, body_id: i64) -> Result<Vec<SeatRow>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT s.id, s.membership_id, m.name AS organization, s.person_name, s.role, s.starts_on, \
         s.ends_on, s.status FROM body_members s \
         LEFT JOIN memberships m ON m.id = s.membership_id \
         WHERE s.body_id = $1 AND s.coordination_id = $2 \
         ORDER BY CASE s.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'member' THEN 2 \
         ELSE 3 END, m.name, s.person_name",
        body_id,
        tenant.id()
    )
}
