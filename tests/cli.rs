//! The binary on the seed articles: the JSON contract, the other formats,
//! `-o`, colour, determinism, closed pipes, usage errors.

mod common;

use common::*;
use std::io::Read;
use std::process::{Command, Stdio};

#[test]
fn seeds_give_a_json_report_that_matches_the_contract() {
    let out = bin().args(["--format", "json", SEEDS]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stderr_of(&out), "");
    let report = parse_report(&out.stdout);
    assert_eq!(report.articles.len(), 5);
    assert!(report.errors.is_empty());
    let mut paths: Vec<&str> = report.articles.iter().map(|a| a.path.as_str()).collect();
    assert!(paths.is_sorted(), "articles sorted by path");
    paths.dedup();
    assert_eq!(paths.len(), 5);
    let mut total_bytes = 0;
    for a in &report.articles {
        assert!(a.path.starts_with("fixtures/seeds/0"), "{}", a.path);
        assert_eq!(a.encoding, "UTF-8");
        // A UTF-8 file without BOM and CR: spans are file offsets.
        let size = std::fs::metadata(root().join(&a.path)).unwrap().len() as usize;
        assert_eq!(a.bytes, size, "{}", a.path);
        assert!(a.paragraphs > 0 && a.sentences >= a.paragraphs && a.tokens > a.sentences);
        if let Some(p) = &a.published {
            assert!(p.len() == 10 && p.as_bytes()[4] == b'-', "ISO date: {p}");
        }
        total_bytes += a.bytes;
    }
    let c = &report.corpus;
    assert_eq!((c.articles, c.errors, c.bytes), (5, 0, total_bytes));
    let sum = |f: fn(&ArticleJson) -> usize| report.articles.iter().map(f).sum::<usize>();
    assert_eq!(c.paragraphs, sum(|a| a.paragraphs));
    assert_eq!(c.sentences, sum(|a| a.sentences));
    assert_eq!(c.tokens, sum(|a| a.tokens));
    assert_eq!(c.boilerplate, sum(|a| a.boilerplate.len()));
    assert!(report.summary.is_object());
}

#[test]
fn jsonl_carries_the_same_articles_one_typed_message_per_line() {
    let json = bin()
        .args(["--format", "json", SEEDS, BAD])
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let out = bin()
        .args(["--format", "jsonl", SEEDS, BAD])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = stdout_of(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let kinds: Vec<&str> = lines.iter().map(|m| m["type"].as_str().unwrap()).collect();
    // Deterministic order: articles, errors, entities, claims, one final summary.
    let rank = |k: &str| {
        ["article", "error", "entity", "claim", "summary"]
            .iter()
            .position(|x| *x == k)
    };
    assert!(kinds.iter().all(|k| rank(k).is_some()), "{kinds:?}");
    assert!(kinds.is_sorted_by_key(|k| rank(k)), "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| **k == "summary").count(), 1);
    assert_eq!(kinds.last(), Some(&"summary"));
    for m in &lines {
        assert_keys(m, &["type", "data"], "a JSONL message");
    }
    let of = |kind: &str| -> Vec<serde_json::Value> {
        lines
            .iter()
            .filter(|m| m["type"] == kind)
            .map(|m| m["data"].clone())
            .collect()
    };
    assert_eq!(
        of("article"),
        report["articles"].as_array().unwrap().clone()
    );
    assert_eq!(of("error"), report["errors"].as_array().unwrap().clone());
    assert_eq!(of("entity"), report["entities"].as_array().unwrap().clone());
    assert_eq!(of("claim"), report["claims"].as_array().unwrap().clone());
    let summary = &of("summary")[0];
    assert_keys(
        summary,
        &["schema_version", "corpus", "summary"],
        "the summary message",
    );
    assert_eq!(summary["schema_version"], 1);
    assert_eq!(summary["corpus"], report["corpus"]);
    assert_eq!(summary["summary"], report["summary"]);
}

#[test]
fn text_report_fits_80_columns_and_names_every_article() {
    let out = bin().args([SEEDS, BAD]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = stdout_of(&out);
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line:?}");
    }
    assert!(!text.contains('\x1b'), "no colour in a pipe");
    for name in ["000_70baf821c2d55fdd.txt", "windows-1252.txt", "crlf.txt"] {
        assert!(text.contains(name), "{name}");
    }
    assert!(text.contains("windows-1252"));
    assert!(text.contains("UTF-16LE"));
    assert!(text.contains("empty.txt: empty file"));
    assert!(text.contains("Corpus"));
}

#[test]
fn markdown_report_has_the_article_table() {
    let out = bin()
        .args(["--format", "markdown", SEEDS])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let md = stdout_of(&out);
    assert!(md.starts_with("# Corpus report\n"));
    assert!(md.contains("| Article | Title |"));
    assert_eq!(md.matches("| `fixtures/seeds/").count(), 5);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    // (args, NO_COLOR, colour expected); the test's stdout is a pipe, not a terminal.
    let cases: &[(&[&str], Option<&str>, bool)] = &[
        (&[], None, false),
        (&["--color", "auto"], None, false),
        (&["--color", "always"], None, true),
        (&["--color", "always"], Some("1"), true),
        (&["--color", "never"], None, false),
    ];
    for (args, no_color, want) in cases {
        let mut cmd = bin();
        cmd.args(*args).arg(SEEDS);
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let out = cmd.output().unwrap();
        assert_eq!(
            stdout_of(&out).contains("\x1b["),
            *want,
            "{args:?} {no_color:?}"
        );
    }
    // Colour never leaks into machine formats.
    let out = bin()
        .args(["--color", "always", "--format", "json", SEEDS])
        .output()
        .unwrap();
    assert!(!stdout_of(&out).contains('\x1b'));
}

#[test]
fn output_file_is_written_atomically_with_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["json", "jsonl", "text", "markdown"] {
        let stdout = bin().args(["--format", format, SEEDS]).output().unwrap();
        let dest = dir.path().join(format!("laporan.{format}"));
        let out = bin()
            .args(["--format", format, SEEDS, "-o"])
            .arg(&dest)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read(&dest).unwrap(), stdout.stdout, "{format}");
    }
    // Overwriting works too, and no temporary file is left behind.
    let dest = dir.path().join("laporan.json");
    bin()
        .args(["--format", "text", SEEDS, "--output"])
        .arg(&dest)
        .assert()
        .code(0);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "laporan.json",
            "laporan.jsonl",
            "laporan.markdown",
            "laporan.text"
        ]
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&dest).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "a report is not a private temp file");
    }
}

