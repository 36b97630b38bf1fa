use std::fmt;

use super::MessageKey;

/// An email address, trimmed and lower-cased so that it can serve as a login identifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Email, MessageKey> {
        let value = input.trim().to_lowercase();
        if value.is_empty() {
            return Err("error-required");
        }
        let valid = value.len() <= 254
            && !value.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';' | '"')
            })
            && match value.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && local.len() <= 64
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(Email(value))
        } else {
            Err("error-email-invalid")
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalises_and_refuses() {
        assert_eq!(
            Email::parse("  Anne@CPAS.Brussels ").unwrap().as_str(),
            "anne@cpas.brussels"
        );
        for bad in [
            "",
            "anne",
            "anne@",
            "@cpas.be",
            "anne@cpas",
            "an ne@cpas.be",
            "a@b@c.be",
            "a@.be",
            "a@b..be",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} accepted");
        }
    }

    proptest! {
        #[test]
        fn parsed_emails_have_one_at_and_no_spaces(s in "\\PC{0,80}") {
            if let Ok(email) = Email::parse(&s) {
                prop_assert_eq!(email.as_str().matches('@').count(), 1);
                prop_assert!(!email.as_str().contains(char::is_whitespace));
                prop_assert_eq!(Email::parse(email.as_str()).unwrap(), email.clone());
            }
        }
    }
}
