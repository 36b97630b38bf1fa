//! The meetings API: meetings with their agendas, attendance (coordinators), minutes, numbered
//! decisions and actions, with the pages' permissions: members read notes, decisions and actions
//! once the minutes are sent to them; coordinators always. Each list is loaded in one query per
//! kind of record, whatever the number of meetings.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{Meeting, MEETING_COLUMNS};
use crate::platform::auth::ApiCaller;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::tenancy;
use crate::platform::web::AppError;
use crate::platform::AppState;
use crate::with_db;

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
    pub place: String,
    pub online_url: String,
    pub public: bool,
    /// `draft`, `published` or `cancelled`.
    pub status: String,
    /// `none`, `draft`, `sent`, `approved` or `published`.
    pub minutes_status: String,
    pub agenda: Vec<AgendaItemJson>,
    /// Attendance (coordinators only; empty for others).
    pub attendance: Vec<AttendanceJson>,
    /// Numbered decisions (once the minutes are sent; always for coordinators).
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
    /// `information`, `discussion`, `decision` or `presentation`.
    pub kind: String,
    pub duration_minutes: i64,
    pub presenter: String,
    /// `proposed`, `accepted` or `rejected` (members see accepted items only).
    pub status: String,
    /// The minutes' notes on the item (same rule as decisions).
    pub notes_fr: String,
    pub notes_nl: String,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AttendanceJson {
    pub name: String,
    pub organization: Option<String>,
    pub rsvp: String,
    pub representative: String,
    pub attendance: String,
    pub walk_in: bool,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DecisionJson {
    pub number: i64,
    pub text: String,
    pub item_id: Option<i64>,
}

#[derive(Debug, Serialize, utoipa::ToSchema, sqlx::FromRow)]
pub struct ActionJson {
    pub id: i64,
    pub meeting_id: i64,
    pub body_id: i64,
    pub item_id: Option<i64>,
    pub description: String,
    pub owner: String,
    pub due_on: Option<NaiveDate>,
    /// `open`, `done` or `dropped`.
    pub status: String,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    meeting_id: i64,
    id: i64,
    position: i64,
    title_fr: String,
    title_nl: String,
    description_fr: String,
    description_nl: String,
    kind: String,
    duration_minutes: i64,
    presenter: String,
    status: String,
    notes_fr: String,
    notes_nl: String,
}

#[derive(sqlx::FromRow)]
struct AttendanceRow {
    meeting_id: i64,
    name: String,
    organization: Option<String>,
    rsvp: String,
    representative: String,
    attendance: String,
    walk_in: bool,
}

#[derive(sqlx::FromRow)]
struct DecisionRow {
    meeting_id: i64,
    number: i64,
    text: String,
    item_id: Option<i64>,
}

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> i64) -> HashMap<i64, Vec<T>> {
    let mut grouped: HashMap<i64, Vec<T>> = HashMap::new();
    for row in rows {
        grouped.entry(key(&row)).or_default().push(row);
    }
    grouped
}

/// The meetings of a coordination (or the one meeting `only`) as the caller may read them.
async fn load(
    db: &Db,
    tenant: &Tenant,
    manager: bool,
    only: Option<i64>,
) -> Result<Vec<MeetingJson>, sqlx::Error> {
    let sql = format!(
        "SELECT {MEETING_COLUMNS} FROM meetings WHERE coordination_id = $1 AND ($2 IS NULL OR id = $2) ORDER BY starts_at"
    );
    let meetings: Vec<Meeting> = with_db!(db, |p| sqlx::query_as(&sql)
        .bind(tenant.id())
        .bind(only)
        .fetch_all(p)
        .await)?;
    let items: Vec<ItemRow> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT meeting_id, id, position, title_fr, title_nl, description_fr, description_nl, kind, duration_minutes, presenter, status, \
         notes_fr, notes_nl FROM agenda_items WHERE coordination_id = $1 AND ($2 IS NULL OR meeting_id = $2) ORDER BY position, id"
    )
    .bind(tenant.id())
    .bind(only)
    .fetch_all(p)
    .await
    })?;
    let decisions: Vec<DecisionRow> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT meeting_id, number, text, item_id FROM decisions WHERE coordination_id = $1 AND ($2 IS NULL OR meeting_id = $2) ORDER BY number"
    )
    .bind(tenant.id())
    .bind(only)
    .fetch_all(p)
    .await
    })?;
    let actions: Vec<ActionJson> = with_db!(db, |p| {
        sqlx::query_as(
        "SELECT id, meeting_id, body_id, item_id, description, owner, due_on, status FROM actions \
         WHERE coordination_id = $1 AND ($2 IS NULL OR meeting_id = $2) ORDER BY id"
    )
    .bind(tenant.id())
    .bind(only)
    .fetch_all(p)
    .await
    })?;
    let attendance: Vec<AttendanceRow> = if manager {
        with_db!(db, |p| {
            sqlx::query_as(
            "SELECT i.meeting_id, i.name, m.name AS organization, i.rsvp, i.representative, i.attendance, i.walk_in \
             FROM invitations i LEFT JOIN memberships m ON m.id = i.membership_id \
             WHERE i.coordination_id = $1 AND ($2 IS NULL OR i.meeting_id = $2) ORDER BY m.name, i.name"
        )
        .bind(tenant.id())
        .bind(only)
        .fetch_all(p)
        .await
        })?
    } else {
        Vec::new()
    };
    let mut items = group(items, |r| r.meeting_id);
    let mut decisions = group(decisions, |r| r.meeting_id);
    let mut actions = group(actions, |r| r.meeting_id);
    let mut attendance = group(attendance, |r| r.meeting_id);
    Ok(meetings
        .into_iter()
        .map(|m| {
            let minutes_readable =
                manager || ["sent", "approved", "published"].contains(&m.minutes_status.as_str());
            let agenda = items
                .remove(&m.id)
                .unwrap_or_default()
                .into_iter()
                .filter(|i| manager || i.status == "accepted")
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
                    notes_fr: if minutes_readable {
                        i.notes_fr
                    } else {
                        String::new()
                    },
                    notes_nl: if minutes_readable {
                        i.notes_nl
                    } else {
                        String::new()
                    },
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
                place: m.place,
                online_url: m.online_url,
                public: m.public,
                status: m.status,
                minutes_status: m.minutes_status,
                agenda,
                attendance: attendance
                    .remove(&m.id)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|a| AttendanceJson {
                        name: a.name,
                        organization: a.organization,
                        rsvp: a.rsvp,
                        representative: a.representative,
                        attendance: a.attendance,
                        walk_in: a.walk_in,
                    })
                    .collect(),
                decisions: if minutes_readable {
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
                actions: if minutes_readable {
                    actions
                } else {
                    Vec::new()
                },
            }
        })
        .collect())
}

