//! One sentence seen by the name extractor: per token its lowercase form,
//! shape, whether it may be part of a name at all (a candidate), whether it
//! opens the sentence, and which lexicon entry (if any) covers it.
//!
//! Built once per sentence into reused buffers; it decides nothing about
//! entities itself.

use super::EntityKind;
use super::cues::{self, CUES, class};
use super::fx::{FxSet, hash_str};
use super::words::{self, Words};
use crate::lexicon::Lexicon;
use crate::model::{Token, TokenKind};
use std::borrow::Cow;

/// The lexicon's opinion of one token: `(kind, begins)` of the longest match covering it.
pub type LexTag = Option<(EntityKind, bool)>;

/// Reusable per-sentence buffers.
#[derive(Default)]
pub struct View<'a> {
    pub text: &'a str,
    /// The sentence's tokens, with hyphen compounds of known names split
    /// (`Rusia-Korea Utara` → `Rusia`, `-`, `Korea`, `Utara`).
    /// Borrowed from the sentence unless a compound was split.
    pub toks: Cow<'a, [Token]>,
    /// Scratch space for the split tokens.
    split: Vec<Token>,
    /// The facts of each distinct word, kept across sentences (and, through
    /// [`Parts`], across articles of one thread).
    pub words: Words,
    /// Token `i`'s entry in `words` ([`words::NONE`] where it has no lowercase form).
    pub word_id: Vec<u32>,
    /// Where token `i`'s lowercase form is in `words` (empty where there is none).
    lower_at: Vec<(u32, u32)>,
    /// List flags of each token near a capitalized word ([`cues::class`]).
    pub class: Vec<u32>,
    /// The union of `class`: a pass looking for a list's words skips the
    /// sentences that hold none.
    pub bits: u32,
    /// [`hash_str`] of each lowercase form (0 where there is none).
    pub hash: Vec<u64>,
    pub shape: Vec<Shape>,
    pub cand: Vec<bool>,
    /// The indices `i` where `cand[i]`, ascending: the passes that only
    /// care about candidates and their neighbours walk this list instead of
    /// the whole sentence (most tokens are lowercase words, never candidates).
    pub cands: Vec<u32>,
    pub initial: Vec<bool>,
    pub lex: Vec<LexTag>,
    /// Lexicon matches: token range and the entry's index in `lex_entries`.
    pub lex_spans: Vec<(usize, usize, usize)>,
    pub lex_entries: Vec<(EntityKind, &'a str)>,
}

