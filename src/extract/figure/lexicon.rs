//! The figure stage's word lists (`src/data/figure_*.txt`), parsed once, and a
//! matcher for multi-token phrases ("kilometer persegi", "lebih dari", "US$").
//!
//! Phrases are lexed with the stage's own lexer, so a data entry and the text
//! it should match are split the same way (`US$` is `US` + glued `$`).
//! Matching is ASCII case-insensitive unless an entry says `exact`.

use super::index::WordIndex;
use super::lex::{self, Kind, Tok};
use crate::data::{DataError, lines};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A word-at-a-time hash: the keys are short words looked up several times
/// per visited token, where the default SipHash (and even byte-wise FNV)
/// costs more than the rest of the lookup. Eight bytes per multiply.
#[derive(Default)]
pub struct WordHash(u64);

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for WordHash {
    #[inline]
    fn finish(&self) -> u64 {
        // hashbrown takes the bucket from the low bits and the tag from the
        // top seven: fold the high bits down and mix once more.
        let h = self.0 ^ (self.0 >> 29);
        h.wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ (h >> 32)
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0 ^ (bytes.len() as u64).wrapping_mul(MIX);
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(w))
                .wrapping_mul(MIX)
                .rotate_left(31);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            h = (h ^ u64::from_le_bytes(w))
                .wrapping_mul(MIX)
                .rotate_left(31);
        }
        self.0 = h;
    }
    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0 ^ u64::from(b)).wrapping_mul(MIX);
    }
}

type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<WordHash>>;
type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<WordHash>>;

pub const NUMBER_WORDS: &str = include_str!("../../data/figure_number_words.txt");
pub const QUALIFIERS: &str = include_str!("../../data/figure_qualifiers.txt");
pub const POST_QUALIFIERS: &str = include_str!("../../data/figure_post_qualifiers.txt");
pub const RANGES: &str = include_str!("../../data/figure_ranges.txt");
pub const CURRENCIES: &str = include_str!("../../data/figure_currencies.txt");
pub const UNITS: &str = include_str!("../../data/figure_units.txt");
pub const CLASSIFIERS: &str = include_str!("../../data/figure_classifiers.txt");
pub const STOPWORDS: &str = include_str!("../../data/figure_stopwords.txt");
pub const MARKERS: &str = include_str!("../../data/figure_markers.txt");
pub const TIME_UNITS: &str = include_str!("../../data/figure_time_units.txt");
pub const FREQUENCIES: &str = include_str!("../../data/figure_frequencies.txt");
pub const PREFIXES: &str = include_str!("../../data/figure_prefixes.txt");
pub const IDIOMS: &str = include_str!("../../data/figure_idioms.txt");
pub const VERBAL_NOUNS: &str = include_str!("../../data/figure_verbal_nouns.txt");
pub const SCORE_WORDS: &str = include_str!("../../data/figure_score_words.txt");
pub const RANK_WORDS: &str = include_str!("../../data/figure_rank_words.txt");
pub const BOTH_NOUNS: &str = include_str!("../../data/figure_both_nouns.txt");
pub const SIZE_WORDS: &str = include_str!("../../data/figure_size_words.txt");
pub const AGE_WORDS: &str = include_str!("../../data/figure_age_words.txt");
/// The date stage's word list: its `person` nouns ("pria 32 tahun") make
/// the years after them an age here too, one list for both stages.
const DATE_WORDS: &str = include_str!("../../data/date_words.txt");
pub const COMPOUNDS: &str = include_str!("../../data/figure_compounds.txt");

/// Every shipped list, by file name (for the hygiene test and error messages).
pub const FILES: &[(&str, &str)] = &[
    ("figure_number_words.txt", NUMBER_WORDS),
    ("figure_qualifiers.txt", QUALIFIERS),
    ("figure_post_qualifiers.txt", POST_QUALIFIERS),
    ("figure_ranges.txt", RANGES),
    ("figure_currencies.txt", CURRENCIES),
    ("figure_units.txt", UNITS),
    ("figure_classifiers.txt", CLASSIFIERS),
    ("figure_stopwords.txt", STOPWORDS),
    ("figure_markers.txt", MARKERS),
    ("figure_time_units.txt", TIME_UNITS),
    ("figure_frequencies.txt", FREQUENCIES),
    ("figure_prefixes.txt", PREFIXES),
    ("figure_verbal_nouns.txt", VERBAL_NOUNS),
    ("figure_idioms.txt", IDIOMS),
    ("figure_score_words.txt", SCORE_WORDS),
    ("figure_rank_words.txt", RANK_WORDS),
    ("figure_both_nouns.txt", BOTH_NOUNS),
    ("figure_size_words.txt", SIZE_WORDS),
    ("figure_age_words.txt", AGE_WORDS),
    ("figure_compounds.txt", COMPOUNDS),
];

