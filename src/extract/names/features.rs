//! The features the tagger scores, hashed to `u64` without allocating:
//! word forms around the token, shape, affixes, sentence start, the lexicon's
//! tag, and the cue lists (titles, speech verbs, place cues, organization heads,
//! ordinary words, calendar words), plus the previous tags.
//!
//! Per-token hashes are computed once per sentence ([`facts`]); a feature is a
//! few multiplications over them. Training and tagging call the same
//! function, so they cannot drift apart.

use super::EntityKind;
use super::cues::CUES;
use super::view::View;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small multiplicative hasher (FxHash-like) for short strings.
#[derive(Default, Clone, Copy)]
pub struct Fx(u64);
const K: u64 = 0x517c_c1b7_2722_0a95;
impl Fx {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
    }
}
impl Hasher for Fx {
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut c = bytes.chunks_exact(8);
        for w in &mut c {
            self.add(u64::from_le_bytes(w.try_into().unwrap_or([0; 8])));
        }
        let mut last = [0u8; 8];
        let r = c.remainder();
        last[..r.len()].copy_from_slice(r);
        self.add(u64::from_le_bytes(last) ^ ((r.len() as u64) << 59));
    }
}

/// Hash of a string (the lowercase word, an affix).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = Fx::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Mixes a template id and its parts into one feature hash.
#[inline]
fn f(template: u64, parts: &[u64]) -> u64 {
    let mut h = Fx(template.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    for &p in parts {
        h.add(p);
    }
    // Final avalanche so nearby ids spread over the table.
    let mut x = h.0;
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^ (x >> 33)
}

/// The cue code of every word on the cue lists, in precedence order.
static CUE_MAP: LazyLock<HashMap<String, u8, BuildHasherDefault<Fx>>> = LazyLock::new(|| {
    let c = &*CUES;
    let mut m: HashMap<String, u8, BuildHasherDefault<Fx>> = HashMap::default();
    let lists: [(&std::collections::HashSet<String>, u8); 7] = [
        (&c.common, b'k'),
        (&c.calendar, b'c'),
        (&c.org_heads, b'o'),
        (&c.place, b'p'),
        (&c.speech, b's'),
        (&c.title_words, b'w'),
        (&c.titles, b't'),
    ];
    // Later lists win, so titles beat title words beat speech … beat common words.
    for (set, code) in lists {
        for w in set {
            m.insert(w.clone(), code);
        }
    }
    m
});

/// Per-token facts computed once per sentence (they do not depend on tags).
#[derive(Clone, Copy, Default)]
pub struct TokenFacts {
    pub word: u64,
    pub suf3: u64,
    pub suf2: u64,
    pub pre3: u64,
    pub shape: u8,
    pub cue: u8,
    pub lex: u8,
    pub len: u8,
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

/// Fills `out` with the facts of every token of the view.
/// Only tokens within two of a candidate are ever read; the rest stay default.
pub fn facts(v: &View, out: &mut Vec<TokenFacts>) {
    out.clear();
    out.resize(v.len(), TokenFacts::default());
    let n = v.len();
    #[allow(clippy::needless_range_loop)] // `i` also indexes the view
    for i in 0..n {
        let near = (i.saturating_sub(2)..(i + 3).min(n)).any(|j| v.cand[j]);
        if !near {
            continue;
        }
        let w = v.lower(i);
        out[i] = TokenFacts {
            word: hash_str(w),
            suf3: hash_str(suffix(w, 3)),
            suf2: hash_str(suffix(w, 2)),
            pre3: hash_str(prefix(w, 3)),
            shape: v.shape[i].code(),
            cue: CUE_MAP.get(w).copied().unwrap_or(b'-'),
            lex: lex_code(v, i),
            len: w.chars().count().min(8) as u8,
        };
    }
}

const EDGE: TokenFacts = TokenFacts {
    word: 0x5eed,
    suf3: 0,
    suf2: 0,
    pre3: 0,
    shape: b'^',
    cue: b'^',
    lex: b'^',
    len: 0,
};

/// Calls `emit` with every feature hash of token `i`, given the previous tag
/// (the one before it is passed for feature sets that use it; this one does
/// not: dropping it and seven other templates cost 0.008 dev F1 and gained
/// a quarter of the speed).
#[inline]
pub fn features(
    v: &View,
    fx: &[TokenFacts],
    i: usize,
    prev: u8,
    _prev2: u8,
    mut emit: impl FnMut(u64),
) {
    let at = |k: isize| -> &TokenFacts {
        let j = i as isize + k;
        if j < 0 || j as usize >= fx.len() {
            &EDGE
        } else {
            &fx[j as usize]
        }
    };
    let (m1, c, p1) = (at(-1), at(0), at(1));
    let prev = prev as u64;
    let sh = c.shape as u64;
    let init = v.initial[i] as u64;
    let near = (v.cand.get(i + 1).copied().unwrap_or(false) as u64) << 1
        | i.checked_sub(1).is_some_and(|j| v.cand[j]) as u64;
    emit(f(0, &[]));
    emit(f(1, &[c.word]));
    emit(f(2, &[prev]));
    emit(f(4, &[prev, sh]));
    emit(f(5, &[m1.word]));
    emit(f(6, &[p1.word]));
    emit(f(9, &[sh]));
    emit(f(10, &[m1.shape as u64, sh, p1.shape as u64]));
    emit(f(11, &[c.suf3]));
    emit(f(14, &[init, sh, c.cue as u64]));
    emit(f(15, &[c.lex as u64]));
    emit(f(16, &[m1.lex as u64, c.lex as u64, p1.lex as u64]));
    emit(f(18, &[c.cue as u64]));
    emit(f(19, &[m1.cue as u64]));
    emit(f(20, &[p1.cue as u64]));
    emit(f(22, &[m1.word, c.word]));
    emit(f(23, &[c.word, p1.word]));
    emit(f(24, &[m1.cue as u64, sh, prev]));
    emit(f(25, &[init, c.word]));
    emit(f(27, &[near, prev]));
    emit(f(28, &[m1.word, prev]));
    if c.shape == b'U' && c.len <= 6 {
        emit(f(29, &[m1.cue as u64]));
    }
}
