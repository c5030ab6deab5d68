//! Table tests of real news phrases: one row per form or bug.

use super::*;

/// One expected figure: the text of its span and the fields that matter.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Want {
    pub(super) text: &'static str,
    pub(super) value: Option<f64>,
    pub(super) min: Option<f64>,
    pub(super) max: Option<f64>,
    pub(super) qualifier: Option<&'static str>,
    pub(super) unit: Option<&'static str>,
    pub(super) currency: Option<&'static str>,
    pub(super) counted: Option<&'static str>,
    pub(super) classifier: Option<&'static str>,
    pub(super) frequency: Option<&'static str>,
    pub(super) per: Option<&'static str>,
    pub(super) ordinal: bool,
    pub(super) vague: bool,
    pub(super) score: Option<[f64; 2]>,
}

fn got(f: &Figure) -> Want {
    Want {
        text: Box::leak(f.text.clone().into_boxed_str()),
        value: f.value,
        min: f.min,
        max: f.max,
        qualifier: f.qualifier,
        unit: f.unit.clone().map(|s| &*Box::leak(s.into_boxed_str())),
        currency: f.currency.clone().map(|s| &*Box::leak(s.into_boxed_str())),
        counted: f.counted.clone().map(|s| &*Box::leak(s.into_boxed_str())),
        classifier: f
            .classifier
            .clone()
            .map(|s| &*Box::leak(s.into_boxed_str())),
        frequency: f.frequency.clone().map(|s| &*Box::leak(s.into_boxed_str())),
        per: f.per.clone().map(|s| &*Box::leak(s.into_boxed_str())),
        ordinal: f.ordinal,
        vague: f.vague,
        score: f.score,
    }
}

pub(super) fn v(text: &'static str, value: f64) -> Want {
    Want {
        text,
        value: Some(value),
        ..Want::default()
    }
}

pub(super) fn check(sentence: &str, want: Vec<Want>) {
    let figures = extract_text(sentence, &[]);
    let got: Vec<Want> = figures.iter().map(got).collect();
    assert_eq!(got, want, "in {sentence:?}");
    for f in &figures {
        assert_eq!(&sentence[f.start..f.end], f.text);
    }
}

#[test]
fn seed_phrases() {
    check(
        "Rusia mengerahkan lebih dari 10.000 personel militer ke wilayah itu.",
        vec![Want {
            qualifier: Some("more_than"),
            counted: Some("personel militer"),
            ..v("lebih dari 10.000 personel militer", 10000.0)
        }],
    );
    check(
        "Pyongyang juga mengirim sekitar 6.000 insinyur dan pekerja konstruksi.",
        vec![Want {
            qualifier: Some("about"),
            counted: Some("insinyur"),
            ..v("sekitar 6.000 insinyur", 6000.0)
        }],
    );
    check(
        "Korea Utara memasok sekitar 12 juta butir amunisi artileri.",
        vec![Want {
            qualifier: Some("about"),
            classifier: Some("butir"),
            counted: Some("amunisi artileri"),
            ..v("sekitar 12 juta butir amunisi artileri", 12e6)
        }],
    );
    check(
        "Sebanyak 25.000 hingga 30.000 tentara akan dikirim.",
        vec![Want {
            text: "25.000 hingga 30.000 tentara",
            min: Some(25000.0),
            max: Some(30000.0),
            counted: Some("tentara"),
            ..Want::default()
        }],
    );
    check(
        "Korea Utara mengirim 11.000 pasukan ke Kursk.",
        vec![Want {
            counted: Some("pasukan"),
            ..v("11.000 pasukan", 11000.0)
        }],
    );
    check(
        "Tingkat hunian mencapai 40% pada musim panas.",
        vec![Want {
            qualifier: Some("up_to"),
            unit: Some("percent"),
            ..v("mencapai 40%", 40.0)
        }],
    );
    check(
        "Kawasan wisata itu seluas 90 kilometer persegi atau 35 mil persegi.",
        vec![
            Want {
                unit: Some("km2"),
                ..v("90 kilometer persegi", 90.0)
            },
            Want {
                unit: Some("square_mile"),
                ..v("35 mil persegi", 35.0)
            },
        ],
    );
    check(
        "Penerbangan dilayani dua kali seminggu.",
        vec![Want {
            unit: Some("times"),
            frequency: Some("per_week"),
            ..v("dua kali seminggu", 2.0)
        }],
    );
    check(
        "Kim memuji ribuan tentaranya.",
        vec![Want {
            vague: true,
            counted: Some("tentara"),
            ..v("ribuan tentaranya", 1000.0)
        }],
    );
    check("Divonis 16 Tahun Penjara, Terdakwa Banding", vec![]);
}

