//! The minutes' numbered decisions and the actions decided, which come back on the body's next
//! agendas until they are done.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::platform::db::{Conn, Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, scalar, scalar_optional, scalars, vocabulary};

vocabulary! {
    /// An action is open until it is done or dropped.
    pub enum ActionStatus: "action-status-" {
        Open = "open",
        Done = "done",
        Dropped = "dropped",
    }
}

vocabulary! {
    /// What a meeting's decision can be about, besides itself: the capabilities whose matters a
    /// body decides implement `meetings::subjects::Decided` for their kind (a plan, a project's
    /// gate, an advice are to come).
    pub enum SubjectKind: "decision-subject-" {
        Membership = "membership",
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Decision {
    pub id: i64,
    pub number: i64,
    pub text: String,
    /// The agenda item it was taken under (none for decisions older than that link).
    pub item_id: Option<i64>,
    pub subject_kind: Option<SubjectKind>,
    pub subject_id: Option<i64>,
    /// What it decides on its subject (`admit`…), in the subject's own vocabulary.
    pub outcome: String,
    pub reason: String,
    /// When the minutes holding it were approved: from then on it is in force.
    pub takes_effect_at: Option<DateTime<Utc>>,
    /// The decision of an earlier meeting it replaces.
    pub supersedes: Option<i64>,
}

impl Decision {
    /// Its subject, when it decides on one.
    pub fn subject(&self) -> Option<(SubjectKind, i64)> {
        self.subject_kind.zip(self.subject_id)
    }
}

const DECISIONS: &str = "\
    SELECT id, number, text, item_id, subject_kind, subject_id, outcome, reason, takes_effect_at, \
      supersedes \
    FROM decisions WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY number";

/// A decision in force of one of a body's meetings: what a later decision may replace, or what
/// replaced one.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct InForce {
    pub id: i64,
    pub meeting_id: i64,
    pub starts_at: DateTime<Utc>,
    pub number: i64,
    pub text: String,
}

const IN_FORCE: &str = "\
    SELECT d.id, d.meeting_id, m.starts_at, d.number, d.text \
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id";

/// The decisions in force of the body's meetings before `before`, not replaced since, latest
/// first: what a decision of a meeting at `before` may replace.
pub async fn in_force(
    db: &Db,
    tenant: &Tenant,
    (body_id, before): (i64, DateTime<Utc>),
) -> Result<Vec<InForce>, sqlx::Error> {
    let sql = format!(
        "{IN_FORCE} WHERE d.coordination_id = $1 AND m.body_id = $2 AND m.starts_at < $3 \
           AND d.takes_effect_at IS NOT NULL \
           AND NOT EXISTS (SELECT 1 FROM decisions later WHERE later.supersedes = d.id \
             AND later.takes_effect_at IS NOT NULL) \
         ORDER BY m.starts_at DESC, d.number"
    );
    fetch_all!(db, &sql, tenant.id(), body_id, before)
}

/// A decision in force that replaced one of a meeting's decisions (`replaces`).
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct ReplacedBy {
    pub replaces: i64,
    pub id: i64,
    pub meeting_id: i64,
    pub starts_at: DateTime<Utc>,
    pub number: i64,
    pub text: String,
}

/// How the meeting's decisions stand against others: the earlier decisions they replace, and the
/// later decisions in force that replaced them.
pub async fn replacements(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<(Vec<InForce>, Vec<ReplacedBy>), sqlx::Error> {
    let replaced_sql = format!(
        "{IN_FORCE} WHERE d.coordination_id = $1 AND d.id IN \
           (SELECT supersedes FROM decisions WHERE meeting_id = $2 AND supersedes IS NOT NULL)"
    );
    let replaced = fetch_all!(db, &replaced_sql, tenant.id(), meeting_id)?;
    let by = fetch_all!(
        db,
        "SELECT d.supersedes AS replaces, d.id, d.meeting_id, m.starts_at, d.number, d.text \
         FROM decisions d JOIN meetings m ON m.id = d.meeting_id \
         WHERE d.coordination_id = $1 AND d.takes_effect_at IS NOT NULL \
           AND d.supersedes IN (SELECT id FROM decisions WHERE meeting_id = $2)",
        tenant.id(),
        meeting_id
    )?;
    Ok((replaced, by))
}

pub async fn decisions(
    mut on: impl Conn,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Decision>, sqlx::Error> {
    fetch_all!(on, DECISIONS, meeting_id, tenant.id())
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

/// What a new decision says: under which item, and on which subject with what outcome.
#[derive(Clone, Debug, Default)]
pub struct NewDecision<'a> {
    pub item_id: Option<i64>,
    pub text: &'a str,
    pub subject: Option<(SubjectKind, i64)>,
    pub outcome: &'a str,
    pub reason: &'a str,
    /// The decision in force (of an earlier meeting) it replaces.
    pub supersedes: Option<i64>,
}

/// Records a decision with the next number of the meeting (unique per meeting, so two
/// coordinators recording at once cannot get the same one); returns its number.
pub async fn add_decision(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    new: &NewDecision<'_>,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO decisions (coordination_id, meeting_id, item_id, number, text, subject_kind, \
           subject_id, outcome, reason, supersedes) \
         SELECT $1, $2, $3, COALESCE(MAX(number), 0) + 1, $4, $5, $6, $7, $8, $9 FROM decisions \
         WHERE meeting_id = $2 RETURNING number",
        tenant.id(),
        meeting_id,
        new.item_id,
        new.text,
        new.subject.map(|(kind, _)| kind),
        new.subject.map(|(_, id)| id),
        new.outcome,
        new.reason,
        new.supersedes
    )
}

/// Rewrites a decision not yet in force; whether it was changed.
pub async fn set_decision_text(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, id): (i64, i64),
    text: &str,
) -> Result<bool, sqlx::Error> {
    Ok(execute!(
        &mut *tx,
        "UPDATE decisions SET text = $1 \
         WHERE id = $2 AND meeting_id = $3 AND coordination_id = $4 AND takes_effect_at IS NULL",
        text,
        id,
        meeting_id,
        tenant.id()
    )? > 0)
}

/// Removes a decision not yet in force (a decision on a subject is withdrawn with it) and numbers
/// the others again from 1, in their order.
pub async fn remove_decision(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, id): (i64, i64),
) -> Result<bool, sqlx::Error> {
    let removed = execute!(
        &mut *tx,
        "DELETE FROM decisions \
         WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3 AND takes_effect_at IS NULL",
        id,
        meeting_id,
        tenant.id()
    )?;
    if removed == 0 {
        return Ok(false);
    }
    let left: Vec<i64> = scalars!(
        &mut *tx,
        "SELECT id FROM decisions WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY number",
        meeting_id,
        tenant.id()
    )?;
    // Out of the way first: the numbers are unique per meeting at every step.
    execute!(
        &mut *tx,
        "UPDATE decisions SET number = -number WHERE meeting_id = $1 AND coordination_id = $2",
        meeting_id,
        tenant.id()
    )?;
    for (number, id) in (1_i64..).zip(left) {
        execute!(
            &mut *tx,
            "UPDATE decisions SET number = $1 WHERE id = $2",
            number,
            id
        )?;
    }
    Ok(true)
}

