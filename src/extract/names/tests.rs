//! Table tests on real Indonesian news sentences, one row per behaviour.

use super::*;
use crate::token::segment;

fn run(text: &str) -> Vec<Entity> {
    let seg = segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    extract(&doc, &[], &Lexicon::builtin())
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
    let files = [
        (
            "countries.txt",
            include_str!("../../data/lexicon/countries.txt"),
        ),
        (
            "regions.txt",
            include_str!("../../data/lexicon/regions.txt"),
        ),
        (
            "world_cities.txt",
            include_str!("../../data/lexicon/world_cities.txt"),
        ),
        (
            "indonesia.txt",
            include_str!("../../data/lexicon/indonesia.txt"),
        ),
        (
            "organizations.txt",
            include_str!("../../data/lexicon/organizations.txt"),
        ),
        ("media.txt", include_str!("../../data/lexicon/media.txt")),
        ("people.txt", include_str!("../../data/lexicon/people.txt")),
    ];
    let mut seen = std::collections::HashMap::new();
    let mut problems = Vec::new();
    for (file, src) in files {
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
