//! Needs: signals grouped by a coordinator and followed to an answer, with their history.

use chrono::{DateTime, Utc};

use crate::domain::Lang;
use crate::platform::db::{Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, fetch_optional, scalar, vocabulary};

vocabulary! {
    /// Where a need stands, from observation to an answer.
    pub enum NeedStatus: "need-status-" {
        Observed = "observed",
        Discussed = "discussed",
        InAction = "in_action",
        Answered = "answered",
    }
}

vocabulary! {
    /// What an entry of a need's history records.
    pub enum NeedEventKind: "need-event-" {
        Created = "created",
        SignalsAdded = "signals-added",
        SignalRemoved = "signal-removed",
        Status = "status",
        Group = "group",
        Response = "response",
        Agenda = "agenda",
    }
}

#[derive(Clone, Debug, serde::Serialize, sqlx::FromRow)]
pub struct NeedSummary {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub status: NeedStatus,
    pub signals: i64,
    pub people: i64,
}

impl NeedSummary {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }
}

/// The coordination's needs with their signals and people, last changed first.
pub async fn summaries(db: &Db, tenant: &Tenant) -> Result<Vec<NeedSummary>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT n.id, n.title_fr, n.title_nl, n.status, COUNT(s.id) AS signals, \
         CAST(COALESCE(SUM(s.people_count), 0) AS BIGINT) AS people \
         FROM needs n LEFT JOIN signals s ON s.need_id = n.id WHERE n.coordination_id = $1 \
         GROUP BY n.id, n.title_fr, n.title_nl, n.status, n.updated_at ORDER BY n.updated_at DESC",
        tenant.id()
    )
}

/// A line of the needs register: a need, its signals and the people they concern (counts), and
/// where it went — the working group that holds it, the meeting whose agenda took it, the advice
/// or project that answers it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegisterLine {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub status: NeedStatus,
    pub signals: i64,
    pub people: i64,
    pub body_name_fr: Option<String>,
    pub body_name_nl: Option<String>,
    pub meeting_id: Option<i64>,
    pub meeting_title_fr: Option<String>,
    pub meeting_title_nl: Option<String>,
    pub meeting_starts_at: Option<DateTime<Utc>>,
    pub response: String,
}

impl RegisterLine {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    /// The working group that holds it, in `lang`.
    pub fn group(&self, lang: impl crate::platform::web::Val<Lang>) -> Option<&str> {
        match (&self.body_name_fr, &self.body_name_nl) {
            (Some(fr), Some(nl)) => Some(lang.val().pick(fr, nl)),
            _ => None,
        }
    }

    /// The meeting whose agenda took it, in `lang`.
    pub fn meeting(&self, lang: impl crate::platform::web::Val<Lang>) -> Option<&str> {
        match (&self.meeting_title_fr, &self.meeting_title_nl) {
            (Some(fr), Some(nl)) => Some(lang.val().pick(fr, nl)),
            _ => None,
        }
    }
}

/// The coordination's needs as its public observatory page shows them, once it has published a
/// round: their titles and where each stands (never their signals nor who reported them).
pub async fn published(
    db: &Db,
    coordination: &crate::platform::tenancy::Coordination,
) -> Result<Vec<NeedSummary>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT n.id, n.title_fr, n.title_nl, n.status, CAST(0 AS BIGINT) AS signals, \
                CAST(0 AS BIGINT) AS people FROM needs n \
         WHERE n.coordination_id = $1 AND EXISTS (SELECT 1 FROM collection_rounds r \
               WHERE r.coordination_id = $1 AND r.published) \
         ORDER BY CASE n.status WHEN 'answered' THEN 0 WHEN 'in_action' THEN 1 \
                  WHEN 'discussed' THEN 2 ELSE 3 END, n.title_fr, n.id",
        coordination.id
    )
}

/// Every need of the coordination, for the register, by status (observed first) then title.
pub async fn register(db: &Db, tenant: &Tenant) -> Result<Vec<RegisterLine>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT n.id, n.title_fr, n.title_nl, n.status, \
                (SELECT COUNT(*) FROM signals s WHERE s.need_id = n.id) AS signals, \
                (SELECT CAST(COALESCE(SUM(s.people_count), 0) AS BIGINT) FROM signals s \
                  WHERE s.need_id = n.id) AS people, \
                b.name_fr AS body_name_fr, b.name_nl AS body_name_nl, \
                m.id AS meeting_id, m.title_fr AS meeting_title_fr, \
                m.title_nl AS meeting_title_nl, m.starts_at AS meeting_starts_at, n.response \
         FROM needs n \
         LEFT JOIN bodies b ON b.id = n.body_id \
         LEFT JOIN agenda_items a ON a.id = n.agenda_item_id \
         LEFT JOIN meetings m ON m.id = a.meeting_id \
         WHERE n.coordination_id = $1 \
         ORDER BY CASE n.status WHEN 'observed' THEN 0 WHEN 'discussed' THEN 1 \
                  WHEN 'in_action' THEN 2 ELSE 3 END, n.title_fr, n.id",
        tenant.id()
    )
}

