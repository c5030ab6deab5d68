//! What the two stages want to know of a word, computed once per distinct
//! word and thread: its date lexicon entry and whether a date can begin
//! there, and whether a figure can begin there and with which roles.
//!
//! News repeats its words (IndoSum dev: 46 K distinct words in 1.3 M), so a
//! word costs one probe of a small direct-mapped table keyed by its bytes
//! instead of a date lexicon lookup plus a figure filter and role lookup.
//! The facts depend only on the word's bytes and the built-in lists (which
//! never change while the program runs), so the table lives across articles;
//! it is bounded (a word evicts the word in its slot) and a word longer than
//! [`MAX`] bytes is looked up directly. It does not know context: the
//! parsers read that.

use crate::extract::date::lexicon::Index;
use crate::extract::date::scan as dscan;
use crate::extract::figure::lexicon::{Tables, role};
use std::cell::Cell;

/// The longest word kept (two eight-byte words of key).
pub const MAX: usize = 16;

/// Slots of the table (a power of two): 1.5 MiB per thread. With 8 K slots
/// a fifth of the words of IndoSum dev missed, with 32 K an eighth; most
/// misses were words evicting each other (IndoSum dev has 46 K distinct
/// words).
const SLOTS: usize = 1 << 16;

/// The facts of one word, packed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts(u64);

const DATE_START: u64 = 1 << 16;
const FIGURE_START: u64 = 1 << 17;
/// Bits 24..32: the word's date token bits ([`dscan::Tok::word_bits`]).
const BITS_SHIFT: u32 = 24;

impl Facts {
    /// Computes the facts of the ASCII word `w`, with the very lookups the
    /// two lexers make (`date::scan::Scanner::step`, `figure::starts::note`).
    pub fn of(w: &[u8], index: &Index, t: &Tables) -> Facts {
        let lex = index.find(w);
        let bits = dscan::Tok::word_bits(w.first().copied().unwrap_or(0));
        let mut v = u64::from(lex) | u64::from(bits) << BITS_SHIFT;
        if dscan::starts_date(index, lex, w) {
            v |= DATE_START;
        }
        if t.may_start_at(w, 0, w.len()) {
            let r = t.roles_any_case(std::str::from_utf8(w).unwrap_or(""));
            if r & (role::START | role::AMOUNT) != 0 {
                v |= FIGURE_START | u64::from(r) << 32;
            }
        }
        Facts(v)
    }
    /// The date lexicon entry ([`Index::find`]).
    #[inline(always)]
    pub fn date_lex(self) -> u16 {
        self.0 as u16
    }
    /// The word's date token bits, flags aside ([`dscan::Tok::word_bits`]).
    #[inline(always)]
    pub fn word_bits(self) -> u8 {
        (self.0 >> BITS_SHIFT) as u8
    }
    /// A date or a figure can begin at the word.
    #[inline(always)]
    pub fn any_start(self) -> bool {
        self.0 & (DATE_START | FIGURE_START) != 0
    }
    /// A date can begin at the word.
    #[inline(always)]
    pub fn date_start(self) -> bool {
        self.0 & DATE_START != 0
    }
    /// The word's figure roles when a figure can begin at it.
    #[inline(always)]
    pub fn figure_start(self) -> Option<u16> {
        (self.0 & FIGURE_START != 0).then_some((self.0 >> 32) as u16)
    }
}

/// One slot: the word's bytes, zero-padded (a word of letters has no zero
/// byte, so the padding also tells its length; an empty slot matches no
/// word), and its facts.
#[derive(Clone, Copy, Default)]
pub struct Slot {
    key: [u64; 2],
    facts: Facts,
}

/// A thread's table.
pub struct Cache {
    /// Always `Some` until dropped.
    slots: Option<Box<Slots>>,
}

/// The slots of a table: a fixed-size array, so a slot index needs no
/// bounds check.
pub type Slots = [Slot; SLOTS];

thread_local! {
    static TABLE: Cell<Option<Box<[Slot; SLOTS]>>> = const { Cell::new(None) };
}

/// An empty table.
fn fresh() -> Box<[Slot; SLOTS]> {
    match vec![Slot::default(); SLOTS].into_boxed_slice().try_into() {
        Ok(slots) => slots,
        Err(_) => unreachable!("a vector of SLOTS slots"),
    }
}

impl Cache {
    /// This thread's table (a fresh one for a re-entrant call).
    pub fn take() -> Cache {
        let slots = TABLE
            .try_with(Cell::take)
            .ok()
            .flatten()
            .unwrap_or_else(fresh);
        Cache { slots: Some(slots) }
    }

