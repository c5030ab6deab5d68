//! The fused pass gives exactly the streams of the two lexers run apart
//! (they stay in the crate as the reference), and the stages read from it
//! find exactly what they find on their own.

use super::lex;
use crate::extract::date::scan as dscan;
use crate::extract::figure::lex as flex;
use crate::extract::figure::lexicon::TABLES;
use crate::extract::figure::starts;
use crate::extract::{date, figure};
use crate::model::Doc;

/// Each lexer on its own, as the stages ran before the fused pass.
fn apart(text: &str) -> super::Lexed {
    let mut x = super::Lexed::default();
    x.len = text.len();
    dscan::scan_into(text, &mut x.date, &mut x.date_starts);
    let t = &*TABLES;
    let fs = &mut x.figure_starts;
    flex::lex_with(text, &mut x.figure, |k, tok| {
        starts::note(t, text, k, tok, fs)
    });
    starts::link(&mut x.figure_starts);
    x
}

fn same(text: &str) -> Result<(), String> {
    let (a, b) = (lex(text), apart(text));
    if a.date != b.date || a.date_starts != b.date_starts {
        return Err(format!("date tokens differ on {text:?}"));
    }
    if a.figure != b.figure || a.figure_starts != b.figure_starts {
        return Err(format!("figure tokens differ on {text:?}"));
    }
    Ok(())
}

/// Real news phrases with everything the two lexers split differently.
const TABLE: &[&str] = &[
    "Minggu (13/7/2025) pukul 07.24 WIB, 10:15.",
    "Harga Rp5.000,50 naik ke-3 kali, kira-kira 10-20 persen (13/7/2025).",
    "Gempa bermagnitudo 6,2 SR: 0812-3456-7890, ,5 km² dan 20rb.",
    "Jum'at, jalan-jalan ke Bandung\n\n\t- 3 x 4 meter\r\nkata   panjang",
    "Kōbe ünd naïve e\u{301}tude ٣٤ 🙂5🙂 \u{a0}10\u{2009}000 − 5 ‰",
    "Pada 13-07-2025 sekitar 1.500 warga mengungsi; H-3 Lebaran, 2,5 juta pemudik.",
    "Skor 2-1, menang 19-21; nomor 41/2021 tentang APBN 2017-2018.",
    "Sejak era '90-an, Covid-19 menulari 20-an orang di A320.",
    "a'é Jum'at di'ra 'x x' --5 5-- ,,5 5,, .5 5. 1.2.3/4:5-6-7",
    "Kamis\u{a0}(24/8/2017)\u{3000}pukul\u{2028}10.00",
    // Runs of whitespace, as cleaning leaves where it blanked boilerplate
    // out, and sentence ends before and after them.
    "Harga naik.                                \n\n   \r\n\t  10 persen   \u{b}  \n",
    "   \n\n\n                 Jakarta, Senin (3/4)\t\t\t2 orang!        Rabu? ya.",
    "Sekitar dipertanggungjawabkan abcdefghijklmnop abcdefghijklmnopq abcdefgh x",
    // Where a word ends inside the first or the second eight-byte read, or
    // after sixteen letters, before a byte that splits it for one lexer
    // (the byte after a word is read from the same loads), and at the very
    // end of the text.
    "Rp5.000-an pemerintah-pusat pertanggungjawab-nya pertanggungjawaban-nya",
    "Jum'at kemarin'x pertanggungjaw'ab pertanggungjawab'an tanggung\u{2019}jawab",
    "kota\u{a0}Bandung pertanggungjawab\u{e9} ketidakberpihakannya\u{e9}",
    "kata\0lain\0 pertanggungjawab\0 tersebut\0",
    "dipertanggungjawabkan",
    "pertanggungjawab",
    "pertanggungjawa",
    "Kamis",
    "Kamis-",
    "sekitar'",
    "",
    "\n",
    "x",
    "5",
    "é",
];

#[test]
fn fused_equals_apart_on_table_texts() {
    for text in TABLE {
        assert_eq!(same(text), Ok(()));
    }
}

#[test]
fn fused_equals_apart_on_fixtures() {
    let texts = crate::extract::fixture_texts();
    assert!(!texts.is_empty());
    for text in &texts {
        assert_eq!(same(text), Ok(()));
    }
}

#[test]
fn stages_find_the_same_from_the_fused_pass() {
    let mut texts: Vec<String> = TABLE.iter().map(|s| s.to_string()).collect();
    texts.extend(crate::extract::fixture_texts());
    for text in &texts {
        let doc = Doc {
            text,
            paragraphs: &[],
            sentences: &[],
            tokens: &[],
        };
        let lexed = lex(text);
        let dates = date::extract(&doc, None);
        assert_eq!(date::extract_lexed(&doc, None, &lexed), dates, "{text:?}");
        assert_eq!(
            figure::extract_lexed(&doc, &dates, &lexed),
            figure::extract(&doc, &dates),
            "{text:?}"
        );
    }
}

