//! Title Case lines ("Prabowo Subianto Resmikan Bendungan Baru di Jawa
//! Tengah", most headlines): capital letters say nothing there, so a name
//! found in such a line is kept only when the lexicon knows it or the
//! article writes it the same way in running text, and runs stop at ordinary
//! words ("Resmikan", "Bendungan"): words on the common-word list, words the
//! article writes in lowercase elsewhere, and `-kan` verbs.
//!
//! It does not find names; it only trims and filters what the tagger found.

use super::cues::CUES;
use super::fx::FxSet;
use super::rules::Cand;
use super::view::{Shape, View};
use crate::data::lines;
use crate::model::Span;
use std::sync::LazyLock;

const FUNCTION_WORDS_SRC: &str = include_str!("../../data/names/title_case_function_words.txt");

/// The lowercase words a Title Case line may hold (prepositions,
/// conjunctions, articles, particles), from `title_case_function_words.txt`.
static FUNCTION_WORDS: LazyLock<FxSet<&'static str>> = LazyLock::new(|| {
    lines("title_case_function_words.txt", FUNCTION_WORDS_SRC)
        .map(|l| l.text)
        .collect()
});

/// May `w` (lowercase) stay lowercase inside a Title Case line?
fn function_word(w: &str) -> bool {
    // Most words have no function word of their length and first byte:
    // one bit test instead of hashing the word.
    let b = w.as_bytes();
    if let Some(&f) = b.first()
        && b.len() < 32
        && FUNCTION_SHAPES[usize::from(f)] & (1 << b.len()) == 0
    {
        #[cfg(test)]
        assert!(!FUNCTION_WORDS.contains(w), "function_word {w}");
        return false;
    }
    FUNCTION_WORDS.contains(w)
}

/// For each first byte of a function word, the set of its lengths (bit
/// `len`; a word of 31 bytes or more sets bit 31, never tested).
static FUNCTION_SHAPES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut t = [0u32; 256];
    for w in FUNCTION_WORDS.iter() {
        if let Some(&b) = w.as_bytes().first() {
            t[usize::from(b)] |= 1 << w.len().min(31);
        }
    }
    t
});

/// Is the sentence written in Title Case? Every non-initial word of four
/// letters or more is capitalized except conjunctions and prepositions, and
/// at least two capitalized words (the first one included) are ordinary
/// words: on the common-word list, `-kan` or other verb forms, or written in
/// lowercase elsewhere in the article. So a sentence made of names ("Menteri
/// Luar Negeri Jepang Yoko Kamikawa tiba di Jakarta") is not one.
pub fn is_title_case(v: &View) -> bool {
    const MAX_TOKENS: usize = 30;
    if v.len() > MAX_TOKENS || v.is_empty() {
        return false;
    }
    // Most sentences have a lowercase word that rules Title Case out:
    // found first, before any capitalized word is weighed (the loop below
    // would return false at the same word, its only early exit).
    // The shape first: one byte rejects every capitalized word and mark.
    let plain_lower = |i: usize| {
        v.shape[i] == Shape::Lower
            && !v.initial[i]
            && v.toks[i].end - v.toks[i].start >= 4
            && !function_word(v.lower(i))
    };
    if (0..v.len()).any(plain_lower) {
        #[cfg(test)]
        assert!(!weigh(v), "is_title_case");
        return false;
    }
    weigh(v)
}

/// [`is_title_case`] without its quick test: weighs the capitalized words
/// (the oracle of the quick test in tests).
fn weigh(v: &View) -> bool {
    const MAX_TOKENS: usize = 30;
    if v.len() > MAX_TOKENS || v.is_empty() {
        return false;
    }
    let mut ordinary = 0;
    let mut capitals = 0;
    let mut first = None;
    for i in 0..v.len() {
        if v.toks[i].end - v.toks[i].start < 4 {
            continue;
        }
        if v.initial[i] {
            first = Some(i);
            continue;
        }
        match v.shape[i] {
            Shape::Lower if !function_word(v.lower(i)) => return false,
            Shape::Cap => {
                capitals += 1;
                if v.lex[i].is_none() && (plain_at(v, i) || verb_like(v.lower(i))) {
                    ordinary += 1;
                }
            }
            _ => {}
        }
    }
    if capitals < 2 {
        return false;
    }
    if ordinary >= 2 && capitals >= 3 {
        return true;
    }
    // Fewer list words: count the words the article writes in lowercase
    // elsewhere ("Gempa Magnitudo 6,2 Guncang Majene": "gempa" in the text).
    let span = Span::new(v.toks[0].start, v.toks[v.len() - 1].end);
    let lowercase_elsewhere = |i: usize| {
        v.lex[i].is_none()
            && v.shape[i] == Shape::Cap
            && !plain(v.lower(i))
            && !verb_like(v.lower(i))
            && occurs(v.text, v.lower(i), span)
    };
    let extra = first
        .into_iter()
        .chain((0..v.len()).filter(|&i| !v.initial[i] && v.toks[i].end - v.toks[i].start >= 4))
        .filter(|&i| lowercase_elsewhere(i))
        .count();
    ordinary + extra >= 2
}

