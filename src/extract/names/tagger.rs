//! A greedy averaged-perceptron BIO tagger over the candidate tokens of a
//! sentence (capitalized words and what joins them; every other token is `O`).
//!
//! The weights live in `src/data/names/tagger.txt` (one feature hash per line
//! with its non-zero label weights, scaled by 1000), trained by
//! `TRAIN_NER=1 cargo test --release --test eval_ner -- --ignored train_ner_model` on the train/valid
//! splits of `../shared/data/ner/`, and loaded once on first use. An empty file
//! means "no model": the rules then decide alone.

use super::features::{Dense, TokenFacts, facts, features};

use super::EntityKind;
use super::view::View;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// The labels, in weight order.
pub const LABELS: [&str; 7] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
pub const N: usize = LABELS.len();

/// The feature byte of a label (and `^` for "before the sentence").
pub const fn tag_byte(label: usize) -> u8 {
    b'0' + label as u8
}
const START: u8 = b'^';

/// The kind and "begins" flag of a label; `None` for `O`.
pub fn label_kind(label: usize) -> Option<(EntityKind, bool)> {
    match label {
        1 => Some((EntityKind::Person, true)),
        2 => Some((EntityKind::Person, false)),
        3 => Some((EntityKind::Place, true)),
        4 => Some((EntityKind::Place, false)),
        5 => Some((EntityKind::Organization, true)),
        6 => Some((EntityKind::Organization, false)),
        _ => None,
    }
}

/// The keys are already hashes: mixing them again would only cost time.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
pub type FastMap<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// Feature weights.
pub struct Model {
    /// Unique per model built (keys the per-word weight indices of `words.rs`).
    id: u32,
    pub weights: FastMap<[f32; N]>,
    /// The categorical features' weights, summed per combination.
    dense: Dense,
    /// `weights` again, laid out for fast lookups.
    table: super::weights::Table,
    /// The word-only weight indices of the sentence's edge (as the word
    /// before and after a token: [`word_only`](super::features::word_only)
    /// slots 1 and 2), and of template 28 at the sentence's start.
    edge: [u32; 6],
    edge28: u32,
}

pub(super) const MODEL_SRC: &str = include_str!("../../data/names/tagger.txt");

static MODEL: LazyLock<Option<Model>> = LazyLock::new(|| {
    let m = Model::from_text(MODEL_SRC);
    (!m.weights.is_empty()).then_some(m)
});

/// The built-in model, when one was trained.
pub fn builtin() -> Option<&'static Model> {
    MODEL.as_ref()
}

/// A weight line `hash label:weight …`; `None` when the hash is no hex
/// number. Malformed `label:weight` parts are skipped.
pub(super) fn parse_line_general(line: &str) -> Option<(u64, [f32; N])> {
    let mut parts = line.split(' ');
    let h = parts.next().and_then(|h| u64::from_str_radix(h, 16).ok())?;
    let mut w = [0f32; N];
    for p in parts {
        if let Some((l, x)) = p.split_once(':')
            && let (Ok(l), Ok(x)) = (l.parse::<usize>(), x.parse::<i32>())
            && l < N
        {
            w[l] = x as f32 / 1000.0;
        }
    }
    Some((h, w))
}

