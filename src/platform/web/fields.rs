//! The form kit's parsers: each turns what a person typed into a value or the Fluent key of the
//! message shown beside the field. Forms and the JSON API call the same parsers with the same
//! limits, and templates pass the same limits to `maxlength`, so a text the page accepts is one the
//! API accepts.
//!
//! A form handler reads its fields through [`FieldErrors::check`](super::FieldErrors::check):
//! `let title = errors.check("title", fields::required(&form.title, limits::TITLE));`, and when
//! anything was refused renders the form again with 422, the messages and what was typed.

use chrono::{NaiveDate, NaiveTime};

use crate::domain::MessageKey;

/// The length limits of text fields, in characters.
pub mod limits {
    /// A person's or an organisation's name, a title, a place.
    pub const NAME: usize = 200;
    /// One line of free text: an address, a representative, a label.
    pub const LINE: usize = 500;
    /// A description, a reason, a note.
    pub const TEXT: usize = 5_000;
    /// A page of text: minutes' notes, a public page.
    pub const PAGE: usize = 20_000;
    /// A document of several pages: a charter and its rules.
    pub const DOCUMENT: usize = 50_000;
    /// A web address.
    pub const URL: usize = 300;
    /// An email address (RFC 5321's limit).
    pub const EMAIL: usize = 254;
    /// A phone number with its country code, spaces and an extension.
    pub const PHONE: usize = 40;
    /// A code or a number written in a field: a company number, a postcode, a coordinate.
    pub const CODE: usize = 20;
}

/// Trimmed text with Windows line ends made plain; control characters other than tab and newline
/// are refused (a NUL byte cannot be stored on PostgreSQL and nobody types one).
pub fn optional(input: &str, max: usize) -> Result<String, MessageKey> {
    // Checked before trimming: a vertical tab or a form feed is white space too, and would leave
    // unseen at either end.
    if input
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err("error-control-characters");
    }
    let text = input.trim().replace("\r\n", "\n");
    if text.contains('\r') {
        Err("error-control-characters")
    } else if text.chars().count() > max {
        Err("error-too-long")
    } else {
        Ok(text)
    }
}

/// Like [`optional`], and not empty.
pub fn required(input: &str, max: usize) -> Result<String, MessageKey> {
    match optional(input, max)? {
        text if text.is_empty() => Err("error-required"),
        text => Ok(text),
    }
}

/// A text in French and in Dutch, each within `max`; with `one_required`, at least one of the two.
/// The error names the field it belongs beside.
pub fn bilingual(
    fr: &str,
    nl: &str,
    max: usize,
    one_required: bool,
) -> Result<(String, String), (Which, MessageKey)> {
    let fr = optional(fr, max).map_err(|key| (Which::Fr, key))?;
    let nl = optional(nl, max).map_err(|key| (Which::Nl, key))?;
    if one_required && fr.is_empty() && nl.is_empty() {
        return Err((Which::Fr, "error-one-language-required"));
    }
    Ok((fr, nl))
}

/// Which of a French/Dutch pair a message belongs beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    Fr,
    Nl,
}

/// A web address; `example.org` becomes `https://example.org`. Empty stays empty.
pub fn website(input: &str) -> Result<String, MessageKey> {
    let text = optional(input, limits::URL)?;
    if text.is_empty() {
        return Ok(text);
    }
    let full = if text.starts_with("https://") || text.starts_with("http://") {
        text
    } else {
        format!("https://{text}")
    };
    let parsed = url::Url::parse(&full).map_err(|_| "error-url-invalid")?;
    let host_ok = parsed
        .host_str()
        .is_some_and(|h| h.contains('.') && !h.starts_with('.') && !h.ends_with('.'));
    if host_ok && !full.contains(char::is_whitespace) {
        Ok(full)
    } else {
        Err("error-url-invalid")
    }
}

