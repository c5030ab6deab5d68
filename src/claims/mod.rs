//! Claims: a sentence that carries a figure or a date about something, with what
//! it counts or dates (the counted noun and its synonym class, the event verb),
//! the entities involved, its attribution ("menurut KCNA", "kata Lavrov") and
//! hedging ("dikabarkan", "diperkirakan").
//!
//! One claim per figure or dated event: a sentence with two figures makes two
//! claims. Ordinals, figures that restate the previous one in parentheses
//! ("90 kilometer persegi (35 mil persegi)"), dates that only say when something
//! was said ("kata Lavrov, Sabtu") and dates with no event are not claims.
//! Quotes are claims of the quoted person, not of the outlet.
//!
//! It reads one article whose dates, figures and (resolved) names are set; it
//! does not compare articles (that is [`crate::compare`]).

pub mod attribution;
mod locate;
pub mod scope;
pub mod tokens;
pub mod words;

pub use attribution::Attribution;
pub use scope::Scope;

use crate::extract::date::DateMention;
use crate::extract::figure::Figure;
use crate::extract::names::Entity;
use crate::model::{Article, Span};
use serde::Serialize;
use std::sync::Arc;

/// A claim made in one article.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    /// The sentence.
    pub text: String,
    /// Byte span of the sentence in the article.
    pub start: usize,
    pub end: usize,
    /// The figure, as in the article's entities (absent for a date claim).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// The date, as in the article's entities (absent for a figure claim).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<DateMention>,
    /// What kind of value: `count`, `percent`, `money:<currency>`,
    /// `unit:<unit>`, `rank` ("peringkat ke-118"), `date`, `time`, `duration`.
    pub measure: String,
    /// The counted noun as written, lowercase ("pasukan", "butir amunisi").
    pub counted: Option<String>,
    /// Its synonym class ("tentara" for pasukan, personel, prajurit …).
    pub class: Option<String>,
    /// The event class ("kirim" for mengirim, dikerahkan, pengiriman …).
    pub event: Option<String>,
    /// The event word as written, lowercase.
    pub verb: Option<String>,
    /// `from` for the old value of a change ("naik dari Rp 7.650 menjadi …"),
    /// `delta` for the size of a change ("naik Rp 2.350 menjadi …"), else null.
    pub role: Option<&'static str>,
    /// `target`, `forecast` or `plan` when the figure is one rather than a
    /// measured value ("menargetkan … di bawah 0,7 persen"), else null.
    pub modality: Option<&'static str>,
    /// The part of a breakdown by kind the figure counts ("kereta api" in
    /// "disusul kereta api 1,21 juta orang"), lowercase, else null.
    pub part: Option<String>,
    /// Marked as additional ("tambahan 25.000 tentara", "5.000 tentara lagi").
    pub additional: bool,
    /// Canonical names of the entities in the sentence, sorted.
    pub entities: Vec<String>,
    /// What the claim is about, for grouping: persons and organizations of
    /// its clause (not its source), the named thing it counts or prices
    /// ("Pertalite"), and for dates the places of the clause. Sorted.
    pub actors: Vec<String>,
    /// The specific actors among them: persons and the named object; the
    /// rest are organizations, which decide only when no side names a person.
    #[serde(skip)]
    pub persons: Vec<String>,
    /// The place, period and rate the claim is about, read from its own
    /// sentence ([`scope`]); null when the sentence names none.
    pub scope: Option<Scope>,
    pub attribution: Option<Attribution>,
    /// The hedge nearest the claim, lowercase ("dikabarkan", "diperkirakan").
    pub hedge: Option<String>,
}

impl Claim {
    /// The span of the figure or date.
    pub fn mention(&self) -> Span {
        match (&self.figure, &self.date) {
            (Some(f), _) => f.span(),
            (None, Some(d)) => d.span(),
            (None, None) => Span::new(self.start, self.start),
        }
    }
    /// The figure or date as written.
    pub fn mention_text(&self) -> &str {
        match (&self.figure, &self.date) {
            (Some(f), _) => &f.text,
            (None, Some(d)) => &d.text,
            (None, None) => "",
        }
    }
}

/// What a claim states: a figure or a date.
#[derive(Clone, Copy, Debug)]
pub enum Mention<'a> {
    Figure(&'a Figure),
    Date(&'a DateMention),
}

impl Mention<'_> {
    pub fn span(&self) -> Span {
        match self {
            Mention::Figure(f) => f.span(),
            Mention::Date(d) => d.span(),
        }
    }
}

