//! Table tests: one row per form, on real news sentences from several
//! stories; each row lists every mention expected in the sentence (text,
//! kind, value), so a spurious or missing mention fails too.

use super::*;
use jiff::civil::date;

fn run(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let doc = Doc {
        text,
        paragraphs: &[],
        sentences: &[],
        tokens: &[],
    };
    extract(&doc, published)
}

/// Sunday 13 July 2025, the date of the seed story.
const REF: &str = "2025-07-13";

type Row = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// The mentions of `sentence` against the expected (text, kind, value)
/// triples: a message when they differ.
pub(super) fn mismatch(
    sentence: &str,
    reference: Option<Date>,
    want: &[(&str, &str, &str)],
) -> Option<String> {
    let got: Vec<(String, &str, String)> = run(sentence, reference)
        .into_iter()
        .map(|m| (m.text, m.kind, m.value.unwrap_or_else(|| "null".into())))
        .collect();
    let want: Vec<(String, &str, String)> = want
        .iter()
        .map(|(t, k, v)| (t.to_string(), *k, v.to_string()))
        .collect();
    (got != want).then(|| format!("{sentence}\n   got  {got:?}\n   want {want:?}"))
}

fn check(reference: Option<&str>, rows: &[Row]) {
    let r = reference.map(|s| s.parse::<Date>().unwrap());
    let mut failures = Vec::new();
    for (sentence, want) in rows {
        failures.extend(mismatch(sentence, r, want));
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn absolute_dates() {
    check(
        Some(REF),
        &[
            (
                "Presiden Rusia Vladimir Putin melancarkan invasi skala penuh terhadap Ukraina pada Februari 2022.",
                &[("Februari 2022", "date", "2022-02")],
            ),
            (
                "Kedua pemimpin bertemu dalam pertemuan puncak di Pyongyang pada Juni 2024 lalu.",
                &[("Juni 2024", "date", "2024-06")],
            ),
            (
                "Lavrov dan Choe menggelar perundingan strategis pada November 2024, menurut TASS.",
                &[("November 2024", "date", "2024-11")],
            ),
            (
                "Gempa bermagnitudo 6,2 mengguncang Mamuju pada 15 Januari 2021 dini hari.",
                &[("15 Januari 2021 dini hari", "time", "2021-01-15TNI")],
            ),
            (
                "Surat keputusan itu diteken pada 13/7/2025 oleh kepala daerah.",
                &[("13/7/2025", "date", "2025-07-13")],
            ),
            (
                "Batas akhir pendaftaran calon ditetapkan 13-07-2025 oleh KPU.",
                &[("13-07-2025", "date", "2025-07-13")],
            ),
            (
                "Soekarno dan Hatta membacakan teks proklamasi pada tanggal 15 Agustus 1945 menurut versi itu.",
                &[("15 Agustus 1945", "date", "1945-08-15")],
            ),
            (
                "Harga minyak goreng naik sejak 3 Jan 2022 dan baru turun 5 Agt 2022.",
                &[
                    ("3 Jan 2022", "date", "2022-01-03"),
                    ("5 Agt 2022", "date", "2022-08-05"),
                ],
            ),
            (
                "Data BPS per Sept 2023 dan Des 2023 menunjukkan inflasi melandai.",
                &[
                    ("Sept 2023", "date", "2023-09"),
                    ("Des 2023", "date", "2023-12"),
                ],
            ),
            (
                "Survei dilakukan pada 22-25 Januari 2013 dengan metode acak.",
                &[("22-25 Januari 2013", "date", "2013-01-22/2013-01-25")],
            ),
            (
                "Ketua KPK periode 2014-2019 itu kembali diperiksa.",
                &[("2014-2019", "date", "2014/2019")],
            ),
            (
                "Barcelona menjuarai La Liga musim 2016-17.",
                &[("2016-17", "date", "2016/2017")],
            ),
            (
                "Kawasan itu mulai dibangun pada 1970-an.",
                &[("1970-an", "date", "197")],
            ),
            (
                "Teknologi itu meraih peluang pada abad ke-21.",
                &[("abad ke-21", "date", "20")],
            ),
        ],
    );
}

#[test]
fn years_and_not_years() {
    check(
        Some(REF),
        &[
            (
                "Pertumbuhan ekonomi tahun 2025 diperkirakan melambat.",
                &[("2025", "date", "2025")],
            ),
            (
                "Penerimaan pajak pada 2025 ditargetkan naik, sejak 2019 selalu meleset.",
                &[("2025", "date", "2025"), ("2019", "date", "2019")],
            ),
            (
                "Film Laskar Pelangi (2008) kembali diputar di bioskop.",
                &[("2008", "date", "2008")],
            ),
            (
                "Sebanyak 2025 orang mengungsi dan bantuan senilai Rp 2.025 per orang dibagikan.",
                &[],
            ),
            (
                "Sekitar 40% warga dan 35 relawan terlibat dalam evakuasi.",
                &[],
            ),
            (
                "Ia dijerat UU Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
                &[("2008", "date", "2008")],
            ),
            (
                "Kampanye Pemilu 2024 berlangsung selama 75 hari.",
                &[("2024", "date", "2024"), ("75 hari", "duration", "P75D")],
            ),
            (
                "Izin usaha itu dicabut sejak 2019 lalu, dan pabriknya berdiri pada 1998 silam.",
                &[
                    ("2019 lalu", "date", "2019"),
                    ("1998 silam", "date", "1998"),
                ],
            ),
            (
                "Ia tampil di final Liga 2024 kemarin malam bersama timnya.",
                &[
                    ("2024", "date", "2024"),
                    ("kemarin malam", "time", "2025-07-12TNI"),
                ],
            ),
        ],
    );
}

#[test]
fn weekdays_with_dates() {
    check(
        Some(REF),
        &[
            (
                "Lavrov tiba di Wonsan, Korea Utara, Minggu (13/7/2025), untuk kunjungan tiga hari.",
                &[
                    ("Minggu (13/7/2025)", "date", "2025-07-13"),
                    ("tiga hari", "duration", "P3D"),
                ],
            ),
            (
                "\"Ya sama dong,\" ujar Joko Widodo di Menteng, Jakarta Pusat, Kamis (25/9/2014).",
                &[("Kamis (25/9/2014)", "date", "2014-09-25")],
            ),
            (
                "Hal itu disampaikan Kapolda di Mapolda Jatim, Senin, 29 Desember 2014.",
                &[("Senin, 29 Desember 2014", "date", "2014-12-29")],
            ),
            (
                "Ratusan warga menggelar aksi di depan gedung DPRD, Jumat (11/7).",
                &[("Jumat (11/7)", "date", "2025-07-11")],
            ),
            (
                "Kebakaran terjadi di Pasar Senen, Sabtu (12/7) malam.",
                &[("Sabtu (12/7) malam", "time", "2025-07-12TNI")],
            ),
            (
                "Banjir melanda Bekasi pada Jumat (10/3/2017) pukul 20.36 WIB.",
                &[(
                    "Jumat (10/3/2017) pukul 20.36 WIB",
                    "time",
                    "2017-03-10T20:36",
                )],
            ),
            (
                "Mentan melepas ekspor di Cikande, Serang, Banten, Senin (13/3/ 2017).",
                &[("Senin (13/3/ 2017)", "date", "2017-03-13")],
            ),
            (
                "Lohan baru saja tiba di Pulau Dewata hari ini, Rabu (9/7) dan langsung berlibur.",
                &[
                    ("hari ini", "date", "2025-07-09"),
                    ("Rabu (9/7)", "date", "2025-07-09"),
                ],
            ),
            (
                "Kapal itu tenggelam pada Selasa silam (8/7) di perairan Bali.",
                &[("Selasa silam (8/7)", "date", "2025-07-08")],
            ),
            (
                "Menurut BMKG, gempa susulan tercatat (25/6) sore.",
                &[("(25/6) sore", "time", "2025-06-25TAF")],
            ),
        ],
    );
}

#[test]
fn weekdays_alone() {
    check(
        Some(REF),
        &[
            (
                "Pada hari Sabtu, Kim bertemu dengan Lavrov, kata kementerian itu.",
                &[("Sabtu", "date", "2025-07-12")],
            ),
            (
                "Kedua negara akan terus berkomunikasi, kata Lavrov, Sabtu.",
                &[("Sabtu", "date", "2025-07-12")],
            ),
            (
                "Gubernur meninjau lokasi longsor pada Kamis pagi.",
                &[("Kamis pagi", "time", "2025-07-10TMO")],
            ),
            (
                "Presiden akan meresmikan bendungan itu pada Rabu mendatang.",
                &[("Rabu mendatang", "date", "2025-07-16")],
            ),
            (
                "Menteri akan berkunjung ke Papua pada Jumat.",
                &[("Jumat", "date", "2025-07-18")],
            ),
            (
                "Maka rapat paripurna dilanjutkan Kamis besok pada pukul 10.00 WIB.",
                &[
                    ("Kamis besok", "date", "2025-07-17"),
                    ("pukul 10.00 WIB", "time", "2025-07-17T10:00"),
                ],
            ),
            (
                "Ia diperiksa penyidik KPK, Senin lalu.",
                &[("Senin lalu", "date", "2025-07-07")],
            ),
            (
                "Tim SAR melanjutkan pencarian pada Minggu pagi.",
                &[("Minggu pagi", "time", "2025-07-13TMO")],
            ),
            (
                "Harga cabai naik dua minggu terakhir dan minggu lalu sempat turun.",
                &[
                    ("dua minggu terakhir", "duration", "P2W"),
                    ("minggu lalu", "date", "2025-W27"),
                ],
            ),
            (
                "Minggu depan DPR menggelar rapat paripurna.",
                &[("Minggu depan", "date", "2025-W29")],
            ),
        ],
    );
}

#[test]
fn months_without_year() {
    check(
        Some(REF),
        &[
            (
                "Putin dan Lavrov menerima Choe pada bulan November dalam kunjungan ke Moskow.",
                &[("November", "date", "2024-11")],
            ),
            (
                "Ukraina pada bulan Juni mengatakan pasukan Korea Utara dikerahkan.",
                &[("Juni", "date", "2025-06")],
            ),
            (
                "Inflasi pada April tercatat 1,95 persen.",
                &[("April", "date", "2025-04")],
            ),
            (
                "Pemerintah akan menaikkan tarif listrik pada bulan Oktober.",
                &[("Oktober", "date", "2025-10")],
            ),
            (
                "Pilkada serentak digelar pada November mendatang.",
                &[("November mendatang", "date", "2025-11")],
            ),
            (
                "Hujan lebat masih berpeluang terjadi hingga akhir Juli mendatang.",
                &[("akhir Juli mendatang", "date", "2025-07")],
            ),
            (
                "Korban banjir Mei lalu belum menerima bantuan.",
                &[("Mei lalu", "date", "2025-05")],
            ),
            (
                "Kim bertemu Putin pada Juni tahun lalu dan sepakat saling membantu.",
                &[("Juni tahun lalu", "date", "2024-06")],
            ),
            ("Penyanyi Mei Lin tampil memukau di Jakarta.", &[]),
        ],
    );
}

#[test]
fn relative_dates() {
    check(
        Some(REF),
        &[
            (
                "Kedua pihak memperluas kerja sama berdasarkan perjanjian yang ditandatangani tahun lalu.",
                &[("tahun lalu", "date", "2024")],
            ),
            (
                "Polisi menangkap tersangka kemarin dan akan merilisnya hari ini.",
                &[
                    ("kemarin", "date", "2025-07-12"),
                    ("hari ini", "date", "2025-07-13"),
                ],
            ),
            (
                "Sidang dilanjutkan besok, sedangkan putusan dibacakan lusa.",
                &[
                    ("besok", "date", "2025-07-14"),
                    ("lusa", "date", "2025-07-15"),
                ],
            ),
            (
                "Harga beras naik sejak bulan lalu dan pekan lalu mencapai puncaknya.",
                &[
                    ("bulan lalu", "date", "2025-06"),
                    ("pekan lalu", "date", "2025-W27"),
                ],
            ),
            (
                "Bank Indonesia menahan suku bunga tahun ini dan memangkasnya tahun depan.",
                &[
                    ("tahun ini", "date", "2025"),
                    ("tahun depan", "date", "2026"),
                ],
            ),
            (
                "Pasien itu dirawat sejak 3 hari yang lalu.",
                &[("3 hari yang lalu", "date", "2025-07-10")],
            ),
            (
                "Kebakaran serupa terjadi dua pekan lalu di pasar yang sama.",
                &[("dua pekan lalu", "date", "2025-W26")],
            ),
            (
                "Ia dilantik Maret dan sebulan kemudian mengundurkan diri.",
                &[("sebulan kemudian", "date", "null")],
            ),
            (
                "Proyek itu ditargetkan rampung akhir tahun ini.",
                &[("akhir tahun ini", "date", "2025")],
            ),
            (
                "Tarif baru berlaku awal bulan depan.",
                &[("awal bulan depan", "date", "2025-08")],
            ),
            (
                "Pembangunan jalan tol selesai dua tahun lagi.",
                &[("dua tahun lagi", "date", "2027")],
            ),
        ],
    );
}

#[test]
fn times() {
    check(
        Some(REF),
        &[
            (
                "Gempa terjadi pukul 07.24 WIB dengan pusat di laut.",
                &[("pukul 07.24 WIB", "time", "2025-07-13T07:24")],
            ),
            (
                "Pesawat mendarat di Makassar 07.30 WITA.",
                &[("07.30 WITA", "time", "2025-07-13T07:30")],
            ),
            (
                "Rapat dimulai pukul 10.00 di Balai Kota.",
                &[("pukul 10.00", "time", "2025-07-13T10:00")],
            ),
            (
                "Tim SAR menemukan korban sekitar pukul 04.28 WIB, Selasa (8/7).",
                &[
                    ("pukul 04.28 WIB", "time", "2025-07-08T04:28"),
                    ("Selasa (8/7)", "date", "2025-07-08"),
                ],
            ),
            (
                "Warga mendengar ledakan dini hari, lalu api membesar pada pagi hari.",
                &[
                    ("dini hari", "time", "2025-07-13TNI"),
                    ("pagi hari", "time", "2025-07-13TMO"),
                ],
            ),
            (
                "Presiden akan menyampaikan pidato malam ini.",
                &[("malam ini", "time", "2025-07-13TNI")],
            ),
            (
                "Hujan deras turun sejak siang hingga sore.",
                &[
                    ("siang", "time", "2025-07-13TMI"),
                    ("sore", "time", "2025-07-13TAF"),
                ],
            ),
            (
                "Keputusan tersebut diambil Presiden pagi tadi.",
                &[("pagi tadi", "time", "2025-07-13TMO")],
            ),
            (
                "Mereka makan malam bersama, lalu berpamitan sambil mengucapkan selamat pagi.",
                &[],
            ),
            (
                "Warga berjaga hingga tengah malam, lalu polisi datang larut malam.",
                &[
                    ("tengah malam", "time", "2025-07-13TNI"),
                    ("larut malam", "time", "2025-07-13TNI"),
                ],
            ),
            (
                "Jadwal baru berlaku mulai 10:15 WIB dan pengumuman terbit 13.07.2025.",
                &[
                    ("10:15 WIB", "time", "2025-07-13T10:15"),
                    ("13.07.2025", "date", "2025-07-13"),
                ],
            ),
            (
                "Kereta berangkat pukul 8 malam dari Gambir.",
                &[("pukul 8 malam", "time", "2025-07-13T20:00")],
            ),
        ],
    );
}

#[test]
fn durations() {
    check(
        Some(REF),
        &[
            (
                "Lavrov memulai kunjungan tiga hari ke Pyongyang.",
                &[("tiga hari", "duration", "P3D")],
            ),
            (
                "Ia memimpin partai itu selama enam tahun.",
                &[("enam tahun", "duration", "P6Y")],
            ),
            (
                "Pyongyang mengirim sekitar 11.000 pasukan ke Rusia dalam setahun terakhir.",
                &[("setahun terakhir", "duration", "P1Y")],
            ),
            (
                "Harga emas naik tajam dua tahun terakhir.",
                &[("dua tahun terakhir", "duration", "P2Y")],
            ),
            (
                "Kunjungan itu bagian dari serangkaian kunjungan dalam beberapa bulan terakhir.",
                &[("beberapa bulan terakhir", "duration", "null")],
            ),
            (
                "Pengadilan menjatuhkan vonis 16 tahun penjara kepada fotografer itu.",
                &[("16 tahun", "duration", "P16Y")],
            ),
            (
                "Fotografer Rusia Dihukum 16 Tahun Penjara karena Ungkap Detail Militer",
                &[("16 Tahun", "duration", "P16Y")],
            ),
            (
                "Posko darurat dibuka 24 jam selama masa tanggap darurat.",
                &[("24 jam", "duration", "PT24H")],
            ),
            (
                "Pencarian korban diperpanjang dua minggu.",
                &[("dua minggu", "duration", "P2W")],
            ),
            (
                "Perjalanan ke gurun memakan waktu sekitar 45-60 menit.",
                &[],
            ),
            (
                "Harga karet anjlok sedekade, padahal sehari sebelumnya masih naik.",
                &[
                    ("sedekade", "duration", "P10Y"),
                    ("sehari sebelumnya", "date", "null"),
                ],
            ),
            (
                "Proyek itu tertunda satu setengah tahun.",
                &[("satu setengah tahun", "duration", "P1.5Y")],
            ),
            (
                "Pria berusia 27 tahun itu ditangkap; Raul Khajimba, 56 tahun, memimpin oposisi.",
                &[],
            ),
            (
                "Dua orang luka berat (Cecep Rahmat, 24 tahun dan Asep Suparmin 45 tahun).",
                &[],
            ),
        ],
    );
}

#[test]
fn sets() {
    check(
        Some(REF),
        &[
            (
                "Obat itu diminum setiap hari selama sebulan.",
                &[
                    ("setiap hari", "set", "P1D"),
                    ("sebulan", "duration", "P1M"),
                ],
            ),
            (
                "Festival itu digelar tiap tahun di Yogyakarta.",
                &[("tiap tahun", "set", "P1Y")],
            ),
            (
                "Kereta berangkat setiap Jumat pukul 20.45 WIB dari Gambir.",
                &[("setiap Jumat pukul 20.45 WIB", "set", "XXXX-WXX-5T20:45")],
            ),
            // A frequency: left to the figures stage, no date at all.
            (
                "Maskapai membuka penerbangan langsung dua kali seminggu antara Moskow dan Pyongyang.",
                &[],
            ),
        ],
    );
}

#[test]
fn stated_publication_forms() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Minggu (13/7/2025) - Lavrov tiba di Wonsan.",
            "2025-07-13",
            "Minggu (13/7/2025)",
        ),
        (
            "Senin, 29 Desember 2014 - Pesawat hilang kontak.",
            "2014-12-29",
            "Senin, 29 Desember 2014",
        ),
        (
            "Jakarta, Kamis (25/9/2014) - Jokowi menemui para ketua partai.",
            "2014-09-25",
            "Kamis (25/9/2014)",
        ),
        (
            "JAKARTA, KOMPAS.com - Selasa (5/1/2015) pagi, tim SAR kembali menyisir laut.",
            "2015-01-05",
            "Selasa (5/1/2015) pagi",
        ),
        (
            "Rabu, 17/06/2020 10:15 WIB\nPemerintah memperpanjang PSBB.",
            "2020-06-17",
            "Rabu, 17/06/2020 10:15 WIB",
        ),
        (
            "12 Januari 2015, 14:30 WIB - Harga BBM turun.",
            "2015-01-12",
            "12 Januari 2015, 14:30 WIB",
        ),
        (
            "Jakarta, CNN Indonesia -- Presiden menerima para menteri di Istana, Senin (5/1/2015).",
            "2015-01-05",
            "Senin (5/1/2015)",
        ),
    ];
    for (head, want, span_text) in cases {
        let offset = 100;
        let (d, span) = stated_publication(head, offset).unwrap_or_else(|| panic!("{head}"));
        assert_eq!(d.to_string(), *want, "{head}");
        assert_eq!(&head[span.start - offset..span.end - offset], *span_text);
    }
    // A date after "pada", "sejak" … in the first sentence dates the event.
    assert_eq!(
        stated_publication(
            "TEMPO.CO, Jakarta - Kecelakaan bus di Ciater menewaskan 11 orang pada Sabtu, 11 Mei 2024.",
            0
        ),
        None
    );
    assert_eq!(
        stated_publication(
            "Jakarta - Harga Pertamax turun sejak Sabtu (1/6/2024) pukul 00.00 WIB.",
            0
        ),
        None
    );
    // A date after the first sentence is not the dateline.
    assert_eq!(
        stated_publication("Harga naik. Kenaikan terjadi sejak 1 Januari 2015.", 0),
        None
    );
    assert_eq!(stated_publication("", 0), None);
}

