//! Meetings of the coordination's bodies, from call to minutes: the meeting and its agenda (members
//! propose items until a deadline), invitations with calendar files and answers that need no
//! account, attendance, minutes with numbered decisions and actions that come back on the next
//! agenda until they are done.

pub mod agenda;
pub mod api;
pub mod attendance;
pub mod demo;
pub mod documents;
pub mod feeds;
pub mod figures;
pub mod invitations;
pub mod minutes;
pub mod reminders;
pub mod series;
pub mod store;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;
use tower_sessions::Session;

use crate::features::membership::store::bodies::{bodies, body, Body};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, MeetingRead, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::fields;
use crate::platform::web::Id;
use crate::platform::web::PageRouter;
use crate::platform::web::{
    commit_audited, render, render_invalid, AppError, FieldErrors, PageCtx,
};
use crate::platform::AppState;
use series::Recurrence;
use store::{Meeting, MeetingStatus, MinutesStatus};

pub fn routes() -> Router<AppState> {
    Router::new()
        .page("/{lang}/{coord}/meetings", get(list))
        .page("/{lang}/{coord}/meetings/settings", post(save_settings))
        .page(
            "/{lang}/{coord}/bodies/{id}/meetings/new",
            get(new_form).post(create),
        )
        .page("/{lang}/{coord}/meetings/{id}", get(agenda::page))
        .page(
            "/{lang}/{coord}/meetings/{id}/edit",
            get(edit_form).post(edit),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items",
            post(agenda::add_item),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/decide",
            post(agenda::decide_item),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/items/{item}/documents",
            post(documents::upload).layer(axum::extract::DefaultBodyLimit::max(
                documents::MAX_BYTES + 64 * 1024,
            )),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/documents/{document}",
            get(documents::get),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/documents/{document}/remove",
            post(documents::remove),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/publish",
            post(invitations::publish),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/cancel",
            post(invitations::cancel),
        )
        .page(
            "/{lang}/{coord}/rsvp/{token}",
            get(invitations::rsvp_form).post(invitations::rsvp),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/attendance",
            get(attendance::page).post(attendance::save),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/attendance/send",
            post(attendance::send_list),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/walk-in",
            post(attendance::walk_in),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/minutes",
            get(minutes::page).post(minutes::save_notes),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/minutes.pdf",
            get(minutes::pdf),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/decisions",
            post(minutes::add_decision),
        )
        .page(
            "/{lang}/{coord}/meetings/{id}/actions",
            post(minutes::add_action),
        )
        .page("/{lang}/{coord}/actions/{id}", post(minutes::update_action))
        .page(
            "/{lang}/{coord}/meetings/{id}/minutes/{step}",
            post(minutes::advance),
        )
        .page("/ical/{coord}/public.ics", get(invitations::public_feed))
        .page("/ical/private/{token}", get(feeds::feed))
        .page("/{lang}/calendar", get(feeds::show).post(feeds::create))
        .page("/{lang}/calendar/revoke", post(feeds::revoke))
        .page("/{lang}/{coord}/meetings/figures", get(figures::page))
}

/// The JSON API routes (bearer tokens, no CSRF check).
pub fn api() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/coordinations/{coord}/meetings",
            get(api::api_meetings),
        )
        .route(
            "/api/v1/coordinations/{coord}/meetings/{id}",
            get(api::api_meeting),
        )
        .route(
            "/api/v1/coordinations/{coord}/actions",
            get(api::api_actions),
        )
        .route(
            "/api/v1/coordinations/{coord}/meeting-figures",
            get(figures::api_figures),
        )
}