#[test]
fn digits_and_words() {
    let cases: Vec<(&str, Vec<Want>)> = vec![
        (
            "Harga BBM naik Rp 1.500 per liter.",
            vec![Want {
                currency: Some("IDR"),
                per: Some("l"),
                ..v("Rp 1.500 per liter", 1500.0)
            }],
        ),
        (
            "Gempa bermagnitudo 6,2 mengguncang Cianjur.",
            vec![Want {
                unit: Some("magnitude"),
                ..v("bermagnitudo 6,2", 6.2)
            }],
        ),
        (
            "Gempa berkekuatan 5,6 SR terasa hingga Jakarta.",
            vec![Want {
                unit: Some("magnitude"),
                ..v("5,6 SR", 5.6)
            }],
        ),
        (
            "Banjir menewaskan sedikitnya 162 orang tewas di Cianjur.",
            vec![Want {
                qualifier: Some("at_least"),
                classifier: Some("orang"),
                counted: Some("orang"),
                ..v("sedikitnya 162 orang", 162.0)
            }],
        ),
        (
            "Nilai proyek itu Rp 5 M.",
            vec![Want {
                currency: Some("IDR"),
                ..v("Rp 5 M", 5e9)
            }],
        ),
        (
            "Anggaran naik menjadi Rp1,2 T tahun depan.",
            vec![Want {
                currency: Some("IDR"),
                ..v("Rp1,2 T", 1.2e12)
            }],
        ),
        (
            "Kerugian negara ditaksir Rp 1,5 triliun.",
            vec![Want {
                currency: Some("IDR"),
                ..v("Rp 1,5 triliun", 1.5e12)
            }],
        ),
        (
            "Inflasi tercatat 0,77 persen secara tahunan.",
            vec![Want {
                unit: Some("percent"),
                ..v("0,77 persen", 0.77)
            }],
        ),
        (
            "Suku bunga turun ,5 persen.",
            vec![Want {
                unit: Some("percent"),
                ..v(",5 persen", 0.5)
            }],
        ),
        (
            "Jumlah pemilih mencapai 1.200.000 jiwa.",
            vec![Want {
                qualifier: Some("up_to"),
                classifier: Some("jiwa"),
                counted: Some("jiwa"),
                ..v("mencapai 1.200.000 jiwa", 1.2e6)
            }],
        ),
        (
            "Wabah itu menewaskan 1,427 dari 2,615 penderita.",
            vec![
                v("1,427", 1427.0),
                Want {
                    counted: Some("penderita"),
                    ..v("2,615 penderita", 2615.0)
                },
            ],
        ),
        (
            "Suhu di Dieng mencapai -5 derajat Celsius.",
            vec![Want {
                qualifier: Some("up_to"),
                unit: Some("celsius"),
                ..v("mencapai -5 derajat Celsius", -5.0)
            }],
        ),
        (
            "Suhu turun hingga minus 5 derajat Celsius.",
            vec![Want {
                qualifier: Some("up_to"),
                unit: Some("celsius"),
                ..v("hingga minus 5 derajat Celsius", -5.0)
            }],
        ),
        (
            "Pertumbuhan ekonomi negatif 2 persen.",
            vec![Want {
                unit: Some("percent"),
                ..v("negatif 2 persen", -2.0)
            }],
        ),
        (
            "Sebanyak tiga puluh satu juta dua ratus ribu warga menerima bantuan.",
            vec![Want {
                counted: Some("warga"),
                ..v("tiga puluh satu juta dua ratus ribu warga", 31.2e6)
            }],
        ),
        (
            "Ia membeli seratus ekor sapi dan seribu ekor kambing.",
            vec![
                Want {
                    classifier: Some("ekor"),
                    counted: Some("sapi"),
                    ..v("seratus ekor sapi", 100.0)
                },
                Want {
                    classifier: Some("ekor"),
                    counted: Some("kambing"),
                    ..v("seribu ekor kambing", 1000.0)
                },
            ],
        ),
        (
            "Pemerintah menyiapkan sepuluh ribu dosis vaksin.",
            vec![Want {
                counted: Some("dosis vaksin"),
                ..v("sepuluh ribu dosis vaksin", 10000.0)
            }],
        ),
        (
            "Hadiah sejuta rupiah diberikan.",
            vec![Want {
                currency: Some("IDR"),
                ..v("sejuta rupiah", 1e6)
            }],
        ),
        ("Skor akhir nol.", vec![v("nol", 0.0)]),
        (
            "Setengah warga desa mengungsi.",
            vec![Want {
                unit: Some("fraction"),
                counted: Some("warga desa"),
                ..v("Setengah warga desa", 0.5)
            }],
        ),
        (
            "Seperempat anggaran habis.",
            vec![Want {
                unit: Some("fraction"),
                counted: Some("anggaran"),
                ..v("Seperempat anggaran", 0.25)
            }],
        ),
        (
            "Produksi naik menjadi 1,5 miliar barel.",
            vec![Want {
                unit: Some("barrel"),
                ..v("1,5 miliar barel", 1.5e9)
            }],
        ),
        (
            "Harga cabai Rp 35 ribu per kg.",
            vec![Want {
                currency: Some("IDR"),
                per: Some("kg"),
                ..v("Rp 35 ribu per kg", 35000.0)
            }],
        ),
        ("Tiket dijual 20rb saja.", vec![v("20rb", 20000.0)]),
        (
            "Gaji Rp 5 jt per bulan.",
            vec![Want {
                currency: Some("IDR"),
                per: Some("month"),
                ..v("Rp 5 jt per bulan", 5e6)
            }],
        ),
    ];
    for (s, want) in cases {
        check(s, want);
    }
}

