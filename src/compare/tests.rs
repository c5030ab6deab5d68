//! Comparison on hand-built articles: seed-like troop figures, a plane crash
//! with a rising toll, fuel prices from several outlets.

use super::*;
use crate::claims::testing::article;

fn find<'a>(groups: &'a [ClaimGroup], mention: &str) -> &'a ClaimGroup {
    groups
        .iter()
        .find(|g| {
            g.statements
                .iter()
                .any(|s| s.claim.mention_text() == mention)
        })
        .unwrap_or_else(|| panic!("no group with {mention:?}: {groups:#?}"))
}

fn troops() -> Vec<Article> {
    vec![
        article("a.txt", "Selain pasokan senjata, Pyongyang juga telah mengirimkan lebih dari 10.000 personel militer untuk mendukung operasi Rusia.")
            .count("lebih dari 10.000", 10000.0, Some("more_than"))
            .place("Pyongyang", "Pyongyang")
            .build(),
        article("b.txt", "Pyongyang berencana mengerahkan tambahan 25.000 hingga 30.000 tentara untuk membantu Moskow, menurut intelijen Ukraina – menambah perkiraan 11.000 tentara yang dikirim Pyongyang tahun lalu.")
            .range("25.000 hingga 30.000", 25000.0, 30000.0)
            .count("11.000", 11000.0, None)
            .place("Pyongyang", "Pyongyang")
            .place("Ukraina", "Ukraina")
            .build(),
        article("c.txt", "Pejabat Barat percaya Pyongyang telah mengirim sekitar 11.000 pasukan ke Rusia dalam setahun terakhir.")
            .count("sekitar 11.000", 11000.0, Some("about"))
            .place("Pyongyang", "Pyongyang")
            .build(),
    ]
}

#[test]
fn troop_figures_agree_and_the_additional_deployment_is_apart() {
    let (groups, _) = compare(&troops());
    let g = find(&groups, "lebih dari 10.000");
    assert_eq!(g.status, "agree");
    assert_eq!(g.articles, ["a.txt", "b.txt", "c.txt"]);
    let extra = find(&groups, "25.000 hingga 30.000");
    assert_ne!(extra.topic, "");
    assert_eq!((extra.status, extra.note), ("unique", Some("additional")));
    // Attribution of each statement travels with it.
    let c = g.statements.iter().find(|s| s.article == "c.txt").unwrap();
    assert_eq!(
        c.claim.attribution.as_ref().unwrap().source,
        "Pejabat Barat"
    );
}

#[test]
fn a_contradicting_figure_conflicts() {
    let mut arts = troops();
    arts.push(
        article(
            "d.txt",
            "Korea Utara telah mengirim 50.000 tentara ke Rusia.",
        )
        .count("50.000", 50000.0, None)
        .build(),
    );
    let (groups, summary) = compare(&arts);
    let g = find(&groups, "50.000");
    assert_eq!((g.status, g.note), ("conflict", None));
    assert!(g.detail.as_deref().unwrap().contains("50.000"));
    assert_eq!(summary.counts.conflict, 1);
}

#[test]
fn a_conflict_names_files_not_whole_paths() {
    let arts = vec![
        article(
            "berita/hari-1/kompas.txt",
            "Pesawat itu membawa 54 penumpang saat jatuh di Selat Makassar.",
        )
        .count("54", 54.0, None)
        .build(),
        article(
            "berita/hari-1/tempo.txt",
            "Pesawat itu membawa 56 penumpang saat jatuh di Selat Makassar.",
        )
        .count("56", 56.0, None)
        .build(),
    ];
    let (groups, _) = compare(&arts);
    let g = find(&groups, "54");
    assert_eq!(g.status, "conflict");
    assert_eq!(
        g.detail.as_deref(),
        Some("values differ: 54 (kompas.txt) vs 56 (tempo.txt)")
    );
}

#[test]
fn an_undated_article_repeating_a_days_value_keeps_the_update() {
    let say = |p: &str, n: &str, v: f64| {
        let text = format!("Kecelakaan bus di Ciater menewaskan {n} orang.");
        article(p, &text).count(n, v, None)
    };
    let mut arts = vec![
        say("1.txt", "9", 9.0).published("2024-05-11").build(),
        say("2.txt", "11", 11.0).published("2024-05-12").build(),
        say("3.txt", "11", 11.0).build(),
    ];
    let (groups, _) = compare(&arts);
    let g = find(&groups, "9");
    assert_eq!((g.status, g.note), ("conflict", Some("update")), "{g:#?}");
    // An undated value that no day gives is a plain difference.
    arts[2] = say("3.txt", "15", 15.0).build();
    let (groups, _) = compare(&arts);
    let g = find(&groups, "9");
    assert_eq!((g.status, g.note), ("conflict", None), "{g:#?}");
}

