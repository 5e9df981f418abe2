//! UN number (UN Model Regulations, Dangerous Goods List).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A four-digit UN number, shown as `UN1028`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct UnNumber(u16);

impl UnNumber {
    /// The number without the `UN` prefix, zero-padded to four digits.
    pub fn digits(&self) -> String {
        format!("{:04}", self.0)
    }
}

impl FromStr for UnNumber {
    type Err = Error;

    /// Accepts `UN1028`, `UN 1028`, `un1028` or `1028`.
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        let rest = match (t.get(..2), t.get(2..)) {
            (Some(prefix), Some(rest)) if prefix.eq_ignore_ascii_case("UN") => {
                rest.trim_start_matches([' ', '-'])
            }
            _ => t,
        };
        if rest.len() != 4 || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::parse(
                "UN number",
                s,
                "expected UN followed by four digits",
            ));
        }
        let n: u16 = rest
            .parse()
            .map_err(|_| Error::parse("UN number", s, "not a number"))?;
        if n == 0 {
            return Err(Error::parse("UN number", s, "UN0000 does not exist"));
        }
        Ok(UnNumber(n))
    }
}

impl TryFrom<String> for UnNumber {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<UnNumber> for String {
    fn from(u: UnNumber) -> String {
        u.to_string()
    }
}

impl fmt::Display for UnNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "UN{:04}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_common_spellings() {
        for s in ["UN1028", "un 1028", "1028", "UN-1028"] {
            assert_eq!(s.parse::<UnNumber>().unwrap().to_string(), "UN1028");
        }
        for bad in [
            "UN102",
            "UN10288",
            "U1028",
            "UNABCD",
            "0000",
            "\u{fffd}x",
            "é1028",
        ] {
            assert!(bad.parse::<UnNumber>().is_err(), "{bad}");
        }
    }
}
