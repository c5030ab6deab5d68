//! Ordering articles with no stated date: such an article is dated by the
//! latest date it mentions, so it was written that day or later. Real
//! sentences of several stories, run through the whole pipeline.

use super::tests_gaps::{group, groups};

/// (what, articles, a needle per article, expected status and note of the
/// one group holding them all).
struct Row {
    what: &'static str,
    arts: &'static [(&'static str, &'static str)],
    needles: &'static [&'static str],
    status: &'static str,
    note: Option<&'static str>,
}

fn check(rows: &[Row]) {
    let mut fails = Vec::new();
    for r in rows {
        let gs = groups(r.arts);
        let found: Vec<_> = r
            .arts
            .iter()
            .zip(r.needles)
            .map(|((p, _), n)| group(&gs, p, n))
            .collect();
        let Some(Some(first)) = found.first() else {
            fails.push(format!("{}: first claim missing: {gs:#?}", r.what));
            continue;
        };
        if !found
            .iter()
            .all(|g| g.is_some_and(|g| std::ptr::eq(g, *first)))
        {
            fails.push(format!("{}: not one group: {gs:#?}", r.what));
            continue;
        }
        if (first.status, first.note) != (r.status, r.note) {
            fails.push(format!(
                "{}: {} {:?} ({:?})",
                r.what, first.status, first.note, first.detail
            ));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn an_undated_article_repeating_a_later_value_is_read_as_later() {
    check(&[
        Row {
            what: "ship: Tempo names only the sinking's Monday but gives Wednesday's toll",
            arts: &[
                (
                    "01-kompas.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Senin sore, sebanyak 12 orang tewas dalam kecelakaan itu.",
                ),
                (
                    "02-antara.txt",
                    "Bima, Rabu (17/7/2024) (ANTARA) - Tim SAR gabungan kembali menemukan jenazah, sehingga jumlah korban tewas menjadi 27 orang.",
                ),
                (
                    "02-detik.txt",
                    "Bima, Selasa (16/7/2024) - Jumlah korban tewas tenggelamnya KM Bahari Jaya bertambah menjadi 19 orang.",
                ),
                (
                    "03-tempo.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Rabu siang, korban tewas tercatat 27 orang.",
                ),
            ],
            needles: &["12", "27", "19", "27"],
            status: "conflict",
            note: Some("update"),
        },
        Row {
            what: "prices fall: an undated market report repeats the later price",
            arts: &[
                (
                    "01-kompas.txt",
                    "Harga cabai rawit di Pasar Induk Kramat Jati pada Senin (3/3/2025) mencapai Rp 90.000 per kilogram.",
                ),
                (
                    "02-detik.txt",
                    "Jakarta, Rabu (5/3/2025) - Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 70.000 per kilogram.",
                ),
                (
                    "02-kumparan.txt",
                    "Jakarta, Selasa (4/3/2025) - Harga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 80.000 per kilogram.",
                ),
                (
                    "03-blog.txt",
                    "Pedagang mengeluh sejak Senin (3/3/2025).\nHarga cabai rawit di Pasar Induk Kramat Jati turun menjadi Rp 70.000 per kilogram.",
                ),
            ],
            needles: &["90.000", "70.000", "80.000", "70.000"],
            status: "conflict",
            note: Some("update"),
        },
    ]);
}

#[test]
fn two_values_of_one_day_stay_a_conflict() {
    check(&[
        Row {
            what: "an undated value that repeats no later value blocks the update",
            arts: &[
                (
                    "01-kompas.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Senin sore, sebanyak 12 orang tewas dalam kecelakaan itu.",
                ),
                (
                    "02-antara.txt",
                    "Bima, Rabu (17/7/2024) (ANTARA) - Tim SAR gabungan kembali menemukan jenazah, sehingga jumlah korban tewas menjadi 27 orang.",
                ),
                (
                    "03-tempo.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Rabu siang, korban tewas tercatat 20 orang.",
                ),
            ],
            needles: &["12", "27", "20"],
            status: "conflict",
            note: None,
        },
        Row {
            what: "two days, one of them guessed: a conflict",
            arts: &[
                (
                    "01-kompas.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Senin sore, sebanyak 12 orang tewas dalam kecelakaan itu.",
                ),
                (
                    "02-antara.txt",
                    "Bima, Rabu (17/7/2024) (ANTARA) - Tim SAR gabungan kembali menemukan jenazah, sehingga jumlah korban tewas menjadi 27 orang.",
                ),
                (
                    "03-tempo.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nHingga Rabu siang, korban tewas tercatat 27 orang.",
                ),
            ],
            needles: &["12", "27", "27"],
            status: "conflict",
            note: None,
        },
        Row {
            what: "manifest: a moved repeat leaves a lone earlier value, not a series",
            arts: &[
                (
                    "01-kompas.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nKapal itu mengangkut 187 penumpang sesuai manifes.",
                ),
                (
                    "02-tempo.txt",
                    "KM Bahari Jaya tenggelam di Selat Sape pada Senin (15/7/2024) dini hari.\nMenurut data Polda NTB, kapal itu mengangkut 193 penumpang.",
                ),
                (
                    "03-antara.txt",
                    "Bima, Rabu (17/7/2024) (ANTARA) - Kapal yang membawa 187 penumpang itu tenggelam di Selat Sape.",
                ),
            ],
            needles: &["187", "193", "187"],
            status: "conflict",
            note: None,
        },
        Row {
            what: "election: two stated dates of one day are never reordered",
            arts: &[
                (
                    "01-kompas.txt",
                    "Jakarta, Kamis (15/2/2024) - Jumlah TPS yang sudah masuk dalam hitung cepat mencapai 780 TPS.",
                ),
                (
                    "02-detik.txt",
                    "Jakarta, Kamis (15/2/2024) - Jumlah TPS yang sudah masuk dalam hitung cepat mencapai 950 TPS.",
                ),
                (
                    "03-antara.txt",
                    "Jakarta, Jumat (16/2/2024) (ANTARA) - Jumlah TPS yang sudah masuk dalam hitung cepat mencapai 950 TPS.",
                ),
            ],
            needles: &["780", "950", "950"],
            status: "conflict",
            note: None,
        },
    ]);
}

#[test]
fn a_total_raised_by_a_second_body_is_an_update() {
    check(&[
        Row {
            what: "landslide: a SAR office's 250, then Basarnas raises the force to 300",
            arts: &[
                (
                    "01-detik.txt",
                    "Bandung, Jumat (15/3/2024) - \"Hari ini kami kerahkan 250 personel gabungan dan empat alat berat,\" ujar Kepala Kantor SAR Bandung Hery Marantika.",
                ),
                (
                    "02-antara.txt",
                    "Bandung, Sabtu (16/3/2024) (ANTARA) - Pada hari ketiga pencarian, Basarnas menambah kekuatan menjadi 300 personel gabungan.",
                ),
            ],
            needles: &["250", "300"],
            status: "conflict",
            note: Some("update"),
        },
        Row {
            what: "flood: BPBD's 120 officers, then BNPB adds men to 200",
            arts: &[
                (
                    "01-kompas.txt",
                    "Martapura, Senin (18/1/2021) - \"Kami sudah menurunkan 120 personel ke lokasi banjir,\" kata Kepala BPBD Kabupaten Banjar Ahmad Fauzi.",
                ),
                (
                    "02-antara.txt",
                    "Martapura, Selasa (19/1/2021) (ANTARA) - Pada hari kedua evakuasi, BNPB menambah kekuatan menjadi 200 personel.",
                ),
            ],
            needles: &["120", "200"],
            status: "conflict",
            note: Some("update"),
        },
    ]);
}

#[test]
fn two_clock_times_of_one_event_conflict() {
    check(&[
        Row {
            what: "smelter blast: the company's 04.40 against the union's 04.10 WITA",
            arts: &[
                (
                    "01-kompas.txt",
                    "Kendari, Selasa (14/4/2026) - Sekitar 1.200 pekerja yang berada di area smelter dievakuasi ke titik kumpul setelah ledakan pertama terdengar sekitar pukul 04.40 WITA.",
                ),
                (
                    "02-detik.txt",
                    "Kendari, Selasa (14/4/2026) - Ketua SBTL Sultra Rahmat Bakulu mengatakan ledakan terjadi sekitar pukul 04.10 WITA, bukan pukul 04.40 WITA seperti disampaikan perusahaan.",
                ),
            ],
            needles: &["04.40", "04.10"],
            status: "conflict",
            note: None,
        },
        Row {
            what: "quake: one time written in WITA and in WIB",
            arts: &[
                (
                    "01-antara.txt",
                    "Mataram, Minggu (5/8/2018) - Gempa bumi mengguncang Lombok pada pukul 19.46 WITA.",
                ),
                (
                    "02-detik.txt",
                    "Jakarta, Minggu (5/8/2018) - Gempa bumi mengguncang Lombok pada pukul 18.46 WIB.",
                ),
            ],
            needles: &["19.46", "18.46"],
            status: "agree",
            note: None,
        },
        Row {
            what: "quake: the day contains its clock time",
            arts: &[
                (
                    "01-cnn.txt",
                    "Sukabumi, Selasa (14/3/2017) - Gempa bumi mengguncang laut selatan Kabupaten Sukabumi pada pukul 09.51 WIB.",
                ),
                (
                    "02-kompas.txt",
                    "Sukabumi, Rabu (15/3/2017) - Gempa bumi mengguncang laut selatan Kabupaten Sukabumi pada Selasa (14/3/2017).",
                ),
            ],
            needles: &["09.51", "14/3/2017"],
            status: "agree",
            note: None,
        },
        Row {
            what: "fire: a rounded time beside the exact one is one time",
            arts: &[
                (
                    "01-kompas.txt",
                    "Palembang, Senin (15/6/2026) - Kebakaran melanda Pasar Lemabang sekitar pukul 02.00 WIB.",
                ),
                (
                    "02-detik.txt",
                    "Palembang, Senin (15/6/2026) - Kebakaran melanda Pasar Lemabang pada pukul 02.05 WIB.",
                ),
            ],
            needles: &["02.00", "02.05"],
            status: "agree",
            note: None,
        },
    ]);
}