/// A phone number as people write it (`02 123 45 67`, `+32 2 123 45 67`): 6 to 15 digits, with
/// spaces, dots, slashes, dashes, brackets and a leading `+` allowed. Empty stays empty.
/// A phone number as a `tel:` link wants it: its digits and a leading `+`.
pub fn tel(number: &str) -> String {
    number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect()
}

pub fn phone(input: &str) -> Result<String, MessageKey> {
    let text = optional(input, limits::PHONE)?;
    if text.is_empty() {
        return Ok(text);
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " ./-()".contains(c) || (c == '+' && i == 0));
    if allowed && (6..=15).contains(&digits) {
        Ok(text)
    } else {
        Err("error-phone-invalid")
    }
}

/// A calendar day written `YYYY-MM-DD` (what a date input sends), between 1900 and 2100.
pub fn date(input: &str) -> Result<NaiveDate, MessageKey> {
    let day =
        NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| "error-date-invalid")?;
    if (1900..=2100).contains(&chrono::Datelike::year(&day)) {
        Ok(day)
    } else {
        Err("error-date-invalid")
    }
}

/// A time of day written `HH:MM` (what a time input sends).
pub fn time(input: &str) -> Result<NaiveTime, MessageKey> {
    NaiveTime::parse_from_str(input.trim(), "%H:%M").map_err(|_| "error-time-invalid")
}

/// A whole number within `min..=max`.
pub fn integer(input: &str, min: i64, max: i64) -> Result<i64, MessageKey> {
    match input.trim().parse::<i64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err("error-number-invalid"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn texts_are_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(optional("  a\r\nb ", 10), Ok("a\nb".to_string()));
        assert_eq!(optional("abc", 2), Err("error-too-long"));
        assert_eq!(optional("a\0b", 10), Err("error-control-characters"));
        assert_eq!(optional("a\tb", 10), Ok("a\tb".to_string()));
        assert_eq!(required("  ", 10), Err("error-required"));
        assert_eq!(
            bilingual("", "", 10, true),
            Err((Which::Fr, "error-one-language-required"))
        );
        assert_eq!(
            bilingual("x", "toolong", 3, true),
            Err((Which::Nl, "error-too-long"))
        );
    }

    #[test]
    fn websites_get_their_scheme() {
        assert_eq!(website("example.org"), Ok("https://example.org".into()));
        assert_eq!(
            website("http://cpas.brussels/x"),
            Ok("http://cpas.brussels/x".into())
        );
        assert_eq!(website(""), Ok(String::new()));
        for bad in [
            "not a site",
            "https://",
            "localhost",
            "javascript:alert(1)",
            "a b.be",
        ] {
            assert_eq!(website(bad), Err("error-url-invalid"), "{bad}");
        }
    }

    #[test]
    fn phones_dates_and_numbers() {
        assert!(phone("+32 2 123 45 67").is_ok());
        assert!(phone("02/123.45.67").is_ok());
        assert_eq!(phone("call me"), Err("error-phone-invalid"));
        assert_eq!(phone("12"), Err("error-phone-invalid"));
        assert_eq!(phone("02 + 123456"), Err("error-phone-invalid"));
        assert!(date("2027-02-28").is_ok());
        assert_eq!(date("2027-02-30"), Err("error-date-invalid"));
        assert_eq!(date("0001-01-01"), Err("error-date-invalid"));
        assert!(time("09:30").is_ok());
        assert_eq!(time("25:00"), Err("error-time-invalid"));
        assert_eq!(integer("12", 1, 20), Ok(12));
        assert_eq!(integer("21", 1, 20), Err("error-number-invalid"));
    }

    proptest! {
        #[test]
        fn accepted_text_fits_its_limit(s in "\\PC{0,50}", max in 0usize..40) {
            if let Ok(text) = optional(&s, max) {
                prop_assert!(text.chars().count() <= max);
                prop_assert!(!text.chars().any(|c| c.is_control() && c != '\n' && c != '\t'));
            }
        }
    }
}
