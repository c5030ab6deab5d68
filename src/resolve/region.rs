//! "Kabupaten Subang" and "Subang", "Provinsi Jawa Barat" and "Jawa Barat":
//! a place written with its administrative noun is the place written without
//! it — unless the corpus uses the bare name with two different nouns
//! ("Kota Bandung" and "Kabupaten Bandung" are two places, and "Bandung"
//! alone could be either, so none of them merges).
//!
//! It reads the nouns of `src/data/names/region_nouns.txt`, except those of
//! `src/data/resolve_named_places.txt` that open names of their own
//! ("Kampung Melayu" is not "Melayu"). It merges nothing else.

use super::fxhash::FxHashMap;
use super::key::key;
use crate::extract::names::EntityKind;
use std::sync::LazyLock;

use super::forms::Form;

/// Nouns that open a place name without being part of it.
const NOUNS_SRC: &str = include_str!("../data/names/region_nouns.txt");
const NAMED_FILE: &str = "resolve_named_places.txt";
const NAMED_SRC: &str = include_str!("../data/resolve_named_places.txt");

static NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let named: Vec<&str> = crate::data::lines(NAMED_FILE, NAMED_SRC)
        .map(|l| l.text)
        .collect();
    crate::data::lines("region_nouns.txt", NOUNS_SRC)
        .map(|l| l.text)
        .filter(|w| !named.contains(w))
        .collect()
});

/// `(with_noun, bare)` form pairs to merge: places only, the bare form must
/// be a place form of the corpus, and the bare name must appear with one
/// noun only.
pub fn find(forms: &[Form<'_>]) -> Vec<(usize, usize)> {
    let place = |f: &Form<'_>| f.kind() == EntityKind::Place;
    // Bare name key → (the noun used with it or None when two differ, forms).
    let mut with: FxHashMap<String, (Option<String>, Vec<usize>)> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate().filter(|(_, f)| place(f)) {
        let Some((noun, rest)) = f.surface.split_once(' ') else {
            continue;
        };
        let noun = noun.to_lowercase();
        if rest.is_empty() || !NOUNS.contains(&noun.as_str()) {
            continue;
        }
        let slot = with
            .entry(key(rest))
            .or_insert_with(|| (Some(noun.clone()), Vec::new()));
        if slot.0.as_deref() != Some(noun.as_str()) {
            slot.0 = None;
        }
        slot.1.push(i);
    }
    if with.is_empty() {
        return Vec::new();
    }
    let mut pairs = Vec::new();
    for (i, f) in forms.iter().enumerate().filter(|(_, f)| place(f)) {
        if let Some((Some(_), nouned)) = with.get(&f.key) {
            pairs.extend(nouned.iter().map(|&n| (n, i)));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_file_is_clean() {
        let problems = crate::data::check_hygiene(super::NAMED_FILE, super::NAMED_SRC);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(!super::NOUNS.contains(&"kampung"));
        assert!(super::NOUNS.contains(&"kabupaten"));
    }
}
