//! The tokenizer: one left-to-right pass over the bytes of a span, ASCII by
//! table and everything else by Unicode properties, never splitting a grapheme.
//!
//! It decides token boundaries and kinds (numbers with their separators,
//! hyphenated words, abbreviations with their period, URLs) and marks clitic
//! stems; it does not decide where sentences end (see `sentence`).

mod number;
mod url;
mod word;

use super::chars::{
    char_at, char_before, is_closer, is_extender, is_space, is_unicode_punct, is_word_char,
};
use super::class;
use super::lists::Lists;
use crate::model::{Token, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

/// Bytes that end an ASCII word without joining it to what follows: white
/// space and punctuation that `word` never looks through. Not `.` (abbreviations,
/// domains), `:` (`http:`), `-`, `_`, `/`, `'`, `&`, `@`, `$`, digits or
/// non-ASCII (hyphens, apostrophes, letters).
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let ends = b" \t\n\r,;()[]{}\"?!<>*|";
    let mut k = 0;
    while k < ends.len() {
        t[ends[k] as usize] = true;
        k += 1;
    }
    t
};

/// The end of the run of ASCII letters that starts at `j` in `b`.
#[inline(always)]
pub(super) fn letters_end(b: &[u8], j: usize) -> usize {
    letters_end_cased(b, j).0
}

/// [`letters_end`], and the union of the [`class`] of the letters read
/// (`class::LOWER`, `class::UPPER`).
///
/// Eight bytes at a time: a word's end is then found without a branch per
/// letter, whose mispredictions cost more than the reading. The case of
/// the letters comes from the same loaded words (bit 0x20 of a letter is
/// set for lowercase), so the token's classes cost no second pass.
#[inline(always)]
pub(super) fn letters_end_cased(b: &[u8], mut j: usize) -> (usize, u8) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const CASE: u64 = 0x20 * ONES;
    // Bit 0x20 of the letters read in whole words: set in some (`lower`),
    // clear in some (`upper`, kept inverted).
    let (mut lower, mut upper) = (0u64, 0u64);
    // Among the letters `keep` selects and those read before, some
    // lowercase, some uppercase.
    let cased = |lower: u64, upper: u64, x: u64, keep: u64| {
        let (m, k) = (x & keep & CASE, keep & CASE);
        (class::LOWER * u8::from(lower & CASE | m != 0))
            | (class::UPPER * u8::from(upper & CASE != 0 || m != k))
    };
    while let Some(chunk) = b.get(j..j + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Each byte as 7 bits, lowercased: the additions below cannot carry
        // into the next byte.
        let y = (x & !HIGH) | (0x20 * ONES);
        let from_a = y + (0x80 - u64::from(b'a')) * ONES;
        let past_z = y + (0x7F - u64::from(b'z')) * ONES;
        let letters = from_a & !past_z & !x & HIGH;
        let stops = !letters & HIGH;
        if stops != 0 {
            // The bytes before the first stop.
            let keep = (stops ^ (stops - 1)) >> 8;
            let end = j + (stops.trailing_zeros() / 8) as usize;
            return (end, cased(lower, upper, x, keep));
        }
        lower |= x;
        upper |= !x;
        j += 8;
    }
    while j < b.len() && b[j].is_ascii_alphabetic() {
        lower |= u64::from(b[j]);
        upper |= u64::from(!b[j]);
        j += 1;
    }
    (j, cased(lower, upper, 0, 0))
}

/// Enclitics that may follow a closing quote: `"nyata"-nya`.
const QUOTED_CLITICS: [&[u8]; 4] = [b"nya", b"lah", b"kah", b"pun"];

pub(crate) struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    start: usize,
    end: usize,
    lists: &'a Lists,
}

impl<'a> Scanner<'a> {
    /// A scanner over `text[start..end]`; both must be char boundaries.
    pub(crate) fn new(text: &'a str, start: usize, end: usize, lists: &'a Lists) -> Self {
        Scanner {
            text,
            b: text.as_bytes(),
            start,
            end,
            lists,
        }
    }

