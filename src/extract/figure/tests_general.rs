//! One row per general rule added after the third held-out batch (each rule
//! holds for Indonesian news at large, not for one sentence): units, qualifiers,
//! classifiers and score words from the data files, product models, short
//! years, spaced phone numbers and ages after a person noun.

use super::tests_heldout::{got, want};
use super::*;

const ROWS: &[(&str, &[&str])] = &[
    // figure_units.txt: centimeter, fps, nm / nanometer.
    (
        "Tinggi badannya 180 centimeter.",
        &["180 centimeter | 180 | u=cm"],
    ),
    ("Game itu berjalan pada 60 fps.", &["60 fps | 60 | u=fps"]),
    (
        "Chip baru itu dibuat dengan proses 7 nm.",
        &["7 nm | 7 | u=nm"],
    ),
    (
        "Transistor berukuran 5 nanometer.",
        &["5 nanometer | 5 | u=nm"],
    ),
    // figure_qualifiers.txt: "diatas"/"dibawah" written as one word.
    (
        "Suhu tubuh pasien diatas 38 derajat Celsius.",
        &["diatas 38 derajat Celsius | 38 | q=more_than u=celsius"],
    ),
    (
        "Harga cabai dibawah Rp 20.000 per kilogram.",
        &["dibawah Rp 20.000 per kilogram | 20000 | q=less_than cur=IDR per=kg"],
    ),
    // figure_classifiers.txt: porsi, potong.
    (
        "Panitia membagikan 500 porsi makanan.",
        &["500 porsi makanan | 500 | cl=porsi c=makanan"],
    ),
    (
        "Ia membawa 12 potong kue.",
        &["12 potong kue | 12 | cl=potong c=kue"],
    ),
    // figure_score_words.txt: kekalahan, kemenangan.
    (
        "Persija menelan kekalahan 0-3 dari Bali United.",
        &["0-3 | - | u=score score=0:3"],
    ),
    (
        "Tim itu meraih kemenangan 2-1 atas tuan rumah.",
        &["2-1 | - | u=score score=2:1"],
    ),
    // figure_markers.txt: babak (a round is a label).
    ("Indonesia lolos ke babak 16 besar.", &[]),
    // Product models: a capital after a lower-case first letter; a version after a name.
    ("Apple kembali menjual iPhone 7 di Indonesia.", &[]),
    (
        "Ponsel itu menjalankan iOS 11 dan iPhone 8 dan 8 Plus.",
        &[],
    ),
    ("Ponsel itu memakai ColorOS 3.2 berbasis Android.", &[]),
    (
        "Ia membeli 3 iPhone untuk anaknya.",
        &["3 iPhone | 3 | c=iphone"],
    ),
    // A second label after a conjunction, but not a count.
    ("Gangguan listrik terjadi di Terminal 1 dan 2.", &[]),
    (
        "Ada 13 titik di Terminal 2 dan dua titik di Terminal 3.",
        &["13 titik | 13 | c=titik", "dua titik | 2 | c=titik"],
    ),
    // Short years after an apostrophe; a quoted figure with a unit stays.
    (
        "Pilih keyboard tipe '60 persen' yang ringkas.",
        &["60 persen | 60 | u=percent"],
    ),
    ("Ketua PARFI '56 membuka kongres.", &[]),
    ("Alumni angkatan '98 berkumpul di kampus.", &[]),
    // Phone numbers written in spaced groups.
    ("Hubungi 0812 8765 4321 untuk pendaftaran.", &[]),
    ("Kantor itu bisa dihubungi di (021) 5290 8888.", &[]),
    // A headline amount with "M" (miliar) after a currency.
    (
        "Ekspor Udang Tembus US$ 3,25 M",
        &["US$ 3,25 M | 3250000000 | cur=USD"],
    ),
    // Ages after a person noun of date_words.txt ("person").
    (
        "Di Inter, pria 32 tahun ini diikat kontrak.",
        &["32 tahun | 32 | u=year c=usia"],
    ),
    (
        "Penyanyi 20 tahun itu merilis album baru.",
        &["20 tahun | 20 | u=year c=usia"],
    ),
    ("Ia bekerja 20 tahun di pabrik itu.", &[]),
];

#[test]
fn general_rules() {
    let mut failures = Vec::new();
    for (sentence, specs) in ROWS {
        let found = extract_text(sentence, &[]);
        let g: Vec<_> = found.iter().map(got).collect();
        let w: Vec<_> = specs.iter().map(|s| want(s)).collect();
        if g != w {
            failures.push(format!("{sentence}\n   got  {g:?}\n   want {w:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
