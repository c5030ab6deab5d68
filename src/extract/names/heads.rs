//! Heads of police units and of administrative places, written before the
//! name of their unit or place and then a person's name:
//!
//! - "Kapolres Metro Jakarta Pusat Kombes Susatyo": "Metro" belongs to the
//!   unit's name (`police_units.txt`), it is no person; "Polres Metro" +
//!   "Bekasi" is one organization.
//! - "Kepala Desa Sukaluyu Asep Sunandar", "Camat Cibeber Dedi Supriadi":
//!   after a place head's title (`place_heads.txt`) an unknown run of three
//!   to five capitalized words is the place, then a person of two or three
//!   words (the usual lengths of village names and of Indonesian names).
//!
//! It reads one sentence; names the lexicon knows are left alone.

use super::EntityKind::{Organization, Person, Place};
use super::cues::{CUES, class};
use super::fx::{FxSet, HashTable, hash_str};
use super::rules::{Cand, sort_spans};
use super::view::{Shape, View};
use std::sync::LazyLock;

const UNITS_SRC: &str = include_str!("../../data/names/police_units.txt");
const HEADS_SRC: &str = include_str!("../../data/names/place_heads.txt");

static UNITS: LazyLock<FxSet<String>> = LazyLock::new(|| set("police_units.txt", UNITS_SRC));
static HEADS: LazyLock<FxSet<String>> = LazyLock::new(|| set("place_heads.txt", HEADS_SRC));
/// The last words of [`HEADS`]: a span whose previous word is none of them
/// follows no head's title, without joining any phrase.
static HEAD_ENDS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    HEADS
        .iter()
        .filter_map(|h| h.rsplit(' ').next())
        .map(str::to_string)
        .collect()
});

/// [`hash_str`] of the words [`heads`] looks for before any text: the
/// last words of [`HEADS`] ([`HEAD_END`]), "metro" ([`METRO`]) and
/// "kepala" ([`KEPALA`]). A token whose hash ([`View::hash`]) is not here
/// is none of them; one that is still has its text compared (a hash may
/// collide).
static TRIGGERS: LazyLock<HashTable> = LazyLock::new(|| {
    // Equal keys share a slot, their bits or-ed.
    HashTable::new(
        HEAD_ENDS
            .iter()
            .map(|w| (hash_str(w), HEAD_END))
            .chain([(hash_str("metro"), METRO), (hash_str("kepala"), KEPALA)]),
    )
});

const HEAD_END: u16 = 1;
const METRO: u16 = 2;
const KEPALA: u16 = 4;

/// Might token `i` be one of the words of `bit` ([`TRIGGERS`])?
#[inline]
fn may_be(t: &HashTable, v: &View, i: usize, bit: u16) -> bool {
    t.get(v.hash[i]) & bit != 0
}

/// The words of [`TRIGGERS`]: each is flagged [`class::HEAD_TRIGGER`] in
/// the list flags, whose table is keyed by the same hash.
pub(super) fn trigger_words() -> impl Iterator<Item = &'static str> {
    HEAD_ENDS
        .iter()
        .map(String::as_str)
        .chain(["metro", "kepala"])
}

fn set(file: &str, src: &str) -> FxSet<String> {
    crate::data::lines(file, src)
        .map(|l| l.text.to_lowercase())
        .collect()
}

/// A police unit ("polres") or its head or deputy ("kapolres", "wakapolda");
/// true for the head forms in `.1`.
fn police_word(w: &str) -> Option<bool> {
    if UNITS.contains(w) {
        return Some(false);
    }
    let base = w.strip_prefix("waka").or_else(|| w.strip_prefix("ka"))?;
    UNITS.contains(base).then_some(true)
}

/// "Metro" at token `i` right after a police word and before a capitalized
/// word: part of the unit's name.
fn unit_metro(t: &HashTable, v: &View, i: usize) -> Option<bool> {
    if i == 0 || i + 1 >= v.len() || !may_be(t, v, i, METRO) || v.lower(i) != "metro" {
        return None;
    }
    if !matches!(v.shape[i + 1], Shape::Cap | Shape::Upper) {
        return None;
    }
    police_word(v.lower(i - 1))
}