#[test]
fn rising_toll_is_an_update_and_a_same_day_difference_a_conflict() {
    let day = |p: &str, d: &str, n: &str, v: f64| {
        let text =
            format!("Tim SAR gabungan telah mengevakuasi {n} jenazah korban AirAsia QZ8501.");
        article(p, &text).count(n, v, None).published(d).build()
    };
    let arts = vec![
        day("1.txt", "2015-01-01", "7", 7.0),
        day("2.txt", "2015-01-03", "30", 30.0),
        day("3.txt", "2015-01-05", "37", 37.0),
    ];
    let (groups, _) = compare(&arts);
    let g = find(&groups, "30");
    assert_eq!((g.status, g.note), ("conflict", Some("update")), "{g:#?}");
    let mut arts = arts;
    arts.push(day("4.txt", "2015-01-03", "35", 35.0));
    let (groups, _) = compare(&arts);
    let g = find(&groups, "35");
    assert_eq!((g.status, g.note), ("conflict", None), "{g:#?}");
}

#[test]
fn fuel_prices_group_by_product() {
    let a = article("a.txt", "Harga Pertalite naik dari Rp 7.650 menjadi Rp 10.000 per liter. Harga Solar naik menjadi Rp 6.800 per liter.")
        .money("Rp 7.650", 7650.0, "IDR")
        .money("Rp 10.000", 10000.0, "IDR")
        .money("Rp 6.800", 6800.0, "IDR")
        .build();
    let b = article("b.txt", "Pemerintah menaikkan harga Pertalite menjadi Rp 10.000 per liter, sedangkan harga Solar menjadi Rp 6.800 per liter.")
        .money("Rp 10.000", 10000.0, "IDR")
        .money("Rp 6.800", 6800.0, "IDR")
        .build();
    let (groups, _) = compare(&[a, b]);
    let p = find(&groups, "Rp 10.000");
    assert_eq!((p.status, p.articles.len()), ("agree", 2), "{groups:#?}");
    let s = find(&groups, "Rp 6.800");
    assert_eq!((s.status, s.articles.len()), ("agree", 2));
    let old = find(&groups, "Rp 7.650");
    assert_eq!(old.status, "unique");
    assert!(old.topic.contains("from"));
}

#[test]
fn dated_events_agree_or_conflict() {
    let a = article("a.txt", "Presiden Rusia Vladimir Putin melancarkan invasi skala penuh terhadap Ukraina pada Februari 2022.")
        .date("Februari 2022", "date", "2022-02")
        .person("Vladimir Putin", "Vladimir Putin")
        .build();
    let b = article("b.txt", "Korea Utara memasok amunisi ke Rusia sejak perang dimulai pada Februari 2022, menurut laporan Yonhap.")
        .date("Februari 2022", "date", "2022-02")
        .org("Yonhap", "Yonhap")
        .build();
    let (groups, summary) = compare(&[a.clone(), b]);
    let g = find(&groups, "Februari 2022");
    assert_eq!((g.status, g.articles.len()), ("agree", 2), "{groups:#?}");
    assert_eq!(summary.timeline.len(), 1);
    assert_eq!(summary.timeline[0].date, "2022-02");
    // Two dates for one event of the same people conflict.
    let c = article(
        "c.txt",
        "Presiden Vladimir Putin memerintahkan invasi ke Ukraina pada Maret 2021.",
    )
    .date("Maret 2021", "date", "2021-03")
    .person("Vladimir Putin", "Vladimir Putin")
    .build();
    let (groups, _) = compare(&[a, c]);
    assert_eq!(find(&groups, "Maret 2021").status, "conflict");
}

#[test]
fn percent_and_count_of_one_thing_are_different_measures() {
    let a = article("a.txt", "Korea Utara telah memasok sekitar 12 juta butir amunisi artileri ke Rusia, menurut laporan Yonhap.")
        .count("sekitar 12 juta", 12e6, Some("about"))
        .org("Yonhap", "Yonhap")
        .build();
    let b = article("b.txt", "Korea Utara kini memasok hingga 40% amunisi Rusia untuk perang, ujar Kyrylo Budanov kepada Bloomberg News.")
        .percent("hingga 40%", 40.0, Some("up_to"))
        .person("Kyrylo Budanov", "Kyrylo Budanov")
        .org("Bloomberg News", "Bloomberg News")
        .build();
    let (groups, _) = compare(&[a, b]);
    let count = find(&groups, "sekitar 12 juta");
    let pct = find(&groups, "hingga 40%");
    assert_ne!(count.topic, pct.topic);
    for g in [count, pct] {
        assert_eq!((g.status, g.note), ("unique", Some("different_measure")));
    }
    assert_eq!(
        pct.statements[0].claim.attribution.as_ref().unwrap().source,
        "Kyrylo Budanov"
    );
}

