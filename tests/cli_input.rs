//! The binary on inputs that are not clean UTF-8 articles: the table in
//! `fixtures/bad-input/.expected` (each file's expected outcome), standard
//! input, missing paths, hidden files, globs, files too large to read.

mod common;

use common::*;
use corpus_analyze::data::lines;

/// One row of `fixtures/bad-input/.expected`.
struct Expected {
    file: String,
    outcome: String,
    detail: String,
}

fn expected() -> Vec<Expected> {
    let src = std::fs::read_to_string(root().join(BAD).join(".expected")).unwrap();
    lines(".expected", &src)
        .map(|l| {
            let f: Vec<&str> = l.fields().collect();
            assert_eq!(f.len(), 3, ".expected:{}: three fields", l.number);
            Expected {
                file: f[0].into(),
                outcome: f[1].into(),
                detail: f[2].into(),
            }
        })
        .collect()
}

#[test]
fn every_bad_input_has_its_expected_outcome() {
    let out = bin().args(["--format", "json", BAD]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "errors make the exit status 2");
    let report = parse_report(&out.stdout);
    let stderr = stderr_of(&out);
    let table = expected();
    let mut named: Vec<String> = report
        .articles
        .iter()
        .map(|a| a.path.clone())
        .chain(report.errors.iter().map(|e| e.path.clone()))
        .collect();
    named.sort();
    let mut want: Vec<String> = table.iter().map(|e| format!("{BAD}{}", e.file)).collect();
    want.sort();
    assert_eq!(
        named, want,
        "exactly the files of the table (hidden and *.html skipped)"
    );
    for row in &table {
        let path = format!("{BAD}{}", row.file);
        if row.outcome == "error" {
            let e = report.errors.iter().find(|e| e.path == path).unwrap();
            assert!(e.message.contains(&row.detail), "{path}: {}", e.message);
            // One diagnostic on stderr, naming the file.
            let diag = format!("corpus-analyze: {path}: {}\n", e.message);
            assert_eq!(stderr.matches(&diag).count(), 1, "{stderr}");
        } else {
            let a = report.articles.iter().find(|a| a.path == path).unwrap();
            assert_eq!(a.encoding, row.outcome, "{path}");
            if row.detail != "*" {
                assert_eq!(a.paragraphs.to_string(), row.detail, "{path}: paragraphs");
            }
        }
    }
    assert_eq!(report.corpus.errors, report.errors.len());
    assert_eq!(report.corpus.articles, report.articles.len());
}

#[test]
fn decoded_text_is_what_the_spans_index() {
    // `bytes` is the length of the decoded text, BOM removed, CRLF/CR turned to LF.
    let out = bin().args(["--format", "json", BAD]).output().unwrap();
    let report = parse_report(&out.stdout);
    let bytes = |name: &str| {
        report
            .articles
            .iter()
            .find(|a| a.path.ends_with(name))
            .unwrap()
            .bytes
    };
    let raw = |name: &str| std::fs::read(root().join(BAD).join(name)).unwrap();
    // Windows-1252: "é" is 1 byte in the file and 2 in UTF-8, "…" 1 and 3,
    // the curly quotes 1 and 3 each.
    let cp = raw("windows-1252.txt");
    let extra: usize = cp
        .iter()
        .map(|&b| match b {
            0x85 | 0x93 | 0x94 => 2,
            0x80.. => 1,
            _ => 0,
        })
        .sum();
    assert_eq!(bytes("windows-1252.txt"), cp.len() + extra);
    let crlf = raw("crlf.txt");
    let pairs = crlf.windows(2).filter(|w| w == b"\r\n").count();
    assert_eq!(bytes("crlf.txt"), crlf.len() - pairs);
    assert_eq!(
        bytes("cr.txt"),
        raw("cr.txt").len(),
        "lone CR becomes LF: same length"
    );
    assert_eq!(bytes("utf-8-bom.txt"), raw("utf-8-bom.txt").len() - 3);
    let u16 = raw("utf-16le-bom.txt");
    let text = String::from_utf16(
        &u16[2..]
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_eq!(bytes("utf-16le-bom.txt"), text.len());
    assert_eq!(bytes("utf-16be-bom.txt"), text.len());
}

#[test]
fn missing_path_is_reported_and_the_rest_still_analyzed() {
    let out = bin()
        .args(["--format", "json", "tidak/ada.txt", SEEDS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr_of(&out),
        "corpus-analyze: tidak/ada.txt: no such file or directory\n"
    );
    let report = parse_report(&out.stdout);
    assert_eq!(report.articles.len(), 5);
    assert_eq!(
        report.errors,
        [ErrorJson {
            path: "tidak/ada.txt".into(),
            message: "no such file or directory".into()
        }]
    );
}

#[test]
fn quiet_keeps_stderr_empty_but_not_the_exit_status() {
    let out = bin()
        .args(["-q", "--format", "json", BAD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_of(&out), "");
    assert_eq!(parse_report(&out.stdout).errors.len(), 3);
}

#[test]
fn standard_input_is_an_article_named_dash() {
    let article =
        "Harga Beras Naik\n\nJakarta - Harga beras medium naik menjadi Rp13.500 per kilogram.\n";
    let out = bin()
        .args(["--format", "json", "-"])
        .write_stdin(article)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let report = parse_report(&out.stdout);
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.articles[0].path, "-");
    assert_eq!(report.articles[0].bytes, article.len());
    // Empty standard input is an error like an empty file.
    let out = bin()
        .args(["--format", "json", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_of(&out), "corpus-analyze: -: empty file\n");
}

#[test]
fn folders_are_walked_recursively_sorted_skipping_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let write = |rel: &str| {
        let p = d.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, format!("Berita {rel}.\n")).unwrap();
    };
    for rel in [
        "b.txt",
        "a.md",
        "2025/juli/c.txt",
        "2025/juli/c.html",
        ".git/x.txt",
        ".draf.txt",
        "arsip/.tersembunyi/y.txt",
        "arsip/z.TXT",
    ] {
        write(rel);
    }
    let paths = |extra: &[&str]| -> Vec<String> {
        let out = bin()
            .current_dir(d)
            .args(["--format", "json", "."])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        parse_report(&out.stdout)
            .articles
            .into_iter()
            .map(|a| a.path)
            .collect()
    };
    assert_eq!(
        paths(&[]),
        ["./2025/juli/c.txt", "./a.md", "./arsip/z.TXT", "./b.txt"]
    );
    assert_eq!(paths(&["--glob", "*.html"]), ["./2025/juli/c.html"]);
    assert_eq!(
        paths(&["--glob", "!2025/**", "--glob", "!arsip/**"]),
        ["./a.md", "./b.txt"]
    );
    // A file named directly is taken whatever its name; a hidden one too.
    assert_eq!(
        paths(&["--glob", "*.md", ".draf.txt"]),
        ["./a.md", ".draf.txt"]
    );
}

#[test]
fn folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), "<p>bukan</p>").unwrap();
    let out = bin().arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("no article files"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn file_over_1_gib_is_too_large() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("besar.txt");
    // Sparse: no disk space is used.
    let f = std::fs::File::create(&big).unwrap();
    f.set_len((1 << 30) + 1).unwrap();
    drop(f);
    let out = bin()
        .arg("--format")
        .arg("json")
        .arg(&big)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("too large"), "{}", stderr_of(&out));
}
