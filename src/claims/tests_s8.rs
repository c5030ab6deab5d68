//! Table tests of the session-8 claim rules (protests, landslides, as-of
//! dates, role nouns, passive agents, party sources), on real Indonesian news
//! sentences of several stories, read through the whole pipeline.

use super::tests::pipeline;

/// (sentence, figure or date text, wanted value; `None`: no value or no claim).
pub(super) type Row = (&'static str, &'static str, Option<&'static str>);

fn check(table: &[Row], field: impl Fn(&super::Claim) -> Option<String>) {
    check_with(table, field, false);
}

/// [`check`] on the first claim whose figure holds the needle, or on the
/// last one when `last` (an anaphor's figure after its referent's).
pub(super) fn check_with(
    table: &[Row],
    field: impl Fn(&super::Claim) -> Option<String>,
    last: bool,
) {
    let mut fails = Vec::new();
    for &(text, needle, want) in table {
        let claims = pipeline(text);
        let mut holding = claims.iter().filter(|c| c.mention_text().contains(needle));
        let found = if last {
            holding.next_back()
        } else {
            holding.next()
        };
        let got = found.map(|c| field(c));
        // A wanted `None` also accepts no claim at all.
        let got_value = got.as_ref().map(|g| g.as_deref());
        if got_value != Some(want) && !(want.is_none() && got.is_none()) {
            let all: Vec<String> = claims
                .iter()
                .map(|c| format!("{}={:?}/{:?}", c.mention_text(), c.class, c.event))
                .collect();
            fails.push(format!("{text}: {needle} {got:?}, want {want:?}; {all:?}"));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn what_a_count_of_people_counts() {
    let table: &[Row] = &[
        // Participants: the crowd of a protest, however it is worded.
        (
            "Menurut polisi, jumlah peserta aksi sekitar 4.500 orang.",
            "4.500",
            Some("peserta"),
        ),
        (
            "Aksi mahasiswa di depan Gedung DPRD Sulawesi Selatan diikuti sekitar 1.000 orang.",
            "1.000",
            Some("peserta"),
        ),
        (
            "Sekitar 2.000 mahasiswa turun ke jalan menolak revisi UU Pilkada di Makassar.",
            "2.000",
            Some("peserta"),
        ),
        // People named by their role count what happens to them, else themselves.
        (
            "Polisi menangkap 12 mahasiswa yang diduga melempari petugas dengan batu.",
            "12",
            Some("tahanan"),
        ),
        (
            "Lima pekerja tewas tertimbun material tambang emas ilegal di Kabupaten Solok.",
            "Lima",
            Some("korban"),
        ),
        (
            "Perusahaan tekstil itu melakukan PHK terhadap 2.500 buruh.",
            "2.500",
            Some("pekerja"),
        ),
        (
            "Polisi mengamankan 23 orang yang diduga memprovokasi massa.",
            "23",
            Some("tahanan"),
        ),
        // "sebagai" links a count to its role; suspects are not the arrested.
        (
            "Polda Jawa Tengah menetapkan enam orang sebagai tersangka kasus pengeroyokan.",
            "enam",
            Some("tersangka"),
        ),
        // The missing, as news words them.
        (
            "Masih ada 14 warga yang belum ditemukan dan diduga tertimbun material longsor.",
            "14",
            Some("korban hilang"),
        ),
        (
            "Sebanyak 10 warga lainnya masih dalam pencarian.",
            "10",
            Some("korban hilang"),
        ),
        // A bare word that opens a class noun named before ("titik panas … 102 titik").
        (
            "Jumlah titik panas di Riau yang terpantau satelit berjumlah 102 titik.",
            "102",
            Some("titik panas"),
        ),
        // A noun after a passive verb is its agent, not the counted head.
        (
            "Adapun korban selamat yang telah dievakuasi tim SAR gabungan berjumlah 120 orang.",
            "120",
            Some("korban selamat"),
        ),
        (
            "Tujuh anggota polisi terluka terkena lemparan batu.",
            "Tujuh",
            Some("personel"),
        ),
        (
            "Bupati menetapkan status tanggap darurat bencana selama 14 hari.",
            "14 hari",
            Some("tanggap darurat"),
        ),
        (
            "Pemerintah menetapkan kenaikan UMP 2025 sebesar 6,5 persen.",
            "6,5",
            Some("upah minimum"),
        ),
    ];
    check(table, |c| c.class.clone());
}

#[test]
fn events_of_counts() {
    let table: &[Row] = &[
        // The second word of "korban meninggal" is the death.
        (
            "Tim SAR gabungan mengevakuasi 12 korban meninggal dunia dari reruntuhan hotel.",
            "12",
            Some("tewas"),
        ),
        (
            "Pesawat itu jatuh di laut dan 61 penumpang tewas.",
            "61",
            Some("tewas"),
        ),
        // Right after a passive verb, security forces are its agent.
        (
            "Aksi itu diikuti sekitar 5.000 orang dan diamankan 2.150 personel gabungan.",
            "2.150",
            None,
        ),
        (
            "Sebanyak 2.150 personel gabungan dikerahkan untuk mengamankan aksi tersebut.",
            "2.150",
            Some("kirim"),
        ),
    ];
    check(table, |c| c.event.clone());
}

#[test]
fn which_dates_date_an_event() {
    let table: &[Row] = &[
        // An as-of date after a count, or opening the sentence of a count.
        (
            "Jumlah korban meninggal akibat banjir bandang bertambah menjadi 21 orang hingga Selasa (5/3/2024).",
            "5/3/2024",
            None,
        ),
        (
            "Gempa mengguncang pada Senin (21/11/2022). Hingga Selasa (22/11/2022) pagi, tim SAR mengevakuasi 62 jenazah.",
            "22/11/2022",
            None,
        ),
        // A date after a list of places still dates the event before them.
        (
            "Banjir bandang melanda permukiman warga di Desa Sumberejo, Kecamatan Batu, Kota Batu, Jawa Timur, pada Kamis (4/11/2021) sore.",
            "4/11/2021",
            Some("landa"),
        ),
        (
            "Tanah longsor terjadi di Desa Cibeunying, Kecamatan Majenang, Kabupaten Cilacap, pada Rabu (13/11/2024) malam.",
            "13/11/2024",
            Some("longsor"),
        ),
        // A protest and its clashes are one dated event.
        (
            "Demo buruh di depan Gedung DPR berakhir ricuh pada Kamis (22/8/2024) malam.",
            "22/8/2024",
            Some("unjuk rasa"),
        ),
        (
            "Ribuan mahasiswa menggelar unjuk rasa di Patung Kuda, Jakarta, pada Senin (11/4/2022).",
            "11/4/2022",
            Some("unjuk rasa"),
        ),
        // A year after an acronym names the thing ("UMP 2025"), it dates nothing.
        (
            "Pemerintah menaikkan UMP 2025 sebesar 6,5 persen.",
            "2025",
            None,
        ),
    ];
    check(table, |c| c.event.clone());
}

#[test]
fn parties_named_by_a_noun_are_sources() {
    let text = "Menurut polisi, jumlah peserta aksi sekitar 4.500 orang. Adapun panitia mengklaim aksi diikuti 30.000 buruh.";
    let claims = pipeline(text);
    let src = |n: &str| {
        claims
            .iter()
            .find(|c| c.mention_text().contains(n))
            .and_then(|c| c.attribution.as_ref())
            .map(|a| (a.source.clone(), a.source_type))
    };
    use crate::extract::names::EntityKind::Organization;
    assert_eq!(src("4.500"), Some(("polisi".into(), Some(Organization))));
    assert_eq!(src("30.000"), Some(("panitia".into(), Some(Organization))));
}

/// A set phrase holding a clause-break word ("saat ini", "setelah itu") opens
/// no clause: the figure keeps the noun before it.
#[test]
fn adverbs_with_a_break_word_open_no_clause() {
    let table: &[Row] = &[
        (
            "Budi menjelaskan stok beras Bulog saat ini 1,7 juta ton dan cukup hingga Lebaran.",
            "1,7 juta",
            Some("cadangan"),
        ),
        (
            "Jumlah pengungsi saat itu 2.300 orang, kata petugas BPBD.",
            "2.300",
            Some("pengungsi"),
        ),
    ];
    check(table, |c| c.class.clone());
}

/// The counts of a list opened by "masing-masing" after a total are its
/// parts, each named by the words after it.
#[test]
fn a_list_after_masing_masing_holds_parts() {
    let table: &[Row] = &[
        (
            "Sebanyak 41 orang masih dirawat, masing-masing 23 orang di RSUD Banyumas dan 18 orang di Puskesmas Sumbang.",
            "18 orang",
            Some("puskesmas sumbang"),
        ),
        (
            "Korban luka 30 orang, masing-masing 12 orang di Kecamatan Cugenang, 10 orang di Kecamatan Pacet dan 8 orang di Kecamatan Cibeber.",
            "10 orang",
            Some("kecamatan pacet"),
        ),
        // The total itself is no part; one count after "masing-masing" is no list.
        (
            "Sebanyak 41 orang masih dirawat, masing-masing 23 orang di RSUD Banyumas dan 18 orang di Puskesmas Sumbang.",
            "41 orang",
            None,
        ),
        (
            "Tiga pelaku masing-masing divonis 5 tahun penjara oleh hakim.",
            "5 tahun",
            None,
        ),
    ];
    check(table, |c| c.part.clone());
}

/// `akan` right before an act verb makes the figure a plan; elsewhere
/// (`yang akan datang`, a verb not right after it) it says nothing.
#[test]
fn akan_before_an_act_is_a_plan() {
    let table: &[Row] = &[
        (
            "Untuk meredam harga, Perum Bulog akan menyalurkan 150.000 ton beras ke pasar.",
            "150.000",
            Some("plan"),
        ),
        (
            "Polda Metro Jaya akan mengerahkan sekitar 18.000 personel untuk mengamankan aksi.",
            "18.000",
            Some("plan"),
        ),
        (
            "Sejak 1 Maret, Bulog sudah menyalurkan 18.000 ton beras melalui pasar tradisional.",
            "18.000",
            None,
        ),
        (
            "Pada tahun yang akan datang, pemerintah membangun 1.000 rumah bagi nelayan.",
            "1.000",
            None,
        ),
    ];
    check(table, |c| c.modality.map(str::to_string));
}
