//! Table tests on real Indonesian news phrases: one row per rule, plus
//! properties that must hold on any input.

use super::*;
use crate::model::TokenKind::{self, Number, Punct, Symbol, Url, Word};
use proptest::prelude::*;

fn tokens(text: &str) -> Vec<(&str, TokenKind)> {
    segment(text)
        .tokens
        .iter()
        .map(|t| (t.text(text), t.kind))
        .collect()
}

/// The tokens of `text` joined by `|`.
fn bars(text: &str) -> String {
    tokens(text)
        .iter()
        .map(|(s, _)| *s)
        .collect::<Vec<_>>()
        .join("|")
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| s.span.of(text))
        .collect()
}

/// (phrase, token to find in it, its expected kind)
const ONE_TOKEN: &[(&str, &str, TokenKind)] = &[
    // numbers with Indonesian separators
    ("Sebanyak 10.000 warga mengungsi.", "10.000", Number),
    ("Anggaran Rp 1.200.000 per keluarga.", "1.200.000", Number),
    ("Inflasi naik 12,5 persen.", "12,5", Number),
    ("Koefisiennya hanya 0,77 saja.", "0,77", Number),
    ("Nilainya turun ,5 poin.", ",5", Number),
    (
        "Sidang digelar Minggu (13/7/2025) siang.",
        "13/7/2025",
        Number,
    ),
    (
        "Surat bertanggal 13-07-2025 itu beredar.",
        "13-07-2025",
        Number,
    ),
    (
        "Data per 2025-07-13 menunjukkan kenaikan.",
        "2025-07-13",
        Number,
    ),
    ("Rapat dimulai pukul 07.30 WIB.", "07.30", Number),
    ("Rapat dimulai pukul 07:30 WIB.", "07:30", Number),
    ("Suku bunga naik 40% tahun ini.", "40%", Number),
    ("Harga beras Rp5.000 per liter.", "Rp5.000", Number),
    ("Harga beras Rp.5.000 per liter.", "Rp.5.000", Number),
    ("Nilai kontrak US$10 juta.", "US$10", Number),
    ("Tiketnya $5 saja.", "$5", Number),
    ("Suhu turun hingga -5 derajat.", "-5", Number),
    ("Harganya Rp50.000,- per orang.", "Rp50.000,-", Number),
    ("Kota itu berkembang pada 2000-an.", "2000-an", Number),
    ("Kurs ditutup pada 1.314,40 poin.", "1.314,40", Number),
    ("Hubungi +62 21 5550123 untuk info.", "+62", Number),
    ("Tiket konser €20 per orang.", "€20", Number),
    ("Musim 2017/2018 berakhir.", "2017/2018", Number),
    // hyphenated words and reduplication
    ("Operasi besar-besaran digelar.", "besar-besaran", Word),
    ("Anak-anak bermain di taman.", "Anak-anak", Word),
    ("Resor Wonsan-Kalma dibuka.", "Wonsan-Kalma", Word),
    ("Hubungan Rusia-Korea menguat.", "Rusia-Korea", Word),
    ("Ia menjadi juara ke-3 nasional.", "ke-3", Word),
    ("Pandemi Covid-19 mereda.", "Covid-19", Word),
    ("Pesawat MH-17 jatuh di Ukraina.", "MH-17", Word),
    (
        "Putusan MK Nomor 90/PUU-XXI/2023 dibacakan.",
        "90/PUU-XXI/2023",
        Word,
    ),
    (
        "Diatur dalam PMK No. 34/PMK.011/2007 itu.",
        "34/PMK.011/2007",
        Word,
    ),
    ("Obligasi II/2007 diterbitkan.", "II/2007", Word),
    ("Laporan Moody's terbit.", "'s", Word),
    ("Salat Jum'at ditiadakan.", "Jum'at", Word),
    // abbreviations keep their period
    ("Menurut Dr. Tirta, vaksin aman.", "Dr.", Word),
    ("Jemaah dipimpin H. Ahmad.", "H.", Word),
    ("Beras, gula, dll. naik.", "dll.", Word),
    ("Sayur, buah, dsb. dijual.", "dsb.", Word),
    ("Pengacara Budi, S.H. hadir.", "S.H.", Word),
    ("Transfer a.n. Yayasan Peduli.", "a.n.", Word),
    ("Rumah No. 5 terbakar.", "No.", Word),
    ("Kantornya di Jl. Sudirman.", "Jl.", Word),
    ("Dandim Kol. Inf. Budi hadir.", "Kol.", Word),
    ("Pangdam Letjen. Agus hadir.", "Letjen.", Word),
    ("Kuliah umum Prof. Mahfud.", "Prof.", Word),
    ("Dosen Ir. Sutami datang.", "Ir.", Word),
    ("Gelar M.Si. diraih Ani.", "M.Si.", Word),
    ("Saham PT Astra International Tbk. naik.", "Tbk.", Word),
    ("Proklamator M. Hatta lahir di Bukittinggi.", "M.", Word),
    ("Jaksa Agung H. M. Prasetyo hadir.", "M.", Word),
    // URLs, e-mail, handles, hashtags
    ("Dilansir KOMPAS.com, Senin.", "KOMPAS.com", Url),
    (
        "Baca di https://www.antaranews.com/berita/123.",
        "https://www.antaranews.com/berita/123",
        Url,
    ),
    (
        "Kirim ke redaksi@tempo.co.id segera.",
        "redaksi@tempo.co.id",
        Url,
    ),
    (
        "Kirim ke budi.santoso@kompas.com segera.",
        "budi.santoso@kompas.com",
        Url,
    ),
    ("Akun @jokowi mengunggah video.", "@jokowi", Url),
    ("Tagar #IndonesiaTerserah ramai.", "#IndonesiaTerserah", Url),
    (
        "Situs kemlu.go.id/berita memuatnya.",
        "kemlu.go.id/berita",
        Url,
    ),
    // punctuation and symbols
    ("Tunggu... ia datang.", "...", Punct),
    ("Tunggu… ia datang.", "…", Punct),
    ("Jakarta -- Pemerintah menetapkan", "--", Punct),
    ("Jakarta – Pemerintah menetapkan", "–", Punct),
    ("Jakarta — Pemerintah menetapkan", "—", Punct),
    ("Apa?! Ia kaget.", "?!", Punct),
    ("Harga emas naik + 2 poin.", "+", Symbol),
    ("Pengguna 👍🏽 banyak.", "👍🏽", Symbol),
];

