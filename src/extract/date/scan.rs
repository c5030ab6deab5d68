//! A light scanner over an article's text for date extraction: words (with
//! their lexicon entry looked up once), numbers with their internal
//! separators kept (`13/7/2025`, `07.24`, `10:15`, `2,5`), and single
//! punctuation marks. Every span falls on char boundaries.
//!
//! It is not the project tokenizer: it needs no sentence splitting or clitic
//! handling, only what the date patterns read, and it is cheap (one pass over
//! the bytes, one hash lookup per short ASCII word).

use super::lexicon::{Lex, lookup};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    /// A punctuation or symbol character; the byte for ASCII, 0 otherwise.
    Punct(u8),
}

#[derive(Clone, Copy, Debug)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub lex: Option<&'static Lex>,
    /// The first letter is uppercase.
    pub cap: bool,
    /// Whitespace separates it from the token before.
    pub space_before: bool,
    /// First token of a line or after `.`, `!`, `?`.
    pub sent_start: bool,
}

impl Tok {
    pub fn is_punct(&self, c: u8) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn has(&self, flag: u32) -> bool {
        self.lex.is_some_and(|l| l.has(flag))
    }
}

/// Scans `text` into tokens.
pub fn scan(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut space = true;
    let mut line_start = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            space = true;
            line_start |= c == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_ascii_digit() {
            i = digits(b, i);
            // Internal separators stay when a digit follows: 13/7/2025, 07.24, 2,5.
            while i + 1 < b.len()
                && matches!(b[i], b'.' | b',' | b'/' | b':')
                && b[i + 1].is_ascii_digit()
            {
                i = digits(b, i + 1);
            }
            kind = Kind::Num;
        } else if let Some(end) = word_end(text, i) {
            i = end;
            kind = Kind::Word;
        } else {
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            i += len;
            kind = Kind::Punct(if c.is_ascii() { c } else { 0 });
        }
        let prev_ends = toks
            .last()
            .is_some_and(|t| matches!(t.kind, Kind::Punct(b'.' | b'!' | b'?')));
        let lex = if kind == Kind::Word {
            lookup(&text[start..i])
        } else {
            None
        };
        toks.push(Tok {
            start,
            end: i,
            kind,
            lex,
            cap: c.is_ascii_uppercase(),
            space_before: space,
            sent_start: line_start || prev_ends || toks.is_empty(),
        });
        space = false;
        line_start = false;
    }
    toks
}

fn digits(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The end of a word starting at `i` (letters, and an apostrophe between
/// letters as in "Jum'at"), or None when `i` is not a letter.
fn word_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Fast path: an ASCII word ending in ASCII.
    let mut k = i;
    while k < b.len() && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    if k > i && (k == b.len() || (b[k].is_ascii() && b[k] != b'\'')) {
        return Some(k);
    }
    let mut end = i;
    let mut chars = text[i..].char_indices().peekable();
    while let Some((off, ch)) = chars.next() {
        let letter = ch.is_alphabetic();
        let apostrophe =
            ch == '\'' && end > i && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if !(letter || apostrophe) {
            break;
        }
        end = i + off + ch.len_utf8();
    }
    (end > i).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        scan(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            texts("Minggu (13/7/2025) pukul 07.24 WIB, 10:15."),
            [
                "Minggu",
                "(",
                "13/7/2025",
                ")",
                "pukul",
                "07.24",
                "WIB",
                ",",
                "10:15",
                "."
            ]
        );
        assert_eq!(texts("13-07-2025"), ["13", "-", "07", "-", "2025"]);
        assert_eq!(texts("Jum'at 2,5%"), ["Jum'at", "2,5", "%"]);
    }

    #[test]
    fn odd_text_stays_on_char_boundaries() {
        for s in [
            "é—ü 1.",
            "🙂🙂",
            "a\u{301}b",
            "مرحبا 2025",
            "",
            "'",
            "1.",
            ".1",
        ] {
            for t in scan(s) {
                assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            }
        }
    }

    #[test]
    fn sentence_starts() {
        let s = "Ia datang. Minggu lalu\nMinggu (13/7)";
        let starts: Vec<_> = scan(s)
            .iter()
            .filter(|t| t.sent_start)
            .map(|t| &s[t.start..t.end])
            .collect();
        assert_eq!(starts, ["Ia", "Minggu", "Minggu"]);
    }
}
