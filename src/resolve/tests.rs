//! Table tests of the resolution rules on news sentences from several stories.
//! The name extractor is not used: each row lists the names it would find,
//! and the helper places them at their spans in the text.

use super::*;
use crate::analyze::{Knowledge, analyze_article};
use crate::corpus::Source;
use crate::extract::names::Entity;
use EntityKind::*;

type Names<'a> = &'a [(EntityKind, &'a str)];

/// An analyzed article whose `names` are every whole-word occurrence of the
/// listed surfaces (longer surfaces first, no overlaps), with `canonical` set
/// as the extractor sets it: the lexicon canonical, else the surface.
fn article(path: &str, text: &str, names: Names, lexicon: &Lexicon) -> Article {
    let source = Source {
        path: path.to_string(),
        text: text.to_string(),
        encoding: "UTF-8",
    };
    let mut a = analyze_article(source, &Knowledge::default());
    let mut sorted: Vec<&(EntityKind, &str)> = names.iter().collect();
    sorted.sort_by_key(|(_, s)| std::cmp::Reverse(s.len()));
    let mut found: Vec<Entity> = Vec::new();
    for &&(kind, surface) in &sorted {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let word_edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            if !word_edge(text[..start].chars().next_back())
                || !word_edge(text[end..].chars().next())
            {
                continue;
            }
            if found
                .iter()
                .any(|e| e.span().overlaps(&Span::new(start, end)))
            {
                continue;
            }
            found.push(Entity {
                kind,
                text: surface.to_string(),
                start,
                end,
                canonical: lexicon
                    .lookup(surface)
                    .map_or(surface.to_string(), |e| e.canonical.clone()),
                role: None,
            });
        }
    }
    found.sort_by_key(|e| e.start);
    a.names = found;
    a
}

use crate::model::Span;

fn lex(src: &str) -> Lexicon {
    let mut l = Lexicon::default();
    l.extend("test-lexicon.txt", src).unwrap();
    l
}

/// The canonical name each surface resolved to (first mention of it).
fn canonical_of(articles: &[Article], surface: &str) -> String {
    articles
        .iter()
        .flat_map(|a| &a.names)
        .find(|e| e.text == surface)
        .map(|e| e.canonical.clone())
        .unwrap_or_else(|| panic!("{surface} not among the names"))
}

fn entity<'a>(out: &'a [CorpusEntity], canonical: &str) -> &'a CorpusEntity {
    out.iter()
        .find(|e| e.canonical == canonical)
        .unwrap_or_else(|| panic!("no entity {canonical:?} in {out:#?}"))
}

/// One row: articles (text, names), the lexicon, and surface → expected canonical.
struct Row<'a> {
    what: &'a str,
    lexicon: &'a str,
    articles: &'a [(&'a str, Names<'a>)],
    want: &'a [(&'a str, &'a str)],
}

fn run(row: &Row) -> (Vec<Article>, Vec<CorpusEntity>) {
    let lexicon = lex(row.lexicon);
    let mut articles: Vec<Article> = row
        .articles
        .iter()
        .enumerate()
        .map(|(i, (text, names))| article(&format!("a{i}.txt"), text, names, &lexicon))
        .collect();
    let out = resolve(&mut articles, &lexicon);
    (articles, out)
}

