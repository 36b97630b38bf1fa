//! The people who hold a role in a coordination.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::platform::auth::{hash_token, INVITATION_VALIDITY};
use crate::platform::db::{Db, Tx};
use crate::platform::personal_data::{DataSubject, Erased, PersonalData, Reach, Section};
use crate::platform::policy::{Role, Tenant};
use crate::{execute, fetch_all, fetch_optional, scalars};

#[derive(Clone, Debug)]
pub struct Person {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub lang: String,
    pub roles: Vec<Role>,
    /// Whether they sign in with a second factor.
    pub second_factor: bool,
    /// Whether their account is locked (signed out, cannot sign in).
    pub locked: bool,
}

#[derive(sqlx::FromRow)]
struct PersonRoleRow {
    user_id: i64,
    display_name: String,
    email: String,
    lang: String,
    role: Role,
    second_factor: bool,
    locked: bool,
}

const PEOPLE: &str = "\
    SELECT u.id AS user_id, u.display_name, u.email, u.lang, r.role, \
      EXISTS (SELECT 1 FROM second_factors f \
              WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second_factor, \
      NOT u.active AS locked \
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
                locked: row.locked,
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

/// The roles the account holds in the coordination.
pub async fn roles_of(
    tx: &mut Tx,
    tenant: &Tenant,
    user_id: i64,
) -> Result<Vec<Role>, sqlx::Error> {
    crate::scalars!(
        tx,
        "SELECT role FROM user_roles WHERE coordination_id = $1 AND user_id = $2",
        tenant.id(),
        user_id
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

/// The roles' part in the rights of the people: the roles a person holds and those offered to
/// them. Erased, they go (the caller has checked that no coordination loses its only coordinator).
pub struct RoleData;

#[derive(Debug, sqlx::FromRow, Serialize)]
struct RoleRow {
    coordination: String,
    role: String,
    granted_at: DateTime<Utc>,
}

#[derive(Debug, sqlx::FromRow, Serialize)]
struct OfferRow {
    coordination: String,
    role: String,
    created_at: DateTime<Utc>,
    accepted_at: Option<DateTime<Utc>>,
}

#[async_trait]
impl PersonalData for RoleData {
    async fn export(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Section>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        let roles: Vec<RoleRow> = fetch_all!(
            &mut *tx,
            "SELECT c.slug AS coordination, r.role, r.granted_at \
             FROM user_roles r JOIN coordinations c ON c.id = r.coordination_id \
             WHERE r.user_id = $1 AND ($2 IS NULL OR r.coordination_id = $2) \
             ORDER BY c.slug, r.role",
            user,
            reach.coordination()
        )?;
        let offers: Vec<OfferRow> = fetch_all!(
            &mut *tx,
            "SELECT c.slug AS coordination, i.role, i.created_at, i.accepted_at \
             FROM role_invitations i JOIN coordinations c ON c.id = i.coordination_id \
             WHERE i.user_id = $1 AND ($2 IS NULL OR i.coordination_id = $2) ORDER BY i.id",
            user,
            reach.coordination()
        )?;
        Ok(vec![
            Section::of("personal-data-roles", &roles),
            Section::of("personal-data-role-offers", &offers),
        ])
    }

    async fn erase(
        &self,
        tx: &mut Tx,
        person: &DataSubject,
        reach: Reach<'_>,
    ) -> Result<Vec<Erased>, sqlx::Error> {
        let Some(user) = person.user_id else {
            return Ok(Vec::new());
        };
        let roles = execute!(
            &mut *tx,
            "DELETE FROM user_roles WHERE user_id = $1 AND ($2 IS NULL OR coordination_id = $2)",
            user,
            reach.coordination()
        )?;
        let offers = execute!(
            &mut *tx,
            "DELETE FROM role_invitations \
             WHERE user_id = $1 AND ($2 IS NULL OR coordination_id = $2)",
            user,
            reach.coordination()
        )?;
        Ok(vec![
            Erased::removed("personal-data-roles", roles),
            Erased::removed("personal-data-role-offers", offers),
        ])
    }
}

/// The coordinations where `user_id` is the only coordinator (within `reach`): erasing them would
/// leave those coordinations without anyone to run them.
pub async fn only_coordinator_of(
    db: &Db,
    user_id: i64,
    reach: Reach<'_>,
) -> Result<Vec<String>, sqlx::Error> {
    scalars!(
        db,
        "SELECT c.slug FROM user_roles r JOIN coordinations c ON c.id = r.coordination_id \
         WHERE r.user_id = $1 AND r.role = 'coordinator' \
           AND ($2 IS NULL OR r.coordination_id = $2) \
           AND NOT EXISTS (SELECT 1 FROM user_roles o WHERE o.coordination_id = r.coordination_id \
                           AND o.role = 'coordinator' AND o.user_id <> r.user_id) \
         ORDER BY c.slug",
        user_id,
        reach.coordination()
    )
}

/// Deletes the roles offered and never accepted whose link has expired.
pub async fn forget_expired_offers(db: &Db, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "DELETE FROM role_invitations WHERE accepted_at IS NULL AND expires_at < $1",
        now
    )
}

/// Roles in the coordination export: they travel; pending offers stay (their links are secrets of
/// the old instance: the coordinator offers again).
impl crate::platform::portable::Portable for RoleData {
    fn tables(&self) -> crate::platform::portable::Tables {
        crate::platform::portable::Tables {
            travel: &["user_roles"],
            stay: &[("role_invitations", "secret links of the old instance")],
            ..Default::default()
        }
    }
}
