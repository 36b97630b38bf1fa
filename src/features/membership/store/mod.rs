//! The member register's rows and statements: memberships, their contact persons and history.
//! The register is protected: reads take the `Tenant` proof, except the signed-in person's own
//! membership, which takes the person.

pub mod bodies;
pub mod proposals;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::Lang;
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{Tenant, WriteProof};
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, scalar};

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
    tenant: &Tenant,
    id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships WHERE id = $1 AND coordination_id = $2"
    );
    fetch_optional!(db, &sql, id, tenant.id())
}

/// The member organisations of a coordination (status `member`), by name.
pub async fn members(db: &Db, tenant: &Tenant) -> Result<Vec<Membership>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEMBERSHIP_COLUMNS} FROM memberships \
         WHERE coordination_id = $1 AND status = 'member' ORDER BY name"
    );
    fetch_all!(db, &sql, tenant.id())
}

/// The member organisation the signed-in person speaks for (as one of its contact persons), if
/// any: their own link to the register, a fact the policy decides on.
pub async fn membership_of_user(
    db: &Db,
    coordination: &Coordination,
    user: &CurrentUser,
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
    fetch_optional!(db, &sql, coordination.id, user.id)
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
    tenant: &Tenant,
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
    fetch_all!(db, &sql, tenant.id())
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
    scalar!(
        tx,
        "INSERT INTO member_contacts (coordination_id, membership_id, user_id, name, email, \
         phone, lang, role, share_consent, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        proof.coordination_id(),
        membership_id,
        contact.user_id,
        contact.name,
        contact.email,
        contact.phone,
        contact.lang.code(),
        contact.role,
        contact.share_consent,
        Utc::now()
    )
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
    execute!(
        &mut *tx,
        "UPDATE memberships SET status = $1, updated_at = $2 WHERE id = $3 AND coordination_id = $4",
        status,
        now,
        membership_id,
        tenant.id()
    )?;
    execute!(
        tx,
        "INSERT INTO membership_events \
         (coordination_id, membership_id, status, reason, meeting, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        tenant.id(),
        membership_id,
        status,
        reason,
        meeting,
        actor,
        now
    )?;
    Ok(())
}

/// The coordinators of a coordination, to notify: (email, name, language).
pub async fn coordinators(
    db: &Db,
    proof: &impl WriteProof,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT u.email, u.display_name, u.lang FROM users u JOIN user_roles r ON r.user_id = u.id \
         WHERE r.coordination_id = $1 AND r.role = 'coordinator' ORDER BY u.id",
        proof.coordination_id()
    )
}

/// The addresses (lower case) and phones of the contact persons who agreed to share them with the
/// other members: what the list of those present may show.
pub async fn consented_details(
    db: &Db,
    tenant: &Tenant,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT LOWER(email), phone FROM member_contacts \
         WHERE coordination_id = $1 AND share_consent",
        tenant.id()
    )
}

/// The people seated in a body in their own name (a CPAS council member in a steering group) who
/// have an email address: (name, email, language, possibly empty).
pub async fn seated_persons(
    db: &Db,
    tenant: &Tenant,
    body_id: i64,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT person_name, person_email, person_lang FROM body_members \
         WHERE body_id = $1 AND coordination_id = $2 AND membership_id IS NULL \
         AND status = 'active' AND person_email <> '' ORDER BY id",
        body_id,
        tenant.id()
    )
}

/// A contact person of a membership who has an account.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountContact {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub lang: String,
}

pub async fn contacts_with_accounts(
    tx: &mut Tx,
    tenant: &Tenant,
    membership_id: i64,
) -> Result<Vec<AccountContact>, sqlx::Error> {
    fetch_all!(
        tx,
        "SELECT user_id, name, email, lang FROM member_contacts \
         WHERE coordination_id = $1 AND membership_id = $2 AND user_id IS NOT NULL ORDER BY id",
        tenant.id(),
        membership_id
    )
}

/// Whether the person is a contact of another member organisation of the coordination.
pub async fn linked_elsewhere(
    tx: &mut Tx,
    tenant: &Tenant,
    user_id: i64,
    except_membership: i64,
) -> Result<bool, sqlx::Error> {
    let links: i64 = scalar!(
        tx,
        "SELECT COUNT(*) FROM member_contacts c JOIN memberships m ON m.id = c.membership_id \
         WHERE c.coordination_id = $1 AND c.user_id = $2 AND m.id <> $3 AND m.status = 'member'",
        tenant.id(),
        user_id,
        except_membership
    )?;
    Ok(links > 0)
}
