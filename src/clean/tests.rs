//! Table tests of boilerplate detection on real scraped Indonesian lines: one
//! row per marker form, casing and inline form, and false-positive guards
//! taken from real IndoSum paragraphs.

use super::*;

/// Removed texts and their markers for one input.
fn removed(text: &str) -> Vec<(String, String)> {
    let found = find(text, &Markers::builtin());
    for b in &found {
        assert_eq!(&text[b.start..b.end], b.text, "span and text agree");
    }
    found.into_iter().map(|b| (b.text, b.marker)).collect()
}

/// Whole lines that must be removed, with the marker expected to match.
#[test]
fn whole_lines_are_removed() {
    let rows: &[(&str, &str)] = &[
        (
            "Baca juga: Setya Novanto: Jangan Sampai Kisruh Taksi dan Ojek Online Jadi Besar",
            "teaser: Baca juga:",
        ),
        (
            "Baca Juga: Harga Cabai Rawit di Pasar Induk Tembus Rp100 Ribu",
            "teaser: Baca juga:",
        ),
        (
            "BACA JUGA: Banjir Rendam Ribuan Rumah di Bekasi",
            "teaser: Baca juga:",
        ),
        (
            "baca juga : Polisi Tangkap Pelaku Begal di Depok",
            "teaser: Baca juga:",
        ),
        (
            "Baca Juga :Jokowi Resmikan Tol Trans Sumatera",
            "teaser: Baca juga:",
        ),
        (
            "“Simak Juga: Benang Merah Baru dalam Kasus Kematian Diplomat Muda Kemlu”",
            "teaser: Simak juga:",
        ),
        (
            "“Baca Juga: Manfaat Skinbooster Rejuran untuk Kecantikan Kulit Wajah”",
            "teaser: Baca juga:",
        ),
        (
            "\"Baca juga: KPU Tetapkan Jadwal Pilkada Serentak\"",
            "teaser: Baca juga:",
        ),
        (
            "'Lihat juga: Gempa Magnitudo 5,6 Guncang Cianjur'",
            "teaser: Lihat juga:",
        ),
        (
            "[Baca juga: Macet di Perempatan Mampang]",
            "teaser: Baca juga:",
        ),
        (
            "(Baca Juga: Kevin Sanjaya Komentari Hasil Undian BWF Superseries Finals 2017)",
            "teaser: Baca juga:",
        ),
        (
            "**Baca juga:** Erupsi Gunung Semeru, Warga Diminta Menjauh",
            "teaser: Baca juga:",
        ),
        (
            "- Baca juga: Rupiah Melemah ke Level Rp16.000",
            "teaser: Baca juga:",
        ),
        (
            "Baca: Firasat Ahok dan Seragam Dinas Terakhir",
            "teaser: Baca:",
        ),
        (
            "baca: Tiongkok Luncurkan Misi Luar Angkasa",
            "teaser: Baca:",
        ),
        (
            "SIMAK JUGA: Klasemen Liga Primer Inggris",
            "teaser: Simak juga:",
        ),
        (
            "Berita terkait: Harga BBM Naik Mulai Besok",
            "teaser: Berita terkait:",
        ),
        (
            "Baca\u{a0}juga: Inflasi Juli Terkendali",
            "teaser: Baca juga:",
        ),
        ("Baca juga:", "teaser: Baca juga:"),
        ("Post a Comment", "exact: Post a Comment"),
        (
            "This website uses cookies.",
            "exact: This website uses cookies",
        ),
        ("ADVERTISEMENT", "exact: ADVERTISEMENT"),
        ("Advertisement", "exact: ADVERTISEMENT"),
        (
            "SCROLL TO CONTINUE WITH CONTENT",
            "exact: SCROLL TO CONTINUE WITH CONTENT",
        ),
        ("Bagikan artikel ini", "exact: Bagikan artikel ini"),
        ("ARTIKEL TERKAIT", "exact: Artikel terkait"),
        ("Baca_Juga", "exact: Baca juga"),
        ("  Baca Juga  ", "exact: Baca juga"),
        (
            "MEMBACA\u{a0} Fotografer Rusia Dihukum 16 Tahun Penjara karena Ungkap Detail Bunker Era Soviet | Berita Kebebasan Pers Note: The text is visually enhanced with bold formatting for emphasis, as requested.",
            "caps: MEMBACA",
        ),
        (
            "BACA JUGA Harga Emas Antam Turun Rp5.000",
            "caps: BACA JUGA",
        ),
        ("BACA Kisah Relawan di Pengungsian Gempa Palu", "caps: BACA"),
        ("Editor: Memey Mega", "credit: Editor:"),
        ("Editor : Dian Maharani", "credit: Editor:"),
        ("Penulis: Dwi Widijatmiko", "credit: Penulis:"),
        ("Pewarta: Fransiska Ninditya", "credit: Pewarta:"),
        ("Reporter: Muchammad Resya Firmansyah", "credit: Reporter:"),
        (
            "Sumber: TechCrunch. Gambar header: Pixabay.",
            "credit: Sumber:",
        ),
        (
            "Penulis: Kontributor Bandung, Agie Permadi | Editor: Farid Assifa",
            "credit: Penulis:",
        ),
        ("Foto: Shutterstock", "credit: Foto:"),
        (
            "Bagikan artikel ini: Facebook | Twitter | WhatsApp",
            "credit: Bagikan artikel ini:",
        ),
        (
            "Bagikan : Facebook X Telegram Salin tautan",
            "credit: Bagikan:",
        ),
        ("Share: Facebook | LINE | Email", "credit: Share:"),
        (
            "Note: The text is visually enhanced with bold formatting for emphasis, as requested.",
            "tail: Note: The text is visually enhanced",
        ),
        (
            "This website uses cookies to improve your experience. We'll assume you're ok with this. Accept Read More",
            "tail: This website uses cookies to",
        ),
    ];
    for &(line, marker) in rows {
        let text = format!("Paragraf berita sebelumnya.\n{line}\nParagraf berita berikutnya.");
        let got = removed(&text);
        assert_eq!(got, [(line.to_string(), marker.to_string())], "{line:?}");
    }
}

