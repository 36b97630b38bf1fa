//! Recurring meetings. A series is planned once (every N weeks, or every N months on the same
//! weekday of the month, as in "the second Tuesday every two months"); each occurrence is an
//! ordinary meeting with its own agenda, invitations and calendar UID, so one can be moved or
//! cancelled without touching the others.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    Weekly,
    Monthly,
}

impl Frequency {
    pub fn parse(value: &str) -> Option<Frequency> {
        match value {
            "weekly" => Some(Frequency::Weekly),
            "monthly" => Some(Frequency::Monthly),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Frequency::Weekly => "weekly",
            Frequency::Monthly => "monthly",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recurrence {
    pub frequency: Frequency,
    /// Every how many weeks or months, 1 to 12.
    pub interval: u32,
    /// How many meetings the series holds, the first included, 2 to 24.
    pub count: u32,
}

pub const MAX_INTERVAL: u32 = 12;
pub const MAX_COUNT: u32 = 24;

impl Recurrence {
    pub fn new(frequency: Frequency, interval: u32, count: u32) -> Option<Recurrence> {
        ((1..=MAX_INTERVAL).contains(&interval) && (2..=MAX_COUNT).contains(&count)).then_some(
            Recurrence {
                frequency,
                interval,
                count,
            },
        )
    }

    /// The dates of the series, starting with `first`.
    pub fn dates(&self, first: NaiveDate) -> Vec<NaiveDate> {
        (0..self.count)
            .filter_map(|k| match self.frequency {
                Frequency::Weekly => {
                    Some(first + Duration::weeks(i64::from(self.interval) * i64::from(k)))
                }
                Frequency::Monthly => {
                    let month = first
                        .with_day(1)?
                        .checked_add_months(Months::new(self.interval * k))?;
                    same_weekday_of_month(first, month)
                }
            })
            .collect()
    }
}

/// The day of `month` that stands where `first` stands in its own month: the same weekday, the
/// same rank (first, second, third, fourth), or the last one when `first` is a fifth.
fn same_weekday_of_month(first: NaiveDate, month: NaiveDate) -> Option<NaiveDate> {
    let rank = (first.day() - 1) / 7 + 1;
    let weekday = first.weekday();
    if rank <= 4 {
        NaiveDate::from_weekday_of_month_opt(month.year(), month.month(), weekday, rank as u8)
    } else {
        last_weekday_of_month(month, weekday)
    }
}

fn last_weekday_of_month(month: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let next_month = month.with_day(1)?.checked_add_months(Months::new(1))?;
    let last = next_month.pred_opt()?;
    let back = (7 + last.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    Some(last - Duration::days(i64::from(back)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_two_months_on_the_second_tuesday() {
        let series = Recurrence::new(Frequency::Monthly, 2, 4).unwrap();
        assert_eq!(
            series.dates(date(2027, 1, 12)),
            vec![
                date(2027, 1, 12),
                date(2027, 3, 9),
                date(2027, 5, 11),
                date(2027, 7, 13)
            ]
        );
    }

    #[test]
    fn a_fifth_weekday_becomes_the_last_one() {
        // 29 March 2027 is the fifth Monday of March; April's last Monday is the 26th.
        let series = Recurrence::new(Frequency::Monthly, 1, 2).unwrap();
        assert_eq!(
            series.dates(date(2027, 3, 29)),
            vec![date(2027, 3, 29), date(2027, 4, 26)]
        );
    }

    #[test]
    fn every_three_weeks() {
        let series = Recurrence::new(Frequency::Weekly, 3, 3).unwrap();
        assert_eq!(
            series.dates(date(2026, 12, 28)),
            vec![date(2026, 12, 28), date(2027, 1, 18), date(2027, 2, 8)]
        );
    }

    #[test]
    fn bounds_are_kept() {
        assert!(Recurrence::new(Frequency::Weekly, 0, 3).is_none());
        assert!(Recurrence::new(Frequency::Weekly, 1, 1).is_none());
        assert!(Recurrence::new(Frequency::Monthly, 13, 3).is_none());
        assert!(Recurrence::new(Frequency::Monthly, 1, 25).is_none());
    }

    proptest! {
        #[test]
        fn every_occurrence_falls_on_the_first_ones_weekday(
            days in 0i64..3650,
            interval in 1u32..=MAX_INTERVAL,
            count in 2u32..=MAX_COUNT,
            monthly in any::<bool>(),
        ) {
            let first = date(2026, 1, 1) + Duration::days(days);
            let frequency = if monthly { Frequency::Monthly } else { Frequency::Weekly };
            let dates = Recurrence::new(frequency, interval, count).unwrap().dates(first);
            prop_assert_eq!(dates.len(), count as usize);
            prop_assert_eq!(dates[0], first);
            for pair in dates.windows(2) {
                prop_assert!(pair[0] < pair[1]);
                prop_assert_eq!(pair[1].weekday(), first.weekday());
            }
            if monthly {
                for (k, d) in dates.iter().enumerate() {
                    let months = (d.year() - first.year()) * 12 + d.month() as i32 - first.month() as i32;
                    prop_assert_eq!(months, (interval as i32) * k as i32);
                }
            }
        }
    }
}
