//! Dates and times: absolute ("13 Juli 2025", "13/7/2025", "Minggu (13/7/2025)"),
//! weekdays, months without a year, relative expressions ("tahun lalu", "Juni
//! tahun lalu"), times ("pukul 07.24 WIB"), durations ("tiga hari") and sets
//! ("setiap hari"), each with an ISO 8601 value anchored on a reference date.
//!
//! The reference of an article is its stated publication date, else the
//! latest explicit full date in it; articles with neither are anchored by
//! [`reanchor`] on the other articles of the corpus, else on
//! `--reference-date`. Each mention says how it was anchored (`reference`).
//!
//! It does not read numbers that are not about time ("2025 orang", "40%"):
//! those are figures. "dua kali seminggu" is a frequency and left to figures
//! too; ages ("berusia 27 tahun") are not durations.
//!
//! ```
//! use corpus_analyze::extract::date::{extract, Expr};
//! use corpus_analyze::model::Doc;
//! let text = "Lavrov tiba di Pyongyang, Sabtu (12/7/2025), untuk kunjungan tiga hari.";
//! let doc = Doc { text, paragraphs: &[], sentences: &[], tokens: &[] };
//! let got: Vec<_> = extract(&doc, None)
//!     .into_iter()
//!     .map(|m| (m.text, m.value.unwrap_or_default()))
//!     .collect();
//! assert_eq!(got, [
//!     ("Sabtu (12/7/2025)".to_string(), "2025-07-12".to_string()),
//!     ("tiga hari".to_string(), "P3D".to_string()),
//! ]);
//! ```

mod expr;
pub(crate) mod lexicon;
mod parse;
pub(crate) mod scan;

pub use expr::{Dir, Expr, Tod};

use crate::model::{Article, Doc, Span};
use jiff::civil::Date;
use serde::Serialize;

/// A date or time expression. Built elsewhere (tests), fill the rest with
/// `..Default::default()`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
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
    /// How the value was anchored: `absolute` (the text alone gives it),
    /// `published`, `latest_in_article`, `corpus`, `cli`; null when unresolved.
    pub reference: Option<String>,
    /// What the text says, kept to resolve it again against another reference.
    #[serde(skip)]
    pub expr: Expr,
    /// Said of a birth ("kelahiran 27 Juli 1968"): never the article's reference.
    #[serde(skip)]
    pub birth: bool,
    /// "hari ini, Rabu (12/7)": today restated as a date, the best witness of
    /// when the article was written.
    #[serde(skip)]
    pub today: bool,
}

impl DateMention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// How an article's reference date was found.
pub const PUBLISHED: &str = "published";
pub const LATEST_IN_ARTICLE: &str = "latest_in_article";
pub const CORPUS: &str = "corpus";
pub const CLI: &str = "cli";
pub const ABSOLUTE: &str = "absolute";