/// A weight line `hash label:weight …` of plain form (hex hash of at most
/// 16 digits, one-digit labels below [`N`], weights of at most 9 digits),
/// or `None` for the general parser of [`Model::from_text`]. Gives what
/// that parser gives on such lines.
pub(super) fn parse_line(b: &[u8]) -> Option<(u64, [f32; N])> {
    let mut i = 0;
    let mut h = 0u64;
    while i < b.len() && b[i] != b' ' {
        if i == 16 {
            return None;
        }
        h = h << 4 | (b[i] as char).to_digit(16)? as u64;
        i += 1;
    }
    if i == 0 {
        return None;
    }
    let mut w = [0f32; N];
    while i < b.len() {
        // " l:x"
        if b.len() < i + 4 || b[i] != b' ' || b[i + 2] != b':' {
            return None;
        }
        let l = (b[i + 1] as char).to_digit(10)? as usize;
        if l >= N {
            return None;
        }
        i += 3;
        let neg = b[i] == b'-';
        i += usize::from(neg);
        let start = i;
        let mut x = 0i32;
        while i < b.len() && b[i] != b' ' {
            if i - start == 9 {
                return None;
            }
            x = x * 10 + (b[i] as char).to_digit(10)? as i32;
            i += 1;
        }
        if i == start {
            return None;
        }
        w[l] = if neg { -x } else { x } as f32 / 1000.0;
    }
    Some((h, w))
}

/// I-X may only follow B-X or I-X.
fn allowed(prev: usize, label: usize) -> bool {
    match label {
        2 | 4 | 6 => prev == label || prev + 1 == label,
        _ => true,
    }
}

