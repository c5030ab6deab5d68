//! A small, fast, non-cryptographic hasher (the multiply-rotate scheme of
//! rustc's FxHash) for the per-mention and per-form maps of resolution, where
//! std's SipHash dominated the profile. Keys are names from articles; a
//! crafted collision costs time, never correctness.

use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Clone, Copy, Default)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail as a zero-padded little-endian word, built in
            // registers: copying a slice of variable length into a buffer
            // calls memcpy, once per hashed string.
            self.add(tail_word(rest));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Up to seven bytes as the little-endian word of their zero-padded copy,
/// read as two overlapping loads: the bytes they share sit at the same place
/// in both, so or-ing them is exact.
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let r = rest.len();
    let load = |at: usize, n: usize| {
        let b = &rest[at..at + n];
        match n {
            4 => u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            2 => u64::from(u16::from_le_bytes([b[0], b[1]])),
            _ => u64::from(b[0]),
        }
    };
    match r {
        0 => 0,
        1 => load(0, 1),
        2 | 3 => load(0, 2) | load(r - 2, 2) << (8 * (r - 2)),
        _ => load(0, 4) | load(r - 4, 4) << (8 * (r - 4)),
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuild>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_works_and_hashes_differ() {
        let mut m: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, k) in ["Jakarta", "Jakart", "", "Joko Widodo", "😀"]
            .iter()
            .enumerate()
        {
            m.insert(k, i);
        }
        assert_eq!(m.len(), 5);
        assert_eq!(m["Jakart"], 1);
        let h = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(h("wonsan"), h("wonson"));
    }

    #[test]
    fn tail_word_equals_the_padded_copy() {
        // The slow path: the tail copied into a zero-padded buffer.
        let slow = |bytes: &[u8]| {
            let mut h = FxHasher::default();
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                h.add(u64::from_le_bytes(c.try_into().unwrap()));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                h.add(u64::from_le_bytes(w));
            }
            h.finish()
        };
        let text = "Kabupaten Bandung Barat, Jawa Barat 😀 Ñ";
        for a in 0..text.len() {
            for b in a..=text.len() {
                let bytes = &text.as_bytes()[a..b];
                let mut h = FxHasher::default();
                h.write(bytes);
                assert_eq!(h.finish(), slow(bytes), "{bytes:?}");
            }
        }
    }
}