thread_local! {
    static TOKS: std::cell::Cell<Vec<scan::Tok>> = const { std::cell::Cell::new(Vec::new()) };
    static STARTS: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Finds the date and time expressions of one article. `published` is the
/// article's stated publication date, when its header gives one. Sorted by
/// start, non-overlapping.
pub fn extract(doc: &Doc, published: Option<Date>) -> Vec<DateMention> {
    // The token buffer is reused from article to article on each thread.
    let mut toks = TOKS.take();
    let mut starts = STARTS.take();
    scan::scan_into(doc.text, &mut toks, &mut starts);
    let mentions = from_tokens(doc.text, &toks, &starts, published);
    // A huge article's buffer is not kept.
    if toks.capacity() <= 1 << 20 {
        TOKS.set(toks);
        STARTS.set(starts);
    }
    mentions
}

/// [`extract`] from the tokens [`crate::extract::numlex::lex`] made of the
/// article's text (the figure stage reads the same pass).
pub fn extract_lexed(
    doc: &Doc,
    published: Option<Date>,
    lexed: &crate::extract::numlex::Lexed,
) -> Vec<DateMention> {
    if lexed.len != doc.text.len() {
        return extract(doc, published);
    }
    from_tokens(doc.text, &lexed.date, &lexed.date_starts, published)
}

/// The mentions of `text` from its scanned tokens.
fn from_tokens(
    text: &str,
    toks: &[scan::Tok],
    starts: &[u32],
    published: Option<Date>,
) -> Vec<DateMention> {
    let mut mentions: Vec<DateMention> = parse::parse(text, toks, starts)
        .into_iter()
        .map(|f| {
            let (start, end) = (toks[f.s].start(), toks[f.e - 1].end());
            DateMention {
                tag: "date",
                text: text[start..end].to_string(),
                start,
                end,
                kind: f.kind,
                value: None,
                reference: None,
                expr: f.expr,
                birth: f.birth,
                today: false,
            }
        })
        .collect();
    attach_times(&mut mentions, text);
    same_day(&mut mentions, text);
    let own = own_reference(published, &mentions);
    for m in &mut mentions {
        settle(m, own);
    }
    mentions
}

/// A time with no day of its own ("pukul 10.40 WIB") takes the day of a
/// day expression next to it on the same line ("pukul 04.28 WIB, Selasa
/// (25/4)", "Kamis (7/9) ... pukul 12.00").
fn attach_times(mentions: &mut [DateMention], text: &str) {
    let day_level = |e: &Expr| {
        matches!(
            e,
            Expr::Day { tod: None, .. }
                | Expr::Weekday { tod: None, .. }
                | Expr::RelDay { tod: None, .. }
        )
    };
    // Same line, same sentence, close by.
    let near = |a: usize, b: usize, max: usize| {
        b >= a
            && b - a <= max
            && !text[a..b].contains(['\n', '!', '?'])
            && !text[a..b].contains(". ")
    };
    for i in 0..mentions.len() {
        let Expr::Time(tod) = mentions[i].expr else {
            continue;
        };
        let before = i.checked_sub(1).filter(|&p| {
            day_level(&mentions[p].expr) && near(mentions[p].end, mentions[i].start, 80)
        });
        let after = Some(i + 1).filter(|&n| {
            n < mentions.len()
                && day_level(&mentions[n].expr)
                && near(mentions[i].end, mentions[n].start, 12)
        });
        if let Some(d) = after.or(before) {
            mentions[i].expr = Expr::TimeOf(Box::new(mentions[d].expr.clone()), tod);
        }
    }
}

/// "hari ini, Rabu (12/7)", "kemarin (11/7)": a relative day restated as
/// a date takes that date (the article may have been published days after
/// it was written).
fn same_day(mentions: &mut [DateMention], text: &str) {
    for i in 1..mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        let gap = text[a.end..b.start].trim();
        if let Expr::RelDay { days, tod: None } = a.expr
            && let Expr::Day { .. } = b.expr
            && (gap.is_empty() || gap == ",")
        {
            let mut day = mentions[i].expr.clone();
            if let Expr::Day { tod, .. } = &mut day {
                *tod = None;
            }
            mentions[i - 1].expr = day;
            mentions[i - 1].today = days == 0;
        }
    }
}

/// When an article was written, as far as it says itself: its stated
/// publication date, else the latest dated event it reports (as for
/// anchoring its relative dates; null when it gives no full date).
pub fn written(published: Option<Date>, mentions: &[DateMention]) -> Option<Date> {
    own_reference(published, mentions).map(|r| r.0)
}

/// The article's own reference: its stated publication date, else the
/// latest explicit full date it mentions (not in the future tense, not a
/// birth date). Dates written with their weekday ("Kamis (24/8/2017)",
/// "Selasa (12/5)" in an article that writes 2026) are the dates of the
/// reported events and win over bare ones ("27 Juli 1968", a forecast "26
/// Mei 2026").
fn own_reference(
    published: Option<Date>,
    mentions: &[DateMention],
) -> Option<(Date, &'static str)> {
    if let Some(d) = published {
        return Some((d, PUBLISHED));
    }
    let candidates = || {
        mentions
            .iter()
            .filter(|m| !m.birth)
            .filter_map(|m| Some((m.expr.full_date()?, has_weekday(&m.expr))))
    };
    // "hingga Selasa (12/5) pukul 06.00": a day written with its weekday but
    // no year is an event of the article's days too, placed on or before
    // the latest full date the article writes (even a forecast's: "wukuf …
    // diperkirakan jatuh pada 26 Mei 2026") when the weekday fits.
    let written = mentions
        .iter()
        .filter(|m| !m.birth)
        .filter_map(|m| m.expr.written_day())
        .max();
    let partial = written.and_then(|w| {
        mentions
            .iter()
            .filter(|m| !m.birth)
            .filter_map(|m| m.expr.weekday_day_before(w))
            .max()
    });
    let with_weekday = candidates().filter(|c| c.1).map(|c| c.0).max().max(partial);
    let latest = with_weekday.or_else(|| candidates().map(|c| c.0).max());
    // "hari ini (24/6)" dates the writing even when a later day is named
    // ("akan jatuh besok, 25 Juni 2017").
    let today = mentions
        .iter()
        .filter(|m| m.today)
        .find_map(|m| m.expr.resolve(latest)?.parse::<Date>().ok());
    today.or(latest).map(|d| (d, LATEST_IN_ARTICLE))
}

fn has_weekday(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Day {
            weekday: Some(_),
            ..
        }
    )
}

