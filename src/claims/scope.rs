//! The scope of a claim, read from its own sentence: the place it is about
//! ("di Kabupaten Pringsewu", "dengan Amerika Serikat", "India US$ 1,31
//! miliar"), the period ("Desember 2025", "sepanjang 2025", "tahun lalu",
//! "bulan sebelumnya") and whether the figure is a rate ("per hari", "per
//! jam"). Two claims of different scopes are different quantities, however
//! alike their nouns: comparison keeps them apart.
//!
//! Nothing is guessed: a sentence that names no place or period gives none
//! (the claim then joins a group of one scope as before). A day ("Selasa
//! (10/2/2026)") is not a period: it says when a running total was read,
//! which is what an update is. A place in the reporting frame ("Ratih di
//! Jakarta, Kamis, mengatakan …") or a date that opens a running total
//! ("sejak awal Januari") is not a scope. There is no province → regency
//! hierarchy: places compare by their resolved canonical names.

use crate::extract::date::DateMention;
use crate::extract::figure::Figure;
use crate::extract::names::{Entity, EntityKind};
use crate::model::{Span, Token, TokenKind};
use crate::resolve::fxhash::FxHashMap;
use serde::Serialize;
use std::sync::LazyLock;

/// What a claim is about beyond its noun. Each field is null when the
/// sentence does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scope {
    /// Canonical name of the place ("Pringsewu", "Amerika Serikat").
    pub place: Option<String>,
    /// The period as an ISO value ("2025-12", "2025"), or the phrase when it
    /// cannot be resolved ("bulan sebelumnya").
    pub period: Option<String>,
    /// The denominator of a rate ("day" for "per hari", "hour", "l"), or
    /// the frequency ("per_day").
    pub rate: Option<String>,
}

impl Scope {
    pub fn is_empty(&self) -> bool {
        self.place.is_none() && self.period.is_none() && self.rate.is_none()
    }
}

pub const SCOPE: &str = include_str!("../data/claim_scope.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Place,
    Head,
    Label,
    Base,
    Start,
    Previous(Unit),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Month,
    Year,
}

/// Phrases of one to three words → role.
static WORDS: LazyLock<FxHashMap<&'static str, Role>> = LazyLock::new(|| {
    let mut m = FxHashMap::default();
    for line in crate::data::lines("claim_scope.txt", SCOPE) {
        let mut f = line.fields();
        let (Some(phrase), Some(role)) = (f.next(), f.next()) else {
            continue;
        };
        let role = match (role, f.next()) {
            ("place", _) => Role::Place,
            ("head", _) => Role::Head,
            ("label", _) => Role::Label,
            ("base", _) => Role::Base,
            ("start", _) => Role::Start,
            ("previous", Some("year")) => Role::Previous(Unit::Year),
            ("previous", _) => Role::Previous(Unit::Month),
            _ => continue,
        };
        m.insert(phrase, role);
    }
    m
});

fn role(w: &str) -> Option<Role> {
    WORDS.get(w).copied()
}

/// What one word of a sentence tells the frame, found by one look-up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Facts {
    /// The word's own role.
    role: Option<Role>,
    /// A `previous` phrase may end with this word ("bulan sebelumnya"): only
    /// then is the phrase from the word before it looked up.
    ends_pair: bool,
}

/// The frame's per-word table: every word that has a role or ends a
/// `previous` phrase (any suffix of one, so the test is exact whatever the
/// tokenizer makes of the phrase), and a filter that rejects most other
/// words by their first byte and length without hashing them.
struct Lexicon {
    facts: FxHashMap<&'static str, Facts>,
    /// Bit `len.min(31)` of entry `b` is set when a key starts with byte `b`
    /// and has that length.
    lengths: [u32; 256],
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut facts: FxHashMap<&'static str, Facts> = FxHashMap::default();
    for (&phrase, &r) in WORDS.iter() {
        facts.entry(phrase).or_default().role = Some(r);
        if matches!(r, Role::Previous(_)) {
            for (i, _) in phrase.char_indices() {
                facts.entry(&phrase[i..]).or_default().ends_pair = true;
            }
        }
    }
    let mut lengths = [0u32; 256];
    for k in facts.keys() {
        if let Some(&b) = k.as_bytes().first() {
            lengths[usize::from(b)] |= 1 << k.len().min(31);
        }
    }
    Lexicon { facts, lengths }
});

