#![allow(dead_code)]
//! Shared by the claims integration tests: runs the pipeline on a folder and
//! checks its claim groups against an `expected.claims` file.
//!
//! `expected.claims` lines (data-file syntax):
//! `STATUS | NOTE | file=needle, …` (specs separated by ", ") — the statements whose article path ends
//! with `file` and whose figure or date text contains `needle` form one group
//! with that status and note (`-` for none, `*` for any);
//! `apart | file=needle, …` — those statements are all in different groups.

use corpus_analyze::analyze::{self, Corpus, Settings};
use corpus_analyze::compare::ClaimGroup;
use corpus_analyze::{corpus, data};
use std::path::Path;

pub fn analyze_dir(dir: &Path) -> Corpus {
    let (origins, errors) = corpus::discover(&[dir.to_path_buf()], &[]);
    let sources = origins
        .iter()
        .filter_map(|o| corpus::read(o).ok())
        .filter(|s| s.path.ends_with(".txt"))
        .collect();
    let settings = Settings {
        knowledge: analyze::Knowledge::builtin(),
        reference_date: None,
    };
    analyze::analyze(sources, errors, &settings)
}

/// The groups holding a statement matching `file=needle`.
fn groups_of(c: &Corpus, spec: &str) -> Vec<usize> {
    let (file, needle) = spec.split_once('=').expect("file=needle");
    let (file, needle) = (file.trim(), needle.trim());
    c.claims
        .iter()
        .enumerate()
        .filter(|(_, g)| {
            g.statements
                .iter()
                .any(|s| s.article.ends_with(file) && s.claim.mention_text().contains(needle))
        })
        .map(|(i, _)| i)
        .collect()
}

fn describe(g: &ClaimGroup) -> String {
    let st: Vec<String> = g
        .statements
        .iter()
        .map(|s| {
            format!(
                "{}={}",
                s.article.rsplit('/').next().unwrap_or(""),
                s.claim.mention_text()
            )
        })
        .collect();
    format!("{} [{} {:?}]: {}", g.topic, g.status, g.note, st.join(", "))
}

/// Checks one story; returns the failures.
///
/// A line whose status is prefixed `gap ` ("gap conflict | update | …") is a
/// known gap: it must still fail, so that fixing it makes the test say so and
/// the prefix is removed.
pub fn check_story(dir: &Path) -> Vec<String> {
    let c = analyze_dir(dir);
    let expected = std::fs::read_to_string(dir.join("expected.claims")).expect("expected.claims");
    let mut fails = Vec::new();
    for line in data::lines("expected.claims", &expected) {
        let mut fields: Vec<&str> = line.fields().collect();
        let gap = fields[0].strip_prefix("gap ").map(str::trim);
        if let Some(status) = gap {
            fields[0] = status;
        }
        let found = check_line(&c, &fields, line.number);
        match (gap.is_some(), found.is_empty()) {
            (false, _) => fails.extend(found),
            (true, true) => fails.push(format!(
                "line {}: the known gap is fixed; remove its `gap` prefix",
                line.number
            )),
            (true, false) => {}
        }
    }
    fails
}

/// Lines of `expected.claims` that hold now (gap lines included: a fixed gap
/// counts as held), the number of lines, and the failures of the others.
pub fn score_story(dir: &Path) -> (usize, usize, Vec<String>) {
    let c = analyze_dir(dir);
    let expected = std::fs::read_to_string(dir.join("expected.claims")).expect("expected.claims");
    let (mut held, mut total, mut fails) = (0, 0, Vec::new());
    for line in data::lines("expected.claims", &expected) {
        let mut fields: Vec<&str> = line.fields().collect();
        if let Some(status) = fields[0].strip_prefix("gap ") {
            fields[0] = status.trim();
        }
        total += 1;
        let found = check_line(&c, &fields, line.number);
        if found.is_empty() {
            held += 1;
        }
        fails.extend(found);
    }
    (held, total, fails)
}

/// The failures of one expectation line (its fields split on `|`).
fn check_line(c: &Corpus, fields: &[&str], number: usize) -> Vec<String> {
    let mut fails = Vec::new();
    let specs: Vec<&str> = fields
        .last()
        .unwrap_or(&"")
        // ", " separates specs: a needle may hold a decimal comma ("6,2").
        .split(", ")
        .map(str::trim)
        .collect();
    let found: Vec<Vec<usize>> = specs.iter().map(|s| groups_of(c, s)).collect();
    for (s, f) in specs.iter().zip(&found) {
        if f.is_empty() {
            fails.push(format!("line {number}: no claim {s}"));
        }
    }
    if !fails.is_empty() {
        return fails;
    }
    if fields[0] == "apart" {
        let firsts: Vec<usize> = found.iter().map(|f| f[0]).collect();
        let mut uniq = firsts.clone();
        uniq.sort();
        uniq.dedup();
        if uniq.len() != firsts.len() {
            fails.push(format!(
                "line {number}: {} should be in different groups",
                specs.join(", ")
            ));
        }
        return fails;
    }
    // One group must hold all of them.
    let common: Vec<usize> = found[0]
        .iter()
        .copied()
        .filter(|g| found.iter().all(|f| f.contains(g)))
        .collect();
    let Some(&gi) = common.first() else {
        let groups: Vec<String> = found
            .iter()
            .flatten()
            .map(|&i| describe(&c.claims[i]))
            .collect();
        fails.push(format!(
            "line {number}: {} not in one group; groups: {groups:#?}",
            specs.join(", ")
        ));
        return fails;
    };
    let g = &c.claims[gi];
    let note_ok = match fields[1] {
        "*" => true,
        "-" => g.note.is_none(),
        n => g.note == Some(n),
    };
    if g.status != fields[0] || !note_ok {
        fails.push(format!(
            "line {number}: want {} {}, got {}",
            fields[0],
            fields[1],
            describe(g)
        ));
    }
    fails
}
