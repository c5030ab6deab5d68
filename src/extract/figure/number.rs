//! Number parsing and printing: digit strings with Indonesian (or English)
//! separators, and runs of Indonesian number words.
//!
//! Digits: `.` groups thousands and `,` marks decimals (`1.200.000`, `12,5`,
//! `,5`). English-style input is read by its group pattern: `1,200,000` and
//! `1,200,000.50` are thousands, `4.4` and `0.9` (a group that is not three
//! digits) are decimals. A single comma followed by exactly three digits
//! (`2,615`) is ambiguous; [`parse_digits`] reads it the Indonesian way and
//! offers the English reading in [`Digits::alt`] for the caller to choose from
//! context. Words: `dua belas`, `tiga puluh satu juta dua ratus ribu`,
//! `seratus`, `seribu`, `satu setengah`, `dua pertiga`.
//!
//! Nothing here panics, whatever the input.

use super::lexicon::{NumKind, TABLES};

/// A parsed digit string.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Digits {
    pub value: f64,
    /// The other reading of an ambiguous `d,ddd` (English thousands).
    pub alt: Option<f64>,
    /// Written with thousands separators or a decimal part.
    pub separated: bool,
}

/// Parses `10.000`, `1.200.000`, `12,5`, `0,77`, `,5`, `1,200,000`, `4.4`.
/// `None` for anything else (`1.2.3`, `1..2`, empty, letters).
pub fn parse_digits(s: &str) -> Option<Digits> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 64 {
        return None;
    }
    if !b
        .iter()
        .all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',')
    {
        return None;
    }
    let dots = b.iter().filter(|&&c| c == b'.').count();
    let commas = b.iter().filter(|&&c| c == b',').count();
    if dots + commas == 0 {
        return Some(Digits {
            value: to_f64(s, "")?,
            alt: None,
            separated: false,
        });
    }
    if s.starts_with(',') || s.starts_with('.') {
        // `,5`: a bare decimal part.
        if dots + commas != 1 {
            return None;
        }
        return Some(Digits {
            value: to_f64("0", &s[1..])?,
            alt: None,
            separated: true,
        });
    }
    let out = |value: f64| {
        Some(Digits {
            value,
            alt: None,
            separated: true,
        })
    };
    if dots > 0 && commas > 0 {
        // The later separator is the decimal mark; it occurs once.
        let (last, other) = if s.rfind('.') > s.rfind(',') {
            ('.', ',')
        } else {
            (',', '.')
        };
        let (int, frac) = s.rsplit_once(last)?;
        if frac.contains(other) || int.contains(last) || !grouped(int, other) {
            return None;
        }
        return out(to_f64(&int.replace(other, ""), frac)?);
    }
    let sep = if dots > 0 { '.' } else { ',' };
    if dots + commas > 1 {
        return if grouped(s, sep) {
            out(joined(s, sep)?)
        } else {
            None
        };
    }
    let (int, frac) = s.split_once(sep)?;
    if int.is_empty() || frac.is_empty() {
        return None;
    }
    let thousands = frac.len() == 3 && int.len() <= 3 && !int.starts_with('0');
    let decimal = to_f64(int, frac)?;
    // `s` is `{int}{sep}{frac}`: its digits joined are `{int}{frac}`.
    match (sep, thousands) {
        ('.', true) => out(joined(s, sep)?),
        (',', true) => Some(Digits {
            value: decimal,
            alt: joined(s, sep),
            separated: true,
        }),
        _ => out(decimal),
    }
}

