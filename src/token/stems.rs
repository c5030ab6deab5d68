//! A per-thread memo of clitic stems: [`clitic::stem`] is a function of the
//! word's bytes alone (the lists are fixed at startup), and the words that
//! reach it (`adalah`, `setelah`, `katanya`, `kurang`) repeat all through a
//! corpus, so each distinct word is judged once instead of once per token.
//!
//! A small direct-mapped table: a word hashes to one slot, which holds the
//! last word seen there with its stem; a different word simply replaces it.
//! Words longer than a slot's key are judged every time (they are rare).
//! It changes no result, only how often the stem is computed.

use super::clitic;
use super::lists::Lists;
use std::cell::RefCell;

/// Bytes of a word a slot can hold; longer words bypass the memo.
const KEY: usize = 29;
/// Slots: a power of two (128 KiB a thread). IndoSum dev has 4,442
/// distinct words that reach the memo (45,192 tokens); with 1,024 slots a
/// third of the lookups missed, with 4,096 about a seventh.
const SLOTS: usize = 4096;

#[derive(Clone, Copy)]
struct Slot {
    /// The word, zero-padded; `len == 0` marks an empty slot (words reaching
    /// the memo have at least four bytes).
    key: [u8; KEY],
    len: u8,
    stem: (u8, u8),
}

const EMPTY: Slot = Slot {
    key: [0; KEY],
    len: 0,
    stem: (0, 0),
};

thread_local! {
    static MEMO: RefCell<Box<[Slot]>> = RefCell::new(vec![EMPTY; SLOTS].into_boxed_slice());
}

/// The slot of a (zero-padded) key.
fn slot_of(key: &[u8; KEY], len: usize) -> usize {
    let mut h = len as u64;
    for chunk in key.chunks(8) {
        let mut w = [0u8; 8];
        w[..chunk.len()].copy_from_slice(chunk);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(w)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    // The top bits: the multiplication mixes every input bit into them.
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// [`clitic::stem`] of `word`, remembered per thread.
pub(crate) fn stem(word: &str, lists: &Lists) -> (usize, usize) {
    let b = word.as_bytes();
    if b.len() > KEY || b.is_empty() {
        return clitic::stem(word, lists);
    }
    let mut key = [0u8; KEY];
    key[..b.len()].copy_from_slice(b);
    let at = slot_of(&key, b.len());
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let slot = &mut memo[at];
        if usize::from(slot.len) == b.len() && slot.key == key {
            return (usize::from(slot.stem.0), usize::from(slot.stem.1));
        }
        let (s, e) = clitic::stem(word, lists);
        // Both fit a byte: they are offsets into a word of at most KEY bytes.
        *slot = Slot {
            key,
            len: b.len() as u8,
            stem: (s as u8, e as u8),
        };
        (s, e)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::lists::LISTS;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "dukungannya",
        "adalah",
        "setelah",
        "katanya",
        "Abdullah",
        "abdullah",
        "kubeli",
        "kuliah",
        "anak-anaknya",
        "APBD-nya",
        "rumahnyalah",
        "Inilah",
        "inilah",
        "kaulakukan",
        "pertanggungjawabannya",
        "ketidakberpihakannyalah",
        "Covid-19-nya",
        "kafénya",
        "pembangunannya",
        "nya",
    ];

    #[test]
    fn memo_equals_the_stem_on_first_and_later_calls() {
        for _ in 0..3 {
            for w in WORDS {
                assert_eq!(stem(w, &LISTS), clitic::stem(w, &LISTS), "{w}");
            }
        }
    }

    proptest! {
        // Words from a small alphabet collide in slots and share tails with
        // the clitics, so replacements and hits are both exercised.
        #[test]
        fn memo_equals_the_stem(words in proptest::collection::vec("(ku|kau|Ab)?[a-dlnhkupy-]{0,30}(nya|lah|kah|pun)?", 1..60)) {
            for w in words.iter().chain(words.iter()) {
                prop_assert_eq!(stem(w, &LISTS), clitic::stem(w, &LISTS), "{}", w);
            }
        }
    }
}
