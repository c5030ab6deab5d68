//! An anaphoric subject ("Nilainya mencapai US$ 3,25 miliar.", "Angka itu
//! 2,1 kali lipat dari lalu lintas normal.") restates the quantity of the
//! sentence before: a figure that names nothing counts what that sentence's
//! last claim counts, else its first counted noun (the subject or object of
//! its verb, not a noun of a modifier: "menaksir kerugian negara dalam kasus
//! korupsi"). Only the sentence right before is read (or the one before it,
//! when that sentence is itself an anaphor naming nothing), for a sentence
//! that opens with an anaphor of `claim_anaphora.txt`, for a clause inside a
//! sentence that opens with one ("…, nilainya Rp 2,1 triliun") and for a
//! level phrase naming nothing ("Jawa Barat ada di angka Rp 2,35 juta").

use crate::claims::words::{Cue, WORDS};
use crate::data;
use crate::model::Span;
use std::sync::LazyLock;

pub const ANAPHORA: &str = include_str!("../../data/claim_anaphora.txt");

static OPENERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data::lines("claim_anaphora.txt", ANAPHORA)
        .map(|l| l.text)
        .collect()
});

/// The first bytes of the anaphors: a sentence opening with any other byte
/// (nearly all of them) is rejected without comparing the list.
static FIRSTS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut t = [false; 256];
    for o in OPENERS.iter() {
        if let Some(&b) = o.as_bytes().first() {
            t[usize::from(b)] = true;
        }
    }
    t
});

/// True when the text at `at` (before `end`) opens with an anaphor of
/// `claim_anaphora.txt` (blanks skipped).
pub(super) fn opens(lower: &[u8], at: usize, end: usize) -> bool {
    let Some(head) = lower.get(at..end.min(at + 24)) else {
        return false;
    };
    let head = head.trim_ascii_start();
    if !head.first().is_some_and(|&b| FIRSTS[usize::from(b)]) {
        return false;
    }
    OPENERS.iter().any(|o| {
        head.starts_with(o.as_bytes())
            && head.get(o.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// The noun class the anaphor opening `sent` refers to, else None:
/// `claimed`, the class of the last claim when it is of the sentence
/// before, else that sentence's first counted noun. `lower` is the
/// lowercased text.
pub(super) fn antecedent(
    lower: &[u8],
    sentences: &[Span],
    sent: Span,
    claimed: Option<(usize, &str)>,
) -> Option<usize> {
    if !opens(lower, sent.start, sent.end) {
        return None;
    }
    referent(lower, sentences, sent, claimed)
}

/// The noun class an anaphor of `sent` (at its start or inside it:
/// "Kalau dihitung dengan harga pasaran …, nilainya Rp 2,1 triliun") refers
/// to: that of the sentence before (see [`antecedent`]). A sentence before
/// that names no noun and itself opens with an anaphor ("Taksiran itu lebih
/// tinggi dari angka yang disampaikan BNN") passes the reference on to the
/// one before it.
pub(super) fn referent(
    lower: &[u8],
    sentences: &[Span],
    sent: Span,
    claimed: Option<(usize, &str)>,
) -> Option<usize> {
    let i = sentences.partition_point(|s| s.start < sent.start);
    let mut hits = Vec::new();
    for back in 1..=2 {
        let before = sentences.get(i.checked_sub(back)?)?;
        if let Some((start, class)) = claimed
            && start == before.start
            && let Some(k) = WORDS.noun_class(class)
        {
            return Some(k);
        }
        hits.clear();
        WORDS.scan_into(lower, before.start, before.end, &mut hits);
        let first = hits.iter().find_map(|h| {
            WORDS.cues(h).iter().find_map(|c| match c {
                Cue::Noun(k) => Some(*k),
                _ => None,
            })
        });
        if first.is_some() || !opens(lower, before.start, before.end) {
            return first;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anaphora_file_is_clean_and_sorted() {
        assert_eq!(data::check_hygiene("claim_anaphora.txt", ANAPHORA), vec![]);
        let l: Vec<&str> = OPENERS.to_vec();
        let mut sorted = l.clone();
        sorted.sort();
        assert_eq!(l, sorted);
    }
}