#[test]
fn one_token_table() {
    for &(text, want, kind) in ONE_TOKEN {
        let got = tokens(text);
        assert!(
            got.contains(&(want, kind)),
            "{text:?}: want {want:?} as {kind:?}, got {}",
            bars(text)
        );
    }
}

/// (phrase, every token joined by `|`)
const SPLITS: &[(&str, &str)] = &[
    ("Harga Rp 5.000 saja", "Harga|Rp|5.000|saja"),
    ("naik 5-10 persen", "naik|5|-|10|persen"),
    ("periode 2007-2008.", "periode|2007|-|2008|."),
    ("tanggal 19-21 Agustus", "tanggal|19|-|21|Agustus"),
    ("pada 2025.", "pada|2025|."),
    ("pukul 12.30-13.00 WIB", "pukul|12.30|-|13.00|WIB"),
    ("Jakarta - Pemerintah", "Jakarta|-|Pemerintah"),
    ("level Rp9.000- Rp9.300", "level|Rp9.000|-|Rp9.300"),
    ("suhu 5 - 10 derajat", "suhu|5|-|10|derajat"),
    ("\"nyata\"-nya", "\"|nyata|\"|-nya"),
    ("Rp9.100/9.105 per dolar", "Rp9.100|/|9.105|per|dolar"),
    ("(CDM),\" kata", "(|CDM|)|,|\"|kata"),
    ("'renewable energy' dan", "'|renewable|energy|'|dan"),
    ("selesai.Ia pergi", "selesai|.|Ia|pergi"),
    ("Nomor #1 dunia", "Nomor|#|1|dunia"),
    ("US$ 10 juta", "US$|10|juta"),
    ("kata dia.\"", "kata|dia|.|\""),
    ("Gedung DPR/MPR Senayan", "Gedung|DPR|/|MPR|Senayan"),
    ("periode 03-Oct lalu", "periode|03-Oct|lalu"),
    ("kamera 5-megapixel baru", "kamera|5|-|megapixel|baru"),
    ("kata\u{200E} itu", "kata|itu"),
];