#[test]
fn reference_comes_from_the_article_else_none() {
    let text = "Rapat digelar Senin (27/3/2017). Ketua menyebut Sabtu sebagai batas.";
    let m = run(text, None);
    assert_eq!(m[1].value.as_deref(), Some("2017-03-25"));
    assert_eq!(m[1].reference.as_deref(), Some(LATEST_IN_ARTICLE));
    assert_eq!(m[0].reference.as_deref(), Some(ABSOLUTE));
    let m = run("Rapat digelar Senin (27/3) dan kemarin.", None);
    assert_eq!(m[0].value, None);
    assert_eq!(m[0].reference, None);
    let m = run("Rapat digelar kemarin.", Some(date(2017, 3, 28)));
    assert_eq!(m[0].value.as_deref(), Some("2017-03-27"));
    assert_eq!(m[0].reference.as_deref(), Some(PUBLISHED));
}

#[test]
fn an_undated_article_is_dated_by_its_weekday_days_not_a_forecast() {
    // (text, the article's own day)
    let table: [(&str, Option<Date>); 5] = [
        // Antara's hajj report: the as-of day, not the forecast wukuf day.
        (
            "PPIH mencatat 34 jemaah wafat hingga Selasa (12/5) pukul 06.00 WAS. \
             Wukuf di Arafah diperkirakan jatuh pada 26 Mei 2026.",
            Some(date(2026, 5, 12)),
        ),
        // The weekday does not fit 2026 (12/5/2026 is a Tuesday): no witness
        // (nor 2025, where it fits: the year before only for a day that would
        // fall after the latest full date).
        (
            "Korban dievakuasi Senin (12/5). Wukuf diperkirakan jatuh pada 26 Mei 2026.",
            Some(date(2026, 5, 26)),
        ),
        // The year before fits: "Rabu (31/12)" said in an article naming 2026.
        (
            "Banjir melanda Rabu (31/12). Tanggul rampung pada 15 Maret 2026.",
            Some(date(2025, 12, 31)),
        ),
        // A weekday day in the future tense is no witness.
        (
            "Sidang akan digelar Kamis (14/5). Gugatan didaftarkan pada 11 Mei 2026.",
            Some(date(2026, 5, 11)),
        ),
        // No year anywhere: nothing to place the weekday day in.
        ("Rapat digelar Senin (27/3) di Jakarta.", None),
    ];
    for (text, want) in table {
        let m = run(text, None);
        assert_eq!(written(None, &m), want, "{text}");
    }
}

