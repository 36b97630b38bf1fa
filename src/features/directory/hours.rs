//! Opening hours: weekly ranges in Brussels local time, exceptional closures, "open now".

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Europe::Brussels;

use super::store::{Closure, Schedule};
use crate::domain::Lang;
use crate::platform::i18n::t;

pub const WEEKDAY_KEYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];

/// Whether the service is open at `at`: a range covers the local time and no closure covers the day.
pub fn is_open(schedules: &[Schedule], closures: &[Closure], at: DateTime<Utc>) -> bool {
    let local = at.with_timezone(&Brussels);
    let day = local.weekday().number_from_monday() as i64;
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    let today = local.date_naive();
    let closed = closures
        .iter()
        .any(|c| c.starts_on <= today && today <= c.ends_on);
    !closed
        && schedules.iter().any(|s| {
            s.weekday == day
                && s.opens.as_str() <= time.as_str()
                && time.as_str() < s.closes.as_str()
        })
}

/// One line per weekday: its name and its ranges ("09:00–12:00, 13:30–16:00"), or "closed".
pub fn week(lang: Lang, schedules: &[Schedule]) -> Vec<(String, String)> {
    (1..=7)
        .map(|day| {
            let ranges: Vec<String> = schedules
                .iter()
                .filter(|s| s.weekday == day)
                .map(|s| format!("{}–{}", s.opens, s.closes))
                .collect();
            let text = if ranges.is_empty() {
                t(lang, "hours-closed")
            } else {
                ranges.join(", ")
            };
            (t(lang, WEEKDAY_KEYS[day as usize - 1]), text)
        })
        .collect()
}

/// What a result card says of today: its ranges, "closed today" (a closure or no range on that
/// day), or nothing for a service that gives no hours.
pub fn today(
    lang: Lang,
    schedules: &[Schedule],
    closed_today: bool,
    at: DateTime<Utc>,
) -> Option<String> {
    if schedules.is_empty() {
        return None;
    }
    let day = at.with_timezone(&Brussels).weekday().number_from_monday() as i64;
    let ranges: Vec<String> = schedules
        .iter()
        .filter(|s| s.weekday == day)
        .map(|s| format!("{}–{}", s.opens, s.closes))
        .collect();
    Some(if closed_today || ranges.is_empty() {
        t(lang, "map-card-closed-today")
    } else {
        crate::platform::i18n::t_args(lang, "map-card-today", &[("hours", &ranges.join(", "))])
    })
}

/// Parses "9:00" or "09:00" into "09:00".
pub fn parse_time(input: &str) -> Option<String> {
    let (h, m) = input.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn range(weekday: i64, opens: &str, closes: &str) -> Schedule {
        Schedule {
            weekday,
            opens: opens.into(),
            closes: closes.into(),
        }
    }

    #[test]
    fn open_now_uses_brussels_time_and_closures() {
        let hours = [range(1, "09:00", "12:00"), range(1, "13:00", "16:00")];
        // Monday 23 November 2026, 10:30 in Brussels = 09:30 UTC.
        let monday_morning = Utc.with_ymd_and_hms(2026, 11, 23, 9, 30, 0).unwrap();
        assert!(is_open(&hours, &[], monday_morning));
        let lunch = Utc.with_ymd_and_hms(2026, 11, 23, 11, 30, 0).unwrap();
        assert!(!is_open(&hours, &[], lunch));
        let closure = Closure {
            starts_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            reason_fr: String::new(),
            reason_nl: String::new(),
        };
        assert!(!is_open(&hours, &[closure], monday_morning));
        // In summer Brussels is UTC+2: 07:30 UTC is 09:30 local.
        let summer = Utc.with_ymd_and_hms(2026, 7, 6, 7, 30, 0).unwrap();
        assert!(is_open(&hours, &[], summer));
    }

    #[test]
    fn times_are_normalised() {
        assert_eq!(parse_time("9:05").as_deref(), Some("09:05"));
        assert_eq!(parse_time("24:00"), None);
        assert_eq!(parse_time("noon"), None);
    }
}
