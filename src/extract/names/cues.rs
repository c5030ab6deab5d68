//! The word lists the name extractor reads (titles, speech verbs, place cues,
//! organization heads, ordinary words, calendar words), embedded from
//! `src/data/names/` and parsed once.
//!
//! It only answers "is this word on that list"; deciding what a word means in
//! context is the tagger's and the rules' job.

use super::fx::{FxMap, FxSet, HashTable, hash_str};
use crate::data::lines;
use std::sync::LazyLock;

pub(crate) const FILES: &[(&str, &str)] = &[
    ("titles.txt", include_str!("../../data/names/titles.txt")),
    ("speech.txt", include_str!("../../data/names/speech.txt")),
    (
        "place_cues.txt",
        include_str!("../../data/names/place_cues.txt"),
    ),
    (
        "org_heads.txt",
        include_str!("../../data/names/org_heads.txt"),
    ),
    (
        "common_words.txt",
        include_str!("../../data/names/common_words.txt"),
    ),
    (
        "calendar.txt",
        include_str!("../../data/names/calendar.txt"),
    ),
    ("tails.txt", include_str!("../../data/names/tails.txt")),
    (
        "place_nouns.txt",
        include_str!("../../data/names/place_nouns.txt"),
    ),
    (
        "thing_nouns.txt",
        include_str!("../../data/names/thing_nouns.txt"),
    ),
    (
        "not_names.txt",
        include_str!("../../data/names/not_names.txt"),
    ),
    (
        "facilities.txt",
        include_str!("../../data/names/facilities.txt"),
    ),
    (
        "role_groups.txt",
        include_str!("../../data/names/role_groups.txt"),
    ),
    (
        "region_nouns.txt",
        include_str!("../../data/names/region_nouns.txt"),
    ),
    ("bodies.txt", include_str!("../../data/names/bodies.txt")),
    (
        "initials.txt",
        include_str!("../../data/names/initials.txt"),
    ),
    ("groups.txt", include_str!("../../data/names/groups.txt")),
    ("offices.txt", include_str!("../../data/names/offices.txt")),
    (
        "road_posts.txt",
        include_str!("../../data/names/road_posts.txt"),
    ),
    ("roads.txt", include_str!("../../data/names/roads.txt")),
    (
        "disciplines.txt",
        include_str!("../../data/names/disciplines.txt"),
    ),
    (
        "regional_bodies.txt",
        include_str!("../../data/names/regional_bodies.txt"),
    ),
];

/// What the name after a group word (`groups.txt`) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The people themselves ("suku Inka"): no name of ours.
    People,
    /// Where they live ("warga Kalibaru").
    Home,
    /// A body ("komunitas Ku Klux Klan").
    Body,
}

/// `word | kind` lines of `groups.txt`.
fn groups() -> FxMap<String, Group> {
    let (file, src) = FILES[15];
    lines(file, src)
        .filter_map(|l| {
            let (w, kind) = l.text.split_once(" | ")?;
            let kind = match kind.trim() {
                "people" => Group::People,
                "place" => Group::Home,
                "organization" => Group::Body,
                _ => return None,
            };
            Some((w.trim().to_lowercase(), kind))
        })
        .collect()
}

