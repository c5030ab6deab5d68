//! Figures: numbers with what they measure or count ("sekitar 12 juta butir
//! amunisi", "25.000 hingga 30.000 tentara", "40%", "Rp 1,5 triliun",
//! "dua kali seminggu", "ketiga"), with normalized values, qualifiers, units,
//! currencies, classifiers and the counted noun.
//!
//! How: the stage lexes the text itself ([`lex`]), visits only tokens that can
//! start a figure (digits, number words, qualifier and currency words), reads
//! the figure grammar there ([`parse`]) and drops what the context says is a
//! label, code, year, time or page number ([`context`]). All word lists are
//! data files `src/data/figure_*.txt` ([`lexicon`]).
//!
//! It does not find dates, times or durations ("13 Juli 2025", "pukul 07.30",
//! "16 tahun penjara", "tiga hari"): the date extractor does, and a figure
//! never overlaps one of its spans. It does not judge what a figure is about
//! beyond the counted noun right after it.
//!
//! ```
//! use corpus_analyze::extract::figure;
//! let f = figure::extract_text("Sekitar 12 juta butir amunisi dikirim.", &[]);
//! assert_eq!(f[0].text, "Sekitar 12 juta butir amunisi");
//! assert_eq!(f[0].value, Some(12_000_000.0));
//! assert_eq!(f[0].qualifier, Some("about"));
//! assert_eq!(f[0].classifier.as_deref(), Some("butir"));
//! assert_eq!(f[0].counted.as_deref(), Some("amunisi"));
//! ```

mod context;
mod index;
pub mod lex;
pub mod lexicon;
pub mod number;
mod parse;
pub(crate) mod starts;
/// Removes the binary floating-point noise that scaling a decimal leaves
/// ("Rp 4,1 triliun" is 4.1 × 10¹², which f64 arithmetic gives as
/// 4099999999999.9995): when rounding to 15 significant digits gives a number
/// with at most 12 significant digits, that is the number that was written.
/// A true repeating value (1/3) keeps its full precision.
fn tidy(v: f64) -> f64 {
    // Whole numbers below 10¹² have at most 12 digits and no noise.
    if v == 0.0 || !v.is_finite() || (v.fract() == 0.0 && v.abs() < 1e12) {
        return v;
    }
    let digits = 14 - v.abs().log10().floor() as i32;
    if !(-300..=300).contains(&digits) {
        return v;
    }
    let scale = 10f64.powi(digits);
    let r = (v * scale).round() / scale;
    let sci = format!("{r:e}");
    let mantissa = sci.split('e').next().unwrap_or("");
    let significant = mantissa.bytes().filter(u8::is_ascii_digit).count();
    if r.is_finite() && significant <= 12 {
        r
    } else {
        v
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_accuracy;
#[cfg(test)]
mod tests_general;
#[cfg(test)]
mod tests_heldout;
#[cfg(test)]
mod tests_heldout_c;
#[cfg(test)]
mod tests_heldout_d;
#[cfg(test)]
mod tests_starts;
#[cfg(test)]
mod tests_unseen;
#[cfg(test)]
mod tests_visits;

use crate::extract::date::DateMention;
use crate::model::{Doc, Span};
use lexicon::Scan;
use serde::Serialize;

/// A figure. Spans are half-open byte offsets into the analysis text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// Always `"figure"`.
    #[serde(rename = "type")]
    pub tag: &'static str,
    /// The text of the span: qualifier, number, unit or currency, classifier,
    /// counted noun and rate ("lebih dari 10.000 personel militer").
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The value (signed; multipliers applied; the magnitude of a vague
    /// quantity; the rank of an ordinal). Null for ranges.
    #[serde(serialize_with = "crate::model::number::opt")]
    pub value: Option<f64>,
    /// Bounds of a range ("25.000 hingga 30.000"); null otherwise.
    #[serde(serialize_with = "crate::model::number::opt")]
    pub min: Option<f64>,
    #[serde(serialize_with = "crate::model::number::opt")]
    pub max: Option<f64>,
    /// `about`, `more_than`, `less_than`, `at_least`, `at_most`, `up_to`, or null.
    pub qualifier: Option<&'static str>,
    /// `percent`, `km`, `km2`, `square_mile`, `ton`, `magnitude`, `times`, … or null.
    pub unit: Option<String>,
    /// ISO 4217 code (`IDR`, `USD`, `EUR`, …) or null.
    pub currency: Option<String>,
    /// The counted noun, lower case, `-nya` removed, ≤ 2 words ("amunisi",
    /// "personel militer"), or the classifier when no noun follows ("orang").
    pub counted: Option<String>,
    /// The classifier between number and noun (`butir`, `orang`, `unit`, `ekor`).
    pub classifier: Option<String>,
    /// `per_day`, `per_week`, `per_month`, `per_year`, `per_hour` after "N kali";
    /// `every` for "setiap dua tahun" (then `unit` is the period). Null otherwise.
    pub frequency: Option<String>,
    /// The denominator of a rate: "Rp 1.500 per liter" → `l`, "per hari" → `day`.
    pub per: Option<String>,
    /// An ordinal ("ketiga", "ke-3", "pertama"); `value` is its rank.
    pub ordinal: bool,
    /// An order of magnitude, not a count ("ribuan", "puluhan ribu", "20-an").
    pub vague: bool,
    /// A match score ("menang 2-1" → `[2, 1]`, sides as written; `unit` is
    /// `score` and `value` null). Null otherwise.
    #[serde(serialize_with = "crate::model::number::opt_pair")]
    pub score: Option<[f64; 2]>,
    /// The number with its unit or currency, without qualifier or counted
    /// noun (used for evaluation; not serialized).
    #[serde(skip)]
    pub core: Span,
}

impl Figure {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Finds the figures of one article, skipping what the date extractor took.
/// Sorted by start, never overlapping each other or a date.
pub fn extract(doc: &Doc, dates: &[DateMention]) -> Vec<Figure> {
    let spans: Vec<Span> = dates.iter().map(DateMention::span).collect();
    extract_text(doc.text, &spans)
}

/// [`extract`] from the tokens [`crate::extract::numlex::lex`] made of the
/// article's text (the date stage reads the same pass).
pub fn extract_lexed(
    doc: &Doc,
    dates: &[DateMention],
    lexed: &crate::extract::numlex::Lexed,
) -> Vec<Figure> {
    if lexed.len != doc.text.len() {
        return extract(doc, dates);
    }
    let mut taken: Vec<Span> = dates.iter().map(DateMention::span).collect();
    taken.sort();
    with_lower(|lower| {
        read(
            doc.text,
            &taken,
            &lexed.figure,
            &lexed.figure_starts,
            lower,
            Visit::Starts,
        )
    })
}

/// [`extract`] on a bare text, with the spans to leave alone (sorted or not).
pub fn extract_text(text: &str, taken: &[Span]) -> Vec<Figure> {
    extract_with(text, taken, Visit::Starts)
}

/// Which tokens [`read`] reads a figure at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Visit {
    /// The noted starts that can reach an amount (production).
    Starts,
    /// Every token (the reference the tests compare with).
    #[cfg_attr(not(test), allow(dead_code))]
    Every,
}

thread_local! {
    // The lexer's buffers are reused from article to article: growing
    // them anew for each one costs more than lexing.
    static BUFFERS: std::cell::RefCell<(Vec<lex::Tok>, Vec<starts::Start>)> =
        std::cell::RefCell::default();
    static LOWER: std::cell::RefCell<String> = std::cell::RefCell::default();
}

/// Calls `f` with this thread's buffer for the lower-cased text.
fn with_lower<T>(f: impl FnOnce(&mut String) -> T) -> T {
    LOWER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut lower) => f(&mut lower),
        // Only a re-entrant call finds it in use; it gets its own.
        Err(_) => f(&mut String::new()),
    })
}

