//! The comparison key of a name: lowercase letters and digits, spelling
//! variants folded by the rules in `src/data/transliteration.txt` ("Sergey"
//! and "Sergei", "Soekarno" and "Sukarno", "Muhammad" and "Muhamad" share a
//! key), words separated by one space.
//!
//! It only builds keys; deciding which keys may merge is `resolve`'s job.
//!
//! ```
//! use corpus_analyze::resolve::key::key;
//! assert_eq!(key("Sergey Shoigu"), key("Sergei Shoigu"));
//! assert_eq!(key("H.M. Prasetyo"), "h m prasetio");
//! ```

use crate::data::lines;
use std::collections::HashMap;
use std::sync::LazyLock;

const FILE: &str = "transliteration.txt";
const SRC: &str = include_str!("../data/transliteration.txt");

/// The rules, split by the length of `from` (one or two chars) so that a
/// lookup is an index into a small table for ASCII (one byte per pair: the
/// table stays in cache) and a small hash lookup otherwise.
struct Rules {
    /// Replacements; the tables below hold an index into it plus one (0: none).
    to: Vec<String>,
    /// Every replacement of the ASCII tables is ASCII ([`key_ascii`] relies on it).
    ascii_out: bool,
    /// ASCII chars that start no rule (neither alone nor as the first of a pair).
    ascii_plain: [bool; 128],
    ascii_pairs: Vec<u8>,
    ascii_singles: [u8; 128],
    other: HashMap<(char, Option<char>), String>,
}

impl Rules {
    fn get(&self, a: char, b: Option<char>) -> Option<&str> {
        let slot = match b {
            Some(b) if a.is_ascii() && b.is_ascii() => {
                self.ascii_pairs[(a as usize) * 128 + b as usize]
            }
            None if a.is_ascii() => self.ascii_singles[a as usize],
            _ => return self.other.get(&(a, b)).map(String::as_str),
        };
        let i = usize::from(slot).checked_sub(1)?;
        self.to.get(i).map(String::as_str)
    }

    /// The replacement in a table slot (0: none).
    #[inline]
    fn slot_str(&self, slot: u8) -> Option<&str> {
        let i = usize::from(slot).checked_sub(1)?;
        self.to.get(i).map(String::as_str)
    }

    /// Table slot for a new ASCII replacement (0 when the table is full,
    /// which the data test rules out).
    fn slot(&mut self, to: String) -> u8 {
        match u8::try_from(self.to.len() + 1) {
            Ok(n) => {
                self.to.push(to);
                n
            }
            Err(_) => 0,
        }
    }
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let mut rules = Rules {
        to: Vec::new(),
        ascii_out: false,
        ascii_plain: [true; 128],
        ascii_pairs: vec![0; 128 * 128],
        ascii_singles: [0; 128],
        other: HashMap::new(),
    };
    for line in lines(FILE, SRC) {
        let mut f = line.fields();
        let (Some(from), Some(to)) = (f.next(), f.next()) else {
            continue;
        };
        let from: Vec<char> = from.chars().flat_map(char::to_lowercase).collect();
        let to = to.to_string();
        match from[..] {
            [a] if a.is_ascii() => rules.ascii_singles[a as usize] = rules.slot(to),
            [a, b] if a.is_ascii() && b.is_ascii() => {
                rules.ascii_pairs[(a as usize) * 128 + b as usize] = rules.slot(to)
            }
            [a] => {
                rules.other.insert((a, None), to);
            }
            [a, b] => {
                rules.other.insert((a, Some(b)), to);
            }
            // Longer rules are rejected by the data test.
            _ => {}
        }
    }
    rules.ascii_out = rules.to.iter().all(|t| t.is_ascii());
    for (c, plain) in rules.ascii_plain.iter_mut().enumerate() {
        *plain = rules.ascii_singles[c] == 0
            && rules.ascii_pairs[c * 128..(c + 1) * 128]
                .iter()
                .all(|&p| p == 0);
    }
    rules
});

/// The comparison key of a name (see the module doc). Empty when the name has
/// no letters or digits.
pub fn key(name: &str) -> String {
    key_with(name, &mut Scratch::default())
}

/// Buffers of [`key_with`], reused from name to name.
#[derive(Default)]
pub struct Scratch {
    chars: Vec<char>,
    bytes: Vec<u8>,
}

/// [`key`] with buffers the caller reuses across names.
pub fn key_with(name: &str, scratch: &mut Scratch) -> String {
    if name.is_ascii() && RULES.ascii_out {
        key_ascii(name.as_bytes(), &mut scratch.bytes)
    } else {
        key_chars(name, &mut scratch.chars)
    }
}

