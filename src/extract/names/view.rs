//! One sentence seen by the name extractor: per token its lowercase form,
//! shape, whether it may be part of a name at all (a candidate), whether it
//! opens the sentence, and which lexicon entry (if any) covers it.
//!
//! Built once per sentence into reused buffers; it decides nothing about
//! entities itself.

use super::EntityKind;
use super::cues::CUES;
use crate::lexicon::Lexicon;
use crate::model::{Token, TokenKind};

/// The lexicon's opinion of one token: `(kind, begins)` of the longest match covering it.
pub type LexTag = Option<(EntityKind, bool)>;

/// Reusable per-sentence buffers.
#[derive(Default)]
pub struct View<'a> {
    pub text: &'a str,
    /// The sentence's tokens, with hyphen compounds of known names split
    /// (`Rusia-Korea Utara` → `Rusia`, `-`, `Korea`, `Utara`).
    pub toks: Vec<Token>,
    /// All lowercase forms, concatenated; `lower_at[i]` indexes into it.
    lower: String,
    lower_at: Vec<(u32, u32)>,
    pub shape: Vec<Shape>,
    pub cand: Vec<bool>,
    pub initial: Vec<bool>,
    pub lex: Vec<LexTag>,
    /// Lexicon matches: token range and the entry's index in `lex_entries`.
    pub lex_spans: Vec<(usize, usize, usize)>,
    pub lex_entries: Vec<(EntityKind, &'a str)>,
}

/// A coarse word shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `Jakarta`
    Cap,
    /// `KPK`
    Upper,
    /// `kata`
    Lower,
    /// `DKI`-like mixes with lowercase inside (`PDIP`-no, `McDonald`, `iPhone`)
    Mixed,
    /// `2024`, `G20`
    Digit,
    /// `,` `.` `(`
    Punct,
}

impl Shape {
    pub fn code(self) -> u8 {
        match self {
            Shape::Cap => b'C',
            Shape::Upper => b'U',
            Shape::Lower => b'l',
            Shape::Mixed => b'M',
            Shape::Digit => b'd',
            Shape::Punct => b'p',
        }
    }
}

fn shape_of(tok: &Token, s: &str) -> Shape {
    if tok.kind == TokenKind::Word && s.is_ascii() {
        let b = s.as_bytes();
        if b.iter().any(u8::is_ascii_digit) {
            return Shape::Digit;
        }
        let up = b[1..].iter().filter(|c| c.is_ascii_uppercase()).count();
        let low = b[1..].iter().filter(|c| c.is_ascii_lowercase()).count();
        return match (b[0].is_ascii_uppercase(), up, low) {
            (true, _, 0) => Shape::Upper,
            (true, 0, _) => Shape::Cap,
            (true, _, _) | (false, 1.., _) => Shape::Mixed,
            (false, 0, _) if b[0].is_ascii_lowercase() => Shape::Lower,
            _ => Shape::Punct,
        };
    }
    if tok.kind == TokenKind::Number || s.bytes().any(|b| b.is_ascii_digit()) {
        return Shape::Digit;
    }
    if tok.kind != TokenKind::Word {
        return Shape::Punct;
    }
    let mut chars = s.chars().filter(|c| c.is_alphabetic());
    let Some(first) = chars.next() else {
        return Shape::Punct;
    };
    let (mut up, mut low) = (0, 0);
    for c in chars {
        if c.is_uppercase() {
            up += 1;
        } else if c.is_lowercase() {
            low += 1;
        }
    }
    if first.is_uppercase() {
        if low == 0 {
            Shape::Upper
        } else if up == 0 {
            Shape::Cap
        } else {
            Shape::Mixed
        }
    } else if up > 0 {
        Shape::Mixed
    } else {
        Shape::Lower
    }
}

/// Lowercase words that may sit inside a name between capitalized words
/// ("Bosnia dan Herzegovina", "Ibnu bin Abdullah", "Ludwig van Beethoven").
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "dan"
            | "bin"
            | "binti"
            | "van"
            | "von"
            | "der"
            | "de"
            | "da"
            | "del"
            | "al"
            | "el"
            | "of"
            | "the"
            | "and"
            | "for"
            | "untuk"
            | "&"
            | "-"
            | "'"
    )
}

