//! CI check mode: new articles analyzed in the light of a corpus; findings with
//! a severity, a position, a rule name and a message.

use crate::analyze::Corpus;
use crate::data::DataError;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// One finding of the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub rule: String,
    pub message: String,
}

/// Which rules run and at what severity (`--rule NAME=LEVEL`, config file).
#[derive(Clone, Debug, Default)]
pub struct Rules {}

impl Rules {
    /// Applies one `NAME=error|warning|info|off` setting.
    pub fn set(&mut self, _spec: &str) -> Result<(), String> {
        Ok(())
    }
    /// Applies the settings of a config file (one `NAME=LEVEL` per line, data-file syntax).
    pub fn load(&mut self, _file: &str, _src: &str) -> Result<(), DataError> {
        Ok(())
    }
}

/// Output formats of the check.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CheckFormat {
    #[default]
    Text,
    Json,
    Github,
}

/// Checks the new articles against the corpus. Findings sorted by path, line, column, rule.
pub fn check(_new: &Corpus, _against: &Corpus, _rules: &Rules) -> Vec<Finding> {
    Vec::new()
}

/// Writes the findings (`path:line:col: severity rule: message`, JSON, or GitHub annotations).
pub fn write(_findings: &[Finding], _format: CheckFormat, _out: &mut dyn Write) -> io::Result<()> {
    Ok(())
}
