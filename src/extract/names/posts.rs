//! A post, its unit and its holder: "Direktur Jenderal Perhubungan Darat
//! Kemenhub Hendro Sugiatno", "Kepala Pelaksana Badan Penanggulangan Bencana
//! Daerah (BPBD) Kabupaten Banjar Warsita mengatakan". Rules that hold for any
//! Indonesian news text, run by `fixes::finish` on one sentence's spans:
//!
//! - after a title, the capitalized run up to the person who ends it is the
//!   post's unit: the unknown names the tagger found inside it that are no
//!   body ("Perhubungan Darat", "Pusat Penerangan") belong to the role and are
//!   dropped; the known bodies inside stay ("Kemenhub");
//! - a body's name closed by its acronym in brackets continues over the
//!   region after it ("Badan … Daerah (BPBD) Kabupaten Banjar");
//! - a region's name after a title and before a speech verb ends before a
//!   lone unknown word, which is the post holder ("… Kabupaten Banjar Warsita
//!   mengatakan").
//!
//! It never calls the tagger and never looks outside the sentence.

use super::EntityKind::{Organization, Person, Place};
use super::cues::{CUES, class};
use super::rules::Cand;
use super::view::{Shape, View};

/// Does a title entry end right before token `s` ("Kepala", "Direktur
/// Jenderal", "Kepala Pelaksana")?
pub fn title_ends_at(v: &View, s: usize) -> bool {
    s > 0
        && v.has(s - 1, class::TITLE_WORD)
        && (1..=CUES.title_max_words.min(s)).any(|m| v.is_title_phrase(s - m, s))
}

/// Is token `i` capitalized and the first word of a region's name ("Kabupaten")?
fn region_noun(v: &View, i: usize) -> bool {
    i < v.len() && v.shape[i] == Shape::Cap && CUES.region_nouns.contains(v.lower(i))
}

/// May token `i` be inside a post's unit (a capitalized word, a connector
/// between them, or the brackets of an acronym)?
fn unit_token(v: &View, i: usize) -> bool {
    v.cand[i] || matches!(v.word(i), "(" | ")")
}

/// An unknown name inside a post's unit that names no body: a person, or a
/// multi-word organization that opens with no body's head and holds no
/// known body or acronym ("Pusat Penerangan").
fn unit_words(v: &View, c: &Cand) -> bool {
    if c.lex.is_some() || v.lex[c.a].is_some() {
        return false;
    }
    match c.kind {
        Person => true,
        // "Pusat Gempa Bumi dan Tsunami BMKG" names its body: it stays.
        Organization => {
            c.b - c.a >= 2
                && v.shape[c.a] == Shape::Cap
                && !super::rules::fixes::opens_name(v, c.a)
                && (c.a..c.b).all(|i| v.lex[i].is_none() && v.shape[i] != Shape::Upper)
        }
        Place => false,
    }
}

/// "(FPI)" at token `i`: an acronym in brackets.
fn acronym_at(v: &View, i: usize) -> bool {
    i + 2 < v.len()
        && v.word(i) == "("
        && v.word(i + 2) == ")"
        && matches!(v.shape[i + 1], Shape::Upper | Shape::Mixed)
}

/// [`units_all`] in a sentence that may hold a post: one needs a title
/// word ([`title_ends_at`]); elsewhere only the final sort is left.
pub fn units(v: &View, cands: &mut Vec<Cand>) {
    if v.bits & class::TITLE_WORD == 0 {
        super::rules::sort_spans(cands);
    } else {
        units_all(v, cands);
    }
}

