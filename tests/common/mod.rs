//! Helpers shared by the integration tests of the binary, and the test-side
//! copy of the JSON contract: the structs below deserialize the output with
//! `deny_unknown_fields`, and [`parse_report`] also refuses missing fields, so
//! any change to the fields the frame owns fails here first.
#![allow(dead_code)]

use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn bin() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(assert_cmd::cargo::cargo_bin!("corpus-analyze"));
    cmd.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    cmd
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub const SEEDS: &str = "fixtures/seeds/";
pub const BAD: &str = "fixtures/bad-input/";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub schema_version: u32,
    pub articles: Vec<ArticleJson>,
    pub errors: Vec<ErrorJson>,
    pub corpus: Totals,
    pub entities: Vec<Value>,
    pub claims: Vec<Value>,
    pub summary: Value,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleJson {
    pub path: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub dateline: Option<String>,
    pub published: Option<String>,
    pub encoding: String,
    pub bytes: usize,
    pub boilerplate: Vec<BoilerplateJson>,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub entities: Vec<Value>,
}

/// Owned by the boilerplate stage: its four contract fields must be there;
/// more may be added.
#[derive(Debug, Deserialize)]
pub struct BoilerplateJson {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub marker: String,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ErrorJson {
    pub path: String,
    pub message: String,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Totals {
    pub articles: usize,
    pub errors: usize,
    pub bytes: usize,
    pub paragraphs: usize,
    pub sentences: usize,
    pub tokens: usize,
    pub boilerplate: usize,
}

pub const TOP_FIELDS: &[&str] = &[
    "schema_version",
    "articles",
    "errors",
    "corpus",
    "entities",
    "claims",
    "summary",
];

pub const ARTICLE_FIELDS: &[&str] = &[
    "path",
    "title",
    "outlet",
    "dateline",
    "published",
    "encoding",
    "bytes",
    "boilerplate",
    "paragraphs",
    "sentences",
    "tokens",
    "entities",
];

/// Asserts an object has exactly these keys (serde lets a missing `Option` pass).
pub fn assert_keys(v: &Value, keys: &[&str], what: &str) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what} is not an object"));
    let mut got: Vec<&str> = obj.keys().map(String::as_str).collect();
    let mut want = keys.to_vec();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "fields of {what}");
}

/// Parses a JSON report strictly and checks the invariants of its spans.
pub fn parse_report(stdout: &[u8]) -> Report {
    let v: Value = serde_json::from_slice(stdout).expect("stdout is one JSON document");
    assert_keys(&v, TOP_FIELDS, "the report");
    for a in v["articles"].as_array().expect("articles[]") {
        assert_keys(a, ARTICLE_FIELDS, "an article");
    }
    for e in v["errors"].as_array().expect("errors[]") {
        assert_keys(e, &["path", "message"], "an error");
    }
    let totals = [
        "articles",
        "errors",
        "bytes",
        "paragraphs",
        "sentences",
        "tokens",
        "boilerplate",
    ];
    assert_keys(&v["corpus"], &totals, "corpus totals");
    let report: Report = serde_json::from_value(v).expect("the report matches its contract");
    assert_eq!(report.schema_version, 1);
    for a in &report.articles {
        for b in &a.boilerplate {
            assert!(b.start < b.end && b.end <= a.bytes, "{}: {b:?}", a.path);
        }
        let mut last = (0, 0, String::new());
        for e in &a.entities {
            let ty = e["type"].as_str().expect("entity type").to_string();
            assert!(
                ["person", "place", "organization", "date", "figure"].contains(&ty.as_str()),
                "{ty}"
            );
            let start = e["start"].as_u64().expect("start") as usize;
            let end = e["end"].as_u64().expect("end") as usize;
            assert!(start <= end && end <= a.bytes, "{}: {e}", a.path);
            let key = (start, end, ty);
            assert!(
                last <= key,
                "entities sorted by (start, end, type) in {}",
                a.path
            );
            last = key;
        }
    }
    report
}

pub fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

/// Copies the seed articles `copies` times into `dir` (generated, never committed).
pub fn copy_seeds(dir: &Path, copies: usize) {
    let seeds: Vec<PathBuf> = std::fs::read_dir(root().join(SEEDS))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    for i in 0..copies {
        for s in &seeds {
            let name = format!("{i:04}_{}", s.file_name().unwrap().to_string_lossy());
            std::fs::copy(s, dir.join(name)).unwrap();
        }
    }
}