impl Model {
    /// Parses the weight file; malformed lines are skipped (the file is generated and tested).
    pub fn from_text(src: &str) -> Model {
        let mut weights = FastMap::default();
        weights.reserve(memchr::memchr_iter(b'\n', src.as_bytes()).count());
        for line in src.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            // The file is read at every start: well-formed lines take a byte
            // parser, anything else the general one (same result).
            if let Some((h, w)) = parse_line(line.as_bytes()).or_else(|| parse_line_general(line)) {
                weights.insert(h, w);
            }
        }
        Model::with(weights)
    }

    /// A model from full-precision weights.
    pub fn with(weights: FastMap<[f32; N]>) -> Model {
        let dense = Dense::build(|h| weights.get(&h).map(super::weights::pad));
        let table = super::weights::Table::new(weights.iter().map(|(&h, w)| (h, w)));
        static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
        use super::features::{EDGE_WORD, q1, q2};
        let mut edge = [super::weights::NONE; 6];
        edge[1] = table.index_q(q1(5, EDGE_WORD));
        edge[2] = table.index_q(q1(6, EDGE_WORD));
        let edge28 = table.index_q(q2(28, EDGE_WORD, START as u64));
        Model {
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            weights,
            dense,
            table,
            edge,
            edge28,
        }
    }

    /// Writes the weight file, dropping weights that round to zero. Sorted by hash.
    pub fn to_text(&self) -> String {
        let mut keys: Vec<_> = self.weights.keys().copied().collect();
        keys.sort_unstable();
        let mut out = String::from(
            "# corpus-analyze name tagger: averaged perceptron weights, generated by\n\
             # `TRAIN_NER=1 cargo test --release --test eval_ner -- --ignored train_ner_model`; do not edit.\n\
             # feature-hash label:weight*1000 … (labels: O B-PER I-PER B-LOC I-LOC B-ORG I-ORG)\n",
        );
        for k in keys {
            let w = &self.weights[&k];
            let parts: Vec<String> = w
                .iter()
                .enumerate()
                .filter_map(|(l, &x)| {
                    let q = (x * 1000.0).round() as i32;
                    (q != 0).then(|| format!("{l}:{q}"))
                })
                .collect();
            if !parts.is_empty() {
                out.push_str(&format!("{k:x} {}\n", parts.join(" ")));
            }
        }
        out
    }

    /// The scores of token `i`: the sum of the weights of its features.
    #[cfg(test)]
    fn scores(&self, v: &View, fx: &[TokenFacts], i: usize, prev: u8) -> [f32; N] {
        let t = &self.table;
        super::features::scores(&self.dense, |h| t.get(h), v, fx, i, prev)
    }

    #[cfg(test)]
    pub(crate) fn scores_pub(&self, v: &View, fx: &[TokenFacts], i: usize, prev: u8) -> [f32; N] {
        self.scores(v, fx, i, prev)
    }

    /// [`Self::scores`] the slow way, over the hashed features (for tests).
    #[cfg(test)]
    pub(crate) fn scores_hashed(
        &self,
        v: &View,
        fx: &[TokenFacts],
        i: usize,
        prev: u8,
    ) -> [f32; N] {
        let mut s = [0f32; N];
        features(v, fx, i, prev, START, |h| {
            if let Some(w) = self.weights.get(&h) {
                for (a, b) in s.iter_mut().zip(w) {
                    *a += b;
                }
            }
        });
        s
    }

    /// Looks up, once per distinct word of the thread, the weights of the
    /// features built from one word alone, for the words [`Self::tag`] reads
    /// (candidates and their neighbours). Optional: `tag` gives the same
    /// labels without it.
    pub fn prepare(&self, v: &mut View) {
        let n = v.len();
        // Each candidate's window, merged with the one before: a token is
        // visited once however many candidates it neighbours.
        let mut done = 0;
        for k in 0..v.cands.len() {
            let c = v.cands[k] as usize;
            let (lo, hi) = (c.saturating_sub(1).max(done), (c + 2).min(n));
            done = done.max(hi);
            for i in lo..hi {
                let id = v.word_id[i];
                if id == super::words::NONE {
                    continue;
                }
                let w = &mut v.words.entries[id as usize];
                if w.found_for == self.id {
                    continue;
                }
                let t = &self.table;
                w.found = super::features::word_only_q(w.hash, w.suf3).map(|q| t.index_q(q));
                w.found_for = self.id;
            }
        }
    }

    /// Labels every token of the view (non-candidates get `O`).
    /// `fx` is scratch space, reused across sentences.
    /// [`Self::prepare`] and the facts [`Self::tag`] starts with, in one
    /// walk over the candidates' windows (they are the same windows): each
    /// token near a candidate gets its word-only weight indices into the
    /// word cache (once per word and model) and its facts into `fx`. Then
    /// [`Self::tag_prepared`] labels as `prepare` + `tag` would.
    pub fn prepare_facts(&self, v: &mut View, fx: &mut Vec<TokenFacts>) {
        let n = v.len();
        super::features::frame(fx, n);
        // The edges' word-only weights are the model's.
        for e in [0, n + 1] {
            fx[e].wf = self.edge;
            fx[e].known = true;
        }
        let fx = &mut fx[1..n + 1];
        let t = &self.table;
        // The rows apart from the word cache, all of length `n`.
        let (r, words) = v.rows_and_words();
        let mut done = 0;
        for &c in r.cands {
            let c = c as usize;
            let (lo, hi) = (c.saturating_sub(1).max(done), (c + 2).min(n));
            done = done.max(hi);
            for (f, i) in fx[lo..hi].iter_mut().zip(lo..) {
                let id = r.word_id[i];
                let w = if id == super::words::NONE {
                    None
                } else {
                    let w = &mut words.entries[id as usize];
                    if w.found_for != self.id {
                        w.found =
                            super::features::word_only_q(w.hash, w.suf3).map(|q| t.index_q(q));
                        w.found_for = self.id;
                    }
                    Some(&*w)
                };
                super::features::fact_of(&r, i, w, f);
                // The word-only weight indices for the scoring pass.
                match w {
                    Some(w) => {
                        f.wf = w.found;
                        f.known = true;
                    }
                    None => f.known = false,
                }
            }
        }
    }

    pub fn tag(&self, v: &View, fx: &mut Vec<TokenFacts>, out: &mut Vec<usize>) {
        facts(v, fx);
        self.tag_prepared(v, fx, out);
    }

    /// [`Self::tag`] after [`Self::prepare_facts`] filled `fx`.
    pub fn tag_prepared(&self, v: &View, fx: &mut [TokenFacts], out: &mut Vec<usize>) {
        out.clear();
        let n = v.len();
        out.resize(n, 0);
        let initial = &v.initial[..n];
        // Every other token is `O`: the greedy pass visits the candidates
        // only, each reading the label of the token before it (`O` unless
        // that token is the candidate before).
        let (mut last, mut last_label) = (usize::MAX, 0);
        NEAR.with_borrow_mut(|near| {
            if near.model != self.id {
                near.reset(self);
            }
            for &i in &v.cands {
                let i = i as usize;
                let prev = if i == 0 {
                    None
                } else if last.wrapping_add(1) == i {
                    Some(last_label)
                } else {
                    Some(0)
                };
                let s = super::features::scores_fast(
                    &self.dense,
                    &self.table,
                    self.edge28,
                    |w| near.get(&self.table, w),
                    fx,
                    i,
                    initial[i],
                    prev,
                );
                let l = best(&s, prev.unwrap_or(0));
                out[i] = l;
                (last, last_label) = (i, l);
            }
        });
    }
}