/// The kinds of number words (see `figure_number_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumKind {
    Digit,
    Whole,
    Teen,
    Small,
    Big,
    SeBig,
    Money,
    Fraction,
    Denominator,
    Vague,
    Several,
    Ordinal,
    /// "sekali": one time, before a frequency only.
    Once,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumWord {
    pub kind: NumKind,
    pub value: f64,
}

/// What a range word does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeRole {
    Connector,
    Opener,
    AntaraConnector,
    /// "±": the next number is a tolerance around the first.
    Tolerance,
}

/// A currency entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Currency {
    pub code: &'static str,
    pub pre: bool,
    pub post: bool,
}

/// A word before the number that belongs to the figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Prefix {
    Unit(&'static str),
    Sign(f64),
    Every,
}

/// One phrase: its tokens (lower-cased unless exact) and glue.
#[derive(Clone, Debug)]
struct Phrase<V> {
    toks: Vec<(String, bool)>,
    exact: bool,
    value: V,
}

/// Phrases indexed by their lower-cased first token, longest first.
#[derive(Clone, Debug)]
pub struct PhraseTable<V> {
    by_first: WordIndex<Vec<Phrase<V>>>,
    /// The [`Shape`] of every first token: most tokens fail it before hashing.
    shape: Shape,
}

impl<V: Copy> PhraseTable<V> {
    fn new() -> Self {
        PhraseTable {
            by_first: WordIndex::default(),
            shape: Shape::default(),
        }
    }

    fn insert(&mut self, surface: &str, exact: bool, value: V) {
        let mut toks = Vec::new();
        lex::lex(surface, &mut toks);
        let toks: Vec<(String, bool)> = toks
            .iter()
            .map(|t| {
                let s = &surface[t.start..t.end];
                let s = if exact {
                    s.to_string()
                } else {
                    s.to_ascii_lowercase()
                };
                (s, t.glued)
            })
            .collect();
        let Some(first) = toks.first() else { return };
        let key = first.0.to_ascii_lowercase();
        self.shape.insert(key.as_bytes());
        let list = self.by_first.entry(&key);
        list.push(Phrase { toks, exact, value });
        list.sort_by_key(|p| std::cmp::Reverse(p.toks.len()));
    }

    fn first_tokens(&self) -> impl Iterator<Item = &str> {
        self.by_first.iter().map(|(w, _)| w)
    }

    /// The most tokens a phrase whose value passes `keep` spans (0 for none).
    fn longest(&self, keep: impl Fn(&V) -> bool) -> usize {
        self.by_first
            .iter()
            .flat_map(|(_, list)| list)
            .filter(|p| keep(&p.value))
            .map(|p| p.toks.len())
            .max()
            .unwrap_or(0)
    }

    /// The longest phrase starting at token `i`: its value and the index after it.
    #[inline]
    pub fn at(&self, s: &Scan, i: usize) -> Option<(V, usize)> {
        let first = s.toks.get(i)?;
        if first.kind == Kind::Break {
            return None;
        }
        let w = s.lower(i);
        if !self.shape.may_hold(w.as_bytes()) {
            return None;
        }
        let list = self.by_first.get(w)?;
        'phrases: for p in list {
            for (k, (want, glued)) in p.toks.iter().enumerate() {
                let Some(t) = s.toks.get(i + k) else {
                    continue 'phrases;
                };
                let got = if p.exact {
                    s.text(i + k)
                } else {
                    s.lower(i + k)
                };
                if t.kind == Kind::Break || got != want || (k > 0 && *glued && !t.glued) {
                    continue 'phrases;
                }
            }
            // A phrase that ends inside a word (`m` of `meter`) is not a match:
            // the lexer already guarantees this, since tokens are whole words.
            return Some((p.value, i + p.toks.len()));
        }
        None
    }
}

