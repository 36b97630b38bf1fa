//! Translations (Fluent files in `locales/`) and locale-aware formatting. Times are stored in UTC and
//! shown in Europe/Brussels.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Europe::Brussels;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, LanguageIdentifier, Loader};

use crate::domain::Lang;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fr",
        // Isolation marks (U+2068/U+2069) around arguments break copy-paste and plain-text emails.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn langid(lang: Lang) -> LanguageIdentifier {
    lang.code()
        .parse()
        .expect("language codes are valid identifiers")
}

/// The message for `key` in `lang`, typeset for its language (`platform::typography`).
pub fn t(lang: Lang, key: &str) -> String {
    typeset(lang, LOCALES.lookup(&langid(lang), key))
}

fn typeset(lang: Lang, message: String) -> String {
    match crate::platform::typography::typeset(lang, &message) {
        Cow::Borrowed(_) => message,
        Cow::Owned(typeset) => typeset,
    }
}

/// The message for `key` in `lang`, with named arguments.
pub fn t_args(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let names = names_in(args);
    let args: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            (
                Cow::Owned(name.to_string()),
                FluentValue::from(value.to_string()),
            )
        })
        .collect();
    let text = LOCALES.lookup_with_args(&langid(lang), key, &args);
    typeset(lang, around_names(lang, text, &names))
}

/// The arguments that place a name in a message (the rest are counts, dates, addresses).
const NAME_ARGUMENTS: [&str; 6] = [
    "organization",
    "organisation",
    "coordination",
    "municipality",
    "name",
    "person",
];

/// French writes the prepositions before names with their elision and article
/// (`platform::french`); the other languages leave the text as it is.
fn around_names(lang: Lang, text: String, names: &[&str]) -> String {
    match lang {
        Lang::Fr if !names.is_empty() => crate::platform::french::around_names(&text, names),
        _ => text,
    }
}

fn names_in<'a>(args: &[(&str, &'a str)]) -> Vec<&'a str> {
    args.iter()
        .filter(|(name, _)| NAME_ARGUMENTS.contains(name))
        .map(|(_, value)| *value)
        .collect()
}

/// The message for `key` with a number `$count` its selectors choose the plural form by ("1 jeton",
/// "3 jetons"; the real plural rules of each language), and other named arguments.
pub fn t_count(lang: Lang, key: &str, count: i64, args: &[(&str, &str)]) -> String {
    let names = names_in(args);
    let mut values: HashMap<Cow<'static, str>, FluentValue> = args
        .iter()
        .map(|(name, value)| {
            (
                Cow::Owned(name.to_string()),
                FluentValue::from(value.to_string()),
            )
        })
        .collect();
    values.insert(Cow::Borrowed("count"), FluentValue::from(count));
    let text = LOCALES.lookup_with_args(&langid(lang), key, &values);
    typeset(lang, around_names(lang, text, &names))
}

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(lang: Lang, month0: u32) -> &'static str {
    let months = match lang {
        Lang::Fr => &MONTHS_FR,
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
    };
    months[month0 as usize]
}

/// Today's date in Brussels: what "until the deadline" and "today" mean to the people of Socius.
pub fn today() -> chrono::NaiveDate {
    Utc::now().with_timezone(&Brussels).date_naive()
}

/// `23 novembre 2026`, `23 november 2026`, `23 November 2026`, in Brussels time.
pub fn format_date(lang: Lang, at: DateTime<Utc>) -> String {
    format_day(lang, at.with_timezone(&Brussels).date_naive())
}

/// A calendar day written out: `23 novembre 2026`; French writes the first of the month as an
/// ordinal (`1er décembre 2026`).
pub fn format_day(lang: Lang, day: chrono::NaiveDate) -> String {
    let number = match (lang, day.day()) {
        (Lang::Fr, 1) => "1er".to_string(),
        (_, n) => n.to_string(),
    };
    format!("{number} {} {}", month_name(lang, day.month0()), day.year())
}

/// A span of days as people write it: `du 21 au 28 décembre 2026`, `van 21 tot 28 december 2026`,
/// `from 21 to 28 December 2026`; the month and year said once when both ends share them, a
/// single day as itself.
pub fn format_day_range(lang: Lang, first: chrono::NaiveDate, last: chrono::NaiveDate) -> String {
    if first == last {
        return format_day(lang, first);
    }
    let end = format_day(lang, last);
    let full = format_day(lang, first);
    let start = if first.year() != last.year() {
        full
    } else if first.month() != last.month() {
        full.rsplit_once(' ')
            .map_or(full.clone(), |(day_month, _)| day_month.to_string())
    } else {
        full.split_once(' ')
            .map_or(full.clone(), |(day, _)| day.to_string())
    };
    let (from, to) = match lang {
        Lang::Fr => ("du", "au"),
        Lang::Nl => ("van", "tot"),
        Lang::En => ("from", "to"),
    };
    format!("{from} {start} {to} {end}")
}