fn extract_with(text: &str, taken: &[Span], visit: Visit) -> Vec<Figure> {
    let mut taken = taken.to_vec();
    taken.sort();
    BUFFERS.with(|cell| match cell.try_borrow_mut() {
        Ok(mut b) => {
            let (toks, starts) = &mut *b;
            lex_starts(text, toks, starts);
            with_lower(|lower| read(text, &taken, toks, starts, lower, visit))
        }
        // Only a re-entrant call finds them in use; it gets its own.
        Err(_) => {
            let (mut toks, mut starts) = (Vec::new(), Vec::new());
            lex_starts(text, &mut toks, &mut starts);
            read(text, &taken, &toks, &starts, &mut String::new(), visit)
        }
    })
}

/// Lexes `text` and notes the tokens that may start a figure.
fn lex_starts(text: &str, toks: &mut Vec<lex::Tok>, starts: &mut Vec<starts::Start>) {
    let t = &*lexicon::TABLES;
    starts.clear();
    lex::lex_with(text, toks, |k, tok| starts::note(t, text, k, tok, starts));
    starts::link(starts);
}

/// Reads a figure at every token of the lexed `text` that may start one.
fn read(
    text: &str,
    taken: &[Span],
    toks: &[lex::Tok],
    starts: &[starts::Start],
    lower: &mut String,
    visit: Visit,
) -> Vec<Figure> {
    let t = &*lexicon::TABLES;
    lower.clear();
    lower.push_str(text);
    lower.make_ascii_lowercase();
    let s = Scan { text, lower, toks };
    let mut out = Vec::new();
    let mut i = 0;
    let mut visit_at = |k: usize, r: u16, i: &mut usize| {
        let Some(p) = parse::at(&s, k, r) else {
            *i = k + 1;
            return;
        };
        if context::rejects(&s, &p) {
            *i = k + 1;
            return;
        }
        let end = p.end;
        match build(&s, p, taken) {
            Some(f) => {
                out.push(f);
                *i = end.max(k + 1);
            }
            None => *i = k + 1,
        }
    };
    match visit {
        Visit::Starts => {
            // The first taken span that does not end before the current
            // start. `build` finds the spans by binary search, which is
            // exact when they do not overlap (dates never do).
            let mut d = 0;
            let disjoint = taken.windows(2).all(|w| w[0].end <= w[1].start);
            for st in starts.iter() {
                if st.k < i {
                    continue;
                }
                if st.hopeless(t.reach) || (disjoint && in_taken(toks, st.k, taken, &mut d)) {
                    i = st.k + 1;
                    continue;
                }
                visit_at(st.k, st.roles, &mut i);
            }
        }
        Visit::Every => {
            for k in 0..toks.len() {
                if k >= i {
                    visit_at(k, parse::roles(t, &s, k), &mut i);
                }
            }
        }
    }
    out
}