#[test]
fn election_shares_of_different_candidates_do_not_mix() {
    let a = article(
        "a.txt",
        "Prabowo memperoleh 58 persen suara, sementara Anies meraih 24 persen suara.",
    )
    .percent("58 persen", 58.0, None)
    .percent("24 persen", 24.0, None)
    .person("Prabowo", "Prabowo Subianto")
    .person("Anies", "Anies Baswedan")
    .build();
    let b = article(
        "b.txt",
        "Menurut hitung cepat, Prabowo Subianto unggul dengan 58 persen suara.",
    )
    .percent("58 persen", 58.0, None)
    .person("Prabowo Subianto", "Prabowo Subianto")
    .build();
    let (groups, _) = compare(&[a, b]);
    let p = find(&groups, "58 persen");
    assert_eq!((p.status, p.articles.len()), ("agree", 2), "{groups:#?}");
    assert_eq!(find(&groups, "24 persen").status, "unique");
}

#[test]
fn output_does_not_depend_on_article_order() {
    let arts = troops();
    let mut rev = arts.clone();
    rev.reverse();
    let (a, _) = compare(&arts);
    let (b, _) = compare(&rev);
    assert_eq!(a, b);
}

#[test]
fn values_of_different_named_sources_are_noted_not_errors() {
    let arts = vec![
        article(
            "a.txt",
            "BMKG mencatat gempa bermagnitudo 6,2 mengguncang Majene.",
        )
        .org("BMKG", "BMKG")
        .figure("magnitudo 6,2", unit(6.2, "magnitude"))
        .build(),
        article(
            "b.txt",
            "USGS mencatat gempa bermagnitudo 6,0 mengguncang Majene.",
        )
        .org("USGS", "USGS")
        .figure("magnitudo 6,0", unit(6.0, "magnitude"))
        .build(),
        article("c.txt", "Gempa bermagnitudo 6,2 mengguncang Majene.")
            .figure("magnitudo 6,2", unit(6.2, "magnitude"))
            .build(),
    ];
    let (groups, summary) = compare(&arts);
    let g = find(&groups, "magnitudo 6,0");
    assert_eq!((g.status, g.note), ("conflict", Some("different_source")));
    assert_eq!(g.articles.len(), 3);
    assert_eq!(summary.counts.different_source, 1);
    // The same split with the odd value unattributed is a plain conflict.
    let mut arts = arts;
    arts[1] = article("b.txt", "Gempa bermagnitudo 6,0 mengguncang Majene.")
        .figure("magnitudo 6,0", unit(6.0, "magnitude"))
        .build();
    let (groups, _) = compare(&arts);
    let g = find(&groups, "magnitudo 6,0");
    assert_eq!((g.status, g.note), ("conflict", None));
}

#[test]
fn one_sentence_gives_one_value_per_quantity() {
    let arts = vec![
        article(
            "a.txt",
            "Luthfi memperoleh 58,4 persen suara, sedangkan Andika meraih 41,6 persen suara.",
        )
        .person("Luthfi", "Ahmad Luthfi")
        .percent("58,4 persen", 58.4, None)
        .percent("41,6 persen", 41.6, None)
        .build(),
        article("b.txt", "Luthfi mendapat 58,4 persen suara.")
            .person("Luthfi", "Ahmad Luthfi")
            .percent("58,4 persen", 58.4, None)
            .build(),
    ];
    let (groups, _) = compare(&arts);
    let g = find(&groups, "58,4 persen");
    assert_eq!(g.status, "agree", "{groups:#?}");
    assert!(
        g.statements
            .iter()
            .all(|s| s.claim.mention_text() != "41,6 persen")
    );
}

fn unit(v: f64, u: &str) -> crate::extract::figure::Figure {
    let mut f = crate::claims::testing::fig(v);
    f.unit = Some(u.to_string());
    f
}

#[test]
fn a_value_reached_is_that_value() {
    // "mencapai" is reported as `up_to`, but two tolls "reached" are two values.
    let toll = |path: &str, n: f64, text: &str| {
        let needle = format!("mencapai {n}");
        article(path, &format!("Jumlah korban meninggal akibat banjir bandang di Kabupaten Luwu mencapai {text} orang."))
            .count(&needle, n, Some("up_to"))
            .build()
    };
    let (groups, _) = compare(&[toll("a.txt", 14.0, "14"), toll("b.txt", 27.0, "27")]);
    assert_eq!(find(&groups, "mencapai 14").status, "conflict");
    let (groups, _) = compare(&[toll("a.txt", 14.0, "14"), toll("b.txt", 14.0, "14")]);
    assert_eq!(find(&groups, "mencapai 14").status, "agree");
}
