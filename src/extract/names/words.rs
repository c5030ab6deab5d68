//! A per-thread cache of what the name extractor needs to know about one
//! distinct word (its bytes as written): the lowercase form, its hash, its
//! list flags, its suffix hash and length for the tagger, and the indices of
//! the tagger weights of the features built from that word alone.
//!
//! News text repeats its words (names above all), so a word is lowercased,
//! hashed and looked up in the lists once, not at every occurrence. Every
//! value is a pure function of the word's bytes (and, for the weight
//! indices, of the model), so reading it from the cache gives exactly what
//! computing it again would. It decides nothing about entities.
//!
//! The view looks up here every word near a candidate that is not written
//! in lowercase ASCII (capitalized words above all).

use super::cues::{self, class};
use super::fx::{HashTable, hash_at, hash_str, padded};

/// "No entry" / "not computed".
pub const NONE: u32 = u32::MAX;

/// Cached facts of one word: one cache line.
#[derive(Clone, Copy)]
#[repr(align(64))]
pub struct Word {
    /// The word as written: a byte range of `Words::buf`.
    key: (u32, u32),
    /// Its lowercase form: a byte range of `Words::buf`.
    pub lower: (u32, u32),
    /// [`hash_str`] of the lowercase form.
    pub hash: u64,
    /// [`hash_str`] of the last three characters of the lowercase form.
    pub suf3: u64,
    /// Weight indices of the word-only tagger features (see
    /// `features::word_only`), valid for the model with id `found_for`.
    pub found: [u32; 6],
    /// The id of the model `found` belongs to (0: none yet).
    pub found_for: u32,
    /// The low sixteen list flags ([`cues::class`]; see [`Word::class`]).
    class_lo: u16,
    /// The list flags above the sixteenth (kept apart so that the entry
    /// stays one 64-byte line).
    class_hi: u8,
    /// Characters of the lowercase form, at most 8 (the tagger's length fact).
    pub len: u8,
}

/// One slot of the open-addressing table: the key's hash, length and first
/// bytes, so that finding a word reads this slot and nothing else (the
/// word's text only when it is longer than `HEAD` bytes).
#[derive(Clone, Copy, Default)]
#[repr(align(32))]
struct Slot {
    key_hash: u64,
    /// Entry index + 1, 0 = empty.
    id: u32,
    /// The key's length (saturated: longer keys are compared in full anyway).
    len: u16,
    /// Bytes 0..8 and 8..16 of the key, zero-padded ([`padded`]): with
    /// `len`, they are the key itself when it is at most `HEAD` bytes.
    lo: u64,
    hi: u64,
}

const HEAD: usize = 16;

/// The cache. Reset when it grows past [`Words::LIMIT`] words (between sentences).
#[derive(Default)]
pub struct Words {
    slots: Vec<Slot>,
    pub entries: Vec<Word>,
    buf: String,
    /// Per entry: how many words the longest name of the lexicon
    /// `starts_for` starting with the word has, as written (low four bits)
    /// and lowercased (high four bits), or [`UNKNOWN`]. Apart from
    /// [`Word`], which fills its cache line.
    starts: Vec<u16>,
    /// The [`Lexicon::generation`] the `starts` belong to.
    ///
    /// [`Lexicon::generation`]: crate::lexicon::Lexicon::generation
    starts_for: u64,
}

/// A `starts` entry not computed yet.
const UNKNOWN: u16 = u16::MAX;

/// A `starts` bit: the word alone is no acronym of the lexicon
/// ([`Words::no_acronym`]). Never set in [`UNKNOWN`]'s place.
const NO_ACRONYM: u16 = 1 << 8;

impl Word {
    /// The word's list flags ([`cues::class`]).
    #[inline]
    pub fn class(&self) -> u32 {
        u32::from(self.class_lo) | u32::from(self.class_hi) << 16
    }
}

const _: () = assert!(std::mem::size_of::<Word>() == 64);

impl Words {
    /// The most distinct words kept before starting over. Small on
    /// purpose: 4096 words (half a megabyte with the slots) stay in the CPU
    /// caches beside the weight and list tables; a larger cache evicts them
    /// for rare words that seldom come back.
    const LIMIT: usize = 1 << 15;

    /// Forgets everything when full. Call between sentences only: it
    /// invalidates the ranges handed out so far.
    pub fn trim(&mut self) {
        // The byte bound keeps ranges clear of the view's text-range bit.
        if self.entries.len() >= Self::LIMIT || self.buf.len() >= 1 << 30 {
            self.entries.clear();
            self.starts.clear();
            self.buf.clear();
            self.slots.iter_mut().for_each(|s| *s = Slot::default());
        }
    }

