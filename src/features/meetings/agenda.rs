//! A meeting's page and its agenda: items the coordinator adds, items members propose until the
//! deadline (accepted, rejected with a reason, or moved to a later meeting), and the open actions
//! of earlier meetings of the same body as a follow-up, by themselves.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use chrono::{NaiveDate, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::{meeting_path, visible, Meeting, MEETING_COLUMNS};
use crate::features::membership::bodies::Body;
use crate::features::membership::membership_of_user;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub const KINDS: [&str; 4] = ["information", "discussion", "decision", "presentation"];

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Item {
    pub id: i64,
    pub position: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub kind: String,
    pub duration_minutes: i64,
    pub presenter: String,
    pub status: String,
    pub reason: String,
    pub notes_fr: String,
    pub notes_nl: String,
    pub proposer: Option<String>,
}

pub async fn items(db: &Db, meeting_id: i64) -> Result<Vec<Item>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT i.id, i.position, i.title_fr, i.title_nl, i.description_fr, i.description_nl, i.kind, i.duration_minutes, i.presenter, \
         i.status, i.reason, i.notes_fr, i.notes_nl, m.name AS proposer FROM agenda_items i LEFT JOIN memberships m ON m.id = i.proposed_by \
         WHERE i.meeting_id = $1 ORDER BY i.position, i.id"
    )
    .bind(meeting_id)
    .fetch_all(p)
    .await
    })
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ActionRow {
    pub id: i64,
    pub meeting_id: i64,
    pub description: String,
    pub owner: String,
    pub due_on: Option<NaiveDate>,
    pub status: String,
}

/// Actions still open from earlier meetings of the body: the follow-up item of every agenda.
pub async fn open_actions(db: &Db, meeting: &Meeting) -> Result<Vec<ActionRow>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT a.id, a.meeting_id, a.description, a.owner, a.due_on, a.status FROM actions a JOIN meetings m ON m.id = a.meeting_id \
         WHERE a.body_id = $1 AND a.status = 'open' AND m.starts_at < $2 ORDER BY a.due_on, a.id"
    )
    .bind(meeting.body_id)
    .bind(meeting.starts_at)
    .fetch_all(p)
    .await
    })
}

#[derive(Template)]
#[template(path = "features/meetings/meeting.html")]
struct MeetingPage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    accepted: Vec<Item>,
    proposed: Vec<Item>,
    rejected: Vec<Item>,
    follow_up: Vec<ActionRow>,
    can_manage: bool,
    can_propose: bool,
    later: Vec<Meeting>,
    invited: i64,
    series: Vec<Meeting>,
    documents: Vec<super::documents::Document>,
}