/// Both rules, in order; keeps `cands` sorted.
///
/// Each rule acts only on a span with a trigger word at its edge: "metro"
/// as its first or last word (`police_metro`), a head's title or "kepala"
/// right before it (`place_heads`). One walk over the spans probes those
/// edge words once; a sentence where no span has one (nearly all) skips
/// both rules, which would each walk the spans and change nothing.
pub fn heads(v: &View, cands: &mut Vec<Cand>) {
    // Looked up once: the words are tested a few times per span.
    let t: &HashTable = &TRIGGERS;
    #[cfg(test)]
    let want = {
        let mut w = cands.clone();
        heads_all(t, v, &mut w);
        w
    };
    // The flags are those of the same hashes [`TRIGGERS`] holds, for every
    // token with a hash: no flag in the sentence, no trigger at any edge.
    if v.bits & class::HEAD_TRIGGER != 0 && cands.iter().any(|c| at_trigger(t, v, c)) {
        heads_all(t, v, cands);
    }
    #[cfg(test)]
    assert_eq!(*cands, want, "heads");
}

/// [`heads`] without the quick test (its oracle in tests).
fn heads_all(t: &HashTable, v: &View, cands: &mut Vec<Cand>) {
    police_metro(t, v, cands);
    place_heads(t, v, cands);
}

/// Does span `c` have a trigger word at its edge: "kepala" or a head's
/// title before it, "metro" as its first or last word? A span without
/// one is left alone by both rules of [`heads`] (`unit_metro` needs
/// "metro" at the span's first or last token, `place_heads` "kepala" or
/// a title's last word before the span), as are the spans around it.
fn at_trigger(t: &HashTable, v: &View, c: &Cand) -> bool {
    let bits = |i: usize| v.hash.get(i).map_or(0, |&h| t.get(h));
    (c.a > 0 && bits(c.a - 1) & (KEPALA | HEAD_END) != 0)
        || (bits(c.a) | c.b.checked_sub(1).map_or(0, bits)) & METRO != 0
}

fn police_metro(t: &HashTable, v: &View, cands: &mut Vec<Cand>) {
    let mut changed = false;
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k];
        // "Kapolres" + "Metro …": the head's title holds the unit's name.
        // What is left is the unit's place ("Kapolda Metro Jaya", "Kapolres
        // Metro Bekasi") unless a rank or title word opens a person after
        // it ("… Metro Bekasi Kombes Twedi …"): a place of one or two words
        // with no such word is dropped with "Metro".
        if unit_metro(t, v, c.a) == Some(true) && c.lex.is_none() {
            let rest = c.a + 1..c.b;
            if rest.len() <= 2 && !rest.clone().any(|i| v.has(i, class::TITLE_WORD)) {
                cands.remove(k);
                changed = true;
                continue;
            }
            if c.b - c.a > 1 {
                cands[k].a += 1;
            } else {
                cands.remove(k);
                continue;
            }
            changed = true;
        }
        // "Polres Metro" + "Bekasi": one organization.
        let c = cands[k];
        if c.b >= 2
            && c.kind == Organization
            && c.b - c.a >= 2
            && unit_metro(t, v, c.b - 1) == Some(false)
            && cands
                .get(k + 1)
                .is_some_and(|d| d.a == c.b && d.kind == Place)
        {
            cands[k].b = cands[k + 1].b;
            cands[k].lex = None;
            cands.remove(k + 1);
            changed = true;
        }
        k += 1;
    }
    if changed {
        sort_spans(cands);
    }
}

/// The end of a place head's title ending right before token `a`
/// ("Camat" | "Cibeber …"), or `None`.
fn head_before(t: &HashTable, v: &View, a: usize) -> bool {
    a >= 1
        && may_be(t, v, a - 1, HEAD_END)
        && HEAD_ENDS.contains(v.lower(a - 1))
        && (1..=3).any(|m| a >= m && v.is_phrase(a - m, a, &HEADS))
}