/// A month written out: `décembre 2026`, `december 2026`, `December 2026`.
pub fn format_month(lang: Lang, day: chrono::NaiveDate) -> String {
    format!("{} {}", month_name(lang, day.month0()), day.year())
}

/// `23 novembre 2026 à 14:05`, `23 november 2026 om 14:05`, `23 November 2026 at 14:05`.
pub fn format_datetime(lang: Lang, at: DateTime<Utc>) -> String {
    let joiner = match lang {
        Lang::Fr => "à",
        Lang::Nl => "om",
        Lang::En => "at",
    };
    format!("{} {} {}", format_date(lang, at), joiner, format_time(at))
}

/// `14:30`, in Brussels time (the same in every language Socius speaks).
pub fn format_time(at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Brussels);
    format!("{:02}:{:02}", local.hour(), local.minute())
}

/// Integers with the locale's grouping: `12 345` (narrow no-break space), `12.345`, `12,345`.
pub fn format_integer(lang: Lang, value: i64) -> String {
    let separator = match lang {
        Lang::Fr => '\u{202f}',
        Lang::Nl => '.',
        Lang::En => ',',
    };
    let digits = value.unsigned_abs().to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    if value < 0 {
        grouped.insert(0, '-');
    }
    grouped
}

/// A decimal with `places` digits and the locale's decimal mark.
pub fn format_decimal(lang: Lang, value: f64, places: usize) -> String {
    let text = format!("{:.*}", places, value.abs());
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = format_integer(lang, int_part.parse().unwrap_or(0));
    let shows_nonzero = out != "0" || frac_part.chars().any(|c| c != '0');
    if value < 0.0 && shows_nonzero {
        out.insert(0, '-');
    }
    if places > 0 {
        out.push(if lang == Lang::En { '.' } else { ',' });
        out.push_str(frac_part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_are_shown_in_brussels_time_across_dst() {
        // 23:30 UTC in winter is 00:30 the next day in Brussels (UTC+1); in summer UTC+2.
        let winter = Utc.with_ymd_and_hms(2026, 11, 23, 23, 30, 0).unwrap();
        assert_eq!(
            format_datetime(Lang::Fr, winter),
            "24 novembre 2026 à 00:30"
        );
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 12, 0, 0).unwrap();
        assert_eq!(format_datetime(Lang::Nl, summer), "1 juli 2026 om 14:00");
        assert_eq!(format_date(Lang::En, summer), "1 July 2026");
        assert_eq!(
            format_date(Lang::Fr, summer),
            "1er juillet 2026",
            "the first is an ordinal"
        );
    }

    #[test]
    fn spans_of_days_say_the_month_and_year_once() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        for (lang, first, last, written) in [
            (
                Lang::Fr,
                d(2026, 12, 21),
                d(2026, 12, 28),
                "du 21 au 28 décembre 2026",
            ),
            (
                Lang::Nl,
                d(2026, 12, 21),
                d(2026, 12, 28),
                "van 21 tot 28 december 2026",
            ),
            (
                Lang::Fr,
                d(2026, 11, 1),
                d(2026, 12, 3),
                "du 1er novembre au 3 décembre 2026",
            ),
            (
                Lang::En,
                d(2026, 12, 28),
                d(2027, 1, 4),
                "from 28 December 2026 to 4 January 2027",
            ),
            (
                Lang::Nl,
                d(2026, 12, 24),
                d(2026, 12, 24),
                "24 december 2026",
            ),
        ] {
            assert_eq!(format_day_range(lang, first, last), written);
        }
    }

    #[test]
    fn counts_take_their_plural_and_their_grouping() {
        let n = |lang: Lang, count: i64| {
            t_count(
                lang,
                "map-results",
                count,
                &[("n", &format_integer(lang, count))],
            )
        };
        assert_eq!(n(Lang::Fr, 1), "1 service");
        assert_eq!(n(Lang::Fr, 1234), "1\u{202f}234 services");
        assert_eq!(n(Lang::Nl, 1), "1 dienst");
        assert_eq!(n(Lang::Nl, 14), "14 diensten");
    }

    #[test]
    fn numbers_follow_the_locale() {
        assert_eq!(format_integer(Lang::Fr, 1234567), "1\u{202f}234\u{202f}567");
        assert_eq!(format_integer(Lang::Nl, 1234), "1.234");
        assert_eq!(format_integer(Lang::En, -1234), "-1,234");
        assert_eq!(format_integer(Lang::En, 999), "999");
        assert_eq!(format_decimal(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(format_decimal(Lang::En, -0.25, 2), "-0.25");
    }

    #[test]
    fn messages_take_arguments_without_isolation_marks() {
        let text = t_args(Lang::Nl, "greeting", &[("name", "Anne")]);
        assert!(text.contains("Anne"));
        assert!(!text.contains('\u{2068}'));
    }
}
