//! The meetings API: meetings with their agendas, attendance (coordinators), minutes, numbered
//! decisions and actions, with the pages' rule (`policy::meeting_read`): a reader sees the
//! meetings they may see, and notes, decisions and actions where they may read the minutes. Each
//! list is loaded in one query per kind of record, whatever the number of meetings.

use std::collections::HashMap;

use axum::extract::{Path, State};
use axum::Json;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::store::agenda::{self, ItemKind, ItemStatus};
use super::store::invitations::{self, Attendance, Rsvp};
use super::store::minutes::{self, ActionJson, ActionStatus};
use super::store::{self, MeetingStatus, MinutesStatus};
use crate::features::membership::store::bodies::bodies;
use crate::platform::auth::{ApiCaller, CurrentUser};
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, MeetingRead, Tenant};
use crate::platform::tenancy;
use crate::platform::web::{AppError, Query};
use crate::platform::AppState;

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MeetingJson {
    pub id: i64,
    pub body_id: i64,
    /// The recurring series the meeting belongs to, if any.
    pub series_id: Option<i64>,
    pub title_fr: String,
    pub title_nl: String,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub place_fr: String,
    pub place_nl: String,
    pub online_url: String,
    pub public: bool,
    pub status: MeetingStatus,
    pub minutes_status: MinutesStatus,
    pub agenda: Vec<AgendaItemJson>,
    /// Attendance (coordinators only; empty for others).
    pub attendance: Vec<AttendanceJson>,
    /// Numbered decisions (where the caller may read the minutes).
    pub decisions: Vec<DecisionJson>,
    /// Actions decided at the meeting (same rule as decisions).
    pub actions: Vec<ActionJson>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AgendaItemJson {
    pub id: i64,
    pub position: i64,
    pub title_fr: String,
    pub title_nl: String,
    pub description_fr: String,
    pub description_nl: String,
    pub kind: ItemKind,
    pub duration_minutes: i64,
    pub presenter: String,
    /// Members see accepted items only.
    pub status: ItemStatus,
    /// The minutes' notes on the item (same rule as decisions).
    pub notes_fr: String,
    pub notes_nl: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AttendanceJson {
    pub name: String,
    pub organization: Option<String>,
    pub rsvp: Rsvp,
    pub representative: String,
    pub attendance: Attendance,
    pub walk_in: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionJson {
    pub number: i64,
    pub text: String,
    pub item_id: Option<i64>,
}

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> i64) -> HashMap<i64, Vec<T>> {
    let mut grouped: HashMap<i64, Vec<T>> = HashMap::new();
    for row in rows {
        grouped.entry(key(&row)).or_default().push(row);
    }
    grouped
}

/// The meetings of a coordination (or the one meeting `only`) the caller may see, each with what
/// the caller may read of it.
async fn readable(
    db: &Db,
    tenant: &Tenant,
    caller: &CurrentUser,
    only: Option<i64>,
) -> Result<Vec<(store::Meeting, MeetingRead)>, AppError> {
    let bodies = bodies(db, tenant).await?;
    let links = store::links(db, tenant, caller.id).await?;
    Ok(store::all(db, tenant, only)
        .await?
        .into_iter()
        .filter_map(|m| {
            let body = bodies.iter().find(|b| b.id == m.body_id)?;
            let reader = links.reader(&m, body);
            policy::meeting_read(Some(caller), tenant.id(), &m.facts(body), &reader)
                .map(|read| (m, read))
        })
        .collect())
}

async fn load(
    db: &Db,
    tenant: &Tenant,
    caller: &CurrentUser,
    only: Option<i64>,
) -> Result<Vec<MeetingJson>, AppError> {
    let meetings = readable(db, tenant, caller, only).await?;
    let manager = policy::allows(Some(caller), Action::ManageMembership, Some(tenant.id()));
    let mut items = group(agenda::all_items(db, tenant, only).await?, |r| r.meeting_id);
    let mut decisions = group(minutes::all_decisions(db, tenant, only).await?, |r| {
        r.meeting_id
    });
    let mut actions = group(minutes::all_actions(db, tenant, only, None).await?, |r| {
        r.meeting_id
    });
    let mut attendance = if manager {
        group(invitations::all_attendees(db, tenant, only).await?, |r| {
            r.meeting_id
        })
    } else {
        HashMap::new()
    };
    Ok(meetings
        .into_iter()
        .map(|(m, read)| {
            let minutes = |text: String| if read.minutes { text } else { String::new() };
            let agenda = items
                .remove(&m.id)
                .unwrap_or_default()
                .into_iter()
                .map(|row| row.item)
                .filter(|i| read.manages || i.status == ItemStatus::Accepted)
                .map(|i| AgendaItemJson {
                    id: i.id,
                    position: i.position,
                    title_fr: i.title_fr,
                    title_nl: i.title_nl,
                    description_fr: i.description_fr,
                    description_nl: i.description_nl,
                    kind: i.kind,
                    duration_minutes: i.duration_minutes,
                    presenter: i.presenter,
                    status: i.status,
                    notes_fr: minutes(i.notes_fr),
                    notes_nl: minutes(i.notes_nl),
                })
                .collect();
            let decisions = decisions.remove(&m.id).unwrap_or_default();
            let actions = actions.remove(&m.id).unwrap_or_default();
            MeetingJson {
                id: m.id,
                body_id: m.body_id,
                series_id: m.series_id,
                title_fr: m.title_fr,
                title_nl: m.title_nl,
                starts_at: m.starts_at,
                duration_minutes: m.duration_minutes,
                place_fr: m.place_fr,
                place_nl: m.place_nl,
                online_url: m.online_url,
                public: m.public,
                status: m.status,
                minutes_status: m.minutes_status,
                agenda,
                attendance: attendance
                    .remove(&m.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|row| AttendanceJson {
                        name: row.attendee.name,
                        organization: row.attendee.organization,
                        rsvp: row.attendee.rsvp,
                        representative: row.attendee.representative,
                        attendance: row.attendee.attendance,
                        walk_in: row.attendee.walk_in,
                    })
                    .collect(),
                decisions: if read.minutes {
                    decisions
                        .into_iter()
                        .map(|d| DecisionJson {
                            number: d.number,
                            text: d.text,
                            item_id: d.item_id,
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                actions: if read.minutes { actions } else { Vec::new() },
            }
        })
        .collect())
}

/// Who asks, in which coordination.
async fn caller_scope(
    state: &AppState,
    caller: Option<&CurrentUser>,
    slug: &str,
) -> Result<(Tenant, CurrentUser), AppError> {
    let coordination = tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller, Action::ViewMemberArea, &coordination)?;
    let caller = caller.cloned().ok_or(AppError::Unauthenticated)?;
    Ok((tenant, caller))
}

/// The coordination's meetings with their agendas, decisions and actions (everyone with a role;
/// attendance for coordinators).
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/meetings", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug")), security(("bearer" = [])),
    responses((status = 200, body = [MeetingJson]), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_meetings(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
) -> Result<Json<Vec<MeetingJson>>, AppError> {
    let (tenant, caller) = caller_scope(&state, caller.as_ref(), &slug).await?;
    Ok(Json(load(&state.db, &tenant, &caller, None).await?))
}

/// One meeting, as in the list.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/meetings/{id}", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = i64, Path, description = "meeting id")), security(("bearer" = [])),
    responses((status = 200, body = MeetingJson), (status = 400, description = "an id that is not a number"), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such meeting")))]
pub async fn api_meeting(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Json<MeetingJson>, AppError> {
    let (tenant, caller) = caller_scope(&state, caller.as_ref(), &slug).await?;
    load(&state.db, &tenant, &caller, Some(id))
        .await?
        .pop()
        .map(Json)
        .ok_or(AppError::NotFound)
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct ActionsQuery {
    /// Only the actions in this state (default: all).
    status: Option<ActionStatus>,
}

/// The actions decided in the coordination's meetings whose minutes the caller may read: the
/// follow-up list.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/actions", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug"), ActionsQuery), security(("bearer" = [])),
    responses((status = 200, body = [ActionJson]), (status = 400, description = "an unknown status"), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_actions(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<ActionsQuery>,
) -> Result<Json<Vec<ActionJson>>, AppError> {
    let (tenant, caller) = caller_scope(&state, caller.as_ref(), &slug).await?;
    let status = query.status;
    let minutes_read: Vec<i64> = readable(&state.db, &tenant, &caller, None)
        .await?
        .into_iter()
        .filter(|(_, read)| read.minutes)
        .map(|(m, _)| m.id)
        .collect();
    let actions = minutes::all_actions(&state.db, &tenant, None, status)
        .await?
        .into_iter()
        .filter(|a| minutes_read.contains(&a.meeting_id))
        .collect();
    Ok(Json(actions))
}