/// `1.234.567` style: first group 1-3 digits, the rest exactly 3.
fn grouped(s: &str, sep: char) -> bool {
    let mut parts = s.split(sep);
    let first = parts.next().unwrap_or("");
    (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
}

/// The number the digits of `s` make with every `sep` removed: what
/// `to_f64(&s.replace(sep, ""), "")` gives, without the copy.
fn joined(s: &str, sep: char) -> Option<f64> {
    let mut v: u64 = 0;
    let mut n = 0;
    for b in s.bytes() {
        if char::from(b) == sep {
            continue;
        }
        if !b.is_ascii_digit() || n == 15 {
            return to_f64(&s.replace(sep, ""), "");
        }
        v = v * 10 + u64::from(b - b'0');
        n += 1;
    }
    if n == 0 {
        return None;
    }
    Some(v as f64)
}

/// The value of a run of at most 15 ASCII digits, folded as an integer:
/// below 2^53 it is exact, so it equals what parsing the run gives. `None`
/// for anything else (the caller parses then).
fn whole(int: &str) -> Option<f64> {
    if int.is_empty() || int.len() > 15 {
        return None;
    }
    let mut v: u64 = 0;
    for b in int.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u64::from(b - b'0');
    }
    Some(v as f64)
}

fn to_f64(int: &str, frac: &str) -> Option<f64> {
    if int.is_empty() || !int.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !frac.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let v: f64 = if frac.is_empty() {
        match whole(int) {
            Some(v) => v,
            None => int.parse().ok()?,
        }
    } else {
        format!("{int}.{frac}").parse().ok()?
    };
    v.is_finite().then_some(v)
}

/// The result of reading number words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Words {
    pub value: f64,
    /// Words consumed.
    pub len: usize,
    /// The last word consumed was a multiplier (`ribu`, `juta`).
    pub big: bool,
}

/// Reads the longest run of number words at the start of `words` (lower-case):
/// `["dua", "belas", "ribu", "orang"]` → 12000 over 3 words.
pub fn parse_words(words: &[&str]) -> Option<Words> {
    let t = &*TABLES;
    let mut total = 0.0_f64;
    let mut group = 0.0_f64;
    let mut pending: Option<f64> = None;
    // The place last filled in the current group (1000 = nothing yet, 0 = closed).
    let mut place = 1000.0_f64;
    let mut last_big = f64::INFINITY;
    let mut best = None;
    for (k, w) in words.iter().enumerate() {
        let Some(nw) = t.numbers.get(w) else { break };
        let v = nw.value;
        let mut big = false;
        match nw.kind {
            NumKind::Digit => {
                // A digit fills the next free place: "dua puluh satu".
                if pending.is_some() || place <= 1.0 {
                    break;
                }
                pending = Some(v);
            }
            NumKind::Whole => {
                // sepuluh (10) and sebelas (11) fill tens and units; seratus the hundreds.
                let (needs, fills) = if v >= 100.0 {
                    (100.0, 100.0)
                } else {
                    (10.0, 1.0)
                };
                if pending.is_some() || place <= needs {
                    break;
                }
                group += v;
                place = fills;
            }
            NumKind::Teen => {
                // "dua belas": +10 on the digit before.
                let Some(d) = pending.filter(|d| (1.0..10.0).contains(d)) else {
                    break;
                };
                if place <= 10.0 {
                    break;
                }
                group += 10.0 + d;
                pending = None;
                place = 1.0;
            }
            NumKind::Small => {
                // puluh (×10), ratus (×100) on the digit before.
                let Some(d) = pending.filter(|d| (1.0..10.0).contains(d)) else {
                    break;
                };
                if place <= v {
                    break;
                }
                group += d * v;
                pending = None;
                place = v;
            }
            NumKind::Big => {
                let g = group + pending.unwrap_or(0.0);
                if g <= 0.0 || v >= last_big {
                    break;
                }
                total += g * v;
                group = 0.0;
                pending = None;
                place = 1000.0;
                last_big = v;
                big = true;
            }
            NumKind::SeBig => {
                if pending.is_some() || group > 0.0 || v >= last_big {
                    break;
                }
                total += v;
                place = 1000.0;
                last_big = v;
                big = true;
            }
            NumKind::Fraction => {
                // "setengah" alone, or "satu setengah" (1.5); closes the group.
                if place < 1.0 || group > 0.0 {
                    break;
                }
                group = pending.unwrap_or(0.0) + v;
                if pending.is_none() && total > 0.0 {
                    break;
                }
                pending = None;
                place = 0.0;
            }
            NumKind::Denominator => {
                let Some(d) = pending else { break };
                if group > 0.0 || total > 0.0 {
                    break;
                }
                group = d / v;
                pending = None;
                place = 0.0;
            }
            NumKind::Money
            | NumKind::Vague
            | NumKind::Several
            | NumKind::Ordinal
            | NumKind::Once => break,
        }
        let value = total + group + pending.unwrap_or(0.0);
        best = Some(Words {
            value,
            len: k + 1,
            big,
        });
    }
    best
}

