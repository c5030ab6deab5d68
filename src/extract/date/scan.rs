//! A light scanner over an article's text for date extraction: words (with
//! their lexicon entry looked up once), numbers with their internal
//! separators kept (`13/7/2025`, `07.24`, `10:15`, `2,5`), and single
//! punctuation marks. Every span falls on char boundaries.
//!
//! It is not the project tokenizer: it needs no sentence splitting or clitic
//! handling, only what the date patterns read, and it is cheap (one pass over
//! the bytes, one hash lookup per short ASCII word).

use super::lexicon::{self, Lex};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Word,
    Num,
    /// A punctuation or symbol character; the byte for ASCII, 0 otherwise.
    Punct(u8),
}

/// One token in 12 bytes: articles have a token every six bytes or so, and
/// the tokens are written once and read again by the patterns.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(test, derive(PartialEq, Eq))]
pub struct Tok {
    start: u32,
    end: u32,
    /// The lexicon entry ([`lexicon::entry`]), 0 for none.
    lex: u16,
    /// The punctuation byte for `Kind::Punct`.
    punct: u8,
    /// Bits 0-1: the kind (word, number, punctuation); then `CAP`, `SPACE`, `SENT`.
    bits: u8,
}

const CAP: u8 = 1 << 2;
pub(crate) const SPACE: u8 = 1 << 3;
pub(crate) const SENT: u8 = 1 << 4;

impl Tok {
    /// The token of `start..end` of `kind` with first byte `c` and the flags
    /// `SPACE` / `SENT` in `flags`: written by [`Scanner::push`], and by
    /// `extract::numlex`, which keeps that state itself while both lexers
    /// agree.
    #[inline(always)]
    pub(crate) fn new(
        start: usize,
        end: usize,
        kind: u8,
        punct: u8,
        lex: u16,
        c: u8,
        flags: u8,
    ) -> Tok {
        Tok {
            start: start as u32,
            end: end as u32,
            lex,
            punct,
            bits: kind | (u8::from(c.is_ascii_uppercase()) * CAP) | flags,
        }
    }
    /// The token bits of a word whose first byte is `c` ([`Tok::new`]'s
    /// kind and case bits, without the flags).
    #[inline(always)]
    pub(crate) const fn word_bits(c: u8) -> u8 {
        WORD | (c.is_ascii_uppercase() as u8 * CAP)
    }
    /// The token of `start..end` with its bits worked out by the caller:
    /// `Tok::new(start, end, kind, punct, lex, c, flags)` is
    /// `Tok::with_bits(start, end, punct, lex, kind | case | flags)`, the case
    /// bit of `c` only ever set for a word ([`Tok::word_bits`]).
    #[inline(always)]
    pub(crate) fn with_bits(start: usize, end: usize, punct: u8, lex: u16, bits: u8) -> Tok {
        Tok {
            start: start as u32,
            end: end as u32,
            lex,
            punct,
            bits,
        }
    }
    pub fn start(&self) -> usize {
        self.start as usize
    }
    pub fn end(&self) -> usize {
        self.end as usize
    }
    pub fn kind(&self) -> Kind {
        match self.bits & 3 {
            0 => Kind::Word,
            1 => Kind::Num,
            _ => Kind::Punct(self.punct),
        }
    }
    pub fn lex(&self) -> Option<&'static Lex> {
        lexicon::entry(self.lex)
    }
    /// The first letter is uppercase.
    pub fn cap(&self) -> bool {
        self.bits & CAP != 0
    }
    /// Whitespace separates it from the token before.
    pub fn space_before(&self) -> bool {
        self.bits & SPACE != 0
    }
    /// First token of a line or after `.`, `!`, `?`.
    pub fn sent_start(&self) -> bool {
        self.bits & SENT != 0
    }
    pub fn is_punct(&self, c: u8) -> bool {
        self.bits & 3 == 2 && self.punct == c
    }
    pub fn is_num(&self) -> bool {
        self.bits & 3 == 1
    }
    pub fn has(&self, flag: u32) -> bool {
        self.lex().is_some_and(|l| l.has(flag))
    }
}