const ROWS: &[Row] = &[
    Row {
        what: "surname and transliteration resolve to the full name",
        lexicon: "",
        articles: &[
            (
                "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang. Lavrov disambut hangat.",
                &[
                    (Person, "Sergei Lavrov"),
                    (Person, "Lavrov"),
                    (Place, "Pyongyang"),
                ],
            ),
            (
                "Sergey Lavrov bertemu Choe Son Hui di Wonsan, kata Lavrov.",
                &[
                    (Person, "Sergey Lavrov"),
                    (Person, "Lavrov"),
                    (Person, "Choe Son Hui"),
                    (Place, "Wonsan"),
                ],
            ),
            (
                "Sergei Lavrov mengatakan kunjungan itu penting.",
                &[(Person, "Sergei Lavrov")],
            ),
        ],
        want: &[
            ("Lavrov", "Sergei Lavrov"),
            ("Sergey Lavrov", "Sergei Lavrov"),
            ("Sergei Lavrov", "Sergei Lavrov"),
        ],
    },
    Row {
        what: "Kim unambiguous: one Kim in the corpus",
        lexicon: "",
        articles: &[
            (
                "Pemimpin Korea Utara Kim Jong Un menerima tamu.",
                &[(Person, "Kim Jong Un")],
            ),
            (
                "Kim mengagumi kepemimpinan Putin.",
                &[(Person, "Kim"), (Person, "Putin")],
            ),
            (
                "Presiden Rusia Vladimir Putin melancarkan invasi.",
                &[(Person, "Vladimir Putin")],
            ),
        ],
        want: &[("Kim", "Kim Jong Un"), ("Putin", "Vladimir Putin")],
    },
    Row {
        what: "Kim ambiguous: two Kims in the corpus, the short form stays its own",
        lexicon: "",
        articles: &[
            (
                "Pemimpin Korea Utara Kim Jong Un menerima tamu.",
                &[(Person, "Kim Jong Un")],
            ),
            (
                "Adik perempuannya, Kim Yo Jong, mengecam Seoul.",
                &[(Person, "Kim Yo Jong"), (Place, "Seoul")],
            ),
            ("Kim mengatakan latihan itu provokasi.", &[(Person, "Kim")]),
        ],
        want: &[
            ("Kim", "Kim"),
            ("Kim Jong Un", "Kim Jong Un"),
            ("Kim Yo Jong", "Kim Yo Jong"),
        ],
    },
    Row {
        what: "Indonesian usage: a first name resolves to the one full name",
        lexicon: "",
        articles: &[
            (
                "Presiden Prabowo Subianto melantik Menteri Koordinator Bidang Pangan Zulkifli Hasan.",
                &[(Person, "Prabowo Subianto"), (Person, "Zulkifli Hasan")],
            ),
            (
                "Prabowo meminta Zulkifli mempercepat swasembada pangan, ujar juru bicara.",
                &[(Person, "Prabowo"), (Person, "Zulkifli")],
            ),
        ],
        want: &[
            ("Prabowo", "Prabowo Subianto"),
            ("Zulkifli", "Zulkifli Hasan"),
        ],
    },
    Row {
        what: "Jokowi is Joko Widodo only when the lexicon says so",
        lexicon: "person | Joko Widodo | Jokowi\n",
        articles: &[
            (
                "Presiden ke-7 RI Joko Widodo hadir di Solo.",
                &[(Person, "Joko Widodo"), (Place, "Solo")],
            ),
            ("Jokowi mengaku tidak tahu soal itu.", &[(Person, "Jokowi")]),
        ],
        want: &[("Jokowi", "Joko Widodo")],
    },
    Row {
        what: "without a lexicon entry, Jokowi stays its own",
        lexicon: "",
        articles: &[
            (
                "Presiden ke-7 RI Joko Widodo hadir di Solo.",
                &[(Person, "Joko Widodo"), (Place, "Solo")],
            ),
            ("Jokowi mengaku tidak tahu soal itu.", &[(Person, "Jokowi")]),
        ],
        want: &[("Jokowi", "Jokowi"), ("Joko Widodo", "Joko Widodo")],
    },
    Row {
        what: "abbreviation and long form via the lexicon, canonical from the lexicon",
        lexicon: "place | Amerika Serikat | AS | USA\nplace | Korea Utara | Korut | DPRK\n",
        articles: &[
            (
                "Presiden AS Donald Trump mengirim bantuan.",
                &[(Place, "AS"), (Person, "Donald Trump")],
            ),
            (
                "Pemerintah Amerika Serikat mengecam Korut.",
                &[(Place, "Amerika Serikat"), (Place, "Korut")],
            ),
            (
                "DPRK siap mendukung Rusia.",
                &[(Place, "DPRK"), (Place, "Rusia")],
            ),
        ],
        want: &[
            ("AS", "Amerika Serikat"),
            ("Korut", "Korea Utara"),
            ("DPRK", "Korea Utara"),
        ],
    },
    Row {
        what: "acronym introduced after the long name links the other articles' acronym",
        lexicon: "",
        articles: &[
            (
                "Komisi Pemberantasan Korupsi (KPK) menahan Bupati Sidoarjo.",
                &[
                    (Organization, "Komisi Pemberantasan Korupsi"),
                    (Organization, "KPK"),
                    (Place, "Sidoarjo"),
                ],
            ),
            (
                "Juru bicara KPK Tessa Mahardhika membenarkan penahanan itu.",
                &[(Organization, "KPK"), (Person, "Tessa Mahardhika")],
            ),
        ],
        want: &[("KPK", "Komisi Pemberantasan Korupsi")],
    },
    Row {
        what: "an English acronym of an organization, written in capitals",
        lexicon: "",
        articles: &[
            (
                "Kantor Berita Pusat Korea (KCNA) melaporkan pada hari Minggu.",
                &[
                    (Organization, "Kantor Berita Pusat Korea"),
                    (Organization, "KCNA"),
                ],
            ),
            (
                "Menurut KCNA, pertemuan berlangsung hangat.",
                &[(Organization, "KCNA")],
            ),
        ],
        want: &[("KCNA", "Kantor Berita Pusat Korea")],
    },
    Row {
        what: "acronym first, long name in parentheses",
        lexicon: "",
        articles: &[
            (
                "Menurut BMKG (Badan Meteorologi Klimatologi dan Geofisika), gempa tidak berpotensi tsunami.",
                &[
                    (Organization, "BMKG"),
                    (Organization, "Badan Meteorologi Klimatologi dan Geofisika"),
                ],
            ),
            (
                "Kepala BMKG Dwikorita Karnawati mengimbau warga tenang.",
                &[(Organization, "BMKG"), (Person, "Dwikorita Karnawati")],
            ),
        ],
        want: &[("BMKG", "Badan Meteorologi Klimatologi dan Geofisika")],
    },
    Row {
        what: "a dateline agency and a party label are not acronyms",
        lexicon: "",
        articles: &[
            (
                "DKI Jakarta (ANTARA) - Wakil Ketua MPR Ahmad Basarah (PDIP) hadir.",
                &[
                    (Place, "DKI Jakarta"),
                    (Organization, "ANTARA"),
                    (Person, "Ahmad Basarah"),
                    (Organization, "PDIP"),
                ],
            ),
            (
                "Kader PDIP berkumpul, lapor ANTARA.",
                &[(Organization, "PDIP"), (Organization, "ANTARA")],
            ),
        ],
        want: &[
            ("ANTARA", "ANTARA"),
            ("PDIP", "PDIP"),
            ("Ahmad Basarah", "Ahmad Basarah"),
        ],
    },
    Row {
        what: "a one-letter misspelling of a place merges as a probable typo",
        lexicon: "",
        articles: &[
            (
                "Pertemuan diadakan di kota pesisir Wonsan.",
                &[(Place, "Wonsan")],
            ),
            (
                "Lavrov tiba di Wonsan, lalu bertemu mitranya di Wonson.",
                &[(Person, "Lavrov"), (Place, "Wonsan"), (Place, "Wonson")],
            ),
        ],
        want: &[("Wonson", "Wonsan")],
    },
    Row {
        what: "look-alike countries stay distinct",
        lexicon: "place | Austria\nplace | Australia\nplace | Iran\nplace | Irak\n",
        articles: &[
            (
                "Australia dan Austria menolak resolusi itu.",
                &[(Place, "Australia"), (Place, "Austria")],
            ),
            (
                "Australia mengirim bantuan ke Irak dan Iran.",
                &[(Place, "Australia"), (Place, "Irak"), (Place, "Iran")],
            ),
        ],
        want: &[
            ("Austria", "Austria"),
            ("Australia", "Australia"),
            ("Irak", "Irak"),
            ("Iran", "Iran"),
        ],
    },
    Row {
        what: "known places one letter apart are not typos of each other",
        lexicon: "place | Sumatera Barat | Sumbar\nplace | Sumba\n",
        articles: &[
            (
                "Banjir melanda Sumbar. BPBD Sumbar mencatat korban.",
                &[(Place, "Sumbar")],
            ),
            ("Gempa juga terasa di Sumba.", &[(Place, "Sumba")]),
        ],
        want: &[("Sumbar", "Sumatera Barat"), ("Sumba", "Sumba")],
    },
    Row {
        what: "short names one letter apart are not typos",
        lexicon: "",
        articles: &[
            (
                "Harga minyak naik setelah Iran menyerang.",
                &[(Place, "Iran")],
            ),
            (
                "Iran dan Irak berunding.",
                &[(Place, "Iran"), (Place, "Irak")],
            ),
        ],
        want: &[("Irak", "Irak")],
    },
    Row {
        what: "old spelling, doubled letters and capitals are spelling variants",
        lexicon: "",
        articles: &[
            (
                "Proklamator Soekarno lahir di Surabaya.",
                &[(Person, "Soekarno"), (Place, "Surabaya")],
            ),
            (
                "Sukarno dan Mohammad Hatta membacakan proklamasi.",
                &[(Person, "Sukarno"), (Person, "Mohammad Hatta")],
            ),
            (
                "Sukarno, bersama Mohamad Hatta, tiba di SURABAYA.",
                &[
                    (Person, "Sukarno"),
                    (Person, "Mohamad Hatta"),
                    (Place, "SURABAYA"),
                ],
            ),
        ],
        want: &[
            ("Soekarno", "Sukarno"),
            ("Mohamad Hatta", "Mohammad Hatta"),
            ("SURABAYA", "Surabaya"),
        ],
    },
    Row {
        what: "places are not shortened: Jawa is not Jawa Timur",
        lexicon: "",
        articles: &[
            ("Banjir melanda Jawa Timur.", &[(Place, "Jawa Timur")]),
            ("Hujan deras turun di seluruh Jawa.", &[(Place, "Jawa")]),
        ],
        want: &[("Jawa", "Jawa")],
    },
    Row {
        what: "short names that a folding rule makes equal stay distinct",
        lexicon: "",
        articles: &[
            ("Atlet angkat besi Yuli meraih emas.", &[(Person, "Yuli")]),
            ("Pelatihnya, Juli, menangis haru.", &[(Person, "Juli")]),
            (
                "Jusuf Kalla dan Yusuf Kalla ditulis berbeda.",
                &[(Person, "Jusuf Kalla"), (Person, "Yusuf Kalla")],
            ),
        ],
        want: &[
            ("Yuli", "Yuli"),
            ("Juli", "Juli"),
            ("Yusuf Kalla", "Jusuf Kalla"),
        ],
    },
    Row {
        what: "an acronym in capitals is not a short form of a person name",
        lexicon: "",
        articles: &[
            (
                "Relawan PMI Kepulauan Seribu membantu korban.",
                &[(Person, "PMI Kepulauan Seribu")],
            ),
            (
                "PMI menyalurkan bantuan, kata Budi Santoso.",
                &[(Person, "PMI"), (Person, "Budi Santoso")],
            ),
        ],
        want: &[("PMI", "PMI")],
    },
    Row {
        what: "a near spelling found in two articles is a name of its own",
        lexicon: "",
        articles: &[
            (
                "Banjir di Bandung. Bandung lumpuh. Warga Bandung mengungsi.",
                &[(Place, "Bandung")],
            ),
            ("Longsor juga terjadi di Bondung.", &[(Place, "Bondung")]),
            (
                "Warga Bondung mengungsi ke Bandung.",
                &[(Place, "Bondung"), (Place, "Bandung")],
            ),
        ],
        want: &[("Bondung", "Bondung")],
    },
    Row {
        what: "a long name written with its acronym in brackets is the long name and the acronym",
        lexicon: "",
        articles: &[
            (
                "Badan Survei Geologi Amerika Serikat (USGS) mencatat gempa bermagnitudo 6,0.",
                &[(Organization, "Badan Survei Geologi Amerika Serikat (USGS)")],
            ),
            (
                "USGS mencatat kedalaman gempa 18 kilometer.",
                &[(Organization, "USGS")],
            ),
            (
                "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK) menelusuri aliran dana itu.",
                &[(
                    Organization,
                    "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)",
                )],
            ),
        ],
        want: &[
            ("USGS", "Badan Survei Geologi Amerika Serikat"),
            (
                "Badan Survei Geologi Amerika Serikat (USGS)",
                "Badan Survei Geologi Amerika Serikat",
            ),
            (
                "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)",
                "Pusat Pelaporan dan Analisis Transaksi Keuangan",
            ),
        ],
    },
    Row {
        what: "a regency with and without 'Kabupaten' is one place",
        lexicon: "",
        articles: &[
            (
                "Bus terguling di Kabupaten Sumedang, Jawa Barat.",
                &[(Place, "Kabupaten Sumedang"), (Place, "Jawa Barat")],
            ),
            (
                "Korban dibawa ke RSUD di Sumedang dan Provinsi Jawa Barat mengirim bantuan.",
                &[(Place, "Sumedang"), (Place, "Provinsi Jawa Barat")],
            ),
        ],
        want: &[
            ("Sumedang", "Kabupaten Sumedang"),
            ("Kabupaten Sumedang", "Kabupaten Sumedang"),
            ("Provinsi Jawa Barat", "Provinsi Jawa Barat"),
            ("Jawa Barat", "Provinsi Jawa Barat"),
        ],
    },
    Row {
        what: "'Kota Bandung' and 'Kabupaten Bandung' are two places; bare 'Bandung' joins neither",
        lexicon: "",
        articles: &[
            (
                "Banjir merendam Kabupaten Bandung, sedangkan Kota Bandung aman.",
                &[(Place, "Kabupaten Bandung"), (Place, "Kota Bandung")],
            ),
            ("Hujan deras turun di Bandung.", &[(Place, "Bandung")]),
        ],
        want: &[
            ("Bandung", "Bandung"),
            ("Kota Bandung", "Kota Bandung"),
            ("Kabupaten Bandung", "Kabupaten Bandung"),
        ],
    },
    Row {
        what: "a neighbourhood is not its bare name",
        lexicon: "",
        articles: &[(
            "Warga Kampung Melayu mengungsi; banjir juga melanda Melayu Raya.",
            &[(Place, "Kampung Melayu"), (Place, "Melayu Raya")],
        )],
        want: &[("Kampung Melayu", "Kampung Melayu")],
    },
    Row {
        what: "an institution with a shortened head is the one written out, in its region only",
        lexicon: "",
        articles: &[
            (
                "Kepolisian Daerah Riau menetapkan 12 tersangka pembakaran lahan. Kepolisian Daerah Jambi menangkap tiga orang.",
                &[
                    (Organization, "Kepolisian Daerah Riau"),
                    (Organization, "Kepolisian Daerah Jambi"),
                ],
            ),
            (
                "Kabid Humas Polda Riau mengatakan para tersangka ditangkap di Pelalawan. Pemprov Riau menetapkan status siaga.",
                &[
                    (Organization, "Polda Riau"),
                    (Organization, "Pemprov Riau"),
                    (Place, "Pelalawan"),
                ],
            ),
        ],
        want: &[
            ("Polda Riau", "Kepolisian Daerah Riau"),
            ("Kepolisian Daerah Jambi", "Kepolisian Daerah Jambi"),
            ("Pemprov Riau", "Pemprov Riau"),
        ],
    },
];

