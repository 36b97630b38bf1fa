//! French grammar around the names a message places: "de" elides before a vowel ("d'Anderlecht"),
//! and a name that opens with a common noun takes its article after a preposition ("de l'Épicerie
//! sociale", "à la Coordination sociale", "du CPAS", "au Centre") or contracts the one it holds
//! ("Le Pivot" → "du Pivot", "Les Petits Riens" → "aux Petits Riens"). Messages write "de
//! { $organization }" as a translator would; `around_names` rewrites the formatted text once,
//! for every message (`platform::i18n`), so no message spells an elision by hand.

/// The prepositions a name may follow in a message.
const PREPOSITIONS: [&str; 8] = ["de", "à", "dans", "pour", "avec", "par", "sur", "chez"];

/// Common nouns that open the names of organisations and coordinations, feminine…
const FEMININE: [&str; 33] = [
    "agence",
    "antenne",
    "asbl",
    "association",
    "banque",
    "bibliothèque",
    "boutique",
    "cellule",
    "clinique",
    "commune",
    "concertation",
    "coordination",
    "crèche",
    "croix",
    "cuisine",
    "entraide",
    "épicerie",
    "équipe",
    "école",
    "fédération",
    "fondation",
    "halte",
    "ligue",
    "maison",
    "mission",
    "mutualité",
    "permanence",
    "plateforme",
    "régie",
    "résidence",
    "société",
    "table",
    "ville",
];

/// …and masculine.
const MASCULINE: [&str; 28] = [
    "atelier",
    "bureau",
    "centre",
    "club",
    "collectif",
    "comité",
    "comptoir",
    "conseil",
    "cpas",
    "espace",
    "foyer",
    "groupe",
    "home",
    "hôpital",
    "institut",
    "lieu",
    "office",
    "ocmw",
    "planning",
    "point",
    "projet",
    "relais",
    "repair",
    "réseau",
    "restaurant",
    "service",
    "syndicat",
    "vestiaire",
];

/// Whether `word` opens with a sound that elides what comes before it ("l'", "d'"): a vowel,
/// or for the common nouns above a mute h ("l'hôpital").
fn elides(word: &str, mute_h: bool) -> bool {
    let first = word
        .chars()
        .flat_map(char::to_lowercase)
        .next()
        .unwrap_or(' ');
    "aàâäeéèêëiîïoôöuùûüyœæ".contains(first) || (mute_h && first == 'h')
}

#[derive(Clone, Copy, PartialEq)]
enum Opening {
    /// A proper name: no article ("Anderlecht", "Inès", "Repair Café du quartier").
    Proper,
    Feminine,
    Masculine,
    /// The name holds its own article: "Le …", "Les …" (which contract), "La …", "L'…".
    Le,
    Les,
    LaOrL,
}

fn opening(name: &str) -> (Opening, &str) {
    let first = name.split_whitespace().next().unwrap_or_default();
    let lower = first.to_lowercase();
    let rest = name[first.len()..].trim_start();
    match lower.as_str() {
        "le" if !rest.is_empty() => (Opening::Le, rest),
        "les" if !rest.is_empty() => (Opening::Les, rest),
        "la" if !rest.is_empty() => (Opening::LaOrL, name),
        _ if lower.starts_with("l'") || lower.starts_with("l’") => (Opening::LaOrL, name),
        word if FEMININE.contains(&word) => (Opening::Feminine, name),
        word if MASCULINE.contains(&word) => (Opening::Masculine, name),
        _ => (Opening::Proper, name),
    }
}

/// `preposition` and `name` as French writes them together: "de" + "Anderlecht" →
/// "d'Anderlecht", "à" + "Coordination sociale" → "à la Coordination sociale".
pub fn with_preposition(preposition: &str, name: &str) -> String {
    let (opening, rest) = opening(name);
    let de = preposition == "de";
    let a = preposition == "à";
    match opening {
        Opening::Proper | Opening::LaOrL if de && elides(name, false) => format!("d'{name}"),
        Opening::Proper | Opening::LaOrL => format!("{preposition} {name}"),
        Opening::Feminine | Opening::Masculine if elides(name, true) => {
            format!("{preposition} l'{name}")
        }
        Opening::Feminine => format!("{preposition} la {name}"),
        Opening::Masculine if de => format!("du {name}"),
        Opening::Masculine if a => format!("au {name}"),
        Opening::Masculine => format!("{preposition} le {name}"),
        Opening::Le if de => format!("du {rest}"),
        Opening::Le if a => format!("au {rest}"),
        Opening::Les if de => format!("des {rest}"),
        Opening::Les if a => format!("aux {rest}"),
        Opening::Le | Opening::Les => format!("{preposition} {name}"),
    }
}