    /// Appends every token of the span to `out`.
    pub(crate) fn run(&self, out: &mut Vec<Token>) {
        self.run_with::<false>(out, &mut Vec::new());
    }

    /// Appends every token of the span to `out`, and to `read` the indices
    /// (in `out`) of every token but those read by the fast paths that can
    /// neither end a sentence nor open a quotation: a word of ASCII letters
    /// only and a lone comma, which `sentence::split` need not look at.
    pub(crate) fn run_marked(&self, out: &mut Vec<Token>, read: &mut Vec<usize>) {
        self.run_with::<true>(out, read);
    }

    #[inline(always)]
    fn run_with<const MARK: bool>(&self, out: &mut Vec<Token>, read: &mut Vec<usize>) {
        // Sliced to the span so the byte loads below need no bounds checks.
        let b = &self.b[..self.end];
        let mut i = self.start;
        while i < b.len() {
            let c = b[i];
            if c == b' ' {
                i += 1;
                continue;
            }
            // Most tokens are plain ASCII words ended by a space or by
            // punctuation that never joins a word: read them here, without
            // the general word reader.
            if c.is_ascii_alphabetic() {
                let (j, case) = letters_end_cased(b, i + 1);
                let letters = class::pack(class::BYTE[usize::from(c)], case);
                // The byte after the word, read once; the span's end reads
                // as a line break (it ends the word, and is no space).
                let n = b.get(j).copied().unwrap_or(b'\n');
                if ENDS_WORD[usize::from(n)] {
                    self.push_word(i, j, letters, out);
                    // The space after a word is read here, not by another turn.
                    i = j + usize::from(n == b' ');
                    continue;
                }
                // A word closing its sentence ("… tersebut. Lalu", "… itu.
                // Dia"): a period before a space (or the span's end) opens no
                // domain, dotted abbreviation (`S.H.`) or currency amount
                // (`Rp.5.000`), so all `word` would ask is whether the word
                // and its period are a listed abbreviation (`dll.`, `Jl.`) or
                // an initial (`M.`); only `www.` it reads as a URL. A plain
                // word is pushed and its period read next turn. Two thirds of
                // the words `word` read (IndoSum) were these, at 480
                // instructions each.
                if n == b'.'
                    && b.get(j + 1).is_none_or(|&n| n == b' ')
                    && !b[i..j].eq_ignore_ascii_case(b"www")
                {
                    if self.abbreviation_at(i, j) {
                        if MARK {
                            read.push(out.len());
                        }
                        self.push(out, i, j + 1, TokenKind::Word);
                        i = j + 1;
                    } else {
                        self.push_word(i, j, letters, out);
                        i = j;
                    }
                    continue;
                }
                let first = out.len();
                i = self.word(i, out);
                if MARK {
                    mark(read, first, out.len());
                }
                continue;
            }
            // A comma not before a digit and a lone period are one
            // punctuation token each, whatever surrounds them (`step` would
            // say so after its general dispatch): the most frequent tokens
            // after words.
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            if (c == b',' && !next.is_ascii_digit()) || (c == b'.' && next != b'.') {
                // A comma neither ends a sentence nor opens a quotation: the
                // splitter need not read it (a third of the tokens it read).
                if MARK && c == b'.' {
                    read.push(out.len());
                }
                // Both bytes are of class `OTHER`.
                push_classed(
                    out,
                    i,
                    i + 1,
                    TokenKind::Punct,
                    class::pack(class::OTHER, 0),
                );
                i += 1;
                continue;
            }
            let first = out.len();
            i = self.step(i, out);
            if MARK {
                mark(read, first, out.len());
            }
        }
    }

