//! Probable typos of place names: a rarer form one edit away from a place the
//! corpus names more often ("Surabya" beside "Surabaya").
//!
//! Candidates come from a deletion neighbourhood (each key and each key with
//! one char deleted, hashed), so the cost grows with the number of forms, not
//! with its square. A pair must then be exactly one edit apart
//! (substitution, insertion, deletion or swap of neighbours), share the
//! first letter, be at least [`MIN_LETTERS`] letters long; the variant must be
//! named at most half as often as the other, appear in one article only, must
//! not be a known lexicon name (a real place is not a typo), and must not
//! itself be near-spelt by a rarer one.

use super::forms::Form;
use super::fxhash::FxHashMap;
use crate::extract::names::EntityKind;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// Shorter names are too often distinct names one letter apart ("Iran"/"Irak").
pub const MIN_LETTERS: usize = 5;
/// The correct form is named at least this many times as often as the variant.
pub const RARER: usize = 2;
/// Buckets larger than this are degenerate (many near-identical names): skipped.
const MAX_BUCKET: usize = 32;

/// Forms per parallel task when hashing neighbourhoods.
const CHUNK: usize = 512;

/// variant form → the root it is a probable typo of. `roots` and `weight`
/// (mentions per root) are a snapshot taken before any of these merges.
pub fn find(forms: &[Form], roots: &[usize], weight: &[usize]) -> BTreeMap<usize, usize> {
    // Buckets are keyed by a hash of the string: a collision only adds a
    // candidate, which `one_edit` then rejects. The (hash, form) pairs are
    // made in parallel and sorted, so a bucket is a run of equal hashes with
    // its forms in index order.
    // The keys of the candidate places as chars, in one flat vector (empty
    // for other forms): no allocation per form.
    let mut chars: Vec<char> = Vec::new();
    let mut start = Vec::with_capacity(forms.len() + 1);
    start.push(0);
    for f in forms {
        if f.kind() == EntityKind::Place {
            let at = chars.len();
            chars.extend(f.key.chars());
            if chars[at..].iter().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
                chars.truncate(at);
            }
        }
        start.push(chars.len());
    }
    let key = |i: usize| &chars[start[i]..start[i + 1]];
    // A key of n chars makes n + 1 hashes: every chunk of forms writes into
    // a vector of the exact size, and the chunks into one (no vector grows).
    let keyed: Vec<usize> = (0..forms.len())
        .filter(|&i| start[i] < start[i + 1])
        .collect();
    let size = |ids: &[usize]| -> usize { ids.iter().map(|&i| start[i + 1] - start[i] + 1).sum() };
    let chunks: Vec<Vec<(u64, usize)>> = keyed
        .par_chunks(CHUNK)
        .map_init(Scratch::default, |scratch, ids| {
            let mut out = Vec::with_capacity(size(ids));
            for &i in ids {
                scratch.neighbourhood(key(i), |h| out.push((h, i)));
            }
            out
        })
        .collect();
    let mut pairs: Vec<(u64, usize)> = Vec::with_capacity(size(&keyed));
    for c in &chunks {
        pairs.extend_from_slice(c);
    }
    drop(chunks);
    // Most hashes are made by one form only and can make no pair: they are
    // counted and dropped before the sort, which then orders the few left.
    let mut count: FxHashMap<u64, u32> =
        FxHashMap::with_capacity_and_hasher(pairs.len(), Default::default());
    for &(h, _) in &pairs {
        *count.entry(h).or_insert(0) += 1;
    }
    pairs.retain(|(h, _)| count.get(h).is_some_and(|&n| n >= 2));
    drop(count);
    pairs.sort_unstable();
    pairs.dedup();
    let mut targets: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for group in pairs.chunk_by(|x, y| x.0 == y.0) {
        if group.len() < 2 || group.len() > MAX_BUCKET {
            continue;
        }
        let members: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                let (ra, rb) = (roots[a], roots[b]);
                if ra == rb || key(a).first() != key(b).first() || !one_edit(key(a), key(b)) {
                    continue;
                }
                // The variant must be clearly rarer: two real places named
                // about as often are not each other's typo.
                let (variant, target) = if weight[ra] * RARER <= weight[rb] {
                    (a, rb)
                } else if weight[rb] * RARER <= weight[ra] {
                    (b, ra)
                } else {
                    continue;
                };
                // Two outlets rarely make the same slip: a spelling found in
                // several articles is a name of its own.
                if forms[variant].lex.is_none() && forms[variant].articles == 1 {
                    targets.entry(variant).or_default().insert(target);
                }
            }
        }
    }
    // A variant near two different names is ambiguous, and a variant is no
    // target: no chains ("Selamat" → "Selama" → "Selasa").
    let variant_roots: BTreeSet<usize> = targets.keys().map(|&v| roots[v]).collect();
    targets
        .into_iter()
        .filter(|(_, t)| t.len() == 1 && t.is_disjoint(&variant_roots))
        .filter_map(|(v, t)| t.first().map(|&t| (v, t)))
        .collect()
}

