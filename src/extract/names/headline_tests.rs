//! Title Case headlines of real Indonesian stories: their ordinary words are
//! no names, their names stay (`headline`).

use super::EntityKind::{self, Person as P, Place as L};
use super::tests::run;

/// One row: the article (headline line, then running text), the names that
/// must be found with their kind, the words that must not come out as a person.
type Row = (
    &'static str,
    &'static [(&'static str, EntityKind)],
    &'static [&'static str],
);

const ROWS: &[Row] = &[
    // "karena" kept lowercase: the line is still Title Case.
    (
        "Kemenag: 27 Jemaah Haji Indonesia Wafat di Arab Saudi, Mayoritas karena Penyakit Jantung\n\
         Kementerian Agama mencatat 27 jemaah haji Indonesia wafat di Arab Saudi. Sebagian besar \
         jemaah yang wafat memiliki riwayat penyakit jantung.",
        &[("Arab Saudi", L)],
        &["Wafat", "Jantung", "Penyakit Jantung", "Mayoritas"],
    ),
    // A word the article writes only at a sentence start confirms no name.
    (
        "Kemenkes Catat 29 Jemaah Haji Wafat, Suhu Madinah Tembus 43 Derajat\n\
         Kementerian Kesehatan mencatat 29 jemaah haji wafat di Arab Saudi. Suhu di Madinah \
         dalam beberapa hari terakhir mencapai 43 derajat Celsius.",
        &[("Madinah", L)],
        &["Suhu", "Suhu Madinah", "Tembus"],
    ),
    (
        "Gempa Magnitudo 5,6 Guncang Cianjur saat Warga Terlelap, Ratusan Rumah Rusak\n\
         Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Senin dini hari. \
         Ratusan rumah rusak. Warga berhamburan keluar rumah.",
        &[("Cianjur", L)],
        &["Terlelap", "Warga", "Ratusan", "Ratusan Rumah Rusak"],
    ),
    (
        "Hakim Vonis Eks Bupati 8 Tahun Penjara karena Terbukti Korupsi Dana Desa\n\
         Majelis hakim Pengadilan Tipikor Semarang memvonis mantan bupati itu delapan tahun \
         penjara. Terdakwa terbukti korupsi dana desa sejak 2019.",
        &[],
        &[
            "Terbukti",
            "Korupsi",
            "Dana Desa",
            "Terbukti Korupsi Dana Desa",
        ],
    ),
    (
        "Harga Beras Naik sejak Awal Bulan, Pedagang Pasar Induk Cipinang Mengeluh\n\
         Harga beras di Pasar Induk Beras Cipinang, Jakarta Timur, naik sejak awal bulan. \
         Pedagang mengeluh pembeli berkurang.",
        &[("Pasar Induk Beras Cipinang", L)],
        &["Awal Bulan", "Pedagang", "Naik"],
    ),
    // A name the article writes only at sentence starts still comes back
    // into the headline when the running text finds it.
    (
        "Hilman Minta Jemaah Lansia Jaga Kondisi jelang Puncak Haji\n\
         Direktur Jenderal Penyelenggaraan Haji Hilman Fauzi meminta jemaah lansia menjaga \
         kondisi. Hilman mengatakan puncak haji jatuh pada akhir Mei.",
        &[("Hilman Fauzi", P)],
        &["Jaga Kondisi", "Puncak Haji", "Lansia"],
    ),
];

#[test]
fn title_case_headlines() {
    for &(text, want, not_persons) in ROWS {
        let got = run(text);
        for &(surface, kind) in want {
            assert!(
                got.iter().any(|e| e.text == surface && e.kind == kind),
                "{surface:?} ({kind:?}) missing in {text:?}: {got:?}"
            );
        }
        for &w in not_persons {
            assert!(
                !got.iter().any(|e| e.text == w && e.kind == P),
                "{w:?} is no person in {text:?}: {got:?}"
            );
        }
    }
}
