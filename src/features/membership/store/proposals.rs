//! Working groups proposed by members, and the organisations that support them.

use chrono::Utc;

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, fetch_optional, scalar, scalars, vocabulary};

vocabulary! {
    /// A proposal waits for support, became a working group, or was declined.
    pub enum ProposalStatus: "proposal-status-" {
        Open = "open",
        Created = "created",
        Declined = "declined",
    }
}

/// A proposal with its proposer's name.
#[derive(Debug, sqlx::FromRow)]
pub struct ProposalRow {
    pub id: i64,
    pub name: String,
    pub purpose: String,
    pub theme: Option<String>,
    pub proposer: String,
    pub status: ProposalStatus,
    pub reason: String,
    pub body_id: Option<i64>,
}

/// The coordination's proposals, open ones first, newest first.
pub async fn proposals(db: &Db, tenant: &Tenant) -> Result<Vec<ProposalRow>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT g.id, g.name, g.purpose, g.theme, m.name AS proposer, g.status, g.reason, \
         g.body_id FROM group_proposals g JOIN memberships m ON m.id = g.membership_id \
         WHERE g.coordination_id = $1 \
         ORDER BY CASE g.status WHEN 'open' THEN 0 ELSE 1 END, g.created_at DESC",
        tenant.id()
    )
}

/// Every support of the coordination's proposals: (proposal, membership, organisation's name).
pub async fn supports(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, i64, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT s.proposal_id, s.membership_id, m.name FROM group_supports s \
         JOIN memberships m ON m.id = s.membership_id \
         JOIN group_proposals g ON g.id = s.proposal_id WHERE g.coordination_id = $1 \
         ORDER BY m.name",
        tenant.id()
    )
}

/// What a new proposal says.
pub struct NewProposal<'a> {
    pub membership_id: i64,
    pub name: &'a str,
    pub purpose: &'a str,
    pub theme: Option<&'a str>,
}

pub async fn create(
    tx: &mut Tx,
    tenant: &Tenant,
    new: &NewProposal<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO group_proposals (coordination_id, membership_id, name, purpose, theme, \
         status, reason, body_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'open', '', NULL, $6) RETURNING id",
        tenant.id(),
        new.membership_id,
        new.name,
        new.purpose,
        new.theme,
        Utc::now()
    )
}

/// An organisation supports a proposal of the coordination; 0 when it already did.
pub async fn support(
    tx: &mut Tx,
    tenant: &Tenant,
    proposal_id: i64,
    membership_id: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO group_supports (proposal_id, membership_id, created_at) \
         SELECT $1, $2, $3 WHERE EXISTS \
         (SELECT 1 FROM group_proposals WHERE id = $1 AND coordination_id = $4) \
         ON CONFLICT DO NOTHING",
        proposal_id,
        membership_id,
        Utc::now(),
        tenant.id()
    )
}

/// An open proposal: (name, purpose, theme).
pub async fn open(
    db: &Db,
    tenant: &Tenant,
    id: i64,
) -> Result<Option<(String, String, Option<String>)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT name, purpose, theme FROM group_proposals \
         WHERE id = $1 AND coordination_id = $2 AND status = 'open'",
        id,
        tenant.id()
    )
}

/// The organisations supporting a proposal, first supporters first.
pub async fn supporters(db: &Db, tenant: &Tenant, id: i64) -> Result<Vec<i64>, sqlx::Error> {
    scalars!(
        db,
        "SELECT s.membership_id FROM group_supports s \
         JOIN group_proposals g ON g.id = s.proposal_id \
         WHERE s.proposal_id = $1 AND g.coordination_id = $2 ORDER BY s.created_at",
        id,
        tenant.id()
    )
}

/// Records the decision on a proposal (`created` with its body, or `declined` with a reason).
pub async fn decide(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    (status, reason): (ProposalStatus, &str),
    body_id: Option<i64>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE group_proposals SET status = $1, reason = $2, body_id = $3 \
         WHERE id = $4 AND coordination_id = $5",
        status,
        reason,
        body_id,
        id,
        tenant.id()
    )
}