/// The polynomial hash base (odd, so that its powers never vanish mod 2^64).
const BASE: u64 = 0x100_0000_01b3;

/// The hashes of a key and of the key with each one char deleted, in that
/// order. A polynomial hash joins as `h(x ++ y) = h(x) * BASE^|y| + h(y)`, so
/// all the deletions cost one pass (a hash per deletion would cost the
/// square of the length). Equal hashes only make candidates: `one_edit`
/// decides.
#[cfg(test)]
fn neighbourhood(k: &[char]) -> Vec<u64> {
    let mut out = Vec::new();
    Scratch::default().neighbourhood(k, |h| out.push(h));
    out
}

/// Buffers of [`Scratch::neighbourhood`], reused from key to key.
#[derive(Default)]
struct Scratch {
    prefix: Vec<u64>,
    suffix: Vec<u64>,
    power: Vec<u64>,
}

impl Scratch {
    /// Gives `emit` the hashes of the neighbourhood of `k`, in order.
    fn neighbourhood(&mut self, k: &[char], mut emit: impl FnMut(u64)) {
        let n = k.len();
        let v = |c: char| u64::from(c) + 1;
        // prefix[d] = h(k[..d]); suffix[d] = h(k[d..]); power[m] = BASE^m.
        let (prefix, suffix, power) = (&mut self.prefix, &mut self.suffix, &mut self.power);
        prefix.clear();
        prefix.resize(n + 1, 0);
        power.clear();
        power.resize(n + 1, 1);
        for d in 0..n {
            prefix[d + 1] = prefix[d].wrapping_mul(BASE).wrapping_add(v(k[d]));
            power[d + 1] = power[d].wrapping_mul(BASE);
        }
        suffix.clear();
        suffix.resize(n + 1, 0);
        for d in (0..n).rev() {
            suffix[d] = v(k[d])
                .wrapping_mul(power[n - d - 1])
                .wrapping_add(suffix[d + 1]);
        }
        emit(prefix[n]);
        for d in 0..n {
            emit(
                prefix[d]
                    .wrapping_mul(power[n - d - 1])
                    .wrapping_add(suffix[d + 1]),
            );
        }
    }
}

/// True when `a` and `b` are exactly one edit apart (substitution, insertion,
/// deletion, or a swap of two neighbouring chars).
pub fn one_edit(a: &[char], b: &[char]) -> bool {
    let (la, lb) = (a.len(), b.len());
    let Some(i) = a.iter().zip(b).position(|(x, y)| x != y) else {
        return la.abs_diff(lb) == 1;
    };
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Greater => lb + 1 == la && a[i + 1..] == b[i..],
        std::cmp::Ordering::Less => la + 1 == lb && a[i..] == b[i + 1..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deletion_hashes_as_the_shorter_key() {
        for key in ["surabaya", "bandung barat", "é🙂x", "a", ""] {
            let k: Vec<char> = key.chars().collect();
            let hashes = neighbourhood(&k);
            assert_eq!(hashes.len(), k.len() + 1, "{key}");
            for d in 0..k.len() {
                let shorter: Vec<char> = k[..d].iter().chain(&k[d + 1..]).copied().collect();
                assert_eq!(
                    hashes[d + 1],
                    neighbourhood(&shorter)[0],
                    "{key} without {d}"
                );
            }
        }
        assert_ne!(neighbourhood(&['a', 'b'])[0], neighbourhood(&['b', 'a'])[0]);
    }

    #[test]
    fn one_edit_table() {
        let rows = [
            ("wonsan", "wonson", true),
            ("wonsan", "wosnan", true),
            ("surabaia", "surabaa", true),
            ("bandung", "bandungg", true),
            ("austria", "australia", false),
            ("malang", "malaga", false),
            ("jakarta", "jakarta", false),
            ("", "a", true),
            ("ab", "ba", true),
            ("abc", "cab", false),
        ];
        for (a, b, want) in rows {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            assert_eq!(one_edit(&a, &b), want, "{a:?} {b:?}");
            assert_eq!(one_edit(&b, &a), want, "{b:?} {a:?}");
        }
    }
}