/// A meeting and its body with what the reader may see of it (see [`policy::meeting_read`]):
/// drafts are the managers' alone, a closed body's meetings its seats' and the invited.
pub async fn visible(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body, MeetingRead), AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let found = store::meeting(db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body(db, &tenant, found.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reader = store::links(db, &tenant, user.id)
        .await?
        .reader(&found, &body);
    let (tenant, read) =
        policy::authorize_meeting(Some(user), coordination, &found.facts(&body), &reader)?;
    Ok((tenant, found, body, read))
}

/// The same, for a coordinator who manages it.
pub async fn managed(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body), AppError> {
    let tenant = policy::authorize(Some(user), Action::ManageMembership, coordination)?;
    let found = store::meeting(db, &tenant, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body(db, &tenant, found.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((tenant, found, body))
}

pub fn meeting_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    page.url_in(coordination, &format!("/meetings/{id}"))
}

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
    settings::set_value(
        &mut tx,
        &tenant,
        Setting::MeetingReminderDays,
        &reminder.to_string(),
    )
    .await?;
    settings::set_value(
        &mut tx,
        &tenant,
        Setting::MeetingProposalDays,
        &proposal.to_string(),
    )
    .await?;
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

#[derive(Debug, Default, Deserialize)]
pub struct MeetingForm {
    #[serde(default)]
    title_fr: String,
    #[serde(default)]
    title_nl: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    duration: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    online_url: String,
    #[serde(default)]
    public: Option<String>,
    /// `none`, `weekly` or `monthly` (new meetings only).
    #[serde(default)]
    repeat: String,
    #[serde(default)]
    interval: String,
    #[serde(default)]
    occurrences: String,
}

struct Parsed {
    title_fr: String,
    title_nl: String,
    starts_at: DateTime<Utc>,
    duration: i64,
    place: String,
    online_url: String,
    public: bool,
    repeat: Option<Recurrence>,
}

impl Parsed {
    fn as_new(&self, body_id: i64) -> store::NewMeeting<'_> {
        store::NewMeeting {
            body_id,
            title_fr: &self.title_fr,
            title_nl: &self.title_nl,
            duration: self.duration,
            place: &self.place,
            online_url: &self.online_url,
            public: self.public,
        }
    }
}

/// A Brussels wall-clock date and time as an instant; in the hour that happens twice when clocks
/// go back, the first one.
pub fn brussels(date: NaiveDate, time: NaiveTime) -> Option<DateTime<Utc>> {
    Brussels
        .from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

fn parse(form: &MeetingForm) -> Result<Parsed, FieldErrors> {
    let mut errors = FieldErrors::default();
    let (title_fr, title_nl) = (
        form.title_fr.trim().to_string(),
        form.title_nl.trim().to_string(),
    );
    if title_fr.is_empty() && title_nl.is_empty() {
        errors.add("title_fr", "error-one-language-required");
    }
    let date = NaiveDate::parse_from_str(form.date.trim(), "%Y-%m-%d").ok();
    if date.is_none() {
        errors.add("date", "error-date-invalid");
    }
    let time = NaiveTime::parse_from_str(form.time.trim(), "%H:%M").ok();
    if time.is_none() {
        errors.add("time", "error-time-invalid");
    }
    let duration: Option<i64> = form
        .duration
        .trim()
        .parse()
        .ok()
        .filter(|d| (15..=600).contains(d));
    if duration.is_none() {
        errors.add("duration", "error-duration-invalid");
    }
    let online_url = form.online_url.trim().to_string();
    if !online_url.is_empty() && !online_url.starts_with("https://") {
        errors.add("online_url", "error-url-invalid");
    }
    let place = form.place.trim().to_string();
    if place.is_empty() && online_url.is_empty() {
        errors.add("place", "error-place-required");
    }
    let starts_at = date.zip(time).and_then(|(d, t)| brussels(d, t));
    if date.is_some() && time.is_some() && starts_at.is_none() {
        // The hour skipped when clocks go forward.
        errors.add("time", "error-time-invalid");
    }
    let repeat = match series::Frequency::parse(form.repeat.trim()) {
        None => None,
        Some(frequency) => {
            let interval = form.interval.trim().parse().unwrap_or(0);
            let count = form.occurrences.trim().parse().unwrap_or(0);
            let recurrence = Recurrence::new(frequency, interval, count);
            if recurrence.is_none() {
                errors.add("interval", "error-recurrence-invalid");
            }
            recurrence
        }
    };
    errors.into_result()?;
    Ok(Parsed {
        title_fr: if title_fr.is_empty() {
            title_nl.clone()
        } else {
            title_fr
        },
        title_nl: if title_nl.is_empty() {
            form.title_fr.trim().to_string()
        } else {
            title_nl
        },
        starts_at: starts_at.ok_or_else(FieldErrors::default)?,
        duration: duration.unwrap_or(120),
        place,
        online_url,
        public: form.public.is_some(),
        repeat,
    })
}

#[derive(Template)]
#[template(path = "features/meetings/form.html")]
struct FormPage {
    page: PageCtx,
    body: Body,
    action: String,
    form: MeetingForm,
    errors: FieldErrors,
    is_new: bool,
}

pub async fn new_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id: body_id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let body = body(&state.db, &tenant, body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = MeetingForm {
        title_fr: body.name_fr.clone(),
        title_nl: body.name_nl.clone(),
        time: "09:30".into(),
        duration: "120".into(),
        repeat: "none".into(),
        interval: "2".into(),
        occurrences: "6".into(),
        ..MeetingForm::default()
    };
    render(&FormPage {
        action: page.url_in(&coordination, &format!("/bodies/{body_id}/meetings/new")),
        page: page.with_coordination(coordination.as_ref()),
        body,
        form,
        errors: FieldErrors::default(),
        is_new: true,
    })
}

/// Days before a meeting until which members may propose agenda items (a coordination setting).
pub async fn proposal_days(db: &Db, tenant: &Tenant) -> Result<i64, AppError> {
    Ok(settings::number(db, &tenant, Setting::MeetingProposalDays).await?)
}

/// The occurrences a form asks for: one meeting, or every date of the series at the same Brussels
/// wall-clock time (so a series across a daylight-saving change keeps its hour).
fn occurrences(parsed: &Parsed) -> Vec<DateTime<Utc>> {
    let Some(repeat) = parsed.repeat else {
        return vec![parsed.starts_at];
    };
    let local = parsed.starts_at.with_timezone(&Brussels);
    repeat
        .dates(local.date_naive())
        .into_iter()
        .filter_map(|date| brussels(date, local.time()))
        .collect()
}

/// Plans a meeting, or every meeting of a series, as drafts.
pub async fn create(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id: body_id }): Path<Id>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let body = body(&state.db, &tenant, body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parsed = match parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_invalid(&FormPage {
                action: page.url_in(&coordination, &format!("/bodies/{body_id}/meetings/new")),
                page: page.with_coordination(coordination.as_ref()),
                body,
                form,
                errors,
                is_new: true,
            })
        }
    };
    let days = proposal_days(&state.db, &tenant).await?;
    let new = parsed.as_new(body_id);
    let mut tx = state.db.begin().await?;
    let series_id = match parsed.repeat {
        None => None,
        Some(repeat) => Some(
            store::create_series(
                &mut tx,
                &tenant,
                body_id,
                repeat.frequency.code(),
                i64::from(repeat.interval),
            )
            .await?,
        ),
    };
    let mut ids = Vec::new();
    for starts_at in occurrences(&parsed) {
        let uid = format!(
            "{}@{}",
            crate::platform::auth::random_token(),
            coordination.slug
        );
        let when = (starts_at, starts_at - Duration::days(days));
        ids.push(store::create(&mut tx, &tenant, &new, &uid, when, series_id).await?);
    }
    let first = ids[0];
    commit_audited(
        tx,
        AuditEntry::new("meeting.created")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", first)
            .change(
                None,
                Some(serde_json::json!({
                    "body": body_id,
                    "starts_at": parsed.starts_at,
                    "series": series_id,
                    "meetings": ids,
                })),
            ),
        &session,
        "flash-saved",
        &meeting_path(&page, &coordination, first),
    )
    .await
}

