//! Dates and times: absolute ("13 Juli 2025", "13/7/2025", "Minggu (13/7/2025)"),
//! weekdays, months without a year, relative expressions ("tahun lalu", "Juni
//! tahun lalu"), times ("pukul 07.24 WIB"), durations ("tiga hari") and sets
//! ("setiap hari"), each with an ISO 8601 value anchored on a reference date.

use crate::model::{Article, Doc, Span};
use jiff::civil::Date;
use serde::Serialize;

/// A date or time expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    #[serde(rename = "type")]
    pub tag: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// `date` | `time` | `duration` | `set`.
    pub kind: &'static str,
    /// ISO 8601 value, or null when it cannot be resolved.
    pub value: Option<String>,
    /// How the value was anchored.
    pub reference: Option<String>,
}

impl DateMention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Finds the date and time expressions of one article. `published` is the
/// article's stated publication date, when its header gives one.
pub fn extract(_doc: &Doc, _published: Option<Date>) -> Vec<DateMention> {
    Vec::new()
}

/// Corpus-level pass: articles with no reference date of their own are anchored
/// on one inferred from the other articles, else on `fallback` (`--reference-date`).
pub fn reanchor(_articles: &mut [Article], _fallback: Option<Date>) {}

/// The stated date of publication at the start of an article's body
/// ("Minggu (13/7/2025)", "Senin, 29 Desember 2014", "Jakarta, 5/1/2015"):
/// the date and its span. `head` is the text of the first paragraph or two,
/// starting at offset `offset` of the article.
pub fn stated_publication(_head: &str, _offset: usize) -> Option<(Date, Span)> {
    None
}