/// All lists, lowercased.
pub struct Cues {
    /// Whole title entries, possibly several words (`wakil presiden`).
    pub titles: FxSet<String>,
    /// Every word that occurs in a title entry (`wakil`, `juru`, `bicara`).
    pub title_words: FxSet<String>,
    /// The longest title entry, in words.
    pub title_max_words: usize,
    pub speech: FxSet<String>,
    pub place: FxSet<String>,
    /// First words of organization heads (`kementerian`, `pt`, `kantor`).
    pub org_heads: FxSet<String>,
    pub common: FxSet<String>,
    pub calendar: FxSet<String>,
    /// Words that continue a place name rather than start a new one (`utara`, `pusat`).
    pub tails: FxSet<String>,
    /// Nouns and phrases that make the next name a place (`kota pesisir`, `desa`).
    pub place_nouns: FxSet<String>,
    /// Nouns whose name is a thing (`sistem`, `rudal`, `aplikasi`).
    pub thing_nouns: FxSet<String>,
    /// Words and two-word phrases never inside a name (`pertalite`, `pilkada`, `persero`).
    /// Kept out of the flag table: the tagger's features do not read it.
    pub not_names: FxSet<String>,
    /// Facility heads (`bandara`, `rumah sakit`) and the type of the name they open.
    pub facilities: FxMap<String, super::EntityKind>,
    /// The keys of `facilities`, for phrase lookups.
    pub facility_heads: FxSet<String>,
    /// Heads written with capitals in `facilities.txt` (`MAN`, `MTs`): they
    /// open a name only when written exactly so ("Man City" is no school).
    /// Lowercase head → the head as written.
    pub facility_exact: FxMap<String, String>,
    /// Groups that open a role like a body's name (`majelis hakim`).
    pub role_groups: FxSet<String>,
    /// Nouns opening an administrative region's name (`kabupaten`, `kota`).
    pub region_nouns: FxSet<String>,
    /// Heads that make a place-tagged span a body (`bodies.txt`).
    pub bodies: FxSet<String>,
    /// Words before a person's initials (`berinisial`).
    pub initials: FxSet<String>,
    /// Words for peoples and communities (`suku`, `warga`) and what follows them.
    pub groups: FxMap<String, Group>,
    /// Titles of an office held in a body (`pelatih`, `wakil presiden`).
    pub offices: FxSet<String>,
    /// Words of a kilometre post (`km`).
    pub road_posts: FxSet<String>,
    /// Words opening a road's name (`tol`, `jalan`).
    pub roads: FxSet<String>,
    /// Endings of words naming a field of study (`logi`).
    pub disciplines: Vec<String>,
    /// Acronyms of bodies with a branch per region (`bpbd`, `polda`).
    pub regional_bodies: FxSet<String>,
}

fn set(idx: usize) -> FxSet<String> {
    let (file, src) = FILES[idx];
    lines(file, src).map(|l| l.text.to_lowercase()).collect()
}

/// `head | type` lines of `facilities.txt`.
fn facilities() -> FxMap<String, super::EntityKind> {
    let (file, src) = FILES[10];
    lines(file, src)
        .filter_map(|l| {
            let (head, kind) = l.text.split_once(" | ")?;
            let kind = match kind.trim() {
                "place" => super::EntityKind::Place,
                "organization" => super::EntityKind::Organization,
                _ => return None,
            };
            Some((head.trim().to_lowercase(), kind))
        })
        .collect()
}

pub static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let titles = set(0);
    let title_words = titles
        .iter()
        .flat_map(|t| t.split_whitespace().map(str::to_string))
        .collect();
    let title_max_words = titles
        .iter()
        .map(|t| t.split_whitespace().count())
        .max()
        .unwrap_or(1);
    let org_heads = set(3)
        .iter()
        .filter_map(|h| h.split_whitespace().next().map(str::to_string))
        .collect();
    Cues {
        titles,
        title_words,
        title_max_words,
        speech: set(1),
        place: set(2),
        org_heads,
        common: set(4),
        calendar: set(5),
        tails: set(6),
        place_nouns: set(7),
        thing_nouns: set(8),
        not_names: set(9),
        facility_heads: facilities().into_keys().collect(),
        facility_exact: {
            let (file, src) = FILES[10];
            lines(file, src)
                .filter_map(|l| l.text.split_once(" | ").map(|(h, _)| h.trim().to_string()))
                .filter(|h| h.chars().any(char::is_uppercase))
                .map(|h| (h.to_lowercase(), h))
                .collect()
        },
        facilities: facilities(),
        role_groups: set(11),
        region_nouns: set(12),
        bodies: set(13),
        initials: set(14),
        groups: groups(),
        offices: set(16),
        road_posts: set(17),
        roads: set(18),
        disciplines: {
            let (file, src) = FILES[19];
            lines(file, src).map(|l| l.text.to_lowercase()).collect()
        },
        regional_bodies: set(20),
    }
});

