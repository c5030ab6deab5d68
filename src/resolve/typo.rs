//! Probable typos of place names: a rarer form one edit away from a place the
//! corpus names more often ("Wonson" beside "Wonsan").
//!
//! Candidates come from a deletion neighbourhood (each key and each key with
//! one char deleted, hashed), so the cost grows with the number of forms, not
//! with its square. A pair must then be exactly one edit apart
//! (substitution, insertion, deletion or swap of neighbours), share the
//! first letter, be at least [`MIN_LETTERS`] letters long, and the rarer form
//! must not be a known lexicon name (a real place is not a typo).

use super::forms::Form;
use crate::extract::names::EntityKind;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Shorter names are too often distinct names one letter apart ("Iran"/"Irak").
pub const MIN_LETTERS: usize = 5;
/// Buckets larger than this are degenerate (many near-identical names): skipped.
const MAX_BUCKET: usize = 32;

/// variant form → the root it is a probable typo of. `roots` and `weight`
/// (mentions per root) are a snapshot taken before any of these merges.
pub fn find(forms: &[Form], roots: &[usize], weight: &[usize]) -> BTreeMap<usize, usize> {
    let mut buckets: HashMap<String, Vec<usize>> = HashMap::new();
    let keys: Vec<Vec<char>> = forms.iter().map(|f| f.key.chars().collect()).collect();
    for (i, f) in forms.iter().enumerate() {
        let letters = keys[i].iter().filter(|c| c.is_alphabetic()).count();
        if f.kind() != EntityKind::Place || letters < MIN_LETTERS {
            continue;
        }
        let k = &keys[i];
        buckets.entry(f.key.clone()).or_default().push(i);
        for d in 0..k.len() {
            let del: String = k[..d].iter().chain(&k[d + 1..]).collect();
            buckets.entry(del).or_default().push(i);
        }
    }
    let mut targets: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for members in buckets.values() {
        if members.len() < 2 || members.len() > MAX_BUCKET {
            continue;
        }
        for (n, &a) in members.iter().enumerate() {
            for &b in &members[n + 1..] {
                let (ra, rb) = (roots[a], roots[b]);
                if ra == rb || keys[a].first() != keys[b].first() || !one_edit(&keys[a], &keys[b]) {
                    continue;
                }
                let (variant, target) = match weight[ra].cmp(&weight[rb]) {
                    std::cmp::Ordering::Less => (a, rb),
                    std::cmp::Ordering::Greater => (b, ra),
                    std::cmp::Ordering::Equal => continue,
                };
                if forms[variant].lex.is_none() {
                    targets.entry(variant).or_default().insert(target);
                }
            }
        }
    }
    // A variant near two different names is ambiguous: left alone.
    targets
        .into_iter()
        .filter(|(_, t)| t.len() == 1)
        .filter_map(|(v, t)| t.first().map(|&t| (v, t)))
        .collect()
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
