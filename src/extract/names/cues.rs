//! The word lists the name extractor reads (titles, speech verbs, place cues,
//! organization heads, ordinary words, calendar words), embedded from
//! `src/data/names/` and parsed once.
//!
//! It only answers "is this word on that list"; deciding what a word means in
//! context is the tagger's and the rules' job.

use crate::data::lines;
use std::collections::HashSet;
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
];

/// All lists, lowercased.
pub struct Cues {
    /// Whole title entries, possibly several words (`wakil presiden`).
    pub titles: HashSet<String>,
    /// Every word that occurs in a title entry (`wakil`, `juru`, `bicara`).
    pub title_words: HashSet<String>,
    /// The longest title entry, in words.
    pub title_max_words: usize,
    pub speech: HashSet<String>,
    pub place: HashSet<String>,
    /// First words of organization heads (`kementerian`, `pt`, `kantor`).
    pub org_heads: HashSet<String>,
    pub common: HashSet<String>,
    pub calendar: HashSet<String>,
    /// Words that continue a place name rather than start a new one (`utara`, `pusat`).
    pub tails: HashSet<String>,
    /// Nouns and phrases that make the next name a place (`kota pesisir`, `desa`).
    pub place_nouns: HashSet<String>,
    /// Nouns whose name is a thing (`sistem`, `rudal`, `aplikasi`).
    pub thing_nouns: HashSet<String>,
}

fn set(idx: usize) -> HashSet<String> {
    let (file, src) = FILES[idx];
    lines(file, src).map(|l| l.text.to_lowercase()).collect()
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
    }
});

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
    }
}