/// Prints a number the Indonesian way: `.` between thousands, `,` before
/// decimals, at most `decimals` decimal places, trailing zeros dropped.
pub fn format_digits(x: f64, decimals: usize) -> String {
    let neg = x < 0.0;
    let s = format!("{:.*}", decimals, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let n = int.len();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

const DIGIT_WORDS: [&str; 10] = [
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
];

/// Prints a whole number in Indonesian words: 1_200_000 → "satu juta dua ratus ribu".
pub fn format_words(n: u64) -> String {
    if n == 0 {
        return "nol".into();
    }
    let mut parts: Vec<String> = Vec::new();
    let scales = [
        (1_000_000_000_000, "triliun"),
        (1_000_000_000, "miliar"),
        (1_000_000, "juta"),
        (1_000, "ribu"),
    ];
    let mut rest = n;
    for (scale, name) in scales {
        let g = rest / scale;
        rest %= scale;
        if g == 0 {
            continue;
        }
        if g == 1 && scale == 1_000 {
            parts.push("seribu".into());
        } else {
            parts.push(format!("{} {name}", small_words(g)));
        }
    }
    if rest > 0 {
        parts.push(small_words(rest));
    }
    parts.join(" ")
}

/// Words for 1..=999 (and larger coefficients of `triliun`, grouped again).
fn small_words(n: u64) -> String {
    if n >= 1000 {
        return format_words(n);
    }
    let mut parts: Vec<String> = Vec::new();
    let h = n / 100;
    let r = n % 100;
    match h {
        0 => {}
        1 => parts.push("seratus".into()),
        _ => parts.push(format!("{} ratus", DIGIT_WORDS[h as usize])),
    }
    match r {
        0 => {}
        10 => parts.push("sepuluh".into()),
        11 => parts.push("sebelas".into()),
        12..=19 => parts.push(format!("{} belas", DIGIT_WORDS[(r - 10) as usize])),
        _ => {
            let (t, u) = (r / 10, r % 10);
            if t > 0 {
                parts.push(format!("{} puluh", DIGIT_WORDS[t as usize]));
            }
            if u > 0 {
                parts.push(DIGIT_WORDS[u as usize].into());
            }
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // The folds equal parsing the (joined) digits, also past 15 digits
        // and with a stray byte.
        #[test]
        fn folds_equal_parsing(s in "[0-9.,a]{0,24}", dot in proptest::bool::ANY) {
            let sep = if dot { '.' } else { ',' };
            prop_assert_eq!(joined(&s, sep), to_f64(&s.replace(sep, ""), ""));
            let digits = s.replace(['.', ',', 'a'], "");
            if let Some(v) = whole(&digits) {
                prop_assert_eq!(Some(v), digits.parse::<f64>().ok());
            }
            prop_assert_eq!(to_f64(&digits, ""), digits.parse::<f64>().ok().filter(|_| !digits.is_empty()));
        }
    }

    #[test]
    fn digit_strings() {
        let cases: &[(&str, Option<f64>, Option<f64>)] = &[
            ("10.000", Some(10000.0), None),
            ("1.200.000", Some(1_200_000.0), None),
            ("12,5", Some(12.5), None),
            ("0,77", Some(0.77), None),
            (",5", Some(0.5), None),
            ("162", Some(162.0), None),
            ("1,5", Some(1.5), None),
            ("1,200,000", Some(1_200_000.0), None),
            ("1.200.000,50", Some(1_200_000.5), None),
            ("1,200,000.50", Some(1_200_000.5), None),
            ("4.4", Some(4.4), None),
            ("1.8415", Some(1.8415), None),
            ("0.500", Some(0.5), None),
            ("2,615", Some(2.615), Some(2615.0)),
            ("1.2.3", None, None),
            ("1,2.3,4", None, None),
            ("", None, None),
        ];
        for (s, want, alt) in cases {
            let got = parse_digits(s);
            assert_eq!(got.map(|d| d.value), *want, "{s}");
            if want.is_some() {
                assert_eq!(got.and_then(|d| d.alt), *alt, "{s}");
            }
        }
    }

    #[test]
    fn word_runs() {
        let cases: &[(&str, Option<(f64, usize)>)] = &[
            ("satu", Some((1.0, 1))),
            ("sebelas orang", Some((11.0, 1))),
            ("dua belas", Some((12.0, 2))),
            ("dua puluh lima", Some((25.0, 3))),
            ("seratus dua puluh", Some((120.0, 3))),
            ("tiga ratus", Some((300.0, 2))),
            ("seribu", Some((1000.0, 1))),
            ("sepuluh ribu", Some((10000.0, 2))),
            ("sejuta", Some((1e6, 1))),
            (
                "tiga puluh satu juta dua ratus ribu",
                Some((31_200_000.0, 7)),
            ),
            ("dua belas ribu orang", Some((12000.0, 3))),
            ("setengah", Some((0.5, 1))),
            ("satu setengah juta", Some((1.5e6, 3))),
            ("seperempat", Some((0.25, 1))),
            ("dua pertiga", Some((2.0 / 3.0, 2))),
            ("nol", Some((0.0, 1))),
            ("dua tiga", Some((2.0, 1))),
            ("ribu", None),
            ("puluh", None),
            ("orang", None),
        ];
        for (s, want) in cases {
            let words: Vec<&str> = s.split(' ').collect();
            let got = parse_words(&words).map(|w| (w.value, w.len));
            assert_eq!(got, *want, "{s}");
        }
    }

    #[test]
    fn printing() {
        assert_eq!(format_digits(1_200_000.0, 2), "1.200.000");
        assert_eq!(format_digits(12.5, 2), "12,5");
        assert_eq!(format_digits(-5.0, 0), "-5");
        assert_eq!(
            format_words(31_200_000),
            "tiga puluh satu juta dua ratus ribu"
        );
        assert_eq!(format_words(1_000), "seribu");
        assert_eq!(format_words(110), "seratus sepuluh");
        assert_eq!(format_words(2_019), "dua ribu sembilan belas");
    }

    proptest! {
        #[test]
        fn digits_never_panic(s in "\\PC{0,40}") {
            let _ = parse_digits(&s);
        }

        #[test]
        fn separators_never_panic(s in "[0-9.,]{0,30}") {
            let _ = parse_digits(&s);
        }

        #[test]
        fn words_never_panic(ws in proptest::collection::vec(
            "(satu|dua|belas|puluh|ratus|ribu|juta|setengah|pertiga|seribu|sepuluh|x|)", 0..10)) {
            let refs: Vec<&str> = ws.iter().map(String::as_str).collect();
            let _ = parse_words(&refs);
        }

        #[test]
        fn digits_round_trip(int in 0u64..1_000_000_000_000, cents in 0u64..100) {
            let x = int as f64 + cents as f64 / 100.0;
            let s = format_digits(x, 2);
            let got = parse_digits(&s).map(|d| d.value);
            prop_assert!(got.is_some_and(|g| (g - x).abs() < 1e-6), "{} -> {:?}", s, got);
        }

        #[test]
        fn words_round_trip(n in 0u64..1_000_000_000_000_000) {
            let s = format_words(n);
            let words: Vec<&str> = s.split(' ').collect();
            let got = parse_words(&words);
            prop_assert_eq!(got.map(|w| (w.value, w.len)), Some((n as f64, words.len())), "{}", s);
        }
    }
}