    /// Reads the token (or the space) at `i`; returns where the next one starts.
    #[inline]
    fn step(&self, i: usize, out: &mut Vec<Token>) -> usize {
        let c = self.b[i];
        if c < 0x80 {
            return match c {
                b'\t'..=b'\r' | b' ' => i + 1,
                b'a'..=b'z' | b'A'..=b'Z' => self.word(i, out),
                b'0'..=b'9' => self.number(i, i, out),
                _ => self.ascii_other(i, out),
            };
        }
        let Some((ch, len)) = char_at(self.text, i) else {
            return self.end;
        };
        if is_space(ch) {
            return i + len;
        }
        // Quotes, dashes and bullets (most non-ASCII chars of news) are not
        // alphanumeric: told without the Unicode tables.
        if !is_general_punct(ch) && ch.is_alphanumeric() {
            return self.word(i, out);
        }
        if !is_unicode_punct(ch) && (is_extender(ch) || ch == '\u{AD}') {
            if let Some(last) = out.last_mut().filter(|t| t.end == i && i > self.start) {
                let mut j = i;
                while let Some((c, n)) = char_at(self.text, j).filter(|_| j < self.end) {
                    if !(is_extender(c) || c == '\u{AD}') {
                        break;
                    }
                    j += n;
                }
                if last.stem_end == last.end {
                    last.stem_end = j;
                }
                last.end = j;
                last.class = class::of(&self.b[last.start..j]);
                return j;
            }
        }
        if matches!(ch, '€' | '£' | '¥' | '\u{2212}') && self.digit_at(i + len) {
            let signed = ch != '\u{2212}' || !self.word_before(i);
            if signed {
                return self.number(i, i + len, out);
            }
        }
        let g = if is_unicode_punct(ch) && self.b[..self.end].get(i + len).is_none_or(|&c| c < 0x80)
        {
            // Quotes and dashes are neither Prepend nor CR, and nothing
            // ASCII extends a cluster: the cluster is the char alone.
            len
        } else {
            self.text[i..self.end]
                .graphemes(true)
                .next()
                .map_or(len, str::len)
        };
        let mut j = i + g;
        if matches!(ch, '—' | '–' | '―' | '…') {
            while self.text[j..self.end].starts_with(ch) {
                j += len;
            }
        }
        let kind = if is_unicode_punct(ch) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        self.push(out, i, j, kind);
        j
    }

    fn ascii_other(&self, i: usize, out: &mut Vec<Token>) -> usize {
        let b = self.b;
        let c = b[i];
        let after = self.digit_at(i + 1);
        match c {
            b',' | b'-' | b'+' if after && !self.word_before(i) => self.number(i, i + 1, out),
            b'$' if after => self.number(i, i + 1, out),
            b'-' => {
                if let Some(j) = self.quoted_clitic(i, out) {
                    return j;
                }
                self.run_of(i, |c| c == b'-', TokenKind::Punct, out)
            }
            b'.' => self.run_of(i, |c| c == b'.', TokenKind::Punct, out),
            // The English possessive: `Moody's` is `Moody` `'s`.
            b'\''
                if self.word_before(i)
                    && i + 1 < self.end
                    && matches!(b[i + 1], b's' | b'S')
                    && !self.word_char_at(i + 2) =>
            {
                self.push(out, i, i + 2, TokenKind::Word);
                i + 2
            }
            b'!' | b'?' => self.run_of(i, |c| c == b'!' || c == b'?', TokenKind::Punct, out),
            b'@' | b'#' if !self.word_before(i) && self.word_char_at(i + 1) => self.handle(i, out),
            _ => {
                let kind = match c {
                    b'$' | b'%' | b'+' | b'<' | b'=' | b'>' | b'^' | b'|' | b'~' | b'@' | b'#'
                    | b'&' => TokenKind::Symbol,
                    0..=0x1F | 0x7F => TokenKind::Symbol,
                    _ => TokenKind::Punct,
                };
                self.push(out, i, i + 1, kind);
                i + 1
            }
        }
    }

    /// One token for a run of bytes accepted by `f` (`...`, `?!`, `--`).
    fn run_of(
        &self,
        i: usize,
        f: impl Fn(u8) -> bool,
        kind: TokenKind,
        out: &mut Vec<Token>,
    ) -> usize {
        let mut j = i + 1;
        while j < self.end && f(self.b[j]) {
            j += 1;
        }
        self.push(out, i, j, kind);
        j
    }