#[test]
fn reanchor_uses_the_corpus_then_the_cli() {
    let mk = |text: &str, published: Option<Date>| {
        let mut a = Article::segmented("x", text);
        a.header.published = published;
        a.dates = extract(&a.doc(), published);
        a
    };
    let mut articles = vec![
        mk("Kim bertemu Lavrov pada hari Sabtu.", None),
        mk("Lavrov tiba Jumat (11/7/2025).", None),
        mk("Pertemuan itu digelar kemarin.", Some(date(2025, 7, 13))),
    ];
    reanchor(&mut articles, Some(date(2000, 1, 1)));
    let a = &articles[0].dates[0];
    assert_eq!(a.value.as_deref(), Some("2025-07-12"));
    assert_eq!(a.reference.as_deref(), Some(CORPUS));
    let c = &articles[2].dates[0];
    assert_eq!(c.reference.as_deref(), Some(PUBLISHED));

    let mut alone = vec![mk("Kim bertemu Lavrov pada hari Sabtu.", None)];
    reanchor(&mut alone, Some(date(2025, 7, 13)));
    assert_eq!(alone[0].dates[0].value.as_deref(), Some("2025-07-12"));
    assert_eq!(alone[0].dates[0].reference.as_deref(), Some(CLI));

    // A corpus reference is near, not exact: the weekday is the nearest one.
    let mut near = vec![
        mk("Bus terguling di Ciater, Sabtu (11/5/2024) malam.", None),
        mk("Polisi mencatat korban, Sabtu (11/5/2024).", None),
        mk("Menteri meninjau lokasi kejadian di Subang, Minggu.", None),
    ];
    reanchor(&mut near, None);
    assert_eq!(near[2].dates[0].value.as_deref(), Some("2024-05-12"));
    // The command line's date is exact: a weekday looks back from it.
    let mut exact = vec![mk(
        "Menteri meninjau lokasi kejadian di Subang, Minggu.",
        None,
    )];
    reanchor(&mut exact, Some(date(2024, 5, 11)));
    assert_eq!(exact[0].dates[0].value.as_deref(), Some("2024-05-05"));

    let mut none = vec![mk("Kim bertemu Lavrov pada hari Sabtu.", None)];
    reanchor(&mut none, None);
    assert_eq!(none[0].dates[0].value, None);
}

