//! The role of a person: the title phrase right before the name ("Menteri
//! Luar Negeri Jepang Yoko Kamikawa", "juru bicara Kementerian Luar Negeri
//! Rusia, Maria Zakharova") or an apposition right after it ("Budi Gunadi,
//! Menteri Kesehatan,").
//!
//! It reads tokens only; it never changes which names were found.

use super::cues::{CUES, class};
use super::view::{Shape, View};

/// The longest title entry starting at token `i`, as an end index.
fn title_at(v: &View, i: usize) -> Option<usize> {
    let got = title_at_prefix(v, i);
    #[cfg(test)]
    assert_eq!(got, title_at_heap(v, i));
    got
}

/// [`title_at`] growing the phrase a word at a time over the table of
/// title prefixes: it stops at the first word no title of two words or
/// more continues with ("Kepala BNPB …" stops after one lookup), instead
/// of looking up every length.
fn title_at_prefix(v: &View, i: usize) -> Option<usize> {
    if i < v.len() && !v.has(i, class::TITLE_WORD) && !v.lower(i).is_empty() {
        return None;
    }
    // A first word without a lowercase form starts the phrase at the next
    // word (the general way).
    if i < v.len() && v.lower(i).is_empty() {
        return title_at_heap(v, i);
    }
    super::rules::fixes::grow_title(v, i, v.len(), |p| CUES.titles.contains(p))
        .unwrap_or_else(|| title_at_heap(v, i))
}

/// [`title_at`] with the phrase on the heap (for phrases too long for the
/// stack, and the oracle in tests).
fn title_at_heap(v: &View, i: usize) -> Option<usize> {
    if i < v.len() && !v.has(i, class::TITLE_WORD) && !v.lower(i).is_empty() {
        return None;
    }
    let mut best = None;
    let mut phrase = String::new();
    for k in i..i + CUES.title_max_words {
        if k >= v.len() || v.shape[k] == Shape::Punct {
            break;
        }
        if !phrase.is_empty() {
            phrase.push(' ');
        }
        phrase.push_str(v.lower(k));
        if CUES.titles.contains(&phrase) {
            best = Some(k + 1);
        }
    }
    best
}

/// May this token be inside a role phrase?
fn role_token(v: &View, i: usize, others: &[(usize, usize)], me: usize) -> bool {
    if others.iter().any(|&(a, b)| a != me && a <= i && i < b) {
        return false;
    }
    match v.shape[i] {
        Shape::Cap | Shape::Upper | Shape::Mixed => true,
        Shape::Lower => v.has(i, class::TITLE_WORD) || matches!(v.lower(i), "luar" | "dalam"),
        Shape::Punct => v.lower(i) == ".",
        Shape::Digit => false,
    }
}

/// The role of the person at tokens `[a, b)` as a token range, if any;
/// `others` are the token ranges of the persons of the sentence, this one
/// starting at token `me` (skipped).
pub fn find(
    v: &View,
    a: usize,
    b: usize,
    others: &[(usize, usize)],
    me: usize,
) -> Option<(usize, usize)> {
    // A role needs a title, whose every word is a title word: a sentence
    // with none near its capitalized words (the view's union of flags)
    // has no role to find. Words away from them have no lowercase form
    // and add nothing to a title phrase.
    if v.bits & class::TITLE_WORD == 0 {
        #[cfg(test)]
        assert_eq!(find_all(v, a, b, others, me), None);
        return None;
    }
    find_all(v, a, b, others, me)
}

/// [`find`] without its quick test (its oracle in tests).
fn find_all(
    v: &View,
    a: usize,
    b: usize,
    others: &[(usize, usize)],
    me: usize,
) -> Option<(usize, usize)> {
    const WINDOW: usize = 8;
    // Before: "Presiden Rusia Vladimir Putin", "Pemimpin Korea Utara, Kim".
    let mut end = a;
    if end > 0 && v.lower(end - 1) == "," {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < WINDOW && role_token(v, start - 1, others, me) {
        start -= 1;
    }
    for k in start..end {
        if title_at(v, k).is_some() {
            return trimmed(v, k, end);
        }
    }
    // After: "Budi Gunadi Sadikin, Menteri Kesehatan, …".
    if b + 1 < v.len() && v.lower(b) == "," && title_at(v, b + 1).is_some() {
        let mut e = b + 1;
        while e < v.len() && e - b <= WINDOW && role_token(v, e, others, me) {
            e += 1;
        }
        return trimmed(v, b + 1, e);
    }
    None
}

fn trimmed(v: &View, a: usize, mut b: usize) -> Option<(usize, usize)> {
    while b > a && v.shape[b - 1] == Shape::Punct {
        b -= 1;
    }
    (b > a).then_some((a, b))
}