impl MeetingPage {
    fn documents_of(&self, item: &Item) -> Vec<&super::documents::Document> {
        self.documents
            .iter()
            .filter(|d| d.item_id == item.id)
            .collect()
    }
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let (tenant, meeting, body) = visible(&state.db, &user, &coordination, id).await?;
    let all = items(&state.db, id).await?;
    let (mut accepted, mut proposed, mut rejected) = (Vec::new(), Vec::new(), Vec::new());
    for item in all {
        match item.status.as_str() {
            "accepted" => accepted.push(item),
            "proposed" => proposed.push(item),
            _ => rejected.push(item),
        }
    }
    let can_manage = policy::allows(Some(&user), Action::ManageMembership, Some(coordination.id));
    let is_member = membership_of_user(&state.db, &coordination, &user)
        .await?
        .is_some();
    let sql = format!(
        "SELECT {MEETING_COLUMNS} FROM meetings WHERE body_id = $1 AND starts_at > $2 AND status <> 'cancelled' ORDER BY starts_at"
    );
    let later: Vec<Meeting> = if can_manage {
        with_db!(&state.db, |p| sqlx::query_as(&sql)
            .bind(meeting.body_id)
            .bind(meeting.starts_at)
            .fetch_all(p)
            .await)?
    } else {
        Vec::new()
    };
    let invited: i64 = with_db!(&state.db, |p| sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitations WHERE meeting_id = $1 AND NOT walk_in"
    )
    .bind(id)
    .fetch_one(p)
    .await)?;
    let series = match meeting.series_id {
        Some(series_id) => super::series::meetings(&state.db, tenant.id(), series_id).await?,
        None => Vec::new(),
    };
    render(&MeetingPage {
        documents: super::documents::list(&state.db, id).await?,
        series,
        follow_up: super::agenda::open_actions(&state.db, &meeting).await?,
        can_propose: (is_member || can_manage) && meeting.accepts_proposals(),
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        accepted,
        proposed,
        rejected: if can_manage { rejected } else { Vec::new() },
        can_manage,
        later,
        invited,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct ItemForm {
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_nl: String,
    #[serde(default)]
    description_fr: String,
    #[serde(default)]
    description_nl: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    duration: String,
    #[serde(default)]
    presenter: String,
}

/// The coordinator adds an item (accepted at once); a member organisation proposes one before the
/// deadline (waiting for the coordinator).
pub async fn add_item(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<ItemForm>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = visible(&state.db, &user, &coordination, id).await?;
    let can_manage = policy::allows(Some(&user), Action::ManageMembership, Some(coordination.id));
    let membership = membership_of_user(&state.db, &coordination, &user).await?;
    let back = meeting_path(&page, &coordination, id);
    if !can_manage && (membership.is_none() || !meeting.accepts_proposals()) {
        return redirect_with_flash(&session, FlashKind::Error, "flash-proposals-closed", &back)
            .await;
    }
    let (title_fr, title_nl) = (form.title_fr.trim(), form.title_nl.trim());
    let duration: Option<i64> = form
        .duration
        .trim()
        .parse()
        .ok()
        .filter(|d| (1..=240).contains(d));
    if (title_fr.is_empty() && title_nl.is_empty())
        || !KINDS.contains(&form.kind.as_str())
        || duration.is_none()
    {
        return redirect_with_flash(&session, FlashKind::Error, "flash-item-invalid", &back).await;
    }
    let status = if can_manage { "accepted" } else { "proposed" };
    let mut tx = state.db.begin().await?;
    let item: i64 = with_tx!(&mut tx, |c| {
        sqlx::query_scalar(
        "INSERT INTO agenda_items (coordination_id, meeting_id, position, title_fr, title_nl, description_fr, description_nl, kind, duration_minutes, \
         presenter, status, reason, proposed_by, notes_fr, notes_nl, created_at) \
         SELECT $1, $2, COALESCE(MAX(position), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, '', $11, '', '', $12 FROM agenda_items WHERE meeting_id = $2 \
         RETURNING id"
    )
    .bind(tenant.id())
    .bind(id)
    .bind(if title_fr.is_empty() { title_nl } else { title_fr })
    .bind(if title_nl.is_empty() { title_fr } else { title_nl })
    .bind(form.description_fr.trim())
    .bind(form.description_nl.trim())
    .bind(&form.kind)
    .bind(duration)
    .bind(form.presenter.trim())
    .bind(status)
    .bind(if can_manage { None } else { membership.as_ref().map(|m| m.id) })
    .bind(Utc::now())
    .fetch_one(c)
    .await
    })?;
    commit_audited(
        tx,
        AuditEntry::new(if can_manage {
            "agenda.item.added"
        } else {
            "agenda.item.proposed"
        })
        .by(&user)
        .in_coordination(tenant.id())
        .on("agenda_item", item)
        .change(
            None,
            Some(serde_json::json!({ "meeting": id, "title_fr": title_fr, "title_nl": title_nl })),
        ),
        &session,
        if can_manage {
            "flash-saved"
        } else {
            "flash-item-proposed"
        },
        &back,
    )
    .await
}

#[derive(Debug, Deserialize)]
pub struct ItemDecision {
    decision: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    to_meeting: String,
}

/// Accepts a proposed item, rejects it with a reason, or moves it to a later meeting of the body.
pub async fn decide_item(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id, item)): Path<(String, String, i64, i64)>,
    Form(form): Form<ItemDecision>,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = super::managed(&state.db, &user, &coordination, id).await?;
    let back = meeting_path(&page, &coordination, id);
    let reason = form.reason.trim();
    let (status, target) = match form.decision.as_str() {
        "accept" => ("accepted", id),
        "reject" if reason.is_empty() => {
            return redirect_with_flash(&session, FlashKind::Error, "flash-reason-required", &back)
                .await
        }
        "reject" => ("rejected", id),
        "move" => {
            let to: i64 = form
                .to_meeting
                .parse()
                .map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
            let later = super::meeting(&state.db, tenant.id(), to).await?;
            if !later
                .is_some_and(|m| m.body_id == meeting.body_id && m.starts_at > meeting.starts_at)
            {
                return Err(AppError::BadRequest("error-choice-invalid"));
            }
            ("accepted", to)
        }
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let mut tx = state.db.begin().await?;
    let changed = with_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE agenda_items SET status = $3, reason = $4, meeting_id = $5 WHERE id = $1 AND meeting_id = $2"
    )
    .bind(item)
    .bind(id)
    .bind(status)
    .bind(reason)
    .bind(target)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    commit_audited(
        tx,
        AuditEntry::new("agenda.item.decided")
            .by(&user)
            .in_coordination(tenant.id())
            .on("agenda_item", item)
            .change(None, Some(serde_json::json!({ "decision": form.decision, "reason": reason, "meeting": target }))),
        &session,
        "flash-saved",
        &back,
    )
    .await
}