#[test]
fn spans_are_sorted_disjoint_and_on_the_text() {
    let text = "Pada Sabtu (12/7) pukul 10.00 WIB, tiga hari setelah 9 Juli 2025, dan tahun lalu.";
    let m = run(text, Some(date(2025, 7, 13)));
    assert!(m.len() >= 4);
    for w in m.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    for x in &m {
        assert_eq!(&text[x.start..x.end], x.text);
        assert_eq!(x.tag, "date");
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn never_panics(s in "\\PC{0,200}") {
            let m = run(&s, Some(date(2025, 7, 13)));
            for x in &m {
                prop_assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
            }
            let _ = stated_publication(&s, 7);
        }

        #[test]
        fn never_panics_on_date_like_text(s in "([0-9]{1,5}|[/.:,()\\- ]|Minggu|Sabtu|Juni|tahun|lalu|pukul|WIB|hari|ini|dua|se|bulan|tiap|akan|\u{301}|é){0,30}") {
            let m = run(&s, None);
            for w in m.windows(2) {
                prop_assert!(w[0].end <= w[1].start);
            }
        }
    }
}

/// Forms found hardening on unseen news (IndoSum outlets, economy, sport,
/// showbiz, court and holiday stories); one row per bug fixed.
#[test]
fn periods_of_a_year() {
    check(
        Some(REF),
        &[
            (
                "Pertumbuhan ekonomi triwulan III 2024 mencapai 4,95 persen.",
                &[("triwulan III 2024", "date", "2024-Q3")],
            ),
            (
                "Laba bersih emiten itu pada kuartal pertama 2025 naik tajam.",
                &[("kuartal pertama 2025", "date", "2025-Q1")],
            ),
            (
                "Perseroan menargetkan penjualan semester II lebih tinggi.",
                &[("semester II", "date", "2025-H2")],
            ),
            (
                "Laba kuartal ketiga tahun ini naik 10 persen.",
                &[("kuartal ketiga tahun ini", "date", "2025-Q3")],
            ),
            (
                "Pendapatan premi semester I tahun 2017 naik 12 persen.",
                &[("semester I tahun 2017", "date", "2017-H1")],
            ),
            (
                "Pertumbuhan kredit pada kuartal ke-4 melambat.",
                &[("kuartal ke-4", "date", "2024-Q4")],
            ),
            ("Mahasiswa semester 2 itu ditangkap polisi di kosnya.", &[]),
            (
                "Selama tiga kuartal berturut-turut ekonomi tumbuh di atas 5 persen.",
                &[("tiga kuartal", "duration", "P9M")],
            ),
            (
                "Dalam dekade terakhir, jumlah penduduk kota itu naik dua kali lipat.",
                &[("dekade terakhir", "duration", "P10Y")],
            ),
        ],
    );
}

