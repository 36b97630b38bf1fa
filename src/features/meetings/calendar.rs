//! A coordination's public calendar, for everyone: its public meetings month by month, each with a
//! page of its own — date and time in Brussels, place, the accepted agenda items, and the decisions
//! and notes once the minutes are published — and the `.ics` feed (also as `webcal:`, which
//! calendar apps subscribe to). Only what `store::public` reads is shown.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use chrono::{Datelike, Months, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::Brussels;
use serde::Deserialize;

use crate::features::meetings::store::public::{self, PublicItem};
use crate::features::meetings::store::{Meeting, MeetingStatus};
use crate::platform::i18n;
use crate::platform::web::{render, AppError, CoordPage, Id, PageCtx};
use crate::platform::AppState;

#[derive(Debug, Default, Deserialize)]
pub struct MonthQuery {
    /// `YYYY-MM`; the current month when absent or not a month.
    #[serde(default)]
    month: String,
}

/// The first day of the month `YYYY-MM` names.
fn parse_month(text: &str) -> Option<NaiveDate> {
    let (year, month) = text.trim().split_once('-')?;
    let (year, month) = (year.parse().ok()?, month.parse().ok()?);
    if !(2000..=2100).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// Midnight in Brussels on `day`, as an instant.
fn brussels_midnight(day: NaiveDate) -> chrono::DateTime<Utc> {
    Brussels
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).unwrap_or_default())
        .earliest()
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc())
}

#[derive(Template)]
#[template(path = "features/meetings/calendar.html")]
struct MonthPage {
    page: PageCtx,
    month: String,
    previous: String,
    next: String,
    meetings: Vec<Meeting>,
    feed: String,
    webcal: String,
}

impl MonthPage {
    fn cancelled(&self, meeting: &Meeting) -> bool {
        meeting.status == MeetingStatus::Cancelled
    }
}

pub async fn month(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    Query(query): Query<MonthQuery>,
) -> Result<Html<String>, AppError> {
    let today = crate::platform::i18n::today();
    let first = parse_month(&query.month).unwrap_or_else(|| today.with_day(1).unwrap_or(today));
    let after = first + Months::new(1);
    let meetings = public::between(
        &state.db,
        &coordination,
        (brussels_midnight(first), brussels_midnight(after)),
    )
    .await?;
    let feed = format!("/ical/{}/public.ics", coordination.slug);
    let absolute = format!("{}{feed}", state.config.base_url());
    let webcal = match absolute.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => absolute,
    };
    let label = |day: NaiveDate| day.format("%Y-%m").to_string();
    render(&MonthPage {
        month: i18n::format_month(page.lang, first),
        previous: label(first - Months::new(1)),
        next: label(after),
        page,
        meetings,
        feed,
        webcal,
    })
}

#[derive(Template)]
#[template(path = "features/meetings/public_meeting.html")]
struct MeetingPage {
    page: PageCtx,
    meeting: Meeting,
    items: Vec<PublicItem>,
    decisions: Vec<public::PublicDecision>,
    /// The calendar's month of the meeting, to go back to.
    month: String,
}

impl MeetingPage {
    fn cancelled(&self) -> bool {
        self.meeting.status == MeetingStatus::Cancelled
    }

    fn duration(&self) -> usize {
        usize::try_from(self.meeting.duration_minutes).unwrap_or(0)
    }
}

pub async fn meeting(
    State(state): State<AppState>,
    CoordPage {
        page, coordination, ..
    }: CoordPage,
    Path(Id { id }): Path<Id>,
) -> Result<Html<String>, AppError> {
    let meeting = public::meeting(&state.db, &coordination, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let items = public::items(&state.db, &coordination, id).await?;
    let decisions = public::decisions(&state.db, &coordination, id).await?;
    let month = meeting
        .starts_at
        .with_timezone(&Brussels)
        .format("%Y-%m")
        .to_string();
    render(&MeetingPage {
        page,
        meeting,
        items,
        decisions,
        month,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_month_is_read_or_left_for_the_current_one() {
        assert_eq!(parse_month("2026-12"), NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(parse_month("2027-02"), NaiveDate::from_ymd_opt(2027, 2, 1));
        for wrong in ["", "2026-13", "décembre", "99999-01", "2026"] {
            assert_eq!(parse_month(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn a_month_starts_at_midnight_in_brussels() {
        let winter = brussels_midnight(NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
        assert_eq!(winter.to_rfc3339(), "2026-11-30T23:00:00+00:00");
        let summer = brussels_midnight(NaiveDate::from_ymd_opt(2026, 7, 1).unwrap());
        assert_eq!(summer.to_rfc3339(), "2026-06-30T22:00:00+00:00");
    }
}
