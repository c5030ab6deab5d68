//! Boilerplate: finds the scraper leftovers that are not the article ("Baca
//! juga: …", cookie notices, share prompts, credit lines, teasers) and sets them
//! aside. Nothing is deleted: each removed span is reported with the marker that
//! matched, and [`mask`] blanks it out with spaces so that every later stage
//! keeps the original byte offsets.
//!
//! Markers are data (`src/data/boilerplate.txt`, whose header documents the
//! syntax); users extend them with `--boilerplate FILE`, parsed by
//! [`crate::data`]. A line costs one hash lookup of its first word; inline
//! forms are found with one Aho-Corasick pass over the text.
//!
//! It does not judge content: a line is removed only when a marker matches it,
//! so prose that merely contains "juga" or talks about cookies is kept.
//!
//! ```
//! use corpus_analyze::clean::{find, Markers};
//! let text = "Harga beras naik.\nBaca juga: Stok Bulog Aman\nPedagang mengeluh (Baca juga: Operasi Pasar) sejak Senin.";
//! let found = find(text, &Markers::builtin());
//! assert_eq!(found[0].text, "Baca juga: Stok Bulog Aman");
//! assert_eq!(found[0].marker, "teaser: Baca juga:");
//! assert_eq!(found[1].text, "(Baca juga: Operasi Pasar)");
//! ```

mod inline;
mod markers;
mod plain;
mod scan;
mod shape;

pub use markers::{Kind, Marker, Markers};

use serde::Serialize;

/// One removed span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Boilerplate {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The marker (data-file entry) that matched.
    pub marker: String,
}

/// Credit lines are short ("Penulis: Rizki Indra Sofa | Editor: Farid").
const CREDIT_MAX_WORDS: usize = 20;
/// Capitalised teaser leads carry one headline, sometimes with a leftover.
const CAPS_MAX_WORDS: usize = 40;

/// Finds the boilerplate spans of a text, sorted by start, non-overlapping.
pub fn find(text: &str, markers: &Markers) -> Vec<Boilerplate> {
    let mut found = Vec::new();
    let mut word = String::new();
    let mut whole_lines = Vec::new();
    let initials = markers.initials();
    // A teaser marker alone on its line ("Baca juga:") whose headline is on
    // the next non-blank line.
    let mut bare_teaser = None;
    let mut start = 0;
    while start <= text.len() {
        let nl = memchr::memchr(b'\n', &text.as_bytes()[start..]).map(|i| start + i);
        let end = nl.unwrap_or(text.len());
        let line = text[start..end]
            .strip_suffix('\r')
            .unwrap_or(&text[start..end]);
        let teaser = bare_teaser.take();
        if let Some((s, e, id)) = line_match(line, markers, &mut word) {
            found.push(hit(text, start + s, start + e, markers.get(id)));
            whole_lines.push((start, start + line.len()));
            if (s, e) == (0, line.len()) && is_bare_teaser(line, markers.get(id), markers) {
                bare_teaser = Some((id, 0));
            }
        } else if let Some((id, taken)) = teaser.filter(|_| !line.trim().is_empty()) {
            if is_headline(line) {
                found.push(hit(text, start, start + line.len(), markers.get(id)));
                whole_lines.push((start, start + line.len()));
                // A list of related headlines goes on line by line, up to a
                // blank line or a line that is not a headline.
                if taken + 1 < TEASER_MAX_HEADLINES {
                    bare_teaser = Some((id, taken + 1));
                }
            }
        } else if line.trim().is_empty() && teaser.is_some_and(|(_, taken)| taken == 0) {
            bare_teaser = teaser;
        } else if let Some(id) = initials {
            if let Some((s, e)) = shape::initials(line) {
                found.push(hit(text, start + s, start + e, markers.get(id)));
            }
        }
        match nl {
            Some(i) => start = i + 1,
            None => break,
        }
    }
    inline::find(text, markers, &whole_lines, &mut found);
    found.sort_by_key(|b| (b.start, b.end));
    found.dedup_by(|later, earlier| later.start < earlier.end);
    found
}

