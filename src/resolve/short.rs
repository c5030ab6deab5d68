//! Short forms of person names: "Trump" (a surname, as international news
//! writes it), "Prabowo" or "Zulkifli" (a first name, as Indonesian news
//! writes it), or "Jae Myung" resolve to the one longer person name of the
//! corpus that contains them as a run of whole words.
//!
//! Only when that longer name is unique: "Lee" beside both "Lee Jae Myung" and
//! "Lee Nak Yon" stays its own entity. Places and organizations are not
//! shortened this way ("Jawa" is not "Jawa Timur").

use super::forms::Form;
use super::fxhash::FxHashMap;
use crate::extract::names::EntityKind;
use std::collections::BTreeMap;

/// Longer names are not indexed (their runs would grow quadratically).
const MAX_WORDS: usize = 8;
/// One-word runs shorter than this ("al", "bin", "Un") name no one.
const MIN_WORD_CHARS: usize = 3;

/// short form → the root of the longer name it abbreviates. `roots` is a
/// snapshot taken before any of these merges, so the decisions do not depend
/// on each other.
pub fn find(forms: &[Form], roots: &[usize], lex: &[Option<usize>]) -> BTreeMap<usize, usize> {
    let person = |f: &Form| f.kind() == EntityKind::Person;
    // Every run of whole words shorter than the name → the one root containing
    // it, or `None` once two roots do (ambiguous; further roots change nothing,
    // which keeps common runs like "Muhammad" cheap). Keys separate words by
    // one space, so a run is a slice of the key: no allocation per run.
    let mut runs: FxHashMap<&str, Option<usize>> =
        FxHashMap::with_capacity_and_hasher(forms.len(), Default::default());
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    for (i, f) in forms.iter().enumerate() {
        if !person(f) || f.words < 2 || f.words > MAX_WORDS {
            continue;
        }
        let key = f.key.as_str();
        bounds.clear();
        let mut at = 0;
        for w in key.split(' ') {
            bounds.push((at, at + w.len()));
            at += w.len() + 1;
        }
        for len in 1..bounds.len() {
            for start in 0..=bounds.len() - len {
                let (a, _) = bounds[start];
                let (_, b) = bounds[start + len - 1];
                if len == 1 && key[a..b].chars().count() < MIN_WORD_CHARS {
                    continue;
                }
                let slot = runs.entry(&key[a..b]).or_insert(Some(roots[i]));
                if *slot != Some(roots[i]) {
                    *slot = None;
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        // A name the lexicon knows is already resolved; a word in capitals
        // is an acronym ("PMI", "MLS"), not part of a person's name.
        if !person(f) || lex[i].is_some() || !f.surface.chars().any(char::is_lowercase) {
            continue;
        }
        if let Some(&Some(only)) = runs.get(f.key.as_str())
            && only != roots[i]
        {
            out.insert(i, only);
        }
    }
    out
}