/// A bit per (length, first byte, last byte) of a set of words (five low
/// bits of each byte, so ASCII letter case does not matter): a word whose
/// bit is clear is not in the set, found without hashing it.
#[derive(Clone, Debug)]
pub struct Shape(Box<[u64; 256]>);

impl Default for Shape {
    fn default() -> Self {
        Shape(Box::new([0; 256]))
    }
}

impl Shape {
    #[inline(always)]
    fn key(w: &[u8]) -> usize {
        match (w.first(), w.last()) {
            (Some(&a), Some(&z)) => {
                (w.len().min(15) << 10) | (usize::from(a & 31) << 5) | usize::from(z & 31)
            }
            _ => 0,
        }
    }
    fn insert(&mut self, w: &[u8]) {
        let k = Self::key(w);
        self.0[k / 64] |= 1 << (k % 64);
    }
    /// False when `w` is surely not in the set.
    #[inline(always)]
    pub fn may_hold(&self, w: &[u8]) -> bool {
        let k = Self::key(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// A lexed text with its ASCII-lower-cased copy (same byte offsets).
pub struct Scan<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub toks: &'a [Tok],
}

impl<'a> Scan<'a> {
    pub fn text(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| self.text.get(t.start..t.end).unwrap_or(""))
    }
    pub fn lower(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| self.lower.get(t.start..t.end).unwrap_or(""))
    }
    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }
}

/// All the figure tables.
pub struct Tables {
    pub numbers: WordIndex<NumWord>,
    /// Money-only multipliers ("M", "T"), case-sensitive.
    pub money: WordIndex<f64>,
    pub qualifiers: PhraseTable<&'static str>,
    pub post_qualifiers: PhraseTable<&'static str>,
    pub ranges: PhraseTable<RangeRole>,
    pub currencies: PhraseTable<Currency>,
    pub units: PhraseTable<&'static str>,
    pub classifiers: PhraseTable<&'static str>,
    pub idioms: PhraseTable<()>,
    pub stopwords: WordIndex<()>,
    pub verbal_nouns: WordIndex<()>,
    /// Two-word nouns whose second word alone would end the counted noun
    /// ("perwira tinggi", "duta besar"): first word → second words.
    pub compounds: HashMap<&'static str, Vec<&'static str>>,
    pub markers: HashSet<String>,
    /// Words before "2-1" that make it a match score.
    pub score_words: HashSet<&'static str>,
    /// Words after which a bare number is a rank ("peringkat 1").
    pub rank_words: HashSet<&'static str>,
    /// Nouns after which "kedua" means "both" ("kedua negara").
    pub both_nouns: HashSet<&'static str>,
    /// Words before "3 x 4 meter" that make the product a size.
    pub size_words: HashSet<&'static str>,
    /// Words before "N tahun" that make it an age ("berusia", "usia").
    pub age_words: HashSet<&'static str>,
    /// Words that may stand between an age word and the number ("baru").
    pub age_fillers: HashSet<&'static str>,
    /// Person nouns after which "N tahun" is an age ("pria 32 tahun").
    pub age_persons: HashSet<&'static str>,
    /// Time words and their codes (`tahun` → `year`).
    pub time_units: WordIndex<&'static str>,
    pub frequencies: PhraseTable<&'static str>,
    pub prefixes: PhraseTable<Prefix>,
    /// Lower-cased words that can start a figure (number words, qualifiers,
    /// openers, prefixes, currencies written before the number).
    pub triggers: HashSet<String>,
    /// What each first token can begin ([`role`] bits), by lower-cased text:
    /// one lookup tells the parser which tables to consult.
    /// Lower-case keys only (an upper-case key could never match a
    /// lower-cased token), so a lookup may ignore case.
    roles: WordIndex<u16>,
    /// The [`Shape`] of every key of `roles`.
    roles_shape: Shape,
    /// A bit per (length, first byte, last byte) of every word or symbol
    /// that may start a figure: most words fail this test before any hashing.
    start_shape: Vec<u64>,
    /// A bit per [`filter_key`] of the same words: most of the rest fail here.
    start_filter: Vec<u64>,
    /// How many tokens after a figure's first token its amount can begin at
    /// most: the longest qualifier, range opener, prefix and currency written
    /// before the number, plus a minus sign (`parse::at` reads them in that
    /// order, each at most once). Computed from the lists at startup.
    pub reach: usize,
    /// Malformed built-in lines (a test asserts there are none).
    pub errors: Vec<DataError>,
}

