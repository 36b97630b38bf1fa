//! Free text about people's needs that holds no obvious personal data. The observatory keeps counts
//! and descriptions, never data about a beneficiary, so text with a national register number, an
//! email address, a phone number or a bank account number is refused with what was found.

use std::sync::LazyLock;

use regex::Regex;

use super::MessageKey;

/// Text checked to hold none of the personal data Socius recognises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnonymousText(String);

/// An address: the `@` may stand between spaces (`name @ host`); `(at)` and the like were turned
/// into one by [`normalised`].
static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^\s@<>()]+ ?@ ?[^\s@<>()]+\.[a-z]{2,}\b").expect("valid"));
/// Eleven digits in the national register's written forms (`85.07.30-033.28`, `850730 033 28`,
/// `85_07_30_033_28`, `85073003328`).
static NATIONAL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d])(\d{2})[._ ]?(\d{2})[._ ]?(\d{2})[-._ ]?(\d{3})[-._ ]?(\d{2})(?:$|[^\d])",
    )
    .expect("valid")
});
/// The same number always written with its dots and dash is refused even with a wrong check.
static NATIONAL_NUMBER_WRITTEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b").expect("valid"));
/// Phone numbers: Belgian ones (a leading 0, then 8 or 9 digits), and any international one
/// (`+` or `00`, a country code, then 7 to 12 digits: +33, +31, +212…), with spaces, dots,
/// slashes, dashes or underscores between groups (one or two: `02-/555 12 34`) and an optional
/// `(0)`; spaces around a slash were dropped by [`normalised`] (`02 / 555 12 34`).
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\d+])((?:\+|00)[1-9]\d{0,2}[\s./_-]{0,2}(?:\(0\)[\s./_-]{0,2})?\d(?:[\s./_-]{0,2}\d){6,11}|0\d(?:[\s./_-]{0,2}\d){7,8})(?:$|[^\d])",
    )
    .expect("valid")
});
/// A bank account: two letters, two check digits, then 11 to 30 letters or digits in groups (and,
/// checked in [`find`], at least ten digits: words of four letters are not an account).
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[a-z]{2}\d{2}(?:[\s._-]?[a-z0-9]{4}){2,7}(?:[\s._-]?[a-z0-9]{1,4})?\b")
        .expect("valid")
});
/// `(at)`, `[at]`, `{arobase}`, ` at ` between two words of an address…: an `@` written out.
static AT_WRITTEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*[(\[{<]\s*(?:at|arobase|apenstaartje)\s*[)\]}>]\s*").expect("valid")
});
static DOT_WRITTEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[(\[{<]\s*(?:dot|point|punt)\s*[)\]}>]\s*").expect("valid"));

