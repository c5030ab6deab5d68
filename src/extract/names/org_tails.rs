//! Organization tails: an unknown capitalized name of two words or more that
//! ends in a word ending company and institution names (`org_tails.txt`:
//! "Group", "Exchange", "Securities") is an organization ("Price Futures
//! Group", "ICE Futures Exchange"), whatever the tagger said; a person's name
//! read glued after one ("analis Price Futures Group Phil Flynn") is split
//! off; a place right before one is its first word ("di Singapore Stock
//! Exchange"). Known exchanges are in the lexicon.
//!
//! Lexicon names keep the lexicon's kind; it never makes a name from words
//! the tagger passed over.

use super::EntityKind::{Organization, Person, Place};
use super::cues::class;
use super::fx::FxSet;
use super::rules::{Cand, sort_spans};
use super::view::{Shape, View};
use std::sync::LazyLock;

const TAILS_SRC: &str = include_str!("../../data/names/org_tails.txt");

/// The tail words, lowercase.
static TAILS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    crate::data::lines("org_tails.txt", TAILS_SRC)
        .map(|l| l.text.to_string())
        .collect()
});

/// The tail words, for the list flags ([`class::ORG_TAIL`], under the
/// same hashes as [`TAIL_HASHES`]).
pub(super) fn tail_words() -> impl Iterator<Item = &'static str> {
    TAILS.iter().map(String::as_str)
}

/// [`hash_str`](super::fx::hash_str) of each tail word.
static TAIL_HASHES: LazyLock<FxSet<u64>> =
    LazyLock::new(|| TAILS.iter().map(|t| super::fx::hash_str(t)).collect());

/// Is token `i` a capitalized tail word? The view's hash of the word (that
/// of its lowercase form, or 0 where it has none) rules out nearly every
/// word without hashing its text again; the text confirms a hit.
fn tail(v: &View, i: usize) -> bool {
    let got =
        v.shape[i] == Shape::Cap && TAIL_HASHES.contains(&v.hash[i]) && TAILS.contains(v.lower(i));
    #[cfg(test)]
    assert_eq!(got, v.shape[i] == Shape::Cap && TAILS.contains(v.lower(i)));
    got
}

/// Re-types, splits and extends the spans of one sentence; keeps them sorted.
///
/// Most sentences hold no tail word: their list is left as it is, and a
/// new one is built only from the first span that changes.
pub fn org_tails(v: &View, cands: &mut Vec<Cand>) {
    // Every change needs a tail word, flagged under the hash [`tail`]
    // tests: a sentence whose flag union lacks it is left as it is.
    if v.bits & class::ORG_TAIL == 0 {
        #[cfg(test)]
        assert!((0..v.len()).all(|i| !tail(v, i)));
        return;
    }
    let mut out: Option<Vec<Cand>> = None;
    for k in 0..cands.len() {
        let c = cands[k];
        match tailed(v, c) {
            None => {
                if let Some(o) = &mut out {
                    o.push(c);
                }
            }
            Some((x, y)) => {
                let o = out.get_or_insert_with(|| {
                    let mut o = Vec::with_capacity(cands.len() + 1);
                    o.extend_from_slice(&cands[..k]);
                    o
                });
                o.push(x);
                o.extend(y);
            }
        }
    }
    let mut changed = out.is_some();
    if let Some(o) = out {
        *cands = o;
    }
    changed |= places_open(v, cands);
    if changed {
        sort_spans(cands);
    }
}

/// What becomes of span `c`: nothing (`None`), another kind, or an
/// organization and the person glued after it.
fn tailed(v: &View, c: Cand) -> Option<(Cand, Option<Cand>)> {
    if c.lex.is_some() || c.kind == Organization || c.b - c.a < 2 {
        return None;
    }
    if tail(v, c.b - 1) {
        let org = Cand {
            kind: Organization,
            ..c
        };
        return Some((org, None));
    }
    // "Price Futures Group Phil Flynn": a tail inside a person, with a
    // name of two or three capitalized words after it.
    let k = (c.kind == Person)
        .then(|| (c.a + 1..c.b.saturating_sub(2)).find(|&k| tail(v, k)))
        .flatten()
        .filter(|&k| c.b - k - 1 <= 3 && (k + 1..c.b).all(|i| v.shape[i] == Shape::Cap))?;
    let org = Cand {
        a: c.a,
        b: k + 1,
        kind: Organization,
        lex: None,
    };
    let person = Cand {
        a: k + 1,
        b: c.b,
        kind: Person,
        lex: None,
    };
    Some((org, Some(person)))
}

/// A place right before an unknown organization ending in a tail opens it
/// ("Singapore" + "Stock Exchange"); a known one, "di London ICE Futures
/// Exchange", keeps its extent. Did one?
fn places_open(v: &View, out: &mut Vec<Cand>) -> bool {
    let mut changed = false;
    let mut i = 1;
    while i < out.len() {
        let (p, o) = (out[i - 1], out[i]);
        if p.kind == Place
            && o.kind == Organization
            && o.lex.is_none()
            && p.b == o.a
            && tail(v, o.b - 1)
        {
            out[i] = Cand {
                a: p.a,
                lex: None,
                ..o
            };
            out.remove(i - 1);
            changed = true;
        } else {
            i += 1;
        }
    }
    changed
}

