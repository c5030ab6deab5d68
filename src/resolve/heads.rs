//! Institutions written with a shortened head: "Polda Riau" and "Kepolisian
//! Daerah Riau", "Pemprov Jawa Barat" and "Pemerintah Provinsi Jawa Barat".
//!
//! The heads are the data of `src/data/resolve_heads.txt`. A form merges with
//! another only when both are organizations, the short head opens one, the
//! long head opens the other and the rest of the two names has one key
//! ("Polda Riau" never merges with "Kepolisian Daerah Jambi", nor "Polda" alone
//! with anything). It merges nothing else.

use super::forms::Form;
use super::fxhash::FxHashMap;
use super::key::key;
use crate::extract::names::EntityKind;
use std::sync::LazyLock;

const FILE: &str = "resolve_heads.txt";
const SRC: &str = include_str!("../data/resolve_heads.txt");

/// Short head key → long head key ("polda" → "kepolisian daerah").
static HEADS: LazyLock<FxHashMap<String, String>> = LazyLock::new(|| {
    crate::data::lines(FILE, SRC)
        .filter_map(|l| {
            let mut f = l.fields();
            Some((key(f.next()?), key(f.next()?)))
        })
        .collect()
});

/// `(short, long)` form pairs to merge.
pub fn find(forms: &[Form<'_>]) -> Vec<(usize, usize)> {
    let org = |f: &Form<'_>| f.kind() == EntityKind::Organization;
    // The key a short-headed form has once its head is written out.
    let mut written_out: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate().filter(|(_, f)| org(f)) {
        let Some((head, rest)) = f.key.split_once(' ') else {
            continue;
        };
        if let Some(long) = HEADS.get(head) {
            written_out
                .entry(format!("{long} {rest}"))
                .or_default()
                .push(i);
        }
    }
    if written_out.is_empty() {
        return Vec::new();
    }
    let mut pairs = Vec::new();
    for (i, f) in forms.iter().enumerate().filter(|(_, f)| org(f)) {
        if let Some(shorts) = written_out.get(f.key.as_str()) {
            pairs.extend(shorts.iter().map(|&s| (s, i)));
        }
    }
    pairs.sort_unstable();
    pairs
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_file_is_clean() {
        let problems = crate::data::check_hygiene(super::FILE, super::SRC);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            super::HEADS.get("polda").map(String::as_str),
            Some("kepolisian daerah")
        );
    }
}