#[test]
fn holidays() {
    check(
        Some(REF),
        &[
            (
                "Harga daging sapi naik menjelang Ramadan.",
                &[("Ramadan", "date", "null")],
            ),
            (
                "Puncak arus mudik Lebaran diperkirakan terjadi pada H-3.",
                &[("Lebaran", "date", "null"), ("H-3", "date", "null")],
            ),
            (
                "Harga tiket bus naik pada H-7 Lebaran dan turun pada H+2.",
                &[("H-7 Lebaran", "date", "null"), ("H+2", "date", "null")],
            ),
            (
                "Jalan tol dibuka gratis saat Idul Fitri 2024.",
                &[("Idul Fitri 2024", "date", "2024")],
            ),
            (
                "Salat Idul Fitri 1438 H digelar di Masjid Istiqlal.",
                &[("Idul Fitri 1438 H", "date", "2017")],
            ),
            (
                "Perayaan Imlek 2569 di Glodok berlangsung meriah.",
                &[("Imlek 2569", "date", "2018")],
            ),
            (
                "Umat Hindu merayakan Hari Raya Nyepi Tahun Saka 1939 di Bali.",
                &[("Hari Raya Nyepi Tahun Saka 1939", "date", "2017")],
            ),
            (
                "Misa Natal 2017 dijaga ratusan polisi.",
                &[("Natal 2017", "date", "2017-12-25")],
            ),
            (
                "Mudik Lebaran tahun lalu berjalan lancar.",
                &[("Lebaran tahun lalu", "date", "2024")],
            ),
            (
                "Polisi berjaga pada malam tahun baru di Bundaran HI.",
                &[("malam tahun baru", "time", "null")],
            ),
            (
                "Malam tahun baru 2018 dirayakan dengan kembang api.",
                &[("Malam tahun baru 2018", "time", "2017-12-31TNI")],
            ),
            (
                "Presiden memimpin upacara Hari Pahlawan 2016 di Kalibata.",
                &[("Hari Pahlawan 2016", "date", "2016-11-10")],
            ),
            ("Upacara HUT ke-79 RI digelar di Ibu Kota Nusantara.", &[]),
        ],
    );
}