/// Puts the meeting's decisions in force at `at` (the minutes' approval); returns those that were
/// not yet, for their subjects to be carried out.
pub async fn take_effect(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    at: DateTime<Utc>,
) -> Result<Vec<Decision>, sqlx::Error> {
    let pending: Vec<Decision> = fetch_all!(&mut *tx, DECISIONS, meeting_id, tenant.id())?;
    execute!(
        &mut *tx,
        "UPDATE decisions SET takes_effect_at = $1 \
         WHERE meeting_id = $2 AND coordination_id = $3 AND takes_effect_at IS NULL",
        at,
        meeting_id,
        tenant.id()
    )?;
    Ok(pending
        .into_iter()
        .filter(|d| d.takes_effect_at.is_none())
        .collect())
}

/// A decision on a subject, with the meeting it was taken at: what the subject's own page shows.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SubjectDecision {
    pub meeting_id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub starts_at: DateTime<Utc>,
    pub number: i64,
    pub outcome: String,
    pub takes_effect_at: Option<DateTime<Utc>>,
}

/// The decisions taken (or waiting for their minutes' approval) on one subject, oldest first.
pub async fn on_subject(
    mut on: impl Conn,
    tenant: &Tenant,
    (kind, id): (SubjectKind, i64),
) -> Result<Vec<SubjectDecision>, sqlx::Error> {
    fetch_all!(
        on,
        "SELECT d.meeting_id, m.title_fr, m.title_nl, m.starts_at, d.number, d.outcome, \
           d.takes_effect_at \
         FROM decisions d JOIN meetings m ON m.id = d.meeting_id \
         WHERE d.coordination_id = $1 AND d.subject_kind = $2 AND d.subject_id = $3 \
         ORDER BY m.starts_at, d.number",
        tenant.id(),
        kind,
        id
    )
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub meeting_id: i64,
    /// The agenda item it was decided under (none for actions older than that link).
    pub item_id: Option<i64>,
    pub description: String,
    pub owner: String,
    /// Empty when the owner was written by hand (someone outside the coordination's people).
    pub owner_email: String,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
}

pub async fn actions(
    mut on: impl Conn,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<ActionRow>, sqlx::Error> {
    fetch_all!(
        on,
        "SELECT id, meeting_id, item_id, description, owner, owner_email, due_on, status \
         FROM actions WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY id",
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

/// What an action says, and who owns it: one of the coordination's people (told at their address,
/// in their language) or a name written by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct NewAction {
    pub item_id: Option<i64>,
    pub description: String,
    pub owner: Owner,
    pub due_on: Option<NaiveDate>,
}

/// Who owns an action.
#[derive(Clone, Debug, PartialEq)]
pub enum Owner {
    Person(OwnerChoice),
    Named(String),
}

impl Owner {
    pub fn name(&self) -> &str {
        match self {
            Owner::Person(person) => &person.name,
            Owner::Named(name) => name,
        }
    }

    /// Their address, when Socius writes to them.
    pub fn email(&self) -> &str {
        match self {
            Owner::Person(person) => &person.email,
            Owner::Named(_) => "",
        }
    }

    /// Their language, when Socius knows it.
    pub fn lang(&self) -> &str {
        match self {
            Owner::Person(person) => &person.lang,
            Owner::Named(_) => "",
        }
    }
}

pub async fn add_action(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, body_id): (i64, i64),
    action: &NewAction,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO actions (coordination_id, meeting_id, body_id, item_id, description, owner, \
         owner_email, owner_lang, due_on, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10) RETURNING id",
        tenant.id(),
        meeting_id,
        body_id,
        action.item_id,
        &action.description,
        action.owner.name(),
        action.owner.email(),
        action.owner.lang(),
        action.due_on,
        Utc::now()
    )
}

