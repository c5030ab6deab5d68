//! Table tests on real Indonesian news sentences, one row per behaviour.

use super::*;
use crate::token::segment;

/// The names of `text` with the built-in lexicon (shared by the table tests
/// of the names modules).
pub(super) fn run(text: &str) -> Vec<Entity> {
    let seg = segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    extract(&doc, &[], &Lexicon::builtin())
}

/// [`run`] as (type, surface) pairs.
pub(super) fn names(text: &str) -> Vec<(EntityKind, String)> {
    run(text).into_iter().map(|e| (e.kind, e.text)).collect()
}

/// A table row of the whole-article rules: the text, names that must be
/// found, surfaces that must not be (of any type).
pub(super) type Row = (
    &'static str,
    &'static [(EntityKind, &'static str)],
    &'static [&'static str],
);

/// Checks every [`Row`], reporting all failures at once.
pub(super) fn check_rows(rows: &[Row]) {
    let mut failures = Vec::new();
    for (text, want, never) in rows {
        let got = names(text);
        for (k, w) in *want {
            if !got.iter().any(|(gk, g)| gk == k && g == w) {
                failures.push(format!("{text}\n  missing {k:?} {w:?} in {got:?}"));
            }
        }
        for w in *never {
            if got.iter().any(|(_, g)| g == w) {
                failures.push(format!("{text}\n  unwanted {w:?} in {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn has(text: &str, kind: EntityKind, surface: &str) -> bool {
    run(text)
        .iter()
        .any(|e| e.kind == kind && e.text == surface)
}

use EntityKind::{Organization as O, Person as P, Place as L};

#[test]
fn finds_each_kind() {
    let rows: &[(&str, EntityKind, &str)] = &[
        (
            "Presiden Jokowi meresmikan jalan tol di Sumatera Utara.",
            P,
            "Jokowi",
        ),
        (
            "Jaksa Agung H. M. Prasetyo menolak berkomentar.",
            P,
            "H. M. Prasetyo",
        ),
        (
            "Hal itu disampaikan Menteri Keuangan Sri Mulyani Indrawati di Jakarta.",
            P,
            "Sri Mulyani Indrawati",
        ),
        (
            "\"Kami akan terus mencari korban,\" kata Budi Santoso kepada wartawan.",
            P,
            "Budi Santoso",
        ),
        (
            "Menurut Sutopo Purwo Nugroho, banjir merendam ratusan rumah.",
            P,
            "Sutopo Purwo Nugroho",
        ),
        (
            "Tim Basarnas menyisir perairan Selat Karimata sejak pagi.",
            O,
            "Basarnas",
        ),
        (
            // A dateline's outlet in brackets is not the place's acronym.
            "Subang, Jawa Barat (ANTARA) - Dinas Kesehatan mencatat 13 korban luka berat.",
            L,
            "Jawa Barat",
        ),
        (
            "Kupang, Nusa Tenggara Timur (NTT) dilanda kekeringan panjang.",
            L,
            "Nusa Tenggara Timur (NTT)",
        ),
        (
            "Tim Basarnas menyisir perairan Selat Karimata sejak pagi.",
            L,
            "Selat Karimata",
        ),
        (
            "PT Pertamina menaikkan harga Pertamax mulai pekan depan.",
            O,
            "PT Pertamina",
        ),
        (
            "Partai Golkar resmi mengusung pasangan itu dalam pilkada.",
            O,
            "Partai Golkar",
        ),
        (
            "Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur, Jawa Barat.",
            L,
            "Cianjur",
        ),
        (
            "Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur, Jawa Barat.",
            L,
            "Jawa Barat",
        ),
        (
            "Banjir bandang melanda sejumlah desa di Jawa Timur.",
            L,
            "Jawa Timur",
        ),
        (
            "KPK menetapkan bupati itu sebagai tersangka suap.",
            O,
            "KPK",
        ),
        (
            "Sidang digelar di Pengadilan Negeri Jakarta Selatan.",
            O,
            "Pengadilan Negeri Jakarta Selatan",
        ),
        (
            "Kantor berita Reuters melaporkan ledakan di pelabuhan.",
            O,
            "Reuters",
        ),
        (
            "Pasukan Korut menembakkan rudal ke Laut Jepang.",
            L,
            "Korut",
        ),
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang.",
            P,
            "Sergei Lavrov",
        ),
        (
            "Delegasi itu terbang dari Moskow ke Beijing pada Selasa.",
            L,
            "Moskow",
        ),
        (
            "Delegasi itu terbang dari Moskow ke Beijing pada Selasa.",
            L,
            "Beijing",
        ),
        (
            "Ketegangan meningkat di kawasan Asia Timur Laut.",
            L,
            "Asia Timur Laut",
        ),
    ];
    for (text, kind, surface) in rows {
        let got = run(text);
        assert!(
            got.iter().any(|e| e.kind == *kind && e.text == *surface),
            "{text:?}: want {kind:?} {surface:?}, got {got:?}"
        );
    }
}

#[test]
fn does_not_find() {
    let rows: &[(&str, &str)] = &[
        ("Menurut dia, harga beras naik sejak pekan lalu.", "Menurut"),
        (
            "Dalam pertemuan itu, kedua pihak sepakat berdamai.",
            "Dalam",
        ),
        ("Pada Januari lalu, inflasi mencapai 2,3 persen.", "Januari"),
        (
            "Sementara itu, warga mulai mengungsi ke tempat aman.",
            "Sementara",
        ),
        (
            "Presiden menegaskan pemerintah tidak akan mundur.",
            "Presiden",
        ),
        (
            "Rapat digelar Senin dan dilanjutkan Kamis pekan depan.",
            "Senin",
        ),
        (
            "Rapat digelar Senin dan dilanjutkan Kamis pekan depan.",
            "Kamis",
        ),
        // Two acronyms joined by "dan" are two names.
        (
            "Kerja sama QVC dan CVN diumumkan kemarin di New York.",
            "QVC dan CVN",
        ),
        // Units in capitals after a number, and the "Baca:" link label.
        (
            "Kuota BBM subsidi dipangkas dari 48 juta KL menjadi 46 juta KL.",
            "KL",
        ),
        (
            "(Baca: Hatta Emoh Khianati SBY soal Perpu Pilkada) Menurut Didi, kesepakatan itu harus dijalankan.",
            "Baca",
        ),
    ];
    for (text, surface) in rows {
        let got = run(text);
        assert!(
            !got.iter().any(|e| e.text.contains(surface)),
            "{text:?}: {surface:?} must not be an entity, got {got:?}"
        );
    }
}

#[test]
fn roles_and_canonical_names() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang.",
            "Sergei Lavrov",
            Some("Menteri Luar Negeri Rusia"),
        ),
        (
            "Presiden Joko Widodo meninjau lokasi banjir.",
            "Joko Widodo",
            Some("Presiden"),
        ),
        (
            "Kapolri Jenderal Listyo Sigit Prabowo memimpin apel.",
            "Listyo Sigit Prabowo",
            Some("Kapolri Jenderal"),
        ),
        (
            "Hal itu disampaikan juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova.",
            "Maria Zakharova",
            Some("juru bicara Kementerian Luar Negeri Rusia"),
        ),
        ("\"Kami siap,\" kata Budi Santoso.", "Budi Santoso", None),
        // No title word near any capitalized word: no role (the view's
        // flag union settles it; `role::find` checks the full search).
        (
            "Warga bernama Siti Aminah menemukan dompet itu di pasar.",
            "Siti Aminah",
            None,
        ),
        (
            "Rumah milik Agus Salim terendam banjir setinggi satu meter.",
            "Agus Salim",
            None,
        ),
        // A one-word religious title before an unknown name is the role.
        (
            "Pendeta Gilbert Lumoindong meminta maaf atas ceramahnya.",
            "Gilbert Lumoindong",
            Some("Pendeta"),
        ),
        (
            "Pastor Yohanes Sudarmo memimpin misa Natal di Katedral.",
            "Yohanes Sudarmo",
            Some("Pastor"),
        ),
    ];
    for (text, name, role) in rows {
        let got = run(text);
        let e = got
            .iter()
            .find(|e| e.text == *name)
            .unwrap_or_else(|| panic!("{text:?}: no {name:?} in {got:?}"));
        assert_eq!(e.kind, P, "{text:?}");
        assert_eq!(e.role.as_deref(), *role, "{text:?}");
    }
    let got = run("Pasukan Korut menembakkan rudal ke arah Korsel.");
    let korut = got.iter().find(|e| e.text == "Korut").expect("Korut found");
    assert_eq!(korut.canonical, "Korea Utara");
}

#[test]
fn respects_taken_spans_and_sorting() {
    let text = "Pada Juni 2024, Presiden Prabowo Subianto berkunjung ke Tokyo.";
    let seg = segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    let taken = [Span::new(5, 14)];
    let got = extract(&doc, &taken, &Lexicon::builtin());
    assert!(got.iter().all(|e| !e.span().overlaps(&taken[0])), "{got:?}");
    assert!(got.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(got.iter().any(|e| e.text == "Tokyo" && e.kind == L));
}

#[test]
fn never_panics_on_odd_input() {
    for text in [
        "",
        " ",
        ".",
        "\u{0301}Á\u{0301} B",
        "مرحبا Jakarta 😀 Ä.Ö.",
        "A. B. C. D. E.",
        "(((KPK)))",
        "Jakarta",
        "PT",
    ] {
        let _ = run(text);
    }
}

#[test]
fn blanked_boilerplate_is_not_read() {
    // Boilerplate arrives as spaces; only the real sentence has names.
    let text = "                                   \nWarga Bandung memadati alun-alun.";
    let got = run(text);
    assert!(got.iter().all(|e| e.start > 35), "{got:?}");
    assert!(has(text, L, "Bandung"));
}

#[test]
fn user_lexicon_adds_names() {
    let mut lex = Lexicon::builtin();
    lex.extend(
        "user.txt",
        "organization | Lembaga Bantuan Hukum Jakarta | LBH Jakarta\n",
    )
    .unwrap();
    let text = "Pengacara dari LBH Jakarta mendampingi para korban.";
    let seg = segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    let got = extract(&doc, &[], &lex);
    let e = got
        .iter()
        .find(|e| e.text == "LBH Jakarta")
        .expect("user entry found");
    assert_eq!(e.kind, O);
    assert_eq!(e.canonical, "Lembaga Bantuan Hukum Jakarta");
}

/// Prints the entities of each line of the file named by `NER_FILE`.
#[test]
#[ignore]
fn show_entities() {
    let path = std::env::var("NER_FILE").unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    for line in src.lines() {
        let got: Vec<String> = run(line)
            .iter()
            .map(|e| match &e.role {
                Some(r) => format!("{:?}:{} [{r}]", e.kind, e.text),
                None => format!("{:?}:{}", e.kind, e.text),
            })
            .collect();
        println!("{line}\n    {}", got.join(" | "));
    }
}

#[test]
#[ignore]
fn debug_labels() {
    let text = std::env::var("NER_TEXT").unwrap_or_default();
    let seg = segment(&text);
    let lex = Lexicon::builtin();
    for s in &seg.sentences {
        let mut v = View::default();
        v.fill(&text, &seg.tokens[s.tokens.clone()], &lex);
        let mut labels = Vec::new();
        tagger::builtin()
            .unwrap()
            .tag(&v, &mut Vec::new(), &mut labels);
        for (i, l) in labels.iter().enumerate() {
            println!(
                "{:<15} cand={} lex={:?} {}",
                v.word(i),
                v.cand[i],
                v.lex[i],
                tagger::LABELS[*l]
            );
        }
    }
}

/// The gazetteers: trimmed, parseable, no canonical name twice, no alias
/// claimed by two entries (a later one would silently win).
#[test]
fn gazetteers_are_clean() {
    // Every built-in gazetteer, as the lexicon loads them.
    let files = crate::lexicon::BUILTIN;
    let mut seen = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for &(file, src) in files {
        for (i, raw) in src.lines().enumerate() {
            if raw != raw.trim_end() {
                problems.push(format!("{file}:{}: trailing whitespace", i + 1));
            }
        }
        let mut lex = Lexicon::default();
        if let Err(e) = lex.extend(file, src) {
            problems.push(e.to_string());
        }
        for line in crate::data::lines(file, src) {
            for surface in line.fields().skip(1) {
                if let Some(first) =
                    seen.insert(surface.to_string(), format!("{file}:{}", line.number))
                {
                    problems.push(format!(
                        "{file}:{}: {surface:?} already on {first}",
                        line.number
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Adjacent names that news writes without commas are separate entities;
/// a place between a title and a person is part of the role.
#[test]
fn glued_names_are_split() {
    type Row<'a> = (&'a str, &'a [(EntityKind, &'a str)], &'a [&'a str]);
    let rows: &[Row] = &[
        (
            "Presiden AS Donald Trump menyebut tarif baru berlaku pekan depan.",
            &[(P, "Donald Trump")],
            &["AS Donald Trump", "AS"],
        ),
        (
            "Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi banjir di Demak.",
            &[(P, "Ganjar Pranowo")],
            &["Jawa Tengah Ganjar Pranowo"],
        ),
        (
            "Kapolda Metro Jaya Irjen Fadil Imran memimpin apel pasukan.",
            &[(P, "Fadil Imran")],
            &["Metro Jaya Irjen Fadil Imran"],
        ),
        (
            "Ketua DPR Puan Maharani membuka rapat paripurna.",
            &[(O, "DPR"), (P, "Puan Maharani")],
            &["DPR Puan Maharani"],
        ),
        (
            "CEO PT Pertamina Nicke Widyawati menjelaskan kenaikan harga.",
            &[(O, "PT Pertamina"), (P, "Nicke Widyawati")],
            &["PT Pertamina Nicke Widyawati"],
        ),
        (
            "Presiden Rusia Vladimir Putin menerima Perdana Menteri India Narendra Modi di Moskow.",
            &[(P, "Vladimir Putin"), (P, "Narendra Modi"), (L, "Moskow")],
            &["Rusia Vladimir Putin", "India Narendra Modi"],
        ),
        (
            "Hal itu dilaporkan media negara Korea Selatan Yonhap pada Selasa.",
            &[(L, "Korea Selatan"), (O, "Yonhap")],
            &["Korea Selatan Yonhap"],
        ),
        (
            "Ia bertemu mitranya dari Jepang Yoko Kamikawa di Tokyo.",
            &[(L, "Jepang"), (P, "Yoko Kamikawa")],
            &["Jepang Yoko Kamikawa"],
        ),
        (
            "Pertempuran berlangsung di wilayah Belgorod Rusia sejak pekan lalu.",
            &[(L, "Belgorod"), (L, "Rusia")],
            &["Belgorod Rusia"],
        ),
        (
            "Kapal itu berlabuh di Surabaya Senin pagi.",
            &[(L, "Surabaya")],
            &["Surabaya Senin"],
        ),
        (
            "Data itu dirilis Kementerian Pertahanan Korea Selatan pada Senin.",
            &[(O, "Kementerian Pertahanan Korea Selatan")],
            &["Korea Selatan", "Kementerian Pertahanan"],
        ),
        (
            "Presiden Prancis Emmanuel Macron tiba di Jakarta.",
            &[(P, "Emmanuel Macron"), (L, "Jakarta")],
            &["Prancis Emmanuel Macron", "Prancis Emmanuel"],
        ),
        // Direction words continue the place; they never start a new name.
        (
            "Banjir merendam ratusan rumah di Jakarta Utara.",
            &[(L, "Jakarta Utara")],
            &["Jakarta"],
        ),
    ];
    for (text, want, not) in rows {
        let got = run(text);
        for (kind, surface) in *want {
            assert!(
                got.iter().any(|e| e.kind == *kind && e.text == *surface),
                "{text:?}: want {kind:?} {surface:?}, got {got:?}"
            );
        }
        for surface in *not {
            assert!(
                !got.iter().any(|e| e.text == *surface),
                "{text:?}: {surface:?} must not be an entity, got {got:?}"
            );
        }
    }
    let got = run("Presiden AS Donald Trump menyebut tarif baru berlaku pekan depan.");
    let trump = got
        .iter()
        .find(|e| e.text == "Donald Trump")
        .expect("found");
    assert_eq!(trump.role.as_deref(), Some("Presiden AS"));
}

/// The words before an unknown name decide its kind.
#[test]
fn context_decides_the_kind() {
    let rows: &[(&str, Option<EntityKind>, &str)] = &[
        (
            "Rudal itu jatuh di kota pesisir Mariupol dan merusak pelabuhan.",
            Some(L),
            "Mariupol",
        ),
        (
            "Warga desa Sukamaju mengungsi ke balai desa.",
            Some(L),
            "Sukamaju",
        ),
        (
            "Pesan itu diunggah di Telegram oleh juru bicara militer.",
            Some(O),
            "Telegram",
        ),
        (
            "Ukraina meminta tambahan sistem pertahanan udara Patriot dari Jerman.",
            None,
            "Patriot",
        ),
        (
            "Militer menembakkan rudal Tomahawk ke sasaran di pantai.",
            None,
            "Tomahawk",
        ),
    ];
    for (text, kind, surface) in rows {
        let got = run(text);
        let found = got.iter().find(|e| e.text == *surface).map(|e| e.kind);
        assert_eq!(found, *kind, "{text:?}: {surface:?} in {got:?}");
    }
}

/// In a Title Case headline, names stop at ordinary words and only names the
/// article confirms (lexicon, or the same spelling in running text) stay.
#[test]
fn title_case_lines() {
    let text = "Prabowo Subianto Resmikan Bendungan Baru di Jawa Tengah\n\
                Presiden Prabowo Subianto meresmikan bendungan di Kabupaten Wonogiri, Senin.";
    let got = run(text);
    let first_line: Vec<&str> = got
        .iter()
        .filter(|e| e.end <= 55)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(first_line, ["Prabowo Subianto", "Jawa Tengah"], "{got:?}");
    let text = "Banjir Bandang Terjang Garut, Ribuan Warga Mengungsi\n\
                Banjir bandang menerjang Garut, Jawa Barat, pada Selasa malam.";
    let got = run(text);
    let first_line: Vec<&str> = got
        .iter()
        .filter(|e| e.end <= 52)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(first_line, ["Garut"], "{got:?}");
    // A sentence made of names is not a headline.
    assert!(has(
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Pyongyang.",
        P,
        "Sergei Lavrov"
    ));
}

/// What the article says clearly settles what it says unclearly.
#[test]
fn article_level_agreement() {
    // A sentence-initial first name the tagger dropped comes back.
    let got = run(
        "Juru bicara KPK, Ali Fikri Ahmad, membenarkan penahanan itu.\n\
         Fikri Ahmad mengatakan tersangka ditahan 20 hari.",
    );
    assert!(
        got.iter().filter(|e| e.text == "Ali Fikri Ahmad").count() >= 1
            && !got.iter().any(|e| e.text == "Fikri Ahmad"),
        "{got:?}"
    );
    // Acronyms written as words are still the known organization.
    let got = run("Kabar itu dikutip kantor berita Tass dari sumber militer.");
    let tass = got.iter().find(|e| e.text == "Tass").expect("Tass found");
    assert_eq!(
        (tass.kind, tass.canonical.as_str()),
        (O, "Kantor Berita Rusia TASS")
    );
    // A reduplicated ordinary word opening a quote is not a name.
    let got = run("\"Teman-teman Jepang kami sangat membantu,\" katanya.");
    assert!(!got.iter().any(|e| e.text.starts_with("Teman")), "{got:?}");
}

/// The dense scoring path adds up exactly the weights of the hashed features.
#[test]
fn dense_scores_equal_hashed_scores() {
    let Some(model) = tagger::builtin() else {
        return;
    };
    let lex = Lexicon::builtin();
    let text = "Menurut Kapolda Metro Jaya Irjen Fadil Imran, KPK dan BNPB tiba di \
                Jakarta Selatan pada Senin (3/2). \"Kami siap,\" kata Budi di PT Pertamina.";
    let seg = segment(text);
    let mut fx = Vec::new();
    for s in &seg.sentences {
        let mut v = View::default();
        v.fill(text, &seg.tokens[s.tokens.clone()], &lex);
        features::facts(&v, &mut fx);
        for i in (0..v.len()).filter(|&i| v.cand[i]) {
            for prev in [b'^', b'0', b'1', b'4', b'6'] {
                let a = model.scores_pub(&v, &fx, i, prev);
                let b = model.scores_hashed(&v, &fx, i, prev);
                for (x, y) in a.iter().zip(&b) {
                    assert!((x - y).abs() < 1e-3, "{}: {a:?} vs {b:?}", v.word(i));
                }
            }
        }
    }
}

/// Abbreviated posts of the prosecution and police ("Kapuspenkum",
/// "Dirreskrimsus") are titles, and the prosecution's divisions
/// ("Jampidsus") are bodies: the person after them stands alone.
#[test]
fn abbreviated_posts_and_divisions_leave_the_person() {
    let rows: &[(&str, EntityKind, &str)] = &[
        (
            "Kapuspenkum Kejagung Ketut Sumedana mengatakan tersangka ditahan selama 20 hari.",
            P,
            "Ketut Sumedana",
        ),
        (
            "Kapuspenkum Kejagung Ketut Sumedana mengatakan tersangka ditahan selama 20 hari.",
            O,
            "Kejagung",
        ),
        (
            "Jampidsus Febrie Adriansyah menyebut kerugian negara mencapai Rp 300 miliar.",
            P,
            "Febrie Adriansyah",
        ),
        (
            "Dirreskrimsus Polda Metro Jaya Ade Safri Simanjuntak memeriksa tiga saksi.",
            P,
            "Ade Safri Simanjuntak",
        ),
    ];
    for &(text, kind, surface) in rows {
        assert!(
            has(text, kind, surface),
            "{text}: {kind:?} {surface:?} in {:?}",
            run(text)
        );
    }
}

/// Alert levels and ranks written as Roman numerals are never names, in a
/// Title Case headline or in the body.
#[test]
fn roman_numerals_are_not_names() {
    let rows: &[Row] = &[
        (
            "Gunung Lewotobi Laki-laki Erupsi, Status Naik Jadi Level IV Awas",
            &[],
            &["IV", "Level IV", "Awas"],
        ),
        (
            "PVMBG menaikkan status Gunung Semeru dari Level III (Siaga) menjadi Level IV (Awas).",
            &[(EntityKind::Organization, "PVMBG")],
            &["III", "IV"],
        ),
        (
            "Sri Sultan Hamengku Buwono X meresmikan jembatan di Yogyakarta.",
            &[(EntityKind::Place, "Yogyakarta")],
            &["X"],
        ),
    ];
    check_rows(rows);
}

/// The byte parser of weight lines gives what the general parser gives, on
/// every line of the built-in model and on odd lines (which it leaves to the
/// general parser).
#[test]
fn weight_line_parsers_agree() {
    use tagger::{MODEL_SRC, parse_line, parse_line_general};
    let mut fast = 0;
    for line in MODEL_SRC.lines().filter(|l| !l.starts_with('#')) {
        if let Some(x) = parse_line(line.as_bytes()) {
            assert_eq!(Some(x), parse_line_general(line), "{line}");
            fast += 1;
        }
    }
    assert!(fast + 10 > MODEL_SRC.lines().count(), "{fast}");
    for odd in [
        "",
        "zz 0:1",
        "+ff 0:1",
        "ff 9:1",
        "ff 0:+1",
        "ff 0:1 ",
        "ff 0:12345678901",
        "ffffffffffffffffff 0:1",
        "ff 0:1 2:x 3:-7",
        "FF 1:-0",
        "ff 01:5",
    ] {
        if let Some(x) = parse_line(odd.as_bytes()) {
            assert_eq!(Some(x), parse_line_general(odd), "{odd}");
        }
    }
    assert_eq!(
        parse_line(b"a1 0:-5 6:1250"),
        parse_line_general("a1 0:-5 6:1250")
    );
    assert!(parse_line(b"a1 0:-5 6:1250").is_some());
}
