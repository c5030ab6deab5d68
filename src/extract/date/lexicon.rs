//! The words date extraction knows, read once from the `src/data/date_*.txt`
//! files: month and weekday names, time units and number words, parts of the
//! day, time zones, and the context words around dates ("lalu", "akan",
//! "sejak", "berusia"). One lowercase key maps to everything the word can be
//! ("minggu" is a weekday and a unit; "kemarin" a day and a direction).
//!
//! It does not decide what a word means in context; that is `parse`.

use crate::data::lines;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

pub const MONTHS: &str = include_str!("../../data/date_months.txt");
pub const WEEKDAYS: &str = include_str!("../../data/date_weekdays.txt");
pub const UNITS: &str = include_str!("../../data/date_units.txt");
pub const NUMBERS: &str = include_str!("../../data/date_numbers.txt");
pub const PARTS: &str = include_str!("../../data/date_parts_of_day.txt");
pub const ZONES: &str = include_str!("../../data/date_zones.txt");
pub const HOLIDAYS: &str = include_str!("../../data/date_holidays.txt");
pub const WORDS: &str = include_str!("../../data/date_words.txt");

/// A time unit: its ISO 8601 designator and how many of it one unit is
/// ("dekade" = 10 Y).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    pub code: &'static str,
    pub times: u32,
}

impl Unit {
    /// Calendar units ("tahun", "bulan", "pekan", "hari") can be relative dates;
    /// clock units ("jam", "menit") only durations.
    pub fn is_clock(&self) -> bool {
        matches!(self.code, "H" | "MIN" | "S")
    }
}

/// How a number word combines ("dua puluh tiga", "tiga belas", "satu setengah").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumRole {
    Unit,
    Teen,
    Mul,
    Frac,
    Vague,
    /// An ordinal ("pertama", "ketiga"): read only where a period is numbered
    /// ("kuartal ketiga"), never as a count.
    Ordinal,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumWord {
    pub value: f64,
    pub role: NumRole,
}

pub const FUTURE: u32 = 1;
pub const PART: u32 = 1 << 1;
pub const YEAR_CTX: u32 = 1 << 2;
pub const MONTH_CTX: u32 = 1 << 3;
pub const QTY: u32 = 1 << 4;
pub const COUNTER: u32 = 1 << 5;
pub const AGE: u32 = 1 << 6;
pub const SET: u32 = 1 << 7;
pub const CLOCK: u32 = 1 << 8;
pub const RELATIVE: u32 = 1 << 9;
pub const RECENT: u32 = 1 << 10;
pub const AGAIN: u32 = 1 << 11;
pub const EARLIER: u32 = 1 << 12;
pub const MEAL: u32 = 1 << 13;
pub const GREETING: u32 = 1 << 14;
pub const ZONE: u32 = 1 << 15;
pub const BIRTH: u32 = 1 << 16;
pub const PERSON: u32 = 1 << 17;
pub const INDEF: u32 = 1 << 18;
pub const ANAPHOR: u32 = 1 << 19;
/// The first word of a holiday name ("Idul" of "Idul Fitri").
pub const HOLIDAY: u32 = 1 << 20;
pub const PASARAN: u32 = 1 << 21;
pub const OBJECT: u32 = 1 << 22;
pub const HABIT: u32 = 1 << 23;
pub const EVENT: u32 = 1 << 24;
pub const STAY: u32 = 1 << 25;
/// A past-tense word that is also something else ("sejak", "tadi"): a
/// yearless month after it looks back. Words that are only past markers
/// ("telah", "sudah") are read by [`past_word`] instead.
pub const PAST: u32 = 1 << 26;

/// The words of `date_words.txt` tagged only `past`, lower case.
static PAST_ONLY: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lines("date_words.txt", WORDS)
        .filter_map(|l| {
            let f: Vec<&'static str> = l.fields().collect();
            (f.get(1).is_some_and(|t| t.trim() == "past")).then(|| f[0])
        })
        .collect()
});

