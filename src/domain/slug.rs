use std::fmt;

use super::MessageKey;

/// The URL name of a coordination: `/{lang}/{slug}/…`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slug(String);

/// Path segments that belong to the platform, not to a coordination: every static segment that
/// follows `/{lang}/` in a route, and the top-level ones (a test reads the routes and checks).
pub const RESERVED: &[&str] = &[
    "accessibility",
    "account",
    "admin",
    "api",
    "calendar",
    "healthz",
    "ical",
    "invitations",
    "login",
    "logout",
    "metrics",
    "password",
    "privacy",
    "region",
    "search",
    "static",
    "theme",
];

impl Slug {
    pub fn parse(input: &str) -> Result<Slug, MessageKey> {
        let value = input.trim();
        let well_formed = (2..=40).contains(&value.len())
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--");
        if !well_formed {
            Err("error-slug-invalid")
        } else if RESERVED.contains(&value) {
            Err("error-slug-reserved")
        } else {
            Ok(Slug(value.to_string()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert!(Slug::parse("watermael-boitsfort").is_ok());
        assert_eq!(Slug::parse("admin"), Err("error-slug-reserved"));
        for bad in ["", "a", "Anderlecht", "-x", "x-", "a--b", "é-x", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad} accepted");
        }
    }

    proptest! {
        #[test]
        fn slugs_are_url_safe(s in "[a-z0-9-]{0,45}") {
            if let Ok(slug) = Slug::parse(&s) {
                prop_assert!(slug.as_str().bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            }
        }
    }
}