/// [`org_tails`] building a new list for every sentence (its oracle in tests).
#[cfg(test)]
pub fn org_tails_slow(v: &View, cands: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len() + 1);
    let mut changed = false;
    for &c in cands.iter() {
        if c.lex.is_some() || c.kind == Organization || c.b - c.a < 2 {
            out.push(c);
            continue;
        }
        if tail(v, c.b - 1) {
            out.push(Cand {
                kind: Organization,
                ..c
            });
            changed = true;
            continue;
        }
        // "Price Futures Group Phil Flynn": a tail inside a person, with a
        // name of two or three capitalized words after it.
        let split = (c.kind == Person)
            .then(|| (c.a + 1..c.b.saturating_sub(2)).find(|&k| tail(v, k)))
            .flatten()
            .filter(|&k| c.b - k - 1 <= 3 && (k + 1..c.b).all(|i| v.shape[i] == Shape::Cap));
        match split {
            Some(k) => {
                out.push(Cand {
                    a: c.a,
                    b: k + 1,
                    kind: Organization,
                    lex: None,
                });
                out.push(Cand {
                    a: k + 1,
                    b: c.b,
                    kind: Person,
                    lex: None,
                });
                changed = true;
            }
            None => out.push(c),
        }
    }
    changed |= places_open(v, &mut out);
    if changed {
        sort_spans(&mut out);
        *cands = out;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::EntityKind::*;
    use crate::extract::names::tests::{Row, check_rows};

    /// One row per behaviour, on market and business news sentences.
    /// Every tail word carries `ORG_TAIL` under its hash, so the flag
    /// union gates the pass; the flag is set in a sentence holding one.
    #[test]
    fn tail_flag_marks_the_sentences_of_tails() {
        use super::*;
        use crate::extract::names::fx::hash_str;
        let table = super::super::cues::class_table();
        assert!(TAILS.contains("exchange"));
        for w in tail_words() {
            assert!(hash_str(w) > 1, "{w}");
            assert_ne!(table.get(hash_str(w)) & class::ORG_TAIL, 0, "{w}");
        }
        let lex = crate::lexicon::Lexicon::builtin();
        for (text, flagged) in [
            (
                "Saham dibuka menguat di Singapore Stock Exchange pagi ini.",
                true,
            ),
            (
                "Analis Price Futures Group Phil Flynn menyebut harga minyak turun.",
                true,
            ),
            (
                "Presiden Joko Widodo meresmikan jalan tol di Semarang.",
                false,
            ),
        ] {
            let seg = crate::token::segment(text);
            let mut v = View::default();
            v.fill(text, &seg.tokens, &lex);
            assert_eq!(v.bits & class::ORG_TAIL != 0, flagged, "{text}");
            assert_eq!((0..v.len()).any(|i| tail(&v, i)), flagged, "{text}");
        }
    }

    #[test]
    fn names_ending_in_an_organization_tail() {
        let rows: &[Row] = &[
            (
                "\"Pemangkasan ini mengejutkan pasar,\" kata analis Price Futures Group Phil Flynn seperti dikutip Reuters.",
                &[
                    (Organization, "Price Futures Group"),
                    (Person, "Phil Flynn"),
                    (Organization, "Reuters"),
                ],
                &["Price Futures Group Phil Flynn"],
            ),
            (
                "Harga saham itu melemah setelah laporan Nomura Holdings terbit pekan lalu.",
                &[(Organization, "Nomura Holdings")],
                &[],
            ),
            (
                "Saham itu dicatatkan di Singapore Stock Exchange pekan lalu.",
                &[(Organization, "Singapore Stock Exchange")],
                &[],
            ),
            // Crude benchmarks are grades (not_names.txt), banks known names.
            (
                "Harga minyak Brent menembus US$ 84 per barel, sedangkan minyak West Texas Intermediate (WTI) naik 6,3%.",
                &[],
                &[
                    "Brent",
                    "West Texas Intermediate",
                    "WTI",
                    "West Texas Intermediate (WTI)",
                ],
            ),
            (
                "Goldman Sachs menaikkan proyeksi harga Brent akhir tahun menjadi US$ 95 per barel.",
                &[(Organization, "Goldman Sachs")],
                &["Brent"],
            ),
        ];
        check_rows(rows);
    }

    #[test]
    fn the_tail_list_is_clean() {
        let problems = crate::data::check_hygiene("org_tails.txt", super::TAILS_SRC);
        assert!(problems.is_empty(), "{problems:?}");
        let mut sorted: Vec<&String> = super::TAILS.iter().collect();
        sorted.sort();
        assert!(sorted.iter().all(|t| t.as_str() == t.to_lowercase()));
    }
}
