//! The tagger's hashed feature weights in a compact open-addressing table,
//! for scoring: most lookups are misses (a word pair never seen in training),
//! and a miss here reads one 16-bit fingerprint from a 64 KB array instead
//! of a hash-map bucket from a megabyte of `(key, weights)` pairs.
//!
//! It holds the same weights as `Model::weights` (padded to eight lanes so
//! adding them is two vector operations); it never changes them.

use super::features::unfinish;
use super::tagger::N;

/// Eight lanes: the label weights and a zero.
pub type W8 = [f32; 8];

/// Pads a weight vector to eight lanes.
pub fn pad(w: &[f32; N]) -> W8 {
    let mut o = [0f32; 8];
    o[..N].copy_from_slice(w);
    o
}

/// "No weights" from [`Table::index`].
pub const NONE: u32 = u32::MAX;

/// Keyed by feature *keys* (`features::q1`, `q2`: a feature hash before
/// its last mixing steps, which are a bijection), so that a lookup does not
/// pay for them; [`Table::get`] and [`Table::index`] take feature hashes.
pub struct Table {
    /// Per slot: 16 bits of the key, never 0 (0 = empty).
    fp: Vec<u16>,
    /// Per slot: the full key and the index of its weights.
    keys: Vec<(u64, u32)>,
    vals: Vec<W8>,
    mask: usize,
    shift: u32,
}

/// Bits 16 to 31 of a key: the slot takes the top bits.
#[inline]
fn fingerprint(k: u64) -> u16 {
    ((k >> 16) as u16) | 1
}

impl Table {
    pub fn new<'w>(entries: impl IntoIterator<Item = (u64, &'w [f32; N])>) -> Table {
        let entries: Vec<(u64, &[f32; N])> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = Table {
            fp: vec![0; size],
            keys: vec![(0, 0); size],
            vals: Vec::with_capacity(entries.len()),
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
        };
        for (h, w) in entries {
            let k = unfinish(h);
            // Slot from the top bits, fingerprint from the ones below.
            let mut i = (k >> t.shift) as usize & t.mask;
            while t.fp[i] != 0 && t.keys[i].0 != k {
                i = (i + 1) & t.mask;
            }
            if t.fp[i] == 0 {
                t.fp[i] = fingerprint(k);
                t.keys[i] = (k, t.vals.len() as u32);
                t.vals.push(pad(w));
            } else {
                t.vals[t.keys[i].1 as usize] = pad(w);
            }
        }
        t
    }

    /// The index of the weights of the feature of hash `h` (for
    /// [`Self::at`]), or [`NONE`].
    #[cfg(test)]
    pub fn index(&self, h: u64) -> u32 {
        self.index_q(unfinish(h))
    }

    /// [`Self::index`] by the feature's key (`features::q1`, `q2`).
    #[inline]
    pub fn index_q(&self, k: u64) -> u32 {
        let f = fingerprint(k);
        let mut i = (k >> self.shift) as usize & self.mask;
        loop {
            let x = self.fp[i];
            if x == 0 {
                return NONE;
            }
            if x == f && self.keys[i].0 == k {
                return self.keys[i].1;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The weights at an index from [`Self::index`].
    #[inline]
    pub fn at(&self, idx: u32) -> Option<&W8> {
        self.vals.get(idx as usize)
    }

    /// The weights of the feature of hash `h`.
    #[cfg(test)]
    pub fn get(&self, h: u64) -> Option<&W8> {
        self.get_q(unfinish(h))
    }

    /// [`Self::get`] by the feature's key (`features::q1`, `q2`).
    #[inline]
    pub fn get_q(&self, k: u64) -> Option<&W8> {
        let f = fingerprint(k);
        let mut i = (k >> self.shift) as usize & self.mask;
        loop {
            let x = self.fp[i];
            if x == 0 {
                return None;
            }
            if x == f && self.keys[i].0 == k {
                return Some(&self.vals[self.keys[i].1 as usize]);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_misses_others() {
        let ws: Vec<(u64, [f32; N])> = (0..5000u64)
            .map(|i| {
                let k = i.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (i << 7);
                (k, [i as f32; N])
            })
            .collect();
        let t = Table::new(ws.iter().map(|(k, w)| (*k, w)));
        for (k, w) in &ws {
            assert_eq!(t.get(*k), Some(&pad(w)));
            assert_eq!(t.at(t.index(*k)), Some(&pad(w)));
        }
        assert_eq!(t.index(0xdead_beef_dead_beef), NONE);
        assert_eq!(t.get(0xdead_beef_dead_beef), None);
        // Keys that differ only in their top or bottom bits are told apart.
        let t = Table::new([(1u64, &[1.0; N]), (1 << 63 | 1, &[2.0; N])]);
        assert_eq!(t.get(1).map(|w| w[0]), Some(1.0));
        assert_eq!(t.get(1 << 63 | 1).map(|w| w[0]), Some(2.0));
        assert_eq!(t.get(1 << 62 | 1), None);
    }
}
