//! Collection rounds and the rights a coordination adds to the shared list. A round's title and
//! dates are no secret, but only its published rounds are read without the `Tenant` proof.

use chrono::{NaiveDate, Utc};

use crate::domain::Lang;
use crate::platform::db::{is_unique_violation, Db, Tx};
use crate::platform::policy::Tenant;
use crate::platform::tenancy::Coordination;
use crate::{execute, fetch_all, scalar, vocabulary};

vocabulary! {
    /// Members report in an open round; a closed one takes nothing more.
    pub enum RoundStatus: "rounds-status-" {
        Open = "open",
        Closed = "closed",
    }
}

vocabulary! {
    /// What a coordinator does to a round from the rounds page.
    pub enum RoundStep: "rounds-" {
        Remind = "remind",
        Close = "close",
        Reopen = "reopen",
        Publish = "publish",
        Unpublish = "unpublish",
    }
}

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct Round {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub deadline: NaiveDate,
    pub status: RoundStatus,
    pub published: bool,
    /// What the coordinator tells the public above the round's figures, in each language.
    pub public_text_fr: String,
    pub public_text_nl: String,
}

impl RoundStep {
    /// What the step does, said before it is taken, for those that cannot be simply undone or
    /// that email people.
    pub fn confirm_key(self) -> Option<&'static str> {
        match self {
            RoundStep::Remind => Some("rounds-remind-confirm"),
            RoundStep::Close => Some("rounds-close-confirm"),
            RoundStep::Publish => Some("rounds-publish-confirm"),
            RoundStep::Reopen | RoundStep::Unpublish => None,
        }
    }
}

impl Round {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    /// Whether the step applies to the round as it stands.
    pub fn allows(&self, step: &RoundStep) -> bool {
        match step {
            RoundStep::Remind | RoundStep::Close => self.status == RoundStatus::Open,
            RoundStep::Reopen => self.status == RoundStatus::Closed,
            // Figures are published once the round is closed: no partner adds to them after.
            RoundStep::Publish => !self.published && self.status == RoundStatus::Closed,
            RoundStep::Unpublish => self.published,
        }
    }
}

const ROUND_COLUMNS: &str = "id, title_fr, title_nl, period_start, period_end, deadline, status, \
     published, public_text_fr, public_text_nl";

/// The coordination's rounds, latest first.
pub async fn rounds(db: &Db, tenant: &Tenant) -> Result<Vec<Round>, sqlx::Error> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM collection_rounds WHERE coordination_id = $1 \
         ORDER BY period_start DESC, id DESC"
    );
    fetch_all!(db, &sql, tenant.id())
}

/// One round of the coordination.
pub async fn round(db: &Db, tenant: &Tenant, id: i64) -> Result<Option<Round>, sqlx::Error> {
    Ok(rounds(db, tenant).await?.into_iter().find(|r| r.id == id))
}

/// The rounds members report in now, latest first.
pub async fn open_rounds(db: &Db, tenant: &Tenant) -> Result<Vec<Round>, sqlx::Error> {
    Ok(rounds(db, tenant)
        .await?
        .into_iter()
        .filter(|r| r.status == RoundStatus::Open)
        .collect())
}

/// The rounds whose aggregates the coordination published, latest first: what the public sees.
pub async fn published(db: &Db, coordination: &Coordination) -> Result<Vec<Round>, sqlx::Error> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM collection_rounds WHERE coordination_id = $1 AND published \
         ORDER BY period_start DESC, id DESC"
    );
    fetch_all!(db, &sql, coordination.id)
}

/// What a new round is (checked by the caller).
pub struct NewRound<'a> {
    pub title_fr: &'a str,
    pub title_nl: &'a str,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub deadline: NaiveDate,
}