/// Bit flags: which lists a lowercase word is on (one lookup per token
/// instead of one per list and question).
pub mod class {
    pub const COMMON: u32 = 1;
    pub const CALENDAR: u32 = 1 << 1;
    pub const ORG_HEAD: u32 = 1 << 2;
    pub const PLACE: u32 = 1 << 3;
    pub const SPEECH: u32 = 1 << 4;
    pub const TITLE_WORD: u32 = 1 << 5;
    /// A whole one-word title entry (`presiden`, `irjen`).
    pub const TITLE: u32 = 1 << 6;
    pub const TAIL: u32 = 1 << 7;
    pub const PLACE_NOUN: u32 = 1 << 8;
    pub const THING_NOUN: u32 = 1 << 9;
    /// A connector inside names (`dan`, `bin`, `van`, `-`).
    pub const CONNECTOR: u32 = 1 << 10;
    /// The first word of a `not_names.txt` entry (a quick test before the lookup).
    pub const NOT_NAME: u32 = 1 << 11;
    /// The first word of a facility head (`bandara`, `rumah`).
    pub const FACILITY: u32 = 1 << 12;
    /// The first word of a role group (`majelis`, `ketua`).
    pub const ROLE_GROUP: u32 = 1 << 13;
    /// A word before initials, the first word of a group word, a kilometre
    /// post's word, a road's first word (`clues`).
    pub const CLUE: u32 = 1 << 14;
    /// The first word of a group word or of a road (`clues`): common words
    /// ("warga", "jalan"), apart from the rare `CLUE` words.
    pub const GROUP: u32 = 1 << 15;
    /// The sixteen flags above (those of the lists themselves); the
    /// flags after them are the rules' own trigger words.
    pub const LISTS: u32 = 0xffff;
    /// A word [`super::super::heads`] looks for: a place head's last word,
    /// "metro", "kepala".
    pub const HEAD_TRIGGER: u32 = 1 << 16;
    /// The first word of a two-word place noun that no other flag marks
    /// ("negara" of "negara bagian", see `retype`).
    pub const PLACE_FIRST: u32 = 1 << 17;
    /// A word ending company and institution names (`org_tails.txt`).
    pub const ORG_TAIL: u32 = 1 << 18;
}

/// Lowercase words that may sit inside a name between capitalized words
/// ("Bosnia dan Herzegovina", "Ibnu bin Abdullah", "Ludwig van Beethoven").
const CONNECTORS: &[&str] = &[
    "dan", "bin", "binti", "van", "von", "der", "de", "da", "del", "al", "el", "of", "the", "and",
    "for", "untuk", "&", "-", "'",
];

static CLASS: LazyLock<HashTable<u32>> = LazyLock::new(|| {
    let c = &*CUES;
    let mut m: FxMap<String, u32> = FxMap::default();
    let lists: [(&FxSet<String>, u32); 10] = [
        (&c.common, class::COMMON),
        (&c.calendar, class::CALENDAR),
        (&c.org_heads, class::ORG_HEAD),
        (&c.place, class::PLACE),
        (&c.speech, class::SPEECH),
        (&c.title_words, class::TITLE_WORD),
        (&c.titles, class::TITLE),
        (&c.tails, class::TAIL),
        (&c.place_nouns, class::PLACE_NOUN),
        (&c.thing_nouns, class::THING_NOUN),
    ];
    for (set, bit) in lists {
        for w in set.iter().filter(|w| !w.contains(' ')) {
            *m.entry(w.clone()).or_default() |= bit;
        }
    }
    for w in CONNECTORS {
        *m.entry(w.to_string()).or_default() |= class::CONNECTOR;
    }
    // First words only: these bits are quick tests for the rules; the
    // tagger's cue codes do not read them.
    let firsts: [(Vec<&str>, u32); 7] = [
        (c.roads.iter().map(String::as_str).collect(), class::GROUP),
        (
            c.road_posts.iter().map(String::as_str).collect(),
            class::CLUE,
        ),
        (c.initials.iter().map(String::as_str).collect(), class::CLUE),
        (c.groups.keys().map(String::as_str).collect(), class::GROUP),
        (
            c.not_names.iter().map(String::as_str).collect(),
            class::NOT_NAME,
        ),
        (
            c.facilities.keys().map(String::as_str).collect(),
            class::FACILITY,
        ),
        (
            c.role_groups.iter().map(String::as_str).collect(),
            class::ROLE_GROUP,
        ),
    ];
    for (entries, bit) in firsts {
        for e in entries {
            if let Some(w) = e.split_whitespace().next() {
                *m.entry(w.to_string()).or_default() |= bit;
            }
        }
    }
    // The rules' trigger words (one bit each rule, so that a sentence
    // without any skips the rule on the view's union of flags).
    for w in super::heads::trigger_words() {
        *m.entry(w.to_string()).or_default() |= class::HEAD_TRIGGER;
    }
    for w in super::retype::unflagged_firsts() {
        *m.entry(w.to_string()).or_default() |= class::PLACE_FIRST;
    }
    for w in super::org_tails::tail_words() {
        *m.entry(w.to_string()).or_default() |= class::ORG_TAIL;
    }
    HashTable::new(m.into_iter().map(|(w, c)| (hash_str(&w), c)))
});