    /// The table's slots, for [`get_key`].
    #[inline(always)]
    pub fn slots(&mut self) -> &mut Slots {
        self.slots.get_or_insert_with(fresh)
    }

    /// The facts of the word `b[i..e]`: ASCII letters, 1..=[`MAX`] bytes.
    #[inline(always)]
    #[cfg(test)]
    pub fn get(&mut self, b: &[u8], i: usize, e: usize, index: &Index, t: &Tables) -> Facts {
        get_key(self.slots(), key(b, i, e), b, i, e, index, t)
    }
}

/// The facts of the word `b[i..e]` (ASCII letters, 1..=[`MAX`] bytes)
/// whose [`key`] is `key`, through the table `slots`. The word is sliced only
/// on a miss.
#[inline(always)]
pub fn get_key(
    slots: &mut Slots,
    key: [u64; 2],
    b: &[u8],
    i: usize,
    e: usize,
    index: &Index,
    t: &Tables,
) -> Facts {
    let h = (key[0] ^ key[1].rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let s = (h >> (64 - SLOTS.trailing_zeros())) as usize % SLOTS;
    let slot = &mut slots[s];
    if slot.key == key {
        return slot.facts;
    }
    let facts = Facts::of(b.get(i..e).unwrap_or_default(), index, t);
    *slot = Slot { key, facts };
    facts
}

impl Drop for Cache {
    fn drop(&mut self) {
        if let Some(slots) = self.slots.take() {
            let _ = TABLE.try_with(|c| c.set(Some(slots)));
        }
    }
}

/// The low `n` bytes of a u64, by `n` (0..=8).
pub const MASKS: [u64; 9] = {
    let mut m = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        m[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    m
};

/// The bytes of `b[i..e]` (1..=16 of them), zero-padded, as two
/// little-endian numbers: eight-byte reads masked to the word, with no
/// copy of a variable length.
#[inline(always)]
pub fn key(b: &[u8], i: usize, e: usize) -> [u64; 2] {
    let n = e - i;
    let load = |k: usize| -> u64 {
        match b.get(k..k + 8) {
            Some(c) => u64::from_le_bytes(c.try_into().unwrap_or([0; 8])),
            // Near the end of the text: the bytes there are, zero-padded.
            None => {
                let mut w = [0u8; 8];
                for (j, &x) in b.get(k..).unwrap_or_default().iter().enumerate() {
                    w[j] = x;
                }
                u64::from_le_bytes(w)
            }
        }
    };
    let lo = load(i) & MASKS[n.min(8)];
    let hi = if n > 8 {
        load(i + 8) & MASKS[(n - 8).min(8)]
    } else {
        0
    };
    [lo, hi]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::date::lexicon;
    use crate::extract::figure::lexicon::TABLES;

    #[test]
    fn keys_hold_the_word_alone() {
        let b = b"Juli 2025 sekitarnya dipertanggungjawabkan";
        assert_eq!(key(b, 0, 4), key(b"Juli", 0, 4));
        assert_ne!(key(b, 0, 4), key(b"Jul", 0, 3));
        assert_eq!(key(b, 10, 17), key(b"sekitar", 0, 7));
        assert_eq!(key(b, 21, 37), key(b"dipertanggungjaw", 0, 16));
        assert_eq!(key(b, 10, 20)[1] >> 16, 0);
        // At the very end of the text.
        assert_eq!(key(b, 38, 42), key(b"bkan", 0, 4));
        assert_eq!(key(b, 30, 42), key(b"gungjawabkan", 0, 12));
    }

    #[test]
    fn cached_facts_are_the_facts() {
        let (index, t) = (lexicon::index(), &*TABLES);
        let words = [
            "Juli",
            "juli",
            "Minggu",
            "H",
            "sekitar",
            "Sekitar",
            "tiga",
            "ketiga",
            "ribuan",
            "lebih",
            "dari",
            "pemerintah",
            "Rp",
            "US",
            "hari",
            "x",
            "pukul",
        ];
        let mut c = Cache::take();
        // Twice: a miss, then a hit.
        for _ in 0..2 {
            for w in words {
                let b = w.as_bytes();
                assert_eq!(
                    c.get(b, 0, b.len(), index, t),
                    Facts::of(b, index, t),
                    "{w}"
                );
            }
        }
        assert!(Facts::of(b"Juli", index, t).date_start());
        assert!(Facts::of(b"sekitar", index, t).figure_start().is_some());
        assert!(Facts::of(b"pemerintah", index, t).figure_start().is_none());
    }
}
