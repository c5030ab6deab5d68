//! `corpus-analyze check`: the wiring of the CI mode (inputs, rules, formats,
//! exit status). What the rules find is tested with the check module itself.

mod common;

use common::*;

const NEW: &str = "fixtures/bad-input/utf-8-bom.txt";

#[test]
fn check_runs_and_exits_by_its_findings() {
    for format in ["text", "json", "github"] {
        let out = bin()
            .args(["check", NEW, "--against", SEEDS, "--format", format])
            .output()
            .unwrap();
        // A flood in Semarang conflicts with nothing in a corpus about another story.
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr_of(&out));
        assert_eq!(stderr_of(&out), "", "{format}");
    }
}

#[test]
fn check_accepts_rules_and_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("check.conf");
    std::fs::write(&config, "# aturan\n").unwrap();
    let out = bin()
        .args(["check", NEW, "--fail-on", "info", "--config"])
        .arg(&config)
        .args(["--against", SEEDS])
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn check_fails_with_2_when_the_tool_cannot_work() {
    let cases: &[&[&str]] = &[
        &["check", "tidak-ada.txt", "--against", SEEDS],
        &["check", NEW, "--against", "tidak-ada/"],
        &["check", "fixtures/bad-input/empty.txt", "--against", SEEDS],
        &[
            "check",
            NEW,
            "--against",
            SEEDS,
            "--config",
            "tidak-ada.conf",
        ],
        &["check", NEW, "--against", SEEDS, "--fail-on", "fatal"],
        &["check", NEW],
        &["check", "--against", SEEDS],
    ];
    for args in cases {
        let out = bin().args(*args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr_of(&out).contains("tidak-ada") || !stderr_of(&out).is_empty(),
            "{args:?}"
        );
    }
}