#[test]
fn resolution_table() {
    for row in ROWS {
        let (articles, _) = run(row);
        for &(surface, want) in row.want {
            assert_eq!(
                canonical_of(&articles, surface),
                want,
                "{}: {surface}",
                row.what
            );
        }
    }
}

#[test]
fn typo_is_flagged_and_listed() {
    let row = ROWS
        .iter()
        .find(|r| r.what.contains("misspelling"))
        .unwrap();
    let (_, out) = run(row);
    let wonsan = entity(&out, "Wonsan");
    assert_eq!(wonsan.typos, ["Wonson"]);
    assert_eq!(wonsan.aliases, ["Wonson"]);
    assert_eq!(wonsan.mentions, 3);
    assert_eq!(wonsan.articles, ["a0.txt", "a1.txt"]);
}

#[test]
fn corpus_entity_fields_and_order() {
    let (_, out) = run(&ROWS[0]);
    let lavrov = &out[0];
    assert_eq!(lavrov.canonical, "Sergei Lavrov");
    assert_eq!(lavrov.kind, Person);
    assert_eq!(lavrov.aliases, ["Lavrov", "Sergey Lavrov"]);
    assert_eq!(lavrov.articles, ["a0.txt", "a1.txt", "a2.txt"]);
    assert_eq!(lavrov.mentions, 5);
    assert!(lavrov.typos.is_empty());
    // Then one article each: more mentions first, then by name.
    let rest: Vec<&str> = out[1..].iter().map(|e| e.canonical.as_str()).collect();
    assert_eq!(rest, ["Choe Son Hui", "Pyongyang", "Wonsan"]);
    let json = serde_json::to_value(lavrov).unwrap();
    assert_eq!(json["type"], "person");
}

