//! The features the tagger scores, hashed to `u64` without allocating:
//! word forms around the token, shape, affixes, sentence start, the lexicon's
//! tag, and the cue lists (titles, speech verbs, place cues, organization heads,
//! ordinary words, calendar words), plus the previous tags.
//!
//! Per-token hashes are computed once per sentence ([`facts`]); a feature is a
//! few multiplications over them. Training and tagging call the same
//! function, so they cannot drift apart.

use super::EntityKind;
use super::cues;
use super::fx::{Fx, hash_str};
use super::view::View;

/// Mixes a template id and its parts into one feature hash.
#[inline]
fn f(template: u64, parts: &[u64]) -> u64 {
    let mut h = Fx(template.wrapping_mul(TEMPLATE_MUL));
    for &p in parts {
        h.add(p);
    }
    // Final avalanche so nearby ids spread over the table.
    let mut x = h.0;
    x ^= x >> 33;
    x = x.wrapping_mul(AVALANCHE_MUL);
    x ^ (x >> 33)
}

/// [`f`] for the tests of the tagger.
#[cfg(test)]
pub fn f_pub(template: u64, parts: &[u64]) -> u64 {
    f(template, parts)
}

const TEMPLATE_MUL: u64 = 0x9e37_79b9_7f4a_7c15;
const AVALANCHE_MUL: u64 = 0xff51_afd7_ed55_8ccd;
/// The multiplier of [`Fx::add`] (tested against it: [`finish`] of [`q1`] and
/// [`q2`] is [`f`]).
const FX_MUL: u64 = 0x517c_c1b7_2722_0a95;

/// The inverse of an odd number modulo 2^64 (Newton's iteration: each
/// step doubles the correct low bits, and `a * a = 1` modulo 8).
const fn inverse(a: u64) -> u64 {
    let mut x = a;
    let mut k = 0;
    while k < 5 {
        x = x.wrapping_mul(2u64.wrapping_sub(a.wrapping_mul(x)));
        k += 1;
    }
    x
}
const FX_MUL_INV: u64 = inverse(FX_MUL);
const AVALANCHE_MUL_INV: u64 = inverse(AVALANCHE_MUL);

/// A feature's *key*: its hash [`f`] before the last multiplication and the
/// avalanche, which are a bijection ([`finish`], undone by [`unfinish`]).
/// The weight table is keyed by it, so a lookup skips those steps: for
/// one part `q1(t, a)` is a constant xor `a`, for two parts one
/// multiplication more. Only for templates with parts.
#[inline]
pub fn q1(template: u64, a: u64) -> u64 {
    template.wrapping_mul(TEMPLATE_MUL).rotate_left(5) ^ a
}

/// [`q1`] for a feature of two parts.
#[inline]
pub fn q2(template: u64, a: u64, b: u64) -> u64 {
    q1(template, a).wrapping_mul(FX_MUL).rotate_left(5) ^ b
}

/// The feature hash of a key: `finish(q1(t, a)) == f(t, &[a])`.
#[cfg(test)]
pub fn finish(q: u64) -> u64 {
    let mut x = q.wrapping_mul(FX_MUL);
    x ^= x >> 33;
    x = x.wrapping_mul(AVALANCHE_MUL);
    x ^ (x >> 33)
}

/// The key of a feature hash: `unfinish(finish(q)) == q` for every `q`
/// (`x ^ x >> 33` is its own inverse, the multipliers are odd).
#[inline]
pub fn unfinish(h: u64) -> u64 {
    let mut x = h ^ (h >> 33);
    x = x.wrapping_mul(AVALANCHE_MUL_INV);
    x ^= x >> 33;
    x.wrapping_mul(FX_MUL_INV)
}

/// Per-token facts computed once per sentence (they do not depend on tags).
#[derive(Clone, Copy, Default)]
pub struct TokenFacts {
    /// When `known`: the weight indices of the token's word-only features
    /// ([`word_only`]), copied from the word cache by `Model::prepare_facts`.
    pub wf: [u32; 6],
    pub word: u64,
    pub suf3: u64,
    pub shape: u8,
    pub cue: u8,
    pub lex: u8,
    pub len: u8,
    /// Whether the token is a candidate (`View::cand`).
    pub cand: bool,
    /// Whether `wf` holds the token's word-only weight indices.
    pub known: bool,
}

