//! A small map from the words of the figure lists to what they say, built
//! once at startup and probed several times per visited token.
//!
//! A direct-mapped table of chains keyed by a hash of the word's length and
//! first and last eight bytes (ASCII letter case folded): a probe is one
//! table load and a byte comparison per candidate, where a general hash map
//! hashes every byte, probes groups and calls `memcmp`. It is no general
//! map: no removal, at most 65 535 entries.

/// Slots of the table (a power of two; a few thousand words at most).
const SLOTS: usize = 1 << 13;

/// Words (as written) to values.
#[derive(Clone, Debug)]
pub struct WordIndex<V> {
    /// Per slot, 1 + the index of the first entry of its chain, or 0.
    slots: Box<[u16]>,
    /// Word, value, and 1 + the next entry of the chain (0 ends it).
    entries: Vec<(Box<str>, V, u16)>,
}

impl<V> Default for WordIndex<V> {
    fn default() -> Self {
        WordIndex {
            slots: vec![0; SLOTS].into_boxed_slice(),
            entries: Vec::new(),
        }
    }
}

/// The slot of a word: a hash of its length and its first and last eight
/// bytes, each with bit 5 set (ASCII letter case does not change it).
#[inline(always)]
fn slot(w: &[u8]) -> usize {
    let n = w.len();
    let (head, tail) = match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(a), Some(z)) => (u64::from_le_bytes(*a), u64::from_le_bytes(*z)),
        _ => {
            let v = short(w);
            (v, v)
        }
    };
    let fold = 0x2020_2020_2020_2020;
    let h = (head | fold).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ (tail | fold).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
        ^ n as u64;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51) as usize % SLOTS
}

/// The bytes of a word shorter than eight, zero-padded, as a little-endian
/// number: two reads of half the width that overlap in the middle (the
/// shared bytes are the same, so OR keeps them), with no call to `memcpy`.
#[inline(always)]
fn short(w: &[u8]) -> u64 {
    let n = w.len();
    let four = |k: usize| {
        w.get(k..k + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let two = |k: usize| {
        w.get(k..k + 2)
            .and_then(|b| <[u8; 2]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u16::from_le_bytes(b)))
    };
    match n {
        4..=7 => four(0) | (four(n - 4) << (8 * (n - 4))),
        2..=3 => two(0) | (two(n - 2) << (8 * (n - 2))),
        1 => w.first().map_or(0, |&c| u64::from(c)),
        _ => 0,
    }
}

impl<V> WordIndex<V> {
    /// The value of `w`, exactly as written.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        let w = w.as_bytes();
        let mut e = self.slots[slot(w)];
        while let Some((k, v, next)) = self.entries.get(usize::from(e).wrapping_sub(1)) {
            if k.as_bytes() == w {
                return Some(v);
            }
            e = *next;
        }
        None
    }

    /// The value of `w` ignoring ASCII letter case: the value of its
    /// lower-cased form when every key is lower case (as [`Self::get`]
    /// of `w.to_ascii_lowercase()` then).
    #[inline]
    pub fn get_any_case(&self, w: &str) -> Option<&V> {
        let w = w.as_bytes();
        let mut e = self.slots[slot(w)];
        while let Some((k, v, next)) = self.entries.get(usize::from(e).wrapping_sub(1)) {
            if k.as_bytes().eq_ignore_ascii_case(w) {
                return Some(v);
            }
            e = *next;
        }
        None
    }

    /// True when `w` (exactly as written) is a key.
    #[inline]
    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// [`Self::contains_key`], for an index used as a set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The value of `w`, inserted with `V::default()` when absent.
    pub fn entry(&mut self, w: &str) -> &mut V
    where
        V: Default,
    {
        let e = self.find_or_add(w, V::default);
        &mut self.entries[e].1
    }

    /// Sets the value of `w` (replacing any earlier one, as a map does).
    pub fn insert(&mut self, w: &str, v: V) {
        let mut v = Some(v);
        let e = self.find_or_add(w, || v.take().expect("taken once"));
        if let Some(v) = v {
            self.entries[e].1 = v;
        }
    }

    /// The entry of `w`, added with `make()` when absent.
    ///
    /// # Panics
    /// Past 65 535 entries (the shipped lists hold a few thousand words).
    fn find_or_add(&mut self, w: &str, make: impl FnOnce() -> V) -> usize {
        let s = slot(w.as_bytes());
        let mut e = self.slots[s];
        while let Some((k, _, next)) = self.entries.get(usize::from(e).wrapping_sub(1)) {
            if k.as_ref() == w {
                return usize::from(e) - 1;
            }
            e = *next;
        }
        self.entries.push((w.into(), make(), self.slots[s]));
        self.slots[s] = u16::try_from(self.entries.len()).expect("word index over 65 535 words");
        self.entries.len() - 1
    }

    /// Every word and its value, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.entries.iter().map(|(k, v, _)| (k.as_ref(), v))
    }

    /// Every word, in insertion order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(k, _, _)| k.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_words_are_zero_padded() {
        for w in ["", "a", "di", "dua", "ke-3", "hampir", "sekitar", "é", "±5"] {
            let mut b = [0u8; 8];
            b[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(short(w.as_bytes()), u64::from_le_bytes(b), "{w}");
        }
    }

    #[test]
    fn finds_what_was_inserted_and_nothing_else() {
        let mut ix: WordIndex<u16> = WordIndex::default();
        let words = [
            "di",
            "dari",
            "ke",
            "ke-3",
            "sekitar",
            "kurang",
            "sebanyak-banyaknya",
            "us",
            "$",
            "±",
            "kilometer",
            "ketigapuluhsatu",
        ];
        for (n, w) in words.iter().enumerate() {
            *ix.entry(w) |= 1 << n;
        }
        *ix.entry("di") |= 1 << 15;
        for (n, w) in words.iter().enumerate() {
            let want = (1 << n) | if *w == "di" { 1 << 15 } else { 0 };
            assert_eq!(ix.get(w), Some(&want), "{w}");
            assert_eq!(ix.get_any_case(&w.to_ascii_uppercase()), Some(&want), "{w}");
        }
        for w in [
            "",
            "d",
            "dar",
            "darii",
            "Di",
            "kilometerr",
            "sebanyak-banyaknyA",
        ] {
            assert_eq!(ix.get(w), None, "{w}");
        }
        assert_eq!(ix.iter().count(), words.len());
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_hash_map(
            keys in proptest::collection::vec("[a-c$é-]{0,10}", 0..300),
            probes in proptest::collection::vec("[a-cA-C$é-]{0,10}", 0..100),
        ) {
            let mut ix: WordIndex<usize> = WordIndex::default();
            let mut map = std::collections::HashMap::new();
            for (n, k) in keys.iter().enumerate() {
                if n % 3 == 0 {
                    ix.insert(k, n);
                    map.insert(k.clone(), n);
                } else {
                    *ix.entry(k) += n;
                    *map.entry(k.clone()).or_insert(0) += n;
                }
            }
            for p in keys.iter().chain(&probes) {
                proptest::prop_assert_eq!(ix.get(p), map.get(p));
                proptest::prop_assert_eq!(ix.contains(p), map.contains_key(p));
                proptest::prop_assert_eq!(ix.get_any_case(p), map.get(&p.to_ascii_lowercase()));
            }
        }
    }
}