#[test]
fn split_table() {
    for &(text, want) in SPLITS {
        assert_eq!(bars(text), want, "{text:?}");
    }
}

/// (word, expected stem; the word itself when it carries no clitic)
const STEMS: &[(&str, &str)] = &[
    ("Dukungannya besar.", "Dukungan"),
    ("Itulah sebabnya.", "Itu"),
    ("Apakah benar?", "Apa"),
    ("Punya rumah sendiri.", "Punya"),
    ("Hanya diam.", "Hanya"),
    ("Bahkan ia diam.", "Bahkan"),
    ("Tanya lagi.", "Tanya"),
    ("Sekolah ditutup.", "Sekolah"),
    ("Masalah selesai.", "Masalah"),
    ("Kuliah libur.", "Kuliah"),
    ("Kunci hilang.", "Kunci"),
    ("Kuat sekali.", "Kuat"),
    ("Kaum buruh demo.", "Kaum"),
    ("Kubeli rumah itu.", "beli"),
    ("Kaulihat sendiri.", "lihat"),
    ("APBD-nya disepakati.", "APBD"),
];

#[test]
fn clitic_stems_table() {
    for &(text, want) in STEMS {
        let t = segment(text).tokens[0];
        assert_eq!(t.stem().of(text), want, "{text:?}");
        assert_eq!(t.has_clitic(), want != t.text(text), "{text:?}");
    }
    let text = "Kata \"nyata\"-nya perlu dijelaskan.";
    let seg = segment(text);
    let clitic = seg.tokens.iter().find(|t| t.text(text) == "-nya").unwrap();
    assert!(clitic.has_clitic() && clitic.stem().is_empty());
}

/// (paragraph text, its sentences joined by `|`)
const SENTENCES: &[(&str, &str)] = &[
    ("Harga naik. Warga mengeluh.", "Harga naik.|Warga mengeluh."),
    (
        "\"Kami siap,\" kata dia. \"Semua sudah disiapkan.\" Rapat lalu ditutup.",
        "\"Kami siap,\" kata dia.|\"Semua sudah disiapkan.\"|Rapat lalu ditutup.",
    ),
    (
        "Pertemuan itu (di Jakarta) berlangsung lama (sekitar tiga jam). Hasilnya belum jelas.",
        "Pertemuan itu (di Jakarta) berlangsung lama (sekitar tiga jam).|Hasilnya belum jelas.",
    ),
    (
        "Ia menunggu (lama sekali.) Kemudian pergi.",
        "Ia menunggu (lama sekali.)|Kemudian pergi.",
    ),
    (
        "Dr. Tirta dan Prof. Mahfud hadir. Acara dimulai.",
        "Dr. Tirta dan Prof. Mahfud hadir.|Acara dimulai.",
    ),
    (
        "Proklamator M. Hatta lahir pada 1902. Ia wafat di Jakarta.",
        "Proklamator M. Hatta lahir pada 1902.|Ia wafat di Jakarta.",
    ),
    (
        "Inflasi 3,5 persen pada pukul 07.30 WIB. Harga naik 10.000 rupiah.",
        "Inflasi 3,5 persen pada pukul 07.30 WIB.|Harga naik 10.000 rupiah.",
    ),
    (
        "Warga membeli beras, gula, dll. Harga naik.",
        "Warga membeli beras, gula, dll.|Harga naik.",
    ),
    (
        "Warga membeli beras, gula, dll. di pasar.",
        "Warga membeli beras, gula, dll. di pasar.",
    ),
    (
        "Ia terdiam... Lalu ia pergi.",
        "Ia terdiam...|Lalu ia pergi.",
    ),
    ("Ia terdiam... dan pergi.", "Ia terdiam... dan pergi."),
    (
        "\"Merdeka!\" teriak mereka. Massa bubar.",
        "\"Merdeka!\" teriak mereka.|Massa bubar.",
    ),
    (
        "Benarkah itu? Polisi masih menyelidiki!",
        "Benarkah itu?|Polisi masih menyelidiki!",
    ),
    (
        "Jaksa Agung H. M. Prasetyo hadir",
        "Jaksa Agung H. M. Prasetyo hadir",
    ),
    (
        "\"Harga naik. Kami rugi,\" kata pedagang. Pasar sepi.",
        "\"Harga naik. Kami rugi,\" kata pedagang.|Pasar sepi.",
    ),
    ("\"Harga naik. Kami rugi.", "\"Harga naik.|Kami rugi."),
    (
        "Diatur PMK No. 34/PMK.011/2007. Aturan itu berlaku.",
        "Diatur PMK No. 34/PMK.011/2007.|Aturan itu berlaku.",
    ),
    (
        "Saham Sampoerna Packaging Asia Pte. Ltd. (SPA) dijual.",
        "Saham Sampoerna Packaging Asia Pte. Ltd. (SPA) dijual.",
    ),
    (
        "IV. Kesimpulan rapat dibacakan.",
        "IV. Kesimpulan rapat dibacakan.",
    ),
    (
        "1. Pemerintah menaikkan harga BBM.",
        "1. Pemerintah menaikkan harga BBM.",
    ),
    (
        "Korban dibawa ke Puskesmas Sumbang I. Sebanyak 40 siswa masih dirawat.",
        "Korban dibawa ke Puskesmas Sumbang I.|Sebanyak 40 siswa masih dirawat.",
    ),
    (
        "Gol kedua dicetak Bambang P. Para pendukung bersorak.",
        "Gol kedua dicetak Bambang P.|Para pendukung bersorak.",
    ),
    (
        "Menurut Ani S. Dewi, harga beras naik.",
        "Menurut Ani S. Dewi, harga beras naik.",
    ),
    (
        "Rapat dipimpin Ketua DPRD Jawa Tengah Sumanto S. Adalah rapat pertama.",
        "Rapat dipimpin Ketua DPRD Jawa Tengah Sumanto S.|Adalah rapat pertama.",
    ),
    (
        "A. Dalam rapat itu hadir 40 orang.",
        "A. Dalam rapat itu hadir 40 orang.",
    ),
    (
        "Pengacara itu bergelar S.H. dari UI.",
        "Pengacara itu bergelar S.H. dari UI.",
    ),
];