#[test]
fn exclusive_lists_what_one_article_names() {
    let (_, out) = run(&ROWS[0]);
    let only = exclusive(&out);
    let names = |p: &str| -> Vec<&str> { only[p].iter().map(|e| e.canonical.as_str()).collect() };
    assert_eq!(names("a0.txt"), ["Pyongyang"]);
    assert_eq!(names("a1.txt"), ["Choe Son Hui", "Wonsan"]);
    assert!(!only.contains_key("a2.txt"));
}

#[test]
fn majority_type_wins() {
    let lexicon = Lexicon::default();
    let texts = [
        ("Pernyataan Kremlin dikutip media.", Organization),
        ("Kremlin menolak tuduhan itu.", Place),
        ("Juru bicara Kremlin Dmitry Peskov membantah.", Place),
    ];
    let mut articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, (t, k))| article(&format!("k{i}.txt"), t, &[(*k, "Kremlin")], &lexicon))
        .collect();
    let out = resolve(&mut articles, &lexicon);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].kind, Place);
    assert!(articles.iter().all(|a| a.names[0].kind == Place));
}

#[test]
fn lexicon_canonical_wins_over_longer_surface() {
    let lexicon = lex("organization | Badan Nasional Pencarian dan Pertolongan | Basarnas\n");
    let mut articles = vec![article(
        "b.txt",
        "Tim Basarnas menyisir Selat Bali.",
        &[(Organization, "Basarnas"), (Place, "Selat Bali")],
        &lexicon,
    )];
    let out = resolve(&mut articles, &lexicon);
    let b = entity(&out, "Badan Nasional Pencarian dan Pertolongan");
    assert_eq!(b.aliases, ["Basarnas"]);
}

