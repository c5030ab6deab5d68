//! The inline search when every inline first word is two or more ASCII
//! letters (the built-in ones are): such a word only counts where it starts
//! a word, so instead of running an automaton over every byte,
//! [`PlainWords::find`] finds the few places where some word's first three
//! letters occur (a SIMD prefix filter, [`Nibbles`]), keeps those that start
//! a word, and compares the words there eight bytes at a time. With too many
//! words for the prefix search it visits every word start (found eight bytes
//! at a time) and drops those whose first three letters begin no word with
//! one bit test.
//!
//! It finds where first words start; `inline` decides what the markers remove.

/// A word to find: lowercased, with its first eight bytes as one number.
#[derive(Clone, Debug)]
struct Word {
    bytes: Vec<u8>,
    /// The first (up to) eight bytes, little-endian, and the mask of them.
    head: u64,
    mask: u64,
    id: usize,
}

/// Inline first words, each with its Aho-Corasick pattern id.
#[derive(Clone, Debug)]
pub struct PlainWords {
    /// A bit per (first, second, third letter), five low bits of each; a
    /// two-letter word sets the bits of every third byte.
    triples: Box<[u64; 512]>,
    /// Per (first, second letter): the range of `words` that begin so.
    by_pair: Box<[(u16, u16); 1024]>,
    /// By first two letters, then longest first, then by id (the
    /// automaton's leftmost-longest choice among words starting at a byte).
    words: Vec<Word>,
    /// The prefix filter, when the CPU has SSSE3 (see [`Nibbles`]).
    nibbles: Option<Nibbles>,
}

/// A filter of the places where some word's first three letters occur, in
/// any casing: each of the three bytes (OR-ed with 0x20, which lowercases
/// letters) is looked up by its low and its high four bits in two 16-byte
/// tables whose bits are buckets of prefixes; a place where a bucket
/// survives all six lookups is a candidate. With SSSE3 (`pshufb`) sixteen
/// places cost about thirty instructions, and candidates are rare: the
/// inline words' first letters are common, their three-letter prefixes are
/// not. Before, each of the one-in-seven bytes that start a word was looked
/// up on its own. A candidate is then checked exactly as before (word
/// start, `word_at`), so the filter only has to never miss one: every
/// prefix sets its bits.
#[derive(Clone, Debug)]
struct Nibbles {
    lo: [[u8; 16]; 3],
    hi: [[u8; 16]; 3],
    /// The CPU has AVX2: thirty-two places per step instead of sixteen.
    avx2: bool,
}

impl Nibbles {
    fn new(words: &[Word]) -> Option<Nibbles> {
        if !ssse3() {
            return None;
        }
        let mut prefixes: Vec<&[u8]> = words
            .iter()
            .map(|w| &w.bytes[..w.bytes.len().min(3)])
            .collect();
        prefixes.sort();
        prefixes.dedup();
        let (mut lo, mut hi) = ([[0u8; 16]; 3], [[0u8; 16]; 3]);
        for (k, prefix) in prefixes.iter().enumerate() {
            let bucket = 1u8 << (k % 8);
            for pos in 0..3 {
                match prefix.get(pos) {
                    Some(&c) => {
                        lo[pos][usize::from(c & 15)] |= bucket;
                        hi[pos][usize::from(c >> 4)] |= bucket;
                    }
                    // A two-letter prefix: any third byte.
                    None => {
                        for n in 0..16 {
                            lo[pos][n] |= bucket;
                            hi[pos][n] |= bucket;
                        }
                    }
                }
            }
        }
        Some(Nibbles {
            lo,
            hi,
            avx2: avx2(),
        })
    }
}

#[cfg(target_arch = "x86_64")]
fn ssse3() -> bool {
    std::arch::is_x86_feature_detected!("ssse3")
}

#[cfg(not(target_arch = "x86_64"))]
fn ssse3() -> bool {
    false
}

#[cfg(target_arch = "x86_64")]
fn avx2() -> bool {
    std::arch::is_x86_feature_detected!("avx2")
}

