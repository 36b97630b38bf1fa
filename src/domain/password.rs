use std::fmt;

use super::MessageKey;

const COMMON: &str = include_str!("common_passwords.txt");

/// A new password that meets the policy: at least 8 characters, long passphrases welcome, not one of
/// the passwords attackers try first.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 8;
    /// Enough for any passphrase, small enough that hashing stays cheap.
    pub const MAX_BYTES: usize = 1024;

    pub fn parse(input: &str) -> Result<Password, MessageKey> {
        if input.chars().count() < Self::MIN_CHARS {
            return Err("error-password-short");
        }
        if input.len() > Self::MAX_BYTES {
            return Err("error-password-long");
        }
        let lowered = input.to_lowercase();
        if COMMON.lines().any(|common| common.trim() == lowered)
            || input
                .chars()
                .all(|c| c == input.chars().next().unwrap_or(' '))
        {
            return Err("error-password-common");
        }
        Ok(Password(input.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert_eq!(Password::parse("short"), Err("error-password-short"));
        assert_eq!(Password::parse("Password1"), Err("error-password-common"));
        assert_eq!(Password::parse("azerty123"), Err("error-password-common"));
        assert_eq!(
            Password::parse("aaaaaaaaaaaa"),
            Err("error-password-common")
        );
        assert!(Password::parse("la coordination sociale de Koekelberg").is_ok());
        assert_eq!(
            Password::parse(&"x".repeat(2000)),
            Err("error-password-long")
        );
        assert!(!format!("{:?}", Password::parse("tres-secret-42").unwrap()).contains("secret"));
    }
}
