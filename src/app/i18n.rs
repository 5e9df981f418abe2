//! Interface text, read from the translation files in `assets/i18n/` (compiled into the binary).
//!
//! The files use a small subset of Fluent syntax: one `key = text` message per line, `#` comments,
//! and `{ $name }` placeholders. A key missing from a language falls back to English, and a key
//! missing from English shows the key itself; the `i18n` tests keep every file complete.

use std::collections::HashMap;

use crate::model::{Part, PhysicalForm};

/// The message key for a part in trade: "part-swim-bladder" ….
pub fn part_key(part: Part) -> String {
    vocab_key("part", part.as_str())
}

/// The message key of a physical form's name in the interface language: "form-liquefied-gas" ….
pub fn form_key(form: PhysicalForm) -> String {
    vocab_key("form", form.as_str())
}

/// The message key of a closed-vocabulary value: its prefix, then its words joined by '-'.
fn vocab_key(prefix: &str, value: &str) -> String {
    format!("{prefix}-{}", value.replace(' ', "-"))
}

/// An interface language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Chinese (simplified).
    Zh,
    /// Russian.
    Ru,
}

impl Lang {
    /// Every interface language, in the order the language switch shows them.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Fr, Lang::Es, Lang::Zh, Lang::Ru];

    /// The code stored in settings and used for the file name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
        }
    }

    /// A short label for the status-bar switch.
    pub fn short(self) -> &'static str {
        match self {
            Lang::En => "EN",
            Lang::Fr => "FR",
            Lang::Es => "ES",
            Lang::Zh => "中",
            Lang::Ru => "RU",
        }
    }

    /// The language from its code ("fr", "zh-Hans", "ru-RU" …).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Whether a name's BCP-47 tag is in this language.
    pub fn matches_tag(self, tag: &str) -> bool {
        Lang::from_code(tag) == Some(self)
    }

    /// The translation file's text.
    pub fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../../assets/i18n/en.ftl"),
            Lang::Fr => include_str!("../../assets/i18n/fr.ftl"),
            Lang::Es => include_str!("../../assets/i18n/es.ftl"),
            Lang::Zh => include_str!("../../assets/i18n/zh.ftl"),
            Lang::Ru => include_str!("../../assets/i18n/ru.ftl"),
        }
    }
}

/// A problem in a translation file, with its line.
#[derive(Debug, PartialEq, Eq)]
pub struct ParseProblem {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

/// Parse a translation file into `(key, text)` pairs, in file order.
pub fn parse(src: &str) -> Result<Vec<(String, String)>, ParseProblem> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (n, raw) in src.lines().enumerate() {
        let line = raw.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let problem = |problem: &str| ParseProblem {
            line: n + 1,
            problem: problem.to_owned(),
        };
        let Some((key, text)) = line.split_once('=') else {
            return Err(problem("expected `key = text`"));
        };
        let key = key.trim();
        let valid_key = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid_key {
            return Err(problem("a key is lower-case letters, digits and hyphens"));
        }
        if out.iter().any(|(k, _)| k == key) {
            return Err(problem("duplicate key"));
        }
        out.push((key.to_owned(), text.trim().to_owned()));
    }
    Ok(out)
}

/// The placeholder names a message uses, sorted: `"{ $n } results"` → `["n"]`.
pub fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{ $") {
        let after = &rest[start + 3..];
        let Some(end) = after.find(" }") else { break };
        out.push(after[..end].to_owned());
        rest = &after[end + 2..];
    }
    out.sort();
    out.dedup();
    out
}

/// The messages of one language, with English behind them.
pub struct Tr {
    lang: Lang,
    messages: HashMap<String, String>,
    english: HashMap<String, String>,
}

fn load(lang: Lang) -> HashMap<String, String> {
    // The files are compiled in and checked by tests, so a parse problem here is a build bug;
    // the interface then shows keys rather than failing.
    parse(lang.source())
        .map(|pairs| pairs.into_iter().collect())
        .unwrap_or_default()
}

impl Tr {
    /// The messages for `lang`.
    pub fn new(lang: Lang) -> Tr {
        Tr {
            lang,
            messages: load(lang),
            english: if lang == Lang::En {
                HashMap::new()
            } else {
                load(Lang::En)
            },
        }
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message for `key`.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.messages
            .get(key)
            .or_else(|| self.english.get(key))
            .map(String::as_str)
            .unwrap_or(key)
    }

    /// The message for `key` with its placeholders filled.
    pub fn fmt(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut text = self.get(key).to_owned();
        for (name, value) in args {
            text = text.replace(&format!("{{ ${name} }}"), value);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, Tr, parse, placeholders};

    #[test]
    fn parses_and_rejects() {
        assert_eq!(
            parse("# c\n\na-b = Hello { $x }\n").unwrap(),
            vec![("a-b".to_owned(), "Hello { $x }".to_owned())]
        );
        assert_eq!(parse("novalue").unwrap_err().line, 1);
        assert_eq!(parse("A = x").unwrap_err().line, 1);
        assert_eq!(parse("a = x\na = y").unwrap_err().line, 2);
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders("{ $n } of { $total } { $n }"), ["n", "total"]);
        assert!(placeholders("none").is_empty());
    }

    #[test]
    fn formats_and_falls_back() {
        let tr = Tr::new(Lang::En);
        assert_eq!(tr.get("no-such-key"), "no-such-key");
        assert!(tr.fmt("results-count", &[("n", "3")]).contains('3'));
        assert_eq!(Lang::from_code("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("la"), None);
    }
}
