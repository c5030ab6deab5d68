//! Numbers: digits with Indonesian separators, dates, times, percentages,
//! signs and currency prefixes; reference codes that start with a number.

use super::Scanner;
use crate::model::{Token, TokenKind};

impl Scanner<'_> {
    /// A number from the digit at `i`; the token starts at `tok` (a sign, a
    /// currency prefix or a leading decimal comma may come first).
    pub(super) fn number(&self, tok: usize, i: usize, out: &mut Vec<Token>) -> usize {
        let b = self.b;
        let end = self.end;
        let mut j = self.digits(i);
        let (mut sep, mut slash) = (false, false);
        while j + 1 < end && b[j + 1].is_ascii_digit() {
            match b[j] {
                b'.' | b',' | b':' if !slash => sep = true,
                b'/' if !sep => slash = true,
                b'-' if !sep && !slash => {
                    if let Some(e) = self.dash_date(i, j) {
                        j = e;
                    }
                    break;
                }
                _ => break,
            }
            j = self.digits(j + 1);
        }
        let mut kind = TokenKind::Number;
        // A reference number: `34/PMK.011/2007`, `90/PUU-XXI/2023`.
        if j + 1 < end && b[j] == b'/' && b[j + 1].is_ascii_uppercase() && tok == i {
            let e = self.code_tail(j);
            self.push(out, tok, e, TokenKind::Word);
            return e;
        }
        if j < end {
            match b[j] {
                b'%' => j += 1,
                // `Rp50.000,-`: the amount is exact.
                b',' if j + 1 < end && b[j + 1] == b'-' && !self.word_char_at(j + 2) => j += 2,
                // `2000-an` (the decade), `17-Mar`: a short suffix, not another
                // amount (`Rp9.000-Rp9.300`) nor a word (`5-megapixel`).
                b'-' if j + 1 < end && b[j + 1].is_ascii_alphabetic() => {
                    let mut k = j + 1;
                    while k < end && b[k].is_ascii_alphabetic() {
                        k += 1;
                    }
                    if k - j <= 4 && !self.word_char_at(k) && !self.currency_at(j + 1, k) {
                        j = k;
                    }
                }
                _ if self.word_char_at(j) => {
                    j = self.alnum_run(j);
                    if tok == i {
                        kind = TokenKind::Word;
                    }
                }
                _ => {}
            }
        }
        self.push(out, tok, j, kind);
        j
    }

    /// The end of a date written with dashes (`13-07-2025`, `2025-07-13`) whose
    /// first part is `i..j`; `None` for a range (`5-10`, `2007-2008`).
    pub(super) fn dash_date(&self, i: usize, j: usize) -> Option<usize> {
        let part = |k: usize| -> Option<(usize, usize)> {
            let e = self.digits(k + 1);
            (k < self.end && self.b[k] == b'-' && e > k + 1).then_some((e, e - k - 1))
        };
        let (e2, n2) = part(j)?;
        let (e3, n3) = part(e2)?;
        if self.word_char_at(e3) || (e3 < self.end && self.b[e3] == b'-') {
            return None;
        }
        let n1 = j - i;
        let ok = (n1 <= 2 && n2 <= 2 && (n3 == 2 || n3 == 4)) || (n1 == 4 && n2 <= 2 && n3 <= 2);
        ok.then_some(e3)
    }

    /// The end of a reference code from the `/` at `j`: letters and digits
    /// joined by `/`, `.` and `-` (`KM.10/7`, `PUU-XXI/2023`).
    pub(super) fn code_tail(&self, mut j: usize) -> usize {
        let b = self.b;
        while j + 1 < self.end
            && matches!(b[j], b'/' | b'.' | b'-')
            && b[j + 1].is_ascii_alphanumeric()
        {
            j += 1;
            while j < self.end && b[j].is_ascii_alphanumeric() {
                j += 1;
            }
        }
        j
    }

    pub(super) fn digits(&self, mut k: usize) -> usize {
        while k < self.end && self.b[k].is_ascii_digit() {
            k += 1;
        }
        k
    }
}
