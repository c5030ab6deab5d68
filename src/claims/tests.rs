//! Table tests of claim extraction on real Indonesian news sentences.

use super::testing::article;
use super::*;

fn only(a: &Article) -> &Claim {
    assert_eq!(a.claims.len(), 1, "{:#?}", a.claims);
    &a.claims[0]
}

#[test]
fn troop_figure_counts_its_class_with_its_source() {
    let a = article("a", "Pejabat Barat percaya Pyongyang telah mengirim sekitar 11.000 pasukan ke Rusia dalam setahun terakhir.")
        .count("sekitar 11.000", 11000.0, Some("about"))
        .place("Pyongyang", "Pyongyang")
        .place("Rusia", "Rusia")
        .build();
    let c = only(&a);
    assert_eq!(c.class.as_deref(), Some("personel"));
    assert_eq!(c.counted.as_deref(), Some("pasukan"));
    assert_eq!(c.event.as_deref(), Some("kirim"));
    assert_eq!(c.measure, "count");
    let at = c.attribution.as_ref().unwrap();
    assert_eq!(
        (at.source.as_str(), at.cue.as_str()),
        ("Pejabat Barat", "percaya")
    );
    assert_eq!(c.hedge, None);
    assert_eq!(c.entities, ["Pyongyang", "Rusia"]);
}

#[test]
fn menurut_after_the_figure_is_the_source() {
    let a = article("a", "Korea Utara telah memasok sekitar 12 juta butir amunisi artileri ke Rusia sejak perang dimulai pada Februari 2022, menurut laporan Yonhap.")
        .count("sekitar 12 juta", 12e6, Some("about"))
        .date("Februari 2022", "date", "2022-02")
        .org("Yonhap", "Yonhap")
        .place("Korea Utara", "Korea Utara")
        .build();
    assert_eq!(a.claims.len(), 2, "{:#?}", a.claims);
    let (f, d) = (&a.claims[0], &a.claims[1]);
    assert_eq!(f.class.as_deref(), Some("amunisi"));
    assert_eq!(f.event.as_deref(), Some("pasok"));
    assert_eq!(f.attribution.as_ref().unwrap().source, "Yonhap");
    // The war started in February 2022: the date's clause opens at "sejak".
    assert_eq!(d.event.as_deref(), Some("perang"));
    assert_eq!(d.measure, "date");
}

#[test]
fn quote_is_a_claim_of_the_quoted_person() {
    let text = "\"Kami menemukan 30 jenazah di sekitar lokasi,\" kata Kepala Basarnas Bambang Soelistyo di Pangkalan Bun.";
    let a = article("a", text)
        .count("30", 30.0, None)
        .person("Bambang Soelistyo", "Bambang Soelistyo")
        .org("Basarnas", "Basarnas")
        .place("Pangkalan Bun", "Pangkalan Bun")
        .build();
    let c = only(&a);
    assert_eq!(c.class.as_deref(), Some("korban"));
    let at = c.attribution.as_ref().unwrap();
    assert!(at.quote);
    assert_eq!(at.source, "Bambang Soelistyo");
}

#[test]
fn pronoun_cue_refers_to_the_last_person_quoted() {
    let text = "Budi Gunadi mengatakan vaksin sudah tiba. \"Sebanyak 1,2 juta dosis tiba hari ini,\" ujarnya.";
    let a = article("a", text)
        .count("1,2 juta", 1.2e6, None)
        .person("Budi Gunadi", "Budi Gunadi Sadikin")
        .build();
    let c = only(&a);
    let at = c.attribution.as_ref().unwrap();
    assert_eq!(
        (at.source.as_str(), at.quote),
        ("Budi Gunadi Sadikin", true)
    );
}

#[test]
fn hedge_and_unattributed() {
    let a = article(
        "a",
        "Gempa itu diperkirakan merusak sedikitnya 1.200 rumah warga di Cianjur.",
    )
    .count("sedikitnya 1.200", 1200.0, Some("at_least"))
    .place("Cianjur", "Cianjur")
    .build();
    let c = only(&a);
    assert_eq!(c.hedge.as_deref(), Some("diperkirakan"));
    assert_eq!(c.attribution, None);
    assert_eq!(c.class.as_deref(), Some("bangunan"));
}