    /// `-nya` (or `-lah`, `-kah`, `-pun`) right after a closing quote or bracket:
    /// a token of its own whose stem is empty, since the stem is the quoted word.
    fn quoted_clitic(&self, i: usize, out: &mut Vec<Token>) -> Option<usize> {
        let last = out.last()?;
        if last.end != i || i == self.start || !is_closer(last.text(self.text)) {
            return None;
        }
        let rest = &self.b[i + 1..self.end];
        let hit = QUOTED_CLITICS
            .iter()
            .any(|c| rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(c));
        if !hit || self.word_char_at(i + 4) {
            return None;
        }
        out.push(Token {
            start: i,
            end: i + 4,
            kind: TokenKind::Word,
            class: class::of(&self.b[i..i + 4]),
            stem_start: i,
            stem_end: i,
        });
        Some(i + 4)
    }

    /// Letters, digits and combining marks from `j`.
    fn alnum_run(&self, mut j: usize) -> usize {
        while j < self.end {
            let c = self.b[j];
            if c < 0x80 {
                if c.is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                break;
            }
            match char_at(self.text, j) {
                Some((ch, n)) if is_word_char(ch) => j += n,
                _ => break,
            }
        }
        j
    }

    fn digit_at(&self, k: usize) -> bool {
        k < self.end && self.b[k].is_ascii_digit()
    }

    fn word_char_at(&self, k: usize) -> bool {
        if k >= self.end {
            return false;
        }
        let c = self.b[k];
        if c < 0x80 {
            return c.is_ascii_alphanumeric();
        }
        char_at(self.text, k).is_some_and(|(ch, _)| ch.is_alphanumeric())
    }

    /// True when a letter or digit ends right before `i` inside the span.
    fn word_before(&self, i: usize) -> bool {
        i > self.start && char_before(self.text, i).is_some_and(char::is_alphanumeric)
    }
}

/// Chars of the General Punctuation block that are neither letters nor
/// digits (all of U+2010..=U+2027 and U+2030..=U+205E: dashes, quotes,
/// bullets, primes; a test checks them against `char::is_alphanumeric`).
#[inline(always)]
fn is_general_punct(ch: char) -> bool {
    matches!(ch, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
}

/// Adds the indices `first..end` to `read`: most often one, or none (a space).
#[inline(always)]
fn mark(read: &mut Vec<usize>, first: usize, end: usize) {
    if end == first + 1 {
        read.push(first);
    } else {
        read.extend(first..end);
    }
}

/// Pushes a token whose [`class`] the caller knows.
#[inline(always)]
fn push_classed(out: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind, class: u16) {
    out.push(Token {
        start,
        end,
        kind,
        class,
        stem_start: start,
        stem_end: end,
    });
}

impl Scanner<'_> {
    /// Pushes the token `start..end` (no clitic), its classes read from its bytes.
    fn push(&self, out: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind) {
        push_classed(out, start, end, kind, class::of(&self.b[start..end]));
    }
}

#[cfg(test)]
mod tests {
    use super::{Scanner, is_general_punct, mark};