/// Slots of [`Near`].
const NEAR_SLOTS: usize = 4096;

/// Per thread, [`near_of`](super::features::near_of) of the words seen
/// lately beside candidates without a word-cache entry (words written in
/// lowercase, punctuation: `kata`, `di`, `,`), direct-mapped by the top
/// bits of the word's hash. An entry is a function of the word's hash and
/// the model alone, so a hit gives what the lookups would.
struct Near {
    /// The model the entries belong to (0: none).
    model: u32,
    keys: Box<[u64; NEAR_SLOTS]>,
    vals: Box<[[u32; 3]; NEAR_SLOTS]>,
}

impl Near {
    /// Empties the cache for `m`: every slot holds the word hash 0 and its entry.
    fn reset(&mut self, m: &Model) {
        let zero = super::features::near_of(&m.table, 0);
        self.keys.fill(0);
        self.vals.fill(zero);
        self.model = m.id;
    }

    #[inline]
    fn get(&mut self, t: &super::weights::Table, w: u64) -> [u32; 3] {
        let s = (w >> 52) as usize % NEAR_SLOTS;
        if self.keys[s] != w {
            self.keys[s] = w;
            self.vals[s] = super::features::near_of(t, w);
        }
        self.vals[s]
    }
}

thread_local! {
    static NEAR: std::cell::RefCell<Near> = std::cell::RefCell::new(Near {
        model: 0,
        keys: Box::new([0; NEAR_SLOTS]),
        vals: Box::new([[0; 3]; NEAR_SLOTS]),
    });
}

pub(super) fn best(s: &[f32; N], prev: usize) -> usize {
    let mut b = 0;
    for l in 1..N {
        if allowed(prev, l) && s[l] > s[b] {
            b = l;
        }
    }
    b
}

/// One training sentence: a filled view and the gold label of each token.
pub struct Example<'a> {
    pub view: View<'a>,
    pub gold: Vec<usize>,
}

/// Trains an averaged perceptron for `epochs` passes (deterministic order).
pub fn train(examples: &[Example], epochs: usize) -> Model {
    train_seeded(examples, epochs, 0x2545_f491_4f6c_dd1d)
}

