use std::fmt;

use super::MessageKey;

/// A Belgian company number (KBO/BCE): ten digits, the last two being 97 − (first eight mod 97).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KboNumber(u64);

impl KboNumber {
    /// Accepts the usual spellings: `0417.497.106`, `BE 0417 497 106`, `417497106`.
    pub fn parse(input: &str) -> Result<KboNumber, MessageKey> {
        let trimmed = input.trim();
        let without_country = trimmed
            .strip_prefix("BE")
            .or_else(|| trimmed.strip_prefix("be"))
            .unwrap_or(trimmed);
        if without_country
            .chars()
            .any(|c| !(c.is_ascii_digit() || matches!(c, '.' | ' ' | '-')))
        {
            return Err("error-kbo-invalid");
        }
        let mut digits: String = without_country
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        if digits.len() == 9 {
            digits.insert(0, '0');
        }
        if digits.len() != 10 || !digits.starts_with(['0', '1']) {
            return Err("error-kbo-invalid");
        }
        let number: u64 = digits.parse().map_err(|_| "error-kbo-invalid")?;
        let (base, check) = (number / 100, number % 100);
        if 97 - base % 97 == check {
            Ok(KboNumber(number))
        } else {
            Err("error-kbo-checksum")
        }
    }
}

impl fmt::Display for KboNumber {
    /// The official presentation: `0417.497.106`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = format!("{:010}", self.0);
        write!(f, "{}.{}.{}", &d[0..4], &d[4..7], &d[7..10])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_numbers() {
        // The federal public service BOSA and a CPAS, as published in the KBO.
        assert_eq!(
            KboNumber::parse("BE 0417.497.106").unwrap().to_string(),
            "0417.497.106"
        );
        assert_eq!(
            KboNumber::parse("417497106").unwrap().to_string(),
            "0417.497.106"
        );
        assert_eq!(KboNumber::parse("0417.497.107"), Err("error-kbo-checksum"));
        assert_eq!(KboNumber::parse("12345"), Err("error-kbo-invalid"));
        assert_eq!(KboNumber::parse("0417x497106"), Err("error-kbo-invalid"));
    }

    proptest! {
        #[test]
        fn every_valid_base_round_trips(base in 0u64..20_000_000) {
            let check = 97 - base % 97;
            let text = format!("{:08}{:02}", base, check);
            let parsed = KboNumber::parse(&text).unwrap();
            prop_assert_eq!(parsed.to_string().replace('.', ""), text);
        }
    }
}
