//! The scan visits only the noted starts that can reach an amount
//! (`starts`); reading a figure at every token must give the same figures.
//! Checked on real news text (the fixtures and the sentences of the table
//! tests) and on random sequences of the words of the figure lists, number
//! words, digits and punctuation.

use super::{Visit, extract_with, lexicon};
use crate::extract::date;
use crate::model::{Article, Span};

fn same(text: &str, taken: &[Span]) -> Result<(), String> {
    let fast = extract_with(text, taken, Visit::Starts);
    let every = extract_with(text, taken, Visit::Every);
    if fast == every {
        Ok(())
    } else {
        Err(format!("{text:?}\n fast  {fast:?}\n every {every:?}"))
    }
}

#[test]
fn visiting_starts_only_equals_visiting_every_token() {
    let mut all = vec![
        include_str!("tests.rs").to_string(),
        include_str!("tests_heldout.rs").to_string(),
        include_str!("tests_unseen.rs").to_string(),
        include_str!("tests_accuracy.rs").to_string(),
    ];
    all.extend(crate::extract::fixture_texts());
    assert!(all.len() > 10, "fixtures not found");
    let failures: Vec<String> = all.iter().filter_map(|t| same(t, &[]).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // With the spans the date extractor takes, as in the pipeline.
    let mut dated = 0;
    for t in &all {
        let a = Article::segmented("t", t);
        let doc = a.doc();
        let spans: Vec<Span> = date::extract(&doc, None).iter().map(|d| d.span()).collect();
        dated += spans.len();
        same(doc.text, &spans).unwrap();
    }
    assert!(dated > 100, "too few dates to test with: {dated}");
}

#[test]
fn numbers_inside_dates_agree() {
    // Digits and codes inside a taken span are skipped unparsed; one span
    // per row covers a date, a time or a part of a longer number.
    let rows: [(&str, &[(usize, usize)]); 7] = [
        (
            "Pada 13 Juli 2025 sebanyak 120 orang mengungsi.",
            &[(5, 17)],
        ),
        (
            "Rapat dimulai pukul 07.30 dan diikuti 45 peserta.",
            &[(14, 25)],
        ),
        ("Senin (13/7/2025) harga naik 5 persen.", &[(0, 17)]),
        ("Sekitar 12 juta butir amunisi dikirim.", &[(8, 10)]),
        ("Sekitar 12 juta butir amunisi dikirim.", &[(9, 15)]),
        (
            "Harga Rp 10.000 hingga Rp 12.500 per kilogram.",
            &[(9, 12), (26, 28)],
        ),
        // A span that ends where the number begins does not cover it.
        ("Harga Rp 10.000 hingga Rp 12.500 per kilogram.", &[(0, 9)]),
    ];
    for (text, spans) in rows {
        let spans: Vec<Span> = spans.iter().map(|&(a, b)| Span::new(a, b)).collect();
        same(text, &spans).unwrap();
    }
}

#[test]
fn table_sentences_agree() {
    // One row per kind of start the skip must not lose: long qualifiers,
    // openers, prefixes, currencies before the number, a minus, ordinals.
    let rows = [
        "Korban tewas tidak kurang dari 120 orang.",
        "Suhu turun hingga minus 5 derajat di puncak.",
        "Harga naik dari Rp 10.000 hingga Rp 12.500 per kilogram.",
        "Bantuan sebesar US$ 5 juta dikirim ke Gaza.",
        "Gempa bermagnitudo 6,2 mengguncang Maluku, di atas -3 derajat.",
        "Tim itu menjadi juara ke-3 dan kedua tim lolos.",
        "Sebanyak tiga puluh satu ribu warga dievakuasi ke tempat aman.",
        "Paling tidak sekitar HK$ 2 miliar hilang setiap tahun.",
        "Antara 25.000 hingga 30.000 tentara dikerahkan ke perbatasan.",
        "Ia pergi ke pasar dari rumah hingga tidak kembali di malam hari.",
        // Every part before the number at its longest (qualifier, opener,
        // prefix, currency, minus): the amount is `reach` tokens after the
        // start, the farthest the skip allows.
        "Kerugian tidak kurang dari antara minus US$ -5 hingga US$ 10 juta.",
    ];
    for r in rows {
        same(r, &[]).unwrap();
    }
}

/// Every word of the lists whose phrases come before a number, split into
/// tokens, plus number words, digits, marks and plain words.
fn vocabulary() -> Vec<String> {
    let mut v: Vec<String> = [
        "di", "dari", "ke", "tidak", "hingga", "atas", "kurang", "lebih", "Rp", "US", "$", "-",
        "−", "±", "x", "(", ")", ",", ".", "\n", "dua", "tiga", "puluh", "ribu", "juta", "ribuan",
        "kedua", "ketiga", "pertama", "sekali", "setengah", "beberapa", "orang", "warga", "persen",
        "km", "tahun", "Jakarta", "dan", "atau", "5", "12,5", "10.000", "2025", "1/3", "07.30",
        "0812", "90", "-an",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    for src in [
        lexicon::QUALIFIERS,
        lexicon::RANGES,
        lexicon::PREFIXES,
        lexicon::CURRENCIES,
    ] {
        for line in crate::data::lines("figure", src) {
            if let Some(phrase) = line.fields().next() {
                v.extend(phrase.split(' ').map(str::to_string));
            }
        }
    }
    v.sort();
    v.dedup();
    v
}

proptest::proptest! {
    #[test]
    fn any_word_sequence_agrees(
        picks in proptest::collection::vec((0usize..10_000, 0usize..4), 0..40),
        cuts in proptest::collection::vec((0usize..200, 0usize..12), 0..4),
    ) {
        let words = vocabulary();
        let mut text = String::new();
        for (w, sep) in picks {
            text.push_str(&words[w % words.len()]);
            text.push_str(["", " ", " ", "  "][sep]);
        }
        proptest::prop_assert!(same(&text, &[]).is_ok(), "{}", same(&text, &[]).unwrap_err());
        // Taken spans anywhere, overlapping or not.
        let spans: Vec<Span> = cuts
            .iter()
            .map(|&(a, n)| Span::new(a.min(text.len()), (a + n).min(text.len())))
            .collect();
        proptest::prop_assert!(same(&text, &spans).is_ok(), "{}", same(&text, &spans).unwrap_err());
    }
}