/// [`train`] with a chosen shuffling seed (to tell real gains from the
/// noise of the example order).
pub fn train_seeded(examples: &[Example], epochs: usize, mut seed: u64) -> Model {
    struct Acc {
        w: [f32; N],
        total: [f32; N],
        stamp: [u32; N],
    }
    let mut acc: FastMap<Acc> = FastMap::default();
    let mut t: u32 = 0;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut feats: Vec<u64> = Vec::new();
    for _ in 0..epochs {
        // Fisher-Yates with a fixed LCG: same model on every run.
        for i in (1..order.len()).rev() {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            order.swap(i, (seed >> 33) as usize % (i + 1));
        }
        for &e in &order {
            let ex = &examples[e];
            let v = &ex.view;
            let mut fx = Vec::new();
            facts(v, &mut fx);
            let (mut p1, mut p1b, mut p2) = (0usize, START, START);
            for i in 0..v.len() {
                let label = if v.cand[i] {
                    t += 1;
                    feats.clear();
                    features(v, &fx, i, p1b, p2, |h| feats.push(h));
                    let mut s = [0f32; N];
                    for h in &feats {
                        if let Some(a) = acc.get(h) {
                            for (x, y) in s.iter_mut().zip(&a.w) {
                                *x += y;
                            }
                        }
                    }
                    let guess = best(&s, p1);
                    let gold = ex.gold[i];
                    if guess != gold {
                        for &h in &feats {
                            let a = acc.entry(h).or_insert(Acc {
                                w: [0.0; N],
                                total: [0.0; N],
                                stamp: [0; N],
                            });
                            for (l, d) in [(gold, 1.0f32), (guess, -1.0)] {
                                a.total[l] += (t - a.stamp[l]) as f32 * a.w[l];
                                a.stamp[l] = t;
                                a.w[l] += d;
                            }
                        }
                    }
                    guess
                } else {
                    0
                };
                p2 = p1b;
                p1b = tag_byte(label);
                p1 = label;
            }
        }
    }
    let mut weights = FastMap::default();
    for (h, mut a) in acc {
        let mut w = [0f32; N];
        #[allow(clippy::needless_range_loop)] // three arrays in step
        for l in 0..N {
            a.total[l] += (t - a.stamp[l]) as f32 * a.w[l];
            w[l] = a.total[l] / t.max(1) as f32;
        }
        if w.iter().any(|x| x.abs() >= 0.0005) {
            weights.insert(h, w);
        }
    }
    Model::with(weights)
}

#[cfg(test)]
mod fast_scoring_tests {
    use super::super::features::{self, finish, q1, q2, unfinish, word_only, word_only_q};
    use super::super::fx::hash_str;
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::token::segment;
    use proptest::prelude::*;

    /// Words of news text, their suffixes and the small parts the
    /// templates mix in (tags, sentence start, the edge).
    const WORDS: [&str; 10] = [
        "jakarta", "kata", "presiden", "joko", ",", "di", "kpk", "tni", "ujar", "\"",
    ];

    #[test]
    fn keys_finish_to_the_feature_hashes() {
        let smalls = [0u64, 1, b'0' as u64, b'6' as u64, b'^' as u64, 0x5eed];
        for w in WORDS {
            let a = hash_str(w);
            let suf = hash_str(features::suffix(w, 3));
            for t in [1, 5, 6, 11, 18, 29] {
                assert_eq!(finish(q1(t, a)), features::f_pub(t, &[a]), "{w}");
                assert_eq!(unfinish(features::f_pub(t, &[a])), q1(t, a), "{w}");
            }
            let others = WORDS.map(hash_str);
            for b in others.iter().chain(&smalls) {
                for t in [22, 23, 25, 28] {
                    assert_eq!(finish(q2(t, a, *b)), features::f_pub(t, &[a, *b]), "{w}");
                    assert_eq!(finish(q2(t, *b, a)), features::f_pub(t, &[*b, a]), "{w}");
                }
            }
            assert_eq!(word_only_q(a, suf).map(finish), word_only(a, suf), "{w}");
        }
    }

    proptest! {
        #[test]
        fn unfinish_inverts_finish(x: u64) {
            prop_assert_eq!(unfinish(finish(x)), x);
            prop_assert_eq!(finish(unfinish(x)), x);
        }
    }

