//! A meeting's page and its agenda: items the coordinator adds, items members propose until the
//! deadline (accepted, rejected with a reason, or moved to a later meeting), and the open actions
//! of earlier meetings of the same body as a follow-up, by themselves.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use serde::Deserialize;
use tower_sessions::Session;

use super::store::agenda::{self as store, Document, Item, ItemKind, ItemStatus, NewItem};
use super::store::minutes::ActionRow;
use super::store::{self as meetings, Meeting, MeetingStatus};
use super::{meeting_path, visible};
use crate::features::membership::membership_of_user;
use crate::features::membership::store::bodies::Body;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, PageCtx,
};
use crate::platform::AppState;

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
    documents: Vec<Document>,
    minutes: bool,
}

impl MeetingPage {
    fn documents_of(&self, item: &Item) -> Vec<&Document> {
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
    let (tenant, meeting, body, read) = visible(&state.db, &user, &coordination, id).await?;
    let (mut accepted, mut proposed, mut rejected) = (Vec::new(), Vec::new(), Vec::new());
    for item in store::items(&state.db, &tenant, id).await? {
        match item.status {
            ItemStatus::Accepted => accepted.push(item),
            ItemStatus::Proposed => proposed.push(item),
            ItemStatus::Rejected => rejected.push(item),
        }
    }
    let is_member = membership_of_user(&state.db, &coordination, &user)
        .await?
        .is_some();
    let later = if read.manages {
        meetings::later_of_body(&state.db, &tenant, &meeting).await?
    } else {
        Vec::new()
    };
    let series = match meeting.series_id {
        Some(series_id) => meetings::of_series(&state.db, &tenant, series_id).await?,
        None => Vec::new(),
    };
    render(&MeetingPage {
        documents: store::documents(&state.db, &tenant, id).await?,
        invited: super::store::invitations::invited_count(&state.db, &tenant, id).await?,
        series,
        follow_up: store::open_actions(&state.db, &tenant, &meeting).await?,
        can_propose: (is_member || read.manages) && meeting.accepts_proposals(),
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        accepted,
        proposed,
        rejected: if read.manages { rejected } else { Vec::new() },
        can_manage: read.manages,
        minutes: read.minutes,
        later,
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
    let (tenant, meeting, _, read) = visible(&state.db, &user, &coordination, id).await?;
    let can_manage = read.manages;
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
    let titled = !(title_fr.is_empty() && title_nl.is_empty());
    let (Ok(kind), Some(duration), true) = (ItemKind::parse(&form.kind), duration, titled) else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-item-invalid", &back).await;
    };
    let new = NewItem {
        title_fr: if title_fr.is_empty() {
            title_nl
        } else {
            title_fr
        },
        title_nl: if title_nl.is_empty() {
            title_fr
        } else {
            title_nl
        },
        description_fr: form.description_fr.trim(),
        description_nl: form.description_nl.trim(),
        kind,
        duration,
        presenter: form.presenter.trim(),
    };
    let proposed_by = if can_manage {
        None
    } else {
        membership.as_ref().map(|m| m.id)
    };
    let mut tx = state.db.begin().await?;
    let item = store::add_item(&mut tx, &tenant, id, &new, proposed_by).await?;
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
        "accept" => (ItemStatus::Accepted, id),
        "reject" if reason.is_empty() => {
            return redirect_with_flash(&session, FlashKind::Error, "flash-reason-required", &back)
                .await
        }
        "reject" => (ItemStatus::Rejected, id),
        "move" => {
            let to: i64 = form
                .to_meeting
                .parse()
                .map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
            let later = meetings::meeting(&state.db, &tenant, to).await?;
            if !later
                .is_some_and(|m| m.body_id == meeting.body_id && m.starts_at > meeting.starts_at)
            {
                return Err(AppError::BadRequest("error-choice-invalid"));
            }
            (ItemStatus::Accepted, to)
        }
        _ => return Err(AppError::BadRequest("error-choice-invalid")),
    };
    let mut tx = state.db.begin().await?;
    let changed = store::decide_item(&mut tx, &tenant, (id, item), status, reason, target).await?;
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