fn local_parts(at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&Brussels);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

pub async fn edit_form(
    State(state): State<AppState>,
    page: PageCtx,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let (_, found, body) = managed(&state.db, &user, &coordination, id).await?;
    let (date, time) = local_parts(found.starts_at);
    let form = MeetingForm {
        title_fr: found.title_fr.clone(),
        title_nl: found.title_nl.clone(),
        date,
        time,
        duration: found.duration_minutes.to_string(),
        place: found.place.clone(),
        online_url: found.online_url.clone(),
        public: found.public.then(|| "on".to_string()),
        ..MeetingForm::default()
    };
    render(&FormPage {
        action: format!("{}/edit", meeting_path(&page, &coordination, id)),
        page: page.with_coordination(coordination.as_ref()),
        body,
        form,
        errors: FieldErrors::default(),
        is_new: false,
    })
}

/// Changes a meeting; once invitations went out, everyone invited gets the update (a calendar
/// file with a higher SEQUENCE).
pub async fn edit(
    State(state): State<AppState>,
    page: PageCtx,
    session: Session,
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id }): Path<Id>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, AppError> {
    let (tenant, found, body) = managed(&state.db, &user, &coordination, id).await?;
    let parsed = match parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_invalid(&FormPage {
                action: format!("{}/edit", meeting_path(&page, &coordination, id)),
                page: page.with_coordination(coordination.as_ref()),
                body,
                form,
                errors,
                is_new: false,
            })
        }
    };
    let published = found.status == MeetingStatus::Published;
    let days = proposal_days(&state.db, &tenant).await?;
    let when = (parsed.starts_at, parsed.starts_at - Duration::days(days));
    let mut tx = state.db.begin().await?;
    store::update(
        &mut tx,
        &tenant,
        id,
        &parsed.as_new(body.id),
        when,
        published,
    )
    .await?;
    if published {
        invitations::send_to_invited(
            &mut tx,
            &state,
            &tenant,
            &coordination,
            id,
            invitations::Notice::Update,
            invitations::Audience::Everyone,
        )
        .await?;
    }
    commit_audited(
        tx,
        AuditEntry::new("meeting.updated")
            .by(&user)
            .in_coordination(tenant.id())
            .on("meeting", id)
            .change(
                Some(serde_json::json!({ "starts_at": found.starts_at, "place": found.place })),
                Some(serde_json::json!({ "starts_at": parsed.starts_at, "place": parsed.place })),
            ),
        &session,
        "flash-saved",
        &meeting_path(&page, &coordination, id),
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brussels_time_follows_daylight_saving() {
        let winter = brussels(
            NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
            NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(winter.to_rfc3339(), "2026-01-15T08:30:00+00:00");
        let summer = brussels(
            NaiveDate::from_ymd_opt(2026, 7, 15).unwrap(),
            NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(summer.to_rfc3339(), "2026-07-15T07:30:00+00:00");
        // 02:30 on the last Sunday of March does not exist; 02:30 on the last Sunday of October twice.
        assert!(brussels(
            NaiveDate::from_ymd_opt(2026, 3, 29).unwrap(),
            NaiveTime::from_hms_opt(2, 30, 0).unwrap()
        )
        .is_none());
        let twice = brussels(
            NaiveDate::from_ymd_opt(2026, 10, 25).unwrap(),
            NaiveTime::from_hms_opt(2, 30, 0).unwrap(),
        )
        .unwrap();
        assert_eq!(twice.to_rfc3339(), "2026-10-25T00:30:00+00:00");
    }
}