    /// The neighbour cache gives the lookups' indices, for words sharing
    /// a slot, the word hash 0 of an empty slot, and again on hits.
    #[test]
    fn near_cache_gives_the_lookups() {
        let Some(m) = builtin() else {
            return;
        };
        let mut near = Near {
            model: 0,
            keys: Box::new([0; NEAR_SLOTS]),
            vals: Box::new([[0; 3]; NEAR_SLOTS]),
        };
        near.reset(m);
        let mut ws: Vec<u64> = WORDS.iter().map(|w| hash_str(w)).collect();
        let kata = hash_str("kata");
        ws.extend([0, kata ^ 1, kata ^ 2, 0x5eed]);
        for _ in 0..2 {
            for &w in &ws {
                assert_eq!(near.get(&m.table, w), features::near_of(&m.table, w));
            }
        }
    }

    /// Real sentences: titles, bodies, places, quotes, initials, numbers.
    const TEXTS: &[&str] = &[
        "Menurut Kapolda Metro Jaya Irjen Fadil Imran, KPK dan BNPB tiba di \
         Jakarta Selatan pada Senin (3/2). \"Kami siap,\" kata Budi di PT Pertamina.",
        "Presiden Joko Widodo meresmikan Bendungan Sei Gong di Batam, Kepulauan Riau.",
        "Gempa berkekuatan 5,6 SR mengguncang Cianjur, Jawa Barat, kata Kepala BMKG Dwikorita Karnawati.",
        "Ketua KPU RI Hasyim Asy'ari menyebut rekapitulasi suara di 38 provinsi selesai.",
        "\"Harga Pertalite tetap Rp 10.000 per liter,\" ujar Dirut PT Pertamina Nicke Widyawati.",
        "Majelis hakim PN Jakarta Selatan yang diketuai Wahyu Iman Santoso menjatuhkan vonis.",
        "A. Rahman dan M. Nur dari Universitas Gadjah Mada (UGM) Yogyakarta hadir.",
    ];

    /// The one-pass scoring equals, bit for bit, the hashed scoring it
    /// replaced, over facts with and without the word cache's indices and
    /// for every previous tag; and `tag_prepared` labels as that scoring.
    #[test]
    fn fast_scores_equal_the_plain_sums() {
        let Some(m) = builtin() else {
            return;
        };
        let lex = Lexicon::builtin();
        let mut seen = 0;
        for text in TEXTS {
            let seg = segment(text);
            for s in &seg.sentences {
                let mut v = View::default();
                v.fill(text, &seg.tokens[s.tokens.clone()], &lex);
                let mut plain = Vec::new();
                facts(&v, &mut plain);
                let mut walked = Vec::new();
                m.prepare_facts(&mut v, &mut walked);
                for fx in [&plain, &walked] {
                    for &i in &v.cands {
                        let i = i as usize;
                        seen += usize::from(fx[i + 1].known);
                        // No previous tag at the start only; any after it.
                        let prevs: Vec<Option<usize>> = if i == 0 {
                            vec![None]
                        } else {
                            (0..N).map(Some).collect()
                        };
                        for prev in prevs {
                            let byte = prev.map_or(START, tag_byte);
                            let slow = m.scores(&v, fx, i, byte);
                            let fast = features::scores_fast(
                                &m.dense,
                                &m.table,
                                m.edge28,
                                |w| features::near_of(&m.table, w),
                                fx,
                                i,
                                v.initial[i],
                                prev,
                            );
                            assert_eq!(
                                slow.map(f32::to_bits),
                                fast.map(f32::to_bits),
                                "{}",
                                v.word(i)
                            );
                        }
                    }
                }
                let mut labels = Vec::new();
                m.tag_prepared(&v, &mut walked, &mut labels);
                let mut slow = Vec::new();
                let (mut p1, mut p1b) = (0, START);
                for i in 0..v.len() {
                    let l = if v.cand[i] {
                        best(&m.scores(&v, &plain, i, p1b), p1)
                    } else {
                        0
                    };
                    slow.push(l);
                    (p1, p1b) = (l, tag_byte(l));
                }
                assert_eq!(labels, slow, "{text}");
            }
        }
        assert!(seen > 20, "the word cache's indices were read");
    }
}