#[test]
fn sentence_table() {
    for &(text, want) in SENTENCES {
        assert_eq!(sentences(text).join("|"), want, "{text:?}");
    }
}

#[test]
fn paragraphs_are_trimmed_lines_and_bound_sentences() {
    let text =
        "  Judul berita\n\n\tBaris kedua tanpa titik\nBaris tiga. Kalimat dua.  \n \u{200B} \n";
    let seg = segment(text);
    let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.of(text)).collect();
    assert_eq!(
        paras,
        [
            "Judul berita",
            "Baris kedua tanpa titik",
            "Baris tiga. Kalimat dua."
        ]
    );
    assert_eq!(
        sentences(text),
        [
            "Judul berita",
            "Baris kedua tanpa titik",
            "Baris tiga.",
            "Kalimat dua."
        ]
    );
}

#[test]
fn combining_marks_and_odd_input_stay_in_tokens() {
    assert_eq!(bars("Cafe\u{301} itu"), "Cafe\u{301}|itu");
    assert_eq!(bars(".\u{301}"), ".\u{301}");
    assert_eq!(
        bars("\u{301}a"),
        "\u{301}a".chars().next().unwrap().to_string() + "|a"
    );
    assert_eq!(bars("مرحبا بالعالم"), "مرحبا|بالعالم");
    assert!(segment("").tokens.is_empty());
    assert!(segment("\n\n  \n").paragraphs.is_empty());
}

#[test]
fn tokenize_narrows_bad_spans() {
    let text = "aé b";
    let mut out = Vec::new();
    tokenize(text, Span::new(2, 100), &mut out);
    assert_eq!(out.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["b"]);
}