/// Inline forms: only the parenthesis or the glued tail goes.
#[test]
fn inline_forms() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Kandidat akan diseleksi tanpa dibedakan. (Baca: KPK Siapkan Sejumlah Posisi Strategis untuk Diisi TNI) dan Polri.",
            "(Baca: KPK Siapkan Sejumlah Posisi Strategis untuk Diisi TNI)",
            "teaser: Baca:",
        ),
        (
            "OSO dituduh memindahkan dana partai ke rekening pribadi, sekitar Rp200 miliar (BACA: OSO Resmi Dilaporkan ke Mabes Polri) dan membantahnya.",
            "(BACA: OSO Resmi Dilaporkan ke Mabes Polri)",
            "teaser: Baca:",
        ),
        (
            "Warga mengungsi ke balai desa (baca juga: Banjir Bandang Terjang Garut (Jawa Barat)) sejak Minggu malam.",
            "(baca juga: Banjir Bandang Terjang Garut (Jawa Barat))",
            "teaser: Baca juga:",
        ),
        (
            "Polisi masih memburu pelaku [Baca juga: Begal Motor Beraksi di Bekasi] yang kabur ke arah Cikarang.",
            "[Baca juga: Begal Motor Beraksi di Bekasi]",
            "teaser: Baca juga:",
        ),
        (
            "(Baca juga: Harga Gabah Anjlok) Petani di Karawang mengeluhkan harga gabah yang terus turun.",
            "(Baca juga: Harga Gabah Anjlok)",
            "teaser: Baca juga:",
        ),
        (
            "Kedua ponsel tersebut sudah dapat dipesan sejak 8 hingga 18 April di sejumlah toko ritel dan online. Baca juga: 5 Mei, Samsung Pastikan Jual Galaxy S8 di Indonesia",
            "Baca juga: 5 Mei, Samsung Pastikan Jual Galaxy S8 di Indonesia",
            "teaser: Baca juga:",
        ),
        (
            "Hal itu disampaikan Menkominfo di Jakarta, Kamis (30/3). Baca juga: Apple Investasi Rp586 Miliar di Indonesia",
            "Baca juga: Apple Investasi Rp586 Miliar di Indonesia",
            "teaser: Baca juga:",
        ),
        (
            "Pemerintah menjamin stok beras aman hingga Lebaran. Note: The text has been translated and lightly edited.",
            "Note: The text has been translated and lightly edited.",
            "tail: Note: The text has been",
        ),
    ];
    for &(line, want, marker) in rows {
        let got = removed(line);
        assert_eq!(got, [(want.to_string(), marker.to_string())], "{line:?}");
    }
}

