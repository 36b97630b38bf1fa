//! Agenda items, the documents attached to them, and the follow-up of earlier actions.

use chrono::{DateTime, Utc};

use super::Meeting;
use crate::features::meetings::store::minutes::ActionRow;
use crate::platform::db::{Conn, Db, Tx};
use crate::platform::policy::Tenant;
use crate::{execute, fetch_all, fetch_optional, scalar, scalar_optional, scalars, vocabulary};

vocabulary! {
    /// What an agenda item is for.
    pub enum ItemKind: "item-kind-" {
        Information = "information",
        Discussion = "discussion",
        Decision = "decision",
        Presentation = "presentation",
    }
}

vocabulary! {
    /// A member's proposal waits for the coordinator; the coordinator's own items are accepted.
    pub enum ItemStatus: "item-status-" {
        Proposed = "proposed",
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Item {
    pub id: i64,
    pub position: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub kind: ItemKind,
    pub duration_minutes: i64,
    pub presenter: String,
    pub status: ItemStatus,
    pub reason: String,
    pub notes_fr: String,
    pub notes_nl: String,
    pub proposer: Option<String>,
    /// The member organisation that proposed it.
    pub proposed_by: Option<i64>,
    /// The item under which the open actions of earlier meetings are followed up.
    pub follow_up: bool,
}

const ITEMS: &str = "\
    SELECT i.id, i.position, i.title_fr, i.title_nl, i.description_fr, i.description_nl, i.kind, \
      i.duration_minutes, i.presenter, i.status, i.reason, i.notes_fr, i.notes_nl, \
      m.name AS proposer, i.proposed_by, i.follow_up \
    FROM agenda_items i LEFT JOIN memberships m ON m.id = i.proposed_by \
    WHERE i.meeting_id = $1 AND i.coordination_id = $2 ORDER BY i.position, i.id";

pub async fn items(
    mut on: impl Conn,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Item>, sqlx::Error> {
    fetch_all!(on, ITEMS, meeting_id, tenant.id())
}

/// One item of the meeting's agenda.
pub async fn item(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
    item_id: i64,
) -> Result<Option<Item>, sqlx::Error> {
    Ok(items(db, tenant, meeting_id)
        .await?
        .into_iter()
        .find(|item| item.id == item_id))
}

/// When each item of an agenda starts: the meeting's start, then the durations before it.
pub fn start_times(starts_at: DateTime<Utc>, agenda: &[Item]) -> Vec<DateTime<Utc>> {
    agenda
        .iter()
        .scan(starts_at, |next, item| {
            let starts = *next;
            *next += chrono::Duration::minutes(item.duration_minutes);
            Some(starts)
        })
        .collect()
}

/// An item of a meeting's agenda, for the API: every meeting's items in one query.
#[derive(Debug, sqlx::FromRow)]
pub struct MeetingItem {
    pub meeting_id: i64,
    #[sqlx(flatten)]
    pub item: Item,
}

const ALL_ITEMS: &str = "\
    SELECT i.meeting_id, i.id, i.position, i.title_fr, i.title_nl, i.description_fr, \
      i.description_nl, i.kind, i.duration_minutes, i.presenter, i.status, i.reason, i.notes_fr, \
      i.notes_nl, m.name AS proposer, i.proposed_by, i.follow_up \
    FROM agenda_items i LEFT JOIN memberships m ON m.id = i.proposed_by \
    WHERE i.coordination_id = $1 AND ($2 IS NULL OR i.meeting_id = $2) ORDER BY i.position, i.id";

/// The items of every meeting of the coordination (or of the one meeting `only`).
pub async fn all_items(
    db: &Db,
    tenant: &Tenant,
    only: Option<i64>,
) -> Result<Vec<MeetingItem>, sqlx::Error> {
    fetch_all!(db, ALL_ITEMS, tenant.id(), only)
}

/// Actions still open from earlier meetings of the body: the follow-up item of every agenda.
pub async fn open_actions(
    mut on: impl Conn,
    tenant: &Tenant,
    meeting: &Meeting,
) -> Result<Vec<ActionRow>, sqlx::Error> {
    fetch_all!(
        on,
        "SELECT a.id, a.meeting_id, a.item_id, a.description, a.owner, a.owner_email, a.due_on, \
           a.status \
         FROM actions a JOIN meetings m ON m.id = a.meeting_id \
         WHERE a.coordination_id = $1 AND a.body_id = $2 AND a.status = 'open' \
         AND m.starts_at < $3 ORDER BY a.due_on, a.id",
        tenant.id(),
        meeting.body_id,
        meeting.starts_at
    )
}

/// How many members' proposals wait for the coordinator on agendas of meetings still to come.
pub async fn proposals_waiting(db: &Db, tenant: &Tenant) -> Result<i64, sqlx::Error> {
    scalar!(
        db,
        "SELECT COUNT(*) FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id \
         WHERE i.coordination_id = $1 AND i.status = 'proposed' AND m.starts_at > $2 \
         AND m.status <> 'cancelled'",
        tenant.id(),
        Utc::now()
    )
}

/// What an item says, as typed (both languages filled in by the caller).
pub struct NewItem<'a> {
    pub title_fr: &'a str,
    pub title_nl: &'a str,
    pub description_fr: &'a str,
    pub description_nl: &'a str,
    pub kind: ItemKind,
    pub duration: i64,
    pub presenter: &'a str,
}

const INSERT_ITEM: &str = "\
    INSERT INTO agenda_items (coordination_id, meeting_id, position, title_fr, title_nl, \
      description_fr, description_nl, kind, duration_minutes, presenter, status, reason, \
      proposed_by, notes_fr, notes_nl, created_at) \
    SELECT $1, $2, COALESCE(MAX(position), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, '', $11, '', '', \
      $12 \
    FROM agenda_items WHERE meeting_id = $2 \
    RETURNING id";

/// Adds an item at the end of the agenda: accepted when a manager adds it, proposed when a member
/// organisation (`proposed_by`) does.
pub async fn add_item(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    item: &NewItem<'_>,
    proposed_by: Option<i64>,
) -> Result<i64, sqlx::Error> {
    let status = match proposed_by {
        Some(_) => ItemStatus::Proposed,
        None => ItemStatus::Accepted,
    };
    scalar!(
        tx,
        INSERT_ITEM,
        tenant.id(),
        meeting_id,
        item.title_fr,
        item.title_nl,
        item.description_fr,
        item.description_nl,
        item.kind,
        item.duration,
        item.presenter,
        status,
        proposed_by,
        Utc::now()
    )
}

/// Changes what an item says (a proposal keeps its proposer and status); 0 when the item is not on
/// the meeting's agenda.
pub async fn update_item(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item_id): (i64, i64),
    item: &NewItem<'_>,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE agenda_items SET title_fr = $1, title_nl = $2, description_fr = $3, \
         description_nl = $4, kind = $5, duration_minutes = $6, presenter = $7 \
         WHERE id = $8 AND meeting_id = $9 AND coordination_id = $10",
        item.title_fr,
        item.title_nl,
        item.description_fr,
        item.description_nl,
        item.kind,
        item.duration,
        item.presenter,
        item_id,
        meeting_id,
        tenant.id()
    )
}