#[test]
fn output_into_a_missing_folder_fails_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("tidak-ada").join("laporan.json");
    let out = bin().args([SEEDS, "-o"]).arg(&dest).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).starts_with("corpus-analyze: "),
        "{}",
        stderr_of(&out)
    );
    assert!(stderr_of(&out).contains("laporan.json"));
}

#[test]
fn same_bytes_whatever_the_thread_count_or_path_order() {
    let run = |args: &[&str]| {
        let out = bin()
            .args(["--format", "json"])
            .args(args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        out.stdout
    };
    let one = run(&["-j", "1", SEEDS, BAD]);
    assert_eq!(one, run(&["-j", "2", SEEDS, BAD]));
    assert_eq!(one, run(&["--threads", "4", BAD, SEEDS]));
    // Named twice: analyzed once.
    assert_eq!(
        one,
        run(&[BAD, SEEDS, "fixtures/seeds/000_70baf821c2d55fdd.txt"])
    );
}

#[test]
fn closed_pipe_ends_quietly_with_zero() {
    let dir = tempfile::tempdir().unwrap();
    copy_seeds(dir.path(), 60); // 300 files: a report far larger than a pipe buffer
    for format in ["json", "text", "jsonl"] {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin!("corpus-analyze"))
            .args(["--format", format])
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Like `| head -c 10`: read a little, then close the pipe.
        let mut head = [0u8; 10];
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut head).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr_of(&out));
        assert_eq!(stderr_of(&out), "", "{format}");
    }
}

#[test]
fn no_progress_bar_in_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    copy_seeds(dir.path(), 50);
    let out = bin().arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("tokoh.txt");
    std::fs::write(&lexicon, "person | Joko Widodo | Jokowi\nthing | Monas\n").unwrap();
    let lex = lexicon.to_str().unwrap();
    // (args, fragment of stderr)
    let cases: &[(&[&str], &str)] = &[
        (&[], "PATH"),
        (&["--format", "xml", SEEDS], "xml"),
        (&["--color", "kadang", SEEDS], "kadang"),
        (&["--reference-date", "13/7/2025", SEEDS], "YYYY-MM-DD"),
        (&["--reference-date", "2025-02-30", SEEDS], "2025-02-30"),
        (&["--glob", "*.{txt", SEEDS], "*.{txt"),
        (&["--lexicon", lex, SEEDS], "tokoh.txt:2: type must be"),
        (&["--lexicon", "tidak-ada.txt", SEEDS], "tidak-ada.txt"),
        (&["--boilerplate", "tidak-ada.txt", SEEDS], "tidak-ada.txt"),
        (&["-j", "dua", SEEDS], "dua"),
    ];
    for (args, fragment) in cases {
        let out = bin().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = stderr_of(&out);
        assert!(err.contains(fragment), "{args:?}: {err}");
    }
}

#[test]
fn good_user_files_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("tokoh.txt");
    std::fs::write(&lexicon, "# tokoh\nperson | Joko Widodo | Jokowi\n").unwrap();
    let markers = dir.path().join("iklan.txt");
    std::fs::write(&markers, "# iklan\nKLIK DI SINI\n").unwrap();
    bin()
        .arg("--lexicon")
        .arg(&lexicon)
        .arg("--boilerplate")
        .arg(&markers)
        .args(["--reference-date", "2025-07-14", "--format", "json", SEEDS])
        .assert()
        .code(0);
}

#[test]
fn help_shows_examples_and_exits_0() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = stdout_of(&out);
    for flag in [
        "--format",
        "--output",
        "--color",
        "--quiet",
        "--glob",
        "--lexicon",
        "--boilerplate",
        "--reference-date",
        "--threads",
        "Examples:",
        "Exit status",
    ] {
        assert!(help.contains(flag), "{flag}");
    }
    let out = bin().args(["check", "--help"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    for flag in [
        "--against",
        "--fail-on",
        "--rule",
        "--config",
        "github",
        "Examples:",
    ] {
        assert!(stdout_of(&out).contains(flag), "{flag}");
    }
}
