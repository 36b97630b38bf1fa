//! The secret links in emails (setting a password, answering an invitation, confirming an
//! organisation's records) open something without an account, so they must not outlive their
//! delivery in the outbox, nor show in any view of it. Once a message is delivered (or given up),
//! the worker stores its bodies with the tokens removed; the admin's view masks them even before.

use std::sync::LazyLock;

use regex::Regex;

/// What stands in the stored or shown body where a token was.
pub const REMOVED: &str = "…";

/// The path segments that a secret token follows: every route that takes one from an email.
static SECRET_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(/(?:password/reset|rsvp|verify|ical/private)/)[A-Za-z0-9_\-]+")
        .expect("a valid pattern")
});

/// `text` with the token of every secret link replaced by [`REMOVED`].
pub fn without_tokens(text: &str) -> String {
    SECRET_LINK
        .replace_all(text, format!("${{1}}{REMOVED}"))
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_tokens_are_removed_and_the_rest_is_kept() {
        let text = "Choisissez un mot de passe : https://socius.example/fr/password/reset/Ab-9_xZ \
                    Oui : https://s.example/nl/anderlecht/rsvp/QQ12?answer=yes \
                    <a href=\"https://s.example/fr/k/verify/t0k3n\">ici</a> /fr/anderlecht/meetings/12";
        let cleaned = without_tokens(text);
        assert!(cleaned.contains("/fr/password/reset/… "));
        assert!(cleaned.contains("/nl/anderlecht/rsvp/…?answer=yes"));
        assert!(cleaned.contains("/fr/k/verify/…\""));
        assert!(
            cleaned.contains("/fr/anderlecht/meetings/12"),
            "other links stay"
        );
        for token in ["Ab-9_xZ", "QQ12", "t0k3n"] {
            assert!(!cleaned.contains(token));
        }
    }
}
