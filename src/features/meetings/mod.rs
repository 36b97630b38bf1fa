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

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;
use tower_sessions::Session;

use crate::domain::Lang;
use crate::features::membership::bodies::{body, Body};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::{CoordPath, Coordination};
use crate::platform::web::{
    commit_audited, redirect_with_flash, render, render_invalid, AppError, FieldErrors, FlashKind,
    PageCtx,
};
use crate::platform::AppState;
use crate::{with_db, with_tx};
use series::Recurrence;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{lang}/{coord}/meetings", get(list))
        .route("/{lang}/{coord}/meetings/settings", post(save_settings))
        .route(
            "/{lang}/{coord}/bodies/{id}/meetings/new",
            get(new_form).post(create),
        )
        .route("/{lang}/{coord}/meetings/{id}", get(agenda::page))
        .route(
            "/{lang}/{coord}/meetings/{id}/edit",
            get(edit_form).post(edit),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/items",
            post(agenda::add_item),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/items/{item}/decide",
            post(agenda::decide_item),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/items/{item}/documents",
            post(documents::upload).layer(axum::extract::DefaultBodyLimit::max(
                documents::MAX_BYTES + 64 * 1024,
            )),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/documents/{document}",
            get(documents::get),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/documents/{document}/remove",
            post(documents::remove),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/publish",
            post(invitations::publish),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/cancel",
            post(invitations::cancel),
        )
        .route(
            "/{lang}/{coord}/rsvp/{token}",
            get(invitations::rsvp_form).post(invitations::rsvp),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/attendance",
            get(attendance::page).post(attendance::save),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/attendance/send",
            post(attendance::send_list),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/walk-in",
            post(attendance::walk_in),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/minutes",
            get(minutes::page).post(minutes::save_notes),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/minutes.pdf",
            get(minutes::pdf),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/decisions",
            post(minutes::add_decision),
        )
        .route(
            "/{lang}/{coord}/meetings/{id}/actions",
            post(minutes::add_action),
        )
        .route("/{lang}/{coord}/actions/{id}", post(minutes::update_action))
        .route(
            "/{lang}/{coord}/meetings/{id}/minutes/{step}",
            post(minutes::advance),
        )
        .route("/ical/{coord}/public.ics", get(invitations::public_feed))
        .route("/ical/private/{token}", get(feeds::feed))
        .route("/{lang}/calendar", get(feeds::show).post(feeds::create))
        .route("/{lang}/calendar/revoke", post(feeds::revoke))
        .route("/{lang}/{coord}/meetings/figures", get(figures::page))
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

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Meeting {
    pub id: i64,
    pub body_id: i64,
    pub uid: String,
    pub title_fr: String,
    pub title_nl: String,
    pub starts_at: DateTime<Utc>,
    pub duration_minutes: i64,
    pub place: String,
    pub online_url: String,
    pub public: bool,
    pub status: String,
    pub sequence: i64,
    pub proposals_until: DateTime<Utc>,
    pub minutes_status: String,
    pub series_id: Option<i64>,
}

impl Meeting {
    pub fn title(&self, lang: impl crate::platform::web::Val<Lang>) -> &str {
        lang.val().pick(&self.title_fr, &self.title_nl)
    }

    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + Duration::minutes(self.duration_minutes)
    }

    pub fn status_key(&self) -> String {
        format!("meeting-status-{}", self.status)
    }

    pub fn minutes_status_key(&self) -> String {
        format!("minutes-status-{}", self.minutes_status)
    }

    /// The place and the online link, as one line.
    pub fn location(&self) -> String {
        [self.place.as_str(), self.online_url.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — ")
    }

    pub fn accepts_proposals(&self) -> bool {
        self.status != "cancelled" && Utc::now() <= self.proposals_until
    }
}

pub(crate) const MEETING_COLUMNS: &str = "id, body_id, uid, title_fr, title_nl, starts_at, duration_minutes, place, online_url, public, status, sequence, proposals_until, minutes_status, series_id";

pub async fn meeting(
    db: &Db,
    coordination_id: i64,
    id: i64,
) -> Result<Option<Meeting>, sqlx::Error> {
    let sql =
        format!("SELECT {MEETING_COLUMNS} FROM meetings WHERE id = $1 AND coordination_id = $2");
    with_db!(db, |p| sqlx::query_as(&sql)
        .bind(id)
        .bind(coordination_id)
        .fetch_optional(p)
        .await)
}

