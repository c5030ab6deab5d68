//! Whole-head table tests: title or not, and where the dateline may be.

use super::*;

struct Row {
    text: &'static str,
    title: Option<&'static str>,
    outlet: Option<&'static str>,
    place: Option<&'static str>,
}

#[test]
fn head_table() {
    let rows = [
        Row {
            text: "Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina\n\nPemimpin Korea Utara menawarkan dukungan.",
            title: Some("Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina"),
            outlet: None,
            place: None,
        },
        Row {
            text: "KPK Tahan Bupati Kolaka Timur\nJakarta, CNN Indonesia -- Komisi Pemberantasan Korupsi menahan Bupati Kolaka Timur.\nIa ditahan 20 hari.",
            title: Some("KPK Tahan Bupati Kolaka Timur"),
            outlet: Some("CNN Indonesia"),
            place: Some("Jakarta"),
        },
        Row {
            // A first line ending with a period is the lead, not a title; the
            // dateline then opens the second paragraph.
            text: "Kim bertemu dengan Lavrov dan menegaskan dukungan.\nPyongyang, Suarathailand- Menteri Luar Negeri Rusia tiba.\nIsi berita.",
            title: None,
            outlet: Some("Suarathailand"),
            place: Some("Pyongyang"),
        },
        Row {
            text: "Jakarta - Gubernur DKI meninjau banjir di Kampung Melayu.\nWarga mengungsi.",
            title: None,
            outlet: None,
            place: Some("Jakarta"),
        },
        Row {
            // A headline-like first line that carries an outlet dateline is body.
            text: "KOMPAS.com - Banjir Rendam Kemang\nWarga mengungsi ke masjid.",
            title: None,
            outlet: Some("Kompas.com"),
            place: None,
        },
        Row {
            // A headline with no body after it is not a title.
            text: "Gempa Guncang Cianjur\n\n",
            title: None,
            outlet: None,
            place: None,
        },
        Row {
            // An outlet's name and a date line before the dateline are not
            // body paragraphs (CNN Indonesia's page layout).
            text: "Banjir Kalimantan Selatan, Dua Warga Meninggal Terseret Arus\n\nCNN Indonesia\nKamis, 16 Jan 2025 08:20 WIB\n\nJakarta, CNN Indonesia -- Dua warga meninggal dunia terseret arus banjir.",
            title: Some("Banjir Kalimantan Selatan, Dua Warga Meninggal Terseret Arus"),
            outlet: Some("CNN Indonesia"),
            place: Some("Jakarta"),
        },
        Row {
            // Detik's byline names the channel; the dateline only the place.
            text: "Lewotobi Laki-laki Berstatus Awas, 1.600 Warga Mengungsi\n\nTim detikBali - detikBali\nRabu, 19 Nov 2025 22:14 WIB\n\nFlores Timur - Gunung Lewotobi Laki-laki meletus pada Rabu sore.",
            title: Some("Lewotobi Laki-laki Berstatus Awas, 1.600 Warga Mengungsi"),
            outlet: Some("Detik"),
            place: Some("Flores Timur"),
        },
        Row {
            // A short line naming no outlet gives none.
            text: "Harga Cabai Naik\n\nOleh Redaksi - Senin\n\nSurabaya - Harga cabai rawit naik di pasar tradisional.",
            title: Some("Harga Cabai Naik"),
            outlet: None,
            place: Some("Surabaya"),
        },
        Row {
            // Antara's dated dateline names the outlet in a second bracket.
            text: "BNPB: Korban Meninggal Gempa Majene Jadi 34 Orang\n\nMamuju, Jumat (15/8/2025) (ANTARA) - Badan Nasional Penanggulangan Bencana menyatakan korban meninggal bertambah.",
            title: Some("BNPB: Korban Meninggal Gempa Majene Jadi 34 Orang"),
            outlet: Some("Antara"),
            place: Some("Mamuju"),
        },
        Row {
            // The dateline is looked for in the first two body paragraphs only.
            text: "Paragraf satu.\nParagraf dua.\nJakarta, CNN Indonesia -- Terlambat.",
            title: None,
            outlet: None,
            place: None,
        },
        Row {
            text: "  \n\n   Harga Emas Antam Turun Rp5.000  \r\nJAKARTA (Antara) - Harga emas turun.\r\n",
            title: Some("Harga Emas Antam Turun Rp5.000"),
            outlet: Some("Antara"),
            place: Some("Jakarta"),
        },
        Row {
            text: "Eintracht Frankfurt merekrut gelandang baru.\nKevin - Prince Boateng sudah menjalani tes medis.",
            title: None,
            outlet: None,
            place: None,
        },
        Row {
            text: "",
            title: None,
            outlet: None,
            place: None,
        },
    ];
    for r in rows {
        let h = parse(r.text);
        assert_eq!(h.title.map(|s| s.of(r.text)), r.title, "{:?}", r.text);
        assert_eq!(h.outlet.as_deref(), r.outlet, "{:?}", r.text);
        assert_eq!(h.dateline.as_deref(), r.place, "{:?}", r.text);
        if let Some(s) = h.dateline_span {
            assert!(r.text.is_char_boundary(s.start) && r.text.is_char_boundary(s.end));
        }
    }
}

