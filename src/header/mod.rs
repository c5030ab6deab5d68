//! The article's head: its title (a first line that reads as a headline), the
//! outlet and dateline at the start of the body ("KOMPAS.com -", "Jakarta, CNN
//! Indonesia --", "JAKARTA (Antara) -"), and the stated date of publication
//! ("Minggu (13/7/2025)", "Senin, 29 Desember 2014").
//!
//! It reads only the first lines of the cleaned text (boilerplate already
//! blanked): the title line and the first two body paragraphs, since some
//! outlets put a one-line summary before the dateline. It does not extract
//! dates elsewhere (that is `extract::date`, which also reads the stated date).
//!
//! ```
//! use corpus_analyze::header::parse;
//! let text = "Banjir Rendam Ribuan Rumah di Bekasi\n\nBEKASI, KOMPAS.com - Banjir merendam 1.200 rumah.";
//! let h = parse(text);
//! assert_eq!(h.title.map(|s| s.of(text)), Some("Banjir Rendam Ribuan Rumah di Bekasi"));
//! assert_eq!(h.outlet.as_deref(), Some("Kompas.com"));
//! assert_eq!(h.dateline.as_deref(), Some("Bekasi"));
//! ```

mod dateline;
mod outlets;
mod separator;
mod title;

pub use dateline::Dateline;

/// The canonical name of a known news outlet spelled `spelling` ("ANTARA",
/// "Kompas.com"), from `src/data/outlets.txt`.
pub fn outlet(spelling: &str) -> Option<&'static str> {
    outlets::canonical(spelling)
}

use crate::model::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The title line, without its line end.
    pub title: Option<Span>,
    /// The outlet named in the dateline ("Kompas.com", "CNN Indonesia", "Antara").
    pub outlet: Option<String>,
    /// The place named in the dateline ("Jakarta", "Bandung").
    pub dateline: Option<String>,
    /// The stated date of publication.
    pub published: Option<jiff::civil::Date>,
    /// Where the publication date was read.
    pub published_span: Option<Span>,
    /// The dateline prefix itself, separator included ("Jakarta, CNN Indonesia --"),
    /// so later stages can skip it.
    pub dateline_span: Option<Span>,
}

/// How many body paragraphs may hold the dateline. Short lines before it (an
/// outlet's name alone, a date line: at most [`SHORT_LINE_WORDS`] words and no
/// sentence end) do not count, up to [`HEAD_LINES`] lines in all.
const DATELINE_PARAGRAPHS: usize = 2;
const SHORT_LINE_WORDS: usize = 6;
const HEAD_LINES: usize = 4;
/// How much of the body is handed to the stated-date reader: it keeps only
/// dates that start in the first sentence and within its first 600 bytes
/// (`extract::date::stated_publication`); 200 more let the last of them end
/// and be read in context. Reading 2000 bytes cost a tenth of the whole
/// analysis for the same result.
const HEAD_MAX_BYTES: usize = 800;

/// Reads the head of a cleaned article text.
pub fn parse(text: &str) -> Header {
    parse_with(text, None)
}

/// [`parse`], reading the stated date from the date tokens
/// [`crate::extract::numlex::lex`] made of the whole `text` instead of
/// scanning the head again (the same result: `extract::date::stated_publication_lexed`).
pub fn parse_lexed(text: &str, lexed: &crate::extract::numlex::Lexed) -> Header {
    parse_with(text, Some(lexed))
}