/// Real paragraphs that must be kept whole.
#[test]
fn real_paragraphs_are_kept() {
    let rows: &[&str] = &[
        // "juga" in prose.
        "Kim juga mengungkapkan keyakinannya bahwa tentara dan rakyat Rusia pasti akan meraih kemenangan.",
        "Baca juga buku panduan mitigasi bencana yang dibagikan BPBD, kata Kepala Pelaksana BPBD.",
        // Cookies in a story.
        "Tahun lalu saja, Presiden Taiwan, Tsai Ing - wen, mengadopsi tiga anjing, dan sudah memiliki dua kucing yang dinamainya Cookie dan A - Tsai.",
        "Penjual kue kering di Pasar Baru mengaku omzet cookies cokelat naik dua kali lipat menjelang Lebaran.",
        // Quotes and sentences that open with a marker word but are not teasers.
        "“Lihat Golden Gate Bridge pagi-pagi waktu itu, saya benar-benar takjub ya,” katanya.",
        "\"Baca dulu aturannya sebelum berkomentar,\" ujar Menteri Komunikasi dan Informatika.",
        "“Melihat jumlah pengguna Ruangguru yang terus bertambah, layanan mobile untuk pelajar sangat dibutuhkan.”",
        "Membaca situasi politik menjelang pemilu, partai itu memilih berkoalisi.",
        "MEMBACA",
        "Video tersebut menunjukkan bahwa Tamimi menampar seorang perwira dan meninju seorang prajurit.",
        "Editor film itu, Dian Sastro, mengatakan penyuntingan memakan waktu enam bulan.",
        "Sumber berita itu enggan disebutkan namanya karena tidak berwenang berbicara kepada media.",
        "Sumber di kepolisian menyebutkan bahwa pelaku sudah diintai sejak pekan lalu.",
        "Data itu dikutip dari Badan Pusat Statistik (Sumber: BPS, 2024) dan diolah kembali.",
        "Ia membaca juga: surat itu sudah ditandatangani.",
        "Ia tidak mau membaca: \"Saya lelah,\" tuturnya.",
        "Menurut, bagaimana cover album terbaru Lamar? Berikan jawabanmu di kolom komentar!",
        // A glued teaser followed by real text longer than a headline is kept.
        "Urusan dapur pacu diserahkan pada prosesor Snapdragon. Baca juga: Selamat Datang Galaxy S8 dan Galaxy S8 Plus Tanpa Tombol Home Fisik Galaxy C9 Pro memiliki baterai 4.000 mAh. Kapasitas yang besar ini didukung dengan kemampuan pengisian daya yang cepat sehingga pengguna tidak perlu khawatir.",
        // "Baca juga:" after a comma is not a glued teaser.
        "Warga diimbau, baca juga: petunjuk evakuasi di papan pengumuman.",
        // A long credit-like paragraph is prose.
        "Penulis: buku ini ditulis oleh seorang mantan wartawan yang selama dua puluh tahun meliput konflik di Aceh, Ambon, Poso dan Papua, lalu memutuskan pensiun dini untuk mengajar.",
        "",
        "\n\n",
        "«»",
        "(",
        "Baca",
    ];
    for &line in rows {
        assert_eq!(removed(line), [], "{line:?}");
    }
}

#[test]
fn spans_cover_lines_without_newline_and_handle_crlf() {
    let text = "Judul Berita\r\nBaca juga: Lain\r\nIsi berita.\r\nPost a Comment";
    let found = find(text, &Markers::builtin());
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].text, "Baca juga: Lain");
    assert_eq!(&text[found[0].end..found[0].end + 2], "\r\n");
    assert_eq!(found[1].text, "Post a Comment");
    assert_eq!(found[1].end, text.len());
    let masked = mask(text, &found);
    assert_eq!(masked.len(), text.len());
    assert!(masked.contains("Isi berita."));
    assert!(!masked.contains("Baca"));
}

#[test]
fn user_markers_extend_the_builtin_ones() {
    let mut m = Markers::builtin();
    m.extend(
        "situs.txt",
        "exact: Klik untuk berlangganan\nteaser: Rekomendasi untuk Anda:\n",
    )
    .unwrap();
    let text = "Isi berita.\nKlik untuk berlangganan!\nRekomendasi untuk Anda: Lima Kuliner Khas Solo\nIsi lagi (rekomendasi untuk anda: Wisata Murah) di Solo.";
    let found = find(text, &m);
    let markers: Vec<_> = found.iter().map(|b| b.marker.as_str()).collect();
    assert_eq!(
        markers,
        [
            "exact: Klik untuk berlangganan",
            "teaser: Rekomendasi untuk Anda:",
            "teaser: Rekomendasi untuk Anda:"
        ]
    );
    assert_eq!(found[2].text, "(rekomendasi untuk anda: Wisata Murah)");
}