/// A meeting and its body, for someone who may see the member area.
pub async fn visible(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body), AppError> {
    let tenant = policy::authorize(Some(user), Action::ViewMemberArea, coordination)?;
    let found = meeting(db, tenant.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = body(db, tenant.id(), found.body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((tenant, found, body))
}

/// The same, for a coordinator who manages it.
pub async fn managed(
    db: &Db,
    user: &CurrentUser,
    coordination: &Coordination,
    id: i64,
) -> Result<(Tenant, Meeting, Body), AppError> {
    policy::authorize(Some(user), Action::ManageMembership, coordination)?;
    visible(db, user, coordination, id).await
}

pub fn meeting_path(page: &PageCtx, coordination: &Coordination, id: i64) -> String {
    format!("/{}/{}/meetings/{id}", page.lang.code(), coordination.slug)
}

#[derive(Template)]
#[template(path = "features/meetings/list.html")]
struct ListPage {
    page: PageCtx,
    upcoming: Vec<Meeting>,
    past: Vec<Meeting>,
    q: String,
    feed: String,
    can_manage: bool,
    reminder_days: i64,
    proposal_days: i64,
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
    let can_manage = policy::allows(Some(&user), Action::ManageMembership, Some(coordination.id));
    let pattern = format!("%{}%", query.q.trim().to_lowercase());
    // The archive searches titles, agenda items, and the minutes' notes and decisions where the
    // reader may read them.
    let sql = format!(
        "SELECT {MEETING_COLUMNS} FROM meetings m WHERE coordination_id = $1 AND ($2 = '%%' OR LOWER(title_fr) LIKE $2 OR LOWER(title_nl) LIKE $2 \
         OR EXISTS (SELECT 1 FROM agenda_items i WHERE i.meeting_id = m.id AND ($3 OR i.status = 'accepted') \
             AND (LOWER(i.title_fr) LIKE $2 OR LOWER(i.title_nl) LIKE $2 \
                  OR (($3 OR m.minutes_status IN ('sent', 'approved', 'published')) AND (LOWER(i.notes_fr) LIKE $2 OR LOWER(i.notes_nl) LIKE $2)))) \
         OR (($3 OR m.minutes_status IN ('sent', 'approved', 'published')) \
             AND EXISTS (SELECT 1 FROM decisions d WHERE d.meeting_id = m.id AND LOWER(d.text) LIKE $2))) \
         ORDER BY starts_at"
    );
    let all: Vec<Meeting> = with_db!(&state.db, |p| sqlx::query_as(&sql)
        .bind(tenant.id())
        .bind(&pattern)
        .bind(can_manage)
        .fetch_all(p)
        .await)?;
    let now = Utc::now();
    let (upcoming, mut past): (Vec<Meeting>, Vec<Meeting>) =
        all.into_iter().partition(|m| m.ends_at() >= now);
    past.reverse();
    render(&ListPage {
        page: page.with_coordination(coordination.as_ref()),
        upcoming,
        past,
        q: query.q,
        feed: format!("/ical/{}/public.ics", coordination.slug),
        can_manage,
        reminder_days: settings::number(&state.db, tenant.id(), Setting::MeetingReminderDays)
            .await?,
        proposal_days: proposal_days(&state.db, tenant.id()).await?,
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
    let to = format!("/{}/{}/meetings", page.lang.code(), coordination.slug);
    let days = |value: &str| {
        value
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|d| (0..=60).contains(d))
    };
    let (Some(reminder), Some(proposal)) = (days(&form.reminder_days), days(&form.proposal_days))
    else {
        return redirect_with_flash(&session, FlashKind::Error, "flash-settings-invalid", &to)
            .await;
    };
    let now = Utc::now();
    let sql = format!(
        "SELECT {MEETING_COLUMNS} FROM meetings WHERE coordination_id = $1 AND starts_at > $2"
    );
    let upcoming: Vec<Meeting> = with_db!(&state.db, |p| sqlx::query_as(&sql)
        .bind(tenant.id())
        .bind(now)
        .fetch_all(p)
        .await)?;
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
        with_tx!(&mut tx, |c| sqlx::query(
            "UPDATE meetings SET proposals_until = $1 WHERE id = $2"
        )
        .bind(m.starts_at - Duration::days(proposal))
        .bind(m.id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))?;
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
    Path((_, _, body_id)): Path<(String, String, i64)>,
) -> Result<Html<String>, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let body = body(&state.db, tenant.id(), body_id)
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
        action: format!(
            "/{}/{}/bodies/{body_id}/meetings/new",
            page.lang.code(),
            coordination.slug
        ),
        page: page.with_coordination(coordination.as_ref()),
        body,
        form,
        errors: FieldErrors::default(),
        is_new: true,
    })
}

