//! Table tests from hand-checking figures in unseen news (IndoSum sample with
//! the real date extractor, and forms rare there): one row per fixed case.

use super::tests::{Want, check, v};
use super::*;

fn rows(cases: Vec<(&str, Vec<Want>)>) {
    for (s, want) in cases {
        check(s, want);
    }
}

#[test]
fn money_and_approximate_multipliers() {
    rows(vec![
        (
            "Harga ponsel itu dibanderol Rp 2,5 jutaan.",
            vec![Want {
                qualifier: Some("about"),
                currency: Some("IDR"),
                vague: true,
                ..v("Rp 2,5 jutaan", 2_500_000.0)
            }],
        ),
        (
            "Rupiah melemah ke level Rp 14.500 per dolar AS.",
            vec![Want {
                currency: Some("IDR"),
                per: Some("USD"),
                ..v("Rp 14.500 per dolar AS", 14_500.0)
            }],
        ),
    ]);
}

#[test]
fn units_seen_in_economy_and_disaster_news() {
    rows(vec![
        (
            "Bank Indonesia menaikkan suku bunga 0,25 persen poin.",
            vec![Want {
                unit: Some("percentage_point"),
                ..v("0,25 persen poin", 0.25)
            }],
        ),
        (
            "Gunung itu berada di ketinggian 1.000 mdpl.",
            vec![Want {
                unit: Some("m_asl"),
                ..v("1.000 mdpl", 1000.0)
            }],
        ),
        (
            "Baliho berukuran 3 x 4 meter dipasang di jalan protokol.",
            vec![Want {
                unit: Some("m2"),
                ..v("3 x 4 meter", 12.0)
            }],
        ),
        ("Ia diperiksa 1 x 24 jam.", vec![]),
        ("Ia turun di nomor estafet 4 x 400 meter.", vec![]),
        (
            "Hasilnya 3 x 3 sama dengan sembilan.",
            vec![Want {
                ..v("sembilan", 9.0)
            }],
        ),
    ]);
}

#[test]
fn fractions_and_proportions() {
    rows(vec![
        (
            "Sebanyak 1/3 penduduk desa itu bekerja sebagai petani.",
            vec![Want {
                unit: Some("fraction"),
                counted: Some("penduduk desa"),
                ..v("1/3 penduduk desa", 1.0 / 3.0)
            }],
        ),
        // A day/month code without a noun after it is no fraction.
        ("Rapat digelar pada 1/3 lalu.", vec![]),
        // Out of a set that is no power of ten: a count (the numerator).
        (
            "Hanya 2 dari 5 siswa yang lulus ujian.",
            vec![Want {
                counted: Some("siswa"),
                ..v("2 dari 5 siswa", 2.0)
            }],
        ),
        (
            "Sebanyak 31 dari 38 provinsi telah menetapkan upah minimum.",
            vec![Want {
                counted: Some("provinsi"),
                ..v("31 dari 38 provinsi", 31.0)
            }],
        ),
        (
            "Sembilan dari sepuluh dokter menyarankan vaksinasi.",
            vec![Want {
                unit: Some("fraction"),
                counted: Some("dokter"),
                ..v("Sembilan dari sepuluh dokter", 0.9)
            }],
        ),
        (
            "Sebanyak 1 dari 10 orang Indonesia mengidap diabetes.",
            vec![Want {
                unit: Some("fraction"),
                classifier: Some("orang"),
                counted: Some("orang"),
                ..v("1 dari 10 orang", 0.1)
            }],
        ),
        (
            "Dua pertiga wilayah kota terendam banjir.",
            vec![Want {
                unit: Some("fraction"),
                counted: Some("wilayah kota"),
                ..v("Dua pertiga wilayah kota", 2.0 / 3.0)
            }],
        ),
        (
            "Aguero mencetak 169 gol dari 253 pertandingan.",
            vec![
                Want {
                    counted: Some("gol"),
                    ..v("169 gol", 169.0)
                },
                Want {
                    counted: Some("pertandingan"),
                    ..v("253 pertandingan", 253.0)
                },
            ],
        ),
        ("Perusahaan itu sudah berdiri seperempat abad.", vec![]),
    ]);
}