#[test]
fn unseen_news_forms() {
    check(
        Some(REF),
        &[
            (
                "Gempa bermagnitudo 5,1 mengguncang Lombok dini hari tadi.",
                &[("dini hari tadi", "time", "2025-07-13TNI")],
            ),
            (
                "Polisi memberi waktu 2x24 jam kepada pelaku untuk menyerahkan diri.",
                &[("2x24 jam", "duration", "PT48H")],
            ),
            (
                "Terdakwa divonis 1 tahun 6 bulan penjara oleh majelis hakim.",
                &[("1 tahun 6 bulan", "duration", "P1Y6M")],
            ),
            ("Saat itu usianya masih 10 tahun dua bulan 18 hari.", &[]),
            (
                "Selebriti berusia 29 tahun ini mengaku rindu pada suaminya.",
                &[],
            ),
            ("Penyanyi 20 tahun ini merilis album barunya.", &[]),
            (
                "Jaksa menuntut terdakwa 5 tahun penjara.",
                &[("5 tahun", "duration", "P5Y")],
            ),
            (
                "\"Lihat Golden Gate Bridge pagi-pagi waktu itu, saya terpukau,\" katanya.",
                &[("pagi-pagi", "time", "null")],
            ),
            ("Album itu bercerita tentang emosi dalam suatu malam.", &[]),
            (
                "Pada malam itu, hujan turun deras di Bogor.",
                &[("malam itu", "time", "null")],
            ),
            (
                "Tottenham menang atas Manchester United, Minggu (13/7/2025) malam WIB.",
                &[("Minggu (13/7/2025) malam WIB", "time", "2025-07-13TNI")],
            ),
            (
                "Laga digelar Selasa (8/7/2025) malam waktu setempat.",
                &[(
                    "Selasa (8/7/2025) malam waktu setempat",
                    "time",
                    "2025-07-08TNI",
                )],
            ),
            (
                "Indonesia menjadi tuan rumah KTT G20 2022 di Bali.",
                &[("2022", "date", "2022")],
            ),
            (
                "Para pekerja itu bekerja 8 jam sehari.",
                &[("8 jam", "duration", "PT8H")],
            ),
            (
                "Dishub diminta menyelesaikan TOD dalam dua minggu kedepan.",
                &[("dua minggu kedepan", "duration", "P2W")],
            ),
            (
                "Kantor itu selalu mematikan lampu setelah pukul 8 malam.",
                &[("pukul 8 malam", "time", "T20:00")],
            ),
            (
                "Ia mengunggah foto itu pada malam menjelang pemilihan presiden.",
                &[("malam", "time", "null")],
            ),
            ("\"Saya melukis sebuah pohon Natal,\" kenangnya.", &[]),
            (
                "Muhammadiyah menetapkan 1 Syawal jatuh pada Ahad Legi, 25 Juni 2017.",
                &[("Ahad Legi, 25 Juni 2017", "date", "2017-06-25")],
            ),
            (
                "Posisi hilal sore nanti sudah berada di atas ufuk.",
                &[("sore nanti", "time", "2025-07-13TAF")],
            ),
            (
                "Posko Angkutan Lebaran ini bertugas memantau arus mudik.",
                &[("Lebaran ini", "date", "2025")],
            ),
            (
                "Tahap pertama, September-Desember 2013, diisi sosialisasi capres.",
                &[("September-Desember 2013", "date", "2013-09/2013-12")],
            ),
            (
                "Munas di Bali akan berlangsung pada 30 November hingga 3 Desember 2014.",
                &[(
                    "30 November hingga 3 Desember 2014",
                    "date",
                    "2014-11-30/2014-12-03",
                )],
            ),
            (
                "Pramono Anung berbicara di sela forum lobi, Rabu malam, 11 April 2012.",
                &[("Rabu malam, 11 April 2012", "time", "2012-04-11TNI")],
            ),
        ],
    );
    // "hari ini (24/6)" dates the writing, even when a later day is named.
    check(
        None,
        &[(
            "Kemenag akan menggelar sidang isbat hari ini (24/6) pukul 17.00 WIB. Muhammadiyah menetapkan Idul Fitri jatuh besok, 25 Juni 2017. Sidang dimulai sore ini.",
            &[
                ("hari ini", "date", "2017-06-24"),
                ("(24/6) pukul 17.00 WIB", "time", "2017-06-24T17:00"),
                ("Idul Fitri", "date", "null"),
                ("besok", "date", "2017-06-25"),
                ("25 Juni 2017", "date", "2017-06-25"),
                ("sore ini", "time", "2017-06-24TAF"),
            ],
        )],
    );
    // "awal Juli lalu" said late in July is this July.
    check(
        Some("2017-07-25"),
        &[(
            "Namun pada awal Juli lalu, keduanya mengonfirmasi hubungan mereka.",
            &[("awal Juli lalu", "date", "2017-07")],
        )],
    );
    // A weekday that does not fit a day two days before the publication is a
    // typo, not last year's day.
    check(
        Some("2017-12-08"),
        &[(
            "ujar Direktur Utama M Cash Martin Suharlie, Selasa, (6/12).",
            &[("Selasa, (6/12)", "date", "2017-12-06")],
        )],
    );
    // A birth date is never the article's reference.
    check(
        None,
        &[(
            "Pria kelahiran 27 Juli 1968 ini ditemui di galerinya, Selasa (17/1).",
            &[
                ("27 Juli 1968", "date", "1968-07-27"),
                ("Selasa (17/1)", "date", "null"),
            ],
        )],
    );
}