/// The measure of a figure: what its value is a quantity of.
pub fn measure_of(f: &Figure) -> String {
    // Made per figure: joined by hand, without the formatting machinery.
    let tagged = |tag: &str, v: &str| {
        let mut s = String::with_capacity(tag.len() + v.len());
        s.push_str(tag);
        s.push_str(v);
        s
    };
    if let Some(c) = &f.currency {
        return tagged("money:", c);
    }
    if let Some(q) = &f.frequency {
        return tagged("frequency:", q);
    }
    match f.unit.as_deref() {
        // An ASCII unit is lowercased in place in the output, not copied first.
        Some(u) if u.is_ascii() => {
            if ["%", "persen", "percent", "pct"]
                .iter()
                .any(|p| u.eq_ignore_ascii_case(p))
            {
                return "percent".into();
            }
            let mut s = tagged("unit:", u);
            s.make_ascii_lowercase();
            s
        }
        Some(u) => match u.to_lowercase() {
            u if matches!(u.as_str(), "%" | "persen" | "percent" | "pct") => "percent".into(),
            u => tagged("unit:", &u),
        },
        None => "count".into(),
    }
}

/// Finds the claims of one analyzed article (its dates, figures and names are
/// set). Each claim is shared (`Arc`): the statements comparing it hold it too.
pub fn extract(article: &Article) -> Vec<Arc<Claim>> {
    let mut mentions: Vec<Mention> = Vec::new();
    // The headline restates the body in capitalized shorthand ("Korban
    // Bertambah Jadi 15"), where names and nouns cannot be read: the body's
    // sentences make the claims.
    let title = article.header.title;
    let in_title = |s: Span| title.is_some_and(|t| t.overlaps(&s));
    let mut prev_end: Option<usize> = None;
    let mut figures: Vec<&Figure> = article.figures.iter().collect();
    figures.sort_by_key(|f| (f.start, f.end));
    for f in figures {
        let restated = prev_end.is_some_and(|p| {
            let gap = article.clean.get(p..f.start).unwrap_or("x");
            gap.trim() == "(" || gap.trim() == "/"
        });
        prev_end = Some(f.end);
        // A position in digits ("peringkat ke-118", "posisi 5"): a word
        // ordinal after a rank word is mostly a table's loose talk ("posisi
        // empat besar", "peringkat dua klasemen" of every league).
        let position = || {
            f.text.bytes().any(|b| b.is_ascii_digit())
                && rank_word_before(&article.clean, f.start).is_some()
        };
        if (!f.ordinal || position())
            && !restated
            && (!collective(f) || one_casualty(f, &article.clean))
            && !in_title(f.span())
            && valid(article, f.span())
        {
            mentions.push(Mention::Figure(f));
        }
    }
    let published = article.header.published_span;
    for d in &article.dates {
        let in_header = published.is_some_and(|p| p.overlaps(&d.span()));
        if matches!(d.kind, "date" | "time" | "duration")
            && !in_header
            && !in_title(d.span())
            && valid(article, d.span())
        {
            mentions.push(Mention::Date(d));
        }
    }
    mentions.sort_by_key(|m| (m.span().start, m.span().end));
    let names: Vec<&Entity> = {
        let mut v: Vec<&Entity> = article
            .names
            .iter()
            .filter(|e| valid(article, e.span()))
            .collect();
        v.sort_by_key(|e| (e.start, e.end));
        v
    };
    locate::claims(article, &mentions, &names)
}

/// "kedua negara", "ketiga tersangka": a collective (both, all three), not a
/// count anyone reports; nor is "satu" in words ("satu hal", "satu jemaah
/// mengaku …"), which is mostly the article "a".
fn collective(f: &Figure) -> bool {
    if f.value == Some(1.0)
        && !f.text.bytes().any(|b| b.is_ascii_digit())
        && f.currency.is_none()
        && f.unit.is_none()
    {
        return true;
    }
    let word = f.text.split_whitespace().next().unwrap_or("");
    // Lowercasing keeps an ASCII word's length and hyphens: only its first
    // two letters need it.
    let first: std::borrow::Cow<str> = if word.is_ascii() {
        word.into()
    } else {
        word.to_lowercase().into()
    };
    first.len() > 4
        && first.as_bytes()[..2].eq_ignore_ascii_case(b"ke")
        && !first.contains('-')
        && !f.text.bytes().any(|b| b.is_ascii_digit())
}