/// Pushes `t`, split at its hyphens when every part is a known place
/// (`Rusia-Korea Utara`, `Indonesia-Malaysia`), the last one possibly
/// continuing into the next token. Other compounds stay one token, as the NER
/// data writes them (`Jokowi-JK`, `Al-Qaeda`, `DPR-RI`, `Asia-Pasifik`).
fn split_compound(
    text: &str,
    t: &Token,
    next: Option<&Token>,
    lex: &Lexicon,
    out: &mut Vec<Token>,
) {
    let s = t.text(text);
    let known = |p: &str| {
        lex.lookup_exact(p)
            .is_some_and(|e| e.kind == EntityKind::Place)
    };
    let splits = t.kind == TokenKind::Word
        && !t.has_clitic()
        && s.contains('-')
        && lex.lookup_exact(s).is_none()
        && {
            let last = s.rsplit('-').next().unwrap_or("");
            let last_start = t.end - last.len();
            let with_next = next
                .filter(|n| n.kind == TokenKind::Word)
                .map(|n| &text[last_start..n.end]);
            s.split('-').rev().skip(1).all(known) && (known(last) || with_next.is_some_and(known))
        };
    if !splits {
        out.push(*t);
        return;
    }
    let mut at = t.start;
    for (k, part) in s.split('-').enumerate() {
        if k > 0 {
            out.push(Token {
                start: at,
                end: at + 1,
                kind: TokenKind::Punct,
                stem_start: at,
                stem_end: at + 1,
            });
            at += 1;
        }
        out.push(Token {
            start: at,
            end: at + part.len(),
            kind: TokenKind::Word,
            stem_start: at,
            stem_end: at + part.len(),
        });
        at += part.len();
    }
}

impl<'a> View<'a> {
    pub fn lower(&self, i: usize) -> &str {
        let (a, b) = self.lower_at[i];
        &self.lower[a as usize..b as usize]
    }

    pub fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Fills the view for one sentence's tokens.
    pub fn fill(&mut self, text: &'a str, toks: &'a [Token], lexicon: &'a Lexicon) {
        self.text = text;
        self.toks.clear();
        for (k, t) in toks.iter().enumerate() {
            split_compound(text, t, toks.get(k + 1), lexicon, &mut self.toks);
        }
        let owned = std::mem::take(&mut self.toks);
        let toks: &[Token] = &owned;
        self.lower.clear();
        self.lower_at.clear();
        self.shape.clear();
        self.cand.clear();
        self.initial.clear();
        self.lex.clear();
        self.lex_spans.clear();
        self.lex_entries.clear();
        let mut at_start = true;
        for t in toks {
            let s = t.text(text);
            self.shape.push(shape_of(t, s));
            self.initial.push(at_start && t.kind == TokenKind::Word);
            // Opening quotes, dashes and brackets keep the sentence start open.
            if t.kind == TokenKind::Word || t.kind == TokenKind::Number {
                at_start = false;
            } else if matches!(s, ":" | ";") {
                at_start = true;
            }
            let c = matches!(
                self.shape[self.shape.len() - 1],
                Shape::Cap | Shape::Upper | Shape::Mixed
            ) && t.kind == TokenKind::Word
                && s.chars().next().is_some_and(char::is_uppercase);
            self.cand.push(c);
        }
        let n = toks.len();
        // Lowercase forms are only read near capitalized words (features look
        // two tokens away, roles a little further); the rest stay empty.
        let mut last_cap: Option<usize> = None;
        let mut next_cap = (0..n).find(|&j| self.cand[j]);
        #[allow(clippy::needless_range_loop)] // `i` also indexes `self.cand`
        for i in 0..n {
            if self.cand[i] {
                last_cap = Some(i);
                next_cap = (i + 1..n).find(|&j| self.cand[j]);
            }
            let near = last_cap.is_some_and(|l| i - l <= 3) || next_cap.is_some_and(|r| r - i <= 3);
            let a = self.lower.len();
            if near {
                let s = toks[i].text(text);
                if s.is_ascii() {
                    self.lower
                        .extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
                } else {
                    for c in s.chars() {
                        self.lower.extend(c.to_lowercase());
                    }
                }
            }
            self.lower_at.push((a as u32, self.lower.len() as u32));
        }
        self.toks = owned;
        // Connectors, initials' dots and numbers joining capitalized words.
        for i in 1..n.saturating_sub(1) {
            if self.cand[i] || !self.cand[i - 1] {
                continue;
            }
            let adjacent = self.toks[i - 1].end == self.toks[i].start;
            let next_cap = self.cand[i + 1]
                || (i + 2 < n && self.cand[i + 2] && is_connector(self.lower(i + 1)));
            let w = self.lower(i);
            let join = match self.shape[i] {
                Shape::Digit => true,
                Shape::Punct => {
                    (w == "." && adjacent && self.word(i - 1).chars().count() <= 3 && next_cap)
                        || (matches!(w, "-" | "&" | "'") && next_cap)
                }
                _ => is_connector(w) && next_cap,
            };
            self.cand[i] = join;
        }
        if n > 0 && !self.cand[n - 1] && self.shape[n - 1] == Shape::Digit && n > 1 {
            self.cand[n - 1] = self.cand[n - 2];
        }
        self.match_lexicon(lexicon);
    }

