//! Attendance: a printable signature sheet and, during the meeting, each invited person marked
//! present, excused, absent or represented, plus people who walk in. Every mark is an update of the
//! person's one row, so two people marking at once never make two records.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use tower_sessions::Session;

use super::store::invitations::{self as store, attendees, Attendance, Attendee};
use super::store::Meeting;
use super::{managed, meeting_path};
use crate::domain::Email;
use crate::features::membership::store::bodies::Body;
use crate::features::membership::store::consented_details;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields::{self, limits};
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, commit_audited_once, render, render_invalid, AppError, FieldErrors, FormOnce,
    FormValues, PageCtx,
};
use crate::platform::AppState;

#[derive(Template)]
#[template(path = "features/meetings/attendance.html")]
struct AttendancePage {
    page: PageCtx,
    meeting: Meeting,
    body: Body,
    attendees: Vec<Attendee>,
    /// The walk-in form: empty, or as typed when it came back.
    walk_in: WalkIn,
    errors: FieldErrors,
}

pub async fn page(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let blank = (WalkIn::default(), FieldErrors::default());
    render(&attendance_page(&state, page, (&user, &coordination), id, blank).await?)
}

async fn attendance_page(
    state: &AppState,
    page: PageCtx,
    (user, coordination): (&CurrentUser, &Coordination),
    id: i64,
    (walk_in, errors): (WalkIn, FieldErrors),
) -> Result<AttendancePage, AppError> {
    let (tenant, meeting, body) = managed(&state.db, user, coordination, id).await?;
    let attendees = attendees(&state.db, &tenant, id).await?;
    Ok(AttendancePage {
        page: page.with_coordination(coordination.as_ref()),
        meeting,
        body,
        attendees,
        walk_in,
        errors,
    })
}

/// Saves the marks (`attendance_{id}` fields) of the people listed.
pub async fn save(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let form = FormValues(pairs);
    let mut marked = Vec::new();
    let mut tx = state.db.begin().await?;
    for attendee in attendees(&state.db, &tenant, id).await? {
        let Ok(mark) = Attendance::parse(form.get(&format!("attendance_{}", attendee.id))) else {
            continue;
        };
        if mark == attendee.attendance {
            continue;
        }
        store::mark(&mut tx, &tenant, (id, attendee.id), mark).await?;
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

#[derive(Debug, Default, serde::Deserialize)]
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
    Path(Id { id }): Path<Id>,
    Form(form): Form<WalkIn>,
) -> Result<Response, AppError> {
    let (tenant, _, _) = managed(&state.db, &user, &coordination, id).await?;
    let back = format!("{}/attendance", meeting_path(&page, &coordination, id));
    let mut errors = FieldErrors::default();
    let name = errors.check("name", fields::required(&form.name, limits::NAME));
    let organization = errors.check(
        "organization",
        fields::optional(&form.organization, limits::NAME),
    );
    let email = match form.email.trim() {
        "" => Some(None),
        typed => errors.check("email", Email::parse(typed)).map(Some),
    };
    let (Some(name), Some(organization), Some(email)) = (name, organization, email) else {
        let view = attendance_page(&state, page, (&user, &coordination), id, (form, errors));
        return render_invalid(&view.await?);
    };
    // Without an email, the name identifies the walk-in (the unique key needs a value).
    let key = match &email {
        None => format!("walk-in:{}", name.to_lowercase()),
        Some(email) => email.as_str().to_lowercase(),
    };
    let label = match organization.as_str() {
        "" => name.clone(),
        org => format!("{name} ({org})"),
    };
    let mut tx = state.db.begin().await?;
    store::walk_in(&mut tx, &tenant, id, (&label, &key), page.lang).await?;
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

/// After the meeting, the list of those present goes to them, with the contact details of those
/// who agreed to share them (as coordinations do today, without the paper).
pub async fn send_list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    once: FormOnce,
) -> Result<Response, AppError> {
    let (tenant, meeting, _) = managed(&state.db, &user, &coordination, id).await?;
    let present: Vec<Attendee> = attendees(&state.db, &tenant, id)
        .await?
        .into_iter()
        .filter(|a| a.attendance.was_there())
        .collect();
    let shared = consented_details(&state.db, &tenant).await?;
    let lines: Vec<String> = present
        .iter()
        .map(|a| {
            let who = match &a.organization {
                Some(org) => format!("{} ({org})", a.name),
                None => a.name.clone(),
            };
            match shared
                .iter()
                .find(|(email, _)| *email == a.email.to_lowercase())
            {
                Some((email, phone)) if phone.is_empty() => format!("{who} — {email}"),
                Some((email, phone)) => format!("{who} — {email} — {phone}"),
                None => who,
            }
        })
        .collect();
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
    let mut sent = 0;
    for person in present.iter().filter(|a| a.is_written_to()) {
        let known = person.lang();
        let write = |lang| {
            let title = meeting.title(lang).to_string();
            crate::platform::mail::Letter {
                lang,
                subject: crate::platform::i18n::t_args(
                    lang,
                    "mail-attendance-subject",
                    &[("name", &title)],
                ),
                greeting_name: &person.name,
                paragraphs: vec![
                    crate::platform::i18n::t_args(
                        lang,
                        "mail-attendance-body",
                        &[
                            ("name", &title),
                            (
                                "date",
                                &crate::platform::i18n::format_datetime(lang, meeting.starts_at),
                            ),
                        ],
                    ),
                    lines.join("\n"),
                ],
                action: None,
                signature: crate::platform::i18n::t(lang, "mail-signature"),
            }
        };
        crate::platform::mail::enqueue(
            &mut tx,
            &crate::platform::mail::Letter::in_their_language(
                known,
                &person.email,
                Some(tenant.id()),
                write,
            )?,
        )
        .await?;
        sent += 1;
    }
    commit_audited_once(
        tx,
        &once,
        AuditEntry::new("meeting.attendance_list.sent")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(None, Some(serde_json::json!({ "recipients": sent }))),
        "flash-attendance-list-sent",
        &format!("{}/attendance", meeting_path(&page, &coordination, id)),
    )
    .await
}
