//! CI check mode: new articles analyzed in the light of a corpus; findings with
//! a severity, a position, a rule name and a message.
//!
//! Rules (default severity): `figure-conflict` (error) a figure or date that no
//! corpus statement about the same thing allows; `unattributed-claim`
//! (warning) a claim stated without a source where the corpus names one;
//! `unique-claim` (info) a claim no corpus article makes; `boilerplate-left`
//! (warning) scraper boilerplate found in the text; `not-indonesian` (warning)
//! too few Indonesian function words; `near-duplicate` (warning) most of the
//! text repeats a corpus article. Each new article is grouped with the corpus
//! claims by the same code as the report ([`crate::compare`]), so the cost is
//! linear in the size of the corpus per new article.
//!
//! It does not decide the exit code (the binary does, from `--fail-on`).

pub mod lang;
mod rules;
pub mod similar;

pub use rules::{RULES, Rules};

use crate::analyze::Corpus;
use crate::compare::{self, ClaimGroup, Statement, values};
use crate::model::Article;
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl std::str::FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim().to_ascii_lowercase().as_str() {
            "error" => Ok(Severity::Error),
            "warning" | "warn" => Ok(Severity::Warning),
            "info" | "notice" => Ok(Severity::Info),
            other => Err(format!(
                "unknown level {other:?} (error, warning, info, off)"
            )),
        }
    }
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding of the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub path: String,
    /// 1-based line and column (in characters) of the offending text.
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    pub rule: String,
    pub message: String,
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
pub fn check(new: &Corpus, against: &Corpus, rules: &Rules) -> Vec<Finding> {
    let corpus: Vec<(String, Vec<Statement>)> = against
        .articles
        .iter()
        .map(|a| (a.path.clone(), compare::statements_of(a)))
        .collect();
    let shingles: Vec<_> = against.articles.iter().map(similar::shingles).collect();
    let mut out = Vec::new();
    for a in &new.articles {
        let mut push = |offset: usize, rule: &'static str, message: String| {
            if let Some(severity) = rules.level(rule) {
                let (line, column) = a.line_col(offset);
                out.push(Finding {
                    path: a.path.clone(),
                    line,
                    column,
                    severity,
                    rule: rule.to_string(),
                    message,
                });
            }
        };
        // An article is never checked against itself.
        let mut stmts: Vec<Statement> = corpus
            .iter()
            .filter(|(p, _)| *p != a.path)
            .flat_map(|(_, s)| s.iter().cloned())
            .collect();
        stmts.extend(compare::statements_of(a));
        for g in compare::group_statements(stmts) {
            claim_findings(a, &g, &mut push);
        }
        for b in &a.boilerplate {
            let shown: String = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
            push(
                b.start,
                "boilerplate-left",
                format!(
                    "boilerplate left in the text ({}): {}",
                    b.marker,
                    clip(&shown, 60)
                ),
            );
        }
        if let Some(ratio) = lang::not_indonesian(a) {
            push(
                0,
                "not-indonesian",
                format!(
                    "the text does not read as Indonesian ({:.0}% Indonesian function words)",
                    ratio * 100.0
                ),
            );
        }
        let mine = similar::shingles(a);
        let best = against
            .articles
            .iter()
            .zip(&shingles)
            .filter(|(o, _)| o.path != a.path)
            .map(|(o, s)| (similar::similarity(&mine, s), &o.path))
            .filter(|((j, c), _)| similar::is_near_duplicate(*j, *c))
            .max_by(|a, b| a.0.1.total_cmp(&b.0.1).then_with(|| b.1.cmp(a.1)));
        if let Some(((j, c), path)) = best {
            push(
                0,
                "near-duplicate",
                format!(
                    "near-duplicate of {path} ({:.0}% of its text shared, similarity {j:.2})",
                    c * 100.0
                ),
            );
        }
    }
    out.sort_by(|a, b| {
        (&a.path, a.line, a.column, &a.rule, &a.message)
            .cmp(&(&b.path, b.line, b.column, &b.rule, &b.message))
    });
    out.dedup();
    out
}