#[test]
fn bare_count_takes_the_class_its_event_implies() {
    let a = article("a", "Kecelakaan bus di Subang menewaskan 11 orang.")
        .count("11", 11.0, None)
        .build();
    let c = only(&a);
    assert_eq!(c.class.as_deref(), Some("korban"));
    assert_eq!(c.event.as_deref(), Some("tewas"));
}

#[test]
fn price_change_has_old_value_delta_and_object() {
    let text = "Harga BBM jenis Pertalite naik Rp 2.350 dari Rp 7.650 menjadi Rp 10.000 per liter.";
    let a = article("a", text)
        .money("Rp 2.350", 2350.0, "IDR")
        .money("Rp 7.650", 7650.0, "IDR")
        .money("Rp 10.000", 10000.0, "IDR")
        .build();
    assert_eq!(a.claims.len(), 3, "{:#?}", a.claims);
    let roles: Vec<_> = a.claims.iter().map(|c| c.role).collect();
    assert_eq!(roles, [Some("delta"), Some("from"), Some("to")]);
    for c in &a.claims {
        assert_eq!(c.class.as_deref(), Some("harga"));
        assert_eq!(c.actors, ["Pertalite"]);
        assert_eq!(c.measure, "money:IDR");
    }
}

#[test]
fn additional_deployment_is_marked() {
    let text = "Pyongyang berencana mengerahkan tambahan 25.000 hingga 30.000 tentara untuk membantu Moskow, menurut intelijen Ukraina.";
    let a = article("a", text)
        .range("25.000 hingga 30.000", 25000.0, 30000.0)
        .place("Pyongyang", "Pyongyang")
        .place("Moskow", "Moskow")
        .place("Ukraina", "Ukraina")
        .build();
    let c = only(&a);
    assert!(c.additional);
    assert_eq!(c.class.as_deref(), Some("personel"));
    assert_eq!(c.attribution.as_ref().unwrap().source, "intelijen Ukraina");
}

#[test]
fn statement_date_is_not_an_event_date() {
    let text =
        "Kemungkinan akan ada lebih banyak pertemuan antara kedua pemimpin, kata Lavrov, Sabtu.";
    let a = article("a", text)
        .date("Sabtu", "date", "2025-07-12")
        .person("Lavrov", "Sergei Lavrov")
        .build();
    assert!(a.claims.is_empty(), "{:#?}", a.claims);
}

#[test]
fn duration_of_a_visit() {
    let a = article(
        "a",
        "Lavrov tiba di Korea Utara pada hari Jumat untuk memulai kunjungan tiga hari.",
    )
    .date("tiga hari", "duration", "P3D")
    .person("Lavrov", "Sergei Lavrov")
    .build();
    let c = a.claims.iter().find(|c| c.measure == "duration").unwrap();
    assert_eq!(c.event.as_deref(), Some("kunjung"));
}

#[test]
fn ordinals_and_parenthesized_conversions_are_not_claims() {
    let text = "Itu adalah kunjungan ketiga Shoigu. Ukraina mempertahankan wilayah seluas sekitar 90 kilometer persegi (35 mil persegi).";
    let mut ord = super::testing::fig(3.0);
    ord.ordinal = true;
    let a = article("a", text)
        .figure("ketiga", ord)
        .figure(
            "90 kilometer persegi",
            crate::extract::figure::Figure {
                unit: Some("km2".into()),
                ..super::testing::fig(90.0)
            },
        )
        .figure(
            "35 mil persegi",
            crate::extract::figure::Figure {
                unit: Some("mi2".into()),
                ..super::testing::fig(35.0)
            },
        )
        .build();
    let texts: Vec<&str> = a.claims.iter().map(|c| c.mention_text()).collect();
    assert_eq!(texts, ["90 kilometer persegi"]);
}

#[test]
fn odd_input_never_panics() {
    for t in ["", "٣٠ 🙂 ,", "\"", "e\u{301} 5", "“ 10 ”"] {
        let mut b = article("a", t);
        if let Some(i) = t.find(|c: char| c.is_ascii_digit()) {
            let n = &t[i..i + 1];
            b = b.count(n, 5.0, None);
        }
        let _ = b.build();
    }
}

