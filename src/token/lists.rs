//! The token-level word lists (`src/data/*.txt`), parsed once: abbreviations,
//! clitic exceptions, roots taking `ku-`/`kau-`, currency prefixes, domain
//! suffixes. Lookups ignore ASCII case and never allocate.

use crate::data::lines;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small multiplicative hasher for the short ASCII keys of these lists: the
/// lookups run once per sentence end and per clitic candidate, where SipHash's
/// protection against crafted keys buys nothing (the keys are our own data).
#[derive(Default)]
pub(crate) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Build = BuildHasherDefault<KeyHasher>;
type Set = HashSet<Box<[u8]>, Build>;

pub(crate) const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");
pub(crate) const CLITIC_EXCEPTIONS: &str = include_str!("../data/clitic_exceptions.txt");
pub(crate) const CLITIC_PREFIX_ROOTS: &str = include_str!("../data/clitic_prefix_roots.txt");
pub(crate) const CURRENCY_PREFIXES: &str = include_str!("../data/currency_prefixes.txt");
pub(crate) const DOMAIN_SUFFIXES: &str = include_str!("../data/domain_suffixes.txt");
pub(crate) const STOPWORDS: &str = include_str!("../data/stopwords_id.txt");

/// How an abbreviation behaves.
#[derive(Clone, Debug)]
pub(crate) struct Abbr {
    /// The entry as written, for case-sensitive entries.
    written: Box<str>,
    case_sensitive: bool,
    /// May close a sentence when a capitalized word follows (`dll.`).
    pub(crate) may_end: bool,
}

/// All token-level lists.
#[derive(Debug)]
pub(crate) struct Lists {
    /// Lowercased abbreviation (with its final period) → behaviour.
    abbreviations: HashMap<Box<[u8]>, Abbr, Build>,
    /// Bytes in the longest abbreviation: most words before a full stop
    /// are longer and skip the hash lookup.
    /// Per key length, the (ASCII-lowercased) first bytes of the keys of that
    /// length: most words before a period ("itu.", "dia.") are turned
    /// away here, without lowercasing and hashing them.
    abbreviation_heads: Vec<[u64; 4]>,
    /// Lowercased whole-word clitic exceptions.
    exceptions: Set,
    /// Lowercased exceptions that also match with any prefix, each with its
    /// last three bytes packed: a word is compared only to the tails that end
    /// like it (none end in `-nya`, the commonest clitic).
    exception_tails: Vec<(u32, Box<[u8]>)>,
    prefix_roots: Set,
    /// Lowercased currency prefixes, longest first.
    currencies: Vec<Box<str>>,
    /// Bytes a currency prefix may start with, in either ASCII case.
    currency_heads: [bool; 256],
    domains: Set,
    /// Lowercased function words (`stopwords_id.txt`): a capitalized one
    /// after an initial opens a new sentence (`Puskesmas Sumbang I. Sebanyak …`),
    /// since a name never goes on with `Sebanyak`, `Para` or `Mereka`.
    function_words: Set,
}

pub(crate) static LISTS: LazyLock<Lists> = LazyLock::new(Lists::builtin);

/// Longest word the lookups consider; longer words are never in a list.
const MAX_KEY: usize = 48;

/// Calls `f` with the ASCII-lowercased bytes of `s`, or returns `None` when `s` is too long.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if s.len() > MAX_KEY {
        return None;
    }
    let mut buf = [0u8; MAX_KEY];
    let buf = &mut buf[..s.len()];
    buf.copy_from_slice(s.as_bytes());
    buf.make_ascii_lowercase();
    Some(f(buf))
}

/// The last three bytes of `w` as one number (fewer bytes: zero-padded).
fn last3(w: &[u8]) -> u32 {
    w[w.len().saturating_sub(3)..]
        .iter()
        .fold(0, |k, &b| k << 8 | u32::from(b))
}

fn key(s: &str) -> Box<[u8]> {
    s.to_ascii_lowercase().into_bytes().into_boxed_slice()
}