    /// The shortcut in `step` agrees with the Unicode tables on its whole
    /// range (`“`, `—`, `•`, `‰`, `′`) and stops at its edges.
    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        let range = (0x2000u32..0x2070).filter_map(char::from_u32);
        let mut shortcut = 0;
        for ch in range {
            if is_general_punct(ch) {
                shortcut += 1;
                assert!(!ch.is_alphanumeric(), "{ch:?}");
            }
        }
        assert_eq!(shortcut, 0x18 + 0x2F);
        for ch in ['\u{201C}', '\u{201D}', '\u{2019}', '\u{2014}', '\u{2022}'] {
            assert!(is_general_punct(ch), "{ch:?}");
        }
        for ch in ['\u{2071}', '\u{207F}', '\u{200F}', 'a', '5', 'é'] {
            assert!(!is_general_punct(ch), "{ch:?}");
        }
    }
    use super::{letters_end, letters_end_cased};
    use crate::token::lists::LISTS;

    /// The scanner's shortcut for a long word before `. ` gives what the
    /// general word reader gives, marks included.
    #[test]
    fn sentence_final_words_read_as_the_word_reader_reads_them() {
        let rows = [
            "Harga beras naik tersebut. Lalu",
            "kata Presiden Jokowi.",
            "ditetapkan sebagai tersangka.  Polisi",
            "Sekolah.\nx",
            "kemlu.go.id.",
            "Indonesia.com x",
            "dibacakan.Lalu",
            "S.H.",
            "Jl.",
            "dll. Kemudian",
            "www. ",
            "menyampaikannya. ",
            "ketidakberpihakannyalah.",
            "Abdullah.",
            "kata dia. Lalu itu.",
            "M. Hatta dan H. Agus Salim.",
            "Jl. Sudirman, dll. Kemudian",
            "Dr. Budi, S.H. dan a.n. dia.",
            "ke www. lalu WWW.",
            "Rp. 5.000, Rp.5.000 dan US$. Itu",
            "a. b. ia. Ia.",
            "kemlu.go.id. go.id.",
            "itu.\u{201D} Lalu",
            "itu.. lalu... x.",
            "pun, nya. kah.",
        ];
        for text in rows {
            let s = Scanner::new(text, 0, text.len(), &LISTS);
            let (mut fast, mut fast_read) = (Vec::new(), Vec::new());
            s.run_marked(&mut fast, &mut fast_read);
            // The same walk where every word is left to `word`.
            let (mut slow, mut slow_read) = (Vec::new(), Vec::new());
            let mut i = 0;
            while i < text.len() {
                let first = slow.len();
                i = if text.as_bytes()[i].is_ascii_alphabetic() {
                    s.word(i, &mut slow)
                } else {
                    s.step(i, &mut slow)
                };
                mark(&mut slow_read, first, slow.len());
            }
            assert_eq!(fast, slow, "{text:?}");
            // The fast path marks a subset: it leaves out only plain words.
            for k in &fast_read {
                assert!(slow_read.contains(k), "{text:?} token {k}");
            }
            for k in &slow_read {
                let t = &slow[*k];
                let plain = t.kind == crate::model::TokenKind::Word
                    && t.text(text).bytes().all(|c| c.is_ascii_alphabetic());
                let comma = t.text(text) == ",";
                assert!(
                    fast_read.contains(k) || plain || comma,
                    "{text:?} token {k}"
                );
            }
        }
    }

    /// The grapheme shortcut in `step`: a punctuation char followed by an
    /// ASCII char (or nothing) is a cluster of its own.
    #[test]
    fn punctuation_before_ascii_is_its_own_grapheme() {
        use crate::token::chars::is_unicode_punct;
        use unicode_segmentation::UnicodeSegmentation;
        let puncts = (0x80u32..0x1_0000)
            .filter_map(char::from_u32)
            .filter(|&c| is_unicode_punct(c));
        for c in puncts {
            for a in (0u8..0x80).map(char::from) {
                let s = format!("{c}{a}");
                assert_eq!(s.graphemes(true).next(), Some(&s[..c.len_utf8()]), "{s:?}");
            }
            let alone = c.to_string();
            assert_eq!(alone.graphemes(true).next(), Some(alone.as_str()));
        }
    }

    #[test]
    fn letters_end_matches_a_byte_loop() {
        let rows = [
            "",
            "a",
            "abc def",
            "Zulkifli,",
            "menyelesaikannya.",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnopq!",
            "kata@",
            "x[y",
            "A`B",
            "Jum'at",
            "café",
            "naïve",
            "ABCDEFG{",
            "12ab",
            "\u{7f}abc",
            "abcdefg\u{e9}",
            "Rp5.000",
            "a_b",
            "Z/z",
            "zzzzzzzzzzzzzzzz",
        ];
        for s in rows {
            let b = s.as_bytes();
            for from in 0..=b.len() {
                let mut want = from;
                while want < b.len() && b[want].is_ascii_alphabetic() {
                    want += 1;
                }
                assert_eq!(letters_end(b, from), want, "{s:?} from {from}");
                let case = crate::token::class::union(&b[from..want]);
                assert_eq!(
                    letters_end_cased(b, from),
                    (want, case),
                    "{s:?} from {from}"
                );
            }
        }
    }
}