/// Removes an item (its documents with it; decisions already taken keep their text); its titles,
/// for the audit log, when it was there.
pub async fn remove_item(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item_id): (i64, i64),
) -> Result<Option<(String, String)>, sqlx::Error> {
    fetch_optional!(
        tx,
        "DELETE FROM agenda_items WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3 \
         RETURNING title_fr, title_nl",
        item_id,
        meeting_id,
        tenant.id()
    )
}

/// The accepted items' ids in agenda order.
async fn agenda_order(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    scalars!(
        tx,
        "SELECT id FROM agenda_items WHERE meeting_id = $1 AND coordination_id = $2 \
         AND status = 'accepted' ORDER BY position, id",
        meeting_id,
        tenant.id()
    )
}

/// Moves an accepted item one place up (`earlier`) or down the agenda, and numbers the agenda
/// again from 1; false when it is not on the agenda or already first (last).
pub async fn move_item(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item_id): (i64, i64),
    earlier: bool,
) -> Result<bool, sqlx::Error> {
    let mut order = agenda_order(tx, tenant, meeting_id).await?;
    let Some(at) = order.iter().position(|id| *id == item_id) else {
        return Ok(false);
    };
    let other = match earlier {
        true => at.checked_sub(1),
        false => Some(at + 1).filter(|next| *next < order.len()),
    };
    let Some(other) = other else {
        return Ok(false);
    };
    order.swap(at, other);
    for (position, id) in order.iter().enumerate() {
        execute!(
            &mut *tx,
            "UPDATE agenda_items SET position = $1 WHERE id = $2 AND coordination_id = $3",
            i64::try_from(position).unwrap_or(i64::MAX) + 1,
            id,
            tenant.id()
        )?;
    }
    Ok(true)
}

/// Places the follow-up of open actions on the agenda as an item of its own, at the end; its id.
pub async fn add_follow_up(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    (title_fr, title_nl): (&str, &str),
) -> Result<i64, sqlx::Error> {
    let follow_up = NewItem {
        title_fr,
        title_nl,
        description_fr: "",
        description_nl: "",
        kind: ItemKind::Information,
        duration: 10,
        presenter: "",
    };
    let id = add_item(tx, tenant, meeting_id, &follow_up, None).await?;
    execute!(
        &mut *tx,
        "UPDATE agenda_items SET follow_up = TRUE WHERE id = $1 AND coordination_id = $2",
        id,
        tenant.id()
    )?;
    Ok(id)
}

