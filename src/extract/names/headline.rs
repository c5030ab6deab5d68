//! Title Case lines ("Prabowo Subianto Resmikan Bendungan Baru di Jawa
//! Tengah", most headlines): capital letters say nothing there, so a name
//! found in such a line is kept only when the lexicon knows it or the
//! article writes it the same way in running text, and runs stop at ordinary
//! words ("Resmikan", "Bendungan"): words on the common-word list, words the
//! article writes in lowercase elsewhere, and `-kan` verbs.
//!
//! It does not find names; it only trims and filters what the tagger found.

use super::cues::CUES;
use super::rules::Cand;
use super::view::{Shape, View};
use crate::model::Span;
use memchr::memmem;

/// Lowercase words allowed inside a Title Case line (conjunctions and prepositions).
fn function_word(w: &str) -> bool {
    matches!(
        w,
        "di" | "ke"
            | "dari"
            | "dan"
            | "atau"
            | "untuk"
            | "yang"
            | "dengan"
            | "pada"
            | "dalam"
            | "oleh"
            | "bagi"
            | "tentang"
            | "sebagai"
            | "soal"
            | "usai"
            | "jelang"
            | "vs"
            | "via"
            | "hingga"
            | "antara"
            | "terhadap"
            | "kepada"
            | "akan"
            | "ini"
            | "itu"
    )
}

/// Is the sentence written in Title Case? Every non-initial word of four
/// letters or more is capitalized except conjunctions and prepositions, and
/// at least two capitalized words are ordinary words, so a sentence made of
/// names ("Menteri Luar Negeri Jepang Yoko Kamikawa tiba di Jakarta") is not one.
pub fn is_title_case(v: &View) -> bool {
    const MAX_TOKENS: usize = 30;
    if v.len() > MAX_TOKENS {
        return false;
    }
    let mut ordinary = 0;
    let mut capitals = 0;
    for i in 0..v.len() {
        if v.initial[i] || v.toks[i].end - v.toks[i].start < 4 {
            continue;
        }
        match v.shape[i] {
            Shape::Lower if !function_word(v.lower(i)) => return false,
            Shape::Cap => {
                capitals += 1;
                if v.lex[i].is_none() && (plain(v.lower(i)) || verb_like(v.lower(i))) {
                    ordinary += 1;
                }
            }
            _ => {}
        }
    }
    capitals >= 3 && ordinary >= 2
}

/// An ordinary word by itself: on the common-word list, or a `-kan` verb.
fn plain(w: &str) -> bool {
    CUES.common.contains(w) || (w.len() >= 6 && w.ends_with("kan"))
}

/// Looks like a verb (`mengungsi`, `bertemu`, `terjebak`): evidence that a
/// line is in Title Case, too weak to cut a name with.
fn verb_like(w: &str) -> bool {
    const PREFIXES: [&str; 6] = ["meng", "meny", "mem", "men", "ber", "ter"];
    w.len() >= 7 && PREFIXES.iter().any(|p| w.starts_with(p))
}

/// Does `word` occur as a whole word in `text` outside `skip`?
fn occurs(text: &str, word: &str, skip: Span) -> bool {
    let b = text.as_bytes();
    memmem::find_iter(b, word.as_bytes()).any(|at| {
        let end = at + word.len();
        let left = at == 0
            || !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        let right = !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        left && right && (end <= skip.start || at >= skip.end)
    })
}

/// Trims and filters the names of a Title Case sentence (`span` in `text`).
pub fn restrict(v: &View, text: &str, span: Span, cands: &mut Vec<Cand>) {
    let ordinary = |i: usize| {
        v.lex[i].is_none()
            && v.shape[i] == Shape::Cap
            && (plain(v.lower(i)) || occurs(text, v.lower(i), span))
    };
    let mut out = Vec::with_capacity(cands.len());
    for &c in cands.iter() {
        if c.lex.is_some() {
            out.push(c);
            continue;
        }
        let mut a = c.a;
        while a < c.b {
            while a < c.b && (ordinary(a) || v.shape[a] == Shape::Punct) {
                a += 1;
            }
            let mut b = a;
            while b < c.b && !ordinary(b) {
                b += 1;
            }
            confirmed(v, text, span, a, b, c, &mut out);
            a = b;
        }
    }
    *cands = out;
}

/// Keeps the longest pieces of the run `[a, b)` that the article writes the
/// same way outside the line ("Terjang Garut" → "Garut").
fn confirmed(v: &View, text: &str, span: Span, a: usize, b: usize, c: Cand, out: &mut Vec<Cand>) {
    let mut s = a;
    while s < b {
        if v.shape[s] == Shape::Punct {
            s += 1;
            continue;
        }
        let found = (s + 1..=b).rev().find(|&e| {
            v.shape[e - 1] != Shape::Punct
                && occurs(text, &text[v.toks[s].start..v.toks[e - 1].end], span)
        });
        match found {
            Some(e) => {
                out.push(Cand {
                    a: s,
                    b: e,
                    lex: None,
                    ..c
                });
                s = e;
            }
            None => s += 1,
        }
    }
}