#[test]
fn match_scores() {
    let score = |text: &'static str, a: f64, b: f64| Want {
        text,
        unit: Some("score"),
        score: Some([a, b]),
        ..Want::default()
    };
    rows(vec![
        (
            "Persija menang dengan skor 2-1 atas Persib.",
            vec![score("2-1", 2.0, 1.0)],
        ),
        (
            "Persija kalah 1-2 dari Persib.",
            vec![score("1-2", 1.0, 2.0)],
        ),
        (
            "Mereka bermain imbang 1 - 1 di kandang.",
            vec![score("1 - 1", 1.0, 1.0)],
        ),
        (
            "Ia kalah 19-21 dari Pusarla.",
            vec![score("19-21", 19.0, 21.0)],
        ),
        (
            "Del Potro menang dengan skor 6-2, 6-7, 6-3.",
            vec![
                score("6-2", 6.0, 2.0),
                score("6-7", 6.0, 7.0),
                score("6-3", 6.0, 3.0),
            ],
        ),
        // Without a score word an ascending pair stays a range.
        (
            "Antrean 10-20 orang setiap pagi.",
            vec![Want {
                min: Some(10.0),
                max: Some(20.0),
                classifier: Some("orang"),
                counted: Some("orang"),
                ..Want {
                    text: "10-20 orang",
                    ..Want::default()
                }
            }],
        ),
    ]);
}

#[test]
fn ranks_and_both() {
    rows(vec![
        (
            "Rafael Nadal kini menempati peringkat 1 dunia.",
            vec![Want {
                ordinal: true,
                ..v("1", 1.0)
            }],
        ),
        (
            "Ini pertemuan ke - dua antara mereka.",
            vec![Want {
                ordinal: true,
                ..v("ke - dua", 2.0)
            }],
        ),
        ("Hubungan kedua negara membaik.", vec![]),
        ("Kedua pelaku ditangkap polisi.", vec![]),
        ("Wajar apabila harga kedua drone ini cukup mahal.", vec![]),
        (
            "Lila saksi, termasuk keluarga kedua korban, diperiksa.",
            vec![],
        ),
        (
            "Festival itu digelar untuk kelima kalinya.",
            vec![Want {
                ordinal: true,
                ..v("kelima", 5.0)
            }],
        ),
        ("Ia diborgol dengan kedua tangannya.", vec![]),
        (
            "Tahap kedua pembangunan dimulai.",
            vec![Want {
                ordinal: true,
                ..v("kedua", 2.0)
            }],
        ),
        (
            "Ketiga korban dibawa ke rumah sakit.",
            vec![Want {
                counted: Some("korban"),
                ..v("Ketiga korban", 3.0)
            }],
        ),
    ]);
}

#[test]
fn labels_ages_and_codes() {
    rows(vec![
        ("Seorang wanita menelepon 911 untuk melapor.", vec![]),
        ("Tewasnya MacAskill (31) mengejutkan.", vec![]),
        ("Gol Harry Kane (90 + 3 ') memastikan kemenangan.", vec![]),
        ("Pembatasan berlaku bagi kendaraan roda empat.", vec![]),
        ("Ia memperoleh visa R - 1 dari kedutaan.", vec![]),
        ("Jenderal bintang dua itu tiba.", vec![]),
        ("Satgas Illegal Fishing (Satgas 115) dibentuk.", vec![]),
        ("Tersangka MI, 27, kenal dengan korban.", vec![]),
        (
            "MS: Viktor Axelsen (3/DEN) vs Lee Chong Wei (5/MAS).",
            vec![],
        ),
        (
            "Larangan itu tertuang pada surat bernomor 887/-1.856.21.",
            vec![],
        ),
        (
            "Hal itu pernah dilakukan kepada anak berusia 6 di pemakaman.",
            vec![],
        ),
        (
            "Penontonnya sudah 2 juta 55 ribu orang.",
            vec![Want {
                classifier: Some("orang"),
                counted: Some("orang"),
                ..v("2 juta 55 ribu orang", 2_055_000.0)
            }],
        ),
        ("Sejak era 80-an, namanya dikenal.", vec![]),
        (
            "Laporan polisi bernomor LP/1049/K/VII/2017/SPKT diterima.",
            vec![],
        ),
        ("Kenaikan pangkat menjadi bintang 1 atau 2 dibahas.", vec![]),
        ("Baca ini.\nFakta 6\nPerubahan itu normal.", vec![]),
        ("Trump mengawali lawatan 12 harinya ke Asia.", vec![]),
        ("Apalagi kedua anaknya masih kecil.", vec![]),
        ("“Alumni 212 merasakan tiga tahun pemerintahan ini.", vec![]),
        (
            "Bentuknya segi delapan sangat identik dengan pendahulunya.",
            vec![],
        ),
        ("Tanggal 4 setiap bulan Mei diperingati penggemar.", vec![]),
        (
            "Ia yakin kembali dalam kondisi 100 persen selepas jeda.",
            vec![Want {
                unit: Some("percent"),
                ..v("100 persen", 100.0)
            }],
        ),
        (
            "Tiga orang tewas, dua diantaranya petugas kepolisian.",
            vec![
                Want {
                    classifier: Some("orang"),
                    counted: Some("orang"),
                    ..v("Tiga orang", 3.0)
                },
                v("dua", 2.0),
            ],
        ),
        (
            "Dalam video berdurasi 3 menit 45 itu terlihat kemacetan.",
            vec![],
        ),
        ("Ajang Indonesia Next Apps 4.0 kembali digelar.", vec![]),
        ("Telegram merilis versi baru, 4.4 untuk Android.", vec![]),
        ("Pada era '90-an, keduanya populer.", vec![]),
        (
            "Arsenal menawarkan bonus 1,5 juta pounds.",
            vec![Want {
                currency: Some("GBP"),
                ..v("1,5 juta pounds", 1_500_000.0)
            }],
        ),
        (
            "Polisi mengerahkan sekitar 18.000 personil guna mengamankan aksi.",
            vec![Want {
                qualifier: Some("about"),
                counted: Some("personil"),
                ..v("sekitar 18.000 personil", 18_000.0)
            }],
        ),
        (
            "Ia membawakan tiga lagu miliknya.",
            vec![Want {
                counted: Some("lagu"),
                ..v("tiga lagu", 3.0)
            }],
        ),
        (
            "Saksi bagi dua tersangka e - KTP diperiksa.",
            vec![Want {
                counted: Some("tersangka"),
                ..v("dua tersangka", 2.0)
            }],
        ),
    ]);
}