/// `word` (any case) is a past-tense marker that has no other reading.
pub fn past_word(word: &str) -> bool {
    PAST_ONLY.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Everything one lowercase word can be.
#[derive(Clone, Copy, Debug, Default)]
pub struct Lex {
    /// 1..=12, or 0.
    pub month: i8,
    /// The month name is only an abbreviation ("Agt"): read next to digits only.
    pub month_abbr: bool,
    /// ISO weekday 1..=7, or 0.
    pub weekday: i8,
    pub unit: Option<Unit>,
    /// The "se-" form of a unit ("sebulan"): the unit counted once.
    pub se_unit: bool,
    pub num: Option<NumWord>,
    /// TIMEX3 part-of-day code.
    pub part_of_day: Option<&'static str>,
    /// A direction after a unit or name: -1 "lalu", 0 "ini", +1 "depan".
    pub dir: Option<i8>,
    /// A day relative to the reference: "kemarin" -1, "besok" +1.
    pub day: Option<i8>,
    pub flags: u32,
}

impl Lex {
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
}

/// FNV-1a: the keys are short ASCII words, so a simple hash beats SipHash
/// on the one lookup per word of every article.
#[derive(Clone, Copy, Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// One reading to add to a word's entry.
type Edit = Box<dyn Fn(&mut Lex)>;

type Map = HashMap<&'static [u8], Lex, BuildHasherDefault<Fnv>>;

/// The lexicon, keyed by lowercase word.
pub static LEXICON: LazyLock<Map> = LazyLock::new(build);

/// The longest key, so lookups can skip longer words without lowercasing them.
pub const MAX_KEY: usize = 24;
// A key length is a bit of a u32 (`Index::lengths`).
const _: () = assert!(MAX_KEY < 32);

fn build() -> Map {
    let mut map = Map::default();
    // Each file adds readings to words other files may know too, so the
    // readings are collected first and applied to one entry per word.
    let mut edits: Vec<(String, Edit)> = Vec::new();

    for l in lines("date_months.txt", MONTHS) {
        let f: Vec<&'static str> = l.fields().collect();
        let Some(n) = f.get(1).and_then(|s| s.parse::<i8>().ok()) else {
            continue;
        };
        for (i, name) in f.iter().enumerate().filter(|(i, _)| *i != 1) {
            // Variants of five letters or fewer are abbreviations; longer ones
            // are spelling variants ("Nopember") that stand alone like names.
            let abbr = i >= 2 && name.len() <= 5;
            edits.push((
                name.to_lowercase(),
                Box::new(move |x: &mut Lex| {
                    x.month = n;
                    x.month_abbr = abbr;
                }),
            ));
        }
    }
    for l in lines("date_weekdays.txt", WEEKDAYS) {
        let f: Vec<&'static str> = l.fields().collect();
        if let (Some(name), Some(n)) = (f.first(), f.get(1).and_then(|s| s.parse::<i8>().ok())) {
            edits.push((
                name.to_lowercase(),
                Box::new(move |x: &mut Lex| x.weekday = n),
            ));
        }
    }
    for l in lines("date_units.txt", UNITS) {
        let f: Vec<&'static str> = l.fields().collect();
        let (Some(name), Some(code), Some(times)) = (
            f.first(),
            f.get(1),
            f.get(2).and_then(|s| s.parse::<u32>().ok()),
        ) else {
            continue;
        };
        let unit = Unit { code, times };
        edits.push((
            name.to_lowercase(),
            Box::new(move |x: &mut Lex| x.unit = Some(unit)),
        ));
        edits.push((
            format!("se{}", name.to_lowercase()),
            Box::new(move |x: &mut Lex| {
                x.unit = Some(unit);
                x.se_unit = true;
            }),
        ));
    }
    for l in lines("date_numbers.txt", NUMBERS) {
        let f: Vec<&'static str> = l.fields().collect();
        let (Some(name), Some(value), Some(role)) = (
            f.first(),
            f.get(1).and_then(|s| s.parse::<f64>().ok()),
            f.get(2),
        ) else {
            continue;
        };
        let role = match *role {
            "teen" => NumRole::Teen,
            "mul" => NumRole::Mul,
            "frac" => NumRole::Frac,
            "vague" => NumRole::Vague,
            "ordinal" => NumRole::Ordinal,
            _ => NumRole::Unit,
        };
        edits.push((
            name.to_lowercase(),
            Box::new(move |x: &mut Lex| x.num = Some(NumWord { value, role })),
        ));
    }
    for l in lines("date_parts_of_day.txt", PARTS) {
        let f: Vec<&'static str> = l.fields().collect();
        if let (Some(name), Some(code)) = (f.first(), f.get(1).copied()) {
            edits.push((
                name.to_lowercase(),
                Box::new(move |x: &mut Lex| x.part_of_day = Some(code)),
            ));
        }
    }
    for l in lines("date_zones.txt", ZONES) {
        edits.push((
            l.text.to_lowercase(),
            Box::new(|x: &mut Lex| x.flags |= ZONE),
        ));
    }
    for l in lines("date_words.txt", WORDS) {
        let f: Vec<&'static str> = l.fields().collect();
        let Some(name) = f.first() else { continue };
        // A word that is only a past-tense marker stays out of the scan
        // lexicon (it is frequent, and only `past_word` reads it).
        if f.get(1).is_some_and(|t| t.trim() == "past") {
            continue;
        }
        for tag in f.get(1).unwrap_or(&"").split_whitespace() {
            let (key, val) = tag.split_once('=').unwrap_or((tag, ""));
            let n = val.parse::<i8>().ok();
            let flag = match key {
                "future" => FUTURE,
                "part" => PART,
                "year_ctx" => YEAR_CTX,
                "month_ctx" => MONTH_CTX,
                "qty" => QTY,
                "counter" => COUNTER,
                "age" => AGE,
                "set" => SET,
                "clock" => CLOCK,
                "relative" => RELATIVE,
                "recent" => RECENT,
                "again" => AGAIN,
                "earlier" => EARLIER,
                "meal" => MEAL,
                "greeting" => GREETING,
                "birth" => BIRTH,
                "person" => PERSON,
                "indef" => INDEF,
                "anaphor" => ANAPHOR,
                "stay" => STAY,
                "pasaran" => PASARAN,
                "object" => OBJECT,
                "habit" => HABIT,
                "event" => EVENT,
                "past" => PAST,
                _ => 0,
            };
            let edit: Edit = match key {
                "dir" => Box::new(move |x: &mut Lex| x.dir = n),
                "day" => Box::new(move |x: &mut Lex| x.day = n),
                _ => Box::new(move |x: &mut Lex| x.flags |= flag),
            };
            edits.push((name.to_lowercase(), edit));
        }
    }
    for h in HOLIDAY_NAMES.keys() {
        let first = h.split(' ').next().unwrap_or(h);
        edits.push((
            first.to_string(),
            Box::new(|x: &mut Lex| x.flags |= HOLIDAY),
        ));
    }
    for (key, edit) in edits {
        let key: &'static str = Box::leak(key.into_boxed_str());
        edit(map.entry(key.as_bytes()).or_default());
    }
    map
}

/// How a holiday's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// The same day every year ("Natal": 12-25).
    Fixed(i8, i8),
    /// A day of the Islamic calendar (month, day): a year may be Hijri ("Idul Fitri 1438 H").
    Hijri(i8, i8),
    /// Numbered in the Chinese calendar used in Indonesia ("Imlek 2569": Gregorian + 551).
    Kongzili,
    /// Numbered in the Saka calendar ("Nyepi Tahun Saka 1939": Gregorian - 78).
    Saka,
    /// A moving date known only by its Gregorian year.
    Moving,
}

