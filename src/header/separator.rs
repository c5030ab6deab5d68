//! Where a dateline head ends: the first separator (`-`, `--`, `–`, `—`, or
//! `:`) within the first 90 chars of a paragraph that is followed by the
//! start of the body (a capital, a digit, a quote or a bracket).
//!
//! A byte scan that gives exactly what the reference pattern [`PATTERN`]
//! (kept as the specification, and as the matcher for paragraphs that open
//! with white space or whose body starts with a non-ASCII letter) gives,
//! without a regex on every paragraph. It does not read the head itself
//! (that is `dateline`).

use regex::Regex;
use std::sync::LazyLock;

/// The head is lazy, so the first separator wins: "Merdeka.com - Timnas U - 22".
/// A dash glued to the next word needs a space before it ("JAKARTA –Polisi"),
/// so "Jakarta–Bandung" stays a route.
pub const PATTERN: &str =
    r"^(\s*)([^\n]{1,90}?)(?:\s*(--?|–|—|:)\s+|\s+(--?|–|—))[\p{Lu}\p{N}“\x22'‘(\[]";

static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(PATTERN).expect("static regex"));
static BODY_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{Lu}\p{N}]").expect("static regex"));

/// Most chars the head may have.
const HEAD_CHARS: usize = 90;

/// The head (`start..end`) and the separator (`start..end`) of the dateline
/// that opens `par`, as [`PATTERN`]'s groups 2 and 3 (or 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    pub head: (usize, usize),
    pub sep: (usize, usize),
}

/// Reads [`PATTERN`] at the start of `par`.
pub fn split(par: &str) -> Option<Split> {
    let b = par.as_bytes();
    if par.starts_with(char::is_whitespace) {
        // The leading-space group may give chars back to the head: the
        // pattern itself decides.
        return by_pattern(par);
    }
    // Head ends are char ends: each ASCII byte, and each non-ASCII lead byte
    // closes the char before it.
    let mut chars = 0;
    let mut e = 0;
    while e < b.len() {
        let c = b[e];
        if c == b'\n' {
            return None;
        }
        // Step to the next char end, counting one char.
        e += utf8_len(c);
        chars += 1;
        if chars > HEAD_CHARS || e > b.len() {
            return None;
        }
        // `try_at` needs white space or a separator at `e`: an ASCII space,
        // `-`, `:`, or a non-ASCII char (`–`, `—`, a no-break space). Most
        // head ends are letters, turned away here by one byte.
        let may = b
            .get(e)
            .is_some_and(|&c| c >= 0x80 || matches!(c, b'-' | b':' | b'\t'..=b'\r' | b' '));
        if may && let Some(sep) = try_at(par, e) {
            return Some(Split { head: (0, e), sep });
        }
    }
    None
}

/// Whether a separator and a body start follow a head ending at `e`: first
/// `\s*SEP\s+BODY`, then `\s+DASH BODY`. White space before a separator
/// can only be taken whole (a separator is not a space), and likewise after it.
fn try_at(par: &str, e: usize) -> Option<(usize, usize)> {
    let b = par.as_bytes();
    let p = e + space_run(par, e);
    let (sep_end, colon) = separator(b, p)?;
    let q = sep_end + space_run(par, sep_end);
    // The dash glued to the body needs a space before it.
    let found =
        (q > sep_end && body_start(par, q)) || (p > e && !colon && body_start(par, sep_end));
    found.then_some((p, sep_end))
}

/// The end of the separator at `p` and whether it is a colon. `--` before `-`:
/// a lone `-` followed by `-` could never be followed by a space or a body.
fn separator(b: &[u8], p: usize) -> Option<(usize, bool)> {
    match b.get(p..)? {
        [b'-', b'-', ..] => Some((p + 2, false)),
        [b'-', ..] => Some((p + 1, false)),
        [b':', ..] => Some((p + 1, true)),
        // `–` U+2013 and `—` U+2014.
        [0xE2, 0x80, 0x93 | 0x94, ..] => Some((p + 3, false)),
        _ => None,
    }
}