/// Accepts or rejects an item, possibly moving it to the end of the meeting `to`'s agenda; 0 when
/// the item is not on the meeting's agenda.
pub async fn decide_item(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item): (i64, i64),
    status: ItemStatus,
    reason: &str,
    to: i64,
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE agenda_items SET status = $3, reason = $4, meeting_id = $5, position = \
         CASE WHEN meeting_id = $5 THEN position ELSE \
         (SELECT COALESCE(MAX(o.position), 0) + 1 FROM agenda_items o WHERE o.meeting_id = $5) END \
         WHERE id = $1 AND meeting_id = $2 AND coordination_id = $6",
        item,
        meeting_id,
        status,
        reason,
        to,
        tenant.id()
    )
}

/// The minutes' notes on an item; 0 when the item is not on the meeting's agenda.
pub async fn set_notes(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item): (i64, i64),
    (notes_fr, notes_nl): (&str, &str),
) -> Result<u64, sqlx::Error> {
    execute!(
        tx,
        "UPDATE agenda_items SET notes_fr = $1, notes_nl = $2 \
         WHERE id = $3 AND meeting_id = $4 AND coordination_id = $5",
        notes_fr,
        notes_nl,
        item,
        meeting_id,
        tenant.id()
    )
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Document {
    pub id: i64,
    pub item_id: i64,
    pub filename: String,
    pub size_bytes: i64,
    pub created_at: DateTime<Utc>,
}

impl Document {
    /// The size for a reader.
    pub fn size(&self) -> String {
        crate::platform::upload::readable_size(self.size_bytes)
    }
}

pub async fn documents(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
) -> Result<Vec<Document>, sqlx::Error> {
    fetch_all!(
        db,
        "SELECT id, item_id, filename, size_bytes, created_at FROM agenda_documents \
         WHERE meeting_id = $1 AND coordination_id = $2 ORDER BY item_id, id",
        meeting_id,
        tenant.id()
    )
}

/// Whether `item` is on the agenda of `meeting_id`.
pub async fn has_item(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
    item: i64,
) -> Result<bool, sqlx::Error> {
    let found: Option<i64> = scalar_optional!(
        db,
        "SELECT id FROM agenda_items WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3",
        item,
        meeting_id,
        tenant.id()
    )?;
    Ok(found.is_some())
}

/// The meeting an agenda item belongs to: (meeting, its French title).
pub async fn meeting_of_item(
    db: &Db,
    tenant: &Tenant,
    item: i64,
) -> Result<Option<(i64, String)>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT m.id, m.title_fr FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id \
         WHERE i.id = $1 AND i.coordination_id = $2",
        item,
        tenant.id()
    )
}

const INSERT_DOCUMENT: &str = "\
    INSERT INTO agenda_documents (coordination_id, meeting_id, item_id, filename, content_type, \
      size_bytes, data, uploaded_by, created_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id";

pub async fn add_document(
    tx: &mut Tx,
    tenant: &Tenant,
    (meeting_id, item): (i64, i64),
    file: &crate::platform::upload::Document,
    by_user: i64,
) -> Result<i64, sqlx::Error> {
    scalar!(
        tx,
        INSERT_DOCUMENT,
        tenant.id(),
        meeting_id,
        item,
        &file.filename,
        file.content_type,
        file.size(),
        &file.bytes,
        by_user,
        Utc::now()
    )
}

/// A document's file, with the status of its item (members read only accepted items').
#[derive(Debug, sqlx::FromRow)]
pub struct DocumentFile {
    pub filename: String,
    pub status: ItemStatus,
    pub data: Vec<u8>,
}

pub async fn document_file(
    db: &Db,
    tenant: &Tenant,
    meeting_id: i64,
    document: i64,
) -> Result<Option<DocumentFile>, sqlx::Error> {
    fetch_optional!(
        db,
        "SELECT d.filename, i.status, d.data \
         FROM agenda_documents d JOIN agenda_items i ON i.id = d.item_id \
         WHERE d.id = $1 AND d.meeting_id = $2 AND d.coordination_id = $3",
        document,
        meeting_id,
        tenant.id()
    )
}

/// Removes a document; its name and size, for the audit log, when it was there.
pub async fn remove_document(
    tx: &mut Tx,
    tenant: &Tenant,
    meeting_id: i64,
    document: i64,
) -> Result<Option<(String, i64)>, sqlx::Error> {
    fetch_optional!(
        tx,
        "DELETE FROM agenda_documents WHERE id = $1 AND meeting_id = $2 AND coordination_id = $3 \
         RETURNING filename, size_bytes",
        document,
        meeting_id,
        tenant.id()
    )
}