#[test]
fn vague_percent_money() {
    let cases: Vec<(&str, Vec<Want>)> = vec![
        (
            "Puluhan ribu warga turun ke jalan.",
            vec![Want {
                vague: true,
                counted: Some("warga"),
                ..v("Puluhan ribu warga", 10000.0)
            }],
        ),
        (
            "Ratusan rumah rusak berat.",
            vec![Want {
                vague: true,
                counted: Some("rumah"),
                ..v("Ratusan rumah", 100.0)
            }],
        ),
        (
            "Jutaan pemudik diperkirakan melintas.",
            vec![Want {
                vague: true,
                counted: Some("pemudik"),
                ..v("Jutaan pemudik", 1e6)
            }],
        ),
        (
            "Kerugian mencapai beberapa ratus juta rupiah.",
            vec![Want {
                qualifier: Some("up_to"),
                vague: true,
                currency: Some("IDR"),
                ..v("mencapai beberapa ratus juta rupiah", 1e8)
            }],
        ),
        ("Beberapa warga mengungsi.", vec![]),
        (
            "Elektabilitasnya 40 persen.",
            vec![Want {
                unit: Some("percent"),
                ..v("40 persen", 40.0)
            }],
        ),
        (
            "Investasi senilai US$ 5 miliar.",
            vec![Want {
                currency: Some("USD"),
                ..v("US$ 5 miliar", 5e9)
            }],
        ),
        (
            "Uang sebesar 200.000 dollar Amerika Serikat (AS) disita.",
            vec![Want {
                currency: Some("USD"),
                ..v("200.000 dollar Amerika Serikat", 200000.0)
            }],
        ),
        (
            "Ia menerima 120.000 dolar Singapura.",
            vec![Want {
                currency: Some("SGD"),
                ..v("120.000 dolar Singapura", 120000.0)
            }],
        ),
        (
            "Dana hibah 3 juta euro dan €2 juta lagi.",
            vec![
                Want {
                    currency: Some("EUR"),
                    ..v("3 juta euro", 3e6)
                },
                Want {
                    currency: Some("EUR"),
                    ..v("€2 juta", 2e6)
                },
            ],
        ),
        (
            "Harga tiket £50 atau 7.000 yen.",
            vec![
                Want {
                    currency: Some("GBP"),
                    ..v("£50", 50.0)
                },
                Want {
                    currency: Some("JPY"),
                    ..v("7.000 yen", 7000.0)
                },
            ],
        ),
        (
            "Cadangan devisa 100 miliar dolar AS.",
            vec![Want {
                currency: Some("USD"),
                ..v("100 miliar dolar AS", 1e11)
            }],
        ),
    ];
    for (s, want) in cases {
        check(s, want);
    }
}