/// [`plain`] for token `i`: its list flags tell first whether the
/// common-word list may hold it, sparing most lookups.
fn plain_at(v: &View, i: usize) -> bool {
    let w = v.lower(i);
    let kan = w.len() >= 6 && w.ends_with("kan");
    kan || (v.has(i, super::cues::class::COMMON) && CUES.common.contains(w))
}

/// An ordinary word by itself: on the common-word list, or a `-kan` verb.
fn plain(w: &str) -> bool {
    CUES.common.contains(w) || (w.len() >= 6 && w.ends_with("kan"))
}

/// Looks like a verb (`mengungsi`, `bertemu`, `terjebak`): evidence that a
/// line is in Title Case, too weak to cut a name with.
fn verb_like(w: &str) -> bool {
    // Passive `di-` forms too ("Divonis", "Ditahan"): evidence only.
    const PREFIXES: [&str; 7] = ["meng", "meny", "mem", "men", "ber", "ter", "di"];
    w.len() >= 7 && PREFIXES.iter().any(|p| w.starts_with(p))
}

/// Does `word` occur as a whole word in `text` outside `skip`?
fn occurs(text: &str, word: &str, skip: Span) -> bool {
    occurs_where(text, word, skip, |_| true)
}

/// Does `name` occur in `text` outside `skip` where its capitals say it is a
/// name: not opening a sentence or line ("Suhu di Madinah mencapai 43
/// derajat" confirms no name "Suhu"). Names the rest of the article finds at
/// a sentence start come back into the headline later (`article::agree`).
fn occurs_as_name(text: &str, name: &str, skip: Span) -> bool {
    occurs_where(text, name, skip, |at| !opens_sentence(text, at))
}

/// Does `word` occur as a whole word outside `skip` at a byte offset `keep`
/// accepts?
fn occurs_where(text: &str, word: &str, skip: Span, keep: impl Fn(usize) -> bool) -> bool {
    let b = text.as_bytes();
    super::article::occurrences(b, word.as_bytes()).any(|at| {
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
        left && right && (end <= skip.start || at >= skip.end) && keep(at)
    })
}

/// Does the word at byte `at` open a sentence, a line or a dateline's text
/// ("JAKARTA, KOMPAS.com - Kementerian …")? Looks back over spaces and
/// opening quotes or brackets only (a few characters, never the whole text).
fn opens_sentence(text: &str, at: usize) -> bool {
    const LOOK_BACK: usize = 16;
    let mut seen = 0;
    for c in text[..at].chars().rev().take(LOOK_BACK) {
        seen += 1;
        match c {
            '\n' | '\r' => return true,
            ' ' | '\t' | '\u{a0}' | '"' | '\'' | '“' | '‘' | '(' | '[' => {}
            _ => return matches!(c, '.' | '!' | '?' | ':' | '-' | '–' | '—' | '…'),
        }
    }
    // The text's start opens a sentence; a long run of spaces says nothing.
    seen < LOOK_BACK
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
        // Known names, and whole names the article writes the same way in
        // running text ("Nusantara Air"), stay whole.
        let whole = &text[v.toks[c.a].start..v.toks[c.b - 1].end];
        if c.lex.is_some() || (c.b - c.a > 1 && occurs(text, whole, span)) {
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
    out.retain(|c| !super::rules::fixes::lone_word(v, c));
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
                && occurs_as_name(text, &text[v.toks[s].start..v.toks[e - 1].end], span)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_word_list_is_clean_and_sorted() {
        let file = "title_case_function_words.txt";
        let problems = crate::data::check_hygiene(file, FUNCTION_WORDS_SRC);
        assert!(problems.is_empty(), "{problems:?}");
        let words: Vec<&str> = lines(file, FUNCTION_WORDS_SRC).map(|l| l.text).collect();
        assert!(words.is_sorted(), "{file} is not sorted");
        assert!(
            words.iter().all(|w| *w == w.to_lowercase()),
            "{file}: lowercase"
        );
    }

    #[test]
    fn function_words() {
        let rows = [
            ("karena", true),
            ("saat", true),
            ("usai", true),
            ("sejak", true),
            ("serta", true),
            ("Karena", false), // the list is looked up lowercased
            ("wafat", false),
            ("jantung", false),
            ("tembus", false),
        ];
        for (w, want) in rows {
            assert_eq!(function_word(w), want, "{w}");
        }
    }

    #[test]
    fn sentence_openers() {
        // (text, byte offset of the word, opens a sentence)
        let rows = [
            ("Suhu di Madinah", 0, true),
            ("Liliana mengingatkan jemaah. Suhu di Madinah", 29, true),
            ("kata Liliana. \"Suhu di Madinah", 15, true),
            ("jemaah wafat.\nSuhu di Madinah", 14, true),
            ("JAKARTA, KOMPAS.com - Kementerian Agama", 22, true),
            ("Kemenag: Jemaah Wafat", 9, true),
            ("kata Liliana di Madinah", 5, false),
            ("Kepala Pusat Kesehatan Haji", 7, false),
            ("(Kemenkes) mencatat", 1, true),
        ];
        for (text, at, want) in rows {
            assert_eq!(opens_sentence(text, at), want, "{text:?} at {at}");
        }
    }
}