fn place_heads(t: &HashTable, v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    let mut add = Vec::new();
    while k < cands.len() {
        let c = cands[k];
        // "Kepala" + "Desa Sukaluyu …": the region noun went into the span.
        let noun_in = c.a > 0
            && may_be(t, v, c.a - 1, KEPALA)
            && v.lower(c.a - 1) == "kepala"
            && CUES.region_nouns.contains(v.lower(c.a));
        let start = if noun_in { c.a + 1 } else { c.a };
        if c.kind == Organization || !(noun_in || head_before(t, v, c.a)) {
            k += 1;
            continue;
        }
        // The run of adjacent spans the tagger made of it.
        let mut last = k;
        while last + 1 < cands.len()
            && cands[last + 1].a == cands[last].b
            && cands[last + 1].kind != Organization
        {
            last += 1;
        }
        let end = cands[last].b;
        let m = end.saturating_sub(start);
        let plain = (start..end).all(|i| v.shape[i] == Shape::Cap && v.lex[i].is_none())
            && cands[k..=last].iter().all(|d| d.lex.is_none());
        if !(3..=5).contains(&m) || !plain {
            k += 1;
            continue;
        }
        let place_words = if m == 5 { 2 } else { m - 2 };
        let cut = start + place_words;
        cands.drain(k..=last);
        add.push(Cand {
            a: c.a,
            b: cut,
            kind: Place,
            lex: None,
        });
        add.push(Cand {
            a: cut,
            b: end,
            kind: Person,
            lex: None,
        });
    }
    if !add.is_empty() {
        cands.extend(add);
        sort_spans(cands);
    }
}

#[cfg(test)]
mod tests {
    /// The hash gate lets through every word it guards: each trigger
    /// word, as the view hashes it, is found with its bit; other words
    /// seldom are.
    #[test]
    fn triggers_hold_every_word_they_gate() {
        use super::*;
        let text = "Kepala Desa Camat Lurah Bupati Metro metro kepala Wali Kota Jakarta dan";
        let seg = crate::token::segment(text);
        let lex = crate::lexicon::Lexicon::builtin();
        let mut v = View::default();
        v.fill(text, &seg.tokens, &lex);
        let mut heads = 0;
        for i in 0..v.len() {
            let w = v.lower(i);
            assert_eq!(v.hash[i], hash_str(w), "{w}");
            assert!(
                !HEAD_ENDS.contains(w) || may_be(&TRIGGERS, &v, i, HEAD_END),
                "{w}"
            );
            heads += usize::from(HEAD_ENDS.contains(w));
            assert!(w != "metro" || may_be(&TRIGGERS, &v, i, METRO), "{w}");
            assert!(w != "kepala" || may_be(&TRIGGERS, &v, i, KEPALA), "{w}");
        }
        assert!(heads >= 3, "{heads}");
        for w in HEAD_ENDS.iter() {
            assert_ne!(TRIGGERS.get(hash_str(w)) & HEAD_END, 0, "{w}");
        }
        assert!(!may_be(
            &TRIGGERS,
            &v,
            v.len() - 1,
            HEAD_END | METRO | KEPALA
        ));
    }

    /// The sentence's flag gate: every word of [`TRIGGERS`] carries
    /// `HEAD_TRIGGER` under the same hash, so a sentence whose union of
    /// flags lacks it has no trigger at any span's edge; the flag is set
    /// exactly in the sentences holding such a word near a capitalized one.
    #[test]
    fn head_trigger_flag_marks_the_sentences_of_the_triggers() {
        use super::*;
        let table = super::super::cues::class_table();
        for w in trigger_words() {
            let h = hash_str(w);
            assert!(h > 1, "{w}");
            assert_ne!(table.get(h) & class::HEAD_TRIGGER, 0, "{w}");
            assert_ne!(TRIGGERS.get(h), 0, "{w}");
        }
        let lex = crate::lexicon::Lexicon::builtin();
        for (text, flagged) in [
            (
                "Kepala Desa Sukaluyu Asep Sunandar menyebut korban meninggal.",
                true,
            ),
            (
                "Kapolres Metro Bekasi Kombes Twedi Aditya Bennyahdi menyebut arus normal.",
                true,
            ),
            (
                "Camat Cibeber Dedi Supriadi mengatakan warga mengungsi.",
                true,
            ),
            (
                "Warga kepala batu itu bertemu Joko Widodo di Jakarta.",
                true,
            ),
            (
                "Presiden Joko Widodo meresmikan jalan tol di Semarang.",
                false,
            ),
            ("Harga beras naik 5 persen di pasar tradisional.", false),
            ("Menurut Bupati, banjir surut.", true),
        ] {
            let seg = crate::token::segment(text);
            let mut v = View::default();
            v.fill(text, &seg.tokens, &lex);
            assert_eq!(v.bits & class::HEAD_TRIGGER != 0, flagged, "{text}");
            let near = (0..v.len()).any(|i| TRIGGERS.get(v.hash[i]) != 0 && v.hash[i] != 0);
            assert_eq!(near, flagged, "{text}");
        }
    }