/// Is this whole-line match a teaser marker with nothing after it? An
/// `exact` line that is a teaser's words without the colon ("Baca Juga",
/// Liputan6's layout) is one too.
fn is_bare_teaser(line: &str, m: &Marker, markers: &Markers) -> bool {
    if m.kind == Kind::Exact {
        return markers.list().iter().any(|t| {
            t.kind == Kind::Teaser
                && t.pattern
                    .trim_end_matches(':')
                    .trim_end()
                    .eq_ignore_ascii_case(&m.pattern)
        });
    }
    if m.kind != Kind::Teaser {
        return false;
    }
    let body = &line[scan::lead_len(line)..];
    scan::match_at(body, &m.pattern, false)
        .is_some_and(|n| scan::trim_tail(&body[n..]).trim().is_empty())
}

/// A related article's headline: one short line that is not a finished
/// sentence ("Harga Emas Antam Naik Lagi, Segini Harganya per Gram").
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && !scan::words_exceed(t, TEASER_HEADLINE_MAX_WORDS)
        && !t.ends_with(['.', ':', ';', ','])
        && !t.contains(". ")
}

/// Longest headline taken after a bare teaser marker.
const TEASER_HEADLINE_MAX_WORDS: usize = 20;
/// Most headlines a bare teaser marker takes (related-article lists hold 1–5).
const TEASER_MAX_HEADLINES: usize = 5;

fn hit(text: &str, start: usize, end: usize, m: &Marker) -> Boilerplate {
    Boilerplate {
        text: text[start..end].to_string(),
        start,
        end,
        marker: m.entry.clone(),
    }
}

/// A marker that owns this line from its start: the span it removes (within
/// the line) and the marker id.
fn line_match(line: &str, markers: &Markers, word: &mut String) -> Option<(usize, usize, usize)> {
    if !markers.may_open(line.as_bytes()) {
        return None;
    }
    scan::first_word_lower(line, word);
    let ids = markers.starting_with(word);
    if ids.is_empty() {
        return None;
    }
    let lead = scan::lead_len(line);
    let body = &line[lead..];
    for &id in ids {
        let m = markers.get(id);
        let exact = m.kind == Kind::Caps;
        let Some(n) = scan::match_at(body, &m.pattern, exact) else {
            continue;
        };
        let rest = &body[n..];
        let whole = (0, line.len(), id);
        match m.kind {
            Kind::Teaser => {
                // "(Baca juga: X) Lanjutan berita…": only the parenthesis goes.
                if let Some(open) = line[..lead].rfind(['(', '[']) {
                    let close = closing(line, open);
                    let after = scan::trim_tail(&line[close..]);
                    if !after.trim().is_empty() {
                        return Some((open, close, id));
                    }
                }
                return Some(whole);
            }
            Kind::Credit if !scan::words_exceed(body, CREDIT_MAX_WORDS) => return Some(whole),
            Kind::Exact if scan::trim_tail(rest).is_empty() => return Some(whole),
            Kind::Caps
                if !scan::trim_tail(rest).is_empty()
                    && !scan::words_exceed(body, CAPS_MAX_WORDS) =>
            {
                return Some(whole);
            }
            Kind::Tail => return Some(whole),
            _ => {}
        }
    }
    None
}

/// The byte just past the bracket that closes the one at `open` (nesting
/// counted), or the line end when it is never closed.
fn closing(line: &str, open: usize) -> usize {
    let (o, c) = if line.as_bytes()[open] == b'(' {
        (b'(', b')')
    } else {
        (b'[', b']')
    };
    let mut depth = 0usize;
    for (i, &b) in line.as_bytes().iter().enumerate().skip(open) {
        if b == o {
            depth += 1;
        } else if b == c {
            depth -= 1;
            if depth == 0 {
                return i + 1;
            }
        }
    }
    line.len()
}

/// The text with every removed byte replaced by an ASCII space (newlines kept),
/// so that offsets into the result are offsets into `text`.
pub fn mask(text: &str, removed: &[Boilerplate]) -> String {
    let mut spans: Vec<(usize, usize)> = removed.iter().map(|b| (b.start, b.end)).collect();
    if !spans.is_sorted() {
        spans.sort_unstable();
    }
    // Built from `&str` pieces, so no UTF-8 check of the whole text is needed.
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in spans {
        let (start, end) = (start.max(at), end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        for &byte in &text.as_bytes()[start..end] {
            out.push(if byte == b'\n' { '\n' } else { ' ' });
        }
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests;