/// True when token `k` is digits or a code inside a span the date extractor
/// took ("13 Juli 2025", "pukul 07.30"). A figure read there begins with
/// that token (digits have no role that reads words before them), so its
/// core covers the token and `build` drops it: the parse can be skipped.
/// `d` is a cursor into the sorted `taken`, moved forward as `k` grows.
fn in_taken(toks: &[lex::Tok], k: usize, taken: &[Span], d: &mut usize) -> bool {
    let Some(tok) = toks.get(k) else { return false };
    if !matches!(tok.kind, lex::Kind::Num | lex::Kind::Code) {
        return false;
    }
    while taken.get(*d).is_some_and(|s| s.end <= tok.start) {
        *d += 1;
    }
    taken.get(*d).is_some_and(|s| s.start < tok.end)
}

/// "7 dan 8 Desember", "3, 4 dan 5 Mei": a bare day number listed before a
/// date the date extractor took is a day of that date, not a figure.
fn list_of_dates(s: &Scan, p: &parse::Parsed, taken: &[Span]) -> bool {
    let bare = p.unit.is_none()
        && p.currency.is_none()
        && p.counted.is_none()
        && p.qualifier.is_none()
        && p.min.is_none()
        && !p.ordinal
        && p.value
            .is_some_and(|v| (1.0..=31.0).contains(&v) && v.fract() == 0.0);
    if !bare
        || !matches!(
            s.lower(p.end),
            "dan" | "," | "-" | "–" | "hingga" | "sampai" | "atau"
        )
    {
        return false;
    }
    let mut k = p.end + 1;
    // Skip further listed days: "3, 4 dan 5 Mei".
    while s.kind(k) == Some(lex::Kind::Num) && matches!(s.lower(k + 1), "dan" | "," | "atau") {
        k += 2;
    }
    let Some(t) = s.toks.get(k) else { return false };
    taken.iter().any(|d| d.start == t.start)
}

/// The figure of a parse, trimmed away from date spans; `None` when a date
/// covers the number itself.
fn build(s: &Scan, mut p: parse::Parsed, taken: &[Span]) -> Option<Figure> {
    let pos = |k: usize, end: bool| -> usize {
        match s.toks.get(k) {
            Some(t) if end => t.end,
            Some(t) => t.start,
            None => s.text.len(),
        }
    };
    let end_of = |k: usize| if k == 0 { 0 } else { pos(k - 1, true) };
    let core = Span::new(pos(p.core_start, false), end_of(p.core_end));
    let mut start = pos(p.start, false);
    let mut end = end_of(p.end);
    let first = taken.partition_point(|d| d.end <= start);
    if list_of_dates(s, &p, taken) {
        return None;
    }
    for d in &taken[first..] {
        if d.start >= end {
            break;
        }
        if d.overlaps(&core) {
            return None;
        }
        if d.start < core.start {
            start = core.start;
            p.qualifier = None;
        } else if d.start >= core.end {
            end = core.end;
            p.counted = None;
            p.classifier = None;
            p.per = None;
            p.frequency = None;
        }
    }
    Some(Figure {
        tag: "figure",
        text: s.text.get(start..end)?.to_string(),
        start,
        end,
        value: p.value.map(tidy),
        min: p.min.map(tidy),
        max: p.max.map(tidy),
        qualifier: p.qualifier,
        unit: p.unit.map(str::to_string),
        currency: p.currency.map(str::to_string),
        counted: p.counted,
        classifier: p.classifier.map(str::to_string),
        frequency: p.frequency.map(str::to_string),
        per: p.per,
        ordinal: p.ordinal,
        vague: p.vague,
        score: p.score,
        core,
    })
}