/// Drops the unit words between a title and the person ending the run after
/// it ("Direktur Jenderal [Perhubungan Darat] Kemenhub Hendro Sugiatno");
/// the known bodies inside them become names of their own.
pub fn units_all(v: &View, cands: &mut Vec<Cand>) {
    let mut k = cands.len();
    while k > 0 {
        k -= 1;
        let p = cands[k];
        if p.kind != Person || (p.b < v.len() && v.cand[p.b]) || title_ends_at(v, p.a) {
            continue;
        }
        // "…, Heru Pambudi": a comma may set the holder off. A person after
        // "dan" is a second person ("Menhan James Mattis dan Menlu Rex
        // Tillerson"), one in brackets an alias ("Muhaimin Iskandar (Cak Imin)").
        // The comma counts only after a body ("Kementerian Keuangan, Heru
        // Pambudi"), not between two persons ("aktor Will Smith, Jaden").
        let mut e = p.a;
        if e > 1
            && v.word(e - 1) == ","
            && (v.lex[e - 2].is_some_and(|(k, _)| k == Organization)
                || v.shape[e - 2] == Shape::Upper)
        {
            e -= 1;
        }
        if e == 0 || matches!(v.lower(e - 1), "dan" | "(") {
            continue;
        }
        // Back over the unit to the title that ends right before it; another
        // title on the way means another post ("… Mulyono, Kepala Staf …").
        const MAX_UNIT: usize = 12;
        let mut s = e;
        let mut post = false;
        let person_at = |i: usize| cands.iter().any(|c| c.a == i && c.kind == Person);
        while s > 0 && e - s < MAX_UNIT && unit_token(v, s - 1) {
            s -= 1;
            if title_ends_at(v, s) {
                post = true;
                break;
            }
            // "pimpinan KPK Bibit S Rianto dan Chandra M Hamzah": persons
            // joined by "dan" hold the post together.
            if v.is_title(s) || (v.lower(s) == "dan" && person_at(s + 1)) {
                break;
            }
        }
        if !post {
            continue;
        }
        let mut dropped = Vec::new();
        let mut j = 0;
        while j < k {
            let c = cands[j];
            // A person's name is a unit only when a body or another name
            // closes the unit after it ("… Darat Kemenhub", "Bina Marga
            // Kementerian PUPR"); otherwise it is the start of the holder's
            // name ("Chandra" + "M Hamzah", "Budi" Karya "Sumadi").
            let known = |i: usize| v.lex[i].is_some() || v.shape[i] == Shape::Upper;
            let closed = c.kind != Person
                || (c.b > c.a && known(c.b - 1))
                || (c.b..e).any(|i| {
                    known(i)
                        || cands
                            .iter()
                            .any(|d| *d != c && *d != p && d.a <= i && i < d.b)
                });
            if c.a >= s && c.b <= e && closed && unit_words(v, &c) {
                // "Imam Besar Front Pembela Islam (FPI) Rizieq Shihab": a name
                // with its acronym in brackets is a body.
                if acronym_at(v, c.b) {
                    cands[j].kind = Organization;
                    cands[j].b = c.b + 3;
                    cands[j].lex = None;
                    cands.retain(|x| !(x.a == c.b + 1 && x.b == c.b + 2));
                    k = cands.iter().position(|x| *x == p).unwrap_or(k);
                    j += 1;
                    continue;
                }
                dropped.push(c);
                cands.remove(j);
                k -= 1;
            } else {
                j += 1;
            }
        }
        // "Kemenhub" inside "Perhubungan Darat Kemenhub".
        for d in dropped {
            for &(a, b, idx) in &v.lex_spans {
                if d.a <= a && b <= d.b && v.lex_entries[idx].0 != Person {
                    cands.push(Cand {
                        a,
                        b,
                        kind: v.lex_entries[idx].0,
                        lex: Some(idx),
                    });
                }
            }
        }
    }
    super::rules::sort_spans(cands);
}

/// "Kabupaten Banjar Warsita mengatakan" after a title: the region's name
/// ends before the lone unknown word that the speech verb follows, and that
/// word is a person. The region needs a word of its own name in between.
pub fn region_holders(v: &View, cands: &mut Vec<Cand>) {
    const BACK: usize = 16;
    let n = v.len();
    let mut added = false;
    for k in 0..cands.len() {
        let c = cands[k];
        let w = c.b.wrapping_sub(1);
        if c.lex.is_some()
            || c.b - c.a < 2
            || c.b >= n
            || !v.has(c.b, class::SPEECH)
            || v.shape[w] != Shape::Cap
            || v.lex[w].is_some()
            || v.has(
                w,
                class::COMMON
                    | class::TAIL
                    | class::TITLE_WORD
                    | class::ORG_HEAD
                    | class::CALENDAR
                    | class::PLACE_NOUN,
            )
        {
            continue;
        }
        // The region noun opens the span, or (when the tagger took the region's
        // name and the holder for one person) stands free right before it.
        let free_before =
            c.a > 0 && region_noun(v, c.a - 1) && !cands.iter().any(|d| d.a < c.a && c.a - 1 < d.b);
        let r = if c.kind == Person {
            if !free_before {
                continue;
            }
            c.a - 1
        } else {
            match (c.a..w.saturating_sub(1))
                .rev()
                .find(|&r| region_noun(v, r))
            {
                Some(r) => r,
                None => continue,
            }
        };
        // The region's own name: capitalized words the lexicon may know.
        if r + 1 >= w || !(r + 1..w).all(|i| matches!(v.shape[i], Shape::Cap | Shape::Upper)) {
            continue;
        }
        let post = (c.a.saturating_sub(BACK)..c.a).any(|t| v.cand[t] && title_ends_at(v, t + 1));
        if !post {
            continue;
        }
        cands[k].b = w;
        cands[k].lex = None;
        if c.kind == Person {
            cands[k].a = r;
            cands[k].kind = Place;
        }
        cands.push(Cand {
            a: w,
            b: w + 1,
            kind: Person,
            lex: None,
        });
        added = true;
    }
    if added {
        super::rules::sort_spans(cands);
    }
}