/// The text as the patterns read it: compatibility forms folded (fullwidth `＠` and digits become
/// `@` and digits: NFKC), invisible characters dropped (zero-width spaces and joiners, soft
/// hyphens, byte order marks), lower case, every run of spaces one space and none around a slash,
/// written-out `@` and `.` as the characters. Only for finding: what is stored is the text as typed.
fn normalised(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let invisible = |c: &char| {
        matches!(
            c,
            '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        )
    };
    let folded: String = text
        .nfkc()
        .filter(|c| !invisible(c))
        .collect::<String>()
        .to_lowercase();
    let spaced = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    let spaced = spaced
        .replace(" / ", "/")
        .replace(" /", "/")
        .replace("/ ", "/");
    let at = AT_WRITTEN.replace_all(&spaced, "@");
    DOT_WRITTEN.replace_all(&at, ".").into_owned()
}

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
    let text = normalised(text);
    let text = text.as_str();
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
    let digits = |found: regex::Match| found.as_str().chars().filter(char::is_ascii_digit).count();
    if IBAN.find_iter(text).any(|found| digits(found) >= 10) {
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

    /// Personal data as people actually write it (and as a filter-dodger would): each refused.
    const DISGUISED: [(&str, &str); 44] = [
        ("compte be68 5390 0754 7034", "bank-account"),
        ("compte BE68-5390-0754-7034", "bank-account"),
        ("compte BE68  5390  0754  7034", "bank-account"),
        ("compte BE68539007547034", "bank-account"),
        ("IBAN be68.5390.0754.7034", "bank-account"),
        ("rekening NL91 ABNA 0417 1643 00", "bank-account"),
        ("compte FR76 3000 6000 0112 3456 7890 189", "bank-account"),
        ("compte ＢＥ６８ ５３９０ ０７５４ ７０３４", "bank-account"),
        (
            "compte BE68\u{200B}5390\u{200B}0754\u{200B}7034",
            "bank-account",
        ),
        ("tel +33 6 12 34 56 78", "phone"),
        ("tel +33612345678", "phone"),
        ("bellen +31 20 123 4567", "phone"),
        ("tel +212 6 12 34 56 78", "phone"),
        ("tel 0033 6 12 34 56 78", "phone"),
        ("tel +49 (0)30 1234 5678", "phone"),
        ("gsm 0470_12_34_56", "phone"),
        ("gsm 0470-12-34-56", "phone"),
        ("gsm ０４７０ １２ ３４ ５６", "phone"),
        ("gsm 0470\u{200B}12\u{200B}34\u{200B}56", "phone"),
        ("gsm 04\u{00AD}70 12 34 56", "phone"),
        ("tel +32  2  555  12  34", "phone"),
        ("tel +32 (0)2 555 12 34", "phone"),
        ("tel 02 / 555 12 34", "phone"),
        ("écrire à jean.dupont @ mail.be", "email"),
        ("écrire à jean.dupont@ mail.be", "email"),
        ("écrire à jean.dupont (at) mail.be", "email"),
        ("écrire à jean.dupont[at]mail.be", "email"),
        ("écrire à jean.dupont {arobase} mail.be", "email"),
        ("schrijf naar jan (apenstaartje) mail.be", "email"),
        ("écrire à jean.dupont＠mail.be", "email"),
        ("écrire à JEAN.DUPONT@MAIL.BE", "email"),
        ("écrire à jean.dupont (at) mail (dot) be", "email"),
        ("écrire à jean\u{200B}@\u{200B}mail.be", "email"),
        ("écrire à ｊｅａｎ＠ｍａｉｌ．ｂｅ", "email"),
        ("NN 85_07_30_033_28", "national-number"),
        ("NN 85 07 30 033 28", "national-number"),
        ("NN ８５.０７.３０-０３３.２８", "national-number"),
        ("NN 85.07.30\u{200B}-033.28", "national-number"),
        ("NN 85\u{FEFF}073003328", "national-number"),
        ("NN 850730-033-28", "national-number"),
        ("NN 85.07.30.033.28", "national-number"),
        ("RRN  85  07  30  033  28", "national-number"),
        ("NN 85.07.30-033.28 (erreur de frappe)", "national-number"),
        ("NN: 850730_03328", "national-number"),
    ];

    /// What the observatory's descriptions ordinarily say: each passes.
    const ORDINARY: [&str; 23] = [
        "Hausse des demandes d'aide alimentaire depuis janvier 2026 : 45 familles, 120 personnes.",
        "Période 2025-2026, 12 jeunes de 18 à 25 ans sans logement stable.",
        "Délais de 3 à 6 mois pour un rendez-vous ; 1070 Anderlecht, quartier Cureghem.",
        "Wachttijden van 10 tot 12 weken (01/02/2026).",
        "+20 % de demandes de colis par rapport à 2025.",
        "Permanence le mardi de 9h30 à 12h00, rue Wayez 1, 1070 Anderlecht.",
        "Les familles monoparentales (env. 35) attendent 18 mois en moyenne.",
        "Het OCMW ontving 1.250 aanvragen in 2025, 300 meer dan in 2024.",
        "Revenu d'intégration : 1 263,17 euros par mois pour une personne isolée.",
        "Près de 2/3 des personnes reçues ignorent le statut BIM.",
        "Consultations at the centre rose by 15 per cent; wait times at 6 weeks.",
        "Les jeunes de 16-17 ans décrochent ; 8 sur 10 sans formation.",
        "Code postal 1080, 1081 et 1083 : demandes en hausse.",
        "Articles 1er à 3 de la loi du 26 mai 2002 sur le droit à l'intégration sociale.",
        "Entre le 01.03.2026 et le 30.06.2026, 240 dossiers ouverts.",
        "Tarif social gaz et électricité : 40 ménages non informés.",
        "Plus de 100 000 Bruxellois sous le seuil de pauvreté selon l'Observatoire.",
        "Huurtoelage: 25 gezinnen weten niet dat ze er recht op hebben.",
        "Ligne 46 du bus et tram 81 : accès difficile le soir.",
        "Réunion du groupe logement (GT) le 12/03 à 14 h au CPAS.",
        "Le formulaire SPF Pensions (modèle 74) reste incompris.",
        "Hausse de 12,5 % des expulsions en 2025 ; 3 sur 4 évitables.",
        "Du 01/02/2026 au 31/03/2026, puis du 01 / 04 / 2026 au 30 / 06 / 2026.",
    ];

    #[test]
    fn disguised_personal_data_is_found_and_ordinary_text_passes() {
        for (text, kind) in DISGUISED {
            let found = find(text).map(|key| key.trim_start_matches("error-personal-"));
            assert_eq!(found, Some(kind), "{text:?}");
        }
        for text in ORDINARY {
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
