//! Keeping records current: which organisations are due for a check, and the links emailed to
//! them to confirm their records in one click.

use chrono::{DateTime, Utc};

use super::{Organization, ORGANIZATION_COLUMNS};
use crate::platform::db::{Db, Tx};
use crate::platform::policy::{PublicSubmission, Tenant};
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, scalar, scalar_optional};

/// Organisations not verified since `since`, the longest unverified first.
pub async fn unverified_since(
    db: &Db,
    tenant: &Tenant,
    since: DateTime<Utc>,
) -> Result<Vec<Organization>, sqlx::Error> {
    let sql = format!(
        "SELECT {ORGANIZATION_COLUMNS} FROM organizations WHERE coordination_id = $1 \
         AND (last_verified_at IS NULL OR last_verified_at < $2) ORDER BY last_verified_at, name_fr"
    );
    fetch_all!(db, &sql, tenant.id(), since)
}

/// How many organisations were not verified since `since`.
pub async fn unverified_count(
    db: &Db,
    tenant: &Tenant,
    since: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM organizations WHERE coordination_id = $1 \
         AND (last_verified_at IS NULL OR last_verified_at < $2)",
        tenant.id(),
        since
    )
}

pub async fn insert_request(
    tx: &mut Tx,
    tenant: &Tenant,
    organization_id: i64,
    token_hash: &str,
    expires_at: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO verification_requests \
         (coordination_id, organization_id, token_hash, expires_at, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
        tenant.id(),
        organization_id,
        token_hash,
        expires_at,
        Utc::now()
    )
}

/// The organisation a live, unused link is for.
pub async fn organization_of_link(
    db: &Db,
    coordination: &Coordination,
    token_hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    scalar_optional!(
        db,
        "SELECT organization_id FROM verification_requests WHERE token_hash = $1 \
         AND coordination_id = $2 AND used_at IS NULL AND expires_at > $3",
        token_hash,
        coordination.id,
        Utc::now()
    )
}

/// Uses the link up (once, atomically) and marks its organisation and the organisation's
/// services verified now; the organisation's id, or None when the link is not live.
pub async fn confirm(
    tx: &mut Tx,
    submission: &PublicSubmission,
    token_hash: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let now = Utc::now();
    let organization_id: Option<i64> = scalar_optional!(
        &mut *tx,
        "UPDATE verification_requests SET used_at = $1 WHERE token_hash = $2 \
         AND coordination_id = $3 AND used_at IS NULL AND expires_at > $1 \
         RETURNING organization_id",
        now,
        token_hash,
        submission.coordination_id()
    )?;
    let Some(organization_id) = organization_id else {
        return Ok(None);
    };
    execute!(
        &mut *tx,
        "UPDATE organizations SET last_verified_at = $1 WHERE id = $2 AND coordination_id = $3",
        now,
        organization_id,
        submission.coordination_id()
    )?;
    execute!(
        tx,
        "UPDATE services SET last_verified_at = $1 \
         WHERE organization_id = $2 AND coordination_id = $3",
        now,
        organization_id,
        submission.coordination_id()
    )?;
    Ok(Some(organization_id))
}