/// Rewrites an action of the meeting; a new due date is reminded of again.
pub async fn update_action(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, id): (i64, i64),
    action: &NewAction,
) -> Result<bool, sqlx::Error> {
    Ok(execute!(
        &mut *tx,
        "UPDATE actions SET description = $1, owner = $2, owner_email = $3, owner_lang = $4, \
           reminded_on = CASE WHEN due_on IS NOT DISTINCT FROM $5 THEN reminded_on END, due_on = $5 \
         WHERE id = $6 AND meeting_id = $7 AND coordination_id = $8",
        &action.description,
        action.owner.name(),
        action.owner.email(),
        action.owner.lang(),
        action.due_on,
        id,
        meeting_id,
        tenant.id()
    )? > 0)
}

pub async fn remove_action(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, id): (i64, i64),
) -> Result<bool, sqlx::Error> {
    Ok(execute!(
        &mut *tx,
        "DELETE FROM actions WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3",
        id,
        meeting_id,
        tenant.id()
    )? > 0)
}

/// Someone an action can be given to: a person with a role in the coordination, or someone on the
/// meeting's attendance sheet with an address.
#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct OwnerChoice {
    pub name: String,
    pub email: String,
    pub lang: String,
}

/// The people an action of the meeting can be given to, each address once.
pub async fn owner_choices(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<OwnerChoice>, sqlx::Error> {
    let found: Vec<OwnerChoice> = fetch_all!(
        db,
        "SELECT u.display_name AS name, u.email, u.lang FROM users u \
         WHERE u.active AND EXISTS (SELECT 1 FROM user_roles r \
           WHERE r.user_id = u.id AND r.coordination_id = $1) \
         UNION \
         SELECT i.name, i.email, i.lang FROM invitations i \
         WHERE i.coordination_id = $1 AND i.meeting_id = $2 AND i.name <> '' \
           AND i.email LIKE '%@%' AND i.email NOT LIKE $3",
        tenant.id(),
        meeting_id,
        format!("%{}", crate::platform::personal_data::ERASED_DOMAIN)
    )?;
    let mut choices: Vec<OwnerChoice> = Vec::new();
    for choice in found {
        if !choices
            .iter()
            .any(|c| c.email.eq_ignore_ascii_case(&choice.email))
        {
            choices.push(choice);
        }
    }
    Ok(choices)
}

/// An open action whose owner is reminded of it today.
#[derive(Debug, sqlx::FromRow)]
pub struct DueAction {
    pub id: i64,
    pub coordination_id: i64,
    pub meeting_id: i64,
    pub description: String,
    pub owner: String,
    pub owner_email: String,
    pub owner_lang: String,
    pub due_on: NaiveDate,
}

/// Open actions with an owner Socius writes to, due between `today` and `until`, not reminded of
/// since their due date was set.
pub async fn due_actions(
    db: &Db,
    today: NaiveDate,
    until: NaiveDate,
) -> Result<Vec<DueAction>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, coordination_id, meeting_id, description, owner, owner_email, owner_lang, due_on \
         FROM actions WHERE status = 'open' AND owner_email <> '' AND reminded_on IS NULL \
           AND due_on >= $1 AND due_on <= $2 ORDER BY due_on, id",
        today,
        until
    )
}

/// Claims the reminder of an action (once, even with several processes); whether this one did.
pub async fn mark_action_reminded(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    Ok(execute!(
        &mut *tx,
        "UPDATE actions SET reminded_on = $1 \
         WHERE id = $2 AND coordination_id = $3 AND reminded_on IS NULL",
        today,
        id,
        tenant.id()
    )? > 0)
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

/// A publication of the minutes: the first (version 1), then each correction.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Version {
    pub version: i64,
    pub change_note: String,
    pub published_at: DateTime<Utc>,
}

pub async fn versions(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Version>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT version, change_note, published_at FROM minutes_versions \
         WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY version",
        meeting_id,
        tenant.id()
    )
}

/// Records a publication of the minutes; returns its version number.
pub async fn add_version(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    change_note: &str,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO minutes_versions (coordination_id, meeting_id, version, change_note, \
           published_at) \
         SELECT $1, $2, COALESCE(MAX(version), 0) + 1, $3, $4 FROM minutes_versions \
         WHERE meeting_id = $2 RETURNING version",
        tenant.id(),
        meeting_id,
        change_note,
        Utc::now()
    )
}
