//! The tokenizer: one left-to-right pass over the bytes of a span, ASCII by
//! table and everything else by Unicode properties, never splitting a grapheme.
//!
//! It decides token boundaries and kinds (numbers with their separators,
//! hyphenated words, abbreviations with their period, URLs) and marks clitic
//! stems; it does not decide where sentences end (see `sentence`).

use super::chars::{
    char_at, char_before, is_closer, is_extender, is_hyphen, is_space, is_unicode_punct,
    is_word_char,
};
use super::clitic;
use super::lists::Lists;
use crate::model::{Token, TokenKind};
use unicode_segmentation::UnicodeSegmentation;

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
        let mut i = self.start;
        while i < self.end {
            if self.b[i] == b' ' {
                i += 1;
                continue;
            }
            i = self.step(i, out);
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
        if ch.is_alphanumeric() {
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
                return j;
            }
        }
        if matches!(ch, '€' | '£' | '¥' | '\u{2212}') && self.digit_at(i + len) {
            let signed = ch != '\u{2212}' || !self.word_before(i);
            if signed {
                return self.number(i, i + len, out);
            }
        }
        let g = self.text[i..self.end]
            .graphemes(true)
            .next()
            .map_or(len, str::len);
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
        push(out, i, j, kind);
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
                push(out, i, i + 2, TokenKind::Word);
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
                push(out, i, i + 1, kind);
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
        push(out, i, j, kind);
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
            stem_start: i,
            stem_end: i,
        });
        Some(i + 4)
    }

    /// `@handle` or `#hashtag` (a hashtag needs a letter: `#1` is a symbol and a number).
    fn handle(&self, i: usize, out: &mut Vec<Token>) -> usize {
        let mut j = i + 1;
        let mut letter = false;
        while j < self.end {
            match char_at(self.text, j) {
                Some((c, n)) if is_word_char(c) || c == '_' || (c == '.' && self.b[i] == b'@') => {
                    letter |= c.is_alphabetic();
                    j += n;
                }
                _ => break,
            }
        }
        while self.b[j - 1] == b'.' {
            j -= 1;
        }
        if !letter && self.b[i] == b'#' {
            push(out, i, i + 1, TokenKind::Symbol);
            return i + 1;
        }
        push(out, i, j, TokenKind::Url);
        j
    }

    /// A word starting at a letter: hyphenated parts, apostrophes, dotted
    /// abbreviations and glued currency amounts included.
    fn word(&self, start: usize, out: &mut Vec<Token>) -> usize {
        let b = self.b;
        let end = self.end;
        let mut j = start;
        while j < end && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        // Fast path, most words: plain letters followed by a space.
        if j > start && (j == end || b[j] == b' ') {
            self.push_word(start, j, out);
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
                    push(out, start, p, TokenKind::Symbol);
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
                        push(out, start, e, TokenKind::Url);
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
                push(out, start, e, TokenKind::Url);
                return e;
            }
            if let Some(e) = self.dotted_abbreviation(start, j) {
                push(out, start, e, TokenKind::Word);
                return e;
            }
            let word = &self.text[start..j];
            if is_initial(word) || self.lists.abbreviation(&self.text[start..=j]).is_some() {
                push(out, start, j + 1, TokenKind::Word);
                return j + 1;
            }
        }
        self.push_word(start, j, out);
        j
    }

    /// Pushes the word `start..j` with its clitic stem marked.
    fn push_word(&self, start: usize, j: usize, out: &mut Vec<Token>) {
        let (s, e) = if clitic::maybe_clitic(&self.b[start..j]) {
            clitic::stem(&self.text[start..j], self.lists)
        } else {
            (0, j - start)
        };
        out.push(Token {
            start,
            end: j,
            kind: TokenKind::Word,
            stem_start: start + s,
            stem_end: start + e,
        });
    }

    /// Where the amount starts when the letters `start..j` are a currency prefix.
    fn currency(&self, start: usize, j: usize) -> Option<usize> {
        let n = self.lists.currency_prefix(&self.b[start..self.end])?;
        let whole = n == j - start || (n == j - start + 1 && matches!(self.b[j], b'$' | b'.'));
        whole.then_some(start + n)
    }

    /// The end of a reference code from the `/` at `j`: letters and digits
    /// joined by `/`, `.` and `-` (`KM.10/7`, `PUU-XXI/2023`).
    fn code_tail(&self, mut j: usize) -> usize {
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

    /// True when the letters `start..j` are a currency code (`Rp`, `USD`).
    fn currency_at(&self, start: usize, j: usize) -> bool {
        self.lists.currency_prefix(&self.b[start..j]) == Some(j - start)
    }

    /// An apostrophe of `len` bytes at `j` inside a word (`Jum'at`, `Qur’an`);
    /// not the English possessive (`Moody's` is `Moody` `'s`).
    fn apostrophe(&self, j: usize, len: usize) -> Option<usize> {
        let before = char_before(self.text, j).is_some_and(char::is_alphabetic);
        let k = j + len;
        let after = k < self.end && self.b[k].is_ascii_alphabetic();
        let possessive = after && matches!(self.b[k], b's' | b'S') && !self.word_char_at(k + 1);
        (before && after && !possessive).then_some(k)
    }

    /// A slash inside a word joins codes (`II/2007`, `C/D`, `S/A`), not two
    /// words (`DPR/MPR`, `dan/atau` are three tokens).
    fn slash_joins(&self, start: usize, j: usize) -> bool {
        if !self.word_char_at(j + 1) {
            return false;
        }
        let seg = self.text[start..j]
            .rsplit(['-', '/', '\'', '&', '_'])
            .next()
            .unwrap_or("");
        seg.chars().count() <= 2 || self.digit_at(j + 1)
    }

    /// A number from the digit at `i`; the token starts at `tok` (a sign, a
    /// currency prefix or a leading decimal comma may come first).
    fn number(&self, tok: usize, i: usize, out: &mut Vec<Token>) -> usize {
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
            push(out, tok, e, TokenKind::Word);
            return e;
        }
        if j < end {
            match b[j] {
                b'%' => j += 1,
                // `Rp50.000,-`: the amount is exact.
                b',' if j + 1 < end && b[j + 1] == b'-' && !self.word_char_at(j + 2) => j += 2,
                // `2000-an` (the decade), `17-Mar`: letters, not another amount.
                b'-' if j + 1 < end && b[j + 1].is_ascii_alphabetic() => {
                    let mut k = j + 1;
                    while k < end && b[k].is_ascii_alphabetic() {
                        k += 1;
                    }
                    if !self.word_char_at(k) && !self.currency_at(j + 1, k) {
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
        push(out, tok, j, kind);
        j
    }

    /// The end of a date written with dashes (`13-07-2025`, `2025-07-13`) whose
    /// first part is `i..j`; `None` for a range (`5-10`, `2007-2008`).
    fn dash_date(&self, i: usize, j: usize) -> Option<usize> {
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

    /// `S.H.`, `a.n.`, `M.Si.`, `Ph.D.`: two or more groups of one to three
    /// letters, each followed by a period, one of them a single letter.
    fn dotted_abbreviation(&self, start: usize, j: usize) -> Option<usize> {
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

    /// A domain (`detik.com`, `KOMPAS.com`, `kemlu.go.id/berita`) or an e-mail
    /// address with dots before the `@`, for a word at `start` followed by a period at `j`.
    fn dotted_url(&self, start: usize, j: usize) -> Option<usize> {
        let b = self.b;
        let mut r = j;
        while r < self.end
            && (b[r].is_ascii_alphanumeric() || matches!(b[r], b'.' | b'-' | b'_' | b'+'))
        {
            r += 1;
        }
        if r < self.end && b[r] == b'@' {
            return self.email_domain(r + 1);
        }
        let mut dom = r;
        while dom > j && b[dom - 1] == b'.' {
            dom -= 1;
        }
        if dom <= j {
            return None;
        }
        let labels = &self.text[start..dom];
        let ok_label =
            |l: &str| !l.is_empty() && l.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-');
        if !labels.split('.').all(ok_label) || !labels.contains('.') {
            return None;
        }
        let last = labels.rsplit('.').next().unwrap_or("");
        if !self.lists.is_domain_suffix(last) {
            return None;
        }
        if dom < self.end && b[dom] == b'/' {
            return Some(self.url_tail(start, dom));
        }
        Some(dom)
    }

    /// The end of the domain of an e-mail address starting at `k` (after the `@`).
    fn email_domain(&self, k: usize) -> Option<usize> {
        let b = self.b;
        let mut e = k;
        while e < self.end && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'-')) {
            e += 1;
        }
        while e > k && b[e - 1] == b'.' {
            e -= 1;
        }
        let dom = &self.text[k..e];
        let tld = dom.rsplit('.').next().unwrap_or("");
        let ok = dom.contains('.')
            && !dom.contains("..")
            && tld.len() >= 2
            && tld.bytes().all(|c| c.is_ascii_alphabetic());
        ok.then_some(e)
    }

    fn url_prefix(&self, i: usize) -> bool {
        let rest = &self.b[i..self.end];
        let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        matches!(rest[0], b'h' | b'H' | b'w' | b'W')
            && (starts(b"http://") || starts(b"https://") || starts(b"www."))
    }

    fn url(&self, start: usize, out: &mut Vec<Token>) -> usize {
        let e = self.url_tail(start, start);
        push(out, start, e, TokenKind::Url);
        e
    }

    /// The end of a URL from `from` to the next space, without the punctuation
    /// that closes the sentence around it (a `)` stays when the URL opened one).
    fn url_tail(&self, start: usize, from: usize) -> usize {
        let mut j = from;
        while j < self.end {
            match char_at(self.text, j) {
                Some((c, _)) if is_space(c) || matches!(c, '"' | '<' | '>' | '“' | '”') => {
                    break;
                }
                Some((_, n)) => j += n,
                None => break,
            }
        }
        while let Some(c) = char_before(self.text, j).filter(|_| j > from + 1) {
            let strip = match c {
                ')' => !self.text[start..j].contains('('),
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | ']' | '’' | '…' => true,
                _ => false,
            };
            if !strip {
                break;
            }
            j -= c.len_utf8();
        }
        j
    }

    fn digits(&self, mut k: usize) -> usize {
        while k < self.end && self.b[k].is_ascii_digit() {
            k += 1;
        }
        k
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

/// A single capital letter: an initial (`M. Hatta`, `H. Agus Salim`).
fn is_initial(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

fn push(out: &mut Vec<Token>, start: usize, end: usize, kind: TokenKind) {
    out.push(Token {
        start,
        end,
        kind,
        stem_start: start,
        stem_end: end,
    });
}
