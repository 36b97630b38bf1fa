//! Personal report links: each letter of a round gives each contact person a link of their own
//! to report for their organisation without an account. Only the token's hash is stored.

use chrono::{NaiveDate, Utc};

use super::rounds::RoundStatus;
use crate::features::membership::store::MembershipStatus;
use crate::platform::auth::hash_token;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_optional};

/// Records a new link of `contact_id` to report in `round_id`.
pub async fn create(
    tx: &mut Tx,
    tenant: &Tenant,
    round_id: i64,
    contact_id: i64,
    token: &str,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "INSERT INTO report_links (token_hash, coordination_id, round_id, contact_id, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
        hash_token(token),
        tenant.id(),
        round_id,
        contact_id,
        Utc::now()
    )
}

/// Forgets the links that can no longer open, their round's deadline (a Brussels date) being
/// past `today`: the policy refuses them from then on. Returns how many.
pub async fn forget_spent(db: &Db, today: NaiveDate) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "DELETE FROM report_links WHERE round_id IN \
           (SELECT id FROM collection_rounds WHERE deadline < $1)",
        today
    )
}

/// What a link says of the person holding it: who, for which organisation, in which round, and
/// whether each still stands. Read with the token alone (the person may have no account); the
/// policy decides from these facts whether the link opens.
#[derive(Debug, sqlx::FromRow)]
pub struct LinkFacts {
    pub round_id: i64,
    pub round_status: RoundStatus,
    pub deadline: NaiveDate,
    pub contact_name: String,
    pub contact_lang: String,
    pub membership_id: i64,
    pub membership_status: MembershipStatus,
}

pub async fn by_token(
    db: &Db,
    coordination: &Coordination,
    token: &str,
) -> Result<Option<LinkFacts>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT l.round_id, r.status AS round_status, r.deadline, c.name AS contact_name, \
                c.lang AS contact_lang, m.id AS membership_id, m.status AS membership_status \
         FROM report_links l \
         JOIN collection_rounds r ON r.id = l.round_id \
         JOIN member_contacts c ON c.id = l.contact_id \
         JOIN memberships m ON m.id = c.membership_id \
         WHERE l.token_hash = $1 AND l.coordination_id = $2",
        hash_token(token),
        coordination.id
    )
}