#[test]
fn dateline_span_points_into_the_text() {
    let text = "Judul Berita Ekonomi Hari Ini\n\nTEMPO.CO, Jakarta - Rupiah melemah.";
    let h = parse(text);
    assert_eq!(
        h.dateline_span.map(|s| s.of(text)),
        Some("TEMPO.CO, Jakarta -")
    );
}

#[test]
fn huge_and_odd_input() {
    let long = format!("JAKARTA, KOMPAS.com - {}", "Kata ".repeat(400_000));
    let h = parse(&long);
    assert_eq!(h.outlet.as_deref(), Some("Kompas.com"));
    for odd in [
        "\u{202e}Judul Terbalik Arah\nIsi.",
        "🙂\n🙂",
        "\n\n\n",
        "é",
        "((((\n))))",
        "-\n- -",
    ] {
        let h = parse(odd);
        for s in [h.title, h.dateline_span].into_iter().flatten() {
            assert!(odd.is_char_boundary(s.start) && odd.is_char_boundary(s.end));
        }
    }
}

#[test]
fn date_reader_gets_the_first_sentence_and_200_bytes() {
    let long = "x".repeat(700);
    let rows: &[(&str, usize)] = &[
        // The first ". " ends the first sentence: 200 bytes of context after it.
        ("Jakarta - Harga naik. Lalu", 26),
        ("Senin (13/7/2025). Pasar", 24),
        // A period inside a number or glued to text does not end it.
        ("Rp1.500.000 per gram,x.y", 24),
        ("A.", 2),
        (".awal", 5),
        ("Kata dia.\nBaris dua", 19),
        // No sentence end in the first 600 bytes: 800 bytes, as before.
        (&long, 700),
    ];
    for &(head, want) in rows {
        assert_eq!(
            super::first_sentence_context(head.as_bytes()),
            want,
            "{head:?}"
        );
    }
    let text = format!("Ia berkata. {}", "y".repeat(900));
    assert_eq!(super::first_sentence_context(text.as_bytes()), 211);
}

#[test]
fn word_count_agrees_with_split_whitespace() {
    for s in [
        "",
        "CNN Indonesia",
        "Kamis, 16 Jan 2025 08:20 WIB",
        "  satu\tdua\u{a0}tiga\u{3000}empat\u{b}lima enam tujuh ",
        "Selasa , 29 Desember 2014 | 10:15 WIB",
        "é é é é é é é",
        "🙂\u{2003}🙂\u{85}🙂 x y z w",
    ] {
        for n in 0..9 {
            let want = s.split_whitespace().nth(n).is_some();
            assert_eq!(more_words_than(s, n), want, "{s:?} {n}");
        }
    }
}

proptest::proptest! {
    #[test]
    fn word_count_agrees_on_any_text(s in "(a|é| |\t|\u{a0}|\u{2003}|\u{b}|\u{1c}|\u{85}|\n){0,24}", n in 0usize..8) {
        proptest::prop_assert_eq!(more_words_than(&s, n), s.split_whitespace().nth(n).is_some());
    }
}

/// `may_state_a_year` must never turn away a head the stated-date reader
/// reads a date from: checked on every line of every fixture text, a table
/// of date forms, and date-like strings.
fn year_check_holds(head: &str) {
    if crate::extract::date::stated_publication(head, 0).is_some() {
        assert!(super::may_state_a_year(head.as_bytes()), "{head:?}");
    }
}

#[test]
fn year_check_never_hides_a_stated_date() {
    for text in crate::extract::fixture_texts() {
        for line in text.lines() {
            let mut end = line.len().min(800);
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            year_check_holds(&line[..end]);
        }
    }
    for head in [
        "Jakarta, Minggu (13/7/2025) - Harga naik.",
        "Senin, 29 Desember 2014 10:15 WIB",
        "Jakarta, 5/1/15 - Polisi menangkap dua orang.",
        "BANDUNG, 13.07.2025 - Hujan deras.",
        "Surabaya, 13-07-2025 - Banjir surut.",
        "Tahun Baru Imlek 2571 jatuh pada Sabtu.",
        "Kamis, 16 Jan 2025 08:20 WIB",
        "Medan, 3/ 4/ 2016 - x",
        "Padang, 13.7.25 - x",
        "Solo, 1.2.2020 (ANTARA) - x",
    ] {
        year_check_holds(head);
    }
    assert!(!super::may_state_a_year(
        b"Ketua MPR Zulkifli Hasan menyesalkan kisruh."
    ));
    assert!(super::may_state_a_year(b"sejak 2014"));
    assert!(super::may_state_a_year(b"(5/1)"));
    assert!(!super::may_state_a_year(
        b"Harga naik Rp 2.000 per kilogram, 12,5 persen."
    ));
}

