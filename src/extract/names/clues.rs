//! Context clues that settle what the tagger guesses, run by
//! `fixes::finish` on one sentence's spans:
//!
//! - initials after "berinisial" / "inisial" are a person, and so is each
//!   initial of a list that follows ("berinisial MA (29), IR (28) dan SU");
//! - a person span right after a word for a people or community is no person:
//!   the group itself ("suku Inka", "umat Hindu") is dropped, the home of the
//!   people ("warga Kalibaru", "Masyarakat Tokyo") is a place (`groups.txt`);
//! - between an office title and a comma before a person, the name is the
//!   body or place of the office, not a second person ("Pelatih Torino,
//!   Sinisa Mihajlovic", `offices.txt`).
//!
//! - a kilometre post ("KM 70") is a place, apart from the road around it
//!   (`road_posts.txt`); a road's name joins two places over a hyphen
//!   ("Tol Jakarta-Cikampek", `roads.txt`).
//!
//! - one word naming a field of study ("Ginekologi") is no person or place
//!   (`disciplines.txt`).
//!
//! It never looks outside the sentence (the article's later "JR" is
//! settled by `article`).

use super::EntityKind::{Organization, Person, Place};
use super::cues::{CUES, Group, class};
use super::rules::{Cand, sort_spans};
use super::view::{Shape, View};

/// Initials: one to four capitals ("JR", "S", "NMH").
fn initial(v: &View, i: usize) -> bool {
    i < v.len()
        && v.shape[i] == Shape::Upper
        && v.word(i).len() <= 4
        && v.word(i).bytes().all(|b| b.is_ascii_uppercase())
}

/// "pria berinisial JR (20)", "dua pelaku lain berinisial NMH dan SH".
pub fn initials(v: &View, cands: &mut Vec<Cand>) {
    let n = v.len();
    let mut changed = false;
    for i in 0..n {
        if !v.has(i, class::CLUE) || !CUES.initials.contains(v.lower(i)) {
            continue;
        }
        let mut j = i + 1;
        while initial(v, j) {
            cands.retain(|c| !(c.a <= j && j < c.b));
            cands.push(Cand {
                a: j,
                b: j + 1,
                kind: Person,
                lex: None,
            });
            changed = true;
            // An age in brackets, then a comma or "dan" before the next one.
            let mut k = j + 1;
            if k + 2 < n
                && v.word(k) == "("
                && v.shape[k + 1] == Shape::Digit
                && v.word(k + 2) == ")"
            {
                k += 3;
            }
            let sep = k;
            if k < n && v.word(k) == "," {
                k += 1;
            }
            if k < n && v.lower(k) == "dan" {
                k += 1;
            }
            if k == sep {
                break;
            }
            j = k;
        }
    }
    if changed {
        sort_spans(cands);
    }
}

/// The group word right before token `a` ("suku", "suku bangsa"), if any.
fn group_before(v: &View, a: usize) -> Option<Group> {
    let one = a
        .checked_sub(1)
        .filter(|&p| v.has(p, class::GROUP))
        .and_then(|p| CUES.groups.get(v.lower(p)));
    let two = (a >= 2 && v.has(a - 2, class::GROUP))
        .then(|| {
            let w = format!("{} {}", v.lower(a - 2), v.lower(a - 1));
            CUES.groups.get(&w)
        })
        .flatten();
    two.or(one).copied()
}

/// "suku Inka", "umat Kristiani", "warga Kalibaru", "Masyarakat Tokyo":
/// a person span after (or opening with) a group word.
pub fn groups(v: &View, cands: &mut Vec<Cand>) {
    cands.retain_mut(|c| {
        if c.kind != Person || c.lex.is_some() || v.lex[c.a].is_some() {
            return true;
        }
        let (group, a) = match group_before(v, c.a) {
            Some(g) => (g, c.a),
            None if c.b - c.a >= 2 => match group_before(v, c.a + 1) {
                Some(g) if v.has(c.a, class::GROUP) => (g, c.a + 1),
                _ => return true,
            },
            None => return true,
        };
        // "Suku Dinas Pemadam Kebakaran" is a Jakarta agency, no people.
        if v.has(a, class::ORG_HEAD) || v.lex[a].is_some() {
            return true;
        }
        match group {
            Group::People => false,
            Group::Home => {
                c.a = a;
                c.kind = Place;
                true
            }
            Group::Body => {
                c.a = a;
                c.kind = Organization;
                true
            }
        }
    });
}

