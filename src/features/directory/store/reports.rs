//! Error reports on the social map: written by the public, handled by coordinators.

use chrono::{DateTime, Utc};

use crate::platform::db::{Db, Tx};
use crate::platform::policy::{PublicSubmission, Tenant};
use crate::{execute, fetch_all, vocabulary};

vocabulary! {
    /// Where an error report stands.
    pub enum ReportStatus {
        Open = "open",
        Resolved = "resolved",
        Dismissed = "dismissed",
    }
}

#[derive(Debug, sqlx::FromRow)]
pub struct Report {
    pub id: i64,
    pub service_id: i64,
    pub service_fr: String,
    pub service_nl: String,
    pub message: String,
    pub reporter_email: String,
    pub created_at: DateTime<Utc>,
}

pub async fn insert(
    tx: &mut Tx,
    submission: &PublicSubmission,
    service_id: i64,
    message: &str,
    reporter_email: &str,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO directory_reports \
         (coordination_id, service_id, message, reporter_email, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        submission.coordination_id(),
        service_id,
        message,
        reporter_email,
        ReportStatus::Open,
        Utc::now()
    )
}

pub async fn open_reports(db: &Db, tenant: &Tenant) -> Result<Vec<Report>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT r.id, r.service_id, s.name_fr AS service_fr, s.name_nl AS service_nl, r.message, \
         r.reporter_email, r.created_at \
         FROM directory_reports r JOIN services s ON s.id = r.service_id \
         WHERE r.coordination_id = $1 AND r.status = $2 ORDER BY r.id",
        tenant.id(),
        ReportStatus::Open
    )
}

/// Closes an open report; 0 when it is not open (or not this coordination's).
pub async fn close(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    outcome: ReportStatus,
    by_user: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE directory_reports SET status = $1, handled_at = $2, handled_by = $3 \
         WHERE id = $4 AND coordination_id = $5 AND status = $6",
        outcome,
        Utc::now(),
        by_user,
        id,
        tenant.id(),
        ReportStatus::Open
    )
}