fn check_invariants(text: &str) {
    let seg = segment(text);
    let mut prev_end = 0;
    for t in &seg.tokens {
        assert!(t.start < t.end && t.end <= text.len());
        assert!(t.start >= prev_end, "tokens overlap or are unsorted");
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start <= t.stem_start && t.stem_start <= t.stem_end && t.stem_end <= t.end);
        assert!(text.is_char_boundary(t.stem_start) && text.is_char_boundary(t.stem_end));
        // The classes the scanner records on the fly are those of the bytes.
        assert_eq!(
            t.class,
            class::of(&text.as_bytes()[t.start..t.end]),
            "{:?}",
            t.text(text)
        );
        prev_end = t.end;
    }
    let mut next = 0;
    for s in &seg.sentences {
        assert_eq!(
            s.tokens.start, next,
            "sentences must cover every token in order"
        );
        assert!(!s.tokens.is_empty());
        next = s.tokens.end;
        for t in &seg.tokens[s.tokens.clone()] {
            assert!(s.span.contains(&t.span()));
        }
        let in_para = seg
            .paragraphs
            .iter()
            .filter(|p| p.contains(&s.span))
            .count();
        assert_eq!(in_para, 1, "a sentence lies in exactly one paragraph");
    }
    assert_eq!(next, seg.tokens.len());
    // Every character that is not a space is inside a token.
    let mut covered = seg.tokens.iter().peekable();
    for (i, c) in text.char_indices() {
        while covered.peek().is_some_and(|t| t.end <= i) {
            covered.next();
        }
        if !chars::is_space(c) {
            assert!(
                covered.peek().is_some_and(|t| t.start <= i),
                "char {c:?} at {i} not in a token"
            );
        }
    }
}

/// Every token of the fixtures carries the byte classes of its text (the
/// fast paths compute them from the words they already loaded).
#[test]
fn token_classes_are_those_of_their_bytes() {
    let texts = crate::extract::fixture_texts();
    assert!(!texts.is_empty());
    for text in &texts {
        check_invariants(text);
    }
    check_invariants(
        "Harga naik 12,5% di Jakarta. KPK, iPhone dan McDonald's; abcdefghIJKLMNOPq x.",
    );
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_sane(text in "\\PC*") {
        check_invariants(&text);
    }

    #[test]
    fn news_like_text_is_sane(text in "[a-zA-Z0-9 .,:;/%$@#'\"()\\-–…éı\u{301}\u{200B}\n]{0,80}") {
        check_invariants(&text);
    }
}

#[test]
fn odd_inputs_are_sane() {
    for text in [
        "",
        ".",
        "-",
        "\"-nya",
        "Rp",
        "Rp.",
        "US$",
        "@",
        "#",
        "www.",
        "http://",
        "a@b",
        "a.b.",
        "S.H",
        "1-2-3-4",
        "12-12-12-",
        "5,-",
        "2000-a",
        "\u{301}\u{301}",
        "\u{200B}a\u{200B}",
        "🇮🇩🇮🇩 👨‍👩‍👧",
        "x\u{AD}y",
        "\r\n\r\n",
        "Ha\u{0}lo",
    ] {
        check_invariants(text);
    }
}

/// The std trims `trim_spaces` replaces: the oracle.
fn trim_slow(text: &str, start: usize, end: usize) -> (usize, usize) {
    let line = &text[start..end];
    let t = line.trim_start_matches(chars::is_space);
    let s = start + (line.len() - t.len());
    (s, s + t.trim_end_matches(chars::is_space).len())
}

#[test]
fn trim_spaces_equals_the_std_trims() {
    let rows = [
        "",
        " ",
        "\n",
        "Harga beras naik.\n",
        "  \t Banjir merendam Bekasi.\r\n",
        "\u{A0}\u{200B}JAKARTA, KOMPAS.com -\u{FEFF}\u{2060}\n",
        "\u{3000}“Kami rugi,” kata dia.\u{202F}",
        "\u{200E}\u{200F}\u{202A}\u{2066}x\u{2069}\u{202E}",
        "\x0B\x0Cteks\x1C\x1F",
        "e\u{301} \u{301}",
        "🙂 emoji 🙂 ",
        "\u{85}\u{2028}\u{2029}",
        "مرحبا ",
        "      ",
    ];
    for text in rows {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        for &s in &bounds {
            for &e in bounds.iter().filter(|&&e| e >= s) {
                assert_eq!(
                    trim_spaces(text, s, e),
                    trim_slow(text, s, e),
                    "{text:?} {s}..{e}"
                );
            }
        }
    }
}

proptest! {
    #[test]
    fn trim_spaces_equals_the_std_trims_on_any_text(text in "[ \t\r\n\u{A0}\u{200B}\u{FEFF}\u{3000}a-c.é\u{301}🙂]{0,12}") {
        prop_assert_eq!(trim_spaces(&text, 0, text.len()), trim_slow(&text, 0, text.len()));
    }
}