/// `text` (a formatted French message) with every preposition that precedes one of `names`
/// written as French writes it. A preposition that opens a sentence keeps its capital.
pub fn around_names(text: &str, names: &[&str]) -> String {
    let mut out = text.to_string();
    for name in names.iter().filter(|n| !n.trim().is_empty()) {
        for preposition in PREPOSITIONS {
            let capital = {
                let mut chars = preposition.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                    .unwrap_or_default()
            };
            for (written, capitalised) in [(preposition, false), (capital.as_str(), true)] {
                let pattern = format!("{written} {name}");
                let mut from = 0;
                while let Some(found) = out[from..].find(&pattern) {
                    let at = from + found;
                    // The preposition is a word of its own, not the end of another ("Bde Anne").
                    let starts_word = out[..at]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if !starts_word {
                        from = at + pattern.len();
                        continue;
                    }
                    let mut replacement = with_preposition(preposition, name);
                    if capitalised {
                        let mut chars = replacement.chars();
                        replacement = chars
                            .next()
                            .map(|c| c.to_uppercase().chain(chars).collect())
                            .unwrap_or_default();
                    }
                    out.replace_range(at..at + pattern.len(), &replacement);
                    from = at + replacement.len();
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_take_their_article_or_elide() {
        assert_eq!(with_preposition("de", "Anderlecht"), "d'Anderlecht");
        assert_eq!(with_preposition("à", "Anderlecht"), "à Anderlecht");
        assert_eq!(with_preposition("de", "Schaerbeek"), "de Schaerbeek");
        assert_eq!(
            with_preposition("de", "Épicerie sociale"),
            "de l'Épicerie sociale"
        );
        assert_eq!(
            with_preposition("à", "Coordination sociale de Koekelberg"),
            "à la Coordination sociale de Koekelberg"
        );
        assert_eq!(
            with_preposition("dans", "Coordination sociale"),
            "dans la Coordination sociale"
        );
        assert_eq!(
            with_preposition("de", "CPAS d'Ixelles"),
            "du CPAS d'Ixelles"
        );
        assert_eq!(with_preposition("à", "Centre Alpha"), "au Centre Alpha");
        assert_eq!(
            with_preposition("de", "Hôpital Brugmann"),
            "de l'Hôpital Brugmann"
        );
        assert_eq!(with_preposition("de", "Le Pivot"), "du Pivot");
        assert_eq!(
            with_preposition("à", "Les Petits Riens"),
            "aux Petits Riens"
        );
        assert_eq!(with_preposition("de", "La Strada"), "de La Strada");
        assert_eq!(with_preposition("de", "Inès Martin"), "d'Inès Martin");
        assert_eq!(
            with_preposition("pour", "Maison des femmes"),
            "pour la Maison des femmes"
        );
    }

    #[test]
    fn a_message_is_rewritten_around_the_names_it_places() {
        assert_eq!(
            around_names(
                "Nous avons bien reçu la demande d'adhésion de Épicerie sociale à Coordination sociale d'Anderlecht.",
                &["Épicerie sociale", "Coordination sociale d'Anderlecht"]
            ),
            "Nous avons bien reçu la demande d'adhésion de l'Épicerie sociale à la Coordination sociale d'Anderlecht."
        );
        assert_eq!(
            around_names("De Anderlecht à Anderlecht", &["Anderlecht"]),
            "D'Anderlecht à Anderlecht"
        );
        // Only a preposition of its own: "Brigade Anne" is no "de Anne".
        assert_eq!(around_names("Brigade Anne", &["Anne"]), "Brigade Anne");
    }
}
