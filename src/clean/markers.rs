//! The marker set: parsed from `src/data/boilerplate.txt` and user
//! `--boilerplate` files (format documented at the top of that file), and
//! indexed so that a line costs one hash lookup and the whole text one
//! Aho-Corasick pass.
//!
//! It does not match text itself (that is `scan` and `find`).

use super::plain::PlainWords;
use crate::data::{DataError, lines};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// The tokenizer's small hasher: the keys are first words of our own markers.
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<crate::token::KeyHasher>>;
use std::sync::LazyLock;

const BUILTIN_FILE: &str = "boilerplate.txt";
const BUILTIN_SRC: &str = include_str!("../data/boilerplate.txt");

/// What a marker removes when it matches; see `src/data/boilerplate.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Teaser,
    Credit,
    Exact,
    Caps,
    Tail,
    /// A form, not a phrase: the only one is `initials` (see `shape`).
    Shape,
}

impl Kind {
    const ALL: [(&'static str, Kind); 6] = [
        ("teaser", Kind::Teaser),
        ("credit", Kind::Credit),
        ("exact", Kind::Exact),
        ("caps", Kind::Caps),
        ("tail", Kind::Tail),
        ("shape", Kind::Shape),
    ];

    fn parse(name: &str) -> Option<Kind> {
        Kind::ALL
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, k)| k)
    }

    /// Whether the marker also matches inside a line, not only at its start.
    pub fn inline(self) -> bool {
        matches!(self, Kind::Teaser | Kind::Tail)
    }
}

/// One marker: its kind, its pattern, and the data-file entry it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker {
    pub kind: Kind,
    /// The pattern with runs of spaces collapsed to one.
    pub pattern: String,
    /// The entry as written in the data file, reported as `marker`.
    pub entry: String,
}

/// The compiled marker set.
#[derive(Clone, Debug, Default)]
pub struct Markers {
    list: Vec<Marker>,
    /// Lowercased first word of a pattern → markers, longest pattern first.
    /// Looked up once per line: a fast hash (the keys are our first words).
    by_first: FastMap<String, Vec<usize>>,
    /// A bit per (first, second, third byte) of the `by_first` keys, five
    /// low bits of each (a key of two letters sets every third): a line
    /// opening with two ASCII letters or digits and an ASCII byte whose bit is
    /// clear needs no first word built nor looked up. Pairs alone let half
    /// the lines of IndoSum through ("Se", "Pe", "Ba"), triples a few.
    first_triples: Vec<u64>,
    /// First words of inline markers, any ASCII casing.
    inline: Option<AhoCorasick>,
    /// Aho-Corasick pattern id → inline markers, longest pattern first.
    inline_ids: Vec<Vec<usize>>,
    /// The same first words when all are ASCII letters (the built-in ones
    /// are): see [`PlainWords`].
    inline_plain: Option<PlainWords>,
}

static BUILTIN: LazyLock<Markers> = LazyLock::new(|| {
    let mut m = Markers::default();
    // The shipped file is checked by a test; a broken entry there is a build bug.
    m.extend(BUILTIN_FILE, BUILTIN_SRC)
        .expect("src/data/boilerplate.txt is valid");
    m
});

impl Markers {
    /// The built-in markers.
    pub fn builtin() -> Markers {
        BUILTIN.clone()
    }

    /// Adds the markers of a user file (same format as the built-in list).
    /// On error nothing is added.
    pub fn extend(&mut self, file: &str, src: &str) -> Result<(), DataError> {
        let mut added = Vec::new();
        for line in lines(file, src) {
            // `KIND: PATTERN`; a line without a known kind is a teaser pattern,
            // so that a user list of plain phrases ("KLIK DI SINI") just works.
            let (kind, pattern) = match line.text.split_once(':') {
                Some((k, p)) if Kind::parse(k.trim()).is_some() => {
                    (Kind::parse(k.trim()).unwrap_or(Kind::Teaser), p)
                }
                Some((k, _)) if is_kind_like(k) => {
                    return Err(line.error(format!(
                        "unknown marker kind {:?} (expected teaser, credit, exact, caps, tail or shape)",
                        k.trim()
                    )));
                }
                _ => (Kind::Teaser, line.text),
            };
            let pattern = pattern.split_whitespace().collect::<Vec<_>>().join(" ");
            if !pattern.starts_with(char::is_alphanumeric) {
                return Err(line.error("a pattern must start with a letter or digit"));
            }
            if kind == Kind::Shape && pattern != "initials" {
                return Err(line.error(format!("unknown shape {pattern:?} (expected initials)")));
            }
            added.push(Marker {
                kind,
                pattern,
                entry: line.text.to_string(),
            });
        }
        for m in added {
            if !self.list.iter().any(|old| old.entry == m.entry) {
                self.list.push(m);
            }
        }
        self.index();
        Ok(())
    }

    /// All markers, built-in first, in file order.
    pub fn list(&self) -> &[Marker] {
        &self.list
    }

    pub fn get(&self, id: usize) -> &Marker {
        &self.list[id]
    }

