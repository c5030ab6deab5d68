//! The seed articles through the binary, checked against what a reader sees in
//! them: which lines are boilerplate (each removed, nothing else), the titles
//! and the outlets.

mod common;

use common::*;

/// (file, 1-based lines that are boilerplate, title, outlet, dateline)
type SeedRow = (
    &'static str,
    &'static [usize],
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

const SEED_ROWS: &[SeedRow] = &[
    ("000_70baf821c2d55fdd.txt", &[], None, None, None),
    // “Simak Juga: …”, “Baca Juga: …”, "This website uses cookies."
    (
        "001_46c93247f30203d2.txt",
        &[4, 12, 13],
        None,
        Some("5Blogger"),
        None,
    ),
    (
        "002_c4a837ce9a3cc84f.txt",
        &[],
        None,
        Some("Suarathailand"),
        Some("Pyongyang"),
    ),
    // "Post a Comment"
    ("003_6b55f51ad713d331.txt", &[11], None, None, None),
    // "MEMBACA … | Berita Kebebasan Pers Note: The text is visually enhanced …"
    (
        "004_b6a996e676aab42a.txt",
        &[25],
        Some("Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina"),
        None,
        None,
    ),
];

/// The byte span of each line (without its line end), 1-based.
fn line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        spans.push((pos, pos + line.trim_end_matches('\n').len()));
        pos += line.len();
    }
    spans
}

#[test]
fn seed_boilerplate_lines_are_removed_and_nothing_else() {
    let out = bin().args(["--format", "json", SEEDS]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let report = parse_report(&out.stdout);
    for (file, lines, ..) in SEED_ROWS {
        let a = report
            .articles
            .iter()
            .find(|a| a.path.ends_with(file))
            .unwrap();
        let text = std::fs::read_to_string(root().join(SEEDS).join(file)).unwrap();
        let spans = line_spans(&text);
        for b in &a.boilerplate {
            assert_eq!(
                &text[b.start..b.end],
                b.text,
                "{file}: text is the span's text"
            );
            let line = spans.iter().position(|&(s, e)| s <= b.start && b.end <= e);
            let line = line.map(|i| i + 1);
            assert!(
                line.is_some_and(|l| lines.contains(&l)),
                "{file}: removed {:?} outside the boilerplate lines",
                b.text
            );
        }
        for &l in *lines {
            let (s, e) = spans[l - 1];
            let covered: usize = a
                .boilerplate
                .iter()
                .map(|b| b.end.min(e).saturating_sub(b.start.max(s)))
                .sum();
            let visible = text[s..e].trim_matches(|c: char| c.is_whitespace()).len();
            assert!(
                covered >= visible,
                "{file}:{l}: boilerplate line not removed"
            );
        }
    }
}

#[test]
fn seed_titles_and_outlets() {
    let out = bin().args(["--format", "json", SEEDS]).output().unwrap();
    let report = parse_report(&out.stdout);
    for (file, _, title, outlet, dateline) in SEED_ROWS {
        let a = report
            .articles
            .iter()
            .find(|a| a.path.ends_with(file))
            .unwrap();
        assert_eq!(a.title.as_deref(), *title, "{file}: title");
        assert_eq!(a.outlet.as_deref(), *outlet, "{file}: outlet");
        if dateline.is_some() {
            assert_eq!(a.dateline.as_deref(), *dateline, "{file}: dateline");
        }
    }
}

#[test]
fn boilerplate_only_file_is_an_article_with_nothing_left() {
    let out = bin()
        .args([
            "--format",
            "json",
            "fixtures/bad-input/boilerplate-only.txt",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "not an error: {}",
        stderr_of(&out)
    );
    let report = parse_report(&out.stdout);
    let a = &report.articles[0];
    assert_eq!(a.paragraphs, 0);
    assert_eq!(a.sentences, 0);
    // Five marker lines; adjacent ones may be reported as one span.
    assert!(!a.boilerplate.is_empty() && a.boilerplate.len() <= 5);
}

#[test]
fn user_boilerplate_markers_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("berita.txt");
    std::fs::write(
        &article,
        "Harga Cabai Naik\n\nBandung - Harga cabai rawit naik menjadi Rp80.000 per kilogram.\n\nTONTON VIDEO PILIHAN KAMI\n",
    )
    .unwrap();
    let markers = dir.path().join("penanda.txt");
    std::fs::write(
        &markers,
        "# penanda tambahan\nexact: TONTON VIDEO PILIHAN KAMI\n",
    )
    .unwrap();
    let run = |extra: &[&std::path::Path]| {
        let mut cmd = bin();
        cmd.args(["--format", "json"]);
        for m in extra {
            cmd.arg("--boilerplate").arg(m);
        }
        parse_report(&cmd.arg(&article).output().unwrap().stdout)
    };
    assert!(run(&[]).articles[0].boilerplate.is_empty());
    let with = run(&[&markers]);
    let b = &with.articles[0].boilerplate;
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].text, "TONTON VIDEO PILIHAN KAMI");
}