/// "KM 70 Tol Jakarta-Cikampek", "di KM 51": a kilometre post and its
/// number are a place of their own, and the road after it is a place too.
/// A post inside a name ("Posko Terpadu KM 29") stays in it.
pub fn road_posts(v: &View, cands: &mut Vec<Cand>) {
    let n = v.len();
    let mut changed = false;
    for i in 0..n.saturating_sub(1) {
        if !(v.has(i, class::CLUE)
            && matches!(v.shape[i], Shape::Upper | Shape::Cap)
            && CUES.road_posts.contains(v.lower(i))
            && v.shape[i + 1] == Shape::Digit)
        {
            continue;
        }
        let (p, e) = (i, i + 2);
        // Inside a name the post is part of it ("Posko Terpadu KM 29",
        // "Rest Area KM 57"): left alone.
        if cands.iter().any(|c| c.a < p && p < c.b) {
            continue;
        }
        let mut pieces = Vec::new();
        cands.retain(|c| {
            if c.b <= p || e <= c.a {
                return true;
            }
            if e < c.b && matches!(v.shape[e], Shape::Cap | Shape::Upper) {
                pieces.push(Cand {
                    a: e,
                    b: c.b,
                    kind: Place,
                    lex: None,
                });
            }
            false
        });
        pieces.push(Cand {
            a: p,
            b: e,
            kind: Place,
            lex: None,
        });
        cands.append(&mut pieces);
        changed = true;
    }
    if changed {
        sort_spans(cands);
    }
}