/// An apostrophe in [`CLEAN`]: it vanishes inside a word ("Ma'ruf" = "Maruf").
const DROP: u8 = 0;

/// The first step of [`key_ascii`] per ASCII byte: a letter or digit
/// lowercased, [`DROP`] for an apostrophe, a space for any other byte (it
/// ends a word). The same decisions as [`key_chars`] makes char by char.
const CLEAN: [u8; 128] = {
    let mut t = [b' '; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        } else if b == b'\'' || b == b'`' {
            t[i] = DROP;
        }
        i += 1;
    }
    t
};

/// Bytes that are kept when doubled (a space, a digit: "2002"); doubled
/// letters collapse (see [`push_char`]).
const KEEPS_DOUBLE: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = i as u8 == b' ' || (i as u8).is_ascii_digit();
        i += 1;
    }
    t
};

/// [`key`] of an ASCII name, byte by byte (most names): the same two steps
/// as [`key_chars`] without decoding chars or widening them to four bytes.
/// Every ASCII rule writes ASCII (`Rules::ascii_out`), so the key is ASCII
/// and "the letter before" is the byte before.
fn key_ascii(name: &[u8], clean: &mut Vec<u8>) -> String {
    let rules = &*RULES;
    clean.clear();
    clean.reserve(name.len());
    // One table load per byte; a separator is written only when a word
    // follows it, so no space leads, trails or doubles.
    let mut gap = false;
    for &b in name {
        match CLEAN[usize::from(b & 0x7f)] {
            DROP => {}
            b' ' => gap = !clean.is_empty(),
            c => {
                if gap {
                    clean.push(b' ');
                    gap = false;
                }
                clean.push(c);
            }
        }
    }
    // Every byte pushed is ASCII (`CLEAN` and the ASCII rules write only
    // ASCII), so the key is built as a `String` with no UTF-8 check at the end.
    let mut out = String::with_capacity(clean.len() + 2);
    let mut last = 0u8;
    // Appends `b` unless it doubles the letter before it (see `push_char`).
    let push = |out: &mut String, last: &mut u8, b: u8| {
        if b != *last || KEEPS_DOUBLE[usize::from(b & 0x7f)] {
            out.push(char::from(b));
            *last = b;
        }
    };
    let mut i = 0;
    while i < clean.len() {
        let c = clean[i];
        // Most letters start no rule: one table lookup says so.
        if rules.ascii_plain[usize::from(c & 0x7f)] {
            push(&mut out, &mut last, c);
            i += 1;
            continue;
        }
        let pair = clean.get(i + 1).map_or(0, |&n| {
            rules.ascii_pairs[usize::from(c) * 128 + usize::from(n)]
        });
        if let Some(to) = rules.slot_str(pair) {
            to.bytes().for_each(|b| push(&mut out, &mut last, b));
            i += 2;
            continue;
        }
        match rules.slot_str(rules.ascii_singles[usize::from(c)]) {
            Some(to) => to.bytes().for_each(|b| push(&mut out, &mut last, b)),
            None => push(&mut out, &mut last, c),
        }
        i += 1;
    }
    out
}

/// [`key`] for any name, char by char.
fn key_chars(name: &str, chars: &mut Vec<char>) -> String {
    let rules = &*RULES;
    // Lowercase letters and digits; any other char ends a word, except
    // apostrophes, which vanish inside a word ("Ma'ruf" = "Maruf").
    chars.clear();
    for c in name.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                chars.push(c.to_ascii_lowercase());
            } else if c == '\'' || c == '`' {
            } else if chars.last().is_some_and(|&l| l != ' ') {
                chars.push(' ');
            }
        } else if c.is_alphanumeric() {
            chars.extend(c.to_lowercase());
        } else if matches!(c, '’' | '‘' | 'ʼ') {
        } else if chars.last().is_some_and(|&l| l != ' ') {
            chars.push(' ');
        }
    }
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    let mut out = String::with_capacity(chars.len());
    let mut last = '\0';
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // ASCII (most names): straight into the byte tables.
        if c.is_ascii() {
            let next = chars.get(i + 1).copied();
            if next.is_none_or(|n| n.is_ascii()) {
                let pair = next.map_or(0, |n| rules.ascii_pairs[(c as usize) * 128 + n as usize]);
                if let Some(to) = rules.slot_str(pair) {
                    push_collapsed(&mut out, &mut last, to);
                    i += 2;
                    continue;
                }
                match rules.slot_str(rules.ascii_singles[c as usize]) {
                    Some(to) => push_collapsed(&mut out, &mut last, to),
                    None => push_char(&mut out, &mut last, c),
                }
                i += 1;
                continue;
            }
        }
        if let Some(to) = chars.get(i + 1).and_then(|&n| rules.get(c, Some(n))) {
            push_collapsed(&mut out, &mut last, to);
            i += 2;
        } else {
            match rules.get(c, None) {
                Some(to) => push_collapsed(&mut out, &mut last, to),
                None => push_char(&mut out, &mut last, c),
            }
            i += 1;
        }
    }
    out
}