/// The facts of a word (a token's text, lowercase).
fn facts(w: &str) -> Facts {
    let lex = &*LEXICON;
    match w.as_bytes().first() {
        Some(&b) if lex.lengths[usize::from(b)] & (1 << w.len().min(31)) != 0 => {
            lex.facts.get(w).copied().unwrap_or_default()
        }
        _ => Facts::default(),
    }
}

/// The starts of a sentence's comparison words, and its `previous` phrases.
type Marks = (Vec<usize>, Vec<(Span, Unit)>);

/// The comparison words of a sentence (their starts) and its `previous`
/// phrases, from its word tokens: each word is looked up once, and the
/// phrase of two words only at a word that may end one.
fn marks(lower: &str, tokens: &[Token]) -> Marks {
    let word = |t: &Token| lower.get(t.start..t.end).unwrap_or("");
    let mut stops = Vec::new();
    let mut previous = Vec::new();
    let mut last: Option<&Token> = None;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let f = facts(word(t));
        if f.role == Some(Role::Base) {
            stops.push(t.start);
        }
        if f.ends_pair
            && let Some(p) = last
            && let Some(Role::Previous(u)) = role(lower.get(p.start..t.end).unwrap_or(""))
        {
            previous.push((Span::new(p.start, t.end), u));
        }
        last = Some(t);
    }
    (stops, previous)
}

/// [`marks`] as first written, two look-ups per word: the oracle of the tests.
#[cfg(test)]
fn marks_slow(lower: &str, words: &[&Token]) -> Marks {
    let word = |t: &Token| lower.get(t.start..t.end).unwrap_or("");
    let mut stops = Vec::new();
    let mut previous = Vec::new();
    for (i, t) in words.iter().enumerate() {
        let w = word(t);
        if role(w) == Some(Role::Base) {
            stops.push(t.start);
        }
        if let Some(n) = words.get(i + 1) {
            let two = lower.get(t.start..n.end).unwrap_or("");
            if let Some(Role::Previous(u)) = role(two) {
                previous.push((Span::new(t.start, n.end), u));
            }
        }
    }
    (stops, previous)
}

/// A candidate scope in the sentence: where it stands and its value.
#[derive(Clone, Debug)]
struct Cand<'a> {
    span: Span,
    value: std::borrow::Cow<'a, str>,
}

/// The scope candidates and markers of one sentence, read once for all its
/// claims.
pub(super) struct Frame<'a> {
    places: Vec<Cand<'a>>,
    periods: Vec<Cand<'a>>,
    /// Starts of comparison words and attribution cues: a forward search
    /// stops there.
    stops: Vec<usize>,
    /// Starts of attribution cues: a place before one is the speaker's.
    cues: Vec<usize>,
    /// Where the sentence's first word starts.
    first_word: usize,
    lower: &'a str,
}

/// The sentence as the frame reads it.
pub(super) struct Input<'a, 'b> {
    pub lower: &'a str,
    pub sent: Span,
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// The names of the sentence, sorted by start.
    pub names: &'a [&'a Entity],
    /// The dates of the sentence, sorted by start.
    pub dates: &'a [DateMention],
    /// The figure spans of the sentence, sorted.
    pub figures: &'a [Span],
    /// Starts of the attribution cues of the sentence.
    pub cues: &'b [usize],
    /// The original text (for a region's written name).
    pub text: &'a str,
    /// The names of the article (a region's canonical name).
    pub places: &'a [&'a Entity],
}

