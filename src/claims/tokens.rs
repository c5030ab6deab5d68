//! The article's tokens as the claim stage searches them: every search is a
//! `partition_point` that starts from where the last one ended.
//!
//! The claim readers look up tokens by byte position many times per mention
//! (the word after a figure, the words of its clause, the phrase next to a
//! cue), always near the previous look-up. A binary search over the whole
//! article touches a dozen cold cache lines each time (a token is 40 bytes, an
//! article has hundreds); galloping from the last answer touches one or two.
//! The answer is exactly `partition_point`'s. It does not read the text.

use crate::model::Token;
use std::cell::Cell;
use std::ops::Deref;

/// Sorted, non-overlapping tokens (every search predicate is then monotone)
/// and the index the last search returned.
pub struct Tokens<'a> {
    all: &'a [Token],
    hint: Cell<usize>,
}

impl<'a> Tokens<'a> {
    pub fn new(all: &'a [Token]) -> Tokens<'a> {
        Tokens {
            all,
            hint: Cell::new(0),
        }
    }

    /// The index of the first token for which `pred` is false, `pred` being
    /// true on a prefix of the tokens (as `<[T]>::partition_point`).
    pub fn partition_point(&self, pred: impl Fn(&Token) -> bool) -> usize {
        let t = self.all;
        let h = self.hint.get().min(t.len());
        // Bracket the answer in lo..=hi by steps doubling away from the hint.
        let (lo, hi) = if h < t.len() && pred(&t[h]) {
            let (mut lo, mut step) = (h + 1, 1);
            loop {
                let probe = h + step;
                if probe >= t.len() {
                    break (lo, t.len());
                }
                if !pred(&t[probe]) {
                    break (lo, probe);
                }
                lo = probe + 1;
                step *= 2;
            }
        } else {
            let (mut hi, mut step) = (h, 1);
            loop {
                let Some(probe) = h.checked_sub(step) else {
                    break (0, hi);
                };
                if pred(&t[probe]) {
                    break (probe + 1, hi);
                }
                hi = probe;
                step *= 2;
            }
        };
        let at = lo + t[lo..hi].partition_point(&pred);
        self.hint.set(at);
        at
    }
}

impl Deref for Tokens<'_> {
    type Target = [Token];
    fn deref(&self) -> &[Token] {
        self.all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TokenKind;

    #[test]
    fn every_search_from_every_hint_equals_partition_point() {
        let all: Vec<Token> = (0..37)
            .map(|i| Token {
                start: 3 * i,
                end: 3 * i + 2,
                kind: TokenKind::Word,
                class: 0,
                stem_start: 3 * i,
                stem_end: 3 * i + 2,
            })
            .collect();
        for n in [0, 1, 2, 5, 37] {
            let slice = &all[..n];
            let tokens = Tokens::new(slice);
            for hint in 0..n + 3 {
                for pos in 0..3 * n + 4 {
                    tokens.hint.set(hint);
                    let want = slice.partition_point(|t| t.start < pos);
                    assert_eq!(tokens.partition_point(|t| t.start < pos), want);
                    tokens.hint.set(hint);
                    let want = slice.partition_point(|t| t.end <= pos);
                    assert_eq!(tokens.partition_point(|t| t.end <= pos), want);
                }
            }
        }
    }
}