/// Appends `c` unless it doubles the letter before it.
fn push_char(out: &mut String, last: &mut char, c: char) {
    if c == *last && c != ' ' && !c.is_ascii_digit() {
        return;
    }
    out.push(c);
    *last = c;
}

/// Appends `s`, dropping a letter equal to the one before it (doubled letters
/// are spelling variants: "Hassan" = "Hasan").
fn push_collapsed(out: &mut String, last: &mut char, s: &str) {
    for c in s.chars() {
        push_char(out, last, c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_is_clean() {
        let problems = crate::data::check_hygiene(FILE, SRC);
        assert!(problems.is_empty(), "{problems:?}");
        for line in lines(FILE, SRC) {
            assert_eq!(
                line.fields().count(),
                2,
                "{FILE}:{}: want `from | to`",
                line.number
            );
        }
    }

    #[test]
    fn ascii_rules_fit_the_byte_tables() {
        assert!(RULES.to.len() < 255, "{FILE}: too many ASCII rules");
    }

    #[test]
    fn variants_share_a_key() {
        let same = [
            ("Sergey Lavrov", "Sergei Lavrov"),
            ("Sergej", "Sergei"),
            ("Soekarno", "Sukarno"),
            ("Djakarta", "Jakarta"),
            ("Jogjakarta", "Yogyakarta"),
            ("Jusuf Kalla", "Yusuf Kalla"),
            ("Tjokroaminoto", "Cokroaminoto"),
            ("Sjahrir", "Syahrir"),
            ("Chairul Tanjung", "Khairul Tanjung"),
            ("Achmad Yani", "Ahmad Yani"),
            ("Muhammad", "Muhamad"),
            ("Ramadhan", "Ramadan"),
            ("Ma'ruf Amin", "Maruf Amin"),
            ("H.M. Prasetyo", "H. M. Prasetyo"),
            ("Moon Jae-in", "Moon Jae In"),
            ("José Ramos-Horta", "Jose Ramos Horta"),
            ("KOREA UTARA", "Korea Utara"),
            ("Alexander", "Aleksander"),
        ];
        for (a, b) in same {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn distinct_names_keep_distinct_keys() {
        let distinct = [
            ("Austria", "Australia"),
            ("Iran", "Irak"),
            ("Bandung", "Bundung"),
            ("Korea Utara", "Korea Selatan"),
            ("Rahmat", "Rahman"),
            ("Malang", "Malaga"),
        ];
        for (a, b) in distinct {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    proptest::proptest! {
        /// The ASCII fast path equals the char-by-char path it replaces.
        #[test]
        fn ascii_path_equals_char_path(name in "[ -~]{0,40}") {
            let fast = key_ascii(name.as_bytes(), &mut Vec::new());
            proptest::prop_assert_eq!(fast, key_chars(&name, &mut Vec::new()));
        }

        #[test]
        fn ascii_path_equals_char_path_on_name_letters(name in "[A-Za-z0-9 .'`-]{0,30}") {
            let fast = key_ascii(name.as_bytes(), &mut Vec::new());
            proptest::prop_assert_eq!(fast, key_chars(&name, &mut Vec::new()));
        }
    }

    #[test]
    fn ascii_path_table() {
        for name in [
            "Sergey Lavrov",
            "H.M. Prasetyo",
            "Ma'ruf Amin",
            "Tjokroaminoto",
            "Xi Jinping",
            "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)",
            "Kota Bandung, Jawa Barat",
            "  --  ",
            "Hassan  Wirajuda",
            "Jl. Thamrin No. 11",
            "G20",
            "1000",
        ] {
            assert!(RULES.ascii_out);
            assert_eq!(
                key_ascii(name.as_bytes(), &mut Vec::new()),
                key_chars(name, &mut Vec::new()),
                "{name}"
            );
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "",
            " ",
            "()",
            "—",
            "😀 Jakarta",
            "مرحبا",
            "e\u{301}",
            "ǅ",
            "İstanbul",
            "1.000",
        ] {
            let _ = key(s);
        }
        assert_eq!(key("  -- "), "");
        assert_eq!(key("Bandung, Jawa Barat"), "bandung iawa barat");
    }
}