/// Opens a round; returns it.
pub async fn open(tx: &mut Tx, tenant: &Tenant, new: &NewRound<'_>) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO collection_rounds (coordination_id, title_fr, title_nl, period_start, \
         period_end, deadline, status, published, reminded_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, FALSE, NULL, $8) RETURNING id",
        tenant.id(),
        new.title_fr,
        new.title_nl,
        new.period_start,
        new.period_end,
        new.deadline,
        RoundStatus::Open,
        Utc::now()
    )
}

/// Takes a step on a round (reminding marks it reminded; the mail is the caller's); 0 when the
/// round is not the coordination's.
/// Saves what the public page says of the round; 0 when no such round.
pub async fn set_public_text(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    (fr, nl): (&str, &str),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE collection_rounds SET public_text_fr = $1, public_text_nl = $2 \
         WHERE id = $3 AND coordination_id = $4",
        fr,
        nl,
        id,
        tenant.id()
    )
}

pub async fn take_step(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    step: RoundStep,
) -> Result<u64, sqlx::Error> {
    // `Round::allows`, inside the statement: of two clicks at once, one takes the step.
    let (set, only_when) = match step {
        RoundStep::Close => ("status = 'closed'", "status = 'open'"),
        RoundStep::Reopen => ("status = 'open'", "status = 'closed'"),
        RoundStep::Publish => (
            "published = TRUE",
            "published = FALSE AND status = 'closed'",
        ),
        RoundStep::Unpublish => ("published = FALSE", "published = TRUE"),
        RoundStep::Remind => ("reminded_at = $3", "status = 'open'"),
    };
    let sql = format!(
        "UPDATE collection_rounds SET {set} WHERE id = $1 AND coordination_id = $2 AND {only_when}"
    );
    if step == RoundStep::Remind {
        execute!(tx, &sql, id, tenant.id(), Utc::now())
    } else {
        execute!(tx, &sql, id, tenant.id())
    }
}

/// Marks a round reminded now, whether or not it was before (the job claimed it).
pub async fn mark_reminded(tx: &mut Tx, tenant: &Tenant, id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE collection_rounds SET reminded_at = $1 WHERE id = $2 AND coordination_id = $3",
        Utc::now(),
        id,
        tenant.id()
    )
}

/// Open rounds whose deadline falls between two days and that were never reminded:
/// (round, coordination), for the housekeeping task.
pub async fn due_reminders(
    db: &Db,
    (from, to): (NaiveDate, NaiveDate),
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, coordination_id FROM collection_rounds WHERE status = 'open' \
         AND reminded_at IS NULL AND deadline >= $1 AND deadline <= $2",
        from,
        to
    )
}

/// Claims a due round's reminder, so two processes never both send it; 0 when another did.
pub async fn claim_reminder(db: &Db, tenant: &Tenant, id: i64) -> Result<u64, sqlx::Error> {
    execute!(
        db,
        "UPDATE collection_rounds SET reminded_at = $1 \
         WHERE id = $2 AND coordination_id = $3 AND reminded_at IS NULL",
        Utc::now(),
        id,
        tenant.id()
    )
}

/// Rights the coordination added to the shared list: (code, French, Dutch).
pub async fn own_rights(
    db: &Db,
    tenant: &Tenant,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT code, name_fr, name_nl FROM rights WHERE coordination_id = $1 ORDER BY name_fr",
        tenant.id()
    )
}

/// Adds a right to the coordination's list; false when its code is taken (the same name was
/// added before). The transaction is then unusable on PostgreSQL: the caller drops it.
pub async fn add_right(
    tx: &mut Tx,
    tenant: &Tenant,
    code: &str,
    (name_fr, name_nl): (&str, &str),
) -> Result<bool, sqlx::Error> {
    let added = execute!(
        tx,
        "INSERT INTO rights (code, coordination_id, name_fr, name_nl, name_en) \
         VALUES ($1, $2, $3, $4, $3)",
        code,
        tenant.id(),
        name_fr,
        name_nl
    );
    match added {
        Ok(_) => Ok(true),
        Err(e) if is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}
