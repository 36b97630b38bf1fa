//! Changes contact persons proposed to their organisation's records, waiting for a coordinator.

use chrono::{DateTime, Utc};

use super::RecordKind;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, fetch_optional, scalar, vocabulary};

vocabulary! {
    /// Where a proposed change stands.
    pub enum ChangeStatus {
        Pending = "pending",
        Approved = "approved",
        Rejected = "rejected",
    }
}

/// A proposed change as stored: the record before and after, as JSON drafts.
pub struct NewChange<'a> {
    pub organization_id: i64,
    pub kind: RecordKind,
    pub record_id: Option<i64>,
    pub before_json: &'a str,
    pub after_json: &'a str,
    pub submitted_by: i64,
}

pub async fn insert(
    tx: &mut Tx,
    tenant: &Tenant,
    change: &NewChange<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO directory_changes (coordination_id, organization_id, record_kind, record_id, \
         before_json, after_json, status, submitted_by, submitted_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        tenant.id(),
        change.organization_id,
        change.kind,
        change.record_id,
        change.before_json,
        change.after_json,
        ChangeStatus::Pending,
        change.submitted_by,
        Utc::now()
    )
}

#[derive(sqlx::FromRow)]
pub struct PendingChange {
    pub id: i64,
    pub organization_id: i64,
    pub record_kind: RecordKind,
    pub record_id: Option<i64>,
    pub before_json: String,
    pub after_json: String,
    pub submitted_at: DateTime<Utc>,
    pub submitted_by: Option<String>,
    pub organization_fr: String,
    pub organization_nl: String,
}

const PENDING: &str = "\
    SELECT c.id, c.organization_id, c.record_kind, c.record_id, c.before_json, c.after_json, \
    c.submitted_at, u.display_name AS submitted_by, o.name_fr AS organization_fr, \
    o.name_nl AS organization_nl \
    FROM directory_changes c JOIN organizations o ON o.id = c.organization_id \
    LEFT JOIN users u ON u.id = c.submitted_by";

/// Every change waiting, oldest first.
pub async fn pending(db: &Db, tenant: &Tenant) -> Result<Vec<PendingChange>, sqlx::Error> {
    let sql = format!(
        "{PENDING} WHERE c.coordination_id = $1 AND c.status = $2 ORDER BY c.submitted_at, c.id"
    );
    fetch_all!(db, &sql, tenant.id(), ChangeStatus::Pending)
}

/// One change, if it is still waiting.
pub async fn pending_one(
    db: &Db,
    tenant: &Tenant,
    id: i64,
) -> Result<Option<PendingChange>, sqlx::Error> {
    let sql = format!("{PENDING} WHERE c.id = $1 AND c.coordination_id = $2 AND c.status = $3");
    fetch_optional!(db, &sql, id, tenant.id(), ChangeStatus::Pending)
}

/// Decides a waiting change; 0 when someone decided first.
pub async fn decide(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    status: ChangeStatus,
    by_user: i64,
    reason: &str,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE directory_changes SET status = $1, decided_by = $2, decided_at = $3, reason = $4 \
         WHERE id = $5 AND coordination_id = $6 AND status = $7",
        status,
        by_user,
        Utc::now(),
        reason,
        id,
        tenant.id(),
        ChangeStatus::Pending
    )
}

/// How many changes wait for a coordinator.
pub async fn pending_count(db: &Db, tenant: &Tenant) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM directory_changes WHERE coordination_id = $1 AND status = $2",
        tenant.id(),
        ChangeStatus::Pending
    )
}
