//! Clitics: finds the stem of a word that carries the enclitics `-nya`, `-lah`,
//! `-kah`, `-pun` or the proclitics `ku-`, `kau-` (`dukungannya` → `dukungan`,
//! `itulah` → `itu`, `kubeli` → `beli`). It only marks the stem; the token stays
//! whole.
//!
//! Indonesian is full of words that merely end in these letters (`hanya`,
//! `sekolah`, `langkah`, `meskipun`) or start with them (`kuat`, `kunci`,
//! `kaum`): suffixes are stripped only from stems of at least three letters and
//! never from the words in `clitic_exceptions.txt`; prefixes only when the rest
//! is a root listed in `clitic_prefix_roots.txt`.

use super::lists::Lists;

/// Particles, stripped first (`rumahnyalah` → `rumahnya` → `rumah`).
const PARTICLES: [&str; 3] = ["lah", "kah", "pun"];
const NYA: &str = "nya";
/// Shortest stem (in chars) a glued enclitic may leave: `dianya`, not `punya`.
const MIN_STEM: usize = 3;

/// The stem of `word` as a byte range into it; `0..word.len()` when it has no clitic.
pub(crate) fn stem(word: &str, lists: &Lists) -> (usize, usize) {
    let b = word.as_bytes();
    if !maybe_clitic(b) {
        return (0, b.len());
    }
    let mut end = b.len();
    for group in [&PARTICLES[..], &[NYA][..]] {
        if let Some(e) = strip_suffix(word, end, group, lists) {
            end = e;
        }
    }
    let start = strip_prefix(word, end, lists);
    (start, end)
}

/// A cheap first look: only words ending in `-nya`, `-lah`, `-kah`, `-pun` or
/// starting with `ku` can carry a clitic.
pub(crate) fn maybe_clitic(b: &[u8]) -> bool {
    // Compared as integers: cheaper than building small arrays in the hot path.
    const fn key(s: &[u8; 3]) -> u32 {
        (s[0] as u32) << 16 | (s[1] as u32) << 8 | s[2] as u32
    }
    let n = b.len();
    if n < 4 {
        return false;
    }
    let low = |c: u8| u32::from(c | 0x20);
    // Every suffix ends in `a`, `h` or `n` and the prefixes start with `k`:
    // a word with neither is turned away by these two bytes.
    if !matches!(b[n - 1] | 0x20, b'a' | b'h' | b'n') && b[0] | 0x20 != b'k' {
        return false;
    }
    let tail = low(b[n - 3]) << 16 | low(b[n - 2]) << 8 | low(b[n - 1]);
    const SUFFIXES: [u32; 4] = [key(b"nya"), key(b"lah"), key(b"kah"), key(b"pun")];
    if SUFFIXES.contains(&tail) {
        return true;
    }
    low(b[0]) == u32::from(b'k')
        && (low(b[1]) == u32::from(b'u')
            || (low(b[1]) == u32::from(b'a') && low(b[2]) == u32::from(b'u')))
}

/// The new end of `word[..end]` once one of `suffixes` is removed, if any is a clitic.
fn strip_suffix(word: &str, end: usize, suffixes: &[&str], lists: &Lists) -> Option<usize> {
    let cand = &word[..end];
    let b = cand.as_bytes();
    for suf in suffixes {
        let n = suf.len();
        if b.len() <= n || !b[b.len() - n..].eq_ignore_ascii_case(suf.as_bytes()) {
            continue;
        }
        let stem = &cand[..end - n];
        // `APBD-nya`, `Covid-19-nya`: the hyphen says it is a clitic.
        if let Some(s) = stem.strip_suffix('-') {
            return (!s.is_empty()).then_some(s.len());
        }
        // In `anak-anaknya` the last part decides (`seolah-olah` has no clitic).
        let part = cand.rsplit('-').next().unwrap_or(cand);
        let part_stem = &part[..part.len() - n];
        // `part` is `cand` itself unless the word is hyphenated: look it up once.
        let plausible = part_stem.chars().count() >= MIN_STEM
            && stem.chars().next_back().is_some_and(char::is_alphabetic)
            && !lists.is_clitic_exception(cand)
            && (part.len() == cand.len() || !lists.is_clitic_exception(part))
            && !arabic_name(cand);
        return plausible.then_some(stem.len());
    }
    None
}