/// Bytes of white space (Unicode `\s`, line ends included) from `at`.
fn space_run(par: &str, at: usize) -> usize {
    let b = par.as_bytes();
    let mut k = at;
    while k < b.len() {
        let c = b[k];
        if c < 0x80 {
            if !c.is_ascii_whitespace() && c != 0x0B {
                break;
            }
            k += 1;
        } else {
            match par[k..].chars().next() {
                Some(ch) if ch.is_whitespace() => k += ch.len_utf8(),
                _ => break,
            }
        }
    }
    k - at
}

/// Whether the char at `at` may start the body. A non-ASCII one other than
/// the opening quotes is rare: the general category (`Lu`, `N`) decides,
/// which `char::is_uppercase` does not tell (it also takes `Ⓐ`).
fn body_start(par: &str, at: usize) -> bool {
    let Some(&c) = par.as_bytes().get(at) else {
        return false;
    };
    if c < 0x80 {
        return matches!(c, b'A'..=b'Z' | b'0'..=b'9' | b'"' | b'\'' | b'(' | b'[');
    }
    let Some(ch) = par[at..].chars().next() else {
        return false;
    };
    ch == '“' || ch == '‘' || BODY_START.is_match(&par[at..at + ch.len_utf8()])
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn by_pattern(par: &str) -> Option<Split> {
    let caps = SEPARATOR.captures(par)?;
    let head = caps.get(2)?;
    let sep = caps.get(3).or_else(|| caps.get(4))?;
    Some(Split {
        head: (head.start(), head.end()),
        sep: (sep.start(), sep.end()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(par: &str) {
        assert_eq!(split(par), by_pattern(par), "{par:?}");
    }

    #[test]
    fn scan_agrees_with_the_pattern() {
        for par in [
            "KOMPAS.com - Banjir kembali merendam Kemang.",
            "Jakarta, CNN Indonesia -- Serial televisi",
            "Seoul, Suarathailand- Menteri",
            "5Blogger – Presiden",
            "JAKARTA (Antara) - Harga",
            "Merdeka.com - Timnas Indonesia U - 22 menang.",
            "Liputan6.com, Jakarta: Pemerintah",
            "JAKARTA –Sekelah diultimatum",
            "Jakarta–Bandung Lancar",
            "Reporter: Fair Cholis",
            "Jakarta -",
            "Jakarta - banjir",
            "-",
            " - Jakarta",
            "  Surabaya, Jatimnews.id – Banjir",
            "a -- - B",
            "a - -B",
            "a --B",
            "a :B",
            "a\u{a0}– B",
            "a –\u{2003}“Kutipan",
            "a - ‘x",
            "a - Éric",
            "a - éric",
            "a - Ⅻ",
            "a - Ⓐ",
            "a - ǅ",
            "a\n - B",
            "ab -\nB",
            "x:\u{b}B",
            "é - B",
            "🙂 - B",
            "",
        ] {
            check(par);
        }
        check(&format!("{} - B", "a".repeat(89)));
        check(&format!("{} - B", "a".repeat(90)));
        check(&format!("{} - B", "é".repeat(90)));
        check(&format!("{} - B", "é".repeat(91)));
        assert!(body_start("É", 0) && !body_start("é", 0) && !body_start("Ⓐ", 0));
    }

    proptest::proptest! {
        #[test]
        fn scan_agrees_on_any_text(par in "(a|B|é|É|9|,|\\.| |\u{a0}|\n|-|–|—|:|\\(|\"|“|‘|'|Ⓐ){0,30}") {
            proptest::prop_assert_eq!(split(&par), by_pattern(&par));
        }
        #[test]
        fn scan_agrees_on_long_heads(n in 80usize..100, tail in "( |-|–|:|B|a){0,6}") {
            let par = format!("{}{tail}", "a".repeat(n));
            proptest::prop_assert_eq!(split(&par), by_pattern(&par));
        }
    }
}
