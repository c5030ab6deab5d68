//! Near-duplicates: the share of five-word shingles two articles have in
//! common. Each article's shingles are hashed once into a set, so checking one
//! article against a corpus costs the size of the corpus, not its square.

use crate::model::{Article, TokenKind};
use std::collections::HashSet;

const K: usize = 5;

/// The hashed word 5-shingles of an article (lowercase words and numbers).
pub fn shingles(a: &Article) -> HashSet<u64> {
    let words: Vec<u64> = a
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .map(|t| fnv(t.text(&a.clean)))
        .collect();
    words
        .windows(K)
        .map(|w| {
            w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, x| {
                (h ^ x).wrapping_mul(0x100_0000_01b3)
            })
        })
        .collect()
}

/// FNV-1a of the ASCII-lowercased word: stable across runs and platforms.
fn fnv(w: &str) -> u64 {
    w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x100_0000_01b3)
    })
}

/// (Jaccard similarity, share of `new`'s shingles found in `old`).
pub fn similarity(new: &HashSet<u64>, old: &HashSet<u64>) -> (f64, f64) {
    if new.is_empty() || old.is_empty() {
        return (0.0, 0.0);
    }
    let (small, large) = if new.len() <= old.len() {
        (new, old)
    } else {
        (old, new)
    };
    let shared = small.iter().filter(|h| large.contains(h)).count() as f64;
    let union = (new.len() + old.len()) as f64 - shared;
    (shared / union, shared / new.len() as f64)
}

/// A near-duplicate: most of the new article is in the old one, or the two
/// share half of all their shingles.
pub fn is_near_duplicate(jaccard: f64, containment: f64) -> bool {
    jaccard >= 0.5 || containment >= 0.8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::testing::article;

    #[test]
    fn copies_and_rewrites() {
        let base = "Harga BBM jenis Pertalite resmi naik menjadi Rp 10.000 per liter mulai Sabtu siang. Kenaikan ini diumumkan langsung oleh Presiden di Istana Merdeka, Jakarta.";
        let copy = format!("{base} Baca berita lainnya di sini.");
        let other = "Tim SAR gabungan menemukan serpihan pesawat di perairan Selat Karimata pada hari ketiga pencarian korban.";
        let (b, c, o) = (
            shingles(&article("b", base).build()),
            shingles(&article("c", &copy).build()),
            shingles(&article("o", other).build()),
        );
        let (j, cont) = similarity(&c, &b);
        assert!(is_near_duplicate(j, cont), "{j} {cont}");
        let (j, cont) = similarity(&o, &b);
        assert!(!is_near_duplicate(j, cont), "{j} {cont}");
        assert_eq!(similarity(&HashSet::new(), &b), (0.0, 0.0));
    }
}
