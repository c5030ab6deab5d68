//! Check mode on hand-built articles.

use super::*;
use crate::claims::testing::article;

fn corpus(articles: Vec<Article>) -> Corpus {
    Corpus {
        articles,
        ..Corpus::default()
    }
}

fn against() -> Corpus {
    corpus(vec![
        article("seeds/a.txt", "Pejabat Barat percaya Pyongyang telah mengirim sekitar 11.000 pasukan ke Rusia.")
            .count("sekitar 11.000", 11000.0, Some("about"))
            .build(),
        article("seeds/b.txt", "Menurut intelijen Korea Selatan, Pyongyang telah mengirim lebih dari 10.000 tentara ke Rusia.")
            .count("lebih dari 10.000", 10000.0, Some("more_than"))
            .build(),
    ])
}

#[test]
fn conflicting_figure_is_an_error_at_its_line() {
    let text = "Judul berita\nKorea Utara telah mengirim 50.000 tentara ke Rusia.\n";
    let new = corpus(vec![
        article("new.txt", text)
            .count("50.000", 50000.0, None)
            .build(),
    ]);
    let found = check(&new, &against(), &Rules::default());
    let conflict = found
        .iter()
        .find(|f| f.rule == "figure-conflict")
        .expect("a conflict");
    assert_eq!(
        (conflict.line, conflict.column, conflict.severity),
        (2, 28, Severity::Error)
    );
    assert!(conflict.message.contains("50.000"), "{}", conflict.message);
    // The same figure also lacks the source the corpus gives.
    assert!(found.iter().any(|f| f.rule == "unattributed-claim"));
}

#[test]
fn repeating_the_corpus_is_clean_of_errors() {
    let text = "Menurut pejabat Barat, Korea Utara telah mengirim sekitar 11.000 tentara ke Rusia.";
    let new = corpus(vec![
        article("new.txt", text)
            .count("sekitar 11.000", 11000.0, Some("about"))
            .build(),
    ]);
    let found = check(&new, &against(), &Rules::default());
    assert!(
        found.iter().all(|f| f.severity < Severity::Error),
        "{found:#?}"
    );
}

#[test]
fn unique_claim_is_info_and_rules_can_be_switched() {
    let text = "Rusia membuka rute penerbangan langsung ke Pyongyang, yang melayani 400 penumpang setiap pekan.";
    let new = corpus(vec![
        article("new.txt", text).count("400", 400.0, None).build(),
    ]);
    let found = check(&new, &against(), &Rules::default());
    assert!(
        found
            .iter()
            .any(|f| f.rule == "unique-claim" && f.severity == Severity::Info),
        "{found:#?}"
    );
    let mut rules = Rules::default();
    rules.set("unique-claim=off").unwrap();
    assert!(
        check(&new, &against(), &rules)
            .iter()
            .all(|f| f.rule != "unique-claim")
    );
}

#[test]
fn formats() {
    let f = vec![Finding {
        path: "new, 1.txt".into(),
        line: 3,
        column: 7,
        severity: Severity::Error,
        rule: "figure-conflict".into(),
        message: "50.000 conflicts: 100%\nsecond".into(),
    }];
    let mut out = Vec::new();
    write(&f, CheckFormat::Text, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "new, 1.txt:3:7: error figure-conflict: 50.000 conflicts: 100% second\n"
    );
    let mut out = Vec::new();
    write(&f, CheckFormat::Github, &mut out).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "::error file=new%2C 1.txt,line=3,col=7,title=figure-conflict::50.000 conflicts: 100%25%0Asecond\n"
    );
    let mut out = Vec::new();
    write(&f, CheckFormat::Json, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["findings"][0]["severity"], "error");
    assert_eq!(v["counts"]["error"], 1);
}
