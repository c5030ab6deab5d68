//! People, places and organizations in one article.
//!
//! Each sentence is viewed as tokens with their shape, sentence position,
//! lexicon matches and cue-list membership ([`view`]); a small averaged
//! perceptron tagger trained on Indonesian news NER data ([`tagger`]) labels
//! the capitalized tokens, then [`rules`] clean the result (titles are moved
//! out of person names, lexicon names the tagger missed are added, calendar
//! words and bare titles are dropped) and [`role`] attaches each person's
//! title or role. Without a built-in model the rules label alone.
//!
//! It does not resolve names across articles (`resolve` does) and never looks
//! at blanked boilerplate (there are no tokens there) or at spans that dates
//! and figures took.
//!
//! ```
//! use corpus_analyze::extract::names::{extract, EntityKind};
//! use corpus_analyze::lexicon::Lexicon;
//! use corpus_analyze::token::segment;
//! let text = "Presiden Joko Widodo meninjau banjir di Jawa Timur.";
//! let seg = segment(text);
//! let doc = corpus_analyze::model::Doc {
//!     text, paragraphs: &seg.paragraphs, sentences: &seg.sentences, tokens: &seg.tokens,
//! };
//! let names = extract(&doc, &[], &Lexicon::builtin());
//! assert_eq!(names[0].text, "Joko Widodo");
//! assert_eq!(names[0].role.as_deref(), Some("Presiden"));
//! assert_eq!(names[1].kind, EntityKind::Place);
//! ```

mod article;
mod clues;
mod cues;
mod features;
pub(crate) mod fx;
mod headline;
mod heads;
mod introduced;
mod org_tails;
mod posts;
mod retype;
mod role;
mod rules;
mod split;
pub mod tagger;
pub mod view;
mod weights;
mod words;

use crate::lexicon::Lexicon;
use crate::model::{Doc, Span};
use rules::Cand;
use serde::Serialize;
use std::cell::RefCell;
use view::View;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