/// The roles a token can play at the start of a figure (bits of
/// [`Tables::roles`]). Besides the start roles, a few membership bits let
/// the noun reader ask one lookup instead of one per list.
pub mod role {
    /// A word that may start a figure (a trigger, "ke", a ke- number form).
    pub const START: u16 = 1;
    /// The first token of a qualifier phrase.
    pub const QUALIFIER: u16 = 2;
    /// The first token of a range phrase.
    pub const RANGE: u16 = 4;
    /// The first token of a prefix phrase.
    pub const PREFIX: u16 = 8;
    /// The first token of a currency phrase.
    pub const CURRENCY: u16 = 16;
    /// A number word, "ke", or ke- plus a number word: may begin an amount.
    pub const AMOUNT: u16 = 32;
    /// In `stopwords` (as written in the list).
    pub const STOP: u16 = 64;
    /// A key of `time_units`.
    pub const TIME: u16 = 128;
    /// A key of `numbers`.
    pub const NUMBER: u16 = 256;
    /// The first token of a unit phrase.
    pub const UNIT: u16 = 512;
}

/// The index of a word in the shape filter: its length (capped) and the
/// five low bits of its first and last byte (letter case does not change them).
#[inline(always)]
fn shape_key(w: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
        return 0;
    };
    (w.len().min(31) << 10) | (usize::from(first & 31) << 5) | usize::from(last & 31)
}

/// Bits of the start filter (a power of two).
const FILTER_BITS: usize = 1 << 16;

/// The index of a word in the start filter: a hash of its length and of its
/// first and last eight bytes, each with bit 5 set (which folds ASCII letter
/// case and leaves a lower-cased word's bytes as they are, so the key of a
/// word is the key of its lower-cased form). Collisions only cost a lookup.
#[inline]
fn filter_key(w: &[u8]) -> usize {
    let n = w.len();
    let (head, tail) = match (w.first_chunk::<8>(), w.last_chunk::<8>()) {
        (Some(a), Some(z)) => (u64::from_le_bytes(*a), u64::from_le_bytes(*z)),
        // Shorter than eight bytes: the word itself, zero-padded, twice.
        _ => {
            let mut v = 0u64;
            for (k, &c) in w.iter().enumerate() {
                v |= u64::from(c) << (8 * k);
            }
            (v, v)
        }
    };
    filter_hash(head, tail, n)
}

#[inline(always)]
fn filter_hash(head: u64, tail: u64, n: usize) -> usize {
    let fold = 0x2020_2020_2020_2020;
    let h = (head | fold) ^ (tail | fold).rotate_left(23) ^ n as u64;
    // Fibonacci hashing: the top bits of the product mix every input bit
    // (one multiply: this runs for every word of every article).
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 48) as usize % FILTER_BITS
}

impl Tables {
    /// The [`role`] bits of a lower-cased token (0 when it has none).
    #[inline]
    pub fn roles(&self, lower: &str) -> u16 {
        if !self.roles_shape.may_hold(lower.as_bytes()) {
            return 0;
        }
        self.roles.get(lower).copied().unwrap_or(0)
    }

    /// [`Tables::roles`] of a token as written, any case (the lexer calls
    /// this before any lower-cased text exists).
    pub fn roles_any_case(&self, w: &str) -> u16 {
        if !self.roles_shape.may_hold(w.as_bytes()) {
            return 0;
        }
        self.roles.get_any_case(w).copied().unwrap_or(0)
    }

    /// False when the word or symbol `w` (any case) cannot start a figure;
    /// true means "ask [`Tables::roles`]". Letter case does not change the
    /// five low bits of an ASCII letter, so `w` need not be lower-cased.
    pub fn may_start_filter(&self, w: &[u8]) -> bool {
        let has =
            |bits: &[u64], k: usize| bits.get(k / 64).is_some_and(|b| b & (1 << (k % 64)) != 0);
        has(&self.start_shape, shape_key(w)) && has(&self.start_filter, filter_key(w))
    }

    /// [`Tables::may_start_filter`] for the token `b[start..end]` of a text,
    /// by the start filter alone (about one word in a hundred that cannot
    /// start a figure passes it): one bit test and no branch on the word's
    /// length, since a short word is read eight bytes at a time and masked.
    #[inline(always)]
    pub fn may_start_at(&self, b: &[u8], start: usize, end: usize) -> bool {
        let k = filter_key_at(b, start, end);
        self.start_filter[k / 64] & (1 << (k % 64)) != 0
    }
}

