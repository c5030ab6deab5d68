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
use std::sync::LazyLock;

/// Re-types (or adds, or drops) the names of one sentence; keeps them sorted.
///
/// Visits the view's candidate tokens only (a run the tagger passed over is
/// made of candidates), and looks for thing nouns only in a sentence that
/// holds one: most sentences cost a walk over a handful of tokens.
pub fn retype(v: &View, cands: &mut Vec<Cand>) {
    if v.bits & class::THING_NOUN != 0 {
        cands.retain(|c| !(c.kind == Person && c.lex.is_none() && thing_before(v, c.a, c.b)));
    }
    // Every change below needs a place noun before a name: none can be
    // there in most sentences ([`may_hold_place_noun`]).
    if !may_hold_place_noun(v) {
        return;
    }
    for c in cands.iter_mut() {
        if c.kind == Person && c.lex.is_none() && c.b - c.a <= 3 && place_noun_before(v, c.a) {
            c.kind = Place;
        }
    }
    // Capitalized runs the tagger passed over, right after a place noun:
    // left to right over the candidates, from `next` on.
    let before = cands.len();
    let mut next = 0;
    for &i in &v.cands {
        let i = i as usize;
        if i < next || v.shape[i] == Shape::Punct || v.lex[i].is_some() {
            continue;
        }
        let mut j = i;
        while j < v.len() && v.cand[j] && v.lex[j].is_none() {
            j += 1;
        }
        while j > i && v.shape[j - 1] == Shape::Punct {
            j -= 1;
        }
        next = j.max(i + 1);
        if j == i || j - i > 3 || v.initial[i] {
            continue;
        }
        let free = !cands[..before].iter().any(|c| c.a < j && i < c.b);
        if free && place_noun_before(v, i) {
            cands.push(Cand {
                a: i,
                b: j,
                kind: Place,
                lex: None,
            });
        }
    }
    if cands.len() > before {
        super::rules::sort_spans(cands);
    }
}

/// [`retype`] over every token, as it was before the candidate walk (the
/// oracle of the fast path).
#[cfg(test)]
pub fn retype_slow(v: &View, cands: &mut Vec<Cand>) {
    cands.retain(|c| !(c.kind == Person && c.lex.is_none() && thing_before(v, c.a, c.b)));
    for c in cands.iter_mut() {
        if c.kind == Person && c.lex.is_none() && c.b - c.a <= 3 && place_noun_before(v, c.a) {
            c.kind = Place;
        }
    }
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
        super::rules::sort_spans(cands);
    }
}

/// Can [`place_noun_before`] hold anywhere in the sentence? It needs a
/// one-word place noun (its token carries the `PLACE_NOUN` flag, and so
/// does the sentence), or a two-word one of which neither word is one by
/// itself ("negara bagian"): then its first word is right before a word
/// right before a candidate. False proves that no place noun is there.
pub(super) fn may_hold_place_noun(v: &View) -> bool {
    if v.bits & class::PLACE_NOUN != 0 {
        return true;
    }
    // Their words are flagged too: a sentence without the flag near a
    // candidate holds none of them.
    if v.bits & class::PLACE_FIRST == 0 {
        #[cfg(test)]
        assert!(!v.cands.iter().any(|&i| {
            let i = i as usize;
            i >= 2 && UNFLAGGED_FIRSTS.contains(&v.lower(i - 2))
        }));
        return false;
    }
    // The word's hash (filled for the words near a candidate) settles
    // nearly every word; the text only confirms a hash of the list. The
    // list is read once, out of the walk: each read of a lazy static is a
    // check of its state, which the walk would repeat per token.
    let hashes: &[u64] = &UNFLAGGED_HASHES;
    let got = v.cands.iter().any(|&i| {
        let i = i as usize;
        i >= 2 && hashes.contains(&v.hash[i - 2]) && UNFLAGGED_FIRSTS.contains(&v.lower(i - 2))
    });
    #[cfg(test)]
    assert_eq!(
        got,
        v.cands.iter().any(|&i| {
            let i = i as usize;
            i >= 2 && UNFLAGGED_FIRSTS.contains(&v.lower(i - 2))
        }),
        "may_hold_place_noun"
    );
    got
}

