//! Sorting text the way its reader expects: French and Dutch readers put "Énergie" among the E's
//! and "ça" before "cb", whatever the case and accents — not after "Z" as byte order does. One
//! collator per language (ICU4X with its compiled CLDR data), made once. And matching text the
//! way people type it: without accents or case (`fold`).

use std::cmp::Ordering;
use std::sync::OnceLock;

use icu_collator::options::{CollatorOptions, Strength};
use icu_collator::{Collator, CollatorBorrowed, CollatorPreferences};
use icu_locale_core::Locale;

use crate::domain::Lang;

fn collator(lang: Lang) -> &'static CollatorBorrowed<'static> {
    static COLLATORS: [OnceLock<CollatorBorrowed<'static>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::Fr => 0,
        Lang::Nl => 1,
        Lang::En => 2,
    };
    COLLATORS[slot].get_or_init(|| {
        let mut options = CollatorOptions::default();
        // Tertiary: accents and case only break ties between otherwise equal words.
        options.strength = Some(Strength::Tertiary);
        let locale: Locale = lang.code().parse().expect("fr, nl and en are locales");
        Collator::try_new(CollatorPreferences::from(&locale), options)
            .expect("the compiled collation data covers fr, nl and en")
    })
}

/// Text as matching compares it: lower case, accents removed, anything but letters and digits
/// turned into spaces ("Épicerie sociale" and "epicerie-sociale" match).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
            'ç' => "c",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ñ' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ý' | 'ÿ' => "y",
            'œ' => "oe",
            'æ' => "ae",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(plain);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How two texts compare for a reader of `lang`.
pub fn compare(lang: Lang, a: &str, b: &str) -> Ordering {
    collator(lang).compare(a, b)
}

/// Sorts `items` by the text `name` gives, for a reader of `lang`.
pub fn sort_by<T>(lang: Lang, items: &mut [T], name: impl Fn(&T) -> &str) {
    let collator = collator(lang);
    items.sort_by(|a, b| collator.compare(name(a), name(b)));
}

/// The bytes that sort like the text (for a column that SQL orders by, so a paginated list is in
/// the reader's order), hex-encoded so both backends compare it as plain ASCII.
pub fn sort_key(lang: Lang, text: &str) -> String {
    let mut key: Vec<u8> = Vec::new();
    let Ok(()) = collator(lang).write_sort_key_to(text, &mut key);
    hex::encode(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_sort_among_their_letters() {
        let mut words = vec![
            "Zorg",
            "énergie",
            "Energie",
            "aide",
            "Épicerie",
            "emploi",
            "Ça va",
        ];
        sort_by(Lang::Fr, &mut words, |w| w);
        assert_eq!(
            words,
            [
                "aide",
                "Ça va",
                "emploi",
                "Energie",
                "énergie",
                "Épicerie",
                "Zorg"
            ]
        );
        assert_eq!(compare(Lang::Nl, "ijs", "Ijzer"), Ordering::Less);
        let keys: Vec<String> = ["Épicerie", "emploi", "Zorg"]
            .iter()
            .map(|w| sort_key(Lang::Fr, w))
            .collect();
        assert!(keys[1] < keys[0] && keys[0] < keys[2], "{keys:?}");
    }
}