#[test]
fn a_pass_of_another_text_is_not_used() {
    let text = "Sekitar 12 juta butir amunisi dikirim pada 13 Juli 2025.";
    let doc = Doc {
        text,
        paragraphs: &[],
        sentences: &[],
        tokens: &[],
    };
    let lexed = lex("lain");
    let dates = date::extract(&doc, None);
    assert_eq!(date::extract_lexed(&doc, None, &lexed), dates);
    assert_eq!(
        figure::extract_lexed(&doc, &dates, &lexed),
        figure::extract(&doc, &dates)
    );
}

proptest::proptest! {
    #[test]
    fn fused_equals_apart_on_any_text(
        text in "[a-zA-Z0-9 .,:/'()\\-\n\t\r\u{c}@\\[`{é́٣🙂\u{a0}\u{2212}%$]{0,60}"
    ) {
        proptest::prop_assert_eq!(same(&text), Ok(()));
    }

    #[test]
    fn fused_equals_apart_with_long_blank_runs(
        parts in proptest::collection::vec(
            ("[a-zA-Z0-9.,:!?'()\\-é]{0,18}", "[ \n\t\r\u{c}\u{b}]{0,3}", 0usize..20),
            0..12,
        )
    ) {
        let mut text = String::new();
        for (word, white, blanks) in &parts {
            text.push_str(word);
            text.push_str(white);
            text.push_str(&" ".repeat(*blanks));
        }
        proptest::prop_assert_eq!(same(&text), Ok(()));
    }

    #[test]
    fn fused_equals_apart_on_any_bytes(bytes in proptest::collection::vec(0u8..=255, 0..80)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        proptest::prop_assert_eq!(same(&text), Ok(()));
    }
}

/// Every shared news file: the fused pass equals the lexers apart.
/// `cargo test --release -- --ignored --nocapture fused_equals_apart_on_shared_news`
#[test]
#[ignore]
fn fused_equals_apart_on_shared_news() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news");
    let Ok(sets) = std::fs::read_dir(&dir) else {
        println!("data absent, skipping: {}", dir.display());
        return;
    };
    let markers = crate::clean::Markers::builtin();
    let mut files = 0;
    for set in sets.flatten() {
        let Ok(rd) = std::fs::read_dir(set.path()) else {
            continue;
        };
        for f in rd.flatten() {
            if let Ok(text) = std::fs::read_to_string(f.path()) {
                assert_eq!(same(&text), Ok(()), "{}", f.path().display());
                // As the pipeline lexes it: boilerplate blanked out.
                let masked = crate::clean::mask(&text, &crate::clean::find(&text, &markers));
                assert_eq!(same(&masked), Ok(()), "{} (masked)", f.path().display());
                files += 1;
            }
        }
    }
    println!("fused pass = lexers apart on {files} files");
}

/// The IndoSum dev articles with their boilerplate masked, in file name
/// order, for the ignored measurements; `None` (after saying so) when
/// `../shared` is absent.
pub(crate) fn indosum_dev_cleaned() -> Option<Vec<String>> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        println!("data absent, skipping: {}", dir.display());
        return None;
    };
    let markers = crate::clean::Markers::builtin();
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    Some(
        paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .map(|t| crate::clean::mask(&t, &crate::clean::find(&t, &markers)))
            .collect(),
    )
}

/// Instructions of the date and figure stages on IndoSum dev, the old way
/// (`NUMLEX=apart`: each stage lexes) or the fused one (default), for
/// callgrind:
/// `NUMLEX=apart valgrind --tool=callgrind <lib test binary> --ignored numlex_stages`
#[test]
#[ignore]
fn numlex_stages() {
    let Some(texts) = indosum_dev_cleaned() else {
        return;
    };
    let apart = std::env::var("NUMLEX").is_ok_and(|v| v == "apart");
    let started = std::time::Instant::now();
    let mut n = 0;
    for text in &texts {
        let doc = Doc {
            text,
            paragraphs: &[],
            sentences: &[],
            tokens: &[],
        };
        if apart {
            let dates = date::extract(&doc, None);
            n += figure::extract(&doc, &dates).len() + dates.len();
        } else {
            let lexed = lex(text);
            let dates = date::extract_lexed(&doc, None, &lexed);
            n += figure::extract_lexed(&doc, &dates, &lexed).len() + dates.len();
        }
    }
    println!(
        "{} articles, {n} mentions, {:.3} s ({})",
        texts.len(),
        started.elapsed().as_secs_f64(),
        if apart { "apart" } else { "fused" }
    );
}