fn parse_with(text: &str, lexed: Option<&crate::extract::numlex::Lexed>) -> Header {
    let mut header = Header::default();
    let mut lines = nonblank_lines(text);
    let Some(first) = lines.next() else {
        return header;
    };
    // Each line with whether it is short, judged once.
    let mut body: Vec<(Span, bool)> = Vec::with_capacity(HEAD_LINES + 1);
    let mut prose = 0;
    for line in lines.by_ref().take(HEAD_LINES) {
        let short = is_short_line(line.of(text));
        body.push((line, short));
        prose += usize::from(!short);
        if prose == DATELINE_PARAGRAPHS {
            break;
        }
    }
    let first_text = first.of(text);
    let mut first_dateline = Some(dateline::parse(first_text));
    let names_outlet = first_dateline
        .as_ref()
        .is_some_and(|d| d.as_ref().is_some_and(|d| d.outlet.is_some()));
    if !body.is_empty() && !names_outlet && title::is_headline(first_text) {
        header.title = Some(first);
        first_dateline = None;
    } else {
        let short = is_short_line(first_text);
        body.insert(0, (first, short));
        if !short {
            // The first line is prose: it takes the place of the last one read.
            let mut seen = 0;
            body.retain(|&(_, short)| {
                seen += usize::from(!short);
                seen <= DATELINE_PARAGRAPHS
            });
        }
    }
    // The first prose paragraph, past the short lines over it (a byline, a
    // date line).
    let first_prose = body.iter().position(|&(_, short)| !short).unwrap_or(0);
    for (i, &(par, short)) in body.iter().enumerate() {
        // The first line was read already when it opens the body.
        let found = match (i, first_dateline.take()) {
            (0, Some(d)) => d,
            _ => dateline::parse(par.of(text)),
        };
        if let Some(d) = found {
            // Only the first paragraph may hold a bare place dateline: past it
            // "Kevin - Prince Boateng …" is prose, and a short line over it is
            // a byline ("Tim detikBali - detikBali") unless it names an outlet.
            if (i > first_prose || (short && i < first_prose)) && d.outlet.is_none() {
                continue;
            }
            header.outlet = d.outlet;
            header.dateline = d.place;
            header.dateline_span = Some(Span::new(par.start + d.start, par.start + d.end));
            break;
        }
    }
    // A byline over the body ("Tim detikBali - detikBali", "Kompas.com"):
    // a short line with a part that is a known outlet's spelling.
    if header.outlet.is_none() {
        header.outlet = body
            .iter()
            .filter(|(_, short)| *short)
            .find_map(|(line, _)| byline_outlet(line.of(text)))
            .map(str::to_string);
    }
    if let (Some((head, _)), Some((last, _))) = (body.first(), body.last()) {
        // The stated date sits in the dateline or first sentence; a bound keeps a
        // 200 MB single-line file from being handed over whole.
        let mut end = last.end.min(head.start + HEAD_MAX_BYTES).min(text.len());
        end = end.min(head.start + first_sentence_context(&text.as_bytes()[head.start..end]));
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let span = Span::new(head.start, end);
        let stated = || match lexed {
            Some(l) => crate::extract::date::stated_publication_lexed(text, span, l),
            None => crate::extract::date::stated_publication(span.of(text), span.start),
        };
        if may_state_a_year(span.of(text).as_bytes())
            && let Some((date, at)) = stated()
        {
            header.published = Some(date);
            header.published_span = Some(at);
        }
    }
    header
}

/// The outlet a byline names: one of its parts between dashes or bars is a
/// spelling of `outlets.txt` ("Tim detikBali - detikBali" → Detik).
fn byline_outlet(line: &str) -> Option<&'static str> {
    line.split(['-', '–', '—', '|'])
        .find_map(|part| outlets::canonical(part.trim()))
}

/// A line that is not a body paragraph: an outlet's name or a date line
/// ("CNN Indonesia", "Kamis, 16 Jan 2025 08:20 WIB").
fn is_short_line(line: &str) -> bool {
    // The end first: most body paragraphs end a sentence, and then the
    // words need not be counted.
    !line.trim_end().ends_with(['.', '!', '?']) && !more_words_than(line, SHORT_LINE_WORDS)
}

/// Whether `s` has more than `n` white-space-separated words (as
/// `split_whitespace` counts them), reading only as far as the word past `n`.
fn more_words_than(s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        let (space, len) = if c < 0x80 {
            (matches!(c, b' ' | b'\t'..=b'\r'), 1)
        } else {
            let ch = s[k..].chars().next().unwrap_or(' ');
            (ch.is_whitespace(), ch.len_utf8())
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
        k += len;
    }
    false
}