#[test]
fn change_roles_and_the_subject_of_a_change() {
    // (sentence, figure, value, role, class)
    type Row = (
        &'static str,
        &'static str,
        f64,
        Option<&'static str>,
        &'static str,
    );
    let table: [Row; 3] = [
        (
            "Korban meninggal dunia akibat gempa bertambah dari 8 menjadi 15 orang.",
            "15 orang",
            15.0,
            Some("to"),
            "korban",
        ),
        (
            "Jumlah korban meninggal akibat gempa di Majene, Sulawesi Barat, bertambah menjadi 46 orang.",
            "46 orang",
            46.0,
            Some("to"),
            "korban",
        ),
        (
            "Banjir bandang di Garut menewaskan 11 orang.",
            "11 orang",
            11.0,
            None,
            "korban",
        ),
    ];
    for (text, needle, value, role, class) in table {
        let a = article("a", text).count(needle, value, None).build();
        let c = a
            .claims
            .iter()
            .find(|c| c.mention_text() == needle)
            .unwrap_or_else(|| panic!("{text}: {:#?}", a.claims));
        assert_eq!((c.role, c.class.as_deref()), (role, Some(class)), "{text}");
        // A change verb is never a figure's event.
        assert_ne!(c.event.as_deref(), Some("naik"), "{text}");
    }
}

#[test]
fn a_time_phrase_may_stand_between_a_change_and_its_new_value() {
    // (sentence, percentage, money, role of the percentage)
    let table: [(&str, &str, &str, Option<&str>); 3] = [
        (
            "Harga cabai merah di Pasar Induk Kramat Jati naik 33,3 persen dalam sepekan menjadi Rp 60.000 per kilogram.",
            "33,3 persen",
            "Rp 60.000",
            Some("delta"),
        ),
        (
            "Beban pencadangan perseroan turun 57 persen secara tahunan menjadi Rp 670 miliar.",
            "57 persen",
            "Rp 670 miliar",
            Some("delta"),
        ),
        // "menjadi" of a role is no new value.
        (
            "Ia menyebut uang sebesar 5 persen tersebut adalah honor menjadi pembicara, Rp 50 juta.",
            "5 persen",
            "Rp 50 juta",
            None,
        ),
    ];
    for (text, pct, money, role) in table {
        let a = article("a", text)
            .percent(pct, 1.0, None)
            .money(money, 1.0, "IDR")
            .build();
        let c = a
            .claims
            .iter()
            .find(|c| c.mention_text() == pct)
            .unwrap_or_else(|| panic!("{text}: {:#?}", a.claims));
        assert_eq!(c.role, role, "{text}");
    }
}

#[test]
fn each_coordinated_figure_keeps_its_own_event() {
    let text = "Sebanyak 637 orang luka-luka dan 15.000 warga mengungsi.";
    let a = article("a", text)
        .count("637 orang", 637.0, None)
        .count("15.000 warga", 15000.0, None)
        .build();
    let classes: Vec<_> = a.claims.iter().map(|c| c.class.as_deref()).collect();
    assert_eq!(classes, [Some("korban luka"), Some("pengungsi")]);
}

#[test]
fn prison_terms_count_their_noun_and_keep_their_role() {
    // (sentence, term, event)
    let table = [
        (
            "Majelis hakim memvonis mantan kepala dinas itu 8 tahun penjara.",
            "8 tahun",
            "vonis",
        ),
        (
            "Jaksa menuntut terdakwa dengan pidana penjara selama 12 tahun.",
            "12 tahun",
            "tuntut",
        ),
    ];
    for (text, needle, event) in table {
        let a = article("a", text).date(needle, "duration", "P8Y").build();
        let c = a.claims.first().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(
            (c.class.as_deref(), c.event.as_deref()),
            (Some("penjara"), Some(event)),
            "{text}"
        );
    }
    // A duration that is only a time frame is no claim.
    let a = article(
        "a",
        "Harga beras di pasar tradisional terus tinggi dalam tiga bulan terakhir.",
    )
    .date("tiga bulan", "duration", "P3M")
    .build();
    assert!(a.claims.is_empty(), "{:#?}", a.claims);
}

