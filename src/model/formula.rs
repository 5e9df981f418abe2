//! Molecular formula: validated element symbols, comparable in any element order.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use crate::error::{Error, Result};

/// The chemical elements' symbols, used to validate formulas (a rule of chemistry, not reference data).
const ELEMENTS: [&str; 118] = [
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl",
    "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As",
    "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In",
    "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb",
    "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl",
    "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk",
    "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db", "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh",
    "Fl", "Mc", "Lv", "Ts", "Og",
];

/// A molecular formula as written in the source (`CCl2F2`, `C10H8Cl6`, `Na2O·SiO2`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Formula {
    text: String,
}

impl Formula {
    /// The formula as written.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Element → atom count. Parsing succeeded at construction, so this cannot fail.
    pub fn composition(&self) -> BTreeMap<String, u32> {
        parse_composition(&self.text).unwrap_or_default()
    }

    /// The formula in Hill order (C, H, then alphabetical; alphabetical when there is no carbon),
    /// so that `CF2Cl2`, `Cl2CF2` and `CCl2F2` compare equal.
    pub fn hill(&self) -> String {
        hill_of(&self.composition())
    }

    /// Hill form of any text that parses as a formula, for matching what an officer types.
    pub fn hill_of_text(s: &str) -> Option<String> {
        parse_composition(s).ok().map(|c| hill_of(&c))
    }
}

fn hill_of(comp: &BTreeMap<String, u32>) -> String {
    let mut out = String::new();
    let mut push = |el: &str, n: u32| {
        out.push_str(el);
        if n > 1 {
            out.push_str(&n.to_string());
        }
    };
    let has_carbon = comp.contains_key("C");
    if has_carbon {
        push("C", comp["C"]);
        if let Some(h) = comp.get("H") {
            push("H", *h);
        }
    }
    for (el, n) in comp {
        if has_carbon && (el == "C" || el == "H") {
            continue;
        }
        push(el, *n);
    }
    out
}

fn parse_composition(s: &str) -> Result<BTreeMap<String, u32>> {
    let err = |why: &str| Error::parse("formula", s, why.to_owned());
    let chars: Vec<char> = s.trim().chars().collect();
    if chars.is_empty() || chars.len() > 200 {
        return Err(err("empty or too long"));
    }
    let mut total = BTreeMap::new();
    // Parts separated by a dot (hydrates, adducts), each with an optional leading multiplier.
    for part in chars.split(|c| matches!(c, '.' | '·' | '•')) {
        let mut i = 0;
        let mult = read_number(part, &mut i).unwrap_or(1);
        let mut stack: Vec<BTreeMap<String, u32>> = vec![BTreeMap::new()];
        while i < part.len() {
            let c = part[i];
            if c == '(' || c == '[' {
                stack.push(BTreeMap::new());
                i += 1;
            } else if c == ')' || c == ']' {
                i += 1;
                let n = read_number(part, &mut i).unwrap_or(1);
                let group = stack.pop().ok_or_else(|| err("unbalanced brackets"))?;
                let top = stack.last_mut().ok_or_else(|| err("unbalanced brackets"))?;
                for (el, k) in group {
                    *top.entry(el).or_insert(0) += k * n;
                }
            } else if c.is_ascii_uppercase() {
                let mut sym = c.to_string();
                i += 1;
                if i < part.len() && part[i].is_ascii_lowercase() {
                    sym.push(part[i]);
                    i += 1;
                }
                if !ELEMENTS.contains(&sym.as_str()) {
                    return Err(err(&format!("{sym} is not an element")));
                }
                let n = read_number(part, &mut i).unwrap_or(1);
                let top = stack.last_mut().ok_or_else(|| err("unbalanced brackets"))?;
                *top.entry(sym).or_insert(0) += n;
            } else {
                return Err(err(&format!("unexpected {c:?}")));
            }
        }
        if stack.len() != 1 {
            return Err(err("unbalanced brackets"));
        }
        let Some(group) = stack.pop() else {
            return Err(err("unbalanced brackets"));
        };
        if group.is_empty() {
            return Err(err("no element"));
        }
        for (el, k) in group {
            *total.entry(el).or_insert(0) += k * mult;
        }
    }
    Ok(total)
}

fn read_number(chars: &[char], i: &mut usize) -> Option<u32> {
    let start = *i;
    while *i < chars.len() && chars[*i].is_ascii_digit() && *i - start < 4 {
        *i += 1;
    }
    if *i == start {
        return None;
    }
    chars[start..*i].iter().collect::<String>().parse().ok()
}

impl FromStr for Formula {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        parse_composition(s)?;
        Ok(Formula {
            text: s.trim().to_owned(),
        })
    }
}

impl TryFrom<String> for Formula {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Formula> for String {
    fn from(f: Formula) -> String {
        f.text
    }
}

impl fmt::Display for Formula {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hill_order_ignores_written_order() {
        let a: Formula = "CCl2F2".parse().unwrap();
        assert_eq!(a.hill(), "CCl2F2");
        assert_eq!(Formula::hill_of_text("Cl2CF2").as_deref(), Some("CCl2F2"));
        assert_eq!(Formula::hill_of_text("F2Cl2C").as_deref(), Some("CCl2F2"));
        assert_eq!(Formula::hill_of_text("C2H2F4").as_deref(), Some("C2H2F4"));
        assert_eq!(Formula::hill_of_text("(CH3)3CH").as_deref(), Some("C4H10"));
        assert_eq!(
            Formula::hill_of_text("CuSO4·5H2O").as_deref(),
            Some("CuH10O9S")
        );
        assert_eq!(Formula::hill_of_text("Hg").as_deref(), Some("Hg"));
    }

    #[test]
    fn refuses_unknown_elements_and_junk() {
        for bad in ["Xx2", "ccl2f2", "C2(H", "", "C)2", "12"] {
            assert!(bad.parse::<Formula>().is_err(), "{bad}");
        }
    }
}