/// Words that never end a facility's name.
const UNIT_STOP: u32 = class::COMMON
    | class::TITLE
    | class::CALENDAR
    | class::ORG_HEAD
    | class::PLACE
    | class::PLACE_NOUN
    | class::FACILITY;

/// "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar": a body
/// closed by its acronym in brackets takes the region right after it. A
/// regional body ("… Daerah (BPBD)", "Kepolisian Daerah (Polda)") also takes
/// a known place written without its region noun ("(BPBD) Flores Timur"), and
/// so does a body whose short form is a word ("(Pemkot) Palembang").
/// A facility closed so takes its own name ("Gerbang Tol (GT) Cikampek").
pub fn bracket_regions(v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k + 1 < cands.len() {
        let (c, d) = (cands[k], cands[k + 1]);
        let closed =
            c.kind != Person && c.b - c.a >= 4 && v.word(c.b - 1) == ")" && v.word(c.b - 3) == "(";
        let region = || {
            (region_noun(v, d.a) && d.b - d.a >= 2)
                || ((v.lower(c.b - 4) == "daerah" || v.shape[c.b - 2] == Shape::Cap)
                    && v.lex[d.a].is_some_and(|(kind, begins)| kind == Place && begins))
        };
        // "Gerbang Tol (GT) Cikampek Utama": a facility's own name follows.
        let facility = || {
            (d.kind == Place || (d.kind == Person && d.lex.is_none() && d.b - d.a == 1))
                && (1..=2).any(|m| c.a + m < c.b && v.is_phrase(c.a, c.a + m, &CUES.facility_heads))
        };
        // "(Dinkes) Provinsi Lampung" with the region noun left out of the place.
        let bare_noun =
            || c.kind == Organization && d.kind == Place && d.a == c.b + 1 && region_noun(v, c.b);
        let by_facility = closed && d.a == c.b && facility();
        if closed
            && ((d.a == c.b && c.kind == Organization && d.kind == Place && region())
                || by_facility
                || bare_noun())
        {
            let mut b = d.b;
            // "… Cikampek Utama": a capitalized word no span holds ends the
            // facility's name.
            let next = cands.get(k + 2).map_or(v.len(), |x| x.a);
            while by_facility && b < next && v.shape[b] == Shape::Cap && !v.has(b, UNIT_STOP) {
                b += 1;
            }
            cands[k].b = b;
            cands[k].lex = None;
            cands.remove(k + 1);
        }
        k += 1;
    }
}

