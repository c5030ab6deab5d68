//! A small multiplicative hasher (FxHash-like) for the word lists and
//! per-token hashes of the name extractor, where std's SipHash dominated the
//! profile. Keys are words from articles; a crafted collision costs time,
//! never correctness.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub type FxBuild = BuildHasherDefault<Fx>;
pub type FxMap<K, V> = HashMap<K, V, FxBuild>;
pub type FxSet<K> = HashSet<K, FxBuild>;

/// A small multiplicative hasher (FxHash-like) for short strings.
#[derive(Default, Clone, Copy)]
pub struct Fx(pub(crate) u64);
const K: u64 = 0x517c_c1b7_2722_0a95;
impl Fx {
    #[inline]
    pub(crate) fn add(&mut self, x: u64) {
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
        let r = c.remainder();
        self.add(tail(r) ^ ((r.len() as u64) << 59));
    }
}

/// The 0 to 7 bytes of `r` as a little-endian `u64` (zero-padded), without
/// the call to `memcpy` a variable-length copy costs: two overlapping loads.
/// Overlapping bytes land on the same positions, so OR-ing them is exact.
#[inline]
fn tail(r: &[u8]) -> u64 {
    let n = r.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as u64;
        let hi = u32::from_le_bytes([r[n - 4], r[n - 3], r[n - 2], r[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else if n > 0 {
        r[0] as u64 | (r[n / 2] as u64) << (8 * (n / 2)) | (r[n - 1] as u64) << (8 * (n - 1))
    } else {
        0
    }
}

/// The 0 to 8 bytes of `r` as a little-endian `u64`, zero-padded (one load
/// for 8 bytes, [`tail`] below that): with the length, it tells the bytes exactly.
#[inline]
pub(super) fn padded(r: &[u8]) -> u64 {
    match r.first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => tail(r),
    }
}

/// Hash of a string (the lowercase word, an affix).
#[inline]
pub fn hash_str(s: &str) -> u64 {
    let mut h = Fx::default();
    h.write(s.as_bytes());
    h.finish()
}

/// [`hash_str`] of `b[start..end]`, reading whole 8-byte words of `b`
/// (masked to the range) where `b` holds 8 bytes from the tail's start: the
/// short words of news text then hash with one load and no branch on their
/// length. Equal to `hash_str` of the range (tested).
#[inline]
pub fn hash_at(b: &[u8], start: usize, end: usize) -> u64 {
    let mut h = Fx::default();
    let mut p = start;
    while p + 8 <= end {
        h.add(load(b, p));
        p += 8;
    }
    let r = end - p;
    let last = if p + 8 <= b.len() {
        // `r` < 8: the mask keeps the range's bytes, zero-padded.
        load(b, p) & ((1u64 << (8 * r)) - 1)
    } else {
        tail(&b[p..end])
    };
    h.add(last ^ ((r as u64) << 59));
    h.finish()
}

/// The 8 bytes of `b` from `p` (in bounds), little-endian.
#[inline(always)]
fn load(b: &[u8], p: usize) -> u64 {
    match b[p..].first_chunk::<8>() {
        Some(w) => u64::from_le_bytes(*w),
        None => 0,
    }
}

/// A fixed table from word hashes to small values, for lists looked up once
/// per token: one multiply-free probe instead of hashing a string again.
/// Two different words with the same 64-bit hash would share a value; with a
/// few thousand words the chance is negligible.
///
/// The values are flags (`u16` by default): equal keys or their values.
#[derive(Clone, Debug)]
pub struct HashTable<V = u16> {
    keys: Vec<u64>,
    vals: Vec<V>,
    mask: usize,
    /// The slot comes from the hash's top bits: the low bits of a
    /// multiplicative hash are poorly mixed.
    shift: u32,
}

impl<V: Flags> Default for HashTable<V> {
    fn default() -> HashTable<V> {
        HashTable::new([])
    }
}

/// The values a [`HashTable`] holds: flags, or-ed for equal keys.
pub trait Flags: Copy + Default + std::ops::BitOrAssign {}
impl Flags for u16 {}
impl Flags for u32 {}

impl<V: Flags> HashTable<V> {
    pub fn new(entries: impl IntoIterator<Item = (u64, V)>) -> HashTable<V> {
        let entries: Vec<(u64, V)> = entries.into_iter().collect();
        // At most a quarter full: a miss (most words of a sentence) then
        // ends on the first or second slot.
        let size = (entries.len() * 4).next_power_of_two().max(16);
        let mut t = HashTable {
            keys: vec![0; size],
            vals: vec![V::default(); size],
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
        };
        for (k, v) in entries {
            // Key 0 marks an empty slot.
            let k = k.max(1);
            let mut i = (k >> t.shift) as usize;
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & t.mask;
            }
            t.keys[i] = k;
            t.vals[i] |= v;
        }
        t
    }

    #[inline]
    pub fn get(&self, k: u64) -> V {
        let k = k.max(1);
        let mut i = (k >> self.shift) as usize;
        loop {
            let x = self.keys[i];
            if x == k {
                return self.vals[i];
            }
            if x == 0 {
                return V::default();
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_equals_the_padded_copy() {
        let bytes: Vec<u8> = (1..=7u8).map(|b| b.wrapping_mul(37) | 0x80).collect();
        for n in 0..8 {
            let r = &bytes[..n];
            let mut last = [0u8; 8];
            last[..n].copy_from_slice(r);
            assert_eq!(tail(r), u64::from_le_bytes(last), "{n}");
            assert_eq!(padded(r), u64::from_le_bytes(last), "{n}");
        }
        let eight: Vec<u8> = (1..=9u8).collect();
        assert_eq!(
            padded(&eight[..8]),
            u64::from_le_bytes([1, 2, 3, 4, 5, 6, 7, 8])
        );
    }

    #[test]
    fn hash_at_equals_hash_str_of_the_range() {
        let texts = [
            "",
            "a",
            "di Jakarta, kata dia.",
            "ketidakberpihakannya pertanggungjawabannya",
            "élan vital — naïve café",
            "abcdefghijklmnopqrstuvwxyz0123456789",
        ];
        for t in texts {
            let b = t.as_bytes();
            for start in 0..=b.len() {
                for end in start..=b.len() {
                    assert_eq!(hash_at(b, start, end), {
                        let mut h = Fx::default();
                        h.write(&b[start..end]);
                        h.finish()
                    });
                }
            }
        }
        assert_eq!(hash_at(b"kata", 0, 4), hash_str("kata"));
    }

    #[test]
    fn table_finds_what_it_holds_and_probes_are_short() {
        let words: Vec<String> = (0..3000).map(|i| format!("kata{i}")).collect();
        let t = HashTable::new(words.iter().map(|w| (hash_str(w), 1u16)));
        assert!(words.iter().all(|w| t.get(hash_str(w)) == 1));
        assert_eq!(t.get(hash_str("tidak-ada")), 0);
        // Average probe length for misses stays small (good spread of the top bits).
        let mut probes = 0;
        for i in 0..10_000 {
            let k = hash_str(&format!("lain{i}")).max(1);
            let mut j = (k >> t.shift) as usize;
            while t.keys[j] != 0 {
                probes += 1;
                j = (j + 1) & t.mask;
            }
        }
        assert!(probes < 20_000, "{probes}");
    }
}
