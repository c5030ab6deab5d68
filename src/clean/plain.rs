//! The inline search when every inline first word is two or more ASCII
//! letters (the built-in ones are): such a word only counts where it starts
//! a word, so instead of running an automaton over every byte,
//! [`PlainWords::find`] visits word starts (found eight bytes at a time),
//! drops those whose first three letters begin no word with one bit test, and
//! compares the few left eight bytes at a time.
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
    pub fn find(&self, text: &str, mut hit: impl FnMut(usize, usize)) {
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
            let mut starts = letters & !before;
            // After a non-ASCII byte the char before decides.
            let mut after_wide = letters & before_wide;
            while starts != 0 {
                at(i + (starts.trailing_zeros() / 8) as usize);
                starts &= starts - 1;
            }
            while after_wide != 0 {
                let p = i + (after_wide.trailing_zeros() / 8) as usize;
                if !super::scan::inside_word(text, p) {
                    at(p);
                }
                after_wide &= after_wide - 1;
            }
            i += 8;
        }
        for p in i..b.len() {
            if !b[p].is_ascii_alphabetic() {
                continue;
            }
            let inside = p > 0 && {
                let c = b[p - 1];
                if c < 0x80 {
                    c.is_ascii_alphanumeric()
                } else {
                    super::scan::inside_word(text, p)
                }
            };
            if !inside {
                at(p);
            }
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

    #[test]
    fn only_ascii_letter_words_are_plain() {
        for list in [vec!["a".to_string()], vec!["ba9".to_string()]] {
            assert!(PlainWords::new(&list).is_none(), "{list:?}");
        }
    }
}
