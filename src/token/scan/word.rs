//! Words: letters and digits joined by hyphens, apostrophes and code slashes
//! (`anak-anak`, `ke-3`, `Jum'at`, `II/2007`), abbreviations with their period
//! (`Dr.`, `S.H.`, `M.`), glued currency amounts (`Rp5.000`), clitic stems.

use super::Scanner;
use crate::model::{Token, TokenKind};
use crate::token::chars::{char_at, char_before, is_hyphen};
use crate::token::{class, clitic};

impl Scanner<'_> {
    /// A word starting at a letter: hyphenated parts, apostrophes, dotted
    /// abbreviations and glued currency amounts included.
    pub(super) fn word(&self, start: usize, out: &mut Vec<Token>) -> usize {
        let b = self.b;
        let end = self.end;
        let mut j = super::letters_end(&b[..end], start);
        // Fast path, most words: plain letters followed by a space.
        if j > start && (j == end || b[j] == b' ') {
            self.push_word(start, j, class::of(&b[start..j]), out);
            return j;
        }
        if self.url_prefix(start) {
            return self.url(start, out);
        }
        // Currency codes are at most three letters (`Rp`, `US$`, `USD`).
        if j > start && j - start <= 3 && j < end && matches!(b[j], b'0'..=b'9' | b'$' | b'.') {
            if let Some(p) = self.currency(start, j) {
                if self.digit_at(p) {
                    return self.number(start, p, out);
                }
                if b[p - 1] == b'$' {
                    self.push(out, start, p, TokenKind::Symbol);
                    return p;
                }
            }
        }
        j = self.alnum_run(j);
        while j < end {
            let joined = match b[j] {
                b'-' | b'_' => self.word_char_at(j + 1).then_some(j + 1),
                b'/' if self.word_char_at(j + 1)
                    && self.text[start..j].bytes().any(|c| c.is_ascii_digit()) =>
                {
                    j = self.code_tail(j);
                    None
                }
                b'/' => self.slash_joins(start, j).then_some(j + 1),
                b'\'' => self.apostrophe(j, 1),
                b'&' => {
                    (b[j - 1].is_ascii_uppercase() && j + 1 < end && b[j + 1].is_ascii_uppercase())
                        .then_some(j + 1)
                }
                b'@' => {
                    if let Some(e) = self.email_domain(j + 1) {
                        self.push(out, start, e, TokenKind::Url);
                        return e;
                    }
                    None
                }
                0xE2 => match char_at(self.text, j) {
                    Some(('\u{2019}', _)) => self.apostrophe(j, 3),
                    Some((h, n)) if is_hyphen(h) => self.word_char_at(j + n).then_some(j + n),
                    _ => None,
                },
                _ => None,
            };
            match joined {
                Some(k) => j = self.alnum_run(k),
                None => break,
            }
        }
        if j < end && b[j] == b'.' {
            if let Some(e) = self.dotted_url(start, j) {
                self.push(out, start, e, TokenKind::Url);
                return e;
            }
            if let Some(e) = self.dotted_abbreviation(start, j) {
                self.push(out, start, e, TokenKind::Word);
                return e;
            }
            if self.abbreviation_at(start, j) {
                self.push(out, start, j + 1, TokenKind::Word);
                return j + 1;
            }
        }
        self.push_word(start, j, class::of(&b[start..j]), out);
        j
    }

    /// Whether the word `start..j` and the period at `j` are one token: an
    /// initial (`M.`) or a listed abbreviation (`dll.`, `Jl.`).
    #[inline]
    pub(super) fn abbreviation_at(&self, start: usize, j: usize) -> bool {
        is_initial(&self.text[start..j]) || self.lists.abbreviation(&self.text[start..=j]).is_some()
    }

    /// Pushes the word `start..j` with its clitic stem marked; `class` is
    /// [`class::of`] its bytes.
    #[inline(always)]
    pub(super) fn push_word(&self, start: usize, j: usize, class: u16, out: &mut Vec<Token>) {
        let (s, e) = if clitic::maybe_clitic(&self.b[start..j]) {
            self.clitic_stem(start, j)
        } else {
            (0, j - start)
        };
        out.push(Token {
            start,
            end: j,
            kind: TokenKind::Word,
            class,
            stem_start: start + s,
            stem_end: start + e,
        });
    }

    /// Kept out of line: few words need it, and inlined it made every word
    /// pay for its stack frame. Memoized per distinct word (see `stems`).
    #[inline(never)]
    fn clitic_stem(&self, start: usize, j: usize) -> (usize, usize) {
        crate::token::stems::stem(&self.text[start..j], self.lists)
    }

    /// Where the amount starts when the letters `start..j` are a currency prefix.
    pub(super) fn currency(&self, start: usize, j: usize) -> Option<usize> {
        let n = self.lists.currency_prefix(&self.b[start..self.end])?;
        let whole = n == j - start || (n == j - start + 1 && matches!(self.b[j], b'$' | b'.'));
        whole.then_some(start + n)
    }

    /// True when the letters `start..j` are a currency code (`Rp`, `USD`).
    pub(super) fn currency_at(&self, start: usize, j: usize) -> bool {
        self.lists.currency_prefix(&self.b[start..j]) == Some(j - start)
    }

    /// An apostrophe of `len` bytes at `j` inside a word (`Jum'at`, `Qur’an`);
    /// not the English possessive (`Moody's` is `Moody` `'s`).
    pub(super) fn apostrophe(&self, j: usize, len: usize) -> Option<usize> {
        let before = char_before(self.text, j).is_some_and(char::is_alphabetic);
        let k = j + len;
        let after = k < self.end && self.b[k].is_ascii_alphabetic();
        let possessive = after && matches!(self.b[k], b's' | b'S') && !self.word_char_at(k + 1);
        (before && after && !possessive).then_some(k)
    }

    /// A slash inside a word joins codes (`II/2007`, `C/D`, `S/A`), not two
    /// words (`DPR/MPR`, `dan/atau` are three tokens).
    pub(super) fn slash_joins(&self, start: usize, j: usize) -> bool {
        if !self.word_char_at(j + 1) {
            return false;
        }
        let seg = self.text[start..j]
            .rsplit(['-', '/', '\'', '&', '_'])
            .next()
            .unwrap_or("");
        seg.chars().count() <= 2 || self.digit_at(j + 1)
    }

    /// `S.H.`, `a.n.`, `M.Si.`, `Ph.D.`: two or more groups of one to three
    /// letters, each followed by a period, one of them a single letter.
    pub(super) fn dotted_abbreviation(&self, start: usize, j: usize) -> Option<usize> {
        let b = self.b;
        let first = &b[start..j];
        if !(1..=3).contains(&first.len()) || !first.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let (mut k, mut groups, mut single) = (j, 1, first.len() == 1);
        while k < self.end && b[k] == b'.' {
            let s = k + 1;
            let mut e = s;
            while e < self.end && e - s <= 3 && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            let n = e - s;
            if n == 0 || n > 3 || e >= self.end || b[e] != b'.' {
                break;
            }
            groups += 1;
            single |= n == 1;
            k = e;
        }
        (groups >= 2 && single).then_some(k + 1)
    }
}

/// A single capital letter: an initial (`M. Hatta`, `H. Agus Salim`).
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}