    /// The `shape: initials` marker, when enabled.
    pub fn initials(&self) -> Option<usize> {
        self.list
            .iter()
            .position(|m| m.kind == Kind::Shape && m.pattern == "initials")
    }

    /// False when no marker can start a line opening with `line`'s first
    /// three bytes (then `starting_with` its first word is empty); true when
    /// it may, or when the line does not open with two ASCII letters or
    /// digits and an ASCII byte (or its end): a non-ASCII char may lowercase
    /// to an ASCII letter (the Kelvin sign to `k`).
    pub fn may_open(&self, line: &[u8]) -> bool {
        match line {
            [a, b, rest @ ..] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric() => {
                let c = match rest.first() {
                    Some(&c) if c >= 0x80 => return true,
                    Some(&c) => c,
                    None => 0,
                };
                let k = triple_key(*a, *b, c);
                self.first_triples
                    .get(k / 64)
                    .is_some_and(|w| w & (1 << (k % 64)) != 0)
            }
            _ => true,
        }
    }

    /// Markers whose pattern starts with this lowercased first word.
    pub fn starting_with(&self, first_word: &str) -> &[usize] {
        self.by_first.get(first_word).map_or(&[], Vec::as_slice)
    }

    /// The automaton that finds where inline markers may start, and for each of
    /// its pattern ids the inline markers to try.
    /// The inline first words as [`PlainWords`], when they are all ASCII letters.
    pub fn inline_plain(&self) -> Option<&PlainWords> {
        self.inline_plain.as_ref()
    }

    pub fn inline(&self) -> Option<(&AhoCorasick, &[Vec<usize>])> {
        self.inline
            .as_ref()
            .map(|ac| (ac, self.inline_ids.as_slice()))
    }

    fn index(&mut self) {
        let mut by_first: FastMap<String, Vec<usize>> = FastMap::default();
        let mut word = String::new();
        for (id, m) in self.list.iter().enumerate() {
            super::scan::first_word_lower(&m.pattern, &mut word);
            if m.kind != Kind::Shape {
                by_first.entry(word.clone()).or_default().push(id);
            }
        }
        let longest_first = |ids: &mut Vec<usize>, list: &[Marker]| {
            ids.sort_by(|&a, &b| {
                list[b]
                    .pattern
                    .len()
                    .cmp(&list[a].pattern.len())
                    .then(a.cmp(&b))
            });
        };
        let mut words: Vec<String> = Vec::new();
        let mut inline_ids: Vec<Vec<usize>> = Vec::new();
        for ids in by_first.values_mut() {
            longest_first(ids, &self.list);
        }
        let mut keys: Vec<&String> = by_first.keys().collect();
        keys.sort();
        for key in keys {
            let ids: Vec<usize> = by_first[key]
                .iter()
                .copied()
                .filter(|&id| self.list[id].kind.inline())
                .collect();
            if !ids.is_empty() && !key.is_empty() {
                words.push(key.clone());
                inline_ids.push(ids);
            }
        }
        self.inline_plain = PlainWords::new(&words);
        self.inline = if words.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                // The search runs over every byte of every article and the
                // first words of markers make a small automaton: a DFA scans
                // about twice as fast as the default NFA.
                .kind(Some(AhoCorasickKind::DFA))
                // The first words start with common letters: a prefilter on
                // them stops at nearly every word and slows the scan.
                .prefilter(false)
                .build(&words)
                .ok()
        };
        self.inline_ids = inline_ids;
        self.first_triples = vec![0; 512];
        for key in by_first.keys() {
            if let [a, b, rest @ ..] = key.as_bytes() {
                // A line's first word is this key only if its third byte
                // is the key's third letter in some case; after a shorter
                // key (or a non-ASCII third char) any third byte may follow.
                let thirds = match rest.first() {
                    Some(&c) if c.is_ascii_alphanumeric() => c & 31..=c & 31,
                    _ => 0..=31,
                };
                for c in thirds {
                    let k = triple_key(*a, *b, c);
                    self.first_triples[k / 64] |= 1 << (k % 64);
                }
            }
        }
        self.by_first = by_first;
    }
}

/// The five low bits of three bytes: the same for both ASCII cases of a letter.
fn triple_key(a: u8, b: u8, c: u8) -> usize {
    usize::from(a & 31) << 10 | usize::from(b & 31) << 5 | usize::from(c & 31)
}

