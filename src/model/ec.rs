//! EC (EINECS/ELINCS/NLP) number: a newtype whose check digit is verified.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// An EC number `NNN-NNN-N`; the check digit is the weighted sum of the first six digits mod 11.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct EcNumber(String);

impl EcNumber {
    /// The canonical text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for EcNumber {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        let b = t.as_bytes();
        let shape_ok = b.len() == 9
            && b[3] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 3 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(Error::parse("EC number", s, "expected the form NNN-NNN-N"));
        }
        let digits: Vec<u32> = b
            .iter()
            .filter(|c| c.is_ascii_digit())
            .map(|c| u32::from(c - b'0'))
            .collect();
        let sum: u32 = digits[..6]
            .iter()
            .enumerate()
            .map(|(i, d)| (i as u32 + 1) * d)
            .sum();
        if sum % 11 != digits[6] {
            return Err(Error::parse(
                "EC number",
                s,
                format!("check digit is {}, expected {}", digits[6], sum % 11),
            ));
        }
        Ok(EcNumber(t.to_owned()))
    }
}

impl TryFrom<String> for EcNumber {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<EcNumber> for String {
    fn from(e: EcNumber) -> String {
        e.0
    }
}

impl fmt::Display for EcNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifies_check_digit() {
        assert!("200-893-9".parse::<EcNumber>().is_ok());
        assert!("231-106-7".parse::<EcNumber>().is_ok());
        assert!("200-893-8".parse::<EcNumber>().is_err());
        assert!("200893-9".parse::<EcNumber>().is_err());
    }
}
