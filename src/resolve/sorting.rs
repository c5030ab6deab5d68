//! Sorting on integer keys first: the entities, forms and claim groups are
//! ordered by a packed number (counts, the first bytes of a name) that
//! decides nearly every comparison, and by a full comparison (whole names)
//! only where that number ties. Sorting plain integer pairs costs a few
//! instructions per comparison; a closure that may compare strings costs
//! tens, and the sort calls it for every comparison, not only for ties.
//!
//! It does not choose the order: the caller's key and tie-break do.

use std::cmp::Ordering;

/// Sorts `items` (key, index) by key, then by `tie` on the indexes of equal
/// keys. The result equals `items.sort_unstable_by(|x, y| x.0.cmp(&y.0)
/// .then_with(|| tie(x.1, y.1)))` when `tie` is a total order on the
/// indexes (it must break every tie, e.g. by the index last): the integer
/// pairs are sorted alone, then each run of equal keys by `tie`.
pub fn by_key_then<K: Ord + Copy>(
    items: &mut [(K, usize)],
    mut tie: impl FnMut(usize, usize) -> Ordering,
) {
    items.sort_unstable();
    let mut at = 0;
    while at < items.len() {
        let key = items[at].0;
        let len = items[at..].iter().take_while(|x| x.0 == key).count();
        if len > 1 {
            items[at..at + len].sort_unstable_by(|x, y| tie(x.1, y.1));
        }
        at += len;
    }
}

#[cfg(test)]
mod tests {
    use super::by_key_then;

    proptest::proptest! {
        #[test]
        fn equals_one_sort_with_the_full_comparison(
            rows in proptest::collection::vec((0..4u8, "[ab]{0,3}"), 0..40),
        ) {
            // The slow path: one sort whose closure breaks ties on the names.
            let tie = |x: usize, y: usize| rows[x].1.cmp(&rows[y].1).then(x.cmp(&y));
            let mut slow: Vec<(u8, usize)> = rows.iter().enumerate().map(|(i, r)| (r.0, i)).collect();
            slow.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| tie(x.1, y.1)));
            let mut fast: Vec<(u8, usize)> = rows.iter().enumerate().map(|(i, r)| (r.0, i)).collect();
            by_key_then(&mut fast, tie);
            proptest::prop_assert_eq!(fast, slow);
        }
    }
}
