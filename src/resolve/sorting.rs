//! Sorting on byte keys first: the entities, forms and claim groups are
//! ordered by a packed key (counts, the first bytes of a name, big-endian)
//! that decides nearly every comparison, and by a full comparison (whole
//! names) only where that key ties. The keys are sorted by a radix sort
//! (one counting pass per byte, bytes that are equal in every key skipped):
//! a few instructions per item and byte, where a comparison sort calls a
//! closure about log2(n) times per item.
//!
//! It does not choose the order: the caller's key and tie-break do.

use std::cmp::Ordering;

/// Sorts `items` (key, index) by key, then by `tie` on the indexes of equal
/// keys. The result equals `items.sort_unstable_by(|x, y| x.0.cmp(&y.0)
/// .then_with(|| tie(x.1, y.1)))` when `tie` is a total order on the
/// indexes (it must break every tie, e.g. by the index last): the keys are
/// radix-sorted alone, then each run of equal keys is sorted by `tie`.
pub fn by_key_then<const N: usize>(
    items: &mut Vec<([u8; N], usize)>,
    tie: impl FnMut(usize, usize) -> Ordering,
) {
    radix(items);
    ties_by(items, tie);
}

/// [`by_key_then`] with keys of a few integers (compared as integers) and
/// a comparison sort: for a few thousand items with long keys, where a pass
/// per key byte costs more than the comparisons.
pub fn by_ord_key_then<K: Ord + Copy>(
    items: &mut [(K, usize)],
    tie: impl FnMut(usize, usize) -> Ordering,
) {
    items.sort_unstable();
    ties_by(items, tie);
}

/// Sorts each run of equal keys of sorted `items` by `tie`.
fn ties_by<K: PartialEq + Copy>(
    items: &mut [(K, usize)],
    mut tie: impl FnMut(usize, usize) -> Ordering,
) {
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

/// A stable least-significant-byte-first radix sort on the keys.
fn radix<const N: usize>(items: &mut Vec<([u8; N], usize)>) {
    let n = items.len();
    if n < 2 {
        return;
    }
    let mut spare: Vec<([u8; N], usize)> = vec![([0; N], 0); n];
    for byte in (0..N).rev() {
        let mut count = [0usize; 256];
        for x in items.iter() {
            count[usize::from(x.0[byte])] += 1;
        }
        // A byte every key shares orders nothing.
        if count.contains(&n) {
            continue;
        }
        let mut start = [0usize; 256];
        let mut sum = 0;
        for (s, c) in start.iter_mut().zip(count) {
            *s = sum;
            sum += c;
        }
        for x in items.iter() {
            let b = usize::from(x.0[byte]);
            spare[start[b]] = *x;
            start[b] += 1;
        }
        std::mem::swap(items, &mut spare);
    }
}

/// The first `N` bytes of `s`, zero-padded: ordered as the strings are when
/// they differ there.
pub fn head<const N: usize>(s: &str) -> [u8; N] {
    let mut b = [0u8; N];
    let n = s.len().min(N);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    b
}

#[cfg(test)]
mod tests {
    use super::{by_key_then, by_ord_key_then, head};

    proptest::proptest! {
        #[test]
        fn equals_one_sort_with_the_full_comparison(
            rows in proptest::collection::vec((0..4u8, 0..3u8, "[ab]{0,3}"), 0..60),
        ) {
            // The slow path: one sort whose closure breaks ties on the names.
            let tie = |x: usize, y: usize| rows[x].2.cmp(&rows[y].2).then(x.cmp(&y));
            let mut slow: Vec<([u8; 2], usize)> =
                rows.iter().enumerate().map(|(i, r)| ([r.0, r.1], i)).collect();
            slow.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| tie(x.1, y.1)));
            let mut fast: Vec<([u8; 2], usize)> =
                rows.iter().enumerate().map(|(i, r)| ([r.0, r.1], i)).collect();
            by_key_then(&mut fast, tie);
            proptest::prop_assert_eq!(&fast, &slow);
            let mut ord: Vec<((u8, u8), usize)> =
                rows.iter().enumerate().map(|(i, r)| ((r.0, r.1), i)).collect();
            by_ord_key_then(&mut ord, tie);
            proptest::prop_assert!(ord.iter().map(|x| x.1).eq(slow.iter().map(|x| x.1)));
        }

        #[test]
        fn heads_order_as_the_strings(a in "[a-c\u{e9}]{0,6}", b in "[a-c\u{e9}]{0,6}") {
            let (x, y): ([u8; 4], [u8; 4]) = (head(&a), head(&b));
            if x != y {
                proptest::prop_assert_eq!(x.cmp(&y), a.cmp(&b));
            }
        }
    }
}