#[test]
fn spelling_variant_of_a_lexicon_name_takes_its_canonical() {
    let lexicon = lex("place | Jakarta | DKI Jakarta\n");
    let mut articles = vec![article(
        "d.txt",
        "Arsip foto Djakarta tahun 1950.",
        &[(Place, "Djakarta")],
        &lexicon,
    )];
    let out = resolve(&mut articles, &lexicon);
    assert_eq!(out[0].canonical, "Jakarta");
    assert_eq!(out[0].aliases, ["Djakarta"]);
}

#[test]
fn more_frequent_spelling_is_canonical() {
    let lexicon = Lexicon::default();
    let texts = [
        "Sergey Lavrov tiba.",
        "Sergey Lavrov pergi.",
        "Sergei Lavrov bicara.",
    ];
    let mut articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let who = if t.contains("Sergey") {
                "Sergey Lavrov"
            } else {
                "Sergei Lavrov"
            };
            article(&format!("s{i}.txt"), t, &[(Person, who)], &lexicon)
        })
        .collect();
    let out = resolve(&mut articles, &lexicon);
    assert_eq!(out[0].canonical, "Sergey Lavrov");
    assert_eq!(out[0].aliases, ["Sergei Lavrov"]);
}

#[test]
fn output_does_not_depend_on_article_order() {
    for row in ROWS {
        let (articles, out) = run(row);
        let lexicon = lex(row.lexicon);
        let mut reversed: Vec<Article> = row
            .articles
            .iter()
            .enumerate()
            .rev()
            .map(|(i, (text, names))| article(&format!("a{i}.txt"), text, names, &lexicon))
            .collect();
        let out_rev = resolve(&mut reversed, &lexicon);
        assert_eq!(out, out_rev, "{}", row.what);
        reversed.reverse();
        for (a, b) in articles.iter().zip(&reversed) {
            assert_eq!(a.names, b.names, "{}", row.what);
        }
    }
}

#[test]
fn odd_input_never_panics() {
    let lexicon = Lexicon::default();
    let mut a = article("x.txt", "Ké (A) 😀", &[], &lexicon);
    let odd = |text: &str, start, end| Entity {
        kind: Place,
        text: text.to_string(),
        start,
        end,
        canonical: text.to_string(),
        role: Some("  ".into()),
    };
    a.names = vec![
        odd("", 0, 0),
        odd("Ké", 0, 2),
        odd("Ké", 0, 3),
        odd("  \n ", 0, 1),
        odd("(", 4, 5),
        odd("😀", 99, 200),
    ];
    let mut articles = vec![a, article("y.txt", "", &[], &lexicon)];
    let out = resolve(&mut articles, &lexicon);
    assert!(out.iter().all(|e| e.roles.is_empty()));
    assert!(resolve(&mut [], &lexicon).is_empty());
}