/// Resolves one mention against a reference (or none).
fn settle(m: &mut DateMention, reference: Option<(Date, &'static str)>) {
    if m.expr.is_absolute() {
        m.value = m.expr.resolve(None);
        m.reference = m.value.as_ref().map(|_| ABSOLUTE.to_string());
        return;
    }
    m.value = m.expr.resolve(reference.map(|r| r.0));
    m.reference = match (&m.value, reference) {
        (Some(_), Some((_, how))) => Some(how.to_string()),
        _ => None,
    };
}

/// Corpus-level pass: articles with no reference date of their own are anchored
/// on one inferred from the other articles (the median of their references:
/// articles on one story sit within days of each other), else on `fallback`
/// (`--reference-date`). Linear in the number of mentions.
pub fn reanchor(articles: &mut [Article], fallback: Option<Date>) {
    let mut refs: Vec<Date> = articles
        .iter()
        .filter_map(|a| own_reference(a.header.published, &a.dates).map(|r| r.0))
        .collect();
    let corpus = if refs.is_empty() {
        None
    } else {
        let mid = refs.len() / 2;
        Some(*refs.select_nth_unstable(mid).1)
    };
    let reference = corpus.map(|d| (d, CORPUS)).or(fallback.map(|d| (d, CLI)));
    if reference.is_none() {
        return;
    }
    for a in articles.iter_mut() {
        if own_reference(a.header.published, &a.dates).is_none() {
            for m in &mut a.dates {
                // The corpus's median date is only near the day this article
                // was written, which may be the next one: a bare weekday that
                // falls the day after it is that day ("Minggu" beside two
                // Saturday articles is that Sunday, not the week before);
                // otherwise news looks back. `--reference-date` is exact.
                if reference.is_some_and(|r| r.1 == CORPUS) {
                    m.expr.look_near();
                }
                settle(m, reference);
            }
        }
    }
}

/// The stated date of publication at the start of an article's body
/// ("Minggu (13/7/2025)", "Senin, 29 Desember 2014", "Jakarta, 5/1/2015"):
/// the date and its span. `head` is the text of the first paragraph or two,
/// starting at offset `offset` of the article. Only a full date in the
/// dateline or first sentence counts.
pub fn stated_publication(head: &str, offset: usize) -> Option<(Date, Span)> {
    let (toks, starts) = scan::scan(head);
    stated_in(head, &toks, &starts, offset)
}

/// [`stated_publication`] of `text[head]`, read from the date tokens
/// [`crate::extract::numlex::lex`] made of the whole `text` (the pipeline
/// lexes the article before reading its head) instead of scanning the head
/// again: see `scan::scan_part`, which gives exactly the head's own tokens.
pub fn stated_publication_lexed(
    text: &str,
    head: Span,
    lexed: &crate::extract::numlex::Lexed,
) -> Option<(Date, Span)> {
    if lexed.len != text.len() {
        return stated_publication(head.of(text), head.start);
    }
    // The buffers `extract` keeps between articles (never in use here).
    let mut toks = TOKS.take();
    let mut starts = STARTS.take();
    let found = if scan::scan_part(
        text,
        head.start,
        head.end,
        (&lexed.date, &lexed.date_starts),
        &mut toks,
        &mut starts,
    ) {
        stated_in(head.of(text), &toks, &starts, head.start)
    } else {
        stated_publication(head.of(text), head.start)
    };
    if toks.capacity() <= 1 << 20 {
        TOKS.set(toks);
        STARTS.set(starts);
    }
    found
}

/// [`stated_publication`] from the head's scanned tokens.
fn stated_in(
    head: &str,
    toks: &[scan::Tok],
    starts: &[u32],
    offset: usize,
) -> Option<(Date, Span)> {
    // The first sentence ends at ". " (not "KOMPAS.com", not "10.000").
    let limit = toks
        .iter()
        .enumerate()
        .find(|(k, t)| {
            matches!(t.kind(), scan::Kind::Punct(b'.' | b'!' | b'?'))
                && toks.get(k + 1).is_none_or(|n| n.space_before())
                && t.start() > 0
        })
        .map_or(head.len(), |(_, t)| t.end())
        .min(600);
    // Lazily: parsing stops at the first stated date or past the limit.
    parse::founds(head, toks, starts)
        .take_while(|f| toks[f.s].start() < limit)
        .find_map(|f| {
            let d = f.expr.full_date()?;
            // "… yang menewaskan 11 orang pada Sabtu, 11 Mei 2024": a date after
            // "pada", "sejak", "hingga" … dates the event told, not the writing
            // (the latest dated event of the article anchors it instead).
            if f.s > 0 && toks[f.s - 1].has(lexicon::YEAR_CTX) {
                return None;
            }
            let span = Span::new(offset + toks[f.s].start(), offset + toks[f.e - 1].end());
            Some((d, span))
        })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_heldout;
#[cfg(test)]
mod tests_starts;