/// Scans `text` into tokens and the indices of the tokens that can begin a
/// date (see [`scan_into`]).
pub fn scan(text: &str) -> (Vec<Tok>, Vec<u32>) {
    let mut toks = Vec::new();
    let mut starts = Vec::new();
    scan_into(text, &mut toks, &mut starts);
    (toks, starts)
}

/// Scans `text` into `toks` (cleared first), reusing its allocation, and
/// notes in `starts` (cleared first) the indices of the tokens the parser
/// must visit: numbers, "(", words of the lexicon that can begin a date
/// ([`lexicon::Index::starts`]) and "H" (of "H-3"). At every other token the
/// parser finds nothing, so it skips them; the context around a visited
/// token is still read from `toks`.
pub fn scan_into(text: &str, toks: &mut Vec<Tok>, starts: &mut Vec<u32>) {
    toks.clear();
    starts.clear();
    let index = lexicon::index();
    let text = limit(text);
    toks.reserve(text.len() / 5 + 1);
    let mut s = Scanner::new();
    while s.i < text.len() {
        s.step(text, index, toks, starts);
    }
}

/// `text` cut to the offsets a u32 can hold (text past 4 GiB is not read).
pub(crate) fn limit(text: &str) -> &str {
    let mut n = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    &text[..n]
}

/// The scanner between two turns of its loop: where it is and the flags
/// the next token gets. One turn ([`Scanner::step`]) reads one token or one
/// whitespace byte, so a caller can interleave it with another lexer
/// (`extract::numlex`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scanner {
    pub i: usize,
    pub space: bool,
    pub line_start: bool,
    pub prev_ends: bool,
}

impl Scanner {
    pub fn new() -> Scanner {
        Scanner {
            i: 0,
            space: true,
            line_start: true,
            prev_ends: false,
        }
    }

    /// Whitespace byte `c` at the cursor.
    #[inline(always)]
    pub fn white(&mut self, c: u8) {
        self.space = true;
        self.line_start |= c == b'\n';
        self.i += 1;
    }

    /// Pushes the token `start..end` of `kind` (first byte `c`) and moves
    /// the cursor to `end`, over one space after it.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub fn push(
        &mut self,
        b: &[u8],
        toks: &mut Vec<Tok>,
        start: usize,
        end: usize,
        kind: u8,
        punct: u8,
        lex: u16,
        c: u8,
    ) {
        let mut flags = 0;
        if self.space {
            flags |= SPACE;
        }
        // The first token of the text has `line_start`.
        if self.line_start || self.prev_ends {
            flags |= SENT;
        }
        toks.push(Tok::new(start, end, kind, punct, lex, c, flags));
        self.prev_ends = kind == 2 && matches!(punct, b'.' | b'!' | b'?');
        self.space = false;
        self.line_start = false;
        self.i = end;
        // Most tokens end at one space: step over it here rather than in
        // another turn of the loop.
        if b.get(end) == Some(&b' ') {
            self.space = true;
            self.i += 1;
        }
    }

    /// One turn of the scan loop at the cursor (which is inside `text`).
    pub fn step(
        &mut self,
        text: &str,
        index: &lexicon::Index,
        toks: &mut Vec<Tok>,
        starts: &mut Vec<u32>,
    ) {
        let b = text.as_bytes();
        let mut i = self.i;
        let c = b[i];
        if c.is_ascii_whitespace() {
            self.white(c);
            return;
        }
        let start = i;
        let kind: u8;
        let mut punct = 0;
        let mut lex = 0;
        if c.is_ascii_digit() {
            i = number_end(b, i);
            kind = NUM;
            starts.push(toks.len() as u32);
        } else if c.is_ascii() && !c.is_ascii_alphabetic() {
            i += 1;
            kind = PUNCT;
            punct = c;
            if c == b'(' {
                starts.push(toks.len() as u32);
            }
        } else if let Some(end) = word_end(text, i) {
            i = end;
            kind = WORD;
            lex = index.find(&b[start..i]);
            if starts_date(index, lex, &b[start..i]) {
                starts.push(toks.len() as u32);
            }
        } else {
            let len = text[i..].chars().next().map_or(1, char::len_utf8);
            i += len;
            kind = PUNCT;
        }
        self.push(b, toks, start, i, kind, punct, lex, c);
    }
}

