//! Table tests of the claim-reading rules of session 12 (coordinated
//! predicates, and partitives naming no class), with real
//! sentences of the stories and of IndoSum.

use super::tests::pipeline;

/// (sentence, figure text, the field read, or None for no claim).
type Row = (&'static str, &'static str, Option<&'static str>);

/// The rows whose claim (the first whose mention holds the needle, in the
/// last sentence of the text) does not read as wanted.
fn failures(table: &[Row], field: impl Fn(&super::Claim) -> Option<&str>) -> Vec<String> {
    let mut fails = Vec::new();
    for &(text, needle, want) in table {
        let claims = pipeline(text);
        let got = claims
            .iter()
            .find(|c| c.mention_text().contains(needle))
            .and_then(|c| field(c));
        if got != want {
            fails.push(format!("{text}: {needle} {got:?}, want {want:?}"));
        }
    }
    fails
}

#[test]
fn a_verb_after_dan_is_the_event_of_the_figure_after_it() {
    let table: &[Row] = &[
        // The second verb, after "dan", gives its object its own event.
        (
            "Serikat buruh mempertanyakan keterangan manajemen soal ledakan tungku smelter nikel di Konawe Utara yang menewaskan 6 orang dan melukai 27 pekerja.",
            "27",
            Some("luka"),
        ),
        (
            "AFGHANISTAN – Seorang pelaku bom bunuh diri gunakan ambulance dalam aksinya, menewaskan 95 orang dan melukai 158 lainnya di pusat ibukota Afghanistan, Kabul.",
            "158",
            Some("luka"),
        ),
        (
            "Perilisan lagu itu menjadi sarana untuk menyediakan dana bagi mereka yang terkena dampak pengeboman yang menewaskan 22 orang dan melukai 59 lainnya.",
            "59",
            Some("luka"),
        ),
        // The first figure keeps the first verb.
        (
            "Serikat buruh mempertanyakan keterangan manajemen soal ledakan tungku smelter nikel di Konawe Utara yang menewaskan 6 orang dan melukai 27 pekerja.",
            "6",
            Some("tewas"),
        ),
        // A predicate right after a figure is still that figure's.
        (
            "Akibat bencana ini, dua orang tewas dan tujuh orang lainnya mengalami luka-luka.",
            "tujuh",
            Some("luka"),
        ),
    ];
    let fails = failures(table, |c| c.event.as_deref());
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn a_partitive_naming_no_class_is_a_part_of_the_whole_before_it() {
    let arrest = "Kepala BNN mengatakan, sebanyak sembilan tersangka ditangkap dalam operasi tersebut. Tiga di antaranya merupakan warga negara Malaysia.";
    let cards = "Menurut data statistik AFC, Indonesia mencatat penguasaan bola 57 persen. Moriyama mengeluarkan empat kartu kuning, tiga di antaranya untuk pemain Malaysia.";
    let table: &[Row] = &[
        (arrest, "Tiga", Some("merupakan warga negara malaysia")),
        (arrest, "sembilan", None),
        (cards, "tiga", Some("untuk pemain malaysia")),
        (cards, "empat", None),
    ];
    let fails = failures(table, |c| c.part.as_deref());
    assert!(fails.is_empty(), "{}", fails.join("\n"));
    // The part counts what the whole counts (and so never meets another
    // quantity of its own name).
    let claims = pipeline(arrest);
    let class = |needle: &str| {
        claims
            .iter()
            .find(|c| c.mention_text().contains(needle))
            .and_then(|c| c.class.clone())
    };
    assert!(class("sembilan").is_some(), "{claims:#?}");
    assert_eq!(class("Tiga"), class("sembilan"), "{claims:#?}");
    // A partitive naming its own class keeps it, with no part label.
    let fails = failures(
        &[(
            "Sepanjang pertandingan, Indonesia unggul penguasaan bola dengan 58 persen dan melepaskan 14 tembakan, enam di antaranya tepat sasaran.",
            "enam",
            None,
        )],
        |c| c.part.as_deref(),
    );
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn satu_before_a_classifier_next_to_a_death_or_injury_is_a_count_of_one() {
    let table: &[Row] = &[
        (
            "Palembang - Sebanyak 350 kios di Pasar Lemabang Jaya, Palembang, ludes terbakar pada Senin (15/6) dini hari. Satu orang pedagang mengalami luka bakar ringan di bagian tangan saat berusaha menyelamatkan barang dagangannya.",
            "Satu orang",
            Some("claim"),
        ),
        (
            "Catatan Tempo, kebakaran tungku pada 12 Desember 2025 menewaskan empat pekerja, sedangkan tumpahan cairan panas (slag) pada 3 Juni 2025 menewaskan satu orang.",
            "satu",
            Some("claim"),
        ),
        (
            "Dua orang dirawat di rumah sakit, sementara satu orang lainnya meninggal di rumah.",
            "satu",
            Some("claim"),
        ),
        // "satu" as the article "a", and "salah satu": no count.
        (
            "Satu orang saksi mengaku melihat pelaku melarikan diri ke arah utara.",
            "Satu",
            None,
        ),
        (
            "Salah satu orang yang tewas dalam kecelakaan itu adalah warga Bandung.",
            "satu",
            None,
        ),
    ];
    let fails = failures(table, |c| c.figure.as_ref().map(|_| "claim"));
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn a_burn_is_an_injury() {
    let table: &[Row] = &[(
        "Palembang - Sebanyak 350 kios di Pasar Lemabang Jaya, Palembang, ludes terbakar pada Senin (15/6) dini hari. Satu orang pedagang mengalami luka bakar ringan di bagian tangan saat berusaha menyelamatkan barang dagangannya.",
        "Satu orang",
        Some("korban luka"),
    )];
    let fails = failures(table, |c| c.class.as_deref());
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