/// A view's buffers without its borrows, kept per thread between articles
/// so that filling a view allocates nothing once they have grown.
#[derive(Default)]
pub struct Parts {
    split: Vec<Token>,
    words: Words,
    word_id: Vec<u32>,
    lower_at: Vec<(u32, u32)>,
    class: Vec<u32>,
    hash: Vec<u64>,
    shape: Vec<Shape>,
    cand: Vec<bool>,
    cands: Vec<u32>,
    initial: Vec<bool>,
    lex: Vec<LexTag>,
    lex_spans: Vec<(usize, usize, usize)>,
    lex_entries: Vec<(EntityKind, &'static str)>,
}

/// Marks a `lower_at` range as a range of the text (a word written in
/// lowercase) rather than of the word cache.
const IN_TEXT: u32 = 1 << 31;

/// A coarse word shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
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

/// The tokenizer's byte classes of each token ([`Token::class`]): they tell
/// the shape, the case and the hyphens of a token without reading its bytes.
use crate::token::class as byte;

/// The shape of a token (the general way; [`View::scan`] reads plain
/// ASCII words from their byte classes).
#[cfg(test)]
pub(super) fn shape_of(tok: &Token, s: &str) -> Shape {
    shape_of_kind(tok.kind, s)
}

/// [`shape_of`] of a token of kind `kind`.
fn shape_of_kind(kind: TokenKind, s: &str) -> Shape {
    if kind == TokenKind::Word && s.is_ascii() {
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
    if kind == TokenKind::Number || s.bytes().any(|b| b.is_ascii_digit()) {
        return Shape::Digit;
    }
    if kind != TokenKind::Word {
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

/// What the byte classes of a word tell: [`WORD_FACTS`] entries.
mod facts {
    /// The low three bits: the shape's index in [`super::SHAPES`].
    pub const SHAPE: u8 = 7;
    /// Capitalized: a candidate.
    pub const CAP: u8 = 8;
    /// A capitalized or non-ASCII first byte and a hyphen after it: a
    /// [`super::compound`]. (The scan only learns that the sentence may
    /// need [`super::split_compound`]; a word that splits into nothing
    /// leaves the tokens as they were.)
    pub const COMPOUND: u8 = 16;
    /// The classes do not tell the shape (digits, non-ASCII): read the text.
    pub const GENERAL: u8 = 32;
}

/// [`Shape`]s by index (the order of [`WORD_FACTS`]' shape bits; eight
/// entries, so that a three-bit index needs no bounds check).
const SHAPES: [Shape; 8] = [
    Shape::Cap,
    Shape::Upper,
    Shape::Lower,
    Shape::Mixed,
    Shape::Digit,
    Shape::Punct,
    Shape::Punct,
    Shape::Punct,
];

/// The facts of a word by its packed byte classes ([`Token::class`]): the
/// word shape of a plain ASCII word is one table read.
static WORD_FACTS: [u8; byte::PACKED] = {
    let mut t = [0u8; byte::PACKED];
    let mut c = 0;
    while c < byte::PACKED {
        let (first, rest) = (byte::first(c as u16), byte::rest(c as u16));
        let compound = first & (byte::UPPER | byte::HIGH) != 0 && rest & byte::HYPHEN != 0;
        let mut e = if compound { facts::COMPOUND } else { 0 };
        if first & (byte::LOWER | byte::UPPER) != 0 && rest & (byte::DIGIT | byte::HIGH) == 0 {
            let upper = first == byte::UPPER;
            let s = match (upper, rest & byte::UPPER != 0, rest & byte::LOWER != 0) {
                (true, _, false) => Shape::Upper,
                (true, false, _) => Shape::Cap,
                (true, _, _) | (false, true, _) => Shape::Mixed,
                (false, false, _) => Shape::Lower,
            };
            e |= s as u8;
            if upper {
                e |= facts::CAP;
            }
        } else {
            e |= facts::GENERAL;
        }
        t[c] = e;
        c += 1;
    }
    t
};

/// A word token's shape, candidate flag (capitalized) and [`compound`]
/// flag, given its byte classes `c` ([`Token::class`]) and, for the odd
/// words (digits, non-ASCII) whose shape the classes do not tell, its text.
///
/// The shape is [`shape_of`], from the byte classes where they tell it.
#[inline]
fn word_facts<'s>(c: u16, w: impl FnOnce() -> &'s str) -> (Shape, bool, bool) {
    let e = WORD_FACTS[usize::from(c) & (byte::PACKED - 1)];
    let compound = e & facts::COMPOUND != 0;
    if e & facts::GENERAL == 0 {
        return (
            SHAPES[usize::from(e & facts::SHAPE)],
            e & facts::CAP != 0,
            compound,
        );
    }
    word_facts_general(w(), compound)
}

/// [`word_facts`] of the words whose classes do not tell the shape.
#[cold]
fn word_facts_general(w: &str, compound: bool) -> (Shape, bool, bool) {
    let s = shape_of_kind(TokenKind::Word, w);
    let cap = match s {
        Shape::Cap | Shape::Upper => true,
        Shape::Mixed => w.chars().next().is_some_and(char::is_uppercase),
        _ => false,
    };
    (s, cap, compound)
}

/// [`crate::lexicon::leading`] with a byte loop for ASCII.
#[inline]
fn leading(s: &str) -> &str {
    for (k, &c) in s.as_bytes().iter().enumerate() {
        if c >= 0x80 {
            return crate::lexicon::leading(s);
        }
        if !c.is_ascii_alphanumeric() {
            return &s[..k];
        }
    }
    s
}

/// A capitalized word with a hyphen (`Rusia-Korea`, `Al-Qaeda`), given its bytes.
#[inline]
fn compound(t: &Token, b: &[u8]) -> bool {
    t.kind == TokenKind::Word
        && b.first()
            .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0x80)
        && memchr::memchr(b'-', b).is_some()
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
                class: byte::of(b"-"),
                stem_start: at,
                stem_end: at + 1,
            });
            at += 1;
        }
        out.push(Token {
            start: at,
            end: at + part.len(),
            kind: TokenKind::Word,
            class: byte::of(part.as_bytes()),
            stem_start: at,
            stem_end: at + part.len(),
        });
        at += part.len();
    }
}

