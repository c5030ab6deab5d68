//! The rules of the check and their levels: defaults, `--rule NAME=LEVEL`, and
//! config files of `NAME = LEVEL` lines (data-file syntax: `#` comments, blank
//! lines skipped). Levels: `error`, `warning`, `info`, `off`.

use super::Severity;
use crate::data::{self, DataError};
use std::collections::BTreeMap;

/// Every rule with its default severity.
pub const RULES: [(&str, Severity, &str); 6] = [
    (
        "boilerplate-left",
        Severity::Warning,
        "scraper boilerplate left in the text",
    ),
    (
        "figure-conflict",
        Severity::Error,
        "a figure that conflicts with the corpus",
    ),
    (
        "near-duplicate",
        Severity::Warning,
        "the article nearly repeats a corpus article",
    ),
    (
        "not-indonesian",
        Severity::Warning,
        "the text does not read as Indonesian",
    ),
    (
        "unattributed-claim",
        Severity::Warning,
        "a claim the corpus attributes, stated without a source",
    ),
    (
        "unique-claim",
        Severity::Info,
        "a claim no corpus article makes",
    ),
];

/// Which rules run and at what severity (`--rule NAME=LEVEL`, config file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    levels: BTreeMap<&'static str, Option<Severity>>,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            levels: RULES.iter().map(|(n, s, _)| (*n, Some(*s))).collect(),
        }
    }
}

impl Rules {
    /// Applies one `NAME=error|warning|info|off` setting.
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let (name, level) = spec
            .split_once('=')
            .ok_or_else(|| format!("expected NAME=LEVEL, got {spec:?}"))?;
        let (name, level) = (name.trim(), level.trim());
        let Some((&key, _)) = self.levels.get_key_value(name) else {
            let known: Vec<&str> = RULES.iter().map(|r| r.0).collect();
            return Err(format!(
                "unknown rule {name:?} (rules: {})",
                known.join(", ")
            ));
        };
        let sev = match level.to_ascii_lowercase().as_str() {
            "off" | "none" => None,
            l => Some(l.parse::<Severity>()?),
        };
        self.levels.insert(key, sev);
        Ok(())
    }

    /// Applies the settings of a config file (one `NAME = LEVEL` per line, data-file syntax).
    pub fn load(&mut self, file: &str, src: &str) -> Result<(), DataError> {
        for line in data::lines(file, src) {
            self.set(line.text).map_err(|m| line.error(m))?;
        }
        Ok(())
    }

    /// The severity of a rule, or None when it is off.
    pub fn level(&self, rule: &str) -> Option<Severity> {
        self.levels.get(rule).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_cli_and_config() {
        let mut r = Rules::default();
        assert_eq!(r.level("figure-conflict"), Some(Severity::Error));
        assert_eq!(r.level("unique-claim"), Some(Severity::Info));
        r.set("unique-claim=off").unwrap();
        r.set(" figure-conflict = warning ").unwrap();
        assert_eq!(r.level("unique-claim"), None);
        assert_eq!(r.level("figure-conflict"), Some(Severity::Warning));
        assert!(
            r.set("no-such-rule=error")
                .unwrap_err()
                .contains("unknown rule")
        );
        assert!(r.set("near-duplicate=loud").is_err());
        assert!(r.set("near-duplicate").is_err());
        let cfg =
            "# newsroom rules\nnear-duplicate = error\n\nnot-indonesian = off  # bilingual desk\n";
        r.load("check.conf", cfg).unwrap();
        assert_eq!(r.level("near-duplicate"), Some(Severity::Error));
        assert_eq!(r.level("not-indonesian"), None);
        let e = r.load("check.conf", "a = b\n").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("check.conf", 1));
    }
}