/// The themes of each need's signals: (need, theme code), each pair once.
pub async fn themes(db: &Db, tenant: &Tenant) -> Result<Vec<(i64, String)>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT DISTINCT need_id, theme_code FROM signals \
         WHERE coordination_id = $1 AND need_id IS NOT NULL AND theme_code IS NOT NULL",
        tenant.id()
    )
}

/// Takes a signal out of its need (it goes back among the signals not grouped); the need it left,
/// or `None` when it was in none.
pub async fn take_out(
    tx: &mut Tx,
    tenant: &Tenant,
    signal_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    let need: Option<Option<i64>> = crate::scalar_optional!(
        &mut *tx,
        "SELECT need_id FROM signals WHERE id = $1 AND coordination_id = $2",
        signal_id,
        tenant.id()
    )?;
    let Some(Some(need)) = need else {
        return Ok(None);
    };
    execute!(
        &mut *tx,
        "UPDATE signals SET need_id = NULL WHERE id = $1 AND coordination_id = $2 AND need_id = $3",
        signal_id,
        tenant.id(),
        need
    )?;
    Ok(Some(need))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Need {
    pub id: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub description: String,
    pub status: NeedStatus,
    pub body_id: Option<i64>,
    pub agenda_item_id: Option<i64>,
    pub response: String,
}

impl Need {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    /// What its follow-up form was shown from, as a short fingerprint the form sends back: a
    /// change saved from a page read before someone else's change is caught, not written over it.
    pub fn version(&self) -> String {
        use sha2::{Digest, Sha256};
        let seen = serde_json::json!([self.status, self.body_id, self.response]).to_string();
        hex::encode(&Sha256::digest(seen.as_bytes())[..8])
    }
}

pub async fn need(db: &Db, tenant: &Tenant, id: i64) -> Result<Option<Need>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT id, title_fr, title_nl, description, status, body_id, agenda_item_id, response \
         FROM needs WHERE id = $1 AND coordination_id = $2",
        id,
        tenant.id()
    )
}

/// A new need (its titles and description checked by the caller); returns it.
pub async fn create(
    tx: &mut Tx,
    tenant: &Tenant,
    (title_fr, title_nl): (&str, &str),
    description: &str,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        "INSERT INTO needs (coordination_id, title_fr, title_nl, description, status, body_id, \
         agenda_item_id, response, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, NULL, NULL, '', $6, $6) RETURNING id",
        tenant.id(),
        title_fr,
        title_nl,
        description,
        NeedStatus::Observed,
        Utc::now()
    )
}

/// Where a need is taken: its status, the group in charge, the answer.
pub struct NeedChange<'a> {
    pub status: NeedStatus,
    pub body_id: Option<i64>,
    pub response: &'a str,
}

/// Changes a need as it was read (`from`); 0 when someone changed it since, so the history written
/// beside the change describes what really changed.
pub async fn update(
    tx: &mut Tx,
    tenant: &Tenant,
    from: &Need,
    change: &NeedChange<'_>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE needs SET status = $1, body_id = $2, response = $3 \
         WHERE id = $4 AND coordination_id = $5 \
           AND status = $6 AND body_id IS NOT DISTINCT FROM $7 AND response = $8",
        change.status,
        change.body_id,
        change.response,
        from.id,
        tenant.id(),
        from.status,
        from.body_id,
        &from.response
    )
}

/// The agenda item that discusses the need.
pub async fn set_agenda_item(
    tx: &mut Tx,
    tenant: &Tenant,
    id: i64,
    item: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE needs SET agenda_item_id = $1 WHERE id = $2 AND coordination_id = $3",
        item,
        id,
        tenant.id()
    )
}

/// Adds an entry to the need's history and marks it changed.
pub async fn record_event(
    tx: &mut Tx,
    tenant: &Tenant,
    need_id: i64,
    (actor, event): (i64, NeedEventKind),
    detail: &str,
) -> Result<(), sqlx::Error> {
    let now = Utc::now();
    execute!(
        &mut *tx,
        "INSERT INTO need_events (coordination_id, need_id, event, detail, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        tenant.id(),
        need_id,
        event,
        detail,
        actor,
        now
    )?;
    execute!(
        tx,
        "UPDATE needs SET updated_at = $1 WHERE id = $2 AND coordination_id = $3",
        now,
        need_id,
        tenant.id()
    )?;
    Ok(())
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NeedEvent {
    pub event: NeedEventKind,
    pub detail: String,
    pub actor: Option<String>,
    pub at: DateTime<Utc>,
}

/// A need's history, oldest first.
pub async fn history(db: &Db, tenant: &Tenant, id: i64) -> Result<Vec<NeedEvent>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT e.event, e.detail, u.display_name AS actor, e.at FROM need_events e \
         LEFT JOIN users u ON u.id = e.actor_user_id \
         WHERE e.need_id = $1 AND e.coordination_id = $2 ORDER BY e.at, e.id",
        id,
        tenant.id()
    )
}