/// [`filter_key`] of `b[start..end]` (a non-empty range of `b`), the same
/// value without a loop over the bytes of a word shorter than eight.
#[inline(always)]
fn filter_key_at(b: &[u8], start: usize, end: usize) -> usize {
    let n = end.wrapping_sub(start);
    if (1..8).contains(&n)
        && let Some(chunk) = b.get(start..start + 8)
    {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        // The word zero-padded, as `filter_key` reads it.
        let v = u64::from_le_bytes(w) & ((1u64 << (8 * n)) - 1);
        return filter_hash(v, v, n);
    }
    filter_key(b.get(start..end).unwrap_or_default())
}

/// The qualifier codes of the JSON schema.
pub const QUALIFIER_CODES: &[&str] = &[
    "about",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "up_to",
];

pub static TABLES: LazyLock<Tables> = LazyLock::new(load);

fn qualifier_code(s: &str) -> Option<&'static str> {
    QUALIFIER_CODES.iter().copied().find(|c| *c == s)
}

fn load() -> Tables {
    let mut t = Tables {
        numbers: WordIndex::default(),
        money: WordIndex::default(),
        qualifiers: PhraseTable::new(),
        post_qualifiers: PhraseTable::new(),
        ranges: PhraseTable::new(),
        currencies: PhraseTable::new(),
        units: PhraseTable::new(),
        classifiers: PhraseTable::new(),
        idioms: PhraseTable::new(),
        stopwords: WordIndex::default(),
        verbal_nouns: WordIndex::default(),
        compounds: HashMap::default(),
        markers: HashSet::default(),
        score_words: HashSet::default(),
        rank_words: HashSet::default(),
        both_nouns: HashSet::default(),
        size_words: HashSet::default(),
        age_words: HashSet::default(),
        age_fillers: HashSet::default(),
        age_persons: HashSet::default(),
        time_units: WordIndex::default(),
        frequencies: PhraseTable::new(),
        prefixes: PhraseTable::new(),
        triggers: HashSet::default(),
        roles: WordIndex::default(),
        roles_shape: Shape::default(),
        start_shape: Vec::new(),
        start_filter: Vec::new(),
        reach: 0,
        errors: Vec::new(),
    };
    for line in lines("figure_number_words.txt", NUMBER_WORDS) {
        let f: Vec<&'static str> = line.fields().collect();
        let kind = match f.get(1).copied() {
            Some("digit") => NumKind::Digit,
            Some("whole") => NumKind::Whole,
            Some("teen") => NumKind::Teen,
            Some("small") => NumKind::Small,
            Some("big") => NumKind::Big,
            Some("sebig") => NumKind::SeBig,
            Some("money") => NumKind::Money,
            Some("fraction") => NumKind::Fraction,
            Some("denominator") => NumKind::Denominator,
            Some("vague") => NumKind::Vague,
            Some("ordinal") => NumKind::Ordinal,
            Some("several") => NumKind::Several,
            Some("once") => NumKind::Once,
            _ => {
                t.errors.push(line.error("unknown kind"));
                continue;
            }
        };
        let Some(value) = f.get(2).and_then(|v| v.parse::<f64>().ok()) else {
            t.errors.push(line.error("bad value"));
            continue;
        };
        if kind == NumKind::Money {
            t.money.insert(f[0], value);
        } else {
            t.numbers
                .insert(&f[0].to_ascii_lowercase(), NumWord { kind, value });
        }
    }
    for (file, src, table) in [
        ("figure_qualifiers.txt", QUALIFIERS, &mut t.qualifiers),
        (
            "figure_post_qualifiers.txt",
            POST_QUALIFIERS,
            &mut t.post_qualifiers,
        ),
    ] {
        for line in lines(file, src) {
            let f: Vec<&str> = line.fields().collect();
            match f.get(1).and_then(|c| qualifier_code(c)) {
                Some(code) => table.insert(f[0], false, code),
                None => t.errors.push(line.error("unknown qualifier")),
            }
        }
    }
    for line in lines("figure_ranges.txt", RANGES) {
        let f: Vec<&str> = line.fields().collect();
        let role = match f.get(1).copied() {
            Some("connector") => RangeRole::Connector,
            Some("opener") => RangeRole::Opener,
            Some("antara_connector") => RangeRole::AntaraConnector,
            Some("tolerance") => RangeRole::Tolerance,
            _ => {
                t.errors.push(line.error("unknown range role"));
                continue;
            }
        };
        t.ranges.insert(f[0], false, role);
    }
    for line in lines("figure_currencies.txt", CURRENCIES) {
        let f: Vec<&'static str> = line.fields().collect();
        let (pre, post) = match f.get(2).copied() {
            Some("pre") => (true, false),
            Some("post") => (false, true),
            Some("both") => (true, true),
            _ => {
                t.errors
                    .push(line.error("position must be pre, post or both"));
                continue;
            }
        };
        t.currencies.insert(
            f[0],
            false,
            Currency {
                code: f[1],
                pre,
                post,
            },
        );
    }
    for line in lines("figure_units.txt", UNITS) {
        let f: Vec<&'static str> = line.fields().collect();
        let Some(code) = f.get(1).copied() else {
            t.errors.push(line.error("missing unit code"));
            continue;
        };
        let exact = match f.get(2).copied() {
            None => false,
            Some("exact") => true,
            Some(_) => {
                t.errors.push(line.error("third field must be `exact`"));
                continue;
            }
        };
        t.units.insert(f[0], exact, code);
    }
    for line in lines("figure_classifiers.txt", CLASSIFIERS) {
        t.classifiers.insert(line.text, false, line.text);
    }
    for line in lines("figure_frequencies.txt", FREQUENCIES) {
        let f: Vec<&'static str> = line.fields().collect();
        match f.get(1) {
            Some(code) => t.frequencies.insert(f[0], false, code),
            None => t.errors.push(line.error("missing frequency code")),
        }
    }
    for line in lines("figure_prefixes.txt", PREFIXES) {
        let f: Vec<&'static str> = line.fields().collect();
        let p = match (f.get(1).copied(), f.get(2).copied()) {
            (Some("unit"), Some(code)) => Prefix::Unit(code),
            (Some("sign"), Some(v)) => match v.parse() {
                Ok(v) => Prefix::Sign(v),
                Err(_) => {
                    t.errors.push(line.error("bad sign"));
                    continue;
                }
            },
            (Some("every"), _) => Prefix::Every,
            _ => {
                t.errors.push(line.error("unknown prefix role"));
                continue;
            }
        };
        t.prefixes.insert(f[0], false, p);
    }
    for line in lines("figure_stopwords.txt", STOPWORDS) {
        t.stopwords.insert(line.text, ());
    }
    for line in lines("figure_idioms.txt", IDIOMS) {
        t.idioms.insert(line.text, false, ());
    }
    for line in lines("figure_verbal_nouns.txt", VERBAL_NOUNS) {
        t.verbal_nouns.insert(line.text, ());
    }
    for line in lines("figure_compounds.txt", COMPOUNDS) {
        if let Some((a, b)) = line.text.split_once(' ') {
            t.compounds.entry(a).or_default().push(b);
        }
    }
    t.markers
        .extend(lines("figure_markers.txt", MARKERS).map(|l| l.text.to_ascii_lowercase()));
    t.score_words
        .extend(lines("figure_score_words.txt", SCORE_WORDS).map(|l| l.text));
    t.rank_words
        .extend(lines("figure_rank_words.txt", RANK_WORDS).map(|l| l.text));
    t.both_nouns
        .extend(lines("figure_both_nouns.txt", BOTH_NOUNS).map(|l| l.text));
    t.size_words
        .extend(lines("figure_size_words.txt", SIZE_WORDS).map(|l| l.text));
    for line in lines("figure_age_words.txt", AGE_WORDS) {
        let f: Vec<&'static str> = line.fields().collect();
        match f.get(1).copied() {
            Some("age") => {
                t.age_words.insert(f[0]);
            }
            Some("filler") => {
                t.age_fillers.insert(f[0]);
            }
            _ => t.errors.push(line.error("kind must be age or filler")),
        }
    }
    for line in lines("date_words.txt", DATE_WORDS) {
        let mut f = line.fields();
        if let (Some(word), Some(tags)) = (f.next(), f.next())
            && tags.split_whitespace().any(|t| t == "person")
        {
            t.age_persons.insert(word);
        }
    }
    for line in lines("figure_time_units.txt", TIME_UNITS) {
        let f: Vec<&'static str> = line.fields().collect();
        match f.get(1) {
            Some(code) => {
                t.time_units.insert(f[0], code);
            }
            None => t.errors.push(line.error("missing time code")),
        }
    }
    let mut triggers: HashSet<String> = t.numbers.keys().map(str::to_string).collect();
    triggers.extend(t.qualifiers.first_tokens().map(str::to_string));
    for (first, list) in t.ranges.by_first.iter() {
        if list.iter().any(|p| p.value == RangeRole::Opener) {
            triggers.insert(first.to_string());
        }
    }
    triggers.extend(t.prefixes.first_tokens().map(str::to_string));
    for (first, list) in t.currencies.by_first.iter() {
        if list.iter().any(|p| p.value.pre) {
            triggers.insert(first.to_string());
        }
    }
    let mut roles: HashMap<String, u16> = HashMap::default();
    let mut add = |w: &str, bit: u16| *roles.entry(w.to_string()).or_default() |= bit;
    // "ke", "ketiga", "ke-3"'s "ke", "ke-dua": amounts (ordinals) that start a figure.
    add("ke", role::START | role::AMOUNT);
    for w in t.numbers.keys() {
        add(w, role::AMOUNT);
        add(&format!("ke{w}"), role::START | role::AMOUNT);
        add(&format!("ke-{w}"), role::START | role::AMOUNT);
    }
    for w in &triggers {
        add(w, role::START);
    }
    for (table, bit) in [
        (
            t.qualifiers.first_tokens().collect::<Vec<_>>(),
            role::QUALIFIER,
        ),
        (t.ranges.first_tokens().collect(), role::RANGE),
        (t.prefixes.first_tokens().collect(), role::PREFIX),
        (t.currencies.first_tokens().collect(), role::CURRENCY),
        (t.units.first_tokens().collect(), role::UNIT),
    ] {
        for w in table {
            add(w, bit);
        }
    }
    for w in t.stopwords.keys() {
        add(w, role::STOP);
    }
    for w in t.time_units.keys() {
        add(w, role::TIME);
    }
    for w in t.numbers.keys() {
        add(w, role::NUMBER);
    }
    for w in roles.keys() {
        t.roles_shape.insert(w.as_bytes());
    }
    t.start_filter = vec![0; FILTER_BITS / 64];
    t.start_shape = vec![0; 32 * 32 * 32 / 64];
    // Words that start a figure; signs and currency symbols (`-5`, `$5`);
    // number words (all of them start a figure too, but the skip in
    // `starts` relies on every amount word being noted, so say so).
    let starts = roles
        .iter()
        .filter(|(_, bits)| *bits & (role::START | role::CURRENCY | role::AMOUNT) != 0)
        .map(|(w, _)| w.as_str());
    for w in starts.chain(["-", "\u{2212}"]) {
        let k = filter_key(w.as_bytes());
        t.start_filter[k / 64] |= 1 << (k % 64);
        let k = shape_key(w.as_bytes());
        t.start_shape[k / 64] |= 1 << (k % 64);
    }
    for (w, bits) in &roles {
        if !w.bytes().any(|b| b.is_ascii_uppercase()) {
            *t.roles.entry(w) = *bits;
        }
    }
    t.triggers = triggers;
    t.reach = t.qualifiers.longest(|_| true)
        + t.ranges.longest(|r| *r == RangeRole::Opener)
        + t.prefixes.longest(|_| true)
        + t.currencies.longest(|c| c.pre)
        + 1;
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lists_are_clean_and_parse() {
        for (file, src) in FILES {
            let problems = crate::data::check_hygiene(file, src);
            assert!(problems.is_empty(), "{problems:?}");
        }
        assert!(TABLES.errors.is_empty(), "{:?}", TABLES.errors);
    }

    #[test]
    fn phrases_match_longest_with_glue() {
        let text = "US$ 5 dan 90 kilometer persegi dan US $";
        let mut toks = Vec::new();
        lex::lex(text, &mut toks);
        let lower = text.to_ascii_lowercase();
        let s = Scan {
            text,
            lower: &lower,
            toks: &toks,
        };
        let t = &*TABLES;
        assert_eq!(
            t.currencies.at(&s, 0).map(|(c, n)| (c.code, n)),
            Some(("USD", 2))
        );
        assert_eq!(t.units.at(&s, 5), Some(("km2", 7)));
        // `US $` with a space is not `US$`.
        assert_eq!(t.currencies.at(&s, 8), None);
    }
}