impl<'a> Frame<'a> {
    pub(super) fn new(inp: &Input<'a, '_>) -> Frame<'a> {
        let word = |t: &Token| inp.lower.get(t.start..t.end).unwrap_or("");
        // The role of the word (or two words) ending right before `at`.
        let before = |at: usize| -> Option<Role> {
            // The last word token ending at or before `at` (tokens are
            // sorted and disjoint: their ends are sorted too).
            let i = inp.tokens.partition_point(|t| t.end <= at);
            let last = inp.tokens[..i]
                .iter()
                .rev()
                .find(|t| t.kind == TokenKind::Word)?;
            // Only blanks (or an opening bracket) between the word and `at`.
            let gap = inp.lower.get(last.end..at).unwrap_or("x");
            if !gap.trim().is_empty() {
                return None;
            }
            role(word(last))
        };
        let (mut stops, previous) = marks(inp.lower, inp.tokens);
        stops.extend(inp.cues.iter().copied());
        stops.sort_unstable();
        let mut places = Vec::new();
        for e in inp.names.iter().filter(|e| e.kind == EntityKind::Place) {
            let head = inp
                .lower
                .get(e.start..e.end)
                .and_then(|s| s.split_whitespace().next())
                .is_some_and(|w| role(w) == Some(Role::Head));
            let governed = matches!(before(e.start), Some(Role::Place | Role::Label));
            if head || governed || labels(inp, e.span()) {
                places.push(Cand {
                    span: e.span(),
                    value: e.canonical.as_str().into(),
                });
            }
        }
        // "Pemerintah Provinsi Jawa Tengah menetapkan UMP 2027 sebesar …":
        // the region of a regional body's name is the place its figures are
        // about (the body's name holds no place entity of its own).
        for e in inp
            .names
            .iter()
            .filter(|e| e.kind == EntityKind::Organization)
        {
            if let Some(region) = region_of(inp.lower, e.span()) {
                let text = inp.text.get(region.start..region.end).unwrap_or("");
                let value = inp
                    .places
                    .iter()
                    .find(|p| {
                        p.kind == EntityKind::Place && (p.text == text || p.canonical == text)
                    })
                    .map_or(text, |p| p.canonical.as_str());
                if !value.is_empty() {
                    places.push(Cand {
                        span: e.span(),
                        value: value.into(),
                    });
                }
            }
        }
        places.sort_by_key(|c| c.span);
        let mut periods: Vec<Cand> = inp
            .dates
            .iter()
            .filter(|d| d.kind == "date" && before(d.start) != Some(Role::Start))
            .filter_map(|d| {
                let v = d.value.as_deref().filter(|v| period_value(v))?;
                Some(Cand {
                    span: d.span(),
                    value: v.into(),
                })
            })
            .collect();
        for (span, unit) in previous {
            // The period before the nearest one the sentence names.
            let named = periods
                .iter()
                .min_by_key(|c| c.span.start.abs_diff(span.start))
                .and_then(|c| step_back(&c.value, unit));
            let value = named.map_or_else(
                || inp.lower.get(span.start..span.end).unwrap_or("").into(),
                Into::into,
            );
            periods.push(Cand { span, value });
        }
        periods.sort_by_key(|c| c.span);
        Frame {
            lower: inp.lower,
            places,
            periods,
            stops,
            cues: inp.cues.to_vec(),
            first_word: inp
                .tokens
                .iter()
                .find(|t| t.kind == TokenKind::Word)
                .map_or(inp.sent.start, |t| t.start),
        }
    }

    /// The scope of the figure or date at `span`, whose clause is `clause`;
    /// `seg` runs from the end of the figure before it in the sentence to
    /// the start of the figure after it.
    pub(super) fn scope(
        &self,
        span: Span,
        clause: Span,
        seg: Span,
        figure: Option<&Figure>,
    ) -> Option<Scope> {
        let stop = self
            .stops
            .iter()
            .copied()
            .find(|&s| s >= span.end)
            .unwrap_or(usize::MAX);
        let limit = clause.end.min(seg.end).min(stop);
        let place = self
            .pick(&self.places, span, limit, |c| {
                // A place before an attribution cue is where it was said,
                // unless it opens the sentence ("Di Kabupaten Pringsewu, …").
                (c.span.start <= self.first_word + 4
                    || !self.cues.iter().any(|&q| q >= c.span.end && q < span.start))
                    // "DKI Jakarta sebesar Rp5.396.761, sedangkan rata-rata
                    // UMP nasional 2027 tercatat Rp3,31 juta": a national
                    // figure after the place is not the place's.
                    && !(c.span.end <= span.start
                        && self
                            .lower
                            .get(c.span.end..span.start)
                            .is_some_and(|g| g.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == "nasional")))
            })
            .map(|c| c.value.to_string());
        let period = self
            .pick(&self.periods, span, limit, |_| true)
            .map(|c| c.value.to_string());
        let rate = figure.and_then(|f| f.per.clone().or_else(|| f.frequency.clone()));
        let s = Scope {
            place,
            period,
            rate,
        };
        (!s.is_empty()).then_some(s)
    }

    /// The candidate after the figure up to `limit`, else the nearest before it.
    fn pick<'c>(
        &self,
        cands: &'c [Cand<'a>],
        span: Span,
        limit: usize,
        ok: impl Fn(&Cand) -> bool,
    ) -> Option<&'c Cand<'a>> {
        let i = cands.partition_point(|c| c.span.start < span.end);
        if let Some(c) = cands.get(i).filter(|c| c.span.end <= limit && ok(c)) {
            return Some(c);
        }
        cands[..i]
            .iter()
            .rev()
            .filter(|c| c.span.end <= span.start)
            .find(|c| ok(c))
    }
}