#[test]
fn a_date_of_a_noun_event_under_a_verb_of_saying_dates_the_saying() {
    // (sentence, date, is a claim of the event)
    let table = [
        (
            "Pyongyang pertama kali mengakui secara publik pengiriman pasukan ke Rusia pada April.",
            "April",
            false,
        ),
        (
            "Polisi mengatakan serangan terjadi pada Senin malam.",
            "Senin",
            true,
        ),
        (
            "Gempa bumi berkekuatan magnitudo 6,2 mengguncang Kabupaten Majene, Sulawesi Barat, pada Kamis.",
            "Kamis",
            true,
        ),
        (
            "\"Gempa ini tidak berpotensi tsunami,\" ujar Daryono dalam keterangan tertulis, Kamis.",
            "Kamis",
            false,
        ),
    ];
    for (text, needle, want) in table {
        let a = article("a", text).date(needle, "date", "2025-04").build();
        assert_eq!(!a.claims.is_empty(), want, "{text}: {:#?}", a.claims);
    }
}

/// The claims of `text` run through the whole pipeline (tokenizer, figure
/// and date extractors, names), as a real article is.
pub(super) fn pipeline(text: &str) -> Vec<Arc<Claim>> {
    static KNOWLEDGE: std::sync::LazyLock<crate::analyze::Knowledge> =
        std::sync::LazyLock::new(crate::analyze::Knowledge::builtin);
    let source = crate::corpus::Source {
        path: "a.txt".into(),
        text: text.into(),
        encoding: "UTF-8",
    };
    extract(&crate::analyze::analyze_article(source, &KNOWLEDGE))
}

/// (sentence, figure text, class, event): the class of a figure read
/// through the whole pipeline; `None` for no class.
type ClassRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

fn check_classes(table: &[ClassRow]) {
    for &(text, needle, class, event) in table {
        let claims = pipeline(text);
        let c = claims
            .iter()
            .find(|c| c.mention_text() == needle)
            .unwrap_or_else(|| panic!("{text}: no claim {needle:?} in {claims:#?}"));
        assert_eq!(
            (c.class.as_deref(), c.event.as_deref()),
            (class, event),
            "{text}"
        );
    }
}

#[test]
fn a_generic_counter_takes_the_class_of_its_predicate() {
    check_classes(&[
        // Each count its own predicate's event, not the nearest one.
        (
            "Akibat bencana ini, dua orang tewas dan tujuh orang lainnya mengalami luka-luka.",
            "tujuh orang",
            Some("korban luka"),
            Some("luka"),
        ),
        (
            "Jakarta, CNN Indonesia -- Tujuh orang tewas dan 119 lainnya luka-luka pada hari Sabtu (6/3) saat bom meletus di Kabul.",
            "119",
            Some("korban luka"),
            Some("luka"),
        ),
        (
            "Selain korban meninggal dunia, tercatat empat orang mengalami luka berat dan 15 orang dinyatakan hilang.",
            "empat orang",
            Some("luka berat"),
            None,
        ),
        (
            "Sebanyak 9 orang tewas dalam kecelakaan tersebut.",
            "9 orang",
            Some("korban"),
            Some("tewas"),
        ),
        // A two-word synonym whose second word follows the figure counts its
        // class; the death is in the noun, so no other event (not "jatuh")
        // is taken, and it groups with counts of korban of any death event.
        (
            // (Session 8: the noun's second word is the event itself, tewas.)
            "Pesawat itu jatuh di laut dan 61 penumpang tewas, kata Kepala Basarnas.",
            "61 penumpang",
            Some("korban"),
            Some("tewas"),
        ),
        (
            // Not the event of "didapatkan" (found), but the noun's own: tewas.
            "Dari hasil evakuasi didapatkan 47 korban tewas dengan kondisi mengenaskan.",
            "47 korban",
            Some("korban"),
            Some("tewas"),
        ),
        (
            "Banjir bandang di Kabupaten Garut menyebabkan 5 warga meninggal dunia.",
            "5 warga",
            Some("korban"),
            Some("tewas"),
        ),
        (
            "Sebanyak 27 orang mengalami luka-luka dalam bentrokan antarwarga di Sorong.",
            "27 orang",
            Some("korban luka"),
            Some("luka"),
        ),
        (
            "Tim SAR gabungan masih mencari 3 orang hilang akibat longsor di Banjarnegara.",
            "3 orang",
            Some("korban hilang"),
            Some("hilang"),
        ),
        (
            "Sebanyak 120 jiwa mengungsi ke balai desa setelah tanggul jebol.",
            "120 jiwa",
            Some("pengungsi"),
            Some("ungsi"),
        ),
        (
            "Sebanyak 4.100 warga masih bertahan di pengungsian, sebagian di masjid.",
            "4.100 warga",
            Some("pengungsi"),
            Some("ungsi"),
        ),
        // The counter is the subject of a change, its predicate in a relative clause.
        (
            "Jumlah warga yang mengungsi akibat erupsi Gunung Semeru, Jawa Timur, bertambah menjadi 2.970 jiwa.",
            "2.970 jiwa",
            Some("pengungsi"),
            Some("ungsi"),
        ),
        // "yang diduga …" is no predicate of a class: the arrest decides.
        (
            "Polisi menangkap 12 orang yang diduga terlibat penipuan arisan online.",
            "12 orang",
            Some("tahanan"),
            Some("tahan"),
        ),
        // A counted noun of its own is not a counter.
        (
            "Bus itu membawa 61 penumpang yang masih dirawat di rumah sakit.",
            "61 penumpang",
            Some("penumpang"),
            None,
        ),
    ]);
}