/// "Tol Jakarta-Cikampek": a road's name joins the place after a hyphen
/// written without spaces (a bare "Jakarta-Bandung" stays two places).
pub fn roads(v: &View, cands: &mut Vec<Cand>) {
    let n = v.len();
    let mut k = 0;
    while k + 1 < cands.len() {
        let (c, d) = (cands[k], cands[k + 1]);
        let h = c.b;
        if c.kind == Place
            && v.has(c.a, class::GROUP)
            && CUES.roads.contains(v.lower(c.a))
            && h + 1 < n
            && d.a == h + 1
            && d.kind == Place
            && v.word(h) == "-"
            && v.toks[h - 1].end == v.toks[h].start
            && v.toks[h].end == v.toks[h + 1].start
        {
            cands[k].b = d.b;
            cands[k].lex = None;
            cands.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// "Obstetri dan Ginekologi dari Rumah Sakit …", "Badan Meteorologi,
/// Klimatologi dan Geofisika": one unknown word naming a field of study
/// (`disciplines.txt`) is no person or place by itself.
#[inline]
pub fn discipline(v: &View, c: &Cand) -> bool {
    const MIN_LEN: usize = 7;
    if c.b - c.a != 1
        || c.kind == Organization
        || c.lex.is_some()
        || v.lex[c.a].is_some()
        || v.shape[c.a] != Shape::Cap
        || v.toks[c.a].end - v.toks[c.a].start < MIN_LEN
    {
        return false;
    }
    let w = v.lower(c.a);
    // Every ending is "…i": one byte rejects most words.
    w.len() >= MIN_LEN
        && w.ends_with('i')
        && CUES.disciplines.iter().any(|e| w.ends_with(e.as_str()))
}

/// The office title (from `offices.txt`) that ends right before token `a`.
fn office_before(v: &View, a: usize) -> bool {
    (1..=CUES.title_max_words.min(a))
        .rev()
        .find(|&m| v.is_title_phrase(a - m, a))
        .is_some_and(|m| v.is_phrase(a - m, a, &CUES.offices))
}

/// "Wakil Presiden Boca, Horacio Paolini", "pelatih Lakers, Luke Walton":
/// the name between an office title and the comma before a person is the
/// office's body. Not in a list of people ("pemain Andik, Evan Dimas, dan
/// Ilham"), nor a name the lexicon knows as a person.
pub fn offices(v: &View, cands: &mut [Cand]) {
    let n = v.len();
    for k in 0..cands.len() {
        let c = cands[k];
        let Some(next) = cands.get(k + 1) else {
            continue;
        };
        if c.kind != Person
            || next.kind != Person
            || next.a != c.b + 1
            || c.lex.is_some()
            || v.lex[c.a].is_some()
            || v.word(c.b) != ","
            || !office_before(v, c.a)
        {
            continue;
        }
        // A list goes on after the second name: ", Evan Dimas, dan Ilham".
        let mut e = next.b;
        while e < n && (v.word(e) == "," || v.lower(e) == "dan") {
            e += 1;
        }
        let list = e > next.b && cands.iter().any(|x| x.a == e && x.kind == Person);
        if !list {
            cands[k].kind = Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::names::EntityKind::*;
    use crate::extract::names::tests::{Row, check_rows};

    #[test]
    fn initials_are_persons() {
        let rows: &[Row] = &[
            (
                "Polisi menangkap pria berinisial JR (20) di rumahnya di Bekasi.",
                &[(Person, "JR")],
                &[],
            ),
            (
                "Tujuh pelaku yang diamankan berinisial MA (29), IR (28), MU (40), dan SU (31).",
                &[
                    (Person, "MA"),
                    (Person, "IR"),
                    (Person, "MU"),
                    (Person, "SU"),
                ],
                &[],
            ),
            (
                "Dua pelaku lain berinisial NMH dan SH ditangkap pada Minggu (6/8).",
                &[(Person, "NMH"), (Person, "SH")],
                &[],
            ),
            (
                "KPK juga menyebut satu orang berinisial FA sebagai perantara suap.",
                &[(Person, "FA"), (Organization, "KPK")],
                &[],
            ),
            (
                "Polisi menyelidiki kasus pria berusia 30 tahun dengan inisial MA yang tewas dibakar.",
                &[(Person, "MA")],
                &[],
            ),
            // Not initials: a body after "inisial" in lowercase words.
            (
                "Inisial nama itu tidak diumumkan oleh Polda Metro Jaya.",
                &[(Organization, "Polda Metro Jaya")],
                &[],
            ),
        ];
        check_rows(rows);
    }

    /// The article's later mentions of introduced initials are the person too.
    #[test]
    fn initials_stay_persons_in_the_article() {
        use crate::extract::names::tests::names;
        let rows: &[(&str, &str)] = &[
            (
                "Polisi menetapkan satu pelaku utama berinisial CAS. Diduga, CAS adalah pelaku yang memukul korban. CAS kini ditahan di Polres Bogor.",
                "CAS",
            ),
            (
                "Terduga teroris berinisial WW ditangkap di Pandau. Polisi menyita sebuah ransel dari WW dan menggeledah rumahnya.",
                "WW",
            ),
            (
                "Diduga kedua orang berinisial SN dan RA merupakan aktor intelektual di balik pertemuan itu. Namun saat dicecar siapa RA, ia tidak menjawab.",
                "RA",
            ),
        ];
        for (text, who) in rows {
            let got = names(text);
            let all: Vec<_> = got.iter().filter(|(_, t)| t == who).collect();
            assert!(all.len() >= 2, "{text}: {got:?}");
            assert!(all.iter().all(|(k, _)| *k == Person), "{text}: {got:?}");
        }
    }

    #[test]
    fn groups_are_no_persons() {
        let rows: &[Row] = &[
            (
                "Kota itu dibangun oleh suku Inka pada abad ke-15.",
                &[],
                &["Inka"],
            ),
            (
                "Ribuan umat Kristiani merayakan Natal di Gereja Katedral.",
                &[],
                &["Kristiani"],
            ),
            (
                "Kelompok itu memiliki 45 ribu anggota dari suku Kurdi dan Arab.",
                &[],
                &["Kurdi"],
            ),
            (
                "Konflik itu memaksa kaum Aztec meninggalkan kota mereka.",
                &[],
                &["Aztec"],
            ),
            (
                "Tokoh masyarakat yang hadir dalam pemberian dana CSR bagi warga Kalibaru mengatakan masalah pendidikan belum selesai.",
                &[(Place, "Kalibaru")],
                &[],
            ),
            (
                "Petugas Suku Dinas Pemadam Kebakaran Jakarta Pusat memadamkan api.",
                &[],
                &["Dinas Pemadam Kebakaran"],
            ),
        ];
        check_rows(rows);
    }

    /// A short form in brackets inside a body's or facility's name keeps it whole.
    #[test]
    fn bracketed_short_forms_inside_names() {
        let rows: &[Row] = &[
            (
                "Dinas Kesehatan (Dinkes) Provinsi Lampung mencatat 2.184 kasus DBD sepanjang tahun ini.",
                &[(Organization, "Dinas Kesehatan (Dinkes) Provinsi Lampung")],
                &["Dinkes", "Dinas Kesehatan"],
            ),
            (
                "Kendaraan itu tercatat di Gerbang Tol (GT) Cikampek Utama arah Trans Jawa.",
                &[(Place, "Gerbang Tol (GT) Cikampek Utama")],
                &["Gerbang Tol (GT)", "Gerbang Tol (GT) Cikampek"],
            ),
            (
                "Usulan itu sudah dikaji oleh Tim Ahli Cagar Budaya (TACB) Kota Malang sejak tahun lalu.",
                &[(Organization, "Tim Ahli Cagar Budaya (TACB) Kota Malang")],
                &["Malang"],
            ),
            // A short form cut from inside the words, and the place after it.
            (
                "Badan Narkotika Nasional (BNN) bersama Kepolisian Daerah (Polda) Aceh dan Direktorat Jenderal Bea dan Cukai menggagalkan penyelundupan sabu.",
                &[(Organization, "Kepolisian Daerah (Polda) Aceh")],
                &["Kepolisian Daerah", "Kepolisian Daerah (Polda)", "Aceh"],
            ),
            (
                "Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Jawa Tengah Sekar Ayuningtyas menambahkan, usulan itu sudah dikirim.",
                &[
                    (
                        Organization,
                        "Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Jawa Tengah",
                    ),
                    (Person, "Sekar Ayuningtyas"),
                ],
                &["Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans)"],
            ),
            (
                "Wali Kota Palembang Ratna Dewi Kusuma mengatakan Pemerintah Kota (Pemkot) Palembang mengalokasikan anggaran Rp 2,5 miliar.",
                &[(Organization, "Pemerintah Kota (Pemkot) Palembang")],
                &["Pemerintah Kota (Pemkot)"],
            ),
            // A place in brackets is no short form.
            (
                "Banjir merendam Kecamatan Batu (Malang) sejak Senin pagi.",
                &[],
                &["Kecamatan Batu (Malang)"],
            ),
        ];
        check_rows(rows);
    }

    #[test]
    fn kilometre_posts_are_places() {
        let rows: &[Row] = &[
            (
                "One way berlaku dari KM 70 Tol Jakarta-Cikampek hingga KM 414 GT Kalikangkung.",
                &[(Place, "KM 70"), (Place, "KM 414")],
                &[
                    "KM 70 Tol Jakarta",
                    "KM 70 Tol Jakarta-Cikampek",
                    "Tol Jakarta",
                ],
            ),
            // Inside a name, the post is part of it.
            (
                "Posko Terpadu KM 29 Tol Jakarta-Cikampek dibuka sejak Senin.",
                &[],
                &["KM 29"],
            ),
            (
                "Arus kendaraan di Tol Jakarta-Cikampek meningkat, sedangkan rute Jakarta-Bandung lancar.",
                &[
                    (Place, "Tol Jakarta-Cikampek"),
                    (Place, "Jakarta"),
                    (Place, "Bandung"),
                ],
                &["Jakarta-Bandung"],
            ),
            (
                "Truk itu terguling di KM 51 ruas Tol Cipali dan menutup dua lajur.",
                &[(Place, "KM 51")],
                &[],
            ),
        ];
        check_rows(rows);
    }

    /// `discipline` rejects words by their last letter first.
    #[test]
    fn discipline_endings_end_in_i() {
        let all = &crate::extract::names::cues::CUES.disciplines;
        assert!(
            !all.is_empty() && all.iter().all(|e| e.ends_with('i')),
            "{all:?}"
        );
    }

    #[test]
    fn fields_of_study_are_no_names() {
        let rows: &[Row] = &[
            (
                "Namun dokter spesialis Obstetri dan Ginekologi dari Rumah Sakit Rajan Dhall, Neema Sharma, menyebut mitos itu keliru.",
                &[(Person, "Neema Sharma")],
                &["Ginekologi"],
            ),
            (
                "Menurut Badan Meteorologi, Klimatologi dan Geofisika (BMKG), hujan lebat turun hingga Jumat.",
                &[],
                &["Klimatologi"],
            ),
            (
                "Ia mendirikan Institut Teknologi Bandung bersama rekan-rekannya.",
                &[(Organization, "Institut Teknologi Bandung")],
                &[],
            ),
        ];
        check_rows(rows);
    }

    #[test]
    fn office_bodies_before_a_person() {
        let rows: &[Row] = &[
            (
                "Wakil Presiden Boca, Horacio Paolini, membantah kabar tersebut.",
                &[(Person, "Horacio Paolini"), (Organization, "Boca")],
                &[],
            ),
            (
                "\"Kami kalah di lini tengah,\" ucap pelatih Torino, Sinisa Mihajlovic, seusai laga.",
                &[(Person, "Sinisa Mihajlovic"), (Organization, "Torino")],
                &[],
            ),
            (
                "Analis Indosurya Sekuritas, William Surya Wijaya, memperkirakan IHSG menguat.",
                &[
                    (Person, "William Surya Wijaya"),
                    (Organization, "Indosurya Sekuritas"),
                ],
                &[],
            ),
            // Kinship is no office: the name is a person.
            (
                "Pemeriksaan dilakukan terhadap istri Burhanuddin, Fatmawati Kasim, kemarin.",
                &[(Person, "Burhanuddin"), (Person, "Fatmawati Kasim")],
                &[],
            ),
            // A list of players, not a club.
            (
                "Pelatih memanggil pemain Andik Vermansah, Evan Dimas, dan Ilham Udin ke pemusatan latihan.",
                &[(Person, "Andik Vermansah"), (Person, "Evan Dimas")],
                &[],
            ),
        ];
        check_rows(rows);
    }
}
