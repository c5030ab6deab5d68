//! URLs, domains (`KOMPAS.com`), e-mail addresses, `@handles`, `#hashtags`.

use super::Scanner;
use crate::model::{Token, TokenKind};
use crate::token::chars::{char_at, char_before, is_space, is_word_char};

impl Scanner<'_> {
    /// `@handle` or `#hashtag` (a hashtag needs a letter: `#1` is a symbol and a number).
    pub(super) fn handle(&self, i: usize, out: &mut Vec<Token>) -> usize {
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
            self.push(out, i, i + 1, TokenKind::Symbol);
            return i + 1;
        }
        self.push(out, i, j, TokenKind::Url);
        j
    }

    /// A domain (`detik.com`, `KOMPAS.com`, `kemlu.go.id/berita`) or an e-mail
    /// address with dots before the `@`, for a word at `start` followed by a period at `j`.
    pub(super) fn dotted_url(&self, start: usize, j: usize) -> Option<usize> {
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
    pub(super) fn email_domain(&self, k: usize) -> Option<usize> {
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

    pub(super) fn url_prefix(&self, i: usize) -> bool {
        let rest = &self.b[i..self.end];
        let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        matches!(rest[0], b'h' | b'H' | b'w' | b'W')
            && (starts(b"http://") || starts(b"https://") || starts(b"www."))
    }

    pub(super) fn url(&self, start: usize, out: &mut Vec<Token>) -> usize {
        let e = self.url_tail(start, start);
        self.push(out, start, e, TokenKind::Url);
        e
    }

    /// The end of a URL from `from` to the next space, without the punctuation
    /// that closes the sentence around it (a `)` stays when the URL opened one).
    pub(super) fn url_tail(&self, start: usize, from: usize) -> usize {
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
}
