//! Story fixtures: each folder under `fixtures/stories/` is a small
//! multi-outlet corpus (several outlets, several days) with an
//! `expected.claims` file (format in `tests/claims_support/mod.rs`); the whole
//! pipeline runs on it and the claim groups must match.

mod claims_support;

use claims_support::{check_story, score_story};
use std::path::PathBuf;

/// The story folders that hold an `expected.claims`, in name order.
fn story_dirs() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/stories")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("expected.claims").exists())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn story_fixtures_group_as_expected() {
    let dirs = story_dirs();
    assert!(dirs.len() >= 2);
    let mut all = Vec::new();
    for d in dirs {
        for f in check_story(&d) {
            all.push(format!("{}: {f}", d.display()));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}

/// Prints, per story, the `expected.claims` lines that hold (gap lines
/// included) and the failures of the others.
#[test]
#[ignore = "measurement: cargo test --release --test claims_stories -- --ignored --nocapture"]
fn story_claims_measure() {
    let dirs = story_dirs();
    let (mut held, mut total) = (0, 0);
    for d in dirs {
        let (h, t, fails) = score_story(&d);
        println!(
            "{}: claim lines {h}/{t}",
            d.file_name().unwrap().to_string_lossy()
        );
        for f in fails {
            println!("    {f}");
        }
        held += h;
        total += t;
    }
    println!("all stories: claim lines {held}/{total}");
}
