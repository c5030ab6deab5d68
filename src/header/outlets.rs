//! Known outlets (`src/data/outlets.txt`: canonical name and spellings) and
//! the words that are never the place or the outlet of a dateline, weekdays
//! and rubric labels (`src/data/dateline_stopwords.txt`), loaded once.
//!
//! It does not decide whether an unknown token is an outlet; `dateline` does.

use crate::data::lines;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

const OUTLETS_FILE: &str = "outlets.txt";
const OUTLETS_SRC: &str = include_str!("../data/outlets.txt");
const NOT_OUTLET_FILE: &str = "dateline_stopwords.txt";
const NOT_OUTLET_SRC: &str = include_str!("../data/dateline_stopwords.txt");

/// Lowercased spelling → canonical name.
static OUTLETS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in lines(OUTLETS_FILE, OUTLETS_SRC) {
        let mut fields = line.fields();
        let canonical = fields.next().unwrap_or_default();
        map.insert(canonical.to_lowercase(), canonical);
        for spelling in fields {
            map.insert(spelling.to_lowercase(), canonical);
        }
    }
    map
});

static NOT_OUTLET: LazyLock<HashSet<String>> = LazyLock::new(|| {
    lines(NOT_OUTLET_FILE, NOT_OUTLET_SRC)
        .map(|l| l.text.to_lowercase())
        .collect()
});

/// The canonical name of a known outlet spelling, in any casing.
pub fn canonical(spelling: &str) -> Option<&'static str> {
    OUTLETS.get(&spelling.to_lowercase()).copied()
}

/// True for words that are never a dateline's place or outlet (weekdays, rubrics).
pub fn stopword(word: &str) -> bool {
    NOT_OUTLET.contains(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::check_hygiene;

    #[test]
    fn data_files_are_clean() {
        assert_eq!(check_hygiene(OUTLETS_FILE, OUTLETS_SRC), []);
        assert_eq!(check_hygiene(NOT_OUTLET_FILE, NOT_OUTLET_SRC), []);
        for src in [OUTLETS_SRC, NOT_OUTLET_SRC] {
            let keys: Vec<String> = lines("x", src)
                .map(|l| l.fields().next().unwrap_or_default().to_lowercase())
                .collect();
            assert!(keys.is_sorted(), "sorted: {keys:?}");
        }
    }

    #[test]
    fn every_spelling_names_one_outlet() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        for line in lines(OUTLETS_FILE, OUTLETS_SRC) {
            let canonical = line.fields().next().unwrap_or_default();
            for spelling in line.fields() {
                let key = spelling.to_lowercase();
                if let Some(other) = seen.insert(key.clone(), canonical) {
                    assert_eq!(other, canonical, "{key:?} on line {}", line.number);
                    panic!("{key:?} listed twice (line {})", line.number);
                }
            }
        }
    }

    #[test]
    fn lookup_table() {
        for (spelling, want) in [
            ("KOMPAS.com", Some("Kompas.com")),
            ("kompas.com", Some("Kompas.com")),
            ("ANTARA News", Some("Antara")),
            ("TEMPO.CO", Some("Tempo")),
            ("REPUBLIKA.CO.ID", Some("Republika")),
            ("detikNews", Some("Detik")),
            ("Liputan6.com", Some("Liputan6.com")),
            ("CNN Indonesia", Some("CNN Indonesia")),
            ("Pos Kota", Some("Pos Kota")),
            ("Jakarta", None),
        ] {
            assert_eq!(canonical(spelling), want, "{spelling}");
        }
        assert!(stopword("SENIN"));
        assert!(!stopword("Suarathailand"));
    }
}
