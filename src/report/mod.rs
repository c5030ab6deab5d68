//! Output: the text report for a terminal ([`text`]), one JSON document
//! ([`json`]), JSON Lines ([`jsonl`]) and Markdown ([`markdown`]); the story
//! sections of the human reports live in [`story`]. This is the only module
//! that writes output; it never reads files, and it decides nothing about the
//! articles: it shows what the stages found.
//!
//! The written specification of the JSON and JSONL formats is in README.md
//! ("JSON specification"); the integration tests read the output back with
//! `deny_unknown_fields`, so they are the contract.

pub mod json;
pub mod jsonl;
pub mod markdown;
pub mod story;
pub mod text;

use crate::analyze::Corpus;
use crate::extract::{date::DateMention, figure::Figure, names::Entity};
use crate::model::Article;
use serde::Serialize;
use std::io::{self, Write};

/// Output formats of the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Json,
    Jsonl,
    Markdown,
}

/// How the human reports look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// ANSI colours (only when writing to a terminal, unless forced).
    pub color: bool,
    /// The width, in columns, that text lines fit in.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 80,
        }
    }
}

/// Writes the report of a corpus, plain (no colour, 80 columns).
pub fn write(corpus: &Corpus, format: Format, out: &mut dyn Write) -> io::Result<()> {
    write_styled(corpus, format, Style::default(), out)
}

/// Writes the report of a corpus.
pub fn write_styled(
    corpus: &Corpus,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Text => text::write(corpus, style, out),
        Format::Json => json::write(corpus, out),
        Format::Jsonl => jsonl::write(corpus, out),
        Format::Markdown => markdown::write(corpus, out),
    }
}

/// The corpus totals (`corpus` in JSON).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    pub articles: usize,
    pub errors: usize,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub boilerplate: usize,
}

impl Totals {
    pub fn of(corpus: &Corpus) -> Totals {
        let mut t = Totals {
            articles: corpus.articles.len(),
            errors: corpus.errors.len(),
            ..Totals::default()
        };
        for a in &corpus.articles {
            t.bytes += a.text.len();
            t.paragraphs += a.paragraphs.len();
            t.sentences += a.sentences.len();
            t.tokens += corpus.token_count(a);
            t.boilerplate += a.boilerplate.len();
        }
        t
    }
}

/// The title of an article: the text of its header's title span.
pub fn title(a: &Article) -> Option<&str> {
    a.header
        .title
        .and_then(|s| a.text.get(s.start..s.end))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// One mention of an article, whatever extracted it; serialized as it is
/// (each carries its own `type` field).
#[derive(Clone, Copy, Debug, Serialize)]
#[serde(untagged)]
pub enum Mention<'a> {
    Name(&'a Entity),
    Date(&'a DateMention),
    Figure(&'a Figure),
}

impl Mention<'_> {
    fn key(&self) -> (usize, usize, &'static str) {
        match self {
            Mention::Name(e) => (e.start, e.end, name_type(e)),
            Mention::Date(d) => (d.start, d.end, d.tag),
            Mention::Figure(f) => (f.start, f.end, f.tag),
        }
    }
}

fn name_type(e: &Entity) -> &'static str {
    use crate::extract::names::EntityKind::*;
    match e.kind {
        Person => "person",
        Place => "place",
        Organization => "organization",
    }
}

/// The names, dates and figures of an article merged, sorted by (start, end, type).
pub fn mentions(a: &Article) -> Vec<Mention<'_>> {
    let mut all: Vec<Mention<'_>> = a.names.iter().map(Mention::Name).collect();
    all.extend(a.dates.iter().map(Mention::Date));
    all.extend(a.figures.iter().map(Mention::Figure));
    all.sort_by_key(Mention::key);
    all
}

/// A byte count for people: `812 B`, `2.3 KB`, `1.5 MB` (powers of 1024).
/// "1 article", "3 articles".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

pub fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

/// One-line form of a text: whitespace runs become one space, and it is cut
/// to at most `max` chars, ending in `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let collapsed = text
        .split_whitespace()
        .enumerate()
        .flat_map(|(i, w)| (i > 0).then_some(' ').into_iter().chain(w.chars()));
    let mut out = String::new();
    for (n, c) in collapsed.enumerate() {
        if n == max {
            // Make room for the ellipsis, without leaving a space before it.
            out.pop();
            let trimmed = out.trim_end().len();
            out.truncate(trimmed);
            out.push('…');
            break;
        }
        out.push(c);
    }
    out
}

/// A path cut to at most `max` chars, keeping its end (the file name).
pub fn shorten_path(path: &str, max: usize) -> String {
    let n = path.chars().count();
    if n <= max {
        return path.to_string();
    }
    let keep = max.saturating_sub(1);
    let tail: String = path.chars().skip(n - keep).collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_cuts_on_chars() {
        let cases = [
            (
                "Baca juga: Harga beras naik",
                40,
                "Baca juga: Harga beras naik",
            ),
            ("Baca  juga:\tHarga\nberas", 40, "Baca juga: Harga beras"),
            ("Baca juga: Harga beras naik", 14, "Baca juga: Ha…"),
            ("Baca juga: Harga beras naik", 10, "Baca juga…"),
            ("Baca juga: Harga", 11, "Baca juga:…"),
            ("Sebuahkatayangsangatpanjang", 6, "Sebua…"),
            ("Café résumé crème", 9, "Café rés…"),
            ("", 5, ""),
            ("abc", 0, "…"),
        ];
        for (text, max, want) in cases {
            let got = shorten(text, max);
            assert_eq!(got, want, "{text:?} {max}");
            assert!(got.chars().count() <= max.max(1));
        }
    }

    #[test]
    fn paths_keep_their_end() {
        assert_eq!(shorten_path("a/b.txt", 10), "a/b.txt");
        assert_eq!(
            shorten_path("berita/2025/juli/kompas.txt", 12),
            "…/kompas.txt"
        );
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!(count(1, "article"), "1 article");
        assert_eq!(count(0, "article"), "0 articles");
        assert_eq!(count(3, "boilerplate span"), "3 boilerplate spans");
    }

    #[test]
    fn sizes() {
        let cases = [
            (0, "0 B"),
            (812, "812 B"),
            (2392, "2.3 KB"),
            (200 << 20, "200.0 MB"),
        ];
        for (n, want) in cases {
            assert_eq!(human_bytes(n), want);
        }
    }
}
