//! What the public reads of a coordination's meetings: the meetings it made public once they are
//! called (never a draft), their accepted agenda items, and their decisions and notes once the
//! minutes are published. Every statement checks that the meeting is public itself, so no caller
//! can show a private one by mistake.

use chrono::{DateTime, Utc};

use super::agenda::ItemKind;
use super::{Meeting, COLUMNS};
use crate::fetch_all;
use crate::fetch_optional;
use crate::platform::db::Db;
use crate::platform::tenancy::Coordination;

/// The condition a meeting `m` meets to be read by the public.
const PUBLIC: &str = "m.public AND m.status <> 'draft'";

/// The public meetings starting in `[from, to)`, the soonest first.
pub async fn between(
    db: &Db,
    coordination: &Coordination,
    (from, to): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Vec<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.coordination_id = $1 AND {PUBLIC} \
         AND m.starts_at >= $2 AND m.starts_at < $3 ORDER BY m.starts_at"
    );
    fetch_all!(db, &sql, coordination.id, from, to)
}

/// One public meeting.
pub async fn meeting(
    db: &Db,
    coordination: &Coordination,
    id: i64,
) -> Result<Option<Meeting>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM meetings m WHERE m.id = $1 AND m.coordination_id = $2 AND {PUBLIC}"
    );
    fetch_optional!(db, &sql, id, coordination.id)
}

/// An accepted item of a public meeting's agenda; its notes once the minutes are published.
#[derive(Debug, sqlx::FromRow)]
pub struct PublicItem {
    pub title_fr: String,
    pub title_nl: String,
    pub kind: ItemKind,
    pub notes_fr: String,
    pub notes_nl: String,
}

pub async fn items(
    db: &Db,
    coordination: &Coordination,
    meeting_id: i64,
) -> Result<Vec<PublicItem>, sqlx::Error> {
    let sql = format!(
        "SELECT i.title_fr, i.title_nl, i.kind, \
           CASE WHEN m.minutes_status = 'published' THEN i.notes_fr ELSE '' END AS notes_fr, \
           CASE WHEN m.minutes_status = 'published' THEN i.notes_nl ELSE '' END AS notes_nl \
         FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id \
         WHERE i.meeting_id = $1 AND i.coordination_id = $2 AND i.status = 'accepted' AND {PUBLIC} \
         ORDER BY i.position, i.id"
    );
    fetch_all!(db, &sql, meeting_id, coordination.id)
}

/// A decision as the public reads it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PublicDecision {
    pub number: i64,
    pub text: String,
}

/// The decisions of a public meeting whose minutes are published.
pub async fn decisions(
    db: &Db,
    coordination: &Coordination,
    meeting_id: i64,
) -> Result<Vec<PublicDecision>, sqlx::Error> {
    let sql = format!(
        "SELECT d.number, d.text FROM decisions d JOIN meetings m ON m.id = d.meeting_id \
         WHERE d.meeting_id = $1 AND d.coordination_id = $2 AND {PUBLIC} \
         AND m.minutes_status = 'published' ORDER BY d.number"
    );
    fetch_all!(db, &sql, meeting_id, coordination.id)
}
