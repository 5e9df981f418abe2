//! ASHRAE 34 refrigerant designation, e.g. `R-12`, `R-134a`, `R-404A`, `R-1234ze(E)`, `R-13B1`.

use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A refrigerant number in canonical form `R-` + designation.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(try_from = "String", into = "String")]
pub struct RefrigerantNumber(String);

impl RefrigerantNumber {
    /// The canonical text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parse the forms officers type: `R12`, `r 134A`, `R-404a`, `134a`. Returns the canonical form.
    pub fn parse_loose(s: &str) -> Result<Self> {
        let t = s.trim();
        let body = match t.as_bytes().first() {
            Some(b'R' | b'r') => t[1..].trim_start_matches(['-', ' ']),
            _ => t,
        };
        let chars: Vec<char> = body.chars().collect();
        let mut i = 0;
        let mut out = String::from("R-");
        if let Some(c) = chars.first().filter(|c| matches!(c, 'c' | 'C' | 'e' | 'E')) {
            out.push(c.to_ascii_uppercase());
            i += 1;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        if !(2..=4).contains(&number.len()) || number.starts_with('0') {
            return Err(Error::parse(
                "refrigerant number",
                s,
                "expected R- followed by 2 to 4 digits",
            ));
        }
        // Halogen markers: B (bromine) or I (iodine) followed by a digit, e.g. R-13B1.
        if i + 1 < chars.len()
            && matches!(chars[i], 'B' | 'b' | 'I' | 'i')
            && chars[i + 1].is_ascii_digit()
        {
            out.push(chars[i].to_ascii_uppercase());
            out.push(chars[i + 1]);
            i += 2;
        }
        let is_blend = number.len() == 3 && (number.starts_with('4') || number.starts_with('5'));
        let suffix_start = i;
        while i < chars.len() && chars[i].is_ascii_alphabetic() {
            i += 1;
        }
        let suffix: String = chars[suffix_start..i].iter().collect();
        if is_blend {
            if suffix.len() > 1 {
                return Err(Error::parse(
                    "refrigerant number",
                    s,
                    "a blend number takes one capital letter",
                ));
            }
            out.push_str(&suffix.to_ascii_uppercase());
        } else {
            if suffix.len() > 3 {
                return Err(Error::parse(
                    "refrigerant number",
                    s,
                    "isomer suffix too long",
                ));
            }
            out.push_str(&suffix.to_ascii_lowercase());
        }
        let rest: String = chars[i..].iter().collect();
        match rest.to_ascii_uppercase().as_str() {
            "" => {}
            "(E)" | "(Z)" => out.push_str(&rest.to_ascii_uppercase()),
            _ => {
                return Err(Error::parse(
                    "refrigerant number",
                    s,
                    format!("unexpected {rest:?} after the number"),
                ));
            }
        }
        Ok(RefrigerantNumber(out))
    }
}

impl FromStr for RefrigerantNumber {
    type Err = Error;

    /// Strict: the text must already be canonical (`R-134a`, not `R134A`), as in the source data.
    fn from_str(s: &str) -> Result<Self> {
        let r = Self::parse_loose(s)?;
        if r.0 != s {
            return Err(Error::parse(
                "refrigerant number",
                s,
                format!("write it as {}", r.0),
            ));
        }
        Ok(r)
    }
}

impl TryFrom<String> for RefrigerantNumber {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<RefrigerantNumber> for String {
    fn from(r: RefrigerantNumber) -> String {
        r.0
    }
}

impl fmt::Display for RefrigerantNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loose_forms_become_canonical() {
        for (input, canonical) in [
            ("R12", "R-12"),
            ("r 134A", "R-134a"),
            ("R-404a", "R-404A"),
            ("410a", "R-410A"),
            ("R-1234ze(e)", "R-1234ze(E)"),
            ("r13b1", "R-13B1"),
            ("R-C318", "R-C318"),
            ("R-141b", "R-141b"),
            ("R-600A", "R-600a"),
        ] {
            assert_eq!(
                RefrigerantNumber::parse_loose(input).unwrap().as_str(),
                canonical
            );
        }
    }

    #[test]
    fn strict_parse_refuses_non_canonical_and_malformed() {
        assert!("R-134a".parse::<RefrigerantNumber>().is_ok());
        for bad in [
            "R134a", "R-134A", "R-1", "R-12345", "R-12x(Q)", "Freon", "R-404AB",
        ] {
            assert!(bad.parse::<RefrigerantNumber>().is_err(), "{bad}");
        }
    }
}
