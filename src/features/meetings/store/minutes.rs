//! The minutes' numbered decisions and the actions decided, which come back on the body's next
//! agendas until they are done.

use chrono::{NaiveDate, Utc};
use serde::Serialize;

use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, scalar, scalar_optional, vocabulary};

vocabulary! {
    /// An action is open until it is done or dropped.
    pub enum ActionStatus: "action-status-" {
        Open = "open",
        Done = "done",
        Dropped = "dropped",
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Decision {
    pub number: i64,
    pub text: String,
}

pub async fn decisions(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Decision>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT number, text FROM decisions WHERE meeting_id = $1 AND coordination_id = $2 \
         ORDER BY number",
        meeting_id,
        tenant.id()
    )
}

/// A decision of one of the coordination's meetings, for the API.
#[derive(Debug, sqlx::FromRow)]
pub struct MeetingDecision {
    pub meeting_id: i64,
    pub number: i64,
    pub text: String,
    pub item_id: Option<i64>,
}

pub async fn all_decisions(
    db: &Db,
    tenant: &Tenant,
    only: Option<i64>,
) -> Result<Vec<MeetingDecision>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT meeting_id, number, text, item_id FROM decisions \
         WHERE coordination_id = $1 AND ($2 IS NULL OR meeting_id = $2) ORDER BY number",
        tenant.id(),
        only
    )
}

/// Records a decision with the next number of the meeting (unique per meeting, so two
/// coordinators recording at once cannot get the same one); returns its number.
pub async fn add_decision(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    text: &str,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO decisions (coordination_id, meeting_id, item_id, number, text) \
         SELECT $1, $2, NULL, COALESCE(MAX(number), 0) + 1, $3 FROM decisions \
         WHERE meeting_id = $2 RETURNING number",
        tenant.id(),
        meeting_id,
        text
    )
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub description: String,
    pub owner: String,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
}

pub async fn actions(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<ActionRow>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, meeting_id, description, owner, due_on, status FROM actions \
         WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY id",
        meeting_id,
        tenant.id()
    )
}

/// An action as the API shows it.
#[derive(Debug, Serialize, sqlx::FromRow, utoipa::ToSchema)]
pub struct ActionJson {
    pub id: i64,
    pub meeting_id: i64,
    pub body_id: i64,
    pub item_id: Option<i64>,
    pub description: String,
    pub owner: String,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
}

/// The actions of every meeting of the coordination (or of the one meeting `only`), with
/// `status` when given; the caller keeps those of minutes the reader may read.
pub async fn all_actions(
    db: &Db,
    tenant: &Tenant,
    only: Option<i64>,
    status: Option<ActionStatus>,
) -> Result<Vec<ActionJson>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, meeting_id, body_id, item_id, description, owner, due_on, status \
         FROM actions WHERE coordination_id = $1 AND ($2 IS NULL OR meeting_id = $2) \
         AND ($3 IS NULL OR status = $3) ORDER BY due_on, id",
        tenant.id(),
        only,
        status
    )
}

/// What an action says.
pub struct NewAction<'a> {
    pub body_id: i64,
    pub description: &'a str,
    pub owner: &'a str,
    pub due_on: Option<NaiveDate>,
}

pub async fn add_action(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    action: &NewAction<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO actions (coordination_id, meeting_id, body_id, item_id, description, owner, \
         due_on, status, created_at) \
         VALUES ($1, $2, $3, NULL, $4, $5, $6, 'open', $7) RETURNING id",
        tenant.id(),
        meeting_id,
        action.body_id,
        action.description,
        action.owner,
        action.due_on,
        Utc::now()
    )
}

/// Sets an action's status; the meeting it was decided in, when the action exists.
pub async fn set_action_status(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    status: ActionStatus,
) -> Result<Option<i64>, sqlx::Error> {
    scalar_optional!(
        tx,
        "UPDATE actions SET status = $1 WHERE id = $2 AND coordination_id = $3 RETURNING meeting_id",
        status,
        id,
        tenant.id()
    )
}

/// The meetings' part in a handover: the open follow-up actions the leaving person owns (named as
/// the minutes name them) go to their successor; done and dropped ones stay as they were.
pub struct OpenActions;

#[async_trait::async_trait]
impl crate::platform::handover::Owned for OpenActions {
    async fn hand_over(
        &self,
        tx: &mut Tx,
        tenant: &Tenant,
        from: &crate::platform::handover::Holder,
        to: &crate::platform::handover::Holder,
    ) -> Result<Vec<crate::platform::handover::Moved>, sqlx::Error> {
        let count = execute!(
            &mut *tx,
            "UPDATE actions SET owner = $1 \
             WHERE coordination_id = $2 AND status = 'open' AND owner = $3",
            &to.name,
            tenant.id(),
            &from.name
        )?;
        Ok(vec![crate::platform::handover::Moved {
            key: "handover-open-actions",
            count,
        }])
    }
}
