//! The comparison key of a name: lowercase letters and digits, spelling
//! variants folded by the rules in `src/data/transliteration.txt` ("Sergey"
//! and "Sergei", "Soekarno" and "Sukarno", "Muhammad" and "Muhamad" share a
//! key), words separated by one space.
//!
//! It only builds keys; deciding which keys may merge is `resolve`'s job.
//!
//! ```
//! use corpus_analyze::resolve::key::key;
//! assert_eq!(key("Sergey Lavrov"), key("Sergei Lavrov"));
//! assert_eq!(key("H.M. Prasetyo"), "h m prasetio");
//! ```

use crate::data::lines;
use std::collections::HashMap;
use std::sync::LazyLock;

const FILE: &str = "transliteration.txt";
const SRC: &str = include_str!("../data/transliteration.txt");

struct Rules {
    /// `from` (lowercase) → `to`.
    map: HashMap<String, String>,
    /// The longest `from`, in chars.
    longest: usize,
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let mut map = HashMap::new();
    let mut longest = 1;
    for line in lines(FILE, SRC) {
        let mut f = line.fields();
        if let (Some(from), Some(to)) = (f.next(), f.next())
            && !from.is_empty()
        {
            longest = longest.max(from.chars().count());
            map.insert(from.to_lowercase(), to.to_string());
        }
    }
    Rules { map, longest }
});

/// The comparison key of a name (see the module doc). Empty when the name has
/// no letters or digits.
pub fn key(name: &str) -> String {
    let rules = &*RULES;
    // Lowercase letters and digits; any other char ends a word, except
    // apostrophes, which vanish inside a word ("Ma'ruf" = "Maruf").
    let mut chars: Vec<char> = Vec::with_capacity(name.len());
    for c in name.chars() {
        if c.is_alphanumeric() {
            chars.extend(c.to_lowercase());
        } else if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`') {
        } else if chars.last().is_some_and(|&l| l != ' ') {
            chars.push(' ');
        }
    }
    while chars.last() == Some(&' ') {
        chars.pop();
    }
    let mut out = String::with_capacity(chars.len());
    let mut buf = String::new();
    let mut i = 0;
    while i < chars.len() {
        let mut step = 1;
        let mut replaced = false;
        for len in (1..=rules.longest.min(chars.len() - i)).rev() {
            buf.clear();
            buf.extend(&chars[i..i + len]);
            if let Some(to) = rules.map.get(buf.as_str()) {
                push_collapsed(&mut out, to);
                step = len;
                replaced = true;
                break;
            }
        }
        if !replaced {
            let mut tmp = [0u8; 4];
            push_collapsed(&mut out, chars[i].encode_utf8(&mut tmp));
        }
        i += step;
    }
    out
}

/// Appends `s`, dropping a letter equal to the one before it (doubled letters
/// are spelling variants: "Hassan" = "Hasan").
fn push_collapsed(out: &mut String, s: &str) {
    for c in s.chars() {
        if out.ends_with(c) && c != ' ' && !c.is_ascii_digit() {
            continue;
        }
        out.push(c);
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
            ("Kim Jong-un", "Kim Jong Un"),
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
            ("Wonsan", "Wonson"),
            ("Korea Utara", "Korea Selatan"),
            ("Rahmat", "Rahman"),
            ("Malang", "Malaga"),
        ];
        for (a, b) in distinct {
            assert_ne!(key(a), key(b), "{a} / {b}");
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
