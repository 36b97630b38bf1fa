//! Contact persons who edit an organisation's records (`organization_editors`).

use chrono::Utc;

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, fetch_optional, scalar_optional};

/// Whether the person is a contact person of the organisation (a fact the policy decides on).
pub async fn is_contact(
    db: &Db,
    coordination: &Coordination,
    organization_id: i64,
    user_id: i64,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = scalar_optional!(
        db,
        "SELECT user_id FROM organization_editors \
         WHERE coordination_id = $1 AND organization_id = $2 AND user_id = $3",
        coordination.id,
        organization_id,
        user_id
    )?;
    Ok(found.is_some())
}

#[derive(sqlx::FromRow)]
pub struct EditorView {
    pub user_id: i64,
    pub name: String,
    pub email: String,
}

pub async fn editors(
    db: &Db,
    tenant: &Tenant,
    organization_id: i64,
) -> Result<Vec<EditorView>, sqlx::Error> {
    // An account that has not accepted a role here shows only its address: its own name is the
    // person's to give.
    fetch_all!(
        db,
        "SELECT u.id AS user_id, \
           CASE WHEN EXISTS (SELECT 1 FROM user_roles r \
                             WHERE r.user_id = u.id AND r.coordination_id = e.coordination_id) \
                THEN u.display_name ELSE u.email END AS name, u.email \
         FROM organization_editors e JOIN users u ON u.id = e.user_id \
         WHERE e.coordination_id = $1 AND e.organization_id = $2 ORDER BY name",
        tenant.id(),
        organization_id
    )
}

/// The account with a role in the coordination whose address is `email` (any case): (id, email).
pub async fn person_by_email(
    db: &Db,
    tenant: &Tenant,
    email: &str,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT DISTINCT u.id, u.email FROM users u JOIN user_roles g ON g.user_id = u.id \
         WHERE g.coordination_id = $1 AND LOWER(u.email) = LOWER($2)",
        tenant.id(),
        email
    )
}

/// Lets a person edit an organisation's records as its contact person.
pub async fn add(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    user_id: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO organization_editors (coordination_id, organization_id, user_id, added_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        tenant.id(),
        organization_id,
        user_id,
        Utc::now()
    )
}

pub async fn remove(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    user_id: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "DELETE FROM organization_editors \
         WHERE coordination_id = $1 AND organization_id = $2 AND user_id = $3",
        tenant.id(),
        organization_id,
        user_id
    )
}
