//! The features the tagger scores, hashed to `u64` without allocating:
//! word forms around the token, shape, affixes, sentence start, the lexicon's
//! tag, and the cue lists (titles, speech verbs, place cues, organization heads,
//! ordinary words, calendar words), plus the previous tags.
//!
//! Training and tagging call the same function, so they cannot drift apart.

use super::cues::CUES;
use super::view::{Shape, View};
use super::EntityKind;

/// FNV-1a, fed field by field.
#[derive(Clone, Copy)]
struct Fnv(u64);

impl Fnv {
    const fn new(template: u8) -> Fnv {
        Fnv((0xcbf2_9ce4_8422_2325 ^ template as u64).wrapping_mul(0x0100_0000_01b3))
    }
    fn bytes(mut self, b: &[u8]) -> Fnv {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(0x0100_0000_01b3);
        }
        // A separator so ("ab","c") and ("a","bc") differ.
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x0100_0000_01b3);
        self
    }
    fn byte(self, b: u8) -> Fnv {
        self.bytes(&[b])
    }
}

const NONE: &[u8] = b"<none>";

fn lex_code(v: &View, i: usize) -> u8 {
    match v.lex[i] {
        None => b'-',
        Some((k, begins)) => {
            let base = match k {
                EntityKind::Person => b'P',
                EntityKind::Place => b'L',
                EntityKind::Organization => b'O',
            };
            if begins { base } else { base + 32 }
        }
    }
}

fn cue_code(v: &View, i: usize) -> u8 {
    let w = v.lower(i);
    let c = &*CUES;
    if c.titles.contains(w) {
        b't'
    } else if c.title_words.contains(w) {
        b'w'
    } else if c.speech.contains(w) {
        b's'
    } else if c.place.contains(w) {
        b'p'
    } else if c.org_heads.contains(w) {
        b'o'
    } else if c.calendar.contains(w) {
        b'c'
    } else if c.common.contains(w) {
        b'k'
    } else {
        b'-'
    }
}

fn suffix(w: &str, n: usize) -> &str {
    let mut idx = w.len();
    for (k, (i, _)) in w.char_indices().rev().enumerate() {
        if k == n {
            break;
        }
        idx = i;
    }
    &w[idx..]
}

fn prefix(w: &str, n: usize) -> &str {
    w.char_indices().nth(n).map_or(w, |(i, _)| &w[..i])
}

/// Per-token facts computed once per sentence (they do not depend on tags).
pub struct TokenFacts {
    pub cue: u8,
    pub lex: u8,
}

pub fn facts(v: &View) -> Vec<TokenFacts> {
    (0..v.len())
        .map(|i| TokenFacts {
            cue: cue_code(v, i),
            lex: lex_code(v, i),
        })
        .collect()
}

/// Calls `f` with every feature hash of token `i`, given the two previous tags.
pub fn features(v: &View, facts: &[TokenFacts], i: usize, prev: u8, prev2: u8, mut f: impl FnMut(u64)) {
    let n = v.len();
    let w = v.lower(i);
    let sh = v.shape[i].code();
    let word = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            NONE
        } else {
            v.lower(j as usize).as_bytes()
        }
    };
    let shape = |k: isize| -> u8 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n { b'^' } else { v.shape[j as usize].code() }
    };
    let cue = |k: isize| -> u8 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n { b'^' } else { facts[j as usize].cue }
    };
    let lex = |k: isize| -> u8 {
        let j = i as isize + k;
        if j < 0 || j as usize >= n { b'^' } else { facts[j as usize].lex }
    };
    let init = v.initial[i] as u8;
    f(Fnv::new(0).0);
    f(Fnv::new(1).bytes(w.as_bytes()).0);
    f(Fnv::new(2).byte(prev).0);
    f(Fnv::new(3).byte(prev).byte(prev2).0);
    f(Fnv::new(4).byte(prev).byte(sh).0);
    f(Fnv::new(5).bytes(word(-1)).0);
    f(Fnv::new(6).bytes(word(1)).0);
    f(Fnv::new(7).bytes(word(-2)).0);
    f(Fnv::new(8).bytes(word(2)).0);
    f(Fnv::new(9).byte(sh).0);
    f(Fnv::new(10).byte(shape(-1)).byte(sh).byte(shape(1)).0);
    f(Fnv::new(11).bytes(suffix(w, 3).as_bytes()).0);
    f(Fnv::new(12).bytes(suffix(w, 2).as_bytes()).0);
    f(Fnv::new(13).bytes(prefix(w, 3).as_bytes()).0);
    f(Fnv::new(14).byte(init).byte(sh).byte(facts[i].cue).0);
    f(Fnv::new(15).byte(lex(0)).0);
    f(Fnv::new(16).byte(lex(-1)).byte(lex(0)).byte(lex(1)).0);
    f(Fnv::new(17).byte(lex(0)).byte(prev).0);
    f(Fnv::new(18).byte(cue(0)).0);
    f(Fnv::new(19).byte(cue(-1)).0);
    f(Fnv::new(20).byte(cue(1)).0);
    f(Fnv::new(21).byte(cue(-2)).byte(cue(-1)).0);
    f(Fnv::new(22).bytes(word(-1)).bytes(w.as_bytes()).0);
    f(Fnv::new(23).bytes(w.as_bytes()).bytes(word(1)).0);
    f(Fnv::new(24).byte(cue(-1)).byte(sh).byte(prev).0);
    f(Fnv::new(25).byte(init).bytes(w.as_bytes()).0);
    let len = w.chars().count().min(8) as u8;
    f(Fnv::new(26).byte(sh).byte(len).0);
    f(Fnv::new(27).byte(v.cand.get(i + 1).copied().unwrap_or(false) as u8)
        .byte(i.checked_sub(1).is_some_and(|j| v.cand[j]) as u8)
        .byte(prev)
        .0);
    f(Fnv::new(28).bytes(word(-1)).byte(prev).0);
    if v.shape[i] == Shape::Upper && w.len() <= 6 {
        f(Fnv::new(29).byte(cue(-1)).0);
    }
}