    /// The text of a range from [`Word::lower`].
    #[inline]
    pub fn text(&self, r: (u32, u32)) -> &str {
        &self.buf[r.0 as usize..r.1 as usize]
    }

    /// The entry of word `s` (added when new).
    #[inline]
    pub fn id(&mut self, s: &str) -> u32 {
        self.find(s).0
    }

    /// The entry of word `s` (added when new) and its [`hash_str`].
    #[inline]
    pub fn find(&mut self, s: &str) -> (u32, u64) {
        let key_hash = hash_str(s);
        if self.slots.is_empty() {
            self.slots = vec![Slot::default(); 256];
        }
        let b = s.as_bytes();
        let lo = padded(&b[..b.len().min(8)]);
        let hi = if b.len() > 8 {
            padded(&b[8..b.len().min(HEAD)])
        } else {
            0
        };
        let len = s.len().min(usize::from(u16::MAX)) as u16;
        let mask = self.slots.len() - 1;
        let shift = 64 - self.slots.len().trailing_zeros();
        let mut i = (key_hash >> shift) as usize & mask;
        loop {
            let e = &self.slots[i];
            if e.id == 0 {
                break;
            }
            if e.key_hash == key_hash
                && e.len == len
                && e.lo == lo
                && e.hi == hi
                && (s.len() <= HEAD || self.text(self.entries[e.id as usize - 1].key) == s)
            {
                return (e.id - 1, key_hash);
            }
            i = (i + 1) & mask;
        }
        let id = self.entries.len() as u32;
        let word = self.compute(s);
        self.entries.push(word);
        self.starts.push(UNKNOWN);
        self.slots[i] = Slot {
            key_hash,
            id: id + 1,
            len,
            lo,
            hi,
        };
        if self.entries.len() * 2 > self.slots.len() {
            self.grow();
        }
        (id, key_hash)
    }

    /// Makes [`Self::starts`] answer for the lexicon of generation `generation`.
    pub fn use_lexicon(&mut self, generation: u64) {
        if self.starts_for != generation {
            self.starts_for = generation;
            self.starts.fill(UNKNOWN);
        }
    }

    /// The lexicon's start words of entry `id` (see `starts`): (as written,
    /// lowercased); `None` until [`Self::set_starts`] gave them.
    #[inline]
    pub fn starts(&self, id: u32) -> Option<(usize, usize)> {
        let s = self.starts[id as usize];
        (s != UNKNOWN).then_some((usize::from(s & 0xf), usize::from(s >> 4 & 0xf)))
    }

    /// True when entry `id` is known to start no name of the lexicon of
    /// [`Self::use_lexicon`], as written or lowercased ([`Self::starts`]
    /// gave `(0, 0)`): most capitalized words of news text.
    #[inline]
    pub fn starts_none(&self, id: u32) -> bool {
        self.starts.get(id as usize) == Some(&0)
    }

    /// True when entry `id`, written in capitals or capitalized and alone,
    /// is known to name nothing of the lexicon of [`Self::use_lexicon`]
    /// as an acronym written as a word (see [`Self::set_no_acronym`]).
    #[inline]
    pub fn no_acronym(&self, id: u32) -> bool {
        self.starts
            .get(id as usize)
            .is_some_and(|&s| s != UNKNOWN && s & NO_ACRONYM != 0)
    }

    /// Records that the one-word folded lookup of entry `id` found no
    /// acronym (after [`Self::set_starts`] gave its start words).
    pub fn set_no_acronym(&mut self, id: u32) {
        if let Some(s) = self.starts.get_mut(id as usize)
            && *s != UNKNOWN
        {
            *s |= NO_ACRONYM;
        }
    }

    /// Records the start words of entry `id` for the lexicon of [`Self::use_lexicon`].
    pub fn set_starts(&mut self, id: u32, exact: usize, folded: usize) {
        self.starts[id as usize] = (exact.min(15) | folded.min(15) << 4) as u16;
    }