/// A named entity mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The corpus-wide canonical name (filled by `resolve`; the lexicon's
    /// canonical name or the surface text until then).
    pub canonical: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Entity {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Which labeller runs before the rules clean up.
#[derive(Clone, Copy)]
pub enum Mode<'m> {
    /// The built-in tagger when there is one, else rules.
    Default,
    /// Rules only (the baseline).
    Rules,
    /// A given model (for training and measurements).
    Model(&'m tagger::Model),
}

/// Finds the names of one article, skipping the spans already taken by dates
/// and figures. Sorted by start.
pub fn extract(doc: &Doc, taken: &[Span], lexicon: &Lexicon) -> Vec<Entity> {
    extract_with(doc, taken, lexicon, Mode::Default)
}

/// [`extract`] with a chosen labeller (for measurements).
pub fn extract_with(doc: &Doc, taken: &[Span], lexicon: &Lexicon, mode: Mode) -> Vec<Entity> {
    let model = match mode {
        Mode::Default => tagger::builtin(),
        Mode::Rules => None,
        Mode::Model(m) => Some(m),
    };
    // About one name per sentence: the list grows in few steps.
    let mut out = Vec::with_capacity(doc.sentences.len());
    // The buffers of the last article of this thread: no allocation per
    // sentence, hardly any per article, and the word cache carries over.
    let Scratch {
        view,
        mut labels,
        mut cands,
        mut persons,
        mut facts,
    } = SCRATCH.with(RefCell::take);
    let mut view = View::from_parts(view);
    let mut headlines = Vec::new();
    // Did a sentence hold an initials word ("berinisial")? Only then may the
    // article introduce initials (`article::agree`).
    let mut clues = 0;
    // Which dates and figures can reach the sentence: `taken[..reach]` are
    // the spans starting before its end, `reach_end` the furthest end among
    // them, `taken[..gone]` the spans ending before its start (sentences
    // come in order, so all three only grow).
    let (mut reach, mut reach_end, mut gone) = (0, 0, 0);
    for s in doc.sentences {
        let toks = doc.sentence_tokens(s);
        #[cfg(test)]
        assert_eq!(may_name(doc.text, toks), may_name_str(doc.text, toks));
        if !may_name(doc.text, toks) {
            continue;
        }
        // A sentence no date or figure overlaps needs no token checked
        // against them (`entity`): its names see none.
        let (first, last) = (toks[0].start, toks[toks.len() - 1].end);
        while reach < taken.len() && taken[reach].start < last {
            reach_end = reach_end.max(taken[reach].end);
            reach += 1;
        }
        // The spans that may overlap it: none ending before it starts, none
        // starting after it ends (`entity` searches these few, not all).
        while gone < reach && taken[gone].end <= first {
            gone += 1;
        }
        let here: &[Span] = if reach_end > first {
            &taken[gone..reach]
        } else {
            &[]
        };
        view.fill(doc.text, toks, lexicon);
        clues |= view.bits & cues::class::CLUE;
        match model {
            Some(m) => {
                m.prepare_facts(&mut view, &mut facts);
                m.tag_prepared(&view, &mut facts, &mut labels);
            }
            None => rules::label(&view, &mut labels),
        }
        rules::decode_cands(&labels, &view.cands, &mut cands);
        rules::clean(&view, &mut cands);
        if headline::is_title_case(&view) {
            headline::restrict(&view, doc.text, s.span, &mut cands);
            headlines.push(s.span);
        }
        persons.clear();
        persons.extend(
            cands
                .iter()
                .filter(|c| c.kind == EntityKind::Person)
                .map(|c| (c.a, c.b)),
        );
        for c in &cands {
            if let Some(e) = entity(&view, c, taken, here, lexicon, &persons) {
                out.push(e);
            }
        }
    }
    let view = view.into_parts();
    SCRATCH.with(|s| {
        *s.borrow_mut() = Scratch {
            view,
            labels,
            cands,
            persons,
            facts,
        }
    });
    // Sentences come in order, and so do their spans: the sort is rarely needed.
    if !out.is_sorted_by_key(|e| (e.start, e.end)) {
        out.sort_by_key(|e| (e.start, e.end));
    }
    out.dedup_by(|b, a| a.start == b.start);
    article::agree(doc.text, &mut out, &headlines, clues != 0);
    out
}

/// Reusable buffers of [`extract_with`], one set per thread.
#[derive(Default)]
struct Scratch {
    view: view::Parts,
    labels: Vec<usize>,
    cands: Vec<Cand>,
    persons: Vec<(usize, usize)>,
    facts: Vec<features::TokenFacts>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::default();
}

/// False when the sentence cannot hold a name: its only capital letter opens
/// it, on an ordinary word ("Menurut dia, …"). Saves the tagger most of the
/// lowercase text.
///
/// Reads each word's first byte straight from the text: most sentences
/// reach their first capital after a few words, lowercase ones are walked
/// to the end.
fn may_name(text: &str, toks: &[crate::model::Token]) -> bool {
    let bytes = text.as_bytes();
    let mut words = toks
        .iter()
        .filter(|t| t.kind == crate::model::TokenKind::Word);
    let Some(first) = words.next() else {
        return false;
    };
    let capital = |t: &crate::model::Token| {
        t.end > t.start
            && bytes
                .get(t.start)
                .is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80)
    };
    if words.any(capital) {
        return true;
    }
    if !capital(first) {
        return false;
    }
    opener_may_name(text, first)
}

/// [`may_name`] through each word's text (its oracle in tests).
#[cfg(test)]
fn may_name_str(text: &str, toks: &[crate::model::Token]) -> bool {
    let mut words = toks
        .iter()
        .filter(|t| t.kind == crate::model::TokenKind::Word);
    let Some(first) = words.next() else {
        return false;
    };
    let capital = |t: &crate::model::Token| {
        t.text(text)
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_uppercase() || b >= 0x80)
    };
    if words.any(&capital) {
        return true;
    }
    if !capital(first) {
        return false;
    }
    opener_may_name(text, first)
}