    /// Longest lexicon matches starting at capitalized tokens, left to right.
    fn match_lexicon(&mut self, lexicon: &'a Lexicon) {
        let n = self.toks.len();
        self.lex.resize(n, None);
        let max = lexicon.max_words().max(1);
        let mut i = 0;
        while i < n {
            if !self.cand[i] || self.shape[i] == Shape::Punct {
                i += 1;
                continue;
            }
            let mut best = None;
            let mut words = 0;
            for j in i..n {
                if self.toks[j].kind == TokenKind::Word || self.toks[j].kind == TokenKind::Number {
                    words += 1;
                }
                if words > max + 2 {
                    break;
                }
                if !self.cand[j] && self.shape[j] == Shape::Lower && !is_connector(self.lower(j)) {
                    break;
                }
                if !self.cand[j] || self.shape[j] == Shape::Punct {
                    continue;
                }
                let s = &self.text[self.toks[i].start..self.toks[j].end];
                let hit = lexicon.lookup_exact(s).or_else(|| {
                    // Headlines and agency datelines write names in capitals.
                    (self.shape[i] == Shape::Upper && s.len() > 3)
                        .then(|| lexicon.lookup(s))
                        .flatten()
                        .filter(|e| e.canonical.to_uppercase() == s || s.contains(' '))
                        .or_else(|| {
                            // Acronyms written as words ("Tass", "Nato", "Asean").
                            (i == j && self.shape[i] == Shape::Cap && s.len() >= 4)
                                .then(|| lexicon.lookup(s))
                                .flatten()
                                .filter(|e| {
                                    e.aliases.iter().chain([&e.canonical]).any(|a| {
                                        a.eq_ignore_ascii_case(s)
                                            && a.bytes().all(|b| b.is_ascii_uppercase())
                                    })
                                })
                        })
                });
                if let Some(e) = hit {
                    best = Some((j, e));
                }
            }
            match best {
                Some((j, e)) => {
                    let idx = self.lex_entries.len();
                    self.lex_entries.push((e.kind, e.canonical.as_str()));
                    self.lex_spans.push((i, j + 1, idx));
                    for k in i..=j {
                        self.lex[k] = Some((e.kind, k == i));
                    }
                    i = j + 1;
                }
                None => i += 1,
            }
        }
    }

    /// A title or rank the lexicon does not claim ("Presiden", "Irjen").
    pub fn is_title(&self, i: usize) -> bool {
        CUES.titles.contains(self.lower(i)) && self.lex[i].is_none()
    }

    /// Do tokens `[a, b)` spell one title entry ("Irjen Pol", "Perdana Menteri")?
    pub fn is_title_phrase(&self, a: usize, b: usize) -> bool {
        self.is_phrase(a, b, &CUES.titles)
    }

    /// Do the lowercase forms of tokens `[a, b)`, joined by spaces, form an entry of `set`?
    pub fn is_phrase(&self, a: usize, b: usize, set: &std::collections::HashSet<String>) -> bool {
        if b > self.len() || b <= a {
            return false;
        }
        let mut phrase = String::new();
        for k in a..b {
            if k > a {
                phrase.push(' ');
            }
            phrase.push_str(self.lower(k));
        }
        set.contains(&phrase)
    }

    /// A day or month name.
    pub fn is_calendar(&self, i: usize) -> bool {
        CUES.calendar.contains(self.lower(i))
    }

    /// True when the token is on the ordinary-words list.
    /// Reduplicated forms count as their base (`teman-teman`, `anak-anak`).
    pub fn is_common(&self, i: usize) -> bool {
        let w = self.lower(i);
        CUES.common.contains(w)
            || w.split_once('-')
                .is_some_and(|(base, rest)| base == rest && CUES.common.contains(base))
    }
}