/// The tokens and starts [`scan_into`] gives for `text[a..end]`, into `out`
/// and `out_starts` (cleared first), taken from the tokens `toks` and starts
/// `starts` it gave for the whole `text` instead of scanning again (the
/// article head's stated date, `super::stated_publication_lexed`).
///
/// The scanner reads left to right and a token depends only on its bytes and
/// the flags the bytes before it set, so where no token of the whole text
/// crosses `a`, the part's tokens are the whole text's tokens from `a` on,
/// shifted to the part's offsets, except that (1) the first one opens the
/// part (`SPACE` and `SENT`, as `Scanner::new` gives it), and (2) the
/// tokens that end past `end` are cut: the part is scanned again from the
/// end of the last whole token, with the scanner's state after it. Returns
/// false (and the caller scans the part itself) when a token crosses `a`,
/// when `a..end` is not a range of char boundaries, or past the 4 GiB the
/// whole text's scan reads. The test `part_equals_the_part_scanned` holds it
/// to [`scan`] of the part.
pub(crate) fn scan_part(
    text: &str,
    a: usize,
    end: usize,
    (toks, starts): (&[Tok], &[u32]),
    out: &mut Vec<Tok>,
    out_starts: &mut Vec<u32>,
) -> bool {
    out.clear();
    out_starts.clear();
    if a > end
        || end > limit(text).len()
        || !text.is_char_boundary(a)
        || !text.is_char_boundary(end)
    {
        return false;
    }
    let k0 = toks.partition_point(|t| t.start() < a);
    if k0 > 0 && toks[k0 - 1].end() > a {
        return false;
    }
    // Token ends grow with their starts (tokens do not overlap).
    let k1 = k0 + toks[k0..].partition_point(|t| t.end() <= end);
    let shift = a as u32;
    out.extend(toks[k0..k1].iter().map(|t| Tok {
        start: t.start - shift,
        end: t.end - shift,
        ..*t
    }));
    if let Some(first) = out.first_mut() {
        first.bits |= SPACE | SENT;
    }
    let s0 = starts.partition_point(|&k| (k as usize) < k0);
    out_starts.extend(
        starts[s0..]
            .iter()
            .take_while(|&&k| (k as usize) < k1)
            .map(|&k| k - k0 as u32),
    );
    let part = &text[a..end];
    let mut s = match out.last() {
        // The state `Scanner::push` leaves after the token (the space it
        // may step over is read again as a white byte: same state).
        Some(t) => Scanner {
            i: t.end(),
            space: false,
            line_start: false,
            prev_ends: matches!(t.kind(), Kind::Punct(b'.' | b'!' | b'?')),
        },
        None => Scanner::new(),
    };
    let index = lexicon::index();
    while s.i < part.len() {
        s.step(part, index, out, out_starts);
    }
    true
}

/// The end of a number starting with the digit at `i`: internal separators
/// stay when a digit follows (13/7/2025, 07.24, 2,5).
#[inline(always)]
pub(crate) fn number_end(b: &[u8], i: usize) -> usize {
    let mut i = digits(b, i);
    while i + 1 < b.len() && matches!(b[i], b'.' | b',' | b'/' | b':') && b[i + 1].is_ascii_digit()
    {
        i = digits(b, i + 1);
    }
    i
}