/// Can the capitalized word opening a sentence, its only capital, be a
/// name? Not when it is a common word.
fn opener_may_name(text: &str, first: &crate::model::Token) -> bool {
    // The common-word list holds single lowercase words: one probe of the
    // list-flag table, without allocating, for ASCII words.
    let w = first.text(text);
    if w.is_ascii() && w.len() <= 32 {
        let mut buf = [0u8; 32];
        let low = &mut buf[..w.len()];
        low.copy_from_slice(w.as_bytes());
        low.make_ascii_lowercase();
        let low = std::str::from_utf8(low).unwrap_or_default();
        return cues::class_of(low) & cues::class::COMMON == 0;
    }
    !cues::CUES.common.contains(&w.to_lowercase())
}

/// Extends a person's start over initials the sentence splitter may have cut
/// off ("H. M. Prasetyo", "B. J. Habibie"): one or two letters, the first a
/// capital, then a dot, then at most one space. Titles ("Dr.") stay outside.
fn initials_before(text: &str, start: usize, taken: &[Span]) -> usize {
    let b = text.as_bytes();
    let mut s = start;
    loop {
        let mut i = s;
        if i > 0 && b[i - 1] == b' ' {
            i -= 1;
        }
        if i == 0 || b[i - 1] != b'.' {
            return s;
        }
        let dot = i - 1;
        let mut j = dot;
        while j > 0 && dot - j < 2 && b[j - 1].is_ascii_alphabetic() {
            j -= 1;
        }
        let word = &text[j..dot];
        let boundary = j == 0 || !b[j - 1].is_ascii_alphanumeric();
        if word.is_empty()
            || !boundary
            || !word.as_bytes()[0].is_ascii_uppercase()
            || cues::CUES.titles.contains(&word.to_ascii_lowercase())
            || taken.iter().any(|t| t.overlaps(&Span::new(j, s)))
        {
            return s;
        }
        s = j;
    }
}

/// Builds the entity of a cleaned span, or nothing when dates or figures took
/// it. `here` is the part of `taken` that may overlap the sentence (empty when none does).
fn entity(
    v: &View,
    c: &Cand,
    taken: &[Span],
    here: &[Span],
    lexicon: &Lexicon,
    persons: &[(usize, usize)],
) -> Option<Entity> {
    let (mut a, mut b) = (c.a, c.b);
    let hit = |i: usize| {
        let t = v.toks[i].span();
        let k = here.partition_point(|s| s.end <= t.start);
        let got = here.get(k).is_some_and(|s| s.overlaps(&t));
        #[cfg(test)]
        {
            let k = taken.partition_point(|s| s.end <= t.start);
            assert_eq!(got, taken.get(k).is_some_and(|s| s.overlaps(&t)));
        }
        got
    };
    while a < b && hit(a) {
        a += 1;
    }
    while b > a && hit(b - 1) {
        b -= 1;
    }
    if a >= b || (a..b).any(hit) {
        return None;
    }
    let mut start = v.toks[a].start;
    let end = v.toks[b - 1].end;
    if c.kind == EntityKind::Person && a == c.a {
        start = initials_before(v.text, start, taken);
    }
    let text = &v.text[start..end];
    // A lone Roman numeral is a rank or level ("Level IV"), whatever rule
    // left it alone.
    if rules::roman(text) && lexicon.lookup_exact(text).is_none() {
        return None;
    }
    let canonical = match c.lex.filter(|_| (a, b) == (c.a, c.b)) {
        Some(idx) if v.lex_entries[idx].0 == c.kind => v.lex_entries[idx].1.to_string(),
        _ => lexicon
            .lookup_exact(text)
            .filter(|e| e.kind == c.kind)
            .map_or_else(|| text.to_string(), |e| e.canonical.clone()),
    };
    let role = (c.kind == EntityKind::Person)
        .then(|| role::find(v, a, b, persons, c.a))
        .flatten()
        .map(|(x, y)| v.text[v.toks[x].start..v.toks[y - 1].end].to_string());
    Some(Entity {
        kind: c.kind,
        text: text.to_string(),
        start,
        end,
        canonical,
        role,
    })
}

#[cfg(test)]
mod fast_tests;
#[cfg(test)]
mod headline_tests;
#[cfg(test)]
mod rule_fast_tests;
#[cfg(test)]
mod tests;