#[test]
fn after_yang_only_a_verb_is_a_predicate() {
    // "yang rumahnya roboh" counts people whose houses fell, not houses.
    let text = "Agus mengatakan, sejauh ini pihaknya telah mengevakuasi tiga orang yang rumahnya roboh dan tertimbun akibat longsoran.";
    let claims = pipeline(text);
    let c = claims.iter().find(|c| c.mention_text() == "tiga orang");
    assert_ne!(
        c.and_then(|c| c.class.as_deref()),
        Some("bangunan"),
        "{claims:#?}"
    );
}

#[test]
fn a_generic_noun_linked_to_its_state_counts_that_state() {
    check_classes(&[
        (
            "Dinas Kesehatan Provinsi Jawa Barat mencatat 13 korban kecelakaan bus di Ciater, Kabupaten Subang, mengalami luka berat dan 40 orang luka ringan.",
            "13 korban kecelakaan",
            Some("luka berat"),
            None,
        ),
        (
            "Dinas Kesehatan Provinsi Jawa Barat mencatat 13 korban kecelakaan bus di Ciater, Kabupaten Subang, mengalami luka berat dan 40 orang luka ringan.",
            "40 orang",
            Some("luka ringan"),
            None,
        ),
        (
            "Sebanyak 7 korban ledakan gudang amunisi di Garut menderita luka berat.",
            "7 korban ledakan",
            Some("luka berat"),
            None,
        ),
        // A verb between the noun and the link: the link is another clause's.
        (
            "Sebanyak 8 korban dibawa ke rumah sakit yang mengalami kerusakan akibat gempa.",
            "8 korban",
            Some("korban"),
            None,
        ),
    ]);
}

#[test]
fn a_partitive_figure_is_not_a_value_of_the_whole() {
    // Naming nothing after the marker, it counts what the figure before it
    // counts only as a part (session 12): never as a value of the whole.
    let claims = pipeline("Petugas membawa empat pria, tiga diantaranya katanya anggota polisi.");
    assert!(
        claims
            .iter()
            .all(|c| c.mention_text() != "tiga" || c.class.is_none() || c.part.is_some()),
        "{claims:#?}"
    );
    check_classes(&[
        // Followed by names, the marker reads "including": the figure is the whole.
        (
            "Pasalnya Bu Uti telah membuka tiga cabang diantaranya di Transmart Pabelan dan di Solo Baru.",
            "tiga cabang",
            Some("cabang"),
            None,
        ),
        (
            "\"Dari 11 korban meninggal, sepuluh di antaranya pelajar dan satu guru pendamping,\" ujar Jules.",
            "sepuluh",
            Some("pelajar"),
            None,
        ),
        (
            "Kejaksaan menetapkan lima tersangka, tiga di antaranya pejabat dinas pekerjaan umum.",
            "tiga",
            Some("pejabat"),
            Some("tetapkan"),
        ),
        (
            "Sebanyak 20 warga dilarikan ke rumah sakit, dua orang di antaranya meninggal dunia.",
            "dua orang",
            Some("korban"),
            Some("tewas"),
        ),
        (
            "Dari 54 penumpang pesawat itu, tiga diantaranya balita.",
            "tiga",
            Some("balita"),
            None,
        ),
    ]);
}