#[test]
fn ranges_and_qualifiers() {
    let range = |text, lo: f64, hi: f64| Want {
        text,
        min: Some(lo),
        max: Some(hi),
        ..Want::default()
    };
    let cases: Vec<(&str, Vec<Want>)> = vec![
        // A value give or take a tolerance is the range around it.
        (
            "Bank Indonesia menargetkan inflasi 2025 sebesar 2,5±1 persen.",
            vec![Want {
                unit: Some("percent"),
                ..range("2,5±1 persen", 1.5, 3.5)
            }],
        ),
        (
            "Keputusan ini konsisten dengan perkiraan inflasi yang tetap rendah dalam sasaran 2,5 plus minus 1 persen pada 2026.",
            vec![Want {
                unit: Some("percent"),
                ..range("2,5 plus minus 1 persen", 1.5, 3.5)
            }],
        ),
        (
            "Pemerintah menjaga defisit di level 2,5 plus-minus 0,5 persen.",
            vec![Want {
                unit: Some("percent"),
                ..range("2,5 plus-minus 0,5 persen", 2.0, 3.0)
            }],
        ),
        (
            "Suhu di ruang penyimpanan dijaga 20 ± 2 derajat Celsius.",
            vec![Want {
                unit: Some("celsius"),
                ..range("20 ± 2 derajat Celsius", 18.0, 22.0)
            }],
        ),
        ("Usia peserta 10-20 tahun.", vec![]),
        // A range of time counts is a figure (the date stage leaves it).
        (
            "Biasanya bank butuh waktu tiga sampai enam bulan sebelum menurunkan bunga kredit.",
            vec![Want {
                unit: Some("month"),
                ..range("tiga sampai enam bulan", 3.0, 6.0)
            }],
        ),
        (
            "Perjalanan ke gurun memakan waktu sekitar 45-60 menit.",
            vec![Want {
                qualifier: Some("about"),
                unit: Some("minute"),
                ..range("sekitar 45-60 menit", 45.0, 60.0)
            }],
        ),
        (
            "Pemulihan jaringan listrik diperkirakan butuh 2 hingga 3 hari.",
            vec![Want {
                unit: Some("day"),
                ..range("2 hingga 3 hari", 2.0, 3.0)
            }],
        ),
        ("Masa tanam padi di sawah itu butuh tiga bulan.", vec![]),
        ("Ia divonis 5-10 tahun penjara oleh hakim.", vec![]),
        (
            "Sekitar 10-20 warga terluka.",
            vec![Want {
                qualifier: Some("about"),
                counted: Some("warga"),
                ..range("Sekitar 10-20 warga", 10.0, 20.0)
            }],
        ),
        (
            "Jumlahnya antara 10 sampai 20 unit.",
            vec![Want {
                classifier: Some("unit"),
                counted: Some("unit"),
                ..range("antara 10 sampai 20 unit", 10.0, 20.0)
            }],
        ),
        (
            "Jumlah korban antara 10 dan 20 orang.",
            vec![Want {
                classifier: Some("orang"),
                counted: Some("orang"),
                ..range("antara 10 dan 20 orang", 10.0, 20.0)
            }],
        ),
        (
            "Bantuan naik dari 10 hingga 20 ton.",
            vec![Want {
                unit: Some("ton"),
                ..range("dari 10 hingga 20 ton", 10.0, 20.0)
            }],
        ),
        (
            "Kuota 10 s.d. 20 peserta.",
            vec![Want {
                counted: Some("peserta"),
                ..range("10 s.d. 20 peserta", 10.0, 20.0)
            }],
        ),
        (
            "Harga sewa Rp 5-10 juta.",
            vec![Want {
                currency: Some("IDR"),
                ..range("Rp 5-10 juta", 5e6, 1e7)
            }],
        ),
        (
            "Suara Golkar di kisaran 14-16 persen.",
            vec![Want {
                unit: Some("percent"),
                ..range("14-16 persen", 14.0, 16.0)
            }],
        ),
        (
            "Dipangkas 5%-15% dari kuota.",
            vec![Want {
                unit: Some("percent"),
                ..range("5%-15%", 5.0, 15.0)
            }],
        ),
        ("Persija 2-1 Persib.", vec![]),
        (
            "Jumlah penonton kira-kira 5.000 orang.",
            vec![Want {
                qualifier: Some("about"),
                classifier: Some("orang"),
                counted: Some("orang"),
                ..v("kira-kira 5.000 orang", 5000.0)
            }],
        ),
        (
            "Kurang lebih 300 kepala keluarga mengungsi.",
            vec![Want {
                qualifier: Some("about"),
                classifier: Some("kepala keluarga"),
                counted: Some("kepala keluarga"),
                ..v("Kurang lebih 300 kepala keluarga", 300.0)
            }],
        ),
        (
            "Hampir 3 juta pemudik.",
            vec![Want {
                qualifier: Some("about"),
                counted: Some("pemudik"),
                ..v("Hampir 3 juta pemudik", 3e6)
            }],
        ),
        (
            "Harga kurang dari Rp 10.000 dan di atas 5 persen.",
            vec![
                Want {
                    qualifier: Some("less_than"),
                    currency: Some("IDR"),
                    ..v("kurang dari Rp 10.000", 10000.0)
                },
                Want {
                    qualifier: Some("more_than"),
                    unit: Some("percent"),
                    ..v("di atas 5 persen", 5.0)
                },
            ],
        ),
        (
            "Pesertanya setidaknya 50 orang, paling sedikit 40.",
            vec![
                Want {
                    qualifier: Some("at_least"),
                    classifier: Some("orang"),
                    counted: Some("orang"),
                    ..v("setidaknya 50 orang", 50.0)
                },
                Want {
                    qualifier: Some("at_least"),
                    ..v("paling sedikit 40", 40.0)
                },
            ],
        ),
        (
            "Hadirin tidak sampai 100 orang, di bawah 1 persen, melebihi 2 kali.",
            vec![
                Want {
                    qualifier: Some("less_than"),
                    classifier: Some("orang"),
                    counted: Some("orang"),
                    ..v("tidak sampai 100 orang", 100.0)
                },
                Want {
                    qualifier: Some("less_than"),
                    unit: Some("percent"),
                    ..v("di bawah 1 persen", 1.0)
                },
                Want {
                    qualifier: Some("more_than"),
                    unit: Some("times"),
                    ..v("melebihi 2 kali", 2.0)
                },
            ],
        ),
        (
            "Massa berjumlah 10.000 lebih.",
            vec![Want {
                qualifier: Some("more_than"),
                ..v("10.000 lebih", 10000.0)
            }],
        ),
        (
            "Harganya 5 persen lebih tinggi.",
            vec![Want {
                unit: Some("percent"),
                ..v("5 persen", 5.0)
            }],
        ),
    ];
    for (s, want) in cases {
        check(s, want);
    }
}