/// "India US$ 1,31 miliar", "Jawa Tengah sebesar 5,2 persen": a place
/// followed by a figure, directly or past one labelling word; a year may
/// stand between ("UMP DKI Jakarta 2027 sebesar Rp 5.396.761").
fn labels(inp: &Input<'_, '_>, place: Span) -> bool {
    let Some(f) = inp.figures.iter().find(|f| f.start >= place.end) else {
        return false;
    };
    let year = inp
        .dates
        .iter()
        .find(|d| d.start >= place.end && d.end <= f.start)
        .filter(|d| {
            d.value
                .as_deref()
                .is_some_and(|v| v.len() == 4 && period_value(v))
                && inp
                    .lower
                    .get(place.end..d.start)
                    .is_some_and(|g| g.trim().is_empty())
        });
    let from = year.map_or(place.end, |d| d.end);
    let gap = inp.lower.get(from..f.start).unwrap_or("x");
    let gap = gap.trim_matches(|c: char| c.is_whitespace() || c == ':');
    if gap.is_empty() {
        return true;
    }
    if !gap.contains(' ') {
        return role(gap) == Some(Role::Label);
    }
    // A level phrase ("Jawa Barat ada di angka Rp 2,35 juta").
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 3 && role(&words.join(" ")) == Some(Role::Label)
}

/// The region named by a regional body ("Pemerintah Provinsi Jawa Tengah",
/// "Pemkab Cianjur", "Dinas Kesehatan Kota Bandung" → the words after the
/// government word or the administrative head), else None.
fn region_of(lower: &str, name: Span) -> Option<Span> {
    let text = lower.get(name.start..name.end)?;
    let mut at = 0;
    for w in text.split(' ') {
        let end = at + w.len();
        let rest = end + 1;
        let body = matches!(w, "pemprov" | "pemkab" | "pemkot" | "pemda")
            || matches!(w, "provinsi" | "kabupaten" | "kota");
        if body && rest < text.len() {
            let region = &text[rest..];
            // Only capitalised words of a name follow ("Kota (Pemkot)"): no
            // bracket, no second body.
            if region.contains(['(', ')', ',']) || region.split(' ').count() > 3 {
                return None;
            }
            return Some(Span::new(name.start + rest, name.end));
        }
        at = rest;
    }
    None
}