proptest::proptest! {
    #[test]
    fn year_check_holds_on_date_like_text(head in "(13|7|1|2025|2014|25|99|/|\\.|-|:| |, |Senin|Juli|Jan|\\(|\\)|Jakarta|pada|tahun|WIB){0,16}") {
        year_check_holds(&head);
    }
}

#[test]
fn first_sentence_context_equals_the_byte_loop() {
    let long_plain = "a".repeat(900);
    let late_mark = format!("{}. Lalu", "b".repeat(650));
    let mark_at_kept = format!("{}. x", "c".repeat(599));
    let rows = [
        "",
        ".",
        ". Lalu",
        "JAKARTA, KOMPAS.com - Harga naik. Lalu turun.",
        "Senin (13/7/2025). Polisi",
        "Rp10.000.000 naik 2,5 persen!\nKemudian",
        "Apa?! Ya.",
        "kata dia.",
        "Dr. Budi.\tLalu",
        long_plain.as_str(),
        late_mark.as_str(),
        mark_at_kept.as_str(),
    ];
    for head in rows {
        let b = head.as_bytes();
        assert_eq!(
            first_sentence_context(b),
            first_sentence_context_slow(b),
            "{head:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn first_sentence_context_equals_the_byte_loop_on_any_head(head in "[a .!?\n\t,0-9]{0,700}") {
        let b = head.as_bytes();
        proptest::prop_assert_eq!(first_sentence_context(b), first_sentence_context_slow(b));
    }
}

/// The chunked year check equals the byte loop, digits on both sides of
/// every eight-byte edge included.
#[test]
fn year_check_equals_the_byte_loop() {
    let rows: &[&[u8]] = &[
        b"",
        b"2014",
        b"abcdefg2014",
        b"abcdefgh201",
        b"abcdefg201 4",
        b"abcdef12/",
        b"abcdefg1/5",
        b"Jakarta, CNN Indonesia -- Senin (13/7) pukul",
        b"Rp 1.000.000 pada 12 Juni",
        "Kamis, 16 Jan 2025 08:20 WIB \u{e9}\u{ff}".as_bytes(),
        b"\xff\xb0\xb9\xb2\xb3\xb4 12 34",
    ];
    for head in rows {
        assert_eq!(
            super::may_state_a_year(head),
            super::may_state_a_year_slow(head),
            "{head:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn year_check_equals_the_byte_loop_on_any_head(head in proptest::collection::vec(proptest::prop_oneof![
        proptest::sample::select(b"0123456789/ a.-".to_vec()),
        proptest::num::u8::ANY,
    ], 0..40)) {
        proptest::prop_assert_eq!(super::may_state_a_year(&head), super::may_state_a_year_slow(&head));
    }
}

/// The head read with the whole text's date tokens equals the head read on
/// its own (`parse_lexed` against `parse`).
fn lexed_head_holds(text: &str) {
    let lexed = crate::extract::numlex::lex(text);
    assert_eq!(parse_lexed(text, &lexed), parse(text), "{text:?}");
}

#[test]
fn lexed_head_equals_the_head() {
    for text in [
        "Banjir Rendam Ribuan Rumah\n\nBEKASI, Minggu (13/7/2025) - Banjir merendam 1.200 rumah.",
        "Harga Cabai Naik\nJakarta, CNN Indonesia -- Senin, 29 Desember 2014 10:15 WIB. Harga naik.",
        "\u{a0}Kamis, 16 Jan 2025 08:20 WIB\nSurabaya, 13-07-2025 - Banjir surut pada Sabtu, 11 Mei 2024.",
        "Medan, 3/ 4/ 2016 - x",
        "",
    ] {
        lexed_head_holds(text);
    }
    let texts = crate::extract::fixture_texts();
    assert!(!texts.is_empty());
    for text in &texts {
        lexed_head_holds(text);
    }
}

proptest::proptest! {
    #[test]
    fn lexed_head_of_any_text(s in "([A-Za-z]{1,7}|[0-9]{1,4}|[ ,./()\n-]|\u{a0}|é|Juli|Minggu|2025|13/7/2025){0,40}") {
        lexed_head_holds(&s);
    }
}

/// On the shared news (IndoSum dev, cleaned as the pipeline cleans it):
/// the lexed head equals the head.
#[test]
#[ignore]
fn lexed_head_equals_the_head_on_shared_news() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        println!("data absent, skipping: {}", dir.display());
        return;
    };
    let markers = crate::clean::Markers::builtin();
    let mut n = 0;
    for e in rd.flatten() {
        let Ok(raw) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        let clean = crate::clean::mask(&raw, &crate::clean::find(&raw, &markers));
        lexed_head_holds(&clean);
        n += 1;
    }
    println!("lexed head = head on {n} articles");
}
