//! Paragraphs, sentences and tokens of Indonesian news text, with byte spans.
//!
//! A hand-written byte scanner (ASCII by table, other characters by Unicode
//! properties, grapheme clusters from `unicode-segmentation` kept whole) with
//! Indonesian rules:
//!
//! - **Paragraphs** are the non-blank lines, trimmed.
//! - **Numbers** keep their separators and marks: `10.000`, `1.200.000`,
//!   `12,5`, `,5`, `13/7/2025`, `13-07-2025`, `07.30`, `07:30`, `40%`, `-5`,
//!   `Rp50.000,-`, `2000-an`. A currency glued to the amount is part of the token
//!   (`Rp5.000`, `Rp.5.000`, `US$10`, `$5`, `€20`); written apart, `Rp 5.000` is
//!   two tokens (`Rp` a word, `5.000` a number). A range is three tokens
//!   (`5-10`, `2007-2008`); a period after a number ends the sentence, it is
//!   not part of the number (`… 2025.`).
//! - **Words** stay whole across hyphens and apostrophes (`anak-anak`,
//!   `Wonsan-Kalma`, `ke-3`, `Covid-19`, `Jum'at`); a dash with a space on
//!   either side, `–`, `—` and `--` are punctuation. Clitics are marked, not
//!   split: the token's `stem_start..stem_end` is the word without `-nya`,
//!   `-lah`, `-kah`, `-pun`, `ku-`, `kau-` (see `clitic`). `"nyata"-nya` gives a
//!   token `-nya` of its own with an empty stem: its stem is the quoted word.
//! - **Abbreviations** keep their period: listed ones (`Dr.`, `dll.`, `Jl.`),
//!   initials (`M. Hatta`), dotted groups (`S.H.`, `a.n.`, `M.Si.`).
//! - **URLs**, e-mail addresses, domains (`KOMPAS.com`), `@handles` and
//!   `#hashtags` are one `Url` token. `...` and `…` are one punctuation token.
//!
//! It does not normalize, lowercase or stem beyond marking clitics.
//!
//! ```
//! use corpus_analyze::token::segment;
//! let text = "Harga naik 12,5% menjadi Rp5.000. \"Itu wajar,\" kata Dr. Budi.";
//! let seg = segment(text);
//! let words: Vec<&str> = seg.tokens.iter().map(|t| t.text(text)).collect();
//! assert_eq!(words[2..5], ["12,5%", "menjadi", "Rp5.000"]);
//! assert_eq!(seg.sentences.len(), 2);
//! assert!(words.contains(&"Dr."));
//! ```

mod chars;
pub mod class;
mod clitic;
mod lists;
mod scan;
mod sentence;
mod stems;

use crate::model::{Sentence, Span, Token};
pub(crate) use lists::KeyHasher;
use lists::LISTS;
use std::cell::Cell;

/// A segmented text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmented {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

/// Texts up to this size keep the splitter's index list in a per-thread
/// buffer between texts; a larger text gets its own, freed with it, so one
/// huge file does not pin its buffer for the rest of the run.
const SCRATCH_MAX_BYTES: usize = 1 << 18;

thread_local! {
    /// The splitter's index list (see `scan::Scanner::run_marked`), kept between texts.
    static READ: Cell<Vec<usize>> = const { Cell::new(Vec::new()) };
}

/// Splits a (cleaned) text into paragraphs (non-blank lines), sentences and tokens.
///
/// The lists are built in place, reserved by the text's size: news text has
/// about one token per six bytes, one sentence per 130 and one paragraph per
/// 200 (IndoSum), so the reservations below are rarely outgrown. Scanning into
/// per-thread buffers and copying each list out at its exact size cost a
/// fifth of the segmentation in `memcpy` (IndoSum dev: 45 M of 246 M
/// instructions) to save about 5 % of the run's peak memory.
pub fn segment(text: &str) -> Segmented {
    let mut seg = Segmented {
        paragraphs: Vec::with_capacity(text.len() / 150 + 4),
        sentences: Vec::with_capacity(text.len() / 100 + 4),
        tokens: Vec::with_capacity(text.len() / 5 + 8),
    };
    let small = text.len() <= SCRATCH_MAX_BYTES;
    let mut read = if small { READ.take() } else { Vec::new() };
    let lists = &*LISTS;
    let mut pos = 0;
    while pos < text.len() {
        let line_start = pos;
        pos = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |k| pos + k + 1);
        let (start, end) = trim_spaces(text, line_start, pos);
        if end <= start {
            continue;
        }
        seg.paragraphs.push(Span::new(start, end));
        let first = seg.tokens.len();
        // `read`: the tokens of a paragraph that the sentence splitter must read.
        read.clear();
        scan::Scanner::new(text, start, end, lists).run_marked(&mut seg.tokens, &mut read);
        let tokens = &seg.tokens[first..];
        sentence::split(text, tokens, first, &read, lists, &mut seg.sentences);
    }
    if small {
        READ.set(read);
    }
    seg
}

/// `start..end` (char boundaries of `text`) without the `chars::is_space`
/// chars at either end. ASCII bytes are judged by themselves: most lines open
/// on a letter and close on a period and a newline, and std's char-by-char
/// trims cost 90 instructions a line.
fn trim_spaces(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let ascii_space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    while start < end {
        let c = b[start];
        if c < 0x80 {
            if !ascii_space(c) {
                break;
            }
            start += 1;
        } else {
            match chars::char_at(text, start) {
                Some((ch, n)) if chars::is_space(ch) => start += n,
                _ => break,
            }
        }
    }
    while end > start {
        let c = b[end - 1];
        if c < 0x80 {
            if !ascii_space(c) {
                break;
            }
            end -= 1;
        } else {
            match chars::char_before(text, end) {
                Some(ch) if chars::is_space(ch) => end -= ch.len_utf8(),
                _ => break,
            }
        }
    }
    (start, end)
}

/// Appends the tokens of `text[span]` to `out`. A span that does not fall on
/// char boundaries is narrowed to the chars it fully covers.
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let mut end = span.end.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = span.start.min(end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    scan::Scanner::new(text, start, end, &LISTS).run(out);
}

#[cfg(test)]
mod tests;