/// Accuracy fixes of the second session, each on sentences of other stories.
#[test]
fn second_session_fixes() {
    check(
        Some("2017-04-15"),
        &[
            // A month after "X hingga" follows X.
            (
                "Game itu dirilis pada musim semi ini, yang berarti antara April hingga Mei.",
                &[("April", "date", "2017-04"), ("Mei", "date", "2017-05")],
            ),
            (
                "Musim hujan berlangsung antara November sampai Maret.",
                &[
                    ("November", "date", "2016-11"),
                    ("Maret", "date", "2017-03"),
                ],
            ),
        ],
    );
    check(
        Some("2017-05-16"),
        &[
            // "kemarin" after a full date says it is past; it is no day of its own.
            (
                "Ransomware menyerang berbagai belahan dunia mulai 12 Mei 2017 kemarin.",
                &[("12 Mei 2017 kemarin", "date", "2017-05-12")],
            ),
            (
                "Gempa mengguncang Aceh pada 7 Desember 2016 lalu.",
                &[("7 Desember 2016 lalu", "date", "2016-12-07")],
            ),
            (
                "Sejak 1 Januari 2017 lalu lintas dialihkan.",
                &[("1 Januari 2017", "date", "2017-01-01")],
            ),
        ],
    );
    check(
        Some("2017-04-05"),
        &[
            // The second day of a range reads the tense where the range opens.
            (
                "Turnamen kualifikasi itu akan digelar di Bangkok pada 19 Juli hingga 23 Juli.",
                &[
                    ("19 Juli", "date", "2017-07-19"),
                    ("23 Juli", "date", "2017-07-23"),
                ],
            ),
            (
                "Pameran itu digelar pada 10 Maret sampai 12 Maret di Jakarta Convention Center.",
                &[
                    ("10 Maret", "date", "2017-03-10"),
                    ("12 Maret", "date", "2017-03-12"),
                ],
            ),
        ],
    );
}