/// "BPBD Riau", "DPRD Pekanbaru": a body with a branch in every region
/// (`regional_bodies.txt`) read alone, right before a place, takes the place
/// as its branch, so the same body is one name in every article whatever the
/// tagger made of the words around it. The place must be a known one (or
/// open with a region noun), so "KPU Nomor …" stays apart.
pub fn regional_bodies(v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k + 1 < cands.len() {
        let (c, d) = (cands[k], cands[k + 1]);
        if c.kind == Organization
            && c.b - c.a == 1
            && d.kind == Place
            && d.a == c.b
            && CUES.regional_bodies.contains(v.lower(c.a))
            && (region_noun(v, d.a)
                || v.lex[d.a].is_some_and(|(kind, begins)| kind == Place && begins))
        {
            cands[k].b = d.b;
            cands[k].lex = None;
            cands.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::EntityKind::*;
    use crate::extract::names::tests::{Row, check_rows};

    #[test]
    fn posts_units_and_holders() {
        let rows: &[Row] = &[
            // The unit words after a post belong to the role.
            (
                "\"Izinnya sudah kedaluwarsa,\" kata Direktur Jenderal Perhubungan Darat Kemenhub Hendro Sugiatno di Jakarta.",
                &[(Person, "Hendro Sugiatno"), (Organization, "Kemenhub")],
                &["Perhubungan Darat Kemenhub", "Perhubungan Darat"],
            ),
            (
                "Direktur Jenderal Bina Marga Kementerian PUPR Hedy Rahadian mengatakan jalan tol itu siap dilalui.",
                &[
                    (Person, "Hedy Rahadian"),
                    (Organization, "Kementerian PUPR"),
                ],
                &["Bina Marga"],
            ),
            (
                "Kepala Pusat Penerangan Hukum Kejaksaan Agung Harli Siregar mengatakan tersangka ditahan.",
                &[(Person, "Harli Siregar"), (Organization, "Kejaksaan Agung")],
                &["Pusat Penerangan"],
            ),
            // A unit naming its body stays.
            (
                "Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono mengatakan, pusat gempa berada di darat.",
                &[
                    (Organization, "Pusat Gempa Bumi dan Tsunami BMKG"),
                    (Person, "Daryono"),
                ],
                &[],
            ),
            // A body opening with its head stays a body.
            (
                "Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi mengatakan korban sudah dirawat.",
                &[(Person, "Vini Adiani Dewi")],
                &["Kesehatan Jawa Barat Vini Adiani Dewi"],
            ),
            // Units set off by a comma; a "dan" inside the unit.
            (
                "Direktur Jenderal Bea dan Cukai Kementerian Keuangan, Heru Pambudi, mengatakan penerimaan naik.",
                &[(Person, "Heru Pambudi")],
                &["Bea"],
            ),
            (
                "Mereka di antaranya mantan Direktur Jenderal Kependudukan dan Pencatatan Sipil Kemendagri Irman.",
                &[],
                &["Kependudukan"],
            ),
            // Persons joined by "dan", in brackets, or after another title stay.
            (
                "Ia akan bertemu Menhan James Mattis dan Menlu Rex Tillerson di Washington.",
                &[(Person, "James Mattis"), (Person, "Rex Tillerson")],
                &[],
            ),
            (
                "Jemaah berzikir bersama Kapolri Jenderal Tito Karnavian dan Ustaz Arifin Ilham di Depok.",
                &[(Person, "Tito Karnavian"), (Person, "Arifin Ilham")],
                &[],
            ),
            (
                "Jaksa membacakan tuntutan bagi terdakwa Irman dan Sugiharto di Pengadilan Tipikor.",
                &[(Person, "Irman"), (Person, "Sugiharto")],
                &[],
            ),
            (
                "Hanif Dhakiri bertemu mantan Menteri Tenaga Kerja dan Transmigrasi Muhaimin Iskandar (Cak Imin) di Jakarta.",
                &[(Person, "Muhaimin Iskandar")],
                &[],
            ),
            (
                "Menteri Perhubungan Budi Karya Sumadi di Kulon Progo mengatakan kereta api siap.",
                &[(Person, "Budi")],
                &["Karya Sumadi", "Perhubungan"],
            ),
            // A name with its acronym in brackets inside the unit is a body.
            (
                "Massa menuntut polisi menangkap Imam Besar Front Pembela Islam (FPI) Rizieq Shihab.",
                &[
                    (Person, "Rizieq Shihab"),
                    (Organization, "Front Pembela Islam (FPI)"),
                ],
                &[],
            ),
            // A single-word holder after a body.
            (
                "Direktur Penyidikan Jampidsus Kuntadi mengatakan tersangka ditahan di Rutan Salemba.",
                &[(Person, "Kuntadi"), (Organization, "Jampidsus")],
                &[],
            ),
            // A region after a bracketed acronym is the body's; the lone word
            // before the speech verb is the holder.
            (
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar Warsita mengatakan, 3.200 warga mengungsi.",
                &[
                    (Person, "Warsita"),
                    (
                        Organization,
                        "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar",
                    ),
                ],
                &["Kabupaten Banjar Warsita"],
            ),
            (
                "Kepala Dinas Pendidikan (Disdik) Kota Bandung Hikmat mengatakan sekolah diliburkan.",
                &[(Person, "Hikmat")],
                &["Kota Bandung Hikmat"],
            ),
            // A regional body takes a known place without "Kabupaten".
            (
                "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Flores Timur Yohanes Boro mengatakan pengungsi bertambah.",
                &[
                    (Person, "Yohanes Boro"),
                    (
                        Organization,
                        "Badan Penanggulangan Bencana Daerah (BPBD) Flores Timur",
                    ),
                ],
                &[],
            ),
            // A regional body alone before a known place takes it as its branch.
            (
                "Sementara itu BPBD Riau mencatat luas lahan terbakar mencapai 1.200 hektare.",
                &[(Organization, "BPBD Riau")],
                &["BPBD", "Riau"],
            ),
            (
                "Organda menyampaikan keluhannya si DPRD Pekanbaru pasca insiden itu.",
                &[(Organization, "DPRD Pekanbaru")],
                &["Pekanbaru"],
            ),
            // Without a regional body the place stays apart.
            (
                "Sementara itu KPK Jakarta mencatat kenaikan laporan.",
                &[],
                &["KPK Jakarta"],
            ),
            // Without a post or a speech verb the region stays whole.
            (
                "Banjir melanda Kabupaten Hulu Sungai Tengah sejak Sabtu.",
                &[],
                &["Tengah"],
            ),
            (
                "Warga Kabupaten Tanah Laut mengatakan air sudah surut.",
                &[],
                &["Laut"],
            ),
        ];
        check_rows(rows);
    }
}
