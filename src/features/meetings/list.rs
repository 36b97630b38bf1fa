//! The meetings list (upcoming, and the archive searched by title, agenda and readable minutes)
//! and the coordination's meeting settings.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Query, State};
use axum::response::{Html, Response};
use chrono::{Duration, Utc};
use serde::Deserialize;
use tower_sessions::Session;

use super::planning::proposal_days;
use super::store::{self, Meeting, MeetingStatus, MinutesStatus};
use crate::features::membership::store::bodies::bodies;
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields;
use crate::platform::web::{
    commit_audited, render, render_invalid, AppError, FieldErrors, PageCtx,
};
use crate::platform::AppState;

/// A meeting in the list, with whether the reader may open its minutes.
struct Listed {
    meeting: Meeting,
    minutes: bool,
}

#[derive(Template)]
#[template(path = "features/meetings/list.html")]
struct ListPage {
    page: PageCtx,
    upcoming: Vec<Listed>,
    past: Vec<Listed>,
    q: String,
    feed: String,
    can_manage: bool,
    /// The settings as stored, or as typed when they come back with errors.
    settings: SettingsForm,
    settings_errors: FieldErrors,
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
}

/// Upcoming meetings and the archive (searchable by title).
pub async fn list(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Query(query): Query<ListQuery>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ViewMemberArea, &coordination)?;
    let view = list_page(&state, page, (&user, &coordination, &tenant), query.q, None).await?;
    render(&view)
}

async fn list_page(
    state: &AppState,
    page: PageCtx,
    (user, coordination, tenant): (&CurrentUser, &Coordination, &Tenant),
    q: String,
    typed: Option<(SettingsForm, FieldErrors)>,
) -> Result<ListPage, AppError> {
    let can_manage = policy::allows(Some(user), Action::ManageMembership, Some(coordination.id));
    let bodies = bodies(&state.db, tenant).await?;
    let links = store::links(&state.db, tenant, user.id).await?;
    // The archive searches titles and agenda items, and the minutes' notes and decisions where
    // the reader may read the minutes; it lists only the meetings the reader may see.
    let all: Vec<Listed> = store::search(&state.db, tenant, &q)
        .await?
        .into_iter()
        .filter_map(|found| {
            let body = bodies.iter().find(|b| b.id == found.meeting.body_id)?;
            let reader = links.reader(&found.meeting, body);
            let facts = found.meeting.facts(body);
            policy::meeting_read(Some(user), tenant.id(), &facts, &reader)
                .filter(|read| found.matches(read))
                .map(|read| Listed {
                    meeting: found.meeting,
                    minutes: read.minutes,
                })
        })
        .collect();
    let now = Utc::now();
    let (upcoming, mut past): (Vec<Listed>, Vec<Listed>) =
        all.into_iter().partition(|l| l.meeting.ends_at() >= now);
    past.reverse();
    let (settings, settings_errors) = match typed {
        Some(typed) => typed,
        None => {
            let stored = SettingsForm {
                reminder_days: settings::value(&state.db, tenant, Setting::MeetingReminderDays)
                    .await?,
                proposal_days: proposal_days(&state.db, tenant).await?.to_string(),
            };
            (stored, FieldErrors::default())
        }
    };
    Ok(ListPage {
        page: page.with_coordination(coordination.as_ref()),
        upcoming,
        past,
        q,
        feed: format!("/ical/{}/public.ics", coordination.slug),
        can_manage,
        settings,
        settings_errors,
    })
}

#[derive(Debug, Default, Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    reminder_days: String,
    #[serde(default)]
    proposal_days: String,
}

/// The coordination's meeting settings: when reminders go out and until when members propose
/// items. A new proposal deadline applies to every meeting still to come.
pub async fn save_settings(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Form(form): Form<SettingsForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let to = page.url_in(&coordination, "/meetings");
    let mut errors = FieldErrors::default();
    let reminder = errors.check("reminder_days", fields::integer(&form.reminder_days, 0, 60));
    let proposal = errors.check("proposal_days", fields::integer(&form.proposal_days, 0, 60));
    let (Some(reminder), Some(proposal)) = (reminder, proposal) else {
        let scope = (&user, &coordination, &tenant);
        let view = list_page(&state, page, scope, String::new(), Some((form, errors))).await?;
        return render_invalid(&view);
    };
    let upcoming = store::upcoming(&state.db, &tenant).await?;
    let mut tx = state.db.begin().await?;
    let values = [
        (Setting::MeetingReminderDays, reminder.to_string()),
        (Setting::MeetingProposalDays, proposal.to_string()),
    ];
    settings::set_values(&mut tx, &tenant, &values).await?;
    for m in &upcoming {
        store::set_proposals_until(
            &mut tx,
            &tenant,
            m.id,
            m.starts_at - Duration::days(proposal),
        )
        .await?;
    }
    commit_audited(
        tx,
        AuditEntry::new("meetings.settings.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("coordination", tenant.id())
            .change(
                None,
                Some(serde_json::json!({ "reminder_days": reminder, "proposal_days": proposal })),
            ),
        &session,
        "flash-saved",
        &to,
    )
    .await
}