/// Rows from the IndoSum before/after diff of session 4's held-out fixes.
#[test]
fn last_night_rates_and_seasons() {
    check(
        Some(REF),
        &[
            (
                "Jemaah zikir memadati Jl Lebak Bulus, semalam.",
                &[("semalam", "time", "2025-07-12TNI")],
            ),
            ("Saya pernah dalam semalam menulis sampai 18 sajak.", &[]),
            ("Mereka menawarkan kamar untuk semalam saja.", &[]),
            ("Ia memilih menginap semalam di Bandung.", &[]),
            (
                "Saya tidak keluar sama sekali sebulan setelahnya.",
                &[("sebulan setelahnya", "date", "null")],
            ),
            // A range of counts is left to figures; "sehari" is its rate.
            ("Orang dewasa duduk 7-10 jam dalam sehari.", &[]),
            (
                "Tim itu juara Liga Champions musim 1998/99.",
                &[("1998/99", "date", "1998/1999")],
            ),
            ("Surat bernomor 2017/2019 itu palsu.", &[]),
        ],
    );
}

/// A month named without a year reads the tense of its sentence: a future
/// word anywhere before it (across commas and parentheses) makes it the
/// coming one, unless a past word stands nearer to it.
#[test]
fn month_tense_of_the_sentence() {
    check(
        Some("2018-02-16"),
        &[
            (
                "Tim itu akan berlatih di Jakarta sebelum mengikuti uji coba di Shanghai (China) pada April.",
                &[("April", "date", "2018-04")],
            ),
            (
                "Pendaftaran dibuka 20 Februari mendatang, dan pengumuman hasilnya pada 3 Maret.",
                &[
                    ("20 Februari mendatang", "date", "2018-02-20"),
                    ("3 Maret", "date", "2018-03-03"),
                ],
            ),
            (
                "Pemerintah akan menaikkan tarif listrik yang telah dibahas DPR pada Maret.",
                &[("Maret", "date", "2017-03")],
            ),
            (
                "Ia akan diadili karena kasus yang terjadi sejak April.",
                &[("April", "date", "2017-04")],
            ),
            (
                "Harga cabai sempat melonjak pada April.",
                &[("April", "date", "2017-04")],
            ),
            (
                "Menurut dia, kasus itu terjadi pada November.",
                &[("November", "date", "2017-11")],
            ),
        ],
    );
}