impl Lists {
    fn builtin() -> Lists {
        let mut abbreviations = HashMap::default();
        for line in lines("abbreviations.txt", ABBREVIATIONS) {
            let mut fields = line.fields();
            let written = fields.next().unwrap_or_default();
            let flags: Vec<&str> = fields.collect();
            abbreviations.insert(
                key(written),
                Abbr {
                    written: written.into(),
                    case_sensitive: flags.contains(&"case"),
                    may_end: flags.contains(&"end"),
                },
            );
        }
        let mut exceptions = Set::default();
        let mut exception_tails = Vec::new();
        for line in lines("clitic_exceptions.txt", CLITIC_EXCEPTIONS) {
            let mut fields = line.fields();
            let word = key(fields.next().unwrap_or_default());
            if fields.any(|f| f == "any-prefix") {
                exception_tails.push((last3(&word), word.clone()));
            }
            exceptions.insert(word);
        }
        let set = |file, src| -> Set { lines(file, src).map(|l| key(l.text)).collect() };
        let mut currencies: Vec<Box<str>> = lines("currency_prefixes.txt", CURRENCY_PREFIXES)
            .map(|l| l.text.to_ascii_lowercase().into())
            .collect();
        currencies.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let abbreviation_max = abbreviations.keys().map(|k| k.len()).max().unwrap_or(0);
        let mut abbreviation_heads = vec![[0u64; 4]; abbreviation_max + 1];
        for k in abbreviations.keys() {
            if let Some(&f) = k.first() {
                abbreviation_heads[k.len()][usize::from(f / 64)] |= 1 << (f % 64);
            }
        }
        let mut currency_heads = [false; 256];
        for c in &currencies {
            match c.as_bytes().first() {
                Some(&f) => {
                    currency_heads[usize::from(f.to_ascii_lowercase())] = true;
                    currency_heads[usize::from(f.to_ascii_uppercase())] = true;
                }
                // An empty prefix would match anything.
                None => currency_heads = [true; 256],
            }
        }
        Lists {
            abbreviations,
            abbreviation_heads,
            exceptions,
            exception_tails,
            prefix_roots: set("clitic_prefix_roots.txt", CLITIC_PREFIX_ROOTS),
            currencies,
            currency_heads,
            domains: set("domain_suffixes.txt", DOMAIN_SUFFIXES),
            function_words: set("stopwords_id.txt", STOPWORDS),
        }
    }

    /// The abbreviation `word` (with its final period), if listed.
    pub(crate) fn abbreviation(&self, word: &str) -> Option<&Abbr> {
        let f = word.as_bytes().first()?.to_ascii_lowercase();
        let heads = self.abbreviation_heads.get(word.len())?;
        if heads[usize::from(f / 64)] & (1 << (f % 64)) == 0 {
            return None;
        }
        let abbr = with_lower(word, |w| self.abbreviations.get(w)).flatten()?;
        (!abbr.case_sensitive || *abbr.written == *word).then_some(abbr)
    }

    /// True when `word` is a function word (`sebanyak`, `para`, `mereka`), in any case.
    pub(crate) fn is_function_word(&self, word: &str) -> bool {
        with_lower(word, |w| self.function_words.contains(w)).unwrap_or(false)
    }

    /// True when `word` ends in a clitic's letters but is not a clitic form.
    pub(crate) fn is_clitic_exception(&self, word: &str) -> bool {
        with_lower(word, |w| {
            let end = last3(w);
            self.exceptions.contains(w)
                || self
                    .exception_tails
                    .iter()
                    .any(|(e, t)| *e == end && w.ends_with(t))
        })
        .unwrap_or(false)
    }

    pub(crate) fn is_prefix_root(&self, root: &str) -> bool {
        with_lower(root, |r| self.prefix_roots.contains(r)).unwrap_or(false)
    }

    pub(crate) fn is_domain_suffix(&self, label: &str) -> bool {
        with_lower(label, |l| self.domains.contains(l)).unwrap_or(false)
    }

