//! Inline forms: a teaser inside a paragraph, in brackets ("… (Baca juga: …)
//! …") or glued after a finished sentence ("… kata dia. Baca juga: …"), and
//! tails anywhere ("Note: The text is visually enhanced …").
//!
//! Found with one Aho-Corasick pass over the first words of the inline
//! markers; each hit looks at most [`WINDOW`] bytes around it (a tail once per
//! line to its end), so the cost stays linear even on a 200 MB single line.

use super::markers::{Kind, Markers};
use super::{Boilerplate, hit, scan};

/// How far a bracketed or glued teaser may reach, in bytes.
const WINDOW: usize = 1024;
/// A glued teaser ("… kata dia. Baca juga: Judul") is removed only when the
/// rest of its line is at most this many words; beyond, real text follows it.
const GLUED_MAX_WORDS: usize = 30;

/// Appends the inline removals outside `whole_lines` (sorted line spans
/// already removed whole).
pub fn find(
    text: &str,
    markers: &Markers,
    whole_lines: &[(usize, usize)],
    out: &mut Vec<Boilerplate>,
) {
    let Some((ac, ids)) = markers.inline() else {
        return;
    };
    // Where a first word starts, with its pattern id (hits are rare: kept
    // in a small list so both finders feed one loop).
    let mut starts: Vec<(usize, usize)> = Vec::new();
    match markers.inline_plain() {
        Some(plain) => plain.find(text, |at, id| starts.push((at, id))),
        None => starts.extend(
            ac.find_iter(text)
                .map(|m| (m.start(), m.pattern().as_usize()))
                .filter(|&(at, _)| !scan::inside_word(text, at)),
        ),
    }
    let mut removed = whole_lines.iter().peekable();
    let mut covered = 0;
    for (at, pattern) in starts {
        if at < covered {
            continue;
        }
        while removed.next_if(|&&(_, e)| e < at).is_some() {}
        if removed.peek().is_some_and(|&&(s, e)| s <= at && at <= e) {
            continue;
        }
        let before = lookback(text, at);
        for &id in &ids[pattern] {
            let mk = markers.get(id);
            if scan::match_at(&text[at..], &mk.pattern, false).is_none() {
                continue;
            }
            let span = match mk.kind {
                Kind::Tail => Some((at, line_end(text, at))),
                _ => before.and_then(|b| teaser_span(text, at, b)),
            };
            if let Some((s, e)) = span {
                out.push(hit(text, s, e, mk));
                covered = e;
                break;
            }
        }
    }
}

/// The char before `at` on its line, skipping spaces and emphasis: its
/// offset, itself, and whether anything was skipped. None at a line start.
#[derive(Clone, Copy)]
struct Before {
    at: usize,
    c: char,
    gap: bool,
}

fn lookback(text: &str, at: usize) -> Option<Before> {
    for (n, (i, c)) in text[..at].char_indices().rev().enumerate() {
        if c == '\n' || n > 16 {
            return None;
        }
        if !(scan::is_space(c) || c == '*') {
            return Some(Before {
                at: i,
                c,
                gap: n > 0,
            });
        }
    }
    None
}

fn teaser_span(text: &str, at: usize, before: Before) -> Option<(usize, usize)> {
    if before.c == '(' || before.c == '[' {
        let close = if before.c == '(' { b')' } else { b']' };
        return Some((before.at, closing(text, before.at, before.c as u8, close)?));
    }
    let finished = matches!(before.c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')');
    if !finished || !before.gap {
        return None;
    }
    let bytes = text.as_bytes();
    let limit = (at + WINDOW).min(text.len());
    let end = match memchr::memchr(b'\n', &bytes[at..limit]) {
        Some(i) => at + i,
        None if limit == text.len() => limit,
        None => return None,
    };
    let end = if bytes[..end].ends_with(b"\r") {
        end - 1
    } else {
        end
    };
    (!scan::words_exceed(&text[at..end], GLUED_MAX_WORDS)).then_some((at, end))
}

/// Just past the bracket that closes the one at `open` (nesting counted); the
/// line end when the line ends first (a cut-off teaser); None beyond [`WINDOW`].
fn closing(text: &str, open: usize, o: u8, c: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let limit = (open + WINDOW).min(bytes.len());
    let mut depth = 0usize;
    for (i, &b) in bytes[..limit].iter().enumerate().skip(open) {
        if b == o {
            depth += 1;
        } else if b == c {
            depth -= 1;
            if depth == 0 {
                return Some(i + 1);
            }
        } else if b == b'\n' {
            return Some(if bytes[..i].ends_with(b"\r") {
                i - 1
            } else {
                i
            });
        }
    }
    (limit == bytes.len()).then_some(limit)
}

/// The end of the line holding `at`, without its `\r`.
fn line_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
    if bytes[..end].ends_with(b"\r") {
        end - 1
    } else {
        end
    }
}
