//! Short forms of person names: "Lavrov" (a surname, as international news
//! writes it), "Prabowo" or "Zulkifli" (a first name, as Indonesian news
//! writes it), or "Jong Un" resolve to the one longer person name of the
//! corpus that contains them as a run of whole words.
//!
//! Only when that longer name is unique: "Kim" beside both "Kim Jong Un" and
//! "Kim Yo Jong" stays its own entity. Places and organizations are not
//! shortened this way ("Jawa" is not "Jawa Timur").

use super::forms::Form;
use crate::extract::names::EntityKind;
use std::collections::{BTreeMap, HashMap};

/// Longer names are not indexed (their runs would grow quadratically).
const MAX_WORDS: usize = 8;
/// One-word runs shorter than this ("al", "bin", "Un") name no one.
const MIN_WORD_CHARS: usize = 3;

/// short form → the root of the longer name it abbreviates. `roots` is a
/// snapshot taken before any of these merges, so the decisions do not depend
/// on each other.
pub fn find(forms: &[Form], roots: &[usize], lex: &[Option<usize>]) -> BTreeMap<usize, usize> {
    let person = |f: &Form| f.kind() == EntityKind::Person;
    // Every run of whole words shorter than the name → the roots containing it.
    let mut runs: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        if !person(f) || f.words < 2 || f.words > MAX_WORDS {
            continue;
        }
        let words: Vec<&str> = f.key.split(' ').collect();
        for len in 1..words.len() {
            for start in 0..=words.len() - len {
                let run = words[start..start + len].join(" ");
                if len == 1 && run.chars().count() < MIN_WORD_CHARS {
                    continue;
                }
                let roots_of_run = runs.entry(run).or_default();
                if !roots_of_run.contains(&roots[i]) {
                    roots_of_run.push(roots[i]);
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        // A name the lexicon knows is already resolved.
        if !person(f) || lex[i].is_some() {
            continue;
        }
        let Some(cands) = runs.get(&f.key) else {
            continue;
        };
        if let [only] = cands[..]
            && only != roots[i]
        {
            out.insert(i, only);
        }
    }
    out
}