/// A lowercase single word before the colon reads as a (mistyped) kind name,
/// not as the start of a phrase such as "Baca juga:".
fn is_kind_like(k: &str) -> bool {
    let k = k.trim();
    !k.is_empty() && k.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check_hygiene;

    #[test]
    fn builtin_file_is_clean_and_sorted_per_kind() {
        assert_eq!(check_hygiene(BUILTIN_FILE, BUILTIN_SRC), []);
        let list = Markers::builtin().list;
        assert!(list.len() > 30);
        for pair in list.windows(2) {
            if pair[0].kind == pair[1].kind {
                assert!(
                    pair[0].pattern.to_lowercase() < pair[1].pattern.to_lowercase(),
                    "{} should come after {}",
                    pair[0].entry,
                    pair[1].entry
                );
            }
        }
    }

    #[test]
    fn user_file_errors_name_the_line() {
        let mut m = Markers::builtin();
        let before = m.list().len();
        let e = m
            .extend("mine.txt", "teaser: Baca:\nfoo: Bar\n")
            .unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("mine.txt:2: unknown marker kind"));
        assert_eq!(m.list().len(), before, "nothing added on error");
        // A plain phrase without a kind is a teaser pattern.
        m.extend("mine.txt", "KLIK DI SINI").unwrap();
        assert_eq!(m.list().len(), before + 1);
        let e = m.extend("mine.txt", "shape: tanggal").unwrap_err();
        assert!(e.message.contains("unknown shape"));
        let e = m.extend("mine.txt", "exact: : x").unwrap_err();
        assert!(e.message.contains("letter or digit"));
    }

    #[test]
    fn user_file_adds_markers() {
        let mut m = Markers::builtin();
        m.extend(
            "mine.txt",
            "# mine\nteaser:   Klik   di sini:\nexact: Baca juga\n",
        )
        .unwrap();
        let added = m.list().last().unwrap();
        assert_eq!(added.pattern, "Klik di sini:");
        assert_eq!(added.entry, "teaser:   Klik   di sini:");
        assert_eq!(m.starting_with("klik").len(), 1);
        // A duplicate of a built-in entry is not added twice.
        assert_eq!(Markers::builtin().list().len() + 1, m.list().len());
    }

    /// The automaton's word-start matches, the reference for [`PlainWords`].
    fn by_automaton(m: &Markers, text: &str) -> Vec<(usize, usize)> {
        let Some((ac, _)) = m.inline() else {
            return Vec::new();
        };
        ac.find_iter(text)
            .map(|h| (h.start(), h.pattern().as_usize()))
            .filter(|&(at, _)| !crate::clean::scan::inside_word(text, at))
            .collect()
    }

    fn by_plain(m: &Markers, text: &str) -> Vec<(usize, usize)> {
        let mut got = Vec::new();
        if let Some(p) = m.inline_plain() {
            p.find(text, |at, id| got.push((at, id)));
        }
        got
    }

    #[test]
    fn plain_words_find_what_the_automaton_finds() {
        let m = Markers::builtin();
        assert!(
            m.inline_plain().is_some(),
            "built-in inline words are ASCII letters"
        );
        for text in [
            "Harga cabai naik. Baca juga: Harga bawang turun",
            "(BACA JUGA: Banjir Kalsel) Warga mengungsi. baca juga",
            "membaca juga, sebaca, 2baca, ébaca, é baca, Baca",
            "Artikel terkait:\nSimak videonya di sini.\nNote: The text is visually enhanced",
            "Baca",
            "b",
            "",
            "abcdefgh baca ijklmnop\u{a0}baca—baca\tbaca",
        ] {
            assert_eq!(by_plain(&m, text), by_automaton(&m, text), "{text:?}");
        }
    }

    /// `may_open` is only a filter: where it says no, the first word has no markers.
    fn may_open_holds(m: &Markers, line: &str) {
        let mut word = String::new();
        crate::clean::scan::first_word_lower(line, &mut word);
        if !m.may_open(line.as_bytes()) {
            assert!(m.starting_with(&word).is_empty(), "{line:?}");
        }
    }

    #[test]
    fn may_open_never_hides_a_marker() {
        let mut m = Markers::builtin();
        m.extend("mine.txt", "teaser: 9GAG:\nexact: X").unwrap();
        for entry in m.list().to_vec() {
            if entry.kind == Kind::Shape {
                continue;
            }
            for line in [
                entry.pattern.clone(),
                entry.pattern.to_uppercase(),
                entry.pattern.to_lowercase(),
            ] {
                assert!(m.may_open(line.as_bytes()) || line.len() < 2, "{line:?}");
                may_open_holds(&m, &line);
            }
        }
        assert!(!m.may_open(b"Harga cabai naik sejak Senin."));
        assert!(!m.may_open(b"Bandung, kota yang sejuk."));
        // Rows around the third byte: a two-letter first word, a line of two
        // bytes, a non-ASCII third char (the Kelvin sign lowercases to `k`).
        for line in [
            "Ba",
            "Ba:",
            "BA CA",
            "Ba\u{212A}",
            "ba\u{e9}",
            "9G",
            "9GA",
            "9gag:",
        ] {
            may_open_holds(&m, line);
        }
    }

    proptest::proptest! {
        #[test]
        fn may_open_holds_on_any_line(line in "(Baca|bACA|EDITOR|Foto|9gag|x|é|9| |:|\\(|Me|a|c|\u{212A}|K|ed|it){0,8}") {
            let mut m = Markers::builtin();
            m.extend("mine.txt", "teaser: 9GAG:").unwrap();
            may_open_holds(&m, &line);
        }

        #[test]
        fn plain_words_agree_on_any_text(text in "(baca|Baca|BACA|juga|simak|artikel|note|lihat|é|9| |\\.|\n|:|\\(|a|b|x){0,40}") {
            let m = Markers::builtin();
            proptest::prop_assert_eq!(by_plain(&m, &text), by_automaton(&m, &text));
        }
    }
}