/// Whether the word `w` with lexicon entry `lex` is a start the parser
/// visits: a word that can begin a date, or "H" (of "H-3").
#[inline(always)]
pub(crate) fn starts_date(index: &lexicon::Index, lex: u16, w: &[u8]) -> bool {
    index.starts(lex) || (lex == 0 && w == b"H")
}

/// The `kind` argument of [`Scanner::push`]: word, number, punctuation.
pub(crate) const WORD: u8 = 0;
pub(crate) const NUM: u8 = 1;
pub(crate) const PUNCT: u8 = 2;

fn digits(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    i
}

/// The end of the run of ASCII letters starting at `i`, eight bytes at a
/// time: a word ends without a mispredicted branch per letter.
#[inline]
pub(crate) fn ascii_letters_end(b: &[u8], mut k: usize) -> usize {
    const LO7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x2020_2020_2020_2020;
    while let Some(chunk) = b.get(k..k + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Per byte (no carry crosses bytes: each sum stays below 0x100):
        // a letter is ASCII and, case folded, within 'a'..='z'.
        let x = (v | CASE) & LO7;
        let ge_a = x.wrapping_add(0x1f1f_1f1f_1f1f_1f1f) & HI;
        let gt_z = x.wrapping_add(0x0505_0505_0505_0505) & HI;
        let letters = ge_a & !gt_z & !v & HI;
        let others = !letters & HI;
        if others != 0 {
            return k + (others.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    while k < b.len() && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    k
}

/// The end of a word starting at `i` (letters, and an apostrophe between
/// letters as in "Jum'at"), or None when `i` is not a letter.
fn word_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Fast path: an ASCII word ending in ASCII.
    let k = ascii_letters_end(b, i);
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
        scan(s).0.iter().map(|t| &s[t.start()..t.end()]).collect()
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
            for t in scan(s).0 {
                assert!(s.is_char_boundary(t.start()) && s.is_char_boundary(t.end()));
            }
        }
    }

    #[test]
    fn letter_runs_match_the_plain_loop() {
        let plain = |b: &[u8], mut k: usize| {
            while k < b.len() && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            k
        };
        for s in [
            "Kemerdekaan",
            "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "Jum'at@[`{zZaA@",
            "padaé hari",
            "x",
            "",
            "tahun2025",
            "Rabu\u{7f}Kamis",
        ] {
            let b = s.as_bytes();
            for k in 0..b.len() {
                assert_eq!(ascii_letters_end(b, k), plain(b, k), "{s:?} at {k}");
            }
        }
        for c in 0..=255u8 {
            let b = [b'a', b'b', b'c', b'd', b'e', b'f', b'g', c, b'x'];
            assert_eq!(ascii_letters_end(&b, 0), plain(&b, 0), "byte {c}");
            assert_eq!(ascii_letters_end(&b, 1), plain(&b, 1), "byte {c}");
        }
    }

    /// The `SPACE` and `SENT` bits by their definition, token by token: the
    /// scanner steps over single spaces without a turn of its loop, and must
    /// still set them as if it read every byte.
    fn flags_follow_the_bytes(s: &str) -> Result<(), String> {
        let toks = scan(s).0;
        let b = s.as_bytes();
        for (k, t) in toks.iter().enumerate() {
            let gap = match k {
                0 => &b[..t.start()],
                _ => &b[toks[k - 1].end()..t.start()],
            };
            let space = k == 0 || !gap.is_empty();
            let sent = k == 0
                || gap.contains(&b'\n')
                || matches!(toks[k - 1].kind(), Kind::Punct(b'.' | b'!' | b'?'));
            if (t.space_before(), t.sent_start()) != (space, sent) {
                return Err(format!("{s:?} token {k}"));
            }
        }
        Ok(())
    }

    #[test]
    fn flags_of_real_text() {
        for s in [
            "Ia datang. Minggu lalu\nMinggu (13/7/2025)  pukul 07.24 WIB.\n\n Kamis",
            " \t Jum'at, 2,5% ! ? .x\r\n é—ü 1. 🙂 ",
            "",
        ] {
            assert!(flags_follow_the_bytes(s).is_ok(), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn flags_of_any_text(s in "[a-zA-Z0-9 .,!?()'\n\té🙂]{0,40}") {
            proptest::prop_assert!(flags_follow_the_bytes(&s).is_ok(), "{:?}", s);
        }
    }

    /// [`scan_part`] of `text[a..end]` against [`scan`] of the part, for
    /// every `end` from `a`; `a` must be a place no token crosses (the
    /// start of the text or of a line).
    fn part_holds(text: &str, a: usize) {
        let whole = scan(text);
        let (mut toks, mut starts) = (Vec::new(), Vec::new());
        for end in (a..=text.len()).filter(|&e| text.is_char_boundary(e)) {
            let read = scan_part(text, a, end, (&whole.0, &whole.1), &mut toks, &mut starts);
            assert!(read, "{text:?} {a}..{end}");
            let own = scan(&text[a..end]);
            assert_eq!((&toks, &starts), (&own.0, &own.1), "{text:?} {a}..{end}");
        }
    }

    /// Every line start of `text` (past leading white space, as the head
    /// reads it), and the text start.
    fn line_starts(text: &str) -> Vec<usize> {
        let mut v = vec![0];
        for (k, _) in text.match_indices('\n') {
            let rest = &text[k + 1..];
            v.push(k + 1 + rest.len() - rest.trim_start().len());
        }
        v
    }

    #[test]
    fn part_equals_the_part_scanned() {
        for text in [
            "Jakarta, Minggu (13/7/2025) - Harga naik. Pukul 07.24 WIB.",
            "KOMPAS.com\n\u{a0}Senin, 29 Desember 2014 10:15 WIB\n Jum'at 2,5% x",
            "Medan, 3/ 4/ 2016 - x 13/7/20251 Jum\u{e9}'at é—ü 1. 🙂",
            "\u{2003}BANDUNG, 13.07.2025 -\tHujan!\r\nSabtu (5/1/15)?",
            "",
        ] {
            for a in line_starts(text) {
                part_holds(text, a);
            }
        }
        // Ends on every byte are slow on long texts: the first lines of the
        // fixtures, each from every line start.
        for text in crate::extract::fixture_texts() {
            let mut cut = text.len().min(3000);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            let text = &text[..cut];
            for a in line_starts(text) {
                part_holds(text, a);
            }
        }
    }

    #[test]
    fn part_refuses_a_crossed_start() {
        let text = "Minggu 13/7/2025";
        let whole = scan(text);
        let (mut toks, mut starts) = (Vec::new(), Vec::new());
        // Inside "Minggu" and inside the number.
        for a in [2, 9, 12] {
            assert!(!scan_part(
                text,
                a,
                text.len(),
                (&whole.0, &whole.1),
                &mut toks,
                &mut starts
            ));
        }
        assert!(!scan_part("é", 1, 2, (&[], &[]), &mut toks, &mut starts));
    }

    proptest::proptest! {
        #[test]
        fn part_of_any_text(s in "[a-zA-Z0-9 .,!?/:()'\n\té\u{a0}🙂]{0,40}", a in 0usize..40) {
            let starts = line_starts(&s);
            let a = starts[a % starts.len()];
            part_holds(&s, a);
        }
    }

    #[test]
    fn sentence_starts() {
        let s = "Ia datang. Minggu lalu\nMinggu (13/7)";
        let starts: Vec<_> = scan(s)
            .0
            .iter()
            .filter(|t| t.sent_start())
            .map(|t| &s[t.start()..t.end()])
            .collect();
        assert_eq!(starts, ["Ia", "Minggu", "Minggu"]);
    }
}