#[test]
fn units_frequencies_ordinals() {
    let cases: Vec<(&str, Vec<Want>)> = vec![
        (
            "Jaraknya 350 km dari pantai.",
            vec![Want {
                unit: Some("km"),
                ..v("350 km", 350.0)
            }],
        ),
        (
            "Kapal melaju 20 knot.",
            vec![Want {
                unit: Some("knot"),
                ..v("20 knot", 20.0)
            }],
        ),
        (
            "Lahan seluas 1.200 hektare terbakar.",
            vec![Want {
                unit: Some("ha"),
                ..v("1.200 hektare", 1200.0)
            }],
        ),
        (
            "Gelombang setinggi 4 meter.",
            vec![Want {
                unit: Some("m"),
                ..v("4 meter", 4.0)
            }],
        ),
        (
            "Kapasitas 10 ribu ton per tahun.",
            vec![Want {
                unit: Some("ton"),
                per: Some("year"),
                ..v("10 ribu ton per tahun", 10000.0)
            }],
        ),
        (
            "Obat diminum tiga kali sehari.",
            vec![Want {
                unit: Some("times"),
                frequency: Some("per_day"),
                ..v("tiga kali sehari", 3.0)
            }],
        ),
        (
            "Pemilu digelar setiap lima tahun.",
            vec![Want {
                unit: Some("year"),
                frequency: Some("every"),
                ..v("setiap lima tahun", 5.0)
            }],
        ),
        (
            "Ini putaran ketiga.",
            vec![Want {
                ordinal: true,
                ..v("ketiga", 3.0)
            }],
        ),
        (
            "Tim itu finis di posisi ke-3.",
            vec![Want {
                ordinal: true,
                ..v("ke-3", 3.0)
            }],
        ),
        (
            "Hari pertama dan hari kedua berjalan lancar, juga pekan keempat.",
            vec![
                Want {
                    ordinal: true,
                    ..v("pertama", 1.0)
                },
                Want {
                    ordinal: true,
                    ..v("kedua", 2.0)
                },
                Want {
                    ordinal: true,
                    ..v("keempat", 4.0)
                },
            ],
        ),
        (
            "Ulang tahun ke-10 dan ke-25.",
            vec![
                Want {
                    ordinal: true,
                    ..v("ke-10", 10.0)
                },
                Want {
                    ordinal: true,
                    ..v("ke-25", 25.0)
                },
            ],
        ),
        // "kedua" + noun is "both": not a figure (see figure_both_nouns.txt).
        ("Kedua negara sepakat berdamai.", vec![]),
        (
            "Polisi mengatakan ke-14 tersangka adalah taruna.",
            vec![Want {
                counted: Some("tersangka"),
                ..v("ke-14 tersangka", 14.0)
            }],
        ),
        (
            "Tahap kedua pembangunan dimulai.",
            vec![Want {
                ordinal: true,
                ..v("kedua", 2.0)
            }],
        ),
        ("Hubungan kedua belah pihak membaik.", vec![]),
        (
            "Ia menjadi juara ke-dua.",
            vec![Want {
                ordinal: true,
                ..v("ke-dua", 2.0)
            }],
        ),
    ];
    for (s, want) in cases {
        check(s, want);
    }
}