/// The word facts of a lowercase form: the hash of its last three
/// characters and its length in characters, capped at 8 (the tagger's
/// `suf3` and `len`; the word cache stores the same pair per distinct word).
#[inline]
pub(super) fn suffix_and_len(w: &str) -> (u64, u8) {
    let len = if w.is_ascii() {
        w.len()
    } else {
        w.chars().count()
    };
    (hash_str(suffix(w, 3)), len.min(8) as u8)
}

/// The last `n` characters of `w`.
pub(super) fn suffix(w: &str, n: usize) -> &str {
    let b = w.as_bytes();
    if b.len() >= n && b[b.len() - n..].is_ascii() {
        return &w[b.len() - n..];
    }
    let mut idx = w.len();
    for (k, (i, _)) in w.char_indices().rev().enumerate() {
        if k == n {
            break;
        }
        idx = i;
    }
    &w[idx..]
}

fn lex_code(v: &View, i: usize) -> u8 {
    lex_code_of(v.lex[i])
}

fn lex_code_of(t: super::view::LexTag) -> u8 {
    match t {
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

/// Sizes `out` for a sentence of `n` tokens and returns its token part:
/// token `i`'s facts are `out[i + 1]`, and `out[0]` and `out[n + 1]` hold
/// `EDGE`, the facts past either end of the sentence. With the two
/// sentinels a token's neighbours are three entries in a row, read without
/// a test for the sentence's ends ([`around`]).
pub(super) fn frame(out: &mut Vec<TokenFacts>, n: usize) -> &mut [TokenFacts] {
    out.truncate(n + 2);
    out.resize(n + 2, TokenFacts::default());
    out[0] = EDGE;
    out[n + 1] = EDGE;
    &mut out[1..n + 1]
}

/// Fills `out` with the facts of the tokens the features read: each
/// candidate and its neighbours (the word's suffix and length only on
/// candidates), laid out by [`frame`]. The other entries are never read, so
/// they keep whatever an earlier sentence left there instead of being reset
/// at every sentence.
pub fn facts(v: &View, out: &mut Vec<TokenFacts>) {
    let n = v.len();
    let out = frame(out, n);
    // Each candidate and its two neighbours, once, left to right.
    let mut done = 0;
    for &c in &v.cands {
        let c = c as usize;
        let (lo, hi) = (c.saturating_sub(1).max(done), (c + 2).min(n));
        done = done.max(hi);
        for (f, i) in out[lo..hi].iter_mut().zip(lo..) {
            fact(v, i, f);
        }
    }
}

/// The facts of token `i` (a candidate or a candidate's neighbour).
#[inline]
pub(super) fn fact(v: &View, i: usize, f: &mut TokenFacts) {
    let cand = v.cand[i];
    f.cand = cand;
    f.known = false;
    f.word = v.hash[i];
    f.shape = v.shape[i].code();
    f.cue = cues::cue_code(v.class[i]);
    f.lex = lex_code(v, i);
    if cand {
        match v.word_id[i] {
            super::words::NONE => {
                (f.suf3, f.len) = suffix_and_len(v.lower(i));
            }
            id => {
                // Computed once per distinct word (`words.rs`), the same way.
                let w = &v.words.entries[id as usize];
                f.suf3 = w.suf3;
                f.len = w.len;
            }
        }
    } else {
        (f.suf3, f.len) = (0, 0);
    }
}

/// [`fact`] from a view's rows (see [`super::view::Rows`]), given token
/// `i`'s word-cache entry `w` (`None` where `word_id[i]` is none): the same
/// facts, read without a bounds check per row.
#[inline]
pub(super) fn fact_of(
    r: &super::view::Rows,
    i: usize,
    w: Option<&super::words::Word>,
    f: &mut TokenFacts,
) {
    f.word = r.hash[i];
    f.shape = r.shape[i].code();
    f.cue = cues::cue_code(r.class[i]);
    f.lex = lex_code_of(r.lex[i]);
    let cand = r.cand[i];
    f.cand = cand;
    if cand {
        match w {
            None => {
                (f.suf3, f.len) = suffix_and_len(r.lower_in_text(i));
            }
            Some(w) => {
                f.suf3 = w.suf3;
                f.len = w.len;
            }
        }
    } else {
        (f.suf3, f.len) = (0, 0);
    }
}

/// The facts of the tokens before, at and after token `i` (`EDGE` past
/// either end), from facts laid out by [`frame`].
#[inline]
fn around(fx: &[TokenFacts], i: usize) -> (&TokenFacts, &TokenFacts, &TokenFacts) {
    match &fx[i..i + 3] {
        [m1, c, p1] => (m1, c, p1),
        _ => unreachable!("a slice of three"),
    }
}

/// The word hash of the sentence's edges.
pub const EDGE_WORD: u64 = 0x5eed;

const EDGE: TokenFacts = TokenFacts {
    wf: [0; 6],
    word: EDGE_WORD,
    suf3: 0,
    shape: b'^',
    cue: b'^',
    lex: b'^',
    len: 0,
    cand: false,
    known: false,
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
    let (m1, c, p1) = around(fx, i);
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

/// The hashes of token `i`'s word features that do not depend on the
/// previous tag, in the order [`scores`] adds them (template 28, which
/// does, comes last).
#[cfg(test)]
pub fn word_hashes(fx: &[TokenFacts], i: usize, initial: bool) -> [u64; 7] {
    let (m1, c, p1) = around(fx, i);
    [
        f(1, &[c.word]),
        f(5, &[m1.word]),
        f(6, &[p1.word]),
        f(11, &[c.suf3]),
        f(22, &[m1.word, c.word]),
        f(23, &[c.word, p1.word]),
        f(25, &[initial as u64, c.word]),
    ]
}

/// The hashes of the features built from one word alone, for the
/// per-word cache (`words.rs`): templates 1, 5 (as the word before), 6 (as
/// the word after), 11 (its suffix), 25 (sentence start no / yes).
#[cfg(test)]
pub fn word_only(word: u64, suf3: u64) -> [u64; 6] {
    [
        f(1, &[word]),
        f(5, &[word]),
        f(6, &[word]),
        f(11, &[suf3]),
        f(25, &[0, word]),
        f(25, &[1, word]),
    ]
}

/// The keys ([`q1`], [`q2`]) of [`word_only`]: `finish` of each is the hash there.
#[inline]
pub fn word_only_q(word: u64, suf3: u64) -> [u64; 6] {
    [
        q1(1, word),
        q1(5, word),
        q1(6, word),
        q1(11, suf3),
        q2(25, 0, word),
        q2(25, 1, word),
    ]
}

/// The values each small categorical fact can take (`0` for "not computed").
const SHAPES: [u8; 8] = [b'C', b'U', b'l', b'M', b'd', b'p', b'^', 0];
const CUE_CODES: [u8; 10] = [b't', b'w', b's', b'p', b'o', b'c', b'k', b'-', b'^', 0];
const LEX_CODES: [u8; 9] = [b'-', b'P', b'L', b'O', b'p', b'l', b'o', b'^', 0];
const PREVS: [u8; 8] = [b'^', b'0', b'1', b'2', b'3', b'4', b'5', b'6'];

/// Index of a code in its value list (codes outside it are never produced).
const fn index_of<const K: usize>(values: [u8; K]) -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut k = 0;
    while k < K {
        t[values[k] as usize] = k as u8;
        k += 1;
    }
    t
}
const SHAPE_IX: [u8; 256] = index_of(SHAPES);
const CUE_IX: [u8; 256] = index_of(CUE_CODES);
const LEX_IX: [u8; 256] = index_of(LEX_CODES);
#[cfg(test)]
const PREV_IX: [u8; 256] = index_of(PREVS);

type W = super::weights::W8;

/// The weights of every feature built from small categorical facts, summed
/// in advance per combination of facts, so scoring a token costs six array
/// reads and eight hash lookups (the word features) instead of 22 lookups.
/// Built from the hashed weights; [`scores`] equals the sum over [`features`].
pub struct Dense {
    /// bias + shape + (init, shape, cue) + lex + cue, by (init, shape, cue, lex).
    own: Vec<W>,
    /// (shape before, shape, shape after).
    shapes: Vec<W>,
    /// (lex before, lex, lex after).
    lexes: Vec<W>,
    /// cue before; cue after; cue before for short acronyms.
    cue_before: Vec<W>,
    cue_after: Vec<W>,
    cue_acronym: Vec<W>,
    /// prev + (prev, shape) + (cue before, shape, prev) + (near, prev), by (prev, shape, cue before, near).
    with_prev: Vec<W>,
}

fn add(s: &mut W, w: &W) {
    for (a, b) in s.iter_mut().zip(w) {
        *a += b;
    }
}

impl Dense {
    pub fn build(get: impl Fn(u64) -> Option<W>) -> Dense {
        let z = [0f32; 8];
        let g = |h: u64| get(h).unwrap_or(z);
        let (ns, nc, nl, np) = (SHAPES.len(), CUE_CODES.len(), LEX_CODES.len(), PREVS.len());
        let mut own = vec![z; 2 * ns * nc * nl];
        for init in 0..2u64 {
            for (si, &sh) in SHAPES.iter().enumerate() {
                for (ci, &cue) in CUE_CODES.iter().enumerate() {
                    for (li, &lex) in LEX_CODES.iter().enumerate() {
                        let w = &mut own[((init as usize * ns + si) * nc + ci) * nl + li];
                        add(w, &g(f(0, &[])));
                        add(w, &g(f(9, &[sh as u64])));
                        add(w, &g(f(14, &[init, sh as u64, cue as u64])));
                        add(w, &g(f(15, &[lex as u64])));
                        add(w, &g(f(18, &[cue as u64])));
                    }
                }
            }
        }
        let mut shapes = vec![z; ns * ns * ns];
        for (a, &x) in SHAPES.iter().enumerate() {
            for (b, &y) in SHAPES.iter().enumerate() {
                for (c, &zz) in SHAPES.iter().enumerate() {
                    shapes[(a * ns + b) * ns + c] = g(f(10, &[x as u64, y as u64, zz as u64]));
                }
            }
        }
        let mut lexes = vec![z; nl * nl * nl];
        for (a, &x) in LEX_CODES.iter().enumerate() {
            for (b, &y) in LEX_CODES.iter().enumerate() {
                for (c, &zz) in LEX_CODES.iter().enumerate() {
                    lexes[(a * nl + b) * nl + c] = g(f(16, &[x as u64, y as u64, zz as u64]));
                }
            }
        }
        let one = |t: u64| CUE_CODES.iter().map(|&c| g(f(t, &[c as u64]))).collect();
        let mut with_prev = vec![z; np * ns * nc * 4];
        for (pi, &p) in PREVS.iter().enumerate() {
            for (si, &sh) in SHAPES.iter().enumerate() {
                for (ci, &cue) in CUE_CODES.iter().enumerate() {
                    for near in 0..4u64 {
                        let w = &mut with_prev[((pi * ns + si) * nc + ci) * 4 + near as usize];
                        add(w, &g(f(2, &[p as u64])));
                        add(w, &g(f(4, &[p as u64, sh as u64])));
                        add(w, &g(f(24, &[cue as u64, sh as u64, p as u64])));
                        add(w, &g(f(27, &[near, p as u64])));
                    }
                }
            }
        }
        Dense {
            own,
            shapes,
            lexes,
            cue_before: one(19),
            cue_after: one(20),
            cue_acronym: one(29),
            with_prev,
        }
    }
}

/// The scores of token `i` given the previous tag: the sum of the weights of
/// [`features`], read from `dense` and `get` (the word features).
#[cfg(test)]
pub fn scores<'w>(
    dense: &Dense,
    get: impl Fn(u64) -> Option<&'w W>,
    v: &View,
    fx: &[TokenFacts],
    i: usize,
    prev: u8,
) -> [f32; super::tagger::N] {
    let (m1, c, p1) = around(fx, i);
    let init = v.initial[i] as usize;
    let near = (v.cand.get(i + 1).copied().unwrap_or(false) as usize) << 1
        | i.checked_sub(1).is_some_and(|j| v.cand[j]) as usize;
    let pi = PREV_IX[prev as usize] as usize;
    let mut s = dense_part(dense, m1, c, p1, init, near, pi);
    for h in word_hashes(fx, i, init != 0) {
        if let Some(w) = get(h) {
            add(&mut s, w);
        }
    }
    if let Some(w) = get(f(28, &[m1.word, prev as u64])) {
        add(&mut s, w);
    }
    let mut out = [0f32; super::tagger::N];
    out.copy_from_slice(&s[..super::tagger::N]);
    out
}

/// The sum of the categorical features' weights, in [`scores`]' order
/// (`pi`: the index of the previous tag in `PREVS`).
#[inline]
fn dense_part(
    dense: &Dense,
    m1: &TokenFacts,
    c: &TokenFacts,
    p1: &TokenFacts,
    init: usize,
    near: usize,
    pi: usize,
) -> W {
    let (ns, nc, nl) = (SHAPES.len(), CUE_CODES.len(), LEX_CODES.len());
    let sx = |s: u8| SHAPE_IX[s as usize] as usize;
    let cx = |s: u8| CUE_IX[s as usize] as usize;
    let lx = |s: u8| LEX_IX[s as usize] as usize;
    let mut s = dense.own[((init * ns + sx(c.shape)) * nc + cx(c.cue)) * nl + lx(c.lex)];
    add(
        &mut s,
        &dense.shapes[(sx(m1.shape) * ns + sx(c.shape)) * ns + sx(p1.shape)],
    );
    add(
        &mut s,
        &dense.lexes[(lx(m1.lex) * nl + lx(c.lex)) * nl + lx(p1.lex)],
    );
    add(&mut s, &dense.cue_before[cx(m1.cue)]);
    add(&mut s, &dense.cue_after[cx(p1.cue)]);
    if c.shape == b'U' && c.len <= 6 {
        add(&mut s, &dense.cue_acronym[cx(m1.cue)]);
    }
    add(
        &mut s,
        &dense.with_prev[((pi * ns + sx(c.shape)) * nc + cx(m1.cue)) * 4 + near],
    );
    s
}

/// The weight indices of the features of a word as the word before a
/// token (template 5), as the word after one (6), and as the word before a
/// token after an `O` (28): what [`scores_fast`] needs of a neighbour.
#[inline]
pub fn near_of(t: &super::weights::Table, word: u64) -> [u32; 3] {
    [
        t.index_q(q1(5, word)),
        t.index_q(q1(6, word)),
        t.index_q(q2(28, word, super::tagger::tag_byte(0) as u64)),
    ]
}

/// [`scores`] of candidate `i` from facts filled by `Model::prepare_facts`
/// (or [`facts`]), the previous token's label `prev` (`None` at the
/// sentence's start, and only there) and the weight table keyed by [`q1`] / [`q2`]: the
/// word-only weights come from the facts where `known`, the others from
/// the keys (`edge28`: the weight index of template 28 at the sentence's
/// start; `neighbour`: [`near_of`], or a cache of it). The same sums in the
/// same order as [`scores`].
#[inline]
#[allow(clippy::too_many_arguments)] // the hot path: no bundling struct
pub fn scores_fast(
    dense: &Dense,
    t: &super::weights::Table,
    edge28: u32,
    mut neighbour: impl FnMut(u64) -> [u32; 3],
    fx: &[TokenFacts],
    i: usize,
    initial: bool,
    prev: Option<usize>,
) -> [f32; super::tagger::N] {
    let (m1, c, p1) = around(fx, i);
    let init = usize::from(initial);
    let near = usize::from(p1.cand) << 1 | usize::from(m1.cand);
    // PREVS: `^`, then the labels' bytes in order.
    let (pi, prev_byte) = match prev {
        Some(l) => (l + 1, super::tagger::tag_byte(l)),
        None => (0, b'^'),
    };
    let mut s = dense_part(dense, m1, c, p1, init, near, pi);
    let (cw1, cw11, cw25) = if c.known {
        (c.wf[0], c.wf[3], c.wf[4 + init])
    } else {
        (
            t.index_q(q1(1, c.word)),
            t.index_q(q1(11, c.suf3)),
            t.index_q(q2(25, init as u64, c.word)),
        )
    };
    // A neighbour without the word cache's indices (a word written in
    // lowercase, punctuation): its [`near_of`] entry.
    let m1n = (!m1.known).then(|| neighbour(m1.word));
    let m1w = match m1n {
        Some(e) => e[0],
        None => m1.wf[1],
    };
    let p1w = if p1.known {
        p1.wf[2]
    } else {
        neighbour(p1.word)[1]
    };
    let found = [
        cw1,
        m1w,
        p1w,
        cw11,
        t.index_q(q2(22, m1.word, c.word)),
        t.index_q(q2(23, c.word, p1.word)),
        cw25,
    ];
    for k in found {
        if let Some(w) = t.at(k) {
            add(&mut s, w);
        }
    }
    let w28 = match (prev, m1n) {
        // At the start, `m1` is the edge.
        (None, _) => t.at(edge28),
        (Some(0), Some(e)) => t.at(e[2]),
        (Some(_), _) => t.get_q(q2(28, m1.word, prev_byte as u64)),
    };
    if let Some(w) = w28 {
        add(&mut s, w);
    }
    let mut out = [0f32; super::tagger::N];
    out.copy_from_slice(&s[..super::tagger::N]);
    out
}
