//! Free text about people's needs that holds no obvious personal data. The observatory keeps counts
//! and descriptions, never data about a beneficiary, so text with a national register number, an
//! email address, a phone number or a bank account number is refused with what was found.

use std::sync::LazyLock;

use regex::Regex;

use super::MessageKey;

/// Text checked to hold none of the personal data Socius recognises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnonymousText(String);

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}").expect("valid"));
/// Eleven digits in the national register's written forms (`85.07.30-033.28`, `850730 033 28`,
/// `85073003328`).
static NATIONAL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d])(\d{2})[. ]?(\d{2})[. ]?(\d{2})[-. ]?(\d{3})[-. ]?(\d{2})(?:$|[^\d])")
        .expect("valid")
});
/// The same number always written with its dots and dash is refused even with a wrong check.
static NATIONAL_NUMBER_WRITTEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b").expect("valid"));
/// Belgian phone numbers: +32 / 0032, or a leading 0, then 8 or 9 digits with spaces, dots,
/// slashes or dashes between groups.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d+])((?:\+|00)32[\s./-]?(?:\(0\))?\d(?:[\s./-]?\d){7,8}|0\d(?:[\s./-]?\d){7,8})(?:$|[^\d])")
        .expect("valid")
});
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b").expect("valid"));

impl AnonymousText {
    /// Takes the text when it holds no personal data; otherwise names what it found.
    pub fn parse(text: &str) -> Result<AnonymousText, MessageKey> {
        match find(text) {
            Some(found) => Err(found),
            None => Ok(AnonymousText(text.trim().to_string())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The kind of personal data found first, as the key of the message that explains the refusal.
pub fn find(text: &str) -> Option<MessageKey> {
    if NATIONAL_NUMBER_WRITTEN.is_match(text)
        || NATIONAL_NUMBER.captures_iter(text).any(|c| {
            national_number_checks(&format!("{}{}{}{}{}", &c[1], &c[2], &c[3], &c[4], &c[5]))
        })
    {
        return Some("error-personal-national-number");
    }
    if EMAIL.is_match(text) {
        return Some("error-personal-email");
    }
    if IBAN.is_match(text) {
        return Some("error-personal-bank-account");
    }
    if PHONE.is_match(text) {
        return Some("error-personal-phone");
    }
    None
}

/// The national register's check: 97 minus the first nine digits modulo 97 (with a 2 in front for
/// people born from 2000 on).
fn national_number_checks(digits: &str) -> bool {
    let (Ok(base), Ok(check)) = (digits[..9].parse::<u64>(), digits[9..].parse::<u64>()) else {
        return false;
    };
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A valid national number for a birth date and a serial, in its written form.
    fn national_number(yy: u64, mm: u64, dd: u64, serial: u64, after_2000: bool) -> String {
        let base = yy * 10_000_000 + mm * 100_000 + dd * 1000 + serial;
        let check = if after_2000 {
            97 - (2_000_000_000 + base) % 97
        } else {
            97 - base % 97
        };
        format!("{yy:02}.{mm:02}.{dd:02}-{serial:03}.{check:02}")
    }

    #[test]
    fn national_numbers_in_every_written_form_are_refused() {
        for text in [
            "Madame 85.07.30-033.28 vient chaque semaine",
            "NN 85073003328",
            "rrn: 850730 033 28",
            "85.07.30-033.99 (même avec une erreur)",
        ] {
            assert_eq!(
                AnonymousText::parse(text),
                Err("error-personal-national-number"),
                "{text}"
            );
        }
    }

    #[test]
    fn contact_details_are_refused() {
        assert_eq!(
            find("écrire à jean.dupont@mail.be"),
            Some("error-personal-email")
        );
        assert_eq!(find("tel 0470 12 34 56"), Some("error-personal-phone"));
        assert_eq!(
            find("appeler le 02/555.12.34"),
            Some("error-personal-phone")
        );
        assert_eq!(find("+32 2 555 12 34"), Some("error-personal-phone"));
        assert_eq!(
            find("compte BE68 5390 0754 7034"),
            Some("error-personal-bank-account")
        );
    }

    #[test]
    fn ordinary_descriptions_pass() {
        for text in [
            "Hausse des demandes d'aide alimentaire depuis janvier 2026 : 45 familles, 120 personnes.",
            "Période 2025-2026, 12 jeunes de 18 à 25 ans sans logement stable.",
            "Délais de 3 à 6 mois pour un rendez-vous ; 1070 Anderlecht, quartier Cureghem.",
            "Wachttijden van 10 tot 12 weken (01/02/2026).",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
    }

    proptest! {
        #[test]
        fn any_valid_national_number_is_found(
            yy in 0u64..100, mm in 1u64..13, dd in 1u64..29, serial in 1u64..998, after in any::<bool>(),
            before in "[a-zA-Zé ]{0,20}", after_text in "[a-zA-Zé ]{0,20}",
        ) {
            let number = national_number(yy, mm, dd, serial, after);
            prop_assert!(national_number_checks(&number.replace(['.', '-'], "")));
            let text = format!("{before} {number} {after_text}");
            prop_assert_eq!(find(&text), Some("error-personal-national-number"));
            let bare = format!("{before} {} {after_text}", number.replace(['.', '-'], ""));
            prop_assert_eq!(find(&bare), Some("error-personal-national-number"));
        }

        #[test]
        fn counts_and_years_are_not_personal_data(count in 0u64..100_000, year in 2000u64..2100) {
            let text = format!("{count} personnes en {year}, soit {} de plus", count / 2);
            prop_assert_eq!(find(&text), None);
        }
    }
}