    fn grow(&mut self) {
        let size = self.slots.len() * 2;
        let shift = 64 - size.trailing_zeros();
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for w in old.into_iter().filter(|w| w.id != 0) {
            let mut i = (w.key_hash >> shift) as usize & (size - 1);
            while self.slots[i].id != 0 {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = w;
        }
    }

    /// The facts of a new word, exactly as the view computed them per token.
    fn compute(&mut self, s: &str) -> Word {
        let a = self.buf.len();
        self.buf.push_str(s);
        let key = (a as u32, self.buf.len() as u32);
        let (mut upper, mut other, mut hyphen) = (false, false, false);
        for &c in s.as_bytes() {
            upper |= c.is_ascii_uppercase();
            other |= c >= 0x80;
            hyphen |= c == b'-';
        }
        let lower = if !upper && !other {
            // Already lowercase: the form is the key itself.
            key
        } else {
            let a = self.buf.len();
            if other {
                for c in s.chars() {
                    self.buf.extend(c.to_lowercase());
                }
            } else {
                // One copy, then lowercased in place (not char by char).
                self.buf.push_str(s);
                self.buf[a..].make_ascii_lowercase();
            }
            (a as u32, self.buf.len() as u32)
        };
        let w = &self.buf[lower.0 as usize..lower.1 as usize];
        let (hash, class) = hash_and_class(w, hyphen);
        let (suf3, len) = super::features::suffix_and_len(w);
        Word {
            key,
            lower,
            hash,
            class_lo: class as u16,
            class_hi: (class >> 16) as u8,
            len,
            suf3,
            found: [NONE; 6],
            found_for: 0,
        }
    }
}

/// [`hash_str`] and list flags ([`cues::class`]) of a lowercase form;
/// `hyphen`: does it hold a `-`?
#[inline(always)]
pub fn hash_and_class(w: &str, hyphen: bool) -> (u64, u32) {
    class_with(|| w, hash_str(w), hyphen, cues::class_table())
}

/// [`hash_and_class`] of the lowercase word `text[start..end]`, with the
/// list table at hand (see [`cues::class_table`]).
#[inline(always)]
pub fn hash_and_class_at(
    text: &str,
    start: usize,
    end: usize,
    hyphen: bool,
    table: &HashTable<u32>,
) -> (u64, u32) {
    let hash = hash_at(text.as_bytes(), start, end);
    class_with(|| &text[start..end], hash, hyphen, table)
}

/// The hash and list flags of the lowercase form `w` whose [`hash_str`] is
/// `hash` (`w` is only read for a hyphenated form).
#[inline(always)]
fn class_with<'w>(
    w: impl FnOnce() -> &'w str,
    hash: u64,
    hyphen: bool,
    table: &HashTable<u32>,
) -> (u64, u32) {
    let mut class = table.get(hash);
    // Reduplicated forms count as their base (`teman-teman`).
    if class & class::LISTS == 0
        && hyphen
        && let Some((base, rest)) = w().split_once('-')
        && base == rest
    {
        class |= cues::class_of(base) & class::COMMON;
    }
    (hash, class)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_word_same_entry_and_forms() {
        let mut w = Words::default();
        let a = w.id("Jakarta");
        let b = w.id("jakarta");
        assert_ne!(a, b);
        assert_eq!(w.id("Jakarta"), a);
        let e = w.entries[a as usize];
        assert_eq!(w.text(e.lower), "jakarta");
        assert_eq!(e.hash, hash_str("jakarta"));
        assert_eq!(e.hash, w.entries[b as usize].hash);
        let k = w.id("Kementerian");
        assert_ne!(w.entries[k as usize].class() & class::ORG_HEAD, 0);
        let t = w.id("Teman-teman");
        assert_ne!(w.entries[t as usize].class() & class::COMMON, 0);
        let u = w.id("ÉLYSÉE");
        assert_eq!(w.text(w.entries[u as usize].lower), "élysée");
        assert_eq!(w.entries[u as usize].len, 6);
        // Keys longer than the slot's saturated length still tell apart.
        let long_a = "a".repeat(70_000);
        let mut long_b = long_a.clone();
        long_b.replace_range(69_000..69_001, "b");
        let (la, lb) = (w.id(&long_a), w.id(&long_b));
        assert_ne!(la, lb);
        assert_eq!((w.id(&long_a), w.id(&long_b)), (la, lb));
        // Keys of 8 to 16 bytes differ in their second half only.
        let (p, q) = (w.id("Kabupaten"), w.id("Kabupatem"));
        assert_ne!(p, q);
        assert_eq!(w.id("Kabupaten"), p);
        // Many words: the table grows and every word is still found.
        let words: Vec<String> = (0..3000).map(|i| format!("Kata{i}")).collect();
        let ids: Vec<u32> = words.iter().map(|s| w.id(s)).collect();
        for (s, id) in words.iter().zip(&ids) {
            assert_eq!(w.id(s), *id);
            assert_eq!(w.text(w.entries[*id as usize].lower), s.to_lowercase());
        }
    }
}
