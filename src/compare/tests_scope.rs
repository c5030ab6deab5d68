//! Scope in grouping: claims about different places, periods or rates are
//! different quantities; the same scope with different values conflicts; a
//! claim naming no scope joins a group of one scope. Real sentences of other
//! stories (elections per regency, yearly road tolls, traffic rates, inflation).

use super::*;
use crate::claims::testing::{article, fig};
use crate::extract::figure::Figure;

fn group_of(groups: &[ClaimGroup], path: &str, mention: &str) -> usize {
    groups
        .iter()
        .position(|g| {
            g.statements
                .iter()
                .any(|s| s.article == path && s.claim.mention_text() == mention)
        })
        .unwrap_or_else(|| panic!("no group with {path}={mention:?}: {groups:#?}"))
}

fn votes(path: &str, text: &str, n: &str, v: f64) -> crate::claims::testing::Builder {
    article(path, text)
        .count(n, v, None)
        .place("Kabupaten Garut", "Garut")
        .place("Kabupaten Bandung", "Bandung")
        .place("Garut", "Garut")
}

#[test]
fn scope_separates_places_periods_and_rates() {
    struct Case {
        what: &'static str,
        arts: Vec<Article>,
        /// (path, mention) pairs that must share a group (true) or not (false).
        same: bool,
        status: Option<&'static str>,
    }
    let per_hour = Figure {
        per: Some("hour".into()),
        ..fig(6000.0)
    };
    let cases = vec![
        Case {
            what: "different regencies: two quantities",
            arts: vec![
                votes("a.txt", "Di Kabupaten Garut, pasangan nomor urut satu memperoleh 412.300 suara.", "412.300", 412300.0).build(),
                votes("b.txt", "Di Kabupaten Bandung, pasangan nomor urut satu memperoleh 389.100 suara.", "389.100", 389100.0).build(),
            ],
            same: false,
            status: None,
        },
        Case {
            what: "same regency, different counts: a conflict",
            arts: vec![
                votes("a.txt", "Di Kabupaten Garut, pasangan nomor urut satu memperoleh 412.300 suara.", "412.300", 412300.0).build(),
                votes("b.txt", "Pasangan nomor urut satu memperoleh 398.500 suara di Garut.", "398.500", 398500.0).build(),
            ],
            same: true,
            status: Some("conflict"),
        },
        Case {
            what: "no place named: joins the one-place group",
            arts: vec![
                votes("a.txt", "Di Kabupaten Garut, pasangan nomor urut satu memperoleh 412.300 suara.", "412.300", 412300.0).build(),
                votes("b.txt", "Pasangan nomor urut satu memperoleh 412.300 suara sah.", "412.300", 412300.0).build(),
            ],
            same: true,
            status: Some("agree"),
        },
        Case {
            what: "different years: two quantities",
            arts: vec![
                article("a.txt", "Sepanjang 2024, kecelakaan lalu lintas menewaskan 1.200 orang.")
                    .date("2024", "date", "2024")
                    .count("1.200", 1200.0, None)
                    .build(),
                article("b.txt", "Sepanjang 2025, kecelakaan lalu lintas menewaskan 1.350 orang.")
                    .date("2025", "date", "2025")
                    .count("1.350", 1350.0, None)
                    .build(),
            ],
            same: false,
            status: None,
        },
        Case {
            what: "a month is not the month before it",
            arts: vec![
                article("a.txt", "Surplus Desember lebih rendah dibandingkan bulan sebelumnya yang sebesar US$ 3,84 miliar.")
                    .date("Desember", "date", "2025-12")
                    .money("US$ 3,84 miliar", 3.84e9, "USD")
                    .build(),
                article("b.txt", "Neraca perdagangan pada Desember 2025 surplus US$ 3,25 miliar.")
                    .date("Desember 2025", "date", "2025-12")
                    .money("US$ 3,25 miliar", 3.25e9, "USD")
                    .build(),
            ],
            same: false,
            status: None,
        },
        Case {
            what: "a day is not a period: a running total read on two days is one quantity",
            arts: vec![
                article("a.txt", "Hingga Selasa (10/2/2026), Dinas Kesehatan mencatat 2.310 kasus DBD.")
                    .date("Selasa (10/2/2026)", "date", "2026-02-10")
                    .count("2.310", 2310.0, None)
                    .build(),
                article("b.txt", "Hingga Rabu (11/2/2026), Dinas Kesehatan mencatat 2.412 kasus DBD.")
                    .date("Rabu (11/2/2026)", "date", "2026-02-11")
                    .count("2.412", 2412.0, None)
                    .build(),
            ],
            same: true,
            status: Some("conflict"),
        },
        Case {
            what: "a market's price is not the national average",
            arts: vec![
                article("a.txt", "Rata-rata harga beras medium secara nasional Rp 14.500 per kilogram.")
                    .money("Rp 14.500", 14500.0, "IDR")
                    .build(),
                article("b.txt", "Di Pasar Induk Beras Cipinang, beras medium dijual Rp 13.800 per kilogram.")
                    .place("Pasar Induk Beras Cipinang", "Pasar Induk Beras Cipinang")
                    .money("Rp 13.800", 13800.0, "IDR")
                    .build(),
            ],
            same: false,
            status: None,
        },
        Case {
            what: "one market's price in two outlets: a conflict",
            arts: vec![
                article("a.txt", "Di Pasar Induk Beras Cipinang, beras medium dijual Rp 13.800 per kilogram.")
                    .place("Pasar Induk Beras Cipinang", "Pasar Induk Beras Cipinang")
                    .money("Rp 13.800", 13800.0, "IDR")
                    .build(),
                article("b.txt", "Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 14.000 per kilogram.")
                    .place("Pasar Induk Beras Cipinang", "Pasar Induk Beras Cipinang")
                    .money("Rp 14.000", 14000.0, "IDR")
                    .build(),
            ],
            same: true,
            status: Some("conflict"),
        },
        Case {
            what: "a city's price may omit the city",
            arts: vec![
                article("a.txt", "Harga cabai rawit di Surabaya mencapai Rp 60.000 per kilogram.")
                    .place("Surabaya", "Surabaya")
                    .money("Rp 60.000", 60000.0, "IDR")
                    .build(),
                article("b.txt", "Harga cabai rawit mencapai Rp 60.000 per kilogram.")
                    .money("Rp 60.000", 60000.0, "IDR")
                    .build(),
            ],
            same: true,
            status: Some("agree"),
        },
        Case {
            what: "a rate is not a count",
            arts: vec![
                article("a.txt", "Volume kendaraan di tol sudah di atas 6.000 kendaraan per jam.")
                    .figure("6.000 kendaraan per jam", per_hour)
                    .build(),
                article("b.txt", "Sebanyak 181.920 kendaraan melintas di tol pada hari itu.")
                    .count("181.920", 181920.0, None)
                    .build(),
            ],
            same: false,
            status: None,
        },
    ];
    for c in cases {
        let (groups, _) = compare(&c.arts);
        let first = |a: &Article| {
            let m = a
                .claims
                .iter()
                .find(|c| c.figure.is_some())
                .unwrap_or_else(|| panic!("{}: no figure claim", c.what));
            group_of(&groups, &a.path, m.mention_text())
        };
        let (ga, gb) = (first(&c.arts[0]), first(&c.arts[1]));
        assert_eq!(ga == gb, c.same, "{}: {groups:#?}", c.what);
        if let Some(st) = c.status {
            assert_eq!(groups[ga].status, st, "{}: {groups:#?}", c.what);
        }
    }
}