/// "Satu orang pedagang mengalami luka bakar", "menewaskan satu orang":
/// "satu" in words before a classifier, with a death or injury word
/// (`claim_casualty_words.txt`) right before it or among the four words after
/// it in its clause, counts one casualty ("salah satu orang" never does).
fn one_casualty(f: &Figure, text: &str) -> bool {
    if f.value != Some(1.0) || f.classifier.is_none() {
        return false;
    }
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    };
    let casualty = |w: &str| {
        crate::data::lines("claim_casualty_words.txt", CLAIM_CASUALTY_WORDS).any(|l| l.text == w)
    };
    let before = word(
        text.get(..f.start)
            .unwrap_or("")
            .split_whitespace()
            .next_back()
            .unwrap_or(""),
    );
    if before == "salah" {
        return false;
    }
    let after = text.get(f.end..).unwrap_or("");
    let clause = after
        .split([',', '.', ';', ':', '"', '(', '\n'])
        .next()
        .unwrap_or("");
    casualty(&before)
        || clause
            .split_whitespace()
            .take(4)
            .any(|w| casualty(&word(w)))
}

/// Death and injury words of [`one_casualty`].
const CLAIM_CASUALTY_WORDS: &str = include_str!("../data/claim_casualty_words.txt");

/// "peringkat ke-118 FIFA", "posisi kedua klasemen": an ordinal right after
/// a rank word (figure_rank_words.txt) is a position worth comparing; the
/// rank word, lowercase, is what it ranks. Other ordinals ("yang pertama",
/// "hari kedua", "ke-2" in a list) make no claim.
pub(crate) fn rank_word_before(text: &str, at: usize) -> Option<String> {
    let before = text.get(..at)?.trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| !w.is_empty())?
        .to_lowercase();
    crate::data::lines("claim_rank_words.txt", CLAIM_RANK_WORDS)
        .any(|l| l.text == word)
        .then_some(word)
}

/// Position words whose digit ordinal is a claim (`claim_rank_words.txt`).
const CLAIM_RANK_WORDS: &str = include_str!("../data/claim_rank_words.txt");

#[cfg(test)]
#[test]
fn claim_rank_words_are_clean_and_a_subset_of_the_figure_rank_words() {
    assert_eq!(
        crate::data::check_hygiene("claim_rank_words.txt", CLAIM_RANK_WORDS),
        vec![]
    );
    let figure: Vec<&str> = crate::extract::figure::lexicon::RANK_WORDS
        .lines()
        .map(str::trim)
        .collect();
    for w in crate::data::lines("claim_rank_words.txt", CLAIM_RANK_WORDS) {
        assert!(
            figure.contains(&w.text),
            "claim_rank_words.txt:{}: {} is not a figure rank word",
            w.number,
            w.text
        );
    }
    let text = "Arema menambah keunggulan pada menit ke-13.";
    assert_eq!(rank_word_before(text, text.find("ke-13").unwrap()), None);
    let text = "Indonesia menempati peringkat ke-118 FIFA.";
    assert_eq!(
        rank_word_before(text, text.find("ke-118").unwrap()).as_deref(),
        Some("peringkat")
    );
}

#[cfg(test)]
#[test]
fn claim_casualty_words_are_clean_and_sorted() {
    assert_eq!(
        crate::data::check_hygiene("claim_casualty_words.txt", CLAIM_CASUALTY_WORDS),
        vec![]
    );
    let words: Vec<&str> = crate::data::lines("claim_casualty_words.txt", CLAIM_CASUALTY_WORDS)
        .map(|l| l.text)
        .collect();
    let mut sorted = words.clone();
    sorted.sort_unstable();
    assert_eq!(words, sorted);
}

/// Spans from other stages are trusted only when they fall on char boundaries.
fn valid(article: &Article, s: Span) -> bool {
    s.start < s.end
        && s.end <= article.clean.len()
        && article.clean.is_char_boundary(s.start)
        && article.clean.is_char_boundary(s.end)
}

#[doc(hidden)]
pub mod testing;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fast;
#[cfg(test)]
mod tests_gaps;
#[cfg(test)]
mod tests_s12;
#[cfg(test)]
mod tests_s8;