/// [`UNFLAGGED_FIRSTS`], for the list flags ([`class::PLACE_FIRST`]).
pub(super) fn unflagged_firsts() -> impl Iterator<Item = &'static str> {
    UNFLAGGED_FIRSTS.iter().copied()
}

/// [`hash_str`](super::fx::hash_str) of each of [`UNFLAGGED_FIRSTS`].
static UNFLAGGED_HASHES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    UNFLAGGED_FIRSTS
        .iter()
        .map(|w| super::fx::hash_str(w))
        .collect()
});

/// The first words of the two-word place nouns that hold no one-word place
/// noun ("negara" of "negara bagian"): no list flag marks those phrases.
static UNFLAGGED_FIRSTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let single = |w: &str| CUES.place_nouns.contains(w);
    let mut firsts: Vec<&'static str> = CUES
        .place_nouns
        .iter()
        .filter_map(|p| p.split_once(' '))
        .filter(|&(first, rest)| !rest.contains(' ') && !single(first) && !single(rest))
        .map(|(first, _)| first)
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// Is the lowercase word or two-word phrase right before token `a` a place noun?
fn place_noun_before(v: &View, a: usize) -> bool {
    if a == 0 || v.shape[a - 1] != Shape::Lower {
        return false;
    }
    if v.has(a - 1, class::PLACE_NOUN) {
        return true;
    }
    a >= 2
        && v.shape[a - 2] == Shape::Lower
        && PHRASE_FIRSTS.contains(&v.lower(a - 2).split(' ').next().unwrap_or(""))
        && v.is_phrase(a - 2, a, &CUES.place_nouns)
}

/// The first words of the place nouns of two words or more ("kota" of
/// "kota pesisir"): a word before a name that opens none spares the
/// phrase lookup.
static PHRASE_FIRSTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut firsts: Vec<&'static str> = CUES
        .place_nouns
        .iter()
        .filter_map(|p| p.split_once(' ').map(|(first, _)| first))
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::fx::hash_str;

    /// Every first word of an unflagged two-word place noun carries
    /// `PLACE_FIRST` under its hash, so the view's union of flags settles
    /// [`may_hold_place_noun`] for the sentences without one (the gate
    /// itself checks the slow answer in tests).
    #[test]
    fn place_first_flag_marks_the_unflagged_phrases() {
        let table = super::super::cues::class_table();
        assert!(UNFLAGGED_FIRSTS.contains(&"negara"));
        for w in unflagged_firsts() {
            assert!(hash_str(w) > 1, "{w}");
            assert_ne!(table.get(hash_str(w)) & class::PLACE_FIRST, 0, "{w}");
        }
        let lex = crate::lexicon::Lexicon::builtin();
        for (text, flagged, phrase) in [
            ("Ia tinggal di negara bagian Texas sejak 2010.", true, true),
            (
                "Gubernur negara bagian California Gavin Newsom berbicara.",
                true,
                true,
            ),
            ("Negara itu mengirim bantuan ke Gaza.", true, false),
            (
                "Presiden Joko Widodo meresmikan jalan tol di Semarang.",
                false,
                false,
            ),
            ("Harga beras naik 5 persen di pasar Senen.", false, false),
        ] {
            let seg = crate::token::segment(text);
            let mut v = View::default();
            v.fill(text, &seg.tokens, &lex);
            assert_eq!(v.bits & class::PLACE_FIRST != 0, flagged, "{text}");
            let want = v.bits & class::PLACE_NOUN != 0 || phrase;
            assert_eq!(may_hold_place_noun(&v), want, "{text}");
        }
    }
}