#[test]
fn not_figures() {
    for s in [
        "Pesawat AirAsia QZ8501 jatuh di Selat Karimata.",
        "Airbus A320 itu hilang kontak.",
        "Tragedi MH17 terjadi di Ukraina.",
        // A pollutant code is an identifier, with its decimal point or comma.
        "Menurut Hendra, partikel halus PM2.5 dapat masuk hingga ke paru-paru.",
        "Kadar PM10 dan PM2,5 di Jakarta naik pada musim kemarau.",
        "Baca Juga: Lima Masker yang Benar-benar Menyaring PM2.5",
        "Pandemi Covid-19 belum usai.",
        "KTT G20 digelar di Bali.",
        "Aturan itu tertuang dalam PP No. 41 Tahun 2021.",
        "Ia dijerat Pasal 340 KUHP.",
        "Sesuai UU Nomor 7 Tahun 2017 tentang Pemilu.",
        "Rumahnya di Jalan Merdeka nomor 10.",
        "Hubungi 0812-3456-7890 atau (021) 5678.",
        "Warga RT 05/RW 02 terdampak.",
        "Rapat dimulai pukul 07.30 WIB.",
        "Rapat dimulai 19.00 WIB.",
        "Acara itu digelar tahun 2017 lalu.",
        "Pada Juni 2024 ia datang.",
        "Film ini dirilis pada 2015 silam.",
        "Hasil Pemilu 2009 stabil.",
        "Ia kembali menduduki Golkar 1.",
        "Jaringan 4G sudah tersedia.",
        "Salah satu korban ditemukan.",
        "Warga Kepulauan Seribu menerima bantuan.",
        "Mereka ditahan selama tiga hari.",
        "Tol Cipularang KM 97 macet.",
        "2\n",
        "Tanggal 13/7/2025 jadi penentu.",
        "Ia membintangi '7 Manusia Harimau'.",
        "Susunan pemain: 24 - Marinus Mariyanto, 20 - Addison Alves.",
        "Prosesor dengan 16-core itu cepat.",
        "Alat memasak satu ini praktis.",
        "Ia diperiksa selama 1 x 24 jam.",
        "Ia melanggar Pasal 2 ayat (1) UU Tipikor.",
        "Gol dicetak Marinus 16' dari titik penalti.",
    ] {
        check(s, vec![]);
    }
}

