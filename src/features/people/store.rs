//! The people who hold a role in a coordination.

use chrono::{DateTime, Utc};

use crate::platform::auth::{hash_token, INVITATION_VALIDITY};
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{Role, Tenant};
use crate::{execute, fetch_all, fetch_optional};

pub struct Person {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub lang: String,
    pub roles: Vec<Role>,
    /// Whether they sign in with a second factor.
    pub second_factor: bool,
}

#[derive(sqlx::FromRow)]
struct PersonRoleRow {
    user_id: i64,
    display_name: String,
    email: String,
    lang: String,
    role: Role,
    second_factor: bool,
}

const PEOPLE: &str = "\
    SELECT u.id AS user_id, u.display_name, u.email, u.lang, r.role, \
      EXISTS (SELECT 1 FROM second_factors f \
              WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second_factor \
    FROM user_roles r JOIN users u ON u.id = r.user_id \
    WHERE r.coordination_id = $1 ORDER BY LOWER(u.display_name), u.id, r.role";

/// Everyone with a role in the coordination, each once with all their roles.
pub async fn people(db: &Db, tenant: &Tenant) -> Result<Vec<Person>, sqlx::Error> {
    let rows: Vec<PersonRoleRow> = fetch_all!(db, PEOPLE, tenant.id())?;
    let mut out: Vec<Person> = Vec::new();
    for row in rows {
        match out.last_mut() {
            Some(last) if last.user_id == row.user_id => last.roles.push(row.role),
            _ => out.push(Person {
                user_id: row.user_id,
                display_name: row.display_name,
                email: row.email,
                lang: row.lang,
                roles: vec![row.role],
                second_factor: row.second_factor,
            }),
        }
    }
    Ok(out)
}

/// A role offered to an existing account, waiting for the person to accept it.
#[derive(Debug, sqlx::FromRow)]
pub struct PendingRole {
    /// The name the coordinator typed: the coordination learns nothing of the account before.
    pub name: String,
    pub email: String,
    pub role: Role,
    pub expires_at: DateTime<Utc>,
}

/// The roles offered and not yet accepted, still valid, by name.
pub async fn pending(db: &Db, tenant: &Tenant) -> Result<Vec<PendingRole>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT i.name, u.email, i.role, i.expires_at \
         FROM role_invitations i JOIN users u ON u.id = i.user_id \
         WHERE i.coordination_id = $1 AND i.accepted_at IS NULL AND i.expires_at > $2 \
         ORDER BY LOWER(i.name), i.id",
        tenant.id(),
        Utc::now()
    )
}

const OFFER: &str = "\
    INSERT INTO role_invitations (coordination_id, user_id, role, name, token_hash, invited_by, \
      created_at, expires_at, accepted_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL) \
    ON CONFLICT (coordination_id, user_id, role) DO UPDATE SET name = excluded.name, \
      token_hash = excluded.token_hash, invited_by = excluded.invited_by, \
      created_at = excluded.created_at, expires_at = excluded.expires_at, accepted_at = NULL";

/// Offers `role` to the account `user_id` (a new offer replaces an earlier one and its link).
pub async fn offer(
    tx: &mut Tx,
    tenant: &Tenant,
    (user_id, role): (i64, Role),
    name: &str,
    token: &str,
    invited_by: i64,
) -> Result<u64, sqlx::Error> {
    let now = Utc::now();
    execute!(
        tx,
        OFFER,
        tenant.id(),
        user_id,
        role,
        name,
        hash_token(token),
        invited_by,
        now,
        now + INVITATION_VALIDITY
    )
}

/// An offer as its link opens it.
#[derive(Debug, sqlx::FromRow)]
pub struct Offer {
    pub id: i64,
    pub coordination_id: i64,
    pub user_id: i64,
    pub role: Role,
}

/// The live offer a link's token names, for the account it was made to: the token is the
/// person's secret and the signed-in account must be theirs.
pub async fn offer_for(db: &Db, token: &str, user_id: i64) -> Result<Option<Offer>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT id, coordination_id, user_id, role FROM role_invitations \
         WHERE token_hash = $1 AND user_id = $2 AND accepted_at IS NULL AND expires_at > $3",
        hash_token(token),
        user_id,
        Utc::now()
    )
}

/// Marks an offer accepted; 0 when it already was (accepted twice at once).
pub async fn accept(tx: &mut Tx, offer_id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE role_invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL",
        Utc::now(),
        offer_id
    )
}

/// Whether the account holds `role` in the coordination.
pub async fn holds(
    tx: &mut Tx,
    tenant: &Tenant,
    user_id: i64,
    role: Role,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = crate::scalar_optional!(
        tx,
        "SELECT user_id FROM user_roles WHERE user_id = $1 AND coordination_id = $2 AND role = $3",
        user_id,
        tenant.id(),
        role
    )?;
    Ok(found.is_some())
}