/// Where the stated-date reader keeps reading (`extract::date::stated_publication`):
/// dates starting in the first sentence and in the first 600 bytes. The
/// first sentence ends at the first `.`, `!` or `?` followed by an ASCII white
/// space (or the end), which its scanner always reads as a punctuation token of
/// its own; past it, the same 200 bytes of context as at 600 let the last date
/// end. Most first sentences are short, so this halves the text it scans.
///
/// The marks are found with `memchr3`: a byte-by-byte search cost 600
/// instructions a head.
fn first_sentence_context(head: &[u8]) -> usize {
    // Marks at 1..=KEPT count (not one opening the head).
    let end = head.len().min(KEPT + 1);
    let mut limit = KEPT;
    let mut from = 1;
    while from < end {
        let Some(k) = memchr::memchr3(b'.', b'!', b'?', &head[from..end]) else {
            break;
        };
        let p = from + k;
        if head.get(p + 1).is_none_or(u8::is_ascii_whitespace) {
            limit = (p + 1).min(KEPT);
            break;
        }
        from = p + 1;
    }
    (limit + CONTEXT).min(head.len())
}

/// Dates starting past this many bytes of the head are not read as stated.
const KEPT: usize = 600;
/// Bytes past the first sentence that let its last date end.
const CONTEXT: usize = HEAD_MAX_BYTES - KEPT;

/// [`first_sentence_context`] byte by byte: the oracle of its test.
#[cfg(test)]
fn first_sentence_context_slow(head: &[u8]) -> usize {
    let ends = head.iter().enumerate().skip(1).take(KEPT).find(|&(p, &c)| {
        matches!(c, b'.' | b'!' | b'?') && head.get(p + 1).is_none_or(u8::is_ascii_whitespace)
    });
    let limit = ends.map_or(KEPT, |(p, _)| (p + 1).min(KEPT));
    (limit + CONTEXT).min(head.len())
}

/// Whether `head` may hold a full date, so that the stated-date reader
/// (which tokenizes and parses the whole head) is worth calling. Its full
/// dates carry a year, and its number tokens are digit groups joined by
/// `.`, `,`, `/` or `:`; it reads a year only from a group of four digits
/// ("2025", "13-07-2025", "13.07.2025", "13 Juli 2025") or as the two-digit
/// last group of a slashed date ("13/7/25"). On IndoSum dev 1,492 of 3,464
/// heads pass (the reader cost 51 M instructions when every head reached
/// it, 26 M now). The test `year_check_never_hides_a_stated_date` holds
/// this to the reader on every fixture text.
///
/// Eight bytes without a digit are passed over with one test (most of a
/// head is letters): the byte loop cost a fifth of the head's own time.
fn may_state_a_year(head: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let mut run = 0;
    let mut k = 0;
    while k < head.len() {
        if let Some(chunk) = head.get(k..k + 8) {
            let mut w = [0u8; 8];
            w.copy_from_slice(chunk);
            let x = u64::from_le_bytes(w);
            // The high bit of each byte in `0`..=`9` (seven low bits
            // compared, so no sum carries into the next byte).
            let low = x & !HIGH;
            let ge = low.wrapping_add(ONES * u64::from(0x80 - b'0'));
            let gt = low.wrapping_add(ONES * u64::from(0x7f - b'9'));
            if ge & !gt & !x & HIGH == 0 {
                run = 0;
                k += 8;
                continue;
            }
        }
        for (at, &c) in head.iter().enumerate().take(k + 8).skip(k) {
            if c.is_ascii_digit() {
                run += 1;
                if run == 4 || head.get(at + 1) == Some(&b'/') {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        k += 8;
    }
    false
}

/// [`may_state_a_year`] byte by byte: the oracle of its tests.
#[cfg(test)]
fn may_state_a_year_slow(head: &[u8]) -> bool {
    let mut run = 0;
    for (k, &c) in head.iter().enumerate() {
        if c.is_ascii_digit() {
            run += 1;
            if run == 4 || head.get(k + 1) == Some(&b'/') {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// The non-blank lines of `text`, trimmed, as spans.
fn nonblank_lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    // `memchr` rather than `split('\n')`: std's byte search was a twentieth of
    // the head's time.
    std::iter::from_fn(move || {
        while start <= text.len() {
            let at = start;
            let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |k| at + k);
            start = end + 1;
            let line = &text[at..end];
            let lead = line.len() - line.trim_start().len();
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                return Some(Span::new(at + lead, at + lead + trimmed.len()));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests;