/// A year ("2025"), a month ("2025-12"), a week ("2026-W06") or a quarter
/// ("2025-Q4"); not a day, a time or a range.
fn period_value(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() < 4 || !b[..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    match &b[4..] {
        [] => true,
        [b'-', b'Q', q] => q.is_ascii_digit(),
        [b'-', m1, m2] => m1.is_ascii_digit() && m2.is_ascii_digit(),
        [b'-', b'W', w1, w2] => w1.is_ascii_digit() && w2.is_ascii_digit(),
        _ => false,
    }
}

/// The period one `unit` before an ISO year or month ("2025-12", month →
/// "2025-11"); None when the value is not one.
fn step_back(v: &str, unit: Unit) -> Option<String> {
    let year: i32 = v.get(..4)?.parse().ok()?;
    match (unit, v.len()) {
        (Unit::Year, 4 | 7) => Some(format!("{}", year - 1)),
        (Unit::Month, 7) => {
            let m: u32 = v.get(5..7)?.parse().ok()?;
            Some(if m <= 1 {
                format!("{}-12", year - 1)
            } else {
                format!("{year}-{:02}", m - 1)
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_words_are_clean_and_sorted() {
        assert!(crate::data::check_hygiene("claim_scope.txt", SCOPE).is_empty());
        let keys: Vec<&str> = crate::data::lines("claim_scope.txt", SCOPE)
            .filter_map(|l| l.fields().next())
            .collect();
        assert!(keys.is_sorted(), "claim_scope.txt is not sorted");
        assert_eq!(keys.len(), WORDS.len(), "an entry has no known role");
    }

    /// The marks of a text, read by [`marks`] and by its oracle.
    fn both_marks(text: &str) -> [Marks; 2] {
        let lower = text.to_ascii_lowercase();
        let seg = crate::token::segment(&lower);
        let words: Vec<&Token> = seg
            .tokens
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .collect();
        [marks(&lower, &seg.tokens), marks_slow(&lower, &words)]
    }

    #[test]
    fn one_lookup_per_word_marks_as_two() {
        let table = [
            "Surplus Desember lebih rendah dibandingkan bulan sebelumnya, kata BPS.",
            "Inflasi tahun sebelumnya 2,1 persen, naik dibanding Tahun  sebelumnya.",
            "Harga cabai naik ketimbang pekan lalu; bulan, sebelumnya stabil.",
            "bulan sebelumnya bulan sebelumnya sebelumnya bulan",
            "Ekspor terhadap China turun daripada impor (bulan-sebelumnya).",
            "",
            "é bulan sebelumnya 🙂 dibandingkan",
        ];
        for t in table {
            let [fast, slow] = both_marks(t);
            assert_eq!(fast, slow, "{t}");
        }
        let [fast, _] = both_marks("naik dibandingkan bulan sebelumnya");
        assert_eq!(fast.0.len(), 1);
        assert_eq!(fast.1.len(), 1);
    }

    proptest::proptest! {
        #[test]
        fn one_lookup_per_word_marks_as_two_on_word_soup(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "bulan", "tahun", "sebelumnya", "dibandingkan", "terhadap", "di",
                    " ", "  ", ",", "-", ".", "é", "2025", "naik", "sebelum", "nya",
                ]),
                0..30,
            )
        ) {
            let [fast, slow] = both_marks(&parts.concat());
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn periods_are_years_months_weeks_quarters() {
        let table = [
            ("2025", true),
            ("2025-12", true),
            ("2026-W06", true),
            ("2025-Q4", true),
            ("2026-02-10", false),
            ("2026-03-10/2026-03-16", false),
            ("P3D", false),
            ("", false),
            ("20é", false),
        ];
        for (v, want) in table {
            assert_eq!(period_value(v), want, "{v}");
        }
    }

    #[test]
    fn the_previous_period_steps_back() {
        assert_eq!(
            step_back("2025-12", Unit::Month).as_deref(),
            Some("2025-11")
        );
        assert_eq!(
            step_back("2026-01", Unit::Month).as_deref(),
            Some("2025-12")
        );
        assert_eq!(step_back("2025", Unit::Year).as_deref(), Some("2024"));
        assert_eq!(step_back("2025", Unit::Month), None);
        assert_eq!(step_back("x", Unit::Year), None);
    }
}