/// Who asks, in which coordination, and whether they manage its meetings.
async fn caller_scope(
    state: &AppState,
    caller: Option<&crate::platform::auth::CurrentUser>,
    slug: &str,
) -> Result<(Tenant, bool), AppError> {
    let coordination = tenancy::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant = policy::authorize(caller, Action::ViewMemberArea, &coordination)?;
    let manager = policy::allows(caller, Action::ManageMembership, Some(coordination.id));
    Ok((tenant, manager))
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
    let (tenant, manager) = caller_scope(&state, caller.as_ref(), &slug).await?;
    Ok(Json(load(&state.db, &tenant, manager, None).await?))
}

/// One meeting, as in the list.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/meetings/{id}", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug"), ("id" = i64, Path, description = "meeting id")), security(("bearer" = [])),
    responses((status = 200, body = MeetingJson), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such meeting")))]
pub async fn api_meeting(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path((slug, id)): Path<(String, i64)>,
) -> Result<Json<MeetingJson>, AppError> {
    let (tenant, manager) = caller_scope(&state, caller.as_ref(), &slug).await?;
    load(&state.db, &tenant, manager, Some(id))
        .await?
        .pop()
        .map(Json)
        .ok_or(AppError::NotFound)
}

#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct ActionsQuery {
    /// `open`, `done` or `dropped` (default: all).
    status: Option<String>,
}

/// The actions decided in the coordination's meetings whose minutes the caller may read: the
/// follow-up list.
#[utoipa::path(get, path = "/api/v1/coordinations/{coord}/actions", tag = "meetings",
    params(("coord" = String, Path, description = "coordination slug"), ActionsQuery), security(("bearer" = [])),
    responses((status = 200, body = [ActionJson]), (status = 401, description = "no valid token"), (status = 403, description = "no role here"), (status = 404, description = "no such coordination")))]
pub async fn api_actions(
    State(state): State<AppState>,
    ApiCaller(caller): ApiCaller,
    Path(slug): Path<String>,
    Query(query): Query<ActionsQuery>,
) -> Result<Json<Vec<ActionJson>>, AppError> {
    let (tenant, manager) = caller_scope(&state, caller.as_ref(), &slug).await?;
    let status = query.status.unwrap_or_default();
    if !["", "open", "done", "dropped"].contains(&status.as_str()) {
        return Err(AppError::BadRequest("error-choice-invalid"));
    }
    let actions: Vec<ActionJson> = with_db!(&state.db, |p| {
        sqlx::query_as(
        "SELECT a.id, a.meeting_id, a.body_id, a.item_id, a.description, a.owner, a.due_on, a.status FROM actions a \
         JOIN meetings m ON m.id = a.meeting_id WHERE a.coordination_id = $1 AND ($2 = '' OR a.status = $2) \
         AND ($3 OR m.minutes_status IN ('sent', 'approved', 'published')) ORDER BY a.due_on, a.id"
    )
    .bind(tenant.id())
    .bind(&status)
    .bind(manager)
    .fetch_all(p)
    .await
    })?;
    Ok(Json(actions))
}
