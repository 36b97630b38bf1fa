//! Decisions with a subject. A body decides matters that belong to other capabilities — admitting
//! a member today; adopting a plan, passing a project's gate, giving an advice as those land. The
//! capability proposes the decision to a meeting (a numbered decision of its minutes, with the
//! subject, the outcome in the capability's own vocabulary and the reason), and the decision takes
//! effect when those minutes are approved: the approval calls the capability's [`Decided`] part,
//! registered once in `features::DECIDED`, in the approval's transaction. After that the decision
//! stays as it is; a later decision supersedes it.

use async_trait::async_trait;

use super::store::minutes::{self as store, Decision, NewDecision, SubjectDecision, SubjectKind};
use super::store::{Meeting, MinutesStatus};
use crate::platform::auth::CurrentUser;
use crate::platform::db::{Conn, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::platform::web::AppError;
use crate::platform::AppState;

/// Where and by whom a meeting's decisions are carried out: the approval of its minutes.
pub struct Approval<'a> {
    pub state: &'a AppState,
    pub tenant: &'a Tenant,
    pub coordination: &'a Coordination,
    pub by: &'a CurrentUser,
    pub meeting: &'a Meeting,
}

/// A capability whose matters a meeting decides.
#[async_trait]
pub trait Decided: Sync {
    fn kind(&self) -> SubjectKind;

    /// The subject's page, under the coordination (`/members/12`).
    fn path(&self, subject_id: i64) -> String;

    /// Carries out `decision` on its subject, in the approval's transaction. A decision that no
    /// longer applies (the subject changed since it was proposed) is left as recorded.
    async fn take_effect(
        &self,
        tx: &mut Tx,
        approval: &Approval<'_>,
        decision: &Decision,
    ) -> Result<(), AppError>;
}

/// The registered part for `kind`.
fn part(kind: SubjectKind) -> Option<&'static dyn Decided> {
    crate::features::DECIDED
        .iter()
        .copied()
        .find(|part| part.kind() == kind)
}

/// The page of a decision's subject, when it has one.
pub fn subject_path(decision: &Decision) -> Option<String> {
    let (kind, id) = decision.subject()?;
    part(kind).map(|part| part.path(id))
}

/// Why a meeting cannot take a decision on a subject.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Its minutes are approved: a later meeting must decide.
    MinutesClosed,
    /// Another decision on the subject waits for its minutes.
    AlreadyPending,
}

impl Refused {
    pub fn message_key(&self) -> &'static str {
        match self {
            Refused::MinutesClosed => "error-minutes-closed",
            Refused::AlreadyPending => "error-decision-pending",
        }
    }
}

/// Proposes a decision on a subject to `meeting`: recorded in its minutes, in force once they are
/// approved. Returns the decision's number.
pub async fn propose(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting: &Meeting,
    decision: &NewDecision<'_>,
) -> Result<Result<i64, Refused>, AppError> {
    if !meeting.minutes_status.editable() {
        return Ok(Err(Refused::MinutesClosed));
    }
    if let Some(subject) = decision.subject {
        let earlier = store::on_subject(&mut *tx, tenant, subject).await?;
        if earlier.iter().any(|d| d.takes_effect_at.is_none()) {
            return Ok(Err(Refused::AlreadyPending));
        }
    }
    let number = store::add_decision(tx, tenant, meeting.id, decision).await?;
    // A decision is the minutes' first content as much as a note: their draft starts (unless
    // another change started it meanwhile).
    if !meeting.minutes_status.started() {
        let from_to = (MinutesStatus::NotStarted, MinutesStatus::Draft);
        super::store::set_minutes_status(tx, tenant, meeting.id, from_to).await?;
    }
    Ok(Ok(number))
}

/// The decisions meetings took, or will take at their minutes' approval, on one subject.
pub async fn on_subject(
    on: impl Conn,
    tenant: &Tenant,
    subject: (SubjectKind, i64),
) -> Result<Vec<SubjectDecision>, AppError> {
    Ok(store::on_subject(on, tenant, subject).await?)
}

/// Puts the meeting's decisions in force and carries out those with a subject; in the approval's
/// transaction. Returns how many subjects were decided.
pub async fn approve(tx: &mut Tx, approval: &Approval<'_>) -> Result<usize, AppError> {
    let now = chrono::Utc::now();
    let decided = store::take_effect(tx, approval.tenant, approval.meeting.id, now).await?;
    let mut carried = 0;
    for decision in &decided {
        let Some((kind, _)) = decision.subject() else {
            continue;
        };
        let Some(part) = part(kind) else {
            continue;
        };
        part.take_effect(tx, approval, decision).await?;
        carried += 1;
    }
    Ok(carried)
}
