//! Harmonized System code: a six-digit subheading (HS 2022).

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// An HS subheading, stored as six digits and shown as `2903.77`.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct HsCode(String);

impl HsCode {
    /// The six digits, without the dot.
    pub fn digits(&self) -> &str {
        &self.0
    }

    /// The chapter (first two digits).
    pub fn chapter(&self) -> &str {
        &self.0[..2]
    }
}

impl FromStr for HsCode {
    type Err = Error;

    /// Accepts `2903.77` or `290377`.
    fn from_str(s: &str) -> Result<Self> {
        let t = s.trim();
        let digits: String = match t.len() {
            7 if t.as_bytes()[4] == b'.' => format!("{}{}", &t[..4], &t[5..]),
            6 => t.to_owned(),
            _ => return Err(Error::parse("HS code", s, "expected a subheading NNNN.NN")),
        };
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::parse("HS code", s, "expected a subheading NNNN.NN"));
        }
        let chapter: u32 = digits[..2]
            .parse()
            .map_err(|_| Error::parse("HS code", s, "bad chapter"))?;
        if !(1..=97).contains(&chapter) || chapter == 77 {
            return Err(Error::parse(
                "HS code",
                s,
                format!("chapter {chapter:02} is not an HS chapter"),
            ));
        }
        Ok(HsCode(digits))
    }
}

impl TryFrom<String> for HsCode {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<HsCode> for String {
    fn from(h: HsCode) -> String {
        h.to_string()
    }
}

impl fmt::Display for HsCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_subheadings() {
        assert_eq!("2903.77".parse::<HsCode>().unwrap().to_string(), "2903.77");
        assert_eq!("382761".parse::<HsCode>().unwrap().digits(), "382761");
        for bad in [
            "2903", "2903.7", "29.0377", "9903.77", "7701.10", "abcd.ef", "2903.777",
        ] {
            assert!(bad.parse::<HsCode>().is_err(), "{bad}");
        }
    }
}