/// The list flags of a lowercase word.
#[inline]
pub fn class_of(w: &str) -> u32 {
    CLASS.get(hash_str(w))
}

/// The table behind [`class_of`], keyed by [`hash_str`] (hold it across a
/// loop: each access to the lazy static costs a check).
pub fn class_table() -> &'static HashTable<u32> {
    &CLASS
}

/// The tagger's cue code of a word from its flags, in precedence order
/// (titles beat title words beat speech … beat common words). It reads
/// the seven low flags only, so it is one read of a table built from
/// [`cue_code_of`] at compile time.
#[inline]
pub fn cue_code(c: u32) -> u8 {
    CUE_CODES[(c & CUE_BITS) as usize]
}

/// The flags [`cue_code_of`] reads.
const CUE_BITS: u32 = 0x7f;

const CUE_CODES: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        t[c] = cue_code_of(c as u32);
        c += 1;
    }
    t
};

/// [`cue_code`] by the precedence chain.
const fn cue_code_of(c: u32) -> u8 {
    use class::*;
    if c & TITLE != 0 {
        b't'
    } else if c & TITLE_WORD != 0 {
        b'w'
    } else if c & SPEECH != 0 {
        b's'
    } else if c & PLACE != 0 {
        b'p'
    } else if c & ORG_HEAD != 0 {
        b'o'
    } else if c & CALENDAR != 0 {
        b'c'
    } else if c & COMMON != 0 {
        b'k'
    } else {
        b'-'
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check_hygiene;

    #[test]
    fn data_files_are_clean() {
        for (file, src) in FILES {
            let problems = check_hygiene(file, src);
            assert!(problems.is_empty(), "{problems:?}");
        }
    }

    #[test]
    fn cue_table_equals_the_chain() {
        // Every flag combination, including the bits the chain ignores.
        for c in
            (0..=u32::from(u16::MAX)).chain([class::HEAD_TRIGGER | 0x7f, class::PLACE_FIRST | 1])
        {
            assert_eq!(cue_code(c), cue_code_of(c), "{c:#x}");
        }
        use class::*;
        assert_eq!(cue_code(TITLE | COMMON), b't');
        assert_eq!(cue_code(SPEECH | PLACE), b's');
        assert_eq!(cue_code(NOT_NAME | FACILITY), b'-');
    }

    #[test]
    fn lists_answer() {
        let c = &*CUES;
        assert!(c.titles.contains("wakil presiden"));
        assert!(c.title_words.contains("bicara"));
        assert!(c.speech.contains("ujar"));
        assert!(c.place.contains("kabupaten"));
        assert!(c.org_heads.contains("kementerian"));
        assert!(c.common.contains("menurut"));
        assert!(c.calendar.contains("januari"));
        assert!(!c.common.contains("jakarta"));
        assert!(c.not_names.contains("pertalite"));
        assert!(c.not_names.contains("quick count"));
        assert_eq!(
            c.facilities.get("rumah sakit"),
            Some(&crate::extract::names::EntityKind::Organization)
        );
        assert_eq!(
            c.facilities.get("bandara"),
            Some(&crate::extract::names::EntityKind::Place)
        );
        // Every facility line has a known type.
        let (file, src) = FILES[10];
        assert_eq!(lines(file, src).count(), c.facilities.len());
    }
}
