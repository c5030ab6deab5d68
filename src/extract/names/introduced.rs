//! Names an article introduces with a noun that gives their type
//! (`introducers.txt`): after "Kecamatan Pangalengan" or "KM Sinar Bahari"
//! the bare "Pangalengan" or "Sinar Bahari" of the same article is that place
//! or that ship, not a person.
//!
//! It only retypes persons whose text is exactly the introduced name; it
//! never looks at other articles.

use super::fx::FxMap;
use super::{Entity, EntityKind};
use std::sync::LazyLock;

const SRC: &str = include_str!("../../data/names/introducers.txt");

static INTRODUCERS: LazyLock<FxMap<String, EntityKind>> = LazyLock::new(|| {
    crate::data::lines("introducers.txt", SRC)
        .filter_map(|l| {
            let (noun, kind) = l.text.split_once(" | ")?;
            let kind = match kind.trim() {
                "place" => EntityKind::Place,
                "organization" => EntityKind::Organization,
                _ => return None,
            };
            Some((noun.trim().to_lowercase(), kind))
        })
        .collect()
});

/// For each first byte of an introducer, the set of its lengths (bit `len`;
/// longer introducers than 31 bytes set bit 31, never tested: a word of
/// more than 16 bytes takes the general path).
static INTRODUCER_SHAPES: LazyLock<[u32; 256]> = LazyLock::new(|| {
    let mut t = [0u32; 256];
    for w in INTRODUCERS.keys() {
        if let Some(&b) = w.as_bytes().first() {
            t[usize::from(b)] |= 1 << w.len().min(31);
        }
    }
    t
});

/// The introducer `word` is, in any case. Most words are short ASCII:
/// lowercased on the stack, no allocation per entity.
fn introducer(word: &str) -> Option<EntityKind> {
    let mut buf = [0u8; 16];
    if word.len() > buf.len() || !word.is_ascii() {
        return INTRODUCERS.get(word.to_lowercase().as_str()).copied();
    }
    // An ASCII word keeps its length and its first letter lowercased: most
    // words have no introducer of that length and first letter.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if INTRODUCER_SHAPES[usize::from(first)] & (1 << word.len()) == 0 {
        #[cfg(test)]
        assert!(!INTRODUCERS.contains_key(&word.to_ascii_lowercase()));
        return None;
    }
    for (d, s) in buf.iter_mut().zip(word.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    INTRODUCERS
        .get(std::str::from_utf8(&buf[..word.len()]).ok()?)
        .copied()
}

/// The introducer written right before `at` in capitals, bracketed or not
/// ("KM Sinar Bahari", "Kapal Motor (KM) Sinar Bahari"): only abbreviations
/// count there, as a lowercase noun may belong to a title ("kepala desa Asep").
fn abbreviation_before(text: &str, at: usize) -> Option<EntityKind> {
    let before = text.get(..at)?.trim_end();
    let before = before.strip_suffix(')').unwrap_or(before);
    // The run of ASCII capitals ending `before`: it starts after the last
    // byte that is none (the last byte of a char that is none).
    let start = before
        .bytes()
        .rposition(|c| !c.is_ascii_uppercase())
        .map_or(0, |i| i + 1);
    #[cfg(test)]
    assert_eq!(
        start,
        before
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_uppercase())
            .map_or(0, |(i, c)| i + c.len_utf8())
    );
    let word = &before[start..];
    if word.len() < 2 {
        return None;
    }
    introducer(word)
}

/// Retypes the bare mentions of introduced names (see the module doc).
pub fn retype(text: &str, ents: &mut [Entity]) {
    if !ents.iter().any(|e| e.kind == EntityKind::Person) {
        return;
    }
    let mut names: Vec<(&str, EntityKind)> = Vec::new();
    for e in ents.iter() {
        if e.kind == EntityKind::Person {
            if let Some(k) = abbreviation_before(text, e.start) {
                names.push((e.text.as_str(), k));
            }
            continue;
        }
        // The first space, as `split_once(' ')` finds it (a space byte is
        // always the space character).
        let Some(sp) = memchr::memchr(b' ', e.text.as_bytes()) else {
            continue;
        };
        let (noun, rest) = (&e.text[..sp], &e.text[sp + 1..]);
        if noun.len() > 16 {
            continue;
        }
        if let Some(k) = introducer(noun) {
            let rest = rest.trim();
            if !rest.is_empty() {
                names.push((rest, k));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let names: Vec<(String, EntityKind)> =
        names.into_iter().map(|(n, k)| (n.to_string(), k)).collect();
    for e in ents.iter_mut().filter(|e| e.kind == EntityKind::Person) {
        if let Some(&(_, k)) = names.iter().find(|(n, _)| *n == e.text) {
            e.kind = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::EntityKind::{Organization as O, Place as L};
    use super::super::tests::check_rows;

    #[test]
    fn data_file_is_clean() {
        assert!(crate::data::check_hygiene("introducers.txt", super::SRC).is_empty());
    }

    #[test]
    fn introduced_names_keep_their_type() {
        check_rows(&[
            (
                "Longsor terjadi di Desa Cibenda, Kecamatan Cipongkor, Kabupaten Bandung Barat. Bupati menyebut Cipongkor rawan longsor.",
                &[(L, "Kecamatan Cipongkor"), (L, "Cipongkor")],
                &[],
            ),
            (
                "Gempa merusak rumah di Kecamatan Cugenang, Kabupaten Cianjur. Warga Cugenang mengungsi ke tenda darurat.",
                &[(L, "Kecamatan Cugenang")],
                &[],
            ),
            (
                "KM Sinar Bahari tenggelam di perairan Selat Alas. Nakhoda menyebut Sinar Bahari kelebihan muatan.",
                &[(O, "KM Sinar Bahari")],
                &[],
            ),
        ]);
        for text in [
            "KM Sinar Bahari tenggelam di perairan Selat Alas. Nakhoda menyebut Sinar Bahari kelebihan muatan.",
            "Kapal Motor (KM) Sinar Bahari tenggelam di perairan Selat Alas, Nusa Tenggara Barat.",
            "Gempa merusak rumah di Kecamatan Cugenang, Kabupaten Cianjur. Warga Cugenang mengungsi ke tenda darurat.",
            "Longsor menimbun rumah di Kecamatan Pangalengan. Tim SAR menyisir Pangalengan sejak pagi.",
        ] {
            let got = super::super::tests::names(text);
            assert!(
                !got.iter()
                    .any(|(k, t)| *k == super::super::EntityKind::Person
                        && ["Sinar Bahari", "Cugenang", "Pangalengan"].contains(&t.as_str())),
                "{text}: {got:?}"
            );
        }
    }
}