/// Holiday names (lowercase, words joined by one space) and their calendars.
pub static HOLIDAY_NAMES: LazyLock<HashMap<&'static str, Holiday>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for l in lines("date_holidays.txt", HOLIDAYS) {
        let f: Vec<&'static str> = l.fields().collect();
        let (Some(name), Some(how)) = (f.first(), f.get(1)) else {
            continue;
        };
        let nums: Vec<i8> = how
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|x| x.parse().ok())
            .collect();
        let h = match (how.split_whitespace().next(), nums.as_slice()) {
            (Some("hijri"), [m, d]) => Holiday::Hijri(*m, *d),
            (Some("kongzili"), _) => Holiday::Kongzili,
            (Some("saka"), _) => Holiday::Saka,
            (_, [m, d]) => Holiday::Fixed(*m, *d),
            _ => Holiday::Moving,
        };
        map.insert(*name, h);
    }
    map
});

/// An open-addressing table over the lexicon keyed by a hash of a word's
/// length and its first two and last two letters: most words of a text land
/// on an empty slot and are rejected without lowercasing or comparing.
pub struct Index {
    /// Entry number + 1, or 0 for an empty slot.
    slots: Box<[u16]>,
    entries: Vec<(&'static [u8], &'static Lex)>,
    /// Per entry: the word can begin a date expression ([`can_start`]).
    starts: Vec<bool>,
    /// Per pair of first two letters ([`pair`]): a bit per key length that
    /// some key starting with them has. Most words of a text are no date
    /// word; this rejects nearly all of them before hashing.
    lengths: Box<[u32]>,
}

