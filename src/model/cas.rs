//! CAS Registry Number: a newtype that cannot hold a wrong check digit.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A CAS RN in canonical form `NNNNNNN-NN-N`, check digit verified.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct Cas(String);

impl Cas {
    /// The canonical text, with hyphens.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The digits without hyphens, as officers often type them.
    pub fn digits(&self) -> String {
        self.0.chars().filter(char::is_ascii_digit).collect()
    }
}

/// Check digit of the digits before it: the last digit counts 1, the one before 2, and so on, mod 10.
fn check_digit(body: &[u8]) -> u32 {
    body.iter()
        .rev()
        .enumerate()
        .map(|(i, d)| (i as u32 + 1) * u32::from(d - b'0'))
        .sum::<u32>()
        % 10
}

impl FromStr for Cas {
    type Err = Error;

    /// Accepts `75-71-8` or `75718` (surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        let digits: Vec<u8> = t.bytes().filter(|b| *b != b'-').collect();
        if !digits.iter().all(u8::is_ascii_digit) {
            return Err(Error::parse(
                "CAS RN",
                s,
                "only digits and hyphens are allowed",
            ));
        }
        if t.contains('-') {
            let parts: Vec<&str> = t.split('-').collect();
            let shape_ok = parts.len() == 3
                && (2..=7).contains(&parts[0].len())
                && parts[1].len() == 2
                && parts[2].len() == 1;
            if !shape_ok {
                return Err(Error::parse("CAS RN", s, "expected the form NNNNNNN-NN-N"));
            }
        }
        if !(5..=10).contains(&digits.len()) {
            return Err(Error::parse("CAS RN", s, "a CAS RN has 5 to 10 digits"));
        }
        if digits[0] == b'0' {
            return Err(Error::parse("CAS RN", s, "a CAS RN does not start with 0"));
        }
        let (body, check) = digits.split_at(digits.len() - 1);
        let expected = check_digit(body);
        if u32::from(check[0] - b'0') != expected {
            return Err(Error::parse(
                "CAS RN",
                s,
                format!("check digit is {}, expected {expected}", check[0] - b'0'),
            ));
        }
        let n = body.len();
        let text = format!(
            "{}-{}-{}",
            String::from_utf8_lossy(&body[..n - 2]),
            String::from_utf8_lossy(&body[n - 2..]),
            check[0] - b'0'
        );
        Ok(Cas(text))
    }
}

impl TryFrom<String> for Cas {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Cas> for String {
    fn from(c: Cas) -> String {
        c.0
    }
}

impl fmt::Display for Cas {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_valid_numbers_with_or_without_hyphens() {
        for (input, canonical) in [
            ("75-71-8", "75-71-8"),
            ("75718", "75-71-8"),
            (" 7439-97-6 ", "7439-97-6"),
            ("85535-84-8", "85535-84-8"),
        ] {
            let cas: Cas = input.parse().unwrap();
            assert_eq!(cas.as_str(), canonical);
        }
    }

    #[test]
    fn refuses_wrong_check_digit_and_bad_shapes() {
        for bad in [
            "75-71-9",
            "75-7-18",
            "abc",
            "",
            "0075-71-8",
            "1-2",
            "75--71-8",
            "7571",
        ] {
            assert!(bad.parse::<Cas>().is_err(), "{bad} accepted");
        }
    }
}