#[cfg(not(target_arch = "x86_64"))]
fn avx2() -> bool {
    false
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;
/// ASCII letters of either case OR-ed with this are lowercase.
const LOWER: u64 = ONES * 0x20;

/// The high bit of each byte of `w` that lies in `lo..=hi` (ASCII, so the
/// per-byte sums below never carry into the next byte).
#[inline(always)]
fn bytes_in(w: u64, lo: u8, hi: u8) -> u64 {
    let low = w & (ONES * 0x7f);
    let ge = low.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt = low.wrapping_add(ONES * u64::from(0x7f - hi));
    ge & !gt & !w & HIGH
}

/// [`bytes_in`] for a chunk of ASCII bytes only (no high bit set).
#[inline(always)]
fn ascii_in(w: u64, lo: u8, hi: u8) -> u64 {
    let ge = w.wrapping_add(ONES * u64::from(0x80 - lo));
    let gt = w.wrapping_add(ONES * u64::from(0x7f - hi));
    ge & !gt & HIGH
}

#[inline(always)]
fn pair_key(a: u8, b: u8) -> usize {
    usize::from(a & 31) << 5 | usize::from(b & 31)
}

#[inline(always)]
fn triple_key(a: u8, b: u8, c: u8) -> usize {
    pair_key(a, b) << 5 | usize::from(c & 31)
}

impl PlainWords {
    /// None unless every word is two or more ASCII letters (and there are
    /// few enough to index).
    pub fn new(words: &[String]) -> Option<PlainWords> {
        if words.len() > usize::from(u16::MAX) {
            return None;
        }
        let mut triples = Box::new([0u64; 512]);
        let mut list = Vec::new();
        for (id, w) in words.iter().enumerate() {
            let b = w.to_ascii_lowercase().into_bytes();
            if b.len() < 2 || !b.iter().all(u8::is_ascii_alphabetic) {
                return None;
            }
            let thirds = match b.get(2) {
                Some(&c) => c & 31..=c & 31,
                None => 0..=31,
            };
            for c in thirds {
                let k = triple_key(b[0], b[1], c);
                triples[k / 64] |= 1 << (k % 64);
            }
            let n = b.len().min(8);
            let mut head = [0u8; 8];
            head[..n].copy_from_slice(&b[..n]);
            let mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
            list.push(Word {
                head: u64::from_le_bytes(head),
                mask,
                bytes: b,
                id,
            });
        }
        list.sort_by(|a, b| {
            let pair = |w: &Word| pair_key(w.bytes[0], w.bytes[1]);
            pair(a)
                .cmp(&pair(b))
                .then(b.bytes.len().cmp(&a.bytes.len()))
                .then(a.id.cmp(&b.id))
        });
        let mut by_pair = Box::new([(0u16, 0u16); 1024]);
        for (i, w) in list.iter().enumerate() {
            let k = pair_key(w.bytes[0], w.bytes[1]);
            let i = i as u16;
            if by_pair[k].1 == 0 {
                by_pair[k].0 = i;
            }
            by_pair[k].1 = i + 1;
        }
        Some(PlainWords {
            triples,
            by_pair,
            nibbles: Nibbles::new(&list),
            words: list,
        })
    }

    /// The id of the longest word that `b[p..]` starts with, in any ASCII casing.
    #[inline(always)]
    fn word_at(&self, b: &[u8], p: usize) -> Option<usize> {
        // One bounds check for the three bytes, except in a text's last two.
        let (c0, c1, c2) = match b.get(p..p + 3) {
            Some(t) => (t[0], t[1], t[2]),
            None => {
                let byte = |k: usize| b.get(k).copied().unwrap_or(0);
                (byte(p), byte(p + 1), 0)
            }
        };
        let k = triple_key(c0, c1, c2);
        if self.triples[k / 64] & (1 << (k % 64)) == 0 {
            return None;
        }
        self.longest_at(b, p, pair_key(c0, c1))
    }

    #[inline(never)]
    fn longest_at(&self, b: &[u8], p: usize, pair: usize) -> Option<usize> {
        let (from, to) = self.by_pair[pair];
        let rest = &b[p..];
        let head = rest.get(..8).map(|h| {
            let mut w = [0u8; 8];
            w.copy_from_slice(h);
            u64::from_le_bytes(w) | LOWER
        });
        let words = &self.words[usize::from(from)..usize::from(to)];
        words
            .iter()
            .find(|w| {
                let n = w.bytes.len();
                match head {
                    // A word's bytes are lowercase letters, and only the two
                    // cases of a letter OR-ed with 0x20 give it.
                    Some(h) => {
                        h & w.mask == w.head
                            && (n <= 8
                                || rest.len() >= n
                                    && rest[8..n].eq_ignore_ascii_case(&w.bytes[8..]))
                    }
                    None => rest.len() >= n && rest[..n].eq_ignore_ascii_case(&w.bytes),
                }
            })
            .map(|w| w.id)
    }

    /// Calls `hit(start, pattern id)` where a first word starts a word: the
    /// automaton's matches (leftmost longest, any ASCII casing) that do not
    /// start inside a word, in order. A match is letters only, so it never
    /// covers another word start, and the automaton's matches inside words
    /// (which the caller skips) never hide one.
    pub fn find(&self, text: &str, hit: impl FnMut(usize, usize)) {
        #[cfg(target_arch = "x86_64")]
        if let Some(nibbles) = &self.nibbles {
            if nibbles.avx2 {
                // SAFETY: `avx2` is set only when the CPU has AVX2.
                unsafe { self.find_filtered_avx2(nibbles, text, hit) };
            } else {
                // SAFETY: `nibbles` exists only when the CPU has SSSE3.
                unsafe { self.find_filtered(nibbles, text, hit) };
            }
            return;
        }
        self.find_swar(text, hit);
    }

    /// [`PlainWords::find`] at the candidates of the prefix filter.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    fn find_filtered(&self, nib: &Nibbles, text: &str, mut hit: impl FnMut(usize, usize)) {
        use std::arch::x86_64::{
            __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_movemask_epi8, _mm_or_si128,
            _mm_set_epi64x, _mm_set1_epi8, _mm_setzero_si128, _mm_shuffle_epi8, _mm_srli_epi16,
        };
        // Sixteen bytes as a vector, from two 8-byte loads (no raw pointer).
        #[target_feature(enable = "ssse3")]
        fn vector(b: &[u8]) -> __m128i {
            let half = |k: usize| {
                let mut w = [0u8; 8];
                w.copy_from_slice(&b[k..k + 8]);
                i64::from_le_bytes(w)
            };
            _mm_set_epi64x(half(8), half(0))
        }
        let lo = nib.lo.map(|t| vector(&t));
        let hi = nib.hi.map(|t| vector(&t));
        let (low4, case) = (_mm_set1_epi8(0x0f), _mm_set1_epi8(0x20));
        let b = text.as_bytes();
        let mut i = 0;
        // Each block reads 18 bytes; the last few are read one by one.
        while i + 18 <= b.len() {
            // The buckets whose prefix may have its byte `pos` at each of
            // the 16 bytes from `i + pos`.
            let mut m = _mm_set1_epi8(-1);
            for pos in 0..3 {
                let v = _mm_or_si128(vector(&b[i + pos..i + pos + 16]), case);
                let l = _mm_shuffle_epi8(lo[pos], _mm_and_si128(v, low4));
                let h = _mm_shuffle_epi8(hi[pos], _mm_and_si128(_mm_srli_epi16(v, 4), low4));
                m = _mm_and_si128(m, _mm_and_si128(l, h));
            }
            let none = _mm_movemask_epi8(_mm_cmpeq_epi8(m, _mm_setzero_si128())) as u32;
            self.candidates(text, i, !none & 0xffff, &mut hit);
            i += 16;
        }
        self.find_tail(text, i, &mut hit);
    }

    /// [`PlainWords::find_filtered`] thirty-two places per step (AVX2:
    /// `vpshufb` looks up within each 16-byte half, so the tables are
    /// repeated in both).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn find_filtered_avx2(&self, nib: &Nibbles, text: &str, mut hit: impl FnMut(usize, usize)) {
        use std::arch::x86_64::{
            __m256i, _mm256_and_si256, _mm256_cmpeq_epi8, _mm256_movemask_epi8, _mm256_or_si256,
            _mm256_set_epi64x, _mm256_set1_epi8, _mm256_setzero_si256, _mm256_shuffle_epi8,
            _mm256_srli_epi16,
        };
        let word = |b: &[u8], k: usize| {
            let mut w = [0u8; 8];
            w.copy_from_slice(&b[k..k + 8]);
            i64::from_le_bytes(w)
        };
        // Thirty-two bytes as a vector, from four 8-byte loads (no raw pointer).
        #[target_feature(enable = "avx2")]
        fn vector(b: &[u8], word: impl Fn(&[u8], usize) -> i64) -> __m256i {
            _mm256_set_epi64x(word(b, 24), word(b, 16), word(b, 8), word(b, 0))
        }
        let table = |t: &[u8; 16]| {
            let (l, h) = (word(t, 0), word(t, 8));
            _mm256_set_epi64x(h, l, h, l)
        };
        let lo = nib.lo.map(|t| table(&t));
        let hi = nib.hi.map(|t| table(&t));
        let (low4, case) = (_mm256_set1_epi8(0x0f), _mm256_set1_epi8(0x20));
        let b = text.as_bytes();
        let mut i = 0;
        // Each step reads 34 bytes; the last few are read one by one.
        while i + 34 <= b.len() {
            let mut m = _mm256_set1_epi8(-1);
            for pos in 0..3 {
                let v = _mm256_or_si256(vector(&b[i + pos..i + pos + 32], word), case);
                let l = _mm256_shuffle_epi8(lo[pos], _mm256_and_si256(v, low4));
                let h =
                    _mm256_shuffle_epi8(hi[pos], _mm256_and_si256(_mm256_srli_epi16(v, 4), low4));
                m = _mm256_and_si256(m, _mm256_and_si256(l, h));
            }
            let none = _mm256_movemask_epi8(_mm256_cmpeq_epi8(m, _mm256_setzero_si256())) as u32;
            self.candidates(text, i, !none, &mut hit);
            i += 32;
        }
        self.find_tail(text, i, &mut hit);
    }

    /// Checks the filter's candidates `cands` (a bit per byte from `i`)
    /// exactly: a letter, at a word start, beginning a word.
    #[inline(always)]
    fn candidates(&self, text: &str, i: usize, mut cands: u32, hit: &mut impl FnMut(usize, usize)) {
        let b = text.as_bytes();
        while cands != 0 {
            let p = i + cands.trailing_zeros() as usize;
            if b[p].is_ascii_alphabetic()
                && !inside_at(text, p)
                && let Some(id) = self.word_at(b, p)
            {
                hit(p, id);
            }
            cands &= cands - 1;
        }
    }

    /// [`PlainWords::find`] without the prefix searcher: every word start,
    /// found eight bytes at a time, is looked up. The search when there are
    /// a CPU without SSSE3, and the oracle of the tests.
    fn find_swar(&self, text: &str, mut hit: impl FnMut(usize, usize)) {
        let b = text.as_bytes();
        let mut at = |p: usize| {
            if let Some(id) = self.word_at(b, p) {
                hit(p, id);
            }
        };
        // Per byte, in the high bit: an ASCII letter; a letter or digit or
        // non-ASCII byte (what may make the next letter part of a word).
        // The high bit of the byte before the chunk, shifted in.
        let (mut carry, mut carry_wide) = (0u64, 0u64);
        let mut i = 0;
        while let Some(chunk) = b.get(i..i + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let v = u64::from_le_bytes(w);
            // Most chunks are ASCII after ASCII: no char before a letter can
            // be non-ASCII, and the range tests need not mask the high bits.
            if (v & HIGH) | carry_wide == 0 {
                let letters = ascii_in(v | LOWER, b'a', b'z');
                let joins = letters | ascii_in(v, b'0', b'9');
                let mut starts = letters & !((joins << 8) | carry);
                carry = (joins >> 56) & 0x80;
                while starts != 0 {
                    at(i + (starts.trailing_zeros() / 8) as usize);
                    starts &= starts - 1;
                }
                i += 8;
                continue;
            }
            let letters = bytes_in(v | LOWER, b'a', b'z');
            let wide = v & HIGH;
            let joins = letters | bytes_in(v, b'0', b'9') | wide;
            let before = (joins << 8) | carry;
            let before_wide = (wide << 8) | carry_wide;
            carry = (joins >> 56) & 0x80;
            carry_wide = (wide >> 56) & 0x80;
            // After a non-ASCII byte the char before decides.
            let after_wide = letters & before_wide;
            let mut starts = (letters & !before) | after_wide;
            while starts != 0 {
                let k = starts.trailing_zeros();
                let p = i + (k / 8) as usize;
                if after_wide & (1 << k) == 0 || !super::scan::inside_word(text, p) {
                    at(p);
                }
                starts &= starts - 1;
            }
            i += 8;
        }
        self.find_tail(text, i, &mut hit);
    }

    /// The word starts in `text[i..]`, byte by byte (a text's last bytes).
    fn find_tail(&self, text: &str, i: usize, hit: &mut impl FnMut(usize, usize)) {
        let b = text.as_bytes();
        for p in i..b.len() {
            if !b[p].is_ascii_alphabetic() {
                continue;
            }
            if !inside_at(text, p)
                && let Some(id) = self.word_at(b, p)
            {
                hit(p, id);
            }
        }
    }
}