#[test]
fn odd_input_never_panics() {
    let m = Markers::builtin();
    let odd = [
        "(Baca juga: tanpa penutup",
        "[Baca: ]]]] ((((",
        "Baca juga: \u{0301}\u{0301} ́",
        "مرحبا (Baca juga: عربي) نص",
        "🙂 Baca juga: 🙂🙂",
        "x. Baca juga:",
        "Note: The text is visually enhanced",
        "\r",
        "\n(\n[\n",
        "Ｂａｃａ juga: lebar penuh",
    ];
    for text in odd {
        for b in find(text, &m) {
            assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            assert!(b.start < b.end, "{text:?}");
        }
    }
}

#[test]
fn initials_close_items() {
    let text = "Kandidat diseleksi tanpa dibedakan. (Baca: KPK Siapkan Posisi untuk TNI) (agk/agk)\n(ard)\nBadan Pusat Statistik (BPS)";
    let got = removed(text);
    let want = [
        ("(Baca: KPK Siapkan Posisi untuk TNI)", "teaser: Baca:"),
        ("(agk/agk)", "shape: initials"),
        ("(ard)", "shape: initials"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn one_huge_line_stays_linear() {
    // Many marker hits on one 1.6 MB line: each hit must look only nearby.
    let unit = "Berita ini dibaca. Baca juga: Judul Berita (Baca juga: tanpa penutup ";
    let text = unit.repeat(24_000);
    let t0 = std::time::Instant::now();
    let found = find(&text, &Markers::builtin());
    assert!(!found.is_empty());
    assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
    // Generous even for a debug build; a quadratic scan takes minutes.
    assert!(t0.elapsed().as_secs() < 20, "{:?}", t0.elapsed());
}

/// A teaser marker alone on its line takes the related headline on the next
/// line; a sentence after it, or a long line, stays.
#[test]
fn bare_teaser_takes_the_headline_below() {
    let markers = Markers::builtin();
    let rows: &[(&str, &[&str])] = &[
        (
            "Inflasi Oktober 2,51 persen.\n\nBaca juga:\nHarga Emas Antam Naik Lagi, Segini Harganya per Gram\n\nBPS mencatat kenaikan harga emas.",
            &[
                "Baca juga:",
                "Harga Emas Antam Naik Lagi, Segini Harganya per Gram",
            ],
        ),
        (
            "Bandara ditutup.\n\nLihat Juga :\n\nGunung Lewotobi Erupsi, Bandara Frans Seda Maumere Ditutup\n\nPenerbangan dialihkan.",
            &[
                "Lihat Juga :",
                "Gunung Lewotobi Erupsi, Bandara Frans Seda Maumere Ditutup",
            ],
        ),
        (
            "Bandara ditutup.\nBaca juga:\nPetugas meminta warga menjauh. Abu vulkanik masih turun.\n",
            &["Baca juga:"],
        ),
        (
            "Baca juga: Harga Beras Naik di Pasar Induk\nPedagang mengeluh sepi pembeli\n",
            &["Baca juga: Harga Beras Naik di Pasar Induk"],
        ),
        // A list of headlines under the marker goes up to the blank line; the
        // marker without its colon on a line of its own (Liputan6) is one too.
        (
            "Ekspor naik.\n\nBaca Juga\n\nNeraca Dagang RI Surplus 68 Bulan Beruntun, Ini Penopangnya\nRupiah Dibuka Melemah Jelang Rilis Data BPS\nHarga Batu Bara Acuan Turun, Ekspor Kaltim Tertekan\n\nBPS mencatat impor turun.\n",
            &[
                "Baca Juga",
                "Neraca Dagang RI Surplus 68 Bulan Beruntun, Ini Penopangnya",
                "Rupiah Dibuka Melemah Jelang Rilis Data BPS",
                "Harga Batu Bara Acuan Turun, Ekspor Kaltim Tertekan",
            ],
        ),
        (
            "Arus padat.\nBaca Juga:\nRest Area KM 379 Batang Ditutup Sementara karena Penuh\nPemudik Asal Semarang Pilih Berangkat Dini Hari\n\nKondisi Terkini di Tol Batang\nKendaraan melaju pelan.\n",
            &[
                "Baca Juga:",
                "Rest Area KM 379 Batang Ditutup Sementara karena Penuh",
                "Pemudik Asal Semarang Pilih Berangkat Dini Hari",
            ],
        ),
    ];
    for (text, want) in rows {
        let found = find(text, &markers);
        let got: Vec<&str> = found.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(&got, want, "{text}");
    }
}
