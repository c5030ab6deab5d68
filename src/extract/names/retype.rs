//! The words before a name decide its kind when the name itself is unknown:
//! a place noun makes a place ("di kota pesisir Mariupol", "desa
//! Sukamaju", also when the tagger passed the name over), and a thing noun
//! means a product, weapon or system rather than a person ("sistem
//! pertahanan udara Arrow", "rudal Tomahawk").
//!
//! Lexicon names keep the lexicon's kind; organizations are left alone.

use super::EntityKind::{Person, Place};
use super::cues::{CUES, class};
use super::rules::Cand;
use super::view::{Shape, View};

/// Re-types (or adds, or drops) the names of one sentence; keeps them sorted.
pub fn retype(v: &View, cands: &mut Vec<Cand>) {
    cands.retain(|c| !(c.kind == Person && c.lex.is_none() && thing_before(v, c.a, c.b)));
    for c in cands.iter_mut() {
        if c.kind == Person && c.lex.is_none() && c.b - c.a <= 3 && place_noun_before(v, c.a) {
            c.kind = Place;
        }
    }
    // Capitalized runs the tagger passed over, right after a place noun.
    let before = cands.len();
    let mut i = 0;
    while i < v.len() {
        if !v.cand[i] || v.shape[i] == Shape::Punct || v.lex[i].is_some() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < v.len() && v.cand[j] && v.lex[j].is_none() {
            j += 1;
        }
        while j > i && v.shape[j - 1] == Shape::Punct {
            j -= 1;
        }
        let free = !cands[..before]
            .iter()
            .any(|c| c.a < j.max(i + 1) && i < c.b);
        if free && j > i && j - i <= 3 && !v.initial[i] && place_noun_before(v, i) {
            cands.push(Cand {
                a: i,
                b: j,
                kind: Place,
                lex: None,
            });
        }
        i = j.max(i + 1);
    }
    if cands.len() > before {
        cands.sort_by_key(|c| (c.a, c.b));
    }
}

/// Is the lowercase word or two-word phrase right before token `a` a place noun?
fn place_noun_before(v: &View, a: usize) -> bool {
    if a == 0 || v.shape[a - 1] != Shape::Lower {
        return false;
    }
    if v.has(a - 1, class::PLACE_NOUN) {
        return true;
    }
    a >= 2 && v.shape[a - 2] == Shape::Lower && v.is_phrase(a - 2, a, &CUES.place_nouns)
}

/// A one-word name after a thing noun, with at most three lowercase words between.
fn thing_before(v: &View, a: usize, b: usize) -> bool {
    if b - a != 1 {
        return false;
    }
    let mut k = a;
    while k > 0 && a - k < 4 && v.shape[k - 1] == Shape::Lower {
        k -= 1;
        if v.has(k, class::THING_NOUN) {
            return true;
        }
        if v.has(k, class::SPEECH | class::TITLE_WORD) {
            return false;
        }
    }
    false
}