/// Whether the char before `p` (a char boundary) makes `p` part of a word.
#[inline(always)]
fn inside_at(text: &str, p: usize) -> bool {
    p > 0 && {
        let c = text.as_bytes()[p - 1];
        if c < 0x80 {
            c.is_ascii_alphanumeric()
        } else {
            super::scan::inside_word(text, p)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> PlainWords {
        let owned: Vec<String> = list.iter().map(|w| w.to_string()).collect();
        PlainWords::new(&owned).expect("plain words")
    }

    fn found(p: &PlainWords, text: &str) -> Vec<(usize, usize)> {
        let mut got = Vec::new();
        p.find(text, |at, id| got.push((at, id)));
        got
    }

    #[test]
    fn longest_word_wins_and_short_tails_are_read() {
        // ids: 0 "ba", 1 "baca", 2 "bacaanpanjangsekali", 3 "simak"
        let p = words(&["ba", "baca", "bacaanpanjangsekali", "simak"]);
        let rows: &[(&str, &[(usize, usize)])] = &[
            ("ba", &[(0, 0)]),
            ("Ba", &[(0, 0)]),
            ("baca", &[(0, 1)]),
            ("BACA juga", &[(0, 1)]),
            ("bacaanpanjangsekali!", &[(0, 2)]),
            ("BacaanPanjangSekalI", &[(0, 2)]),
            ("bacaanpanjangsekal", &[(0, 1)]),
            ("Simak video. sima", &[(0, 3)]),
            ("b@ca b`ca sImAk", &[(10, 3)]),
            ("x baca", &[(2, 1)]),
            ("xbaca 9baca ébaca", &[]),
            ("", &[]),
        ];
        for &(text, want) in rows {
            assert_eq!(found(&p, text), want, "{text:?}");
        }
    }

    /// The prefix search and the walk over every word start find the same
    /// starts, in text order, across chunk edges and non-ASCII chars.
    #[test]
    fn prefix_search_equals_the_word_start_walk() {
        let p = words(&["ba", "baca", "bacaanpanjangsekali", "simak", "note"]);
        let by_swar = |text: &str| {
            let mut got = Vec::new();
            p.find_swar(text, |at, id| got.push((at, id)));
            got
        };
        let mut text = String::new();
        let pieces = [
            "baca ",
            "é",
            "—",
            "Simak",
            "9",
            "x",
            " ",
            "\n",
            "BACA",
            "ébaca",
            "sima",
            "note:",
            "\u{a0}",
            "ba",
            "(",
            "bacaanpanjangsekali",
            "Ü",
        ];
        // A walk through every piece after every piece, shifting block edges.
        for (k, a) in pieces.iter().enumerate() {
            for b in pieces.iter().skip(k % 3) {
                text.push_str(a);
                text.push_str(b);
                assert_eq!(found(&p, &text), by_swar(&text), "{text:?}");
            }
        }
    }

    /// Both vector widths: the AVX2 step and the SSSE3 one find the same.
    #[test]
    fn both_filter_widths_find_the_same() {
        let mut p = words(&["ba", "baca", "bacaanpanjangsekali", "simak", "note"]);
        let text = "Harga naik. Baca juga: x (BACA: y) é baca—simak note:Note ".repeat(5);
        let wide = found(&p, &text);
        if let Some(n) = p.nibbles.as_mut() {
            n.avx2 = false;
        }
        assert_eq!(found(&p, &text), wide);
        let mut walked = Vec::new();
        p.find_swar(&text, |at, id| walked.push((at, id)));
        assert_eq!(walked, wide);
        assert_eq!(wide.len(), 30);
    }

    proptest::proptest! {
        #[test]
        fn prefix_search_agrees_on_any_text(text in "(baca|BaCa|simak|note|é|Ü|—|9|x| |\\.|\n|\\(|ba){0,60}") {
            let p = words(&["ba", "baca", "bacaanpanjangsekali", "simak", "note"]);
            let mut swar = Vec::new();
            p.find_swar(&text, |at, id| swar.push((at, id)));
            proptest::prop_assert_eq!(found(&p, &text), swar);
        }
    }

    #[test]
    fn many_prefixes_share_the_buckets() {
        // Seventeen prefixes share eight buckets: the filter still finds each.
        let many: Vec<String> = (b'a'..=b'q').map(|c| format!("{}xy", c as char)).collect();
        let p = PlainWords::new(&many).expect("plain words");
        let text = "oke Qxy, axy. Jxy nxy pXY dxy exy fxy gxy hxy ixy kxy lxy mxy oxy bxy cxy";
        let mut walked = Vec::new();
        p.find_swar(text, |at, id| walked.push((at, id)));
        assert_eq!(found(&p, text), walked);
        assert_eq!(walked.len(), 17);
    }

    #[test]
    fn only_ascii_letter_words_are_plain() {
        for list in [vec!["a".to_string()], vec!["ba9".to_string()]] {
            assert!(PlainWords::new(&list).is_none(), "{list:?}");
        }
    }
}