/// Capitalized words in `-llah` are names (Abdullah, Hizbullah), not `X + lah`.
fn arabic_name(cand: &str) -> bool {
    cand.chars().next().is_some_and(char::is_uppercase)
        && cand.len() > 4
        && cand.as_bytes()[cand.len() - 4..].eq_ignore_ascii_case(b"llah")
}

/// Where the stem starts once `ku-`/`kau-` is removed, if the rest is a known root.
fn strip_prefix(word: &str, end: usize, lists: &Lists) -> usize {
    let b = &word.as_bytes()[..end];
    for pre in ["kau", "ku"] {
        let n = pre.len();
        if b.len() <= n || !b[..n].eq_ignore_ascii_case(pre.as_bytes()) {
            continue;
        }
        let rest = &word[n..end];
        let root = [Some(rest), rest.strip_suffix("kan"), rest.strip_suffix('i')];
        if root.into_iter().flatten().any(|r| lists.is_prefix_root(r)) {
            return n;
        }
        return 0;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::lists::LISTS;

    fn stem_of(w: &str) -> &str {
        let (s, e) = stem(w, &LISTS);
        &w[s..e]
    }

    /// [`maybe_clitic`] without its two-byte filter.
    fn maybe_clitic_unfiltered(b: &[u8]) -> bool {
        let low = |c: u8| c | 0x20;
        let n = b.len();
        n >= 4
            && ([b"nya", b"lah", b"kah", b"pun"]
                .iter()
                .any(|s| [low(b[n - 3]), low(b[n - 2]), low(b[n - 1])] == **s)
                || (low(b[0]) == b'k'
                    && (low(b[1]) == b'u' || (low(b[1]) == b'a' && low(b[2]) == b'u'))))
    }

    proptest::proptest! {
        #[test]
        fn maybe_clitic_filter_changes_nothing(w in "[a-zA-Z@`NKHP-]{0,9}") {
            proptest::prop_assert_eq!(maybe_clitic(w.as_bytes()), maybe_clitic_unfiltered(w.as_bytes()));
        }
    }

    #[test]
    fn clitic_table() {
        let rows = [
            // -nya on nouns and verbs
            ("dukungannya", "dukungan"),
            ("menyetujuinya", "menyetujui"),
            ("katanya", "kata"),
            ("faktanya", "fakta"),
            ("Inikah", "Ini"),
            ("bisalah", "bisa"),
            ("malampun", "malam"),
            ("anak-anaknya", "anak-anak"),
            ("satu-satunya", "satu-satu"),
            ("seolah-olah", "seolah-olah"),
            ("masalah-masalah", "masalah-masalah"),
            ("sebelumnya", "sebelumnya"),
            ("ialah", "ialah"),
            ("APBD-nya", "APBD"),
            ("Covid-19-nya", "Covid-19"),
            // particles, alone and stacked on -nya
            ("itulah", "itu"),
            ("Inilah", "Ini"),
            ("apakah", "apa"),
            ("bukankah", "bukan"),
            ("diapun", "dia"),
            ("rumahnyalah", "rumah"),
            ("hanyalah", "hanya"),
            ("setelahnya", "setelah"),
            ("sekolahnya", "sekolah"),
            // lexicalized words and short stems are not clitic forms
            ("punya", "punya"),
            ("hanya", "hanya"),
            ("bertanya", "bertanya"),
            ("nyanya", "nyanya"),
            ("Kenya", "Kenya"),
            ("adalah", "adalah"),
            ("setelah", "setelah"),
            ("sekolah", "sekolah"),
            ("masalah", "masalah"),
            ("sejumlah", "sejumlah"),
            ("melangkah", "melangkah"),
            ("menikah", "menikah"),
            ("meskipun", "meskipun"),
            ("dihimpun", "dihimpun"),
            ("Abdullah", "Abdullah"),
            ("Hizbullah", "Hizbullah"),
            ("alhamdulillah", "alhamdulillah"),
            // proclitics only before known roots
            ("kubeli", "beli"),
            ("kulihat", "lihat"),
            ("kuberikan", "berikan"),
            ("kaulakukan", "lakukan"),
            ("kuakui", "akui"),
            ("kaulah", "kau"),
            ("kuliah", "kuliah"),
            ("kunci", "kunci"),
            ("kuat", "kuat"),
            ("kaum", "kaum"),
            ("kau", "kau"),
            ("kurang", "kurang"),
            ("kuartal", "kuartal"),
        ];
        for (word, want) in rows {
            assert_eq!(stem_of(word), want, "{word}");
        }
    }
}
