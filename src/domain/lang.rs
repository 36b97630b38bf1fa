use std::fmt;

use super::MessageKey;

/// A UI language. French and Dutch are the region's languages; English is a third UI language.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Default,
    serde::Serialize,
    serde::Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    Nl,
    En,
}

/// A language public content is written in, as a query names it: the map and its HSDS API
/// speak French and Dutch only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ContentLang {
    Fr,
    Nl,
}

impl From<ContentLang> for Lang {
    fn from(lang: ContentLang) -> Lang {
        match lang {
            ContentLang::Fr => Lang::Fr,
            ContentLang::Nl => Lang::Nl,
        }
    }
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];
    /// The languages public content is written in.
    pub const CONTENT: [Lang; 2] = [Lang::Fr, Lang::Nl];

    pub fn parse(input: &str) -> Result<Lang, MessageKey> {
        match input.trim().to_ascii_lowercase().as_str() {
            "fr" => Ok(Lang::Fr),
            "nl" => Ok(Lang::Nl),
            "en" => Ok(Lang::En),
            _ => Err("error-lang-invalid"),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's own name, as a language switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// Picks the best supported language from an `Accept-Language` header (French when none fits).
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for part in accept_language.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let quality = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Ok(lang) = Lang::parse(primary) {
                if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, lang));
                }
            }
        }
        best.map(|(_, lang)| lang).unwrap_or_default()
    }

    /// Content in the reader's language; English readers get French, then Dutch.
    pub fn pick<'a>(self, fr: &'a str, nl: &'a str) -> &'a str {
        match self {
            Lang::Nl if !nl.is_empty() => nl,
            Lang::Nl => fr,
            _ if !fr.is_empty() => fr,
            _ => nl,
        }
    }

    /// Content for a reader, with the language it is really in: theirs, or the other content
    /// language when theirs is not written (the page then marks the text with its own `lang`).
    /// English readers get French, then Dutch.
    pub fn read<'a>(self, fr: &'a str, nl: &'a str) -> (&'a str, Lang) {
        match (self == Lang::Nl, fr.trim().is_empty(), nl.trim().is_empty()) {
            (true, _, false) | (false, true, _) => (nl, Lang::Nl),
            _ => (fr, Lang::Fr),
        }
    }

    /// The content languages a bilingual text lacks: what its editors are shown to translate.
    pub fn missing(fr: &str, nl: &str) -> Vec<Lang> {
        [(Lang::Fr, fr), (Lang::Nl, nl)]
            .into_iter()
            .filter(|(_, text)| text.trim().is_empty())
            .map(|(lang, _)| lang)
            .collect()
    }

    /// The content language `pick` did not choose, with its text, when both were written: what a
    /// bilingual document shows second.
    pub fn other<'a>(self, fr: &'a str, nl: &'a str) -> Option<(Lang, &'a str)> {
        if fr.trim().is_empty() || nl.trim().is_empty() || fr.trim() == nl.trim() {
            return None;
        }
        Some(if self.pick(fr, nl) == fr {
            (Lang::Nl, nl)
        } else {
            (Lang::Fr, fr)
        })
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_get_the_other_language_when_theirs_is_missing() {
        assert_eq!(Lang::Nl.read("Charte", "Charter"), ("Charter", Lang::Nl));
        assert_eq!(Lang::Nl.read("Charte", " "), ("Charte", Lang::Fr));
        assert_eq!(Lang::Fr.read("", "Charter"), ("Charter", Lang::Nl));
        assert_eq!(Lang::En.read("Charte", "Charter"), ("Charte", Lang::Fr));
        assert_eq!(Lang::missing("Charte", ""), vec![Lang::Nl]);
        assert!(Lang::missing("Charte", "Charter").is_empty());
    }

    #[test]
    fn negotiation_follows_quality() {
        assert_eq!(Lang::negotiate("nl-BE,nl;q=0.9,fr;q=0.8"), Lang::Nl);
        assert_eq!(Lang::negotiate("de-DE, en;q=0.5, fr;q=0.7"), Lang::Fr);
        assert_eq!(Lang::negotiate("en-GB"), Lang::En);
        assert_eq!(Lang::negotiate("de, es"), Lang::Fr);
        assert_eq!(Lang::negotiate(""), Lang::Fr);
    }

    #[test]
    fn the_other_language_comes_second_only_when_both_were_written() {
        assert_eq!(
            Lang::Fr.other("Bonjour", "Hallo"),
            Some((Lang::Nl, "Hallo"))
        );
        assert_eq!(
            Lang::Nl.other("Bonjour", "Hallo"),
            Some((Lang::Fr, "Bonjour"))
        );
        assert_eq!(
            Lang::En.other("Bonjour", "Hallo"),
            Some((Lang::Nl, "Hallo"))
        );
        assert_eq!(Lang::Nl.other("Bonjour", " "), None);
        assert_eq!(Lang::Fr.other("Idem", "Idem"), None);
    }

    #[test]
    fn content_falls_back_to_the_other_language() {
        assert_eq!(Lang::Nl.pick("Bonjour", ""), "Bonjour");
        assert_eq!(Lang::Fr.pick("", "Hallo"), "Hallo");
        assert_eq!(Lang::En.pick("Bonjour", "Hallo"), "Bonjour");
    }
}