#[test]
fn the_scope_is_read_from_the_claims_own_sentence() {
    // (sentence, figure, place, period)
    let a = article(
        "a.txt",
        "Menurut Endang, kasus terbanyak ditemukan di Kota Bandar Lampung dengan 598 kasus, disusul Kabupaten Lampung Selatan dengan 341 kasus. \
         Ratih di Jakarta, Kamis, mengatakan neraca migas masih defisit US$ 1,57 miliar. \
         Korlantas mencatat 1.034 kecelakaan selama Operasi Ketupat 2026, turun dibandingkan Operasi Ketupat 2025 yang mencapai 1.498 kecelakaan. \
         Surplus terbesar dengan Amerika Serikat sebesar US$ 1,62 miliar, disusul India US$ 1,31 miliar.",
    )
    .place("Kota Bandar Lampung", "Bandar Lampung")
    .place("Kabupaten Lampung Selatan", "Lampung Selatan")
    .place("Jakarta", "DKI Jakarta")
    .place("Amerika Serikat", "Amerika Serikat")
    .place("India", "India")
    .count("598", 598.0, None)
    .count("341", 341.0, None)
    .money("US$ 1,57 miliar", 1.57e9, "USD")
    .date("2026", "date", "2026")
    .count("1.034", 1034.0, None)
    .date("2025", "date", "2025")
    .count("1.498", 1498.0, None)
    .money("US$ 1,62 miliar", 1.62e9, "USD")
    .money("US$ 1,31 miliar", 1.31e9, "USD")
    .build();
    let want = [
        ("598", Some("Bandar Lampung"), None),
        ("341", Some("Lampung Selatan"), None),
        ("US$ 1,57 miliar", None, None),
        ("1.034", None, Some("2026")),
        ("1.498", None, Some("2025")),
        ("US$ 1,62 miliar", Some("Amerika Serikat"), None),
        ("US$ 1,31 miliar", Some("India"), None),
    ];
    for (m, place, period) in want {
        let c = a
            .claims
            .iter()
            .find(|c| c.mention_text() == m)
            .unwrap_or_else(|| panic!("no claim {m}: {:#?}", a.claims));
        let s = c.scope.clone().unwrap_or_default();
        assert_eq!(
            (s.place.as_deref(), s.period.as_deref()),
            (place, period),
            "{m}"
        );
    }
}