/// Findings about the new article's statements in one group.
fn claim_findings(a: &Article, g: &ClaimGroup, push: &mut impl FnMut(usize, &'static str, String)) {
    let (mine, theirs): (Vec<&Statement>, Vec<&Statement>) =
        g.statements.iter().partition(|s| s.article == a.path);
    let Some(first) = mine.first() else { return };
    if theirs.is_empty() {
        let c = &first.claim;
        push(
            c.mention().start,
            "unique-claim",
            format!(
                "new claim no corpus article makes: {} ({})",
                c.mention_text(),
                g.topic
            ),
        );
        return;
    }
    for s in &mine {
        let c = &s.claim;
        // A conflict only when no corpus statement allows the new value; a
        // later article with a moved value is an update, not a conflict.
        // Vague corpus figures ("ribuan tentara") allow almost anything: only
        // firm ones are asked.
        let firm: Vec<&&Statement> = theirs
            .iter()
            .filter(|t| !values::is_vague(&t.claim))
            .collect();
        // Nor is a value a different named source gives ("USGS: M 6,0"
        // beside BMKG's 6,2), when the corpus shows that split.
        let clash = !matches!(g.note, Some("update" | "different_source"))
            && !firm.is_empty()
            && firm.iter().all(|t| !values::compatible(&[c, &t.claim]));
        if clash {
            let said: BTreeSet<String> = theirs
                .iter()
                .map(|t| format!("{} ({})", t.claim.mention_text(), t.article))
                .collect();
            let said: Vec<String> = said.into_iter().collect();
            push(
                c.mention().start,
                "figure-conflict",
                format!(
                    "{} conflicts with the corpus on {}: {}",
                    c.mention_text(),
                    g.topic,
                    said.join(", ")
                ),
            );
        }
        if c.attribution.is_none() {
            let sources: BTreeSet<&str> = theirs
                .iter()
                .filter_map(|t| t.claim.attribution.as_ref())
                .map(|x| x.source.as_str())
                .collect();
            if !sources.is_empty() {
                let sources: Vec<&str> = sources.into_iter().collect();
                push(
                    c.mention().start,
                    "unattributed-claim",
                    format!(
                        "{} is stated without a source; the corpus attributes it to {}",
                        c.mention_text(),
                        sources.join(", ")
                    ),
                );
            }
        }
    }
}

fn clip(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Writes the findings (`path:line:col: severity rule: message`, JSON, or GitHub annotations).
pub fn write(findings: &[Finding], format: CheckFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        CheckFormat::Text => {
            for f in findings {
                writeln!(
                    out,
                    "{}:{}:{}: {} {}: {}",
                    f.path,
                    f.line,
                    f.column,
                    f.severity.as_str(),
                    f.rule,
                    one_line(&f.message)
                )?;
            }
        }
        CheckFormat::Json => {
            #[derive(Serialize)]
            struct Counts {
                error: usize,
                warning: usize,
                info: usize,
            }
            #[derive(Serialize)]
            struct Doc<'a> {
                findings: &'a [Finding],
                counts: Counts,
            }
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
            let doc = Doc {
                findings,
                counts: Counts {
                    error: count(Severity::Error),
                    warning: count(Severity::Warning),
                    info: count(Severity::Info),
                },
            };
            serde_json::to_writer_pretty(&mut *out, &doc)?;
            writeln!(out)?;
        }
        CheckFormat::Github => {
            for f in findings {
                let level = match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "notice",
                };
                writeln!(
                    out,
                    "::{level} file={},line={},col={},title={}::{}",
                    gh_property(&f.path),
                    f.line,
                    f.column,
                    gh_property(&f.rule),
                    gh_data(&f.message)
                )?;
            }
        }
    }
    Ok(())
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r'], " ")
}

/// GitHub workflow-command escaping of a message.
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub workflow-command escaping of a property value.
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests;
