//! The figure stage's own small lexer: words, digit runs, codes and single
//! punctuation marks, with whether each token is glued to the previous one.
//!
//! It is independent of the shared tokenizer on purpose: figures need to see
//! the glue in `Rp5.000`, `20rb`, `ke-3`, `Covid-19` or `A320`, and digit runs
//! with `/` or `:` inside (`13/7/2025`, `07:30`, `41/2021`) must stay one code.
//! It does not interpret anything; `parse` does.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with inner hyphens or apostrophes (`kira-kira`, `satu-satunya`).
    Word,
    /// Digits with `.`/`,` separators (`10.000`, `12,5`, `,5`).
    Num,
    /// Digits joined by `/` or `:` or by two or more hyphens (`13/7/2025`,
    /// `07:30`, `0812-3456-7890`): dates, times, regulation and phone numbers.
    Code,
    /// One character of anything else (`%`, `$`, `-`, `(`, `²`).
    Punct,
    /// A line break: phrases never cross one.
    Break,
}

/// One token of the figure lexer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
}

/// Lexes `text` into `out` (cleared first).
pub fn lex(text: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = 0;
    let mut glued = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            if out.last().is_some_and(|t| t.kind != Kind::Break) {
                out.push(Tok {
                    start: i,
                    end: i + 1,
                    kind: Kind::Break,
                    glued: false,
                });
            }
            i += 1;
            glued = false;
            continue;
        }
        if c.is_ascii_whitespace() {
            i += 1;
            glued = false;
            continue;
        }
        let start = i;
        let (end, kind) = if c.is_ascii_digit() || (c == b',' && digit_at(b, i + 1) && !glued) {
            number_end(b, i)
        } else if c.is_ascii_alphabetic() || (c >= 0x80 && char_at(text, i).is_alphabetic()) {
            (word_end(text, i), Kind::Word)
        } else if c >= 0x80 {
            let ch = char_at(text, i);
            if ch.is_whitespace() {
                i += ch.len_utf8();
                glued = false;
                continue;
            }
            (i + ch.len_utf8(), Kind::Punct)
        } else {
            (i + 1, Kind::Punct)
        };
        out.push(Tok {
            start,
            end,
            kind,
            glued,
        });
        glued = true;
        i = end;
    }
}

fn digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// The end of a digit run starting at `i`, and whether it is a plain number
/// or a code.
fn number_end(b: &[u8], mut i: usize) -> (usize, Kind) {
    let mut kind = Kind::Num;
    let mut hyphens = 0;
    loop {
        while digit_at(b, i) {
            i += 1;
        }
        match b.get(i) {
            Some(b'.' | b',') if digit_at(b, i + 1) => i += 1,
            Some(b'/' | b':') if digit_at(b, i + 1) => {
                kind = Kind::Code;
                i += 1;
            }
            // `0812-3456-7890`: a second digit-hyphen-digit makes a code; one
            // hyphen stays a range (`10-20`) for the parser.
            Some(b'-') if digit_at(b, i + 1) && hyphens_ahead(b, i) >= 2 - hyphens => {
                kind = Kind::Code;
                hyphens += 1;
                i += 1;
            }
            _ => return (i, kind),
        }
    }
}

/// How many `-digits` groups follow position `i` (which holds a `-`).
fn hyphens_ahead(b: &[u8], mut i: usize) -> usize {
    let mut n = 0;
    while b.get(i) == Some(&b'-') && digit_at(b, i + 1) {
        n += 1;
        i += 1;
        while digit_at(b, i) || (matches!(b.get(i), Some(b'.' | b',')) && digit_at(b, i + 1)) {
            i += 1;
        }
    }
    n
}

/// The end of a word starting at `i`: letters, with inner `-` or `'` between
/// letters.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        while i < b.len() {
            if b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            if b[i] < 0x80 {
                break;
            }
            let ch = char_at(text, i);
            if !ch.is_alphabetic() && !is_mark(ch) {
                break;
            }
            i += ch.len_utf8();
        }
        match b.get(i) {
            Some(b'-' | b'\'') if b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => i += 1,
            _ => return i,
        }
    }
}

/// Combining marks stay inside the word they decorate.
fn is_mark(ch: char) -> bool {
    matches!(ch as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(String, Kind, bool)> {
        let mut v = Vec::new();
        lex(text, &mut v);
        v.iter()
            .map(|t| (text[t.start..t.end].to_string(), t.kind, t.glued))
            .collect()
    }

    #[test]
    fn tokens_keep_glue_and_codes() {
        use Kind::*;
        type Row = (&'static str, &'static [(&'static str, Kind, bool)]);
        let cases: &[Row] = &[
            (
                "Rp5.000,50",
                &[("Rp", Word, false), ("5.000,50", Num, true)],
            ),
            (
                "ke-3 kira-kira",
                &[
                    ("ke", Word, false),
                    ("-", Punct, true),
                    ("3", Num, true),
                    ("kira-kira", Word, false),
                ],
            ),
            ("13/7/2025", &[("13/7/2025", Code, false)]),
            ("0812-3456-7890", &[("0812-3456-7890", Code, false)]),
            (
                "10-20",
                &[("10", Num, false), ("-", Punct, true), ("20", Num, true)],
            ),
            (" ,5 persen", &[(",5", Num, false), ("persen", Word, false)]),
            ("20rb", &[("20", Num, false), ("rb", Word, true)]),
            ("km²", &[("km", Word, false), ("²", Punct, true)]),
        ];
        for (text, want) in cases {
            let got = show(text);
            let want: Vec<_> = want
                .iter()
                .map(|(s, k, g)| (s.to_string(), *k, *g))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "\n\n", "é́-", "٣٤", "🙂5🙂", "-,", "5-", "1-2-", "a'"] {
            let _ = show(s);
        }
    }
}
