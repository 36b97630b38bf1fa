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

#[test]
fn no_message_falls_back_or_carries_isolation_marks() {
    use socius::domain::Lang;
    for lang in Lang::ALL {
        for key in keys(lang.code()) {
            let args = [
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
                "n",
            ]
            .map(|a| (a, "x"));
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