    /// The length of the currency prefix that `s` starts with, longest first.
    pub(crate) fn currency_prefix(&self, s: &[u8]) -> Option<usize> {
        if !s
            .first()
            .is_some_and(|&f| self.currency_heads[usize::from(f)])
        {
            // An empty `s` matches only an empty prefix.
            return self.currencies.iter().find(|c| c.is_empty()).map(|_| 0);
        }
        self.currencies
            .iter()
            .find(|c| s.len() >= c.len() && s[..c.len()].eq_ignore_ascii_case(c.as_bytes()))
            .map(|c| c.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check_hygiene;

    const FILES: &[(&str, &str)] = &[
        ("abbreviations.txt", ABBREVIATIONS),
        ("clitic_exceptions.txt", CLITIC_EXCEPTIONS),
        ("clitic_prefix_roots.txt", CLITIC_PREFIX_ROOTS),
        ("currency_prefixes.txt", CURRENCY_PREFIXES),
        ("domain_suffixes.txt", DOMAIN_SUFFIXES),
    ];

    #[test]
    fn data_files_are_clean_and_sorted() {
        for (file, src) in FILES {
            let problems = check_hygiene(file, src);
            assert!(problems.is_empty(), "{problems:?}");
            let keys: Vec<String> = lines(file, src)
                .map(|l| l.fields().next().unwrap_or("").to_lowercase())
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "{file} is not sorted");
        }
    }

    /// The lookups without their first-byte filters, as they were.
    fn abbreviation_unfiltered<'a>(l: &'a Lists, word: &str) -> Option<&'a Abbr> {
        if word.len() > l.abbreviations.keys().map(|k| k.len()).max().unwrap_or(0) {
            return None;
        }
        let abbr = with_lower(word, |w| l.abbreviations.get(w)).flatten()?;
        (!abbr.case_sensitive || *abbr.written == *word).then_some(abbr)
    }

    fn currency_unfiltered(l: &Lists, s: &[u8]) -> Option<usize> {
        l.currencies
            .iter()
            .find(|c| s.len() >= c.len() && s[..c.len()].eq_ignore_ascii_case(c.as_bytes()))
            .map(|c| c.len())
    }

    #[test]
    fn filtered_lookups_equal_the_plain_ones() {
        let l = &*LISTS;
        let mut words: Vec<String> = Vec::new();
        for a in l.abbreviations.values() {
            let w = a.written.to_string();
            words.extend([
                w.to_uppercase(),
                w.to_lowercase(),
                format!("x{w}"),
                w.clone(),
            ]);
            words.extend(w.get(1..).map(String::from));
        }
        for c in &l.currencies {
            words.extend([c.to_uppercase(), format!("{c}5.000"), c.to_string()]);
        }
        words.extend(
            [
                "", ".", "itu.", "dia.", "S.H.", "é.", "Rp", "rP.5", "$", "ü$",
            ]
            .map(String::from),
        );
        for w in &words {
            assert_eq!(
                l.abbreviation(w).map(|a| &a.written),
                abbreviation_unfiltered(l, w).map(|a| &a.written),
                "{w:?}"
            );
            assert_eq!(
                l.currency_prefix(w.as_bytes()),
                currency_unfiltered(l, w.as_bytes()),
                "{w:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn filtered_lookups_agree_on_any_word(w in "[a-zA-Z.$é]{0,10}") {
            let l = &*LISTS;
            proptest::prop_assert_eq!(
                l.abbreviation(&w).map(|a| &a.written),
                abbreviation_unfiltered(l, &w).map(|a| &a.written)
            );
            proptest::prop_assert_eq!(l.currency_prefix(w.as_bytes()), currency_unfiltered(l, w.as_bytes()));
        }
    }

    #[test]
    fn lookups_ignore_case_unless_told() {
        let l = &*LISTS;
        assert!(l.abbreviation("Dr.").is_some());
        assert!(l.abbreviation("DR.").is_some());
        assert!(l.abbreviation("dll.").is_some_and(|a| a.may_end));
        assert!(l.abbreviation("Kol.").is_some());
        assert!(l.abbreviation("kol.").is_none(), "kol = cabbage");
        assert!(l.abbreviation("rumah.").is_none());
        assert!(l.is_clitic_exception("Bertanya"));
        assert!(!l.is_clitic_exception("itulah"));
        assert_eq!(l.currency_prefix(b"Rp.5.000"), Some(3));
        assert_eq!(l.currency_prefix(b"US$10"), Some(3));
        assert_eq!(l.currency_prefix(b"rumah"), None);
        assert!(l.is_domain_suffix("COM"));
    }
}
