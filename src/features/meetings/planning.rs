//! Planning a meeting: the form (one meeting, or a series), its checks in Brussels time, and
//! editing a planned meeting.

use crate::platform::web::Form;
use askama::Template;
use axum::extract::{Path, State};
use axum::response::{Html, Response};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;
use tower_sessions::Session;

use super::series::Recurrence;
use super::store::{self, MeetingStatus};
use super::{invitations, managed, meeting_path, series};
use crate::features::membership::store::bodies::{body, Body};
use crate::platform::audit::AuditEntry;
use crate::platform::auth::CurrentUser;
use crate::platform::db::Db;
use crate::platform::policy::{self, Action, Tenant};
use crate::platform::settings::{self, Setting};
use crate::platform::tenancy::CoordPath;
use crate::platform::web::Id;
use crate::platform::web::{
    commit_audited, commit_audited_once, fields, fields::limits, render, render_invalid, AppError,
    FieldErrors, FormOnce, PageCtx,
};
use crate::platform::AppState;

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
    place_fr: String,
    #[serde(default)]
    place_nl: String,
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
    place_fr: String,
    place_nl: String,
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
            place_fr: &self.place_fr,
            place_nl: &self.place_nl,
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
    let (title_fr, title_nl) = errors
        .check_pair(
            ("title_fr", "title_nl"),
            fields::bilingual(&form.title_fr, &form.title_nl, limits::NAME, true),
        )
        .unwrap_or_default();
    let date = fields::date(&form.date).ok();
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
    let online_url = errors
        .check(
            "online_url",
            fields::optional(&form.online_url, limits::URL),
        )
        .unwrap_or_default();
    if !online_url.is_empty() && !online_url.starts_with("https://") {
        errors.add("online_url", "error-url-invalid");
    }
    let (place_fr, place_nl) = errors
        .check_pair(
            ("place_fr", "place_nl"),
            fields::bilingual(&form.place_fr, &form.place_nl, limits::NAME, false),
        )
        .unwrap_or_default();
    let unplaced = place_fr.is_empty() && place_nl.is_empty() && online_url.is_empty();
    if unplaced && !errors.has("place_fr") && !errors.has("place_nl") {
        errors.add("place_fr", "error-place-required");
    }
    let starts_at = date.zip(time).and_then(|(d, t)| brussels(d, t));
    if date.is_some() && time.is_some() && starts_at.is_none() {
        // The hour skipped when clocks go forward.
        errors.add("time", "error-time-invalid");
    }
    // A number typed is a number, even where the meeting does not repeat.
    let mut number = |field: &'static str, typed: &str| match typed.trim() {
        "" => Some(0),
        typed => errors.check(field, typed.parse().map_err(|_| "error-number-invalid")),
    };
    let interval = number("interval", &form.interval);
    let count = number("occurrences", &form.occurrences);
    let repeat = match (
        series::Frequency::parse(form.repeat.trim()),
        interval,
        count,
    ) {
        (Some(frequency), Some(interval), Some(count)) => {
            let recurrence = Recurrence::new(frequency, interval, count);
            if recurrence.is_none() {
                errors.add("interval", "error-recurrence-invalid");
            }
            recurrence
        }
        _ => None,
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
        place_fr,
        place_nl,
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
    user: CurrentUser,
    CoordPath(coordination): CoordPath,
    Path(Id { id: body_id }): Path<Id>,
    once: FormOnce,
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
    let mut tx = match once.begin(&state.db).await? {
        Ok(tx) => tx,
        Err(first_answer) => return Ok(first_answer),
    };
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
    commit_audited_once(
        tx,
        &once,
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
        place_fr: found.place_fr.clone(),
        place_nl: found.place_nl.clone(),
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
    let noticed = store::update(&mut tx, &tenant, id, &parsed.as_new(body.id), when).await?;
    if published && noticed {
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
                Some(serde_json::json!({
                    "starts_at": found.starts_at,
                    "place_fr": found.place_fr,
                    "place_nl": found.place_nl,
                })),
                Some(serde_json::json!({
                    "starts_at": parsed.starts_at,
                    "place_fr": parsed.place_fr,
                    "place_nl": parsed.place_nl,
                })),
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