/// The number of the first two bytes of a word, ASCII case folded (the low
/// five bits of a letter do not depend on its case).
#[inline]
fn pair(b: &[u8]) -> usize {
    usize::from(b[0] & 31) << 5 | usize::from(b[1] & 31)
}

/// Whether a word with lexicon entry `lex` (lowercase key `key`) can be the
/// first token of a date expression. This mirrors the branches of the
/// parser's `wordy` (every one of them tests one of these readings or one of
/// these words); for any other lexicon word `wordy` returns nothing, so the
/// parser need not visit it (words such as "ini", "akan", "pada" are only
/// context). A test checks that visiting only these gives the same result.
fn can_start(key: &[u8], lex: &Lex) -> bool {
    lex.month > 0
        || lex.weekday > 0
        || lex.unit.is_some()
        || lex.se_unit
        || lex.num.is_some()
        || lex.part_of_day.is_some()
        || lex.day.is_some()
        || lex.has(HOLIDAY | SET | PART | CLOCK | EARLIER)
        || matches!(
            key,
            b"malam" | b"tanggal" | b"hari" | b"bulan" | b"abad" | b"nanti"
        )
}

/// Slots in the table (a power of two), well above the few hundred keys.
const SLOTS: usize = 4096;

/// The slot a word starts probing at. `b` is 2..=MAX_KEY bytes long; ASCII
/// case is folded so "Juli" and "juli" meet.
#[inline]
fn slot_of(b: &[u8]) -> usize {
    let n = b.len();
    let fold = |c: u8| u32::from(c | 0x20);
    let h = fold(b[0]) | fold(b[1]) << 8 | fold(b[n - 2]) << 16 | fold(b[n - 1]) << 24;
    let h = (u64::from(h) | (n as u64) << 32).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 52) as usize & (SLOTS - 1)
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut entries: Vec<(&'static [u8], &'static Lex)> = LEXICON
        .iter()
        // Only keys a lookup can reach (see `lookup`).
        .filter(|(k, _)| (2..=MAX_KEY).contains(&k.len()) && k[0].is_ascii_lowercase())
        .map(|(k, l)| (*k, l))
        .collect();
    entries.sort_by_key(|e| e.0);
    let mut slots = vec![0u16; SLOTS].into_boxed_slice();
    for (n, (k, _)) in entries.iter().enumerate() {
        let mut s = slot_of(k);
        while slots[s] != 0 {
            s = (s + 1) & (SLOTS - 1);
        }
        slots[s] = (n + 1) as u16;
    }
    let starts = entries.iter().map(|(k, l)| can_start(k, l)).collect();
    let mut lengths = vec![0u32; 1 << 10].into_boxed_slice();
    for (k, _) in &entries {
        lengths[pair(k)] |= 1 << k.len();
    }
    Index {
        slots,
        entries,
        starts,
        lengths,
    }
});

