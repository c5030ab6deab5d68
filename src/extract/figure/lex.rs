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
    lex_with(text, out, |_, _| {});
}

/// [`lex`], calling `seen(index, token)` for every token pushed (the caller
/// can note the tokens it cares about without a second pass).
pub fn lex_with(text: &str, out: &mut Vec<Tok>, mut seen: impl FnMut(usize, &Tok)) {
    out.clear();
    let mut l = Lexer::default();
    while l.i < text.len() {
        l.step(text, out, &mut seen);
    }
}

/// The lexer between two turns of its loop. One turn ([`Lexer::step`])
/// reads one token or one whitespace character, so a caller can interleave
/// it with another lexer (`extract::numlex`).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Lexer {
    pub i: usize,
    /// The next token is glued to the previous one.
    pub glued: bool,
}

impl Lexer {
    /// A line break at the cursor: a `Break` token unless one is last.
    #[inline(always)]
    pub fn newline(&mut self, out: &mut Vec<Tok>) {
        let i = self.i;
        if out.last().is_some_and(|t| t.kind != Kind::Break) {
            out.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Break,
                glued: false,
            });
        }
        self.i += 1;
        self.glued = false;
    }

    /// An ASCII whitespace byte other than a line break at the cursor.
    #[inline(always)]
    pub fn white(&mut self) {
        self.i += 1;
        self.glued = false;
    }

    /// Pushes the token `start..end` of `kind`, tells `seen`, and moves the
    /// cursor to `end`, over one space after it.
    #[inline(always)]
    pub fn push(
        &mut self,
        b: &[u8],
        out: &mut Vec<Tok>,
        start: usize,
        end: usize,
        kind: Kind,
        seen: &mut impl FnMut(usize, &Tok),
    ) {
        let tok = Tok {
            start,
            end,
            kind,
            glued: self.glued,
        };
        out.push(tok);
        seen(out.len() - 1, &tok);
        self.glued = true;
        self.i = end;
        // Most tokens end at one space: step over it here rather than in
        // another turn of the loop.
        if b.get(end) == Some(&b' ') {
            self.i += 1;
            self.glued = false;
        }
    }

    /// One turn of the lexer's loop at the cursor (which is inside `text`).
    pub fn step(&mut self, text: &str, out: &mut Vec<Tok>, seen: &mut impl FnMut(usize, &Tok)) {
        let b = text.as_bytes();
        let i = self.i;
        let c = b[i];
        if c == b'\n' {
            self.newline(out);
            return;
        }
        if c.is_ascii_whitespace() {
            self.white();
            return;
        }
        let start = i;
        let (end, kind) = if c.is_ascii_alphabetic() {
            // Most words are ASCII letters ended by a space or punctuation:
            // only a hyphen, apostrophe or non-ASCII byte needs the full reader.
            let e = ascii_letters_end(b, i + 1);
            match b.get(e) {
                Some(&n) if n >= 0x80 || n == b'-' || n == b'\'' => (word_end(text, e), Kind::Word),
                _ => (e, Kind::Word),
            }
        } else if c.is_ascii_digit() || (c == b',' && digit_at(b, i + 1) && !self.glued) {
            number_end(b, i)
        } else if c >= 0x80 {
            let ch = char_at(text, i);
            if ch.is_alphabetic() {
                (word_end(text, i), Kind::Word)
            } else if ch.is_whitespace() {
                self.i += ch.len_utf8();
                self.glued = false;
                return;
            } else {
                (i + ch.len_utf8(), Kind::Punct)
            }
        } else {
            (i + 1, Kind::Punct)
        };
        self.push(b, out, start, end, kind, seen);
    }
}

fn digit_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_digit)
}

fn char_at(text: &str, i: usize) -> char {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or(' ')
}

/// The end of a digit run starting at `i`, and whether it is a plain number
/// or a code.
pub(crate) fn number_end(b: &[u8], mut i: usize) -> (usize, Kind) {
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

/// The end of a word whose letters continue at `i`: letters, with inner `-`
/// or `'` between letters.
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        i = ascii_letters_end(b, i);
        match b.get(i) {
            Some(&c) if c >= 0x80 => {
                let ch = char_at(text, i);
                if !ch.is_alphabetic() && !is_mark(ch) {
                    return i;
                }
                i += ch.len_utf8();
            }
            Some(b'-' | b'\'') if b.get(i + 1).is_some_and(u8::is_ascii_alphabetic) => i += 1,
            _ => return i,
        }
    }
}

/// The end of the run of ASCII letters at `i`, eight bytes at a time: a
/// branch per word instead of a mispredicted one at the end of every word.
#[inline(always)]
pub(crate) fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let others = !ascii_letters(u64::from_le_bytes(w)) & HIGH_BITS;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = ONES * 0x80;

/// The high bit of each byte of `w` that is not an ASCII letter (for
/// `extract::numlex`, which finds a word's end and its cache key in the
/// same eight-byte reads).
#[inline(always)]
pub(crate) fn non_letters(w: u64) -> u64 {
    !ascii_letters(w) & HIGH_BITS
}

/// The high bit of each byte of `w` that is an ASCII letter ("has between"
/// of Bit Twiddling Hacks on the lower-cased bytes: 0x60 < b < 0x7B; the
/// per-byte sums never carry into the next byte, so every byte is exact).
fn ascii_letters(w: u64) -> u64 {
    let x = w | (ONES * 0x20);
    let low = x & (ONES * 0x7f);
    (ONES * (127 + 0x7b)).wrapping_sub(low) & !x & low.wrapping_add(ONES * (127 - 0x60)) & HIGH_BITS
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

    // The lexer before its eight-bytes-at-a-time word scan, kept as the
    // reference the fast one must agree with token for token. Only the word
    // scan changed: digit runs use the production `number_end`.
    fn reference(text: &str, out: &mut Vec<Tok>) {
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
                (r_word_end(text, i), Kind::Word)
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

    /// The end of a word starting at `i`: letters, with inner `-` or `'` between
    /// letters.
    fn r_word_end(text: &str, mut i: usize) -> usize {
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

    #[test]
    fn fast_lexer_agrees_with_the_reference() {
        let texts = [
            "Harga Rp5.000,50 naik ke-3 kali, kira-kira 10-20 persen (13/7/2025).",
            "Gempa bermagnitudo 6,2 SR: 0812-3456-7890, ,5 km² dan 20rb.",
            "Jum'at, jalan-jalan ke Bandung\n\n\t- 3 x 4 meter\r\nkata   panjangsekaliyangtakberujung",
            "Kōbe ünd naïve e\u{301}tude ٣٤ 🙂5🙂 \u{a0}10\u{2009}000 − 5 ‰",
            "abcdefgh-ijklmnop'q r-",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ abcdefghijklmnopqrstuvwxyz",
        ];
        for text in texts {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            lex(text, &mut a);
            reference(text, &mut b);
            assert_eq!(a, b, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_lexer_agrees_on_any_text(text in "[a-zA-Z0-9 .,:/'\\-\n\t@\\[`{é́٣🙂\u{a0}]{0,40}") {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            lex(&text, &mut a);
            reference(&text, &mut b);
            proptest::prop_assert_eq!(a, b);
        }

        #[test]
        fn fast_lexer_agrees_on_any_bytes(bytes in proptest::collection::vec(0u8..=255, 0..64)) {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            lex(&text, &mut a);
            reference(&text, &mut b);
            proptest::prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "\n\n", "é́-", "٣٤", "🙂5🙂", "-,", "5-", "1-2-", "a'"] {
            let _ = show(s);
        }
    }
}
