//! Every message exists in every locale, and no template or source names a key that does not exist.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const LOCALES: [&str; 3] = ["fr", "nl", "en"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn keys(locale: &str) -> BTreeSet<String> {
    let text =
        std::fs::read_to_string(root().join("locales").join(locale).join("main.ftl")).unwrap();
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .collect()
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// String literals that name messages: in templates, the argument of `t(…)`/`t1(…)`; in Rust, any
/// hyphenated literal whose first word is a message family (`error-…`, `flash-…`).
fn referenced_keys(families: &BTreeSet<String>) -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    let mut all = Vec::new();
    files(&root().join("src"), &mut all);
    for path in all {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        match path.extension().and_then(|e| e.to_str()) {
            Some("html") | Some("txt") => {
                for call in [".t(\"", ".t1(\""] {
                    for piece in text.split(call).skip(1) {
                        found.insert((name.clone(), piece.split('"').next().unwrap().to_string()));
                    }
                }
            }
            Some("rs") => {
                for (i, piece) in text.split('"').enumerate() {
                    let is_literal = i % 2 == 1;
                    let family = piece.split('-').next().unwrap_or("");
                    if is_literal
                        && piece.contains('-')
                        && piece
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        && !piece.ends_with('-')
                        && families.contains(family)
                    {
                        found.insert((name.clone(), piece.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    found
}

#[test]
fn every_locale_has_every_key() {
    let fr = keys("fr");
    assert!(fr.len() > 150);
    for locale in LOCALES {
        let other = keys(locale);
        let missing: Vec<_> = fr.difference(&other).collect();
        let extra: Vec<_> = other.difference(&fr).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, not in fr {extra:?}"
        );
    }
}

#[test]
fn templates_and_code_use_only_known_keys() {
    let known = keys("fr");
    let families: BTreeSet<String> = known
        .iter()
        .map(|k| k.split('-').next().unwrap().to_string())
        .collect();
    let referenced = referenced_keys(&families);
    assert!(referenced.len() > 100, "the scan finds the keys in use");
    let unknown: Vec<_> = referenced
        .iter()
        .filter(|(_, key)| !known.contains(key))
        .collect();
    assert!(unknown.is_empty(), "unknown message keys: {unknown:?}");
}

/// Every argument a message of Socius takes.
const ARGUMENTS: [&str; 29] = [
    "name",
    "coordination",
    "organization",
    "email",
    "municipality",
    "count",
    "page",
    "date",
    "language",
    "role",
    "groups",
    "label",
    "line",
    "organisations",
    "organisation",
    "coordinations",
    "reported",
    "meeting",
    "reason",
    "description",
    "due",
    "version",
    "number",
    "person",
    "period",
    "n",
    "hours",
    "word",
    "means",
];

#[test]
fn no_message_falls_back_or_carries_isolation_marks() {
    use socius::domain::Lang;
    for lang in Lang::ALL {
        for key in keys(lang.code()) {
            let args = ARGUMENTS.map(|a| (a, "x"));
            let text = socius::platform::i18n::t_args(lang, &key, &args);
            assert!(
                !text.contains("Unknown localization key"),
                "{key} in {lang}"
            );
            assert!(
                !text.contains('\u{2068}'),
                "{key} in {lang} has isolation marks"
            );
        }
    }
    assert_ne!(
        socius::platform::i18n::t(Lang::Nl, "nav-login"),
        socius::platform::i18n::t(Lang::Fr, "nav-login")
    );
}

/// French messages reach the reader with a no-break space before `:`, `;`, `!`, `?` (never a line
/// starting with a lone sign); Dutch and English ones put no space there at all.
#[test]
fn each_language_has_its_own_spaces_before_punctuation() {
    use socius::domain::Lang;
    use socius::platform::i18n::t_count;
    let loose = regex::Regex::new(r"[ \u{a0}\u{202f}][:;!?](\s|$)").unwrap();
    let ordinary = regex::Regex::new(r" [:;!?](\s|$)").unwrap();
    for lang in Lang::ALL {
        for key in keys(lang.code()) {
            let text = t_count(lang, &key, 2, &[("name", "x"), ("date", "x")]);
            if lang == Lang::Fr {
                assert!(!ordinary.is_match(&text), "{key}: {text}");
            } else {
                assert!(!loose.is_match(&text), "{key} in {lang}: {text}");
            }
        }
    }
    let subject = socius::platform::i18n::t_args(
        Lang::Fr,
        "mail-minutes-sent-subject",
        &[("name", "Plénière")],
    );
    assert_eq!(subject, "Procès-verbal à relire\u{a0}: Plénière");
}

/// Every message of every language, rendered with names as they come (starting with a vowel, with
/// a common noun that takes an article) and with one and with several, reads as a native writes
/// it: French elides and places its articles ("d'Anderlecht", "de l'Épicerie…", "à la
/// Coordination…"), puts a no-break space before `:` `;` `!` `?` where Dutch and English put none,
/// and no language writes a plural as "(s)" or "(en)".
#[test]
fn every_message_reads_as_a_native_writes_it() {
    use socius::domain::Lang;
    use socius::platform::i18n::{t_args, t_count};
    // Names as they come: starting with a vowel, or with a common noun that takes an article.
    let names = [
        ("organization", "Épicerie sociale"),
        ("organisation", "Atelier vélo"),
        ("coordination", "Coordination sociale d'Anderlecht"),
        ("municipality", "Anderlecht"),
        ("name", "Inès Martin"),
        ("person", "Anne Dubois"),
    ];
    let args: Vec<(&str, &str)> = ARGUMENTS
        .iter()
        .map(|a| {
            let name = names.iter().find(|(n, _)| n == a).map(|(_, v)| *v);
            (*a, name.unwrap_or("12"))
        })
        .collect();
    let regex = |r: &str| regex::Regex::new(r).unwrap();
    let unelided = regex(r"(?:^|[\s(«’'])[dD]e [AEIOUYÉÈÊÀÂÎÔÛaeiouyéèêàâîôû]");
    let name_without_article = regex(r"(?:de|à|dans|pour) (?:Épicerie|Coordination) ");
    let bracketed_plural = regex(r"\w\((?:s|en|e|es|n|nen|ren)\)");
    // A colon that punctuates (not one inside a time, an address or a Fluent-free literal).
    let punctuating_colon = regex(r"(.)([:;!?])(?:\s|$)");
    let mut faults = Vec::new();
    for lang in Lang::ALL {
        for key in keys(lang.code()) {
            for text in [
                t_args(lang, &key, &args),
                t_count(lang, &key, 1, &args),
                t_count(lang, &key, 3, &args),
            ] {
                let mut fault = |why: &str| faults.push(format!("{lang:?} {key}: {why}: {text}"));
                if bracketed_plural.is_match(&text) {
                    fault("a plural in brackets");
                }
                for found in punctuating_colon.captures_iter(&text) {
                    let before = &found[1];
                    let mark = &found[2];
                    let french_space = if mark == ":" { "\u{a0}" } else { "\u{202f}" };
                    match lang {
                        Lang::Fr if before != french_space && before != "\u{a0}" => {
                            fault("French puts a no-break space before the mark")
                        }
                        Lang::Nl | Lang::En if before.trim().is_empty() => {
                            fault("no space before the mark")
                        }
                        _ => {}
                    }
                }
                if lang == Lang::Fr {
                    if unelided.is_match(&text) {
                        fault("'de' before a vowel");
                    }
                    if name_without_article.is_match(&text) {
                        fault("a name without its article");
                    }
                }
            }
        }
    }
    faults.dedup();
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}