/// The lexicon index, to hoist its lazy initialisation out of a loop.
#[inline]
pub fn index() -> &'static Index {
    &INDEX
}

/// Looks a word up, ASCII case folded (date words are ASCII).
#[cfg(test)]
pub fn lookup(word: &str) -> Option<&'static Lex> {
    entry(INDEX.find(word.as_bytes()))
}

impl Index {
    /// The entry of a word's bytes, ASCII case folded: its number + 1, or 0
    /// when the word is not in the lexicon. See [`entry`].
    #[inline]
    pub fn find(&self, b: &[u8]) -> u16 {
        if b.len() < 2
            || b.len() > MAX_KEY
            || !b[0].is_ascii_alphabetic()
            || self.lengths[pair(b)] & 1 << b.len() == 0
        {
            return 0;
        }
        let mut s = slot_of(b);
        loop {
            let n = self.slots[s];
            if n == 0 {
                return 0;
            }
            let key = self.entries[usize::from(n) - 1].0;
            if key.len() == b.len() && key.iter().zip(b).all(|(k, c)| *k == c.to_ascii_lowercase())
            {
                return n;
            }
            s = (s + 1) & (SLOTS - 1);
        }
    }

    /// Whether the word numbered `n` by [`Index::find`] can begin a date expression.
    #[inline]
    pub fn starts(&self, n: u16) -> bool {
        n.checked_sub(1)
            .and_then(|k| self.starts.get(usize::from(k)))
            .copied()
            .unwrap_or(false)
    }
}

/// The lexicon entry numbered by [`Index::find`].
#[inline]
pub fn entry(n: u16) -> Option<&'static Lex> {
    let n = usize::from(n.checked_sub(1)?);
    INDEX.entries.get(n).map(|e| e.1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check_hygiene;

    #[test]
    fn data_files_are_clean() {
        for (name, src) in [
            ("date_months.txt", MONTHS),
            ("date_weekdays.txt", WEEKDAYS),
            ("date_units.txt", UNITS),
            ("date_numbers.txt", NUMBERS),
            ("date_parts_of_day.txt", PARTS),
            ("date_zones.txt", ZONES),
            ("date_words.txt", WORDS),
            ("date_holidays.txt", HOLIDAYS),
        ] {
            let problems = check_hygiene(name, src);
            assert!(problems.is_empty(), "{problems:?}");
        }
    }

    #[test]
    fn sorted_where_order_is_free() {
        for (name, src) in [
            ("date_weekdays.txt", WEEKDAYS),
            ("date_units.txt", UNITS),
            ("date_numbers.txt", NUMBERS),
            ("date_parts_of_day.txt", PARTS),
            ("date_zones.txt", ZONES),
            ("date_words.txt", WORDS),
            ("date_holidays.txt", HOLIDAYS),
        ] {
            let keys: Vec<String> = lines(name, src)
                .map(|l| l.fields().next().unwrap_or("").to_lowercase())
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            assert_eq!(keys, sorted, "{name} is not sorted");
        }
    }

    #[test]
    fn words_have_all_their_readings() {
        let minggu = lookup("Minggu").unwrap();
        assert_eq!(minggu.weekday, 7);
        assert_eq!(minggu.unit.unwrap().code, "W");
        assert_eq!(lookup("AGT").unwrap().month, 8);
        assert!(lookup("Agt").unwrap().month_abbr);
        assert!(!lookup("Agustus").unwrap().month_abbr);
        assert!(!lookup("Mei").unwrap().month_abbr);
        assert!(lookup("sebulan").unwrap().se_unit);
        assert_eq!(lookup("kemarin").unwrap().day, Some(-1));
        assert_eq!(lookup("lalu").unwrap().dir, Some(-1));
        assert!(lookup("WITA").unwrap().has(ZONE));
        assert!(lookup("pukul").unwrap().has(CLOCK));
        assert!(lookup("orang").unwrap().has(COUNTER));
        assert!(lookup("xyz").is_none());
    }
}
