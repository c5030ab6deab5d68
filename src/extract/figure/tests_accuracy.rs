//! Rows for the error classes found on a fresh IndoSum sample (offset 14)
//! and for ages; each row is a real news phrase from another story.

use super::tests::{Want, check, v};

fn age(text: &'static str, value: f64, unit: &'static str) -> Want {
    Want {
        unit: Some(unit),
        counted: Some("usia"),
        ..v(text, value)
    }
}

#[test]
fn ages_are_figures() {
    let rows: Vec<(&str, Vec<Want>)> = vec![
        (
            "Korban yang berusia 27 tahun itu ditemukan tewas di rumahnya.",
            vec![age("27 tahun", 27.0, "year")],
        ),
        (
            "Pelaku, pria berusia sekitar 45 tahun, ditangkap polisi di Bekasi.",
            vec![Want {
                qualifier: Some("about"),
                ..age("sekitar 45 tahun", 45.0, "year")
            }],
        ),
        (
            "Ia meninggal pada usia 60 tahun di rumah sakit.",
            vec![age("60 tahun", 60.0, "year")],
        ),
        (
            "Bayi berusia 6 bulan itu selamat dari reruntuhan gempa.",
            vec![age("6 bulan", 6.0, "month")],
        ),
        (
            "Umurnya baru 19 tahun ketika ia terpilih menjadi anggota DPRD.",
            vec![age("19 tahun", 19.0, "year")],
        ),
        (
            "Pemilih berusia 17 tahun ke atas wajib membawa KTP elektronik.",
            vec![Want {
                qualifier: Some("at_least"),
                ..age("17 tahun ke atas", 17.0, "year")
            }],
        ),
        (
            "Warga lanjut usia di atas 60 tahun mendapat vaksin lebih dulu.",
            vec![Want {
                qualifier: Some("more_than"),
                ..age("di atas 60 tahun", 60.0, "year")
            }],
        ),
        (
            "Bocah berumur lima tahun itu hanyut terbawa banjir.",
            vec![age("lima tahun", 5.0, "year")],
        ),
        // Without an age word "N tahun" stays a duration (the date stage's).
        ("Terdakwa divonis 16 tahun penjara.", vec![]),
        ("Proyek itu molor tiga tahun.", vec![]),
        // "(45)" after a name and a bare "berusia 6" are no figures.
        ("Tersangka Budi (45) ditahan di Polres Bogor.", vec![]),
        (
            "Hal itu dilakukan kepada anak berusia 6 di pemakaman.",
            vec![],
        ),
    ];
    for (s, want) in rows {
        check(s, want);
    }
}

#[test]
fn fresh_sample_error_classes() {
    let rows: Vec<(&str, Vec<Want>)> = vec![
        // A pair between two team names is a match score, in either order.
        (
            "Hasil laga semalam, Bologna 1-2 Juventus dan Roma 3-0 Lazio.",
            vec![
                Want {
                    text: "1-2",
                    unit: Some("score"),
                    score: Some([1.0, 2.0]),
                    ..Want::default()
                },
                Want {
                    text: "3-0",
                    unit: Some("score"),
                    score: Some([3.0, 0.0]),
                    ..Want::default()
                },
            ],
        ),
        // A ke- number word is not part of the counted noun.
        (
            "Bentrokan antar dua suporter kedua tim pecah di Stadion Kanjuruhan.",
            vec![Want {
                counted: Some("suporter"),
                ..v("dua suporter", 2.0)
            }],
        ),
        // A numbered item before an all-capitals title.
        (
            "Lagu terbaik tahun ini. 4. NOAH kembali naik panggung.",
            vec![],
        ),
        // Counts before an acronym stay ("3 WNA").
        (
            "Polisi menangkap 3 WNA di Bali.",
            vec![Want {
                counted: Some("wna"),
                ..v("3 WNA", 3.0)
            }],
        ),
        // Labels: a class, an omega fatty acid.
        ("Ia selalu memesan kursi kelas satu.", vec![]),
        ("Ikan salmon kaya asam lemak omega 3.", vec![]),
        // Idioms with number words.
        (
            "Warga diminta saling menghormati satu dan lainnya selama Pilkada.",
            vec![],
        ),
        (
            "Penipu memakai seribu satu cara untuk menjerat korban.",
            vec![],
        ),
        // A number glued to a closing bracket is a reference.
        (
            "Ayat itu tertulis dalam QS(5)56 dan dikutip khatib.",
            vec![],
        ),
    ];
    for (s, want) in rows {
        check(s, want);
    }
}
