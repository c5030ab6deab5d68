//! Acronyms introduced in the text: a long name followed by its short form in
//! parentheses ("Komisi Pemberantasan Korupsi (KPK)", "Kantor Berita Pusat
//! Korea (KCNA)"), or the reverse ("BMKG (Badan Meteorologi, Klimatologi, dan
//! Geofisika)"), links the two forms for the whole corpus.
//!
//! It does not invent acronyms from initials alone: the pair must be written
//! side by side in some article, and the short form must fit the long one.
//! Datelines ("Jakarta (ANTARA) -") and party labels after people ("Ahmad
//! Basarah (PDIP)") do not fit and are not linked.

use super::forms::{Form, NONE, Surfaces, normalize};
use crate::extract::names::EntityKind;
use crate::model::Article;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

/// The longest parenthesized text considered, in bytes.
const MAX_PAREN: usize = 120;

/// short form index → long form indices it was introduced after.
pub type Links = BTreeMap<usize, BTreeSet<usize>>;

/// Finds `name (SHORT)` and `SHORT (long name)` pairs in every article
/// (in parallel: each article is read on its own). `row(n)` gives the form
/// index of each name of article `n`.
pub fn find<'r>(
    articles: &[Article],
    row: &(dyn Fn(usize) -> &'r [usize] + Sync),
    surfaces: &Surfaces<'_>,
    forms: &[Form<'_>],
) -> Links {
    let pairs: Vec<(usize, usize)> = articles
        .par_iter()
        .enumerate()
        .flat_map_iter(|(n, a)| {
            a.names.iter().zip(row(n)).filter_map(|(e, &id)| {
                if id == NONE {
                    return None;
                }
                let inner = normalize(paren_after(&a.clean, e.end)?);
                let other = surfaces.get(&inner)?;
                let (long, short) = if inner.contains(' ') {
                    (other, id)
                } else {
                    (id, other)
                };
                (long != short && fits(forms[long].surface, forms[short].surface, e.kind))
                    .then_some((short, long))
            })
        })
        .collect();
    let mut links = Links::new();
    for (short, long) in pairs {
        links.entry(short).or_default().insert(long);
    }
    links
}

/// The text inside a parenthesis that opens right after `end` (after at most
/// one space) on the same line.
fn paren_after(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let rest = rest.strip_prefix('(')?;
    let limit = rest.len().min(MAX_PAREN);
    let close = rest.as_bytes()[..limit].iter().position(|&b| b == b')')?;
    let inner = &rest[..close];
    (!inner.contains(['(', '\n'])).then(|| inner.trim())
}

/// Whether `short` can abbreviate `long`. `kind` is the type the outer name
/// was tagged with.
pub fn fits(long: &str, short: &str, kind: EntityKind) -> bool {
    let words: Vec<&str> = long.split_whitespace().collect();
    let n = short.chars().count();
    if words.len() < 2 || short.contains(' ') || !(2..=12).contains(&n) {
        return false;
    }
    if !short.chars().next().is_some_and(char::is_uppercase)
        || !short.chars().all(char::is_alphanumeric)
    {
        return false;
    }
    let all_caps = short
        .chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit());
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    if initials == short {
        return true;
    }
    if kind == EntityKind::Person {
        // A label after a person is usually a party or a place, not a name.
        return false;
    }
    let lower_long: Vec<char> = long
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let lower_short: Vec<char> = short.chars().flat_map(char::to_lowercase).collect();
    if lower_long.first() == lower_short.first() && is_subsequence(&lower_short, &lower_long) {
        return true;
    }
    // International bodies keep their English acronym ("Organisasi Kesehatan
    // Dunia (WHO)"): accepted for organizations when written in capitals.
    kind == EntityKind::Organization && all_caps && n <= 6
}

fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut it = long.iter();
    short.iter().all(|c| it.any(|l| l == c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn fits_table() {
        let rows = [
            ("Komisi Pemberantasan Korupsi", "KPK", Organization, true),
            ("Badan Pusat Statistik", "BPS", Organization, true),
            (
                "Badan Meteorologi, Klimatologi, dan Geofisika",
                "BMKG",
                Organization,
                true,
            ),
            ("Kementerian Luar Negeri", "Kemlu", Organization, true),
            ("Jawa Barat", "Jabar", Place, true),
            ("Kantor Berita Pusat Korea", "KCNA", Organization, true),
            ("Organisasi Kesehatan Dunia", "WHO", Organization, true),
            ("Susilo Bambang Yudhoyono", "SBY", Person, true),
            // Party label after a person.
            ("Ahmad Basarah", "PDIP", Person, false),
            // Dateline: a place is not abbreviated by the agency.
            ("DKI Jakarta", "ANTARA", Place, false),
            // Company status, not an acronym.
            ("PT Pertamina", "Persero", Organization, false),
            // A single word has no acronym.
            ("Jakarta", "JKT", Place, false),
            ("Kementerian Keuangan", "kanan", Organization, false),
            ("Partai Golkar", "2024", Organization, false),
        ];
        for (long, short, kind, want) in rows {
            assert_eq!(fits(long, short, kind), want, "{long} ({short})");
        }
    }

    #[test]
    fn paren_after_table() {
        let t = "Komisi Pemberantasan Korupsi (KPK) menahan";
        assert_eq!(paren_after(t, 28), Some("KPK"));
        assert_eq!(paren_after(t, 27), None);
        assert_eq!(paren_after("X (tidak ditutup", 1), None);
        assert_eq!(paren_after("X (baris\nbaru)", 1), None);
        assert_eq!(paren_after("X", 5), None);
        assert_eq!(paren_after("Ké (A)", 2), None);
    }
}
