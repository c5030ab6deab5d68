//! Table tests of the claim-reading rules added for the story gaps:
//! modality (target / forecast / plan), with real sentences of other stories.

use super::tests::pipeline;

/// (sentence, figure text, modality).
type ModalityRow = (&'static str, &'static str, Option<&'static str>);

#[test]
fn a_target_forecast_or_plan_is_not_a_measured_value() {
    let table: &[ModalityRow] = &[
        (
            "Bank Indonesia menargetkan inflasi 2026 berada dalam kisaran 2,5 persen plus minus 1 persen.",
            "2,5 persen",
            Some("target"),
        ),
        (
            "Badan Pusat Statistik mencatat inflasi tahunan pada September 2025 sebesar 2,65 persen.",
            "2,65 persen",
            None,
        ),
        (
            "KPU menargetkan tingkat partisipasi pemilih mencapai 77,5 persen pada Pilkada 2024.",
            "77,5 persen",
            Some("target"),
        ),
        (
            "Inflasi tahun depan diproyeksikan berada di kisaran 2,8 persen.",
            "2,8 persen",
            Some("forecast"),
        ),
        (
            "Pemprov DKI Jakarta berencana membangun 1.000 unit rumah susun bagi korban kebakaran.",
            "1.000 unit rumah",
            Some("plan"),
        ),
        // The act after another figure is a clause of its own: measured.
        (
            "Dinas Pariwisata menargetkan 500.000 wisatawan tahun ini dan hingga Juni telah datang 210.000 wisatawan.",
            "210.000 wisatawan",
            None,
        ),
        // The old value of a planned change is today's value.
        (
            "Pemerintah berencana menurunkan harga Pertalite dari Rp 10.000 menjadi Rp 9.500 per liter.",
            "Rp 10.000",
            None,
        ),
        (
            "Pemerintah berencana menurunkan harga Pertalite dari Rp 10.000 menjadi Rp 9.500 per liter.",
            "Rp 9.500",
            Some("plan"),
        ),
        // A hedge estimates a measured value: no modality.
        (
            "Kerugian akibat banjir bandang itu diperkirakan mencapai Rp 12 miliar.",
            "Rp 12 miliar",
            None,
        ),
        // The target after the figure is not the figure's.
        (
            "Realisasi penerimaan pajak mencapai Rp 1.688 triliun atau 94 persen dari target.",
            "Rp 1.688 triliun",
            None,
        ),
    ];
    let fails = failures(table, |c| c.modality);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn an_estimate_is_a_forecast_only_with_a_modal_or_a_future_period() {
    let table: &[ModalityRow] = &[
        // A modal between the verb and the figure, and a future period.
        (
            "Ia memperkirakan defisit hingga akhir tahun bisa melebar menjadi 2,9 persen PDB.",
            "2,9 persen",
            Some("forecast"),
        ),
        // A future period alone.
        (
            "Pemerintah disebut memperkirakan defisit akhir tahun mencapai 2,8 persen PDB.",
            "2,8 persen",
            Some("forecast"),
        ),
        (
            "Bank Indonesia memperkirakan pertumbuhan ekonomi tahun depan mencapai 5,1 persen.",
            "5,1 persen",
            Some("forecast"),
        ),
        // The period after the figure is still the clause's.
        (
            "Penyerapan anggaran kementerian diperkirakan mencapai sekitar 95 persen hingga akhir tahun.",
            "95 persen",
            Some("forecast"),
        ),
        // A modal alone.
        (
            "BNPB memperkirakan jumlah pengungsi bisa bertambah menjadi 5.000 orang jika hujan terus turun.",
            "5.000 orang",
            Some("forecast"),
        ),
        (
            "Pengelola jalan tol memperkirakan akan ada 130.000 kendaraan yang melintas pada puncak arus mudik.",
            "130.000 kendaraan",
            Some("forecast"),
        ),
        // An estimate of a current quantity: no cue, no forecast.
        (
            "Pemerintah memperkirakan sekitar 144 juta orang melakukan perjalanan selama masa angkutan Lebaran tahun ini.",
            "144 juta orang",
            None,
        ),
        (
            "Potensi pergerakan masyarakat selama masa angkutan Lebaran 2026 diperkirakan mencapai 143,9 juta orang.",
            "143,9 juta orang",
            None,
        ),
        (
            "Tingkat partisipasi pemilih diperkirakan mencapai 71 persen.",
            "71 persen",
            None,
        ),
        // A period followed by a past word is past.
        (
            "BPBD memperkirakan kerugian akibat banjir pada akhir tahun lalu mencapai Rp 40 miliar.",
            "Rp 40 miliar",
            None,
        ),
        // A past word before the figure dates it; the figure after it is
        // the forecast.
        (
            "Dampaknya diperkirakan bisa menyusutkan pertumbuhan ekonomi Bali dari yang sebelumnya berada di angka 6 persen menjadi sekitar 4 persen.",
            "6 persen",
            None,
        ),
        (
            "Dampaknya diperkirakan bisa menyusutkan pertumbuhan ekonomi Bali dari yang sebelumnya berada di angka 6 persen menjadi sekitar 4 persen.",
            "4 persen",
            Some("forecast"),
        ),
        // The period does not reach past another figure.
        (
            "Jumlah pemilih pada pilkada mendatang diperkirakan mencapai 32,4 juta orang atau naik dibandingkan pemilu 2019 yang mencapai 30 juta orang.",
            "32,4 juta orang",
            Some("forecast"),
        ),
        (
            "Jumlah pemilih pada pilkada mendatang diperkirakan mencapai 32,4 juta orang atau naik dibandingkan pemilu 2019 yang mencapai 30 juta orang.",
            "30 juta orang",
            None,
        ),
    ];
    let fails = failures(table, |c| c.modality);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

/// (sentence, figure text, part).
type PartRow = (&'static str, &'static str, Option<&'static str>);

#[test]
fn each_item_of_a_breakdown_by_kind_counts_its_part() {
    let damage = "Data BPBD menunjukkan rumah warga yang terdampak gempa terdiri dari rusak berat 1.200 unit, rusak sedang 2.300 unit, dan rusak ringan 4.100 unit.";
    let cattle = "Banjir bandang menghanyutkan ternak warga, terdiri atas sapi 120 ekor, kambing 340 ekor, dan domba 95 ekor.";
    let table: &[PartRow] = &[
        (damage, "1.200 unit", Some("rusak berat")),
        (damage, "2.300 unit", Some("rusak sedang")),
        (damage, "4.100 unit", Some("rusak ringan")),
        (cattle, "120 ekor", Some("sapi")),
        (cattle, "95 ekor", Some("domba")),
        // Amounts of different things, each named: no breakdown.
        (
            "Hakim juga menghukum terdakwa membayar denda Rp 300 juta serta uang pengganti Rp 2,1 miliar.",
            "Rp 300 juta",
            None,
        ),
        // One count: no list.
        (
            "BPBD mencatat sebanyak 1.200 unit rumah rusak berat akibat gempa.",
            "1.200 unit",
            None,
        ),
    ];
    let fails = failures(table, |c| c.part.as_deref());
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn an_anaphoric_subject_counts_the_previous_sentences_noun() {
    // (text, figure, class)
    let table: &[(&str, &str, Option<&str>)] = &[
        (
            "Kejaksaan Agung menaksir kerugian negara dalam kasus korupsi tata niaga timah. Nilainya mencapai Rp 300 triliun.",
            "Rp 300 triliun",
            Some("kerugian"),
        ),
        (
            "Sebanyak 4.500 warga mengungsi akibat banjir di Kabupaten Demak. Jumlah tersebut 3 kali lipat dari kemarin.",
            "3 kali",
            Some("pengungsi"),
        ),
    ];
    let mut fails = failures(table, |c| c.class.as_deref());
    // No anaphor: the figure does not take the sentence before's noun.
    let claims = pipeline(
        "Kejaksaan Agung menaksir kerugian negara dalam kasus korupsi timah. Menurut dia, sidang digelar 3 kali.",
    );
    if claims
        .iter()
        .any(|c| c.mention_text().contains('3') && c.class.as_deref() == Some("kerugian"))
    {
        fails.push(format!("no anaphor: {claims:?}"));
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

/// Failures of a table of (sentence, figure text, wanted value) rows: each
/// sentence must give a claim whose figure text holds the row's text and
/// whose `field` is the wanted value.
fn failures(
    table: &[(&'static str, &'static str, Option<&'static str>)],
    field: impl Fn(&super::Claim) -> Option<&str>,
) -> Vec<String> {
    let mut fails = Vec::new();
    for &(text, needle, want) in table {
        let claims = pipeline(text);
        let got = claims
            .iter()
            .find(|c| c.mention_text().contains(needle))
            .map(|c| field(c));
        if got != Some(want) {
            fails.push(format!(
                "{text}: {needle} {got:?}, want {want:?}; {:?}",
                claims
                    .iter()
                    .map(|c| (c.mention_text(), &c.class))
                    .collect::<Vec<_>>()
            ));
        }
    }
    fails
}

/// (sentence, date text, event label of its claim; `None` for no claim).
type DateRow = (&'static str, &'static str, Option<&'static str>);

#[test]
fn a_bare_date_after_sejak_dates_the_clause_before_it() {
    let table: &[DateRow] = &[
        (
            "Pemerintah menetapkan status siaga darurat sejak 20 Juli 2023.",
            "20 Juli 2023",
            Some("tetapkan"),
        ),
        (
            "Harga minyak melonjak sejak perang dimulai pada Februari 2022.",
            "Februari 2022",
            Some("perang"),
        ),
        (
            "Pemkab Lombok Timur menetapkan status tanggap darurat sejak Selasa, 16 Juli 2024, selama dua pekan.",
            "16 Juli 2024",
            Some("tetapkan"),
        ),
        (
            "Kapal itu tenggelam di perairan Selat Alas, Nusa Tenggara Barat, pada Senin (15/7/2024) sekitar pukul 02.30 WITA.",
            "15/7/2024",
            Some("tenggelam"),
        ),
    ];
    for &(text, needle, event) in table {
        let claims = pipeline(text);
        let all: Vec<String> = claims
            .iter()
            .map(|c| format!("{}={:?}", c.mention_text(), c.event))
            .collect();
        let got = claims
            .iter()
            .find(|c| c.mention_text().contains(needle))
            .and_then(|c| c.event.clone());
        assert_eq!(got.as_deref(), event, "{text}: {all:?}");
    }
}

/// (sentence, figure text, (class, holder) of its rank claim; `None` for no claim).
type RankRow = (
    &'static str,
    &'static str,
    Option<(&'static str, &'static str)>,
);

#[test]
fn an_ordinal_in_digits_after_a_rank_word_is_its_holders_position() {
    let table: &[RankRow] = &[
        (
            "Indonesia yang kini menempati peringkat ke-118 FIFA tampil lebih dominan.",
            "ke-118",
            Some(("peringkat", "Indonesia")),
        ),
        (
            "Saat ini, Sharapova menempati peringkat ke-86 dunia.",
            "ke-86",
            Some(("peringkat", "Sharapova")),
        ),
        // A word ordinal after a rank word is a table's loose talk.
        (
            "Persib kini berada di posisi kedua klasemen sementara Liga 1.",
            "kedua",
            None,
        ),
        // Nobody's position: no claim.
        (
            "Tim itu finis di posisi ke-10 pada musim lalu.",
            "ke-10",
            None,
        ),
        // An ordinal with no rank word before it.
        (
            "Ini adalah kunjungan ke-3 Presiden Joko Widodo ke Papua tahun ini.",
            "ke-3",
            None,
        ),
    ];
    for &(text, needle, want) in table {
        let claims = pipeline(text);
        let got = claims
            .iter()
            .find(|c| c.mention_text().contains(needle) && c.measure == "rank")
            .map(|c| (c.class.clone().unwrap_or_default(), c.actors.clone()));
        match want {
            None => assert!(got.is_none(), "{text}: {got:?}"),
            Some((class, holder)) => {
                let (c, actors) = got.unwrap_or_else(|| panic!("{text}: no rank claim"));
                assert_eq!(c, class, "{text}");
                assert!(actors.iter().any(|a| a == holder), "{text}: {actors:?}");
            }
        }
    }
}

/// (text, figure text, wanted value; `None`: none or no claim), checked on
/// the last figure matching (the anaphor after its referent).
type ValueRow = super::tests_s8::Row;

fn check_values(table: &[ValueRow], field: impl Fn(&super::Claim) -> Option<String>) {
    super::tests_s8::check_with(table, field, true);
}

#[test]
fn the_place_of_a_labelled_figure_or_a_regional_body() {
    let place = |c: &super::Claim| c.scope.as_ref().and_then(|s| s.place.clone());
    let table: &[ValueRow] = &[
        // A year between the place and the label word.
        (
            "Pemerintah Provinsi (Pemprov) DKI Jakarta resmi menetapkan upah minimum provinsi (UMP) DKI Jakarta 2027 sebesar Rp 5.396.761.",
            "5.396.761",
            Some("DKI Jakarta"),
        ),
        (
            "Sementara itu, Pemprov Jawa Barat menetapkan UMP Jawa Barat 2027 sebesar Rp 2.305.473.",
            "2.305.473",
            Some("Jawa Barat"),
        ),
        // The region of a regional body's name.
        (
            "Semarang (ANTARA) - Pemerintah Provinsi Jawa Tengah menetapkan upah minimum provinsi (UMP) 2027 sebesar Rp2.301.846, naik 6,5 persen dari tahun sebelumnya.",
            "2.301.846",
            Some("Jawa Tengah"),
        ),
        // A level phrase after a place.
        (
            "Jakarta tetap juara dengan UMP sekitar Rp 5,4 juta. Jawa Barat ada di angka Rp 2,35 juta, sementara Jawa Tengah sekitar Rp 2,3 juta.",
            "2,35",
            Some("Jawa Barat"),
        ),
        // A national figure after a place is not the place's.
        (
            "UMP tertinggi masih dipegang DKI Jakarta sebesar Rp5.396.761, sedangkan rata-rata UMP nasional 2027 tercatat Rp3,31 juta per bulan.",
            "3,31",
            None,
        ),
        (
            "UMP tertinggi masih dipegang DKI Jakarta sebesar Rp5.396.761, sedangkan rata-rata UMP nasional 2027 tercatat Rp3,31 juta per bulan.",
            "5.396.761",
            Some("DKI Jakarta"),
        ),
    ];
    check_values(table, place);
}

#[test]
fn an_anaphor_or_a_value_refers_to_the_quantity_valued() {
    let class = |c: &super::Claim| c.class.clone();
    let table: &[ValueRow] = &[
        // "nilai <figure> <noun>": the value of the noun.
        (
            "Kepolisian Daerah (Polda) Aceh menaksir nilai 1.200 kilogram sabu dan 300 ribu butir ekstasi yang disita dari sebuah kapal nelayan mencapai Rp 2,1 triliun.",
            "2,1 triliun",
            Some("nilai barang bukti"),
        ),
        // A mid-sentence anaphor past a modifier's noun, through a sentence
        // that is itself an anaphor naming nothing.
        (
            "Polda Aceh menaksir nilai 1.200 kilogram sabu mencapai Rp 2,1 triliun. Taksiran itu lebih tinggi dari angka yang disampaikan BNN. \"Kalau dihitung dengan harga pasaran di Aceh dan Sumatera Utara, nilainya Rp 2,1 triliun,\" kata Rizal.",
            "Rp 2,1 triliun",
            Some("nilai barang bukti"),
        ),
        // The subject before the comma is the anaphor's referent: kept.
        (
            "Harga cabai rawit naik tajam, nilainya Rp 80.000 per kilogram.",
            "80.000",
            Some("cabai rawit"),
        ),
        // A place's level names what the sentence before counts.
        (
            "Jakarta tetap juara dengan UMP sekitar Rp 5,4 juta. Jawa Barat ada di angka Rp 2,35 juta, sementara Jawa Tengah sekitar Rp 2,3 juta.",
            "2,3 juta",
            Some("upah minimum"),
        ),
    ];
    check_values(table, class);
}