/// A view's per-token rows, each sliced to the sentence's length, borrowed
/// apart from its word cache: a walk over the tokens that also updates the
/// cache ([`View::rows_and_words`]) indexes them without a bounds check
/// per read, as the length is known once for all of them.
pub struct Rows<'v> {
    pub hash: &'v [u64],
    pub shape: &'v [Shape],
    pub class: &'v [u32],
    pub lex: &'v [LexTag],
    pub cand: &'v [bool],
    pub word_id: &'v [u32],
    pub cands: &'v [u32],
    text: &'v str,
    lower_at: &'v [(u32, u32)],
}

impl Rows<'_> {
    /// The lowercase form of token `i` when it has no word-cache entry
    /// (`word_id[i]` is [`words::NONE`]): [`View::lower`] of such a token,
    /// which is a range of the text or empty.
    #[inline]
    pub fn lower_in_text(&self, i: usize) -> &str {
        let r = self.lower_at[i];
        if r.0 & IN_TEXT != 0 {
            &self.text[(r.0 & !IN_TEXT) as usize..r.1 as usize]
        } else {
            ""
        }
    }
}

impl<'a> View<'a> {
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let r = self.lower_at[i];
        if r.0 & IN_TEXT != 0 {
            &self.text[(r.0 & !IN_TEXT) as usize..r.1 as usize]
        } else {
            self.words.text(r)
        }
    }

    /// A view over recycled buffers (see [`Parts`]).
    pub fn from_parts(p: Parts) -> View<'a> {
        let mut lex_entries = p.lex_entries;
        lex_entries.clear();
        View {
            text: "",
            toks: Cow::Borrowed(&[]),
            split: p.split,
            words: p.words,
            word_id: p.word_id,
            lower_at: p.lower_at,
            class: p.class,
            bits: 0,
            hash: p.hash,
            shape: p.shape,
            cand: p.cand,
            cands: p.cands,
            initial: p.initial,
            lex: p.lex,
            lex_spans: p.lex_spans,
            lex_entries,
        }
    }

    /// The buffers, for the next view of this thread.
    pub fn into_parts(self) -> Parts {
        let mut split = self.split;
        if let Cow::Owned(v) = self.toks
            && v.capacity() > split.capacity()
        {
            split = v;
        }
        let mut lex_entries = self.lex_entries;
        lex_entries.clear();
        Parts {
            split,
            words: self.words,
            word_id: self.word_id,
            lower_at: self.lower_at,
            class: self.class,
            hash: self.hash,
            shape: self.shape,
            cand: self.cand,
            cands: self.cands,
            initial: self.initial,
            lex: self.lex,
            lex_spans: self.lex_spans,
            // Empty: collecting in place keeps the allocation, drops the borrow.
            lex_entries: lex_entries.into_iter().map(|(k, _)| (k, "")).collect(),
        }
    }

    /// The per-token rows and the word cache, borrowed apart (see [`Rows`]).
    #[inline]
    pub fn rows_and_words(&mut self) -> (Rows<'_>, &mut Words) {
        let n = self.toks.len();
        (
            Rows {
                hash: &self.hash[..n],
                shape: &self.shape[..n],
                class: &self.class[..n],
                lex: &self.lex[..n],
                cand: &self.cand[..n],
                word_id: &self.word_id[..n],
                cands: &self.cands,
                text: self.text,
                lower_at: &self.lower_at[..n],
            },
            &mut self.words,
        )
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
        self.words.trim();
        self.lex.clear();
        self.lex_spans.clear();
        self.lex_entries.clear();
        if let Cow::Owned(v) = std::mem::replace(&mut self.toks, Cow::Borrowed(toks)) {
            self.split = v;
        }
        // Hyphen compounds of known places are rare: scan as written, and
        // only when one turns up split it and scan again.
        if self.scan() {
            let bytes = text.as_bytes();
            let mut split = std::mem::take(&mut self.split);
            split.clear();
            for (k, t) in toks.iter().enumerate() {
                if compound(t, &bytes[t.start..t.end]) {
                    split_compound(text, t, toks.get(k + 1), lexicon, &mut split);
                } else {
                    split.push(*t);
                }
            }
            self.toks = Cow::Owned(split);
            self.scan();
        }
        self.lower_forms();
        self.connectors();
        self.match_lexicon(lexicon);
    }

    /// Shapes, sentence starts and candidates of the tokens. True when a
    /// capitalized hyphen compound was seen (it may need [`split_compound`]).
    ///
    /// The one pass over every token of the sentence. It reads no bytes of
    /// the text (but for the rare word whose classes do not tell its shape,
    /// and one-byte punctuation): the tokenizer recorded each token's byte
    /// classes, and the shape of a plain ASCII word follows from them.
    #[inline(never)] // once per sentence: kept apart in profiles
    fn scan(&mut self) -> bool {
        // The fields apart, so that the loop writes through plain slices
        // (no length or capacity updates in memory per token).
        let View {
            text,
            toks,
            shape,
            initial,
            cand,
            cands,
            ..
        } = self;
        let bytes = text.as_bytes();
        let n = toks.len();
        shape.clear();
        shape.resize(n, Shape::Punct);
        initial.clear();
        initial.resize(n, false);
        cand.clear();
        cand.resize(n, false);
        cands.clear();
        cands.reserve(n);
        let toks: &[Token] = toks;
        // Sliced to the tokens' length: the index loop below needs no bounds checks.
        let (shape, initial, cand) = (&mut shape[..n], &mut initial[..n], &mut cand[..n]);
        let mut compounds = false;
        let mut at_start = true;
        for i in 0..n {
            let t = &toks[i];
            if t.kind != TokenKind::Word {
                // [`shape_of`] of a token that is no word; `cand` stays false.
                let digit = t.kind == TokenKind::Number || byte::all(t.class) & byte::DIGIT != 0;
                shape[i] = if digit { Shape::Digit } else { Shape::Punct };
                // Opening quotes, dashes and brackets keep the sentence start open.
                if t.kind == TokenKind::Number {
                    at_start = false;
                } else if t.end == t.start + 1 && matches!(bytes[t.start], b':' | b';') {
                    at_start = true;
                }
                continue;
            }
            initial[i] = at_start;
            at_start = false;
            let (s, capital, compound) = word_facts(t.class, || t.text(text));
            shape[i] = s;
            cand[i] = capital;
            if capital {
                cands.push(i as u32);
            }
            compounds |= compound;
        }
        compounds
    }

    /// The lowercase form, hash, list flags and word entry of each token
    /// near a candidate.
    #[inline(never)]
    fn lower_forms(&mut self) {
        // Lowercase forms and list flags are only read near capitalized words
        // (features look one token away, rules a few more); the rest stay empty.
        // Rules look up to four words back (titles, place and thing nouns)
        // and two ahead (connectors).
        const BACK: usize = 4;
        const AHEAD: usize = 2;
        // The fields apart, written through plain slices (as in `scan`).
        let View {
            text,
            toks,
            words,
            word_id,
            lower_at,
            class,
            bits,
            hash,
            cands,
            ..
        } = self;
        let text: &str = text;
        let toks: &[Token] = toks;
        let n = toks.len();
        class.clear();
        class.resize(n, 0);
        hash.clear();
        hash.resize(n, 0);
        lower_at.clear();
        lower_at.resize(n, (0, 0));
        word_id.clear();
        word_id.resize(n, words::NONE);
        let (class, hash, lower_at) = (&mut class[..n], &mut hash[..n], &mut lower_at[..n]);
        let word_id = &mut word_id[..n];
        let table = cues::class_table();
        let mut union = 0;
        // The windows around candidates, merged, left to right: each token
        // near one is filled once, the others are never visited.
        let mut done = 0;
        for &c in cands.iter() {
            let c = c as usize;
            let (lo, hi) = (c.saturating_sub(BACK).max(done), (c + AHEAD + 1).min(n));
            for i in lo..hi {
                let t = &toks[i];
                // A word written in lowercase ASCII (most of them) is its own
                // lowercase form: its hash and flags cost less than a trip to the
                // word cache, whose entries are mostly out of the CPU caches.
                let f = byte::all(t.class);
                if t.end < IN_TEXT as usize && f & (byte::UPPER | byte::HIGH) == 0 {
                    let hyphen = f & byte::HYPHEN != 0;
                    let (h, cl) = words::hash_and_class_at(text, t.start, t.end, hyphen, table);
                    lower_at[i] = (t.start as u32 | IN_TEXT, t.end as u32);
                    class[i] = cl;
                    union |= cl;
                    hash[i] = h;
                    continue;
                }
                // Each distinct word is lowercased, hashed and looked up once.
                let id = words.id(t.text(text));
                let w = &words.entries[id as usize];
                lower_at[i] = w.lower;
                let cl = w.class();
                class[i] = cl;
                union |= cl;
                hash[i] = w.hash;
                word_id[i] = id;
            }
            done = done.max(hi);
        }
        *bits = union;
    }

    /// Connectors, initials' dots and numbers joining capitalized words:
    /// only a token right after a candidate may join, so the walk starts
    /// after each candidate and goes on while tokens join.
    #[inline(never)]
    fn connectors(&mut self) {
        let n = self.toks.len();
        let before = self.cands.len();
        for k in 0..before {
            let mut i = self.cands[k] as usize + 1;
            while i + 1 < n && !self.cand[i] {
                let join = self.joins(i);
                self.cand[i] = join;
                if !join {
                    break;
                }
                self.cands.push(i as u32);
                i += 1;
            }
        }
        if n > 1 && !self.cand[n - 1] && self.shape[n - 1] == Shape::Digit && self.cand[n - 2] {
            self.cand[n - 1] = true;
            self.cands.push(n as u32 - 1);
        }
        if self.cands.len() > before {
            self.cands.sort_unstable();
        }
    }

    /// Does the non-candidate token `i`, right after a candidate, join it
    /// to the name going on after it?
    fn joins(&self, i: usize) -> bool {
        let n = self.toks.len();
        // Asked only where the token itself may join: most tokens after a
        // name are plain words, which a flag test rejects.
        let adjacent = || self.toks[i - 1].end == self.toks[i].start;
        let next_cap = || {
            self.cand[i + 1] || (i + 2 < n && self.cand[i + 2] && self.has(i + 1, class::CONNECTOR))
        };
        match self.shape[i] {
            Shape::Digit => true,
            Shape::Punct => {
                let w = self.lower(i);
                (w == "." && adjacent() && self.word(i - 1).chars().count() <= 3 && next_cap())
                    || (matches!(w, "-" | "&" | "'") && next_cap())
            }
            _ => self.has(i, class::CONNECTOR) && next_cap(),
        }
    }

    /// Is token `i` on the list(s) of `bit` (see [`cues::class`])?
    #[inline]
    pub fn has(&self, i: usize, bit: u32) -> bool {
        self.class[i] & bit != 0
    }

    /// Longest lexicon matches starting at capitalized tokens, left to right.
    #[inline(never)]
    fn match_lexicon(&mut self, lexicon: &'a Lexicon) {
        self.words.use_lexicon(lexicon.generation());
        let n = self.toks.len();
        self.lex.resize(n, None);
        // Left to right over the candidates, from `next` on.
        let mut next = 0;
        for k in 0..self.cands.len() {
            let i = self.cands[k] as usize;
            if i < next {
                continue;
            }
            // Most capitalized words start no name: their cached answer
            // rejects them before anything else is read.
            let id = self.word_id[i];
            if id != words::NONE && self.words.starts_none(id) {
                continue;
            }
            if self.shape[i] == Shape::Punct {
                continue;
            }
            let first = self.word(i);
            // Headlines and agency datelines write names in capitals; acronyms
            // are written as words ("Tass", "Nato", "Asean").
            let fold = (self.shape[i] == Shape::Upper && first.len() > 3)
                || (self.shape[i] == Shape::Cap && first.len() >= 4);
            let (exact_words, fold_words) = self.start_words(i, fold, lexicon);
            let exact = exact_words > 0;
            let fold = fold_words > 0;
            if !exact && !fold {
                continue;
            }
            let max = exact_words.max(fold_words);
            let mut best = None;
            let mut words = 0;
            for j in i..n {
                if self.toks[j].kind == TokenKind::Word || self.toks[j].kind == TokenKind::Number {
                    words += 1;
                }
                if words > max {
                    break;
                }
                if !self.cand[j] && self.shape[j] == Shape::Lower && !self.has(j, class::CONNECTOR)
                {
                    break;
                }
                if !self.cand[j] || self.shape[j] == Shape::Punct {
                    continue;
                }
                let s = &self.text[self.toks[i].start..self.toks[j].end];
                let hit = exact
                    .then(|| lexicon.lookup_exact(s))
                    .flatten()
                    .or_else(|| {
                        if !fold {
                            return None;
                        }
                        if self.shape[i] == Shape::Upper {
                            lexicon
                                .lookup(s)
                                .filter(|e| e.canonical.to_uppercase() == s || s.contains(' '))
                        } else if i == j {
                            // A pure function of the word and the lexicon:
                            // a miss is kept in the word cache.
                            let id = self.word_id[i];
                            if id != words::NONE && self.words.no_acronym(id) {
                                return None;
                            }
                            let hit = lexicon.lookup(s).filter(|e| {
                                e.aliases.iter().chain([&e.canonical]).any(|a| {
                                    a.eq_ignore_ascii_case(s)
                                        && a.bytes().all(|b| b.is_ascii_uppercase())
                                })
                            });
                            if hit.is_none() && id != words::NONE {
                                self.words.set_no_acronym(id);
                            }
                            hit
                        } else {
                            None
                        }
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
                    next = j + 1;
                }
                None => next = i + 1,
            }
        }
    }

    /// How many words the longest lexicon names starting with token `i`
    /// have at most, as written and (when `fold`, else 0) lowercased: 0
    /// when none starts so.
    ///
    /// A pure function of the word (its leading part, lowercase form and
    /// byte classes) and the lexicon: a word from the word cache is asked
    /// of the lexicon once, and its answer kept there ([`Words::starts`])
    /// for every later occurrence, in this article and the next ones.
    #[inline]
    fn start_words(&mut self, i: usize, fold: bool, lexicon: &Lexicon) -> (usize, usize) {
        let id = self.word_id[i];
        let cached = if id == words::NONE {
            None
        } else {
            self.words.starts(id)
        };
        let (exact, folded) = match cached {
            Some(s) => s,
            None => {
                let (lead, fold_lead) = self.leads(i, true);
                let s = (
                    lexicon.start_words(lead),
                    lexicon.start_words_folded(fold_lead),
                );
                if id != words::NONE {
                    self.words.set_starts(id, s.0, s.1);
                }
                s
            }
        };
        #[cfg(test)]
        {
            let (lead, fold_lead) = self.leads(i, fold);
            let want = (
                lexicon.start_words(lead),
                if fold {
                    lexicon.start_words_folded(fold_lead)
                } else {
                    0
                },
            );
            assert_eq!(
                (exact, if fold { folded } else { 0 }),
                want,
                "{}",
                self.word(i)
            );
        }
        (exact, if fold { folded } else { 0 })
    }

    /// The hashes ([`hash_str`]) of token `i`'s leading letters and digits
    /// as written, and (when `fold`, else 0) of its lowercase form's.
    fn leads(&self, i: usize, fold: bool) -> (u64, u64) {
        let first = self.word(i);
        // A word of ASCII letters and digits only is its own leading part.
        let plain = byte::all(self.toks[i].class) & (byte::HIGH | byte::HYPHEN | byte::OTHER) == 0;
        let lead = if plain { first } else { leading(first) };
        let fold_lead = if !fold {
            0
        } else if lead.len() == first.len() {
            self.hash[i]
        } else {
            hash_str(leading(self.lower(i)))
        };
        let lead_hash = hash_str(lead);
        (lead_hash, fold_lead)
    }

    /// A title or rank the lexicon does not claim ("Presiden", "Irjen").
    pub fn is_title(&self, i: usize) -> bool {
        self.has(i, class::TITLE) && self.lex[i].is_none()
    }

    /// Do tokens `[a, b)` spell one title entry ("Irjen Pol", "Perdana Menteri")?
    pub fn is_title_phrase(&self, a: usize, b: usize) -> bool {
        self.is_phrase(a, b, &CUES.titles)
    }

    /// Do the lowercase forms of tokens `[a, b)`, joined by spaces, form an entry of `set`?
    pub fn is_phrase(&self, a: usize, b: usize, set: &FxSet<String>) -> bool {
        if b > self.len() || b <= a {
            return false;
        }
        // Phrases are short: joined on the stack, without allocating.
        let mut buf = [0u8; 64];
        let mut len = 0;
        for k in a..b {
            let w = self.lower(k).as_bytes();
            let sep = usize::from(k > a);
            if len + sep + w.len() > buf.len() {
                let words: Vec<&str> = (a..b).map(|k| self.lower(k)).collect();
                return set.contains(&words.join(" "));
            }
            if sep == 1 {
                buf[len] = b' ';
            }
            buf[len + sep..len + sep + w.len()].copy_from_slice(w);
            len += sep + w.len();
        }
        std::str::from_utf8(&buf[..len]).is_ok_and(|p| set.contains(p))
    }

    /// A day or month name.
    pub fn is_calendar(&self, i: usize) -> bool {
        self.has(i, class::CALENDAR)
    }

    /// True when the token is on the ordinary-words list.
    /// Reduplicated forms count as their base (`teman-teman`, `anak-anak`).
    pub fn is_common(&self, i: usize) -> bool {
        self.has(i, class::COMMON)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::segment;

    /// Everything a view shows of its sentence.
    fn seen(v: &View) -> String {
        let n = v.len();
        let per: Vec<String> = (0..n)
            .map(|i| {
                format!(
                    "{:?}/{:?}/{}/{}/{}/{:x}/{:x}/{:?}/{}",
                    v.toks[i],
                    v.shape[i],
                    v.initial[i],
                    v.cand[i],
                    v.lower(i),
                    v.class[i],
                    v.hash[i],
                    v.lex[i],
                    v.word_id[i] == words::NONE,
                )
            })
            .collect();
        format!(
            "{per:?} {:?} {:x} {:?} {:?}",
            v.cands, v.bits, v.lex_spans, v.lex_entries
        )
    }

    /// The scan takes the shape and flags of capitalized words from the
    /// word cache: a view that carries the cache over many articles sees
    /// every sentence exactly as a fresh view does.
    #[test]
    fn cached_words_give_what_a_fresh_view_computes() {
        let lex = Lexicon::builtin();
        let mut texts = crate::extract::fixture_texts();
        texts.push(
            "ÉLYSÉE menyebut Élysée, iPhone, -Élysée dan Rusia-Korea Utara; \
             Al-Qaeda, KPK, G20, Ö, Teman-teman Jokowi-JK di Asia-Pasifik."
                .to_string(),
        );
        // Acronyms written as words, met again (the word cache keeps the
        // misses of their one-word folded lookup).
        texts.push(
            "Nato dan Asean bertemu. Menurut Nato, Asean dan Opec setuju; \
             Kata Nato lagi, Tass melaporkan Asean dan Opec."
                .to_string(),
        );
        let segs: Vec<_> = texts.iter().map(|t| segment(t)).collect();
        let mut kept = View::default();
        let mut sentences = 0;
        for (text, seg) in texts.iter().zip(&segs) {
            for s in &seg.sentences {
                let toks = &seg.tokens[s.tokens.clone()];
                kept.fill(text, toks, &lex);
                let mut fresh = View::default();
                fresh.fill(text, toks, &lex);
                assert_eq!(seen(&kept), seen(&fresh), "{text:?}");
                sentences += 1;
            }
        }
        assert!(sentences > 100, "{sentences}");
    }

    /// The lexicon's start words kept per word belong to one lexicon: a
    /// view that saw other lexicons (a clone, an extended one, an empty
    /// one) matches as a fresh view does.
    #[test]
    fn cached_start_words_follow_the_lexicon() {
        let builtin = Lexicon::builtin();
        let mut extended = Lexicon::builtin();
        extended
            .extend(
                "t.txt",
                "person | Sinta Dewi Larasati\nplace | Kampung Durian Runtuh\n",
            )
            .unwrap();
        let empty = Lexicon::default();
        let text = "Sinta Dewi Larasati tiba di Kampung Durian Runtuh, Jawa Barat, \
                    bersama Joko Widodo dan Sri Mulyani dari Jakarta.";
        let seg = segment(text);
        let mut kept = View::default();
        for lex in [&builtin, &extended, &empty, &builtin, &extended] {
            kept.fill(text, &seg.tokens, lex);
            let mut fresh = View::default();
            fresh.fill(text, &seg.tokens, lex);
            assert_eq!(seen(&kept), seen(&fresh));
        }
        kept.fill(text, &seg.tokens, &extended);
        assert!(
            kept.lex_entries
                .iter()
                .any(|e| e.1 == "Sinta Dewi Larasati")
        );
        kept.fill(text, &seg.tokens, &builtin);
        assert!(
            kept.lex_entries
                .iter()
                .all(|e| e.1 != "Sinta Dewi Larasati")
        );
    }

    /// The shape and flags the scan reads from a token's byte classes are
    /// what the general shape and the byte test of [`compound`] give; on
    /// tokens as the tokenizer makes them (it fills `Token::class`).
    #[test]
    fn shapes_are_listed_in_their_order() {
        for (k, s) in SHAPES.iter().enumerate().take(6) {
            assert_eq!(*s as usize, k);
        }
    }

    #[test]
    fn facts_from_classes_equal_the_general_shape() {
        let text = "Jakarta KPK kata iPhone McDonald G20 2024 Élysée ÉLYSÉE -Élysée \
                    'Élysée Rusia-Korea Al-Qaeda DPR-RI Ö élan x A Jum'at ke-3 Dr. S.H. \
                    anak-anak Covid-19 Moody's café naïve";
        let seg = segment(text);
        assert!(seg.tokens.len() > 25);
        for t in &seg.tokens {
            let w = t.text(text);
            assert_eq!(t.class, byte::of(w.as_bytes()), "{w}");
            if t.kind != TokenKind::Word {
                continue;
            }
            let (shape, cap, compound) = word_facts(t.class, || w);
            assert_eq!(shape, shape_of(t, w), "{w}");
            let capital = match shape {
                Shape::Cap | Shape::Upper => true,
                Shape::Mixed => w.chars().next().is_some_and(char::is_uppercase),
                _ => false,
            };
            assert_eq!(cap, capital, "{w}");
            assert_eq!(compound, self::compound(t, w.as_bytes()), "{w}");
        }
    }
}
