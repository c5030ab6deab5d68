//! Check-mode fixtures: each `fixtures/check/NAME.txt` is checked against the
//! seed corpus; `NAME.expected` gives the exit code (`exit = 0|1`, with the
//! default `--fail-on error`) and findings that must be reported
//! (`finding = RULE:LINE`).

use corpus_analyze::analyze::{self, Corpus, Settings};
use corpus_analyze::check::{self, Rules, Severity};
use corpus_analyze::{corpus, data};
use std::path::{Path, PathBuf};

fn analyze(paths: &[PathBuf]) -> Corpus {
    let (origins, errors) = corpus::discover(paths, &[]);
    let sources = origins
        .iter()
        .filter_map(|o| corpus::read(o).ok())
        .collect();
    let settings = Settings {
        knowledge: analyze::Knowledge::builtin(),
        reference_date: None,
    };
    analyze::analyze(sources, errors, &settings)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<(PathBuf, String)> {
    let dir = root().join("fixtures/check");
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .expect("fixtures/check")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let exp = std::fs::read_to_string(p.with_extension("expected")).expect("NAME.expected");
            (p, exp)
        })
        .collect();
    out.sort();
    out
}

fn expectations(src: &str) -> (i32, Vec<(String, usize)>) {
    let mut exit = 0;
    let mut findings = Vec::new();
    for l in data::lines("expected", src) {
        let (k, v) = l.text.split_once('=').expect("KEY = VALUE");
        match k.trim() {
            "exit" => exit = v.trim().parse().expect("exit code"),
            "finding" => {
                let (rule, line) = v.trim().split_once(':').expect("RULE:LINE");
                findings.push((rule.to_string(), line.parse().expect("line")));
            }
            other => panic!("unknown key {other}"),
        }
    }
    (exit, findings)
}

#[test]
fn check_fixtures_against_the_seeds() {
    let against = analyze(&[root().join("fixtures/seeds")]);
    let mut fails = Vec::new();
    for (path, exp) in cases() {
        let (want_exit, want) = expectations(&exp);
        let new = analyze(std::slice::from_ref(&path));
        let found = check::check(&new, &against, &Rules::default());
        let exit = i32::from(found.iter().any(|f| f.severity >= Severity::Error));
        if exit != want_exit {
            fails.push(format!(
                "{}: exit {exit}, want {want_exit}: {found:#?}",
                path.display()
            ));
        }
        for (rule, line) in want {
            if !found.iter().any(|f| f.rule == rule && f.line == line) {
                fails.push(format!(
                    "{}: no {rule} at line {line}: {found:#?}",
                    path.display()
                ));
            }
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

/// The binary, once its `check` subcommand is wired: exit codes and the line format.
#[test]
fn binary_check_exit_codes() {
    let bin = assert_cmd::cargo::cargo_bin("corpus-analyze");
    let help = std::process::Command::new(&bin)
        .arg("--help")
        .output()
        .expect("binary runs");
    if !String::from_utf8_lossy(&help.stdout).contains("check") {
        eprintln!("the binary has no check subcommand yet, skipping");
        return;
    }
    let seeds = root().join("fixtures/seeds");
    for (path, exp) in cases() {
        let (want_exit, want) = expectations(&exp);
        let out = std::process::Command::new(&bin)
            .arg("check")
            .arg(&path)
            .arg("--against")
            .arg(&seeds)
            .output()
            .expect("binary runs");
        assert_eq!(
            out.status.code(),
            Some(want_exit),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&out.stdout)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        for (rule, line) in want {
            let at = format!(":{line}:");
            assert!(
                stdout
                    .lines()
                    .any(|l| l.contains(&at) && l.contains(&format!(" {rule}: "))),
                "{}: {stdout}",
                Path::new(&path).display()
            );
        }
    }
}
