//! Attendance: a printable signature sheet and, during the meeting, each invited person marked
//! present, excused, absent or represented, plus people who walk in. Every mark is an update of the
//! person's one row, so two people marking at once never make two records.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use axum::Form;
use tower_sessions::Session;

use super::{managed, meeting_path, Meeting};
use crate::features::membership::bodies::Body;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::tenancy::CoordPath;
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, AppError, FlashKind, FormValues, PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};

pub const MARKS: [&str; 5] = ["unknown", "present", "excused", "absent", "represented"];

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Attendee {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub organization: Option<String>,
    pub rsvp: String,
    pub representative: String,
    pub attendance: String,
    pub walk_in: bool,
}

pub async fn attendees(db: &Db, meeting_id: i64) -> Result<Vec<Attendee>, sqlx::Error> {
    with_db!(db, |p| {
        sqlx::query_as(
        "SELECT i.id, i.name, i.email, m.name AS organization, i.rsvp, i.representative, i.attendance, i.walk_in \
         FROM invitations i LEFT JOIN memberships m ON m.id = i.membership_id WHERE i.meeting_id = $1 ORDER BY m.name, i.name"
    )
    .bind(meeting_id)
    .fetch_all(p)
    .await
    })
}

#[derive(Template)]
#[template(path = "features/meetings/attendance.html")]
struct AttendancePage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    attendees: Vec<Attendee>,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let (_, meeting, body) = managed(&state.db, &user, &coordination, id).await?;
    let attendees = attendees(&state.db, id).await?;
    render(&AttendancePage {
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        attendees,
    })
}

/// Saves the marks (`attendance_{id}` fields) of the people listed.
pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let form = FormValues(pairs);
    let mut marked = Vec::new();
    let mut tx = state.db.begin().await?;
    for attendee in attendees(&state.db, id).await? {
        let mark = form.get(&format!("attendance_{}", attendee.id));
        if mark.is_empty() || mark == attendee.attendance || !MARKS.contains(&mark) {
            continue;
        }
        with_tx!(&mut tx, |c| sqlx::query(
            "UPDATE invitations SET attendance = $1 WHERE id = $2 AND meeting_id = $3"
        )
        .bind(mark)
        .bind(attendee.id)
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
        marked.push(serde_json::json!({ "invitation": attendee.id, "attendance": mark }));
    }
    commit_audited(
        tx,
        AuditEntry::new("meeting.attendance")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "marked": marked }))),
        &session,
        "flash-saved",
        &format!("{}/attendance", meeting_path(&page, &coordination, id)),
    )
    .await
}

#[derive(Debug, serde::Deserialize)]
pub struct WalkIn {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    organization: String,
}

/// Someone who came without an invitation, marked present. The same person added twice (by two
/// coordinators at once) stays one row.
pub async fn walk_in(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path((_, _, id)): Path<(String, String, i64)>,
    Form(form): Form<WalkIn>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let back = format!("{}/attendance", meeting_path(&page, &coordination, id));
    let name = form.name.trim();
    if name.is_empty() {
        return redirect_with_flash(&session, FlashKind::Error, "flash-walk-in-name", &back).await;
    }
    // Without an email, the name identifies the walk-in (the unique key needs a value).
    let key = match form.email.trim() {
        "" => format!("walk-in:{}", name.to_lowercase()),
        email => email.to_lowercase(),
    };
    let label = match form.organization.trim() {
        "" => name.to_string(),
        org => format!("{name} ({org})"),
    };
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "INSERT INTO invitations (coordination_id, meeting_id, membership_id, name, email, lang, token_hash, rsvp, representative, responded_at, \
         attendance, walk_in) VALUES ($1, $2, NULL, $3, $4, $5, NULL, 'yes', '', NULL, 'present', TRUE) \
         ON CONFLICT (meeting_id, email) DO UPDATE SET attendance = 'present'"
    )
    .bind(tenant.id())
    .bind(id)
    .bind(&label)
    .bind(&key)
    .bind(page.lang.code())
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    commit_audited(
        tx,
        AuditEntry::new("meeting.walk_in")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "name": label }))),
        &session,
        "flash-saved",
        &back,
    )
    .await
}