/// Days before a meeting until which members may propose agenda items (a coordination setting).
pub async fn proposal_days(db: &Db, coordination_id: i64) -> Result<i64, sqlx::Error> {
    settings::number(db, coordination_id, Setting::MeetingProposalDays).await
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
    Path((_, _, body_id)): Path<(String, String, i64)>,
    Form(form): Form<MeetingForm>,
) -> Result<Response, AppError> {
    let tenant = policy::authorize(Some(&user), Action::ManageMembership, &coordination)?;
    let body = body(&state.db, tenant.id(), body_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let parsed = match parse(&form) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render_invalid(&FormPage {
                action: format!(
                    "/{}/{}/bodies/{body_id}/meetings/new",
                    page.lang.code(),
                    coordination.slug
                ),
                page: page.with_coordination(coordination.as_ref()),
                body,
                form,
                errors,
                is_new: true,
            })
        }
    };
    let days = proposal_days(&state.db, tenant.id()).await?;
    let now = Utc::now();
    let mut tx = state.db.begin().await?;
    let series_id: Option<i64> = match parsed.repeat {
        None => None,
        Some(repeat) => Some(with_tx!(&mut tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO meeting_series (coordination_id, body_id, frequency, interval_count, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id"
        )
        .bind(tenant.id())
        .bind(body_id)
        .bind(repeat.frequency.code())
        .bind(i64::from(repeat.interval))
        .bind(now)
        .fetch_one(c)
        .await
        })?),
    };
    let mut ids = Vec::new();
    for starts_at in occurrences(&parsed) {
        let uid = format!(
            "{}@{}",
            crate::platform::auth::random_token(),
            coordination.slug
        );
        let id: i64 = with_tx!(&mut tx, |c| {
            sqlx::query_scalar(
            "INSERT INTO meetings (coordination_id, body_id, uid, title_fr, title_nl, starts_at, duration_minutes, place, online_url, public, status, \
             sequence, proposals_until, minutes_status, series_id, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'draft', 0, $11, 'none', $12, $13, $13) RETURNING id"
        )
        .bind(tenant.id())
        .bind(body_id)
        .bind(&uid)
        .bind(&parsed.title_fr)
        .bind(&parsed.title_nl)
        .bind(starts_at)
        .bind(parsed.duration)
        .bind(&parsed.place)
        .bind(&parsed.online_url)
        .bind(parsed.public)
        .bind(starts_at - Duration::days(days))
        .bind(series_id)
        .bind(now)
        .fetch_one(c)
        .await
        })?;
        ids.push(id);
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
    Path((_, _, id)): Path<(String, String, i64)>,
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
    Path((_, _, id)): Path<(String, String, i64)>,
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
    let published = found.status == "published";
    let days = proposal_days(&state.db, tenant.id()).await?;
    let mut tx = state.db.begin().await?;
    with_tx!(&mut tx, |c| {
        sqlx::query(
        "UPDATE meetings SET title_fr = $1, title_nl = $2, starts_at = $3, duration_minutes = $4, place = $5, online_url = $6, public = $7, \
         proposals_until = $8, sequence = sequence + $9, updated_at = $10 WHERE id = $11"
    )
    .bind(&parsed.title_fr)
    .bind(&parsed.title_nl)
    .bind(parsed.starts_at)
    .bind(parsed.duration)
    .bind(&parsed.place)
    .bind(&parsed.online_url)
    .bind(parsed.public)
    .bind(parsed.starts_at - Duration::days(days))
    .bind(if published { 1_i64 } else { 0 })
    .bind(Utc::now())
    .bind(id)
    .execute(c)
    .await
    .map(|r| r.rows_affected())
    })?;
    if published {
        invitations::send_to_invited(
            &mut tx,
            &state,
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
