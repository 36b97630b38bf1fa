//! Typography: the spaces each language's typesetting wants around punctuation. French puts a
//! no-break space (U+00A0) before the colon and inside guillemets, and a narrow no-break space
//! (U+202F) before `;`, `!` and `?`, so that a line never starts with a lone sign; Dutch and
//! English put none. Every translated message passes through [`typeset`] (`platform::i18n`), and
//! templates that join a label and its value use [`colon`] and [`semicolon`]. Text people type
//! (notes, names) is shown as typed; the members-and-language issue extends this module.

use std::borrow::Cow;

use crate::domain::Lang;

/// No-break space: before `:` and inside `« »` in French.
pub const NBSP: char = '\u{a0}';
/// Narrow no-break space: before `;`, `!`, `?` in French (and between thousands).
pub const NNBSP: char = '\u{202f}';

/// `text` with the spaces its language's typesetting wants: in French, an ordinary space before
/// `:`, `;`, `!`, `?`, `»` or after `«` becomes the no-break one (a colon in `10:00` or `https:`,
/// with no space before it, is left alone). Other languages are returned as they are.
pub fn typeset(lang: Lang, text: &str) -> Cow<'_, str> {
    if lang != Lang::Fr || !text.contains(' ') {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut changed = false;
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let wanted = match (c, before, after) {
            (' ', _, Some(':' | '»')) | (' ', Some('«'), _) => NBSP,
            (' ', _, Some(';' | '!' | '?')) => NNBSP,
            _ => c,
        };
        changed |= wanted != c;
        out.push(wanted);
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// What joins a label to its value: `Présents : …`, `Aanwezig: …`.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        _ => ": ",
    }
}

/// What separates the parts of a list whose parts hold commas.
pub fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{202f}; ",
        _ => "; ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn french_gets_its_no_break_spaces() {
        assert_eq!(
            typeset(Lang::Fr, "Procès-verbal : « Plénière » ; vraiment ? oui !"),
            "Procès-verbal\u{a0}: «\u{a0}Plénière\u{a0}»\u{202f}; vraiment\u{202f}? oui\u{202f}!"
        );
        assert_eq!(
            typeset(Lang::Fr, "À 10:00, voir https://example.be/?page=2"),
            "À 10:00, voir https://example.be/?page=2",
            "a sign with no space before it is left alone"
        );
    }

    #[test]
    fn dutch_and_english_are_left_alone() {
        for lang in [Lang::Nl, Lang::En] {
            assert_eq!(typeset(lang, "Verslag : x ?"), "Verslag : x ?");
        }
        assert_eq!(colon(Lang::Nl), ": ");
        assert_eq!(colon(Lang::Fr), "\u{a0}: ");
    }

    proptest! {
        /// Typesetting twice changes nothing more, and only spaces change.
        #[test]
        fn typesetting_is_idempotent_and_only_touches_spaces(text in "[a-zé :;!?«»0-9/]{0,40}") {
            let once = typeset(Lang::Fr, &text).into_owned();
            prop_assert_eq!(typeset(Lang::Fr, &once).into_owned(), once.clone());
            let plain: String = once.chars().map(|c| if c == NBSP || c == NNBSP { ' ' } else { c }).collect();
            prop_assert_eq!(plain, text);
        }
    }
}