#[test]
fn days_listed_before_a_date() {
    let s = "Styles tampil 7 dan 8 Desember mendatang.";
    let date = Span::new(s.find('8').unwrap_or(0), s.find(" mendatang").unwrap_or(0));
    assert!(extract_text(s, &[date]).is_empty());
    // Not before a date: a count.
    let s = "Ia membeli 7 dan 8 buah.";
    assert_eq!(extract_text(s, &[]).len(), 2);
}

/// Rows from the IndoSum before/after diff of session 4's held-out fixes.
#[test]
fn session4_diff_rows() {
    rows(vec![
        ("Saya tidak keluar sama sekali sebulan setelahnya.", vec![]),
        (
            "Fitur itu punya satu kekurangan penting.",
            vec![Want {
                counted: Some("kekurangan penting"),
                ..v("satu kekurangan penting", 1.0)
            }],
        ),
        (
            "Program itu memberi tiga dampak positif bagi warga.",
            vec![Want {
                counted: Some("dampak positif"),
                ..v("tiga dampak positif", 3.0)
            }],
        ),
        (
            "Milan pekan lalu dibantai Lazio 4-1.",
            vec![Want {
                unit: Some("score"),
                score: Some([4.0, 1.0]),
                ..Want {
                    text: "4-1",
                    ..Want::default()
                }
            }],
        ),
        (
            "Rata-rata pengguna menonton video 20 MB per hari.",
            vec![Want {
                unit: Some("MB"),
                per: Some("day"),
                ..v("20 MB per hari", 20.0)
            }],
        ),
    ]);
}

#[test]
fn predicate_after_classifier() {
    rows(vec![
        // A ter-/di- verb after a classifier is the predicate: the counted
        // noun is the classifier.
        (
            "Pengungkapan itu membuat sekitar 6 juta jiwa terselamatkan dari narkoba.",
            vec![Want {
                qualifier: Some("about"),
                classifier: Some("jiwa"),
                counted: Some("jiwa"),
                ..v("sekitar 6 juta jiwa", 6e6)
            }],
        ),
        (
            "Dalam kecelakaan itu, tiga orang terluka parah.",
            vec![Want {
                classifier: Some("orang"),
                counted: Some("orang"),
                ..v("tiga orang", 3.0)
            }],
        ),
        (
            "Dua unit dikerahkan ke lokasi kebakaran.",
            vec![Want {
                classifier: Some("unit"),
                counted: Some("unit"),
                ..v("Dua unit", 2.0)
            }],
        ),
        // A listed ter- noun stays the counted noun.
        (
            "Polisi menangkap dua orang tersangka.",
            vec![Want {
                classifier: Some("orang"),
                counted: Some("tersangka"),
                ..v("dua orang tersangka", 2.0)
            }],
        ),
    ]);
}

#[test]
fn match_minutes() {
    rows(vec![
        // Added time is part of the minute, no count of its own.
        (
            "Timnas menyamakan kedudukan pada menit ke-45+2 lewat sundulan.",
            vec![Want {
                ordinal: true,
                ..v("ke-45", 45.0)
            }],
        ),
        // A minute after "menit" is a point of the match.
        (
            "Gol kemenangan dicetak di menit 68 oleh Marselino.",
            vec![Want {
                ordinal: true,
                ..v("68", 68.0)
            }],
        ),
        ("Pertandingan berlangsung selama 90 menit.", vec![]),
    ]);
}