#[test]
fn dates_are_left_alone() {
    let s = "Pada 13 Juli 2025, 40 persen warga hadir.";
    let date = Span::new(5, 17);
    assert_eq!(&s[5..17], "13 Juli 2025");
    let f = extract_text(s, &[date]);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].text, "40 persen warga");
    // A date right after a number keeps the number but not the counted word.
    let s = "Sebanyak 300 orang hingga Senin masih mengungsi.";
    let f = extract_text(s, &[Span::new(19, 31)]);
    assert_eq!(f[0].text, "300 orang");
}

#[test]
fn odd_input_never_panics() {
    for s in [
        "",
        " ",
        "Rp",
        "Rp Rp Rp 5",
        "- - -5 - 5 -",
        "ke- ke-ke-3",
        "1.2.3.4.5 ,,,5 ,.,",
        "sekitar lebih dari antara dari hingga",
        "٣٤ 🙂5🙂 é́ 5é́",
        "ribu juta miliar triliun",
        "99999999999999999999999999999999999999999999999999999999999999999999999999999",
        "1,5 M T Rp 5 T M",
        "\u{202e}5 persen\u{202c}",
    ] {
        for f in extract_text(s, &[]) {
            assert!(s.is_char_boundary(f.start) && s.is_char_boundary(f.end));
        }
    }
}

proptest::proptest! {
    #[test]
    fn extract_never_panics(s in "\\PC{0,60}") {
        for f in extract_text(&s, &[]) {
            proptest::prop_assert!(f.start < f.end && f.end <= s.len());
        }
    }

    #[test]
    fn printed_figures_read_back(n in 1u64..1_000_000_000) {
        let s = format!("Sebanyak {} orang hadir.", number::format_digits(n as f64, 0));
        let f = extract_text(&s, &[]);
        proptest::prop_assert_eq!(f.len(), 1);
        proptest::prop_assert_eq!(f[0].value, Some(n as f64));
        let s = format!("Sebanyak {} orang hadir.", number::format_words(n));
        let f = extract_text(&s, &[]);
        proptest::prop_assert_eq!(f.len(), 1);
        proptest::prop_assert_eq!(f[0].value, Some(n as f64));
    }
}

/// Scaled decimals are exact in the output, not off by float noise
/// ("Rp 4,1 triliun" once came out as 4099999999999.9995).
#[test]
fn scaled_decimals_are_exact() {
    let cases: [(&str, f64); 4] = [
        ("Biaya pembangunannya mencapai Rp 4,1 triliun.", 4.1e12),
        ("Nilai ekspor naik menjadi US$ 2,3 miliar.", 2.3e9),
        ("Jumlah penumpang mencapai 1,7 juta orang.", 1.7e6),
        ("Inflasi tercatat 0,3 persen.", 0.3),
    ];
    for (text, want) in cases {
        let f = extract_text(text, &[]);
        assert_eq!(f.len(), 1, "{text}");
        let got = f[0].value.or(f[0].min).unwrap();
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: {got}");
    }
}