    use super::super::EntityKind::{Organization as O, Person as P, Place as L};
    use super::super::tests::check_rows;

    #[test]
    fn data_files_are_clean() {
        for (f, s) in [
            ("police_units.txt", super::UNITS_SRC),
            ("place_heads.txt", super::HEADS_SRC),
        ] {
            assert!(crate::data::check_hygiene(f, s).is_empty(), "{f}");
        }
    }

    #[test]
    fn police_unit_metro_is_not_a_person() {
        check_rows(&[
            (
                "Kapolres Metro Jakarta Pusat Kombes Susatyo Purnomo Condro mengatakan massa membubarkan diri.",
                &[(P, "Susatyo Purnomo Condro")],
                &["Metro"],
            ),
            (
                "Sementara itu Kapolres Metro Bekasi Kombes Twedi Aditya Bennyahdi menyebut arus lalu lintas normal.",
                &[(P, "Twedi Aditya Bennyahdi")],
                &["Metro"],
            ),
            (
                "Kapolres Metro Tangerang Kota Kombes Zain Dwi Nugroho menyebut pelaku ditangkap di Cipondoh.",
                &[(P, "Zain Dwi Nugroho")],
                &["Metro"],
            ),
            (
                "Penghargaan itu diberikan Kapolda Metro Jaya kepada anggota patroli pengawalan.",
                &[],
                &["Jaya", "Metro Jaya", "Metro"],
            ),
            (
                "Laporan itu sudah diterima Kapolres Metro Jakarta Barat, kata kuasa hukum korban.",
                &[],
                &["Metro Jakarta Barat", "Metro"],
            ),
            (
                "Polres Metro Bekasi menangkap dua pelaku pencurian sepeda motor.",
                &[(O, "Polres Metro Bekasi")],
                &["Metro", "Polres Metro"],
            ),
        ]);
    }

    #[test]
    fn place_head_title_splits_place_and_person() {
        check_rows(&[
            (
                "Kepala Desa Sukaluyu Asep Sunandar menyebut korban meninggal dunia mencapai 13 orang.",
                &[(P, "Asep Sunandar"), (L, "Desa Sukaluyu")],
                &["Desa Sukaluyu Asep Sunandar"],
            ),
            (
                "Camat Cibeber Dedi Supriadi mengatakan ratusan warga mengungsi ke masjid.",
                &[(P, "Dedi Supriadi"), (L, "Cibeber")],
                &["Cibeber Dedi Supriadi"],
            ),
            (
                "Lurah Kebon Kacang Slamet Riyadi membenarkan kebakaran itu.",
                &[(P, "Slamet Riyadi"), (L, "Kebon Kacang")],
                &["Kebon Kacang Slamet Riyadi"],
            ),
            (
                "Kepala Desa Banjarsari Ujang Rahmat mengatakan jembatan gantung putus diterjang banjir.",
                &[(P, "Ujang Rahmat")],
                &["Desa Banjarsari Ujang", "Rahmat"],
            ),
            // Two words after the title: a bare name, left alone.
            (
                "Camat Dedi Supriadi meninjau lokasi banjir.",
                &[(P, "Dedi Supriadi")],
                &[],
            ),
        ]);
    }
}
