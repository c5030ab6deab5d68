//! The JSON contract of the nested objects (mentions, corpus entities, claim
//! groups, statements, summary) checked field by field on real output: the
//! seeds and the story fixtures. A field added, renamed or dropped without
//! updating this list and the README's specification fails here.

mod common;

use common::*;
use serde_json::Value;

/// Exact key set of an object, with the keys that may be absent.
fn check(v: &Value, required: &[&str], optional: &[&str], what: &str) {
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what} is not an object"));
    for k in required {
        assert!(obj.contains_key(*k), "{what}: missing field {k:?} in {v}");
    }
    for k in obj.keys() {
        assert!(
            required.contains(&k.as_str()) || optional.contains(&k.as_str()),
            "{what}: unknown field {k:?}"
        );
    }
}

const NAME: &[&str] = &["type", "text", "start", "end", "canonical"];
const DATE: &[&str] = &["type", "text", "start", "end", "kind", "value", "reference"];
const FIGURE: &[&str] = &[
    "type",
    "text",
    "start",
    "end",
    "value",
    "min",
    "max",
    "qualifier",
    "unit",
    "currency",
    "counted",
    "classifier",
    "frequency",
    "per",
    "ordinal",
    "vague",
    "score",
];
const STATEMENT: &[&str] = &[
    "article",
    "outlet",
    "text",
    "start",
    "end",
    "measure",
    "counted",
    "class",
    "event",
    "verb",
    "role",
    "additional",
    "actors",
    "entities",
    "attribution",
    "hedge",
    "scope",
    "modality",
    "part",
];

fn mention(e: &Value, what: &str) {
    match e["type"].as_str() {
        Some("person" | "place" | "organization") => check(e, NAME, &["role"], what),
        Some("date") => check(e, DATE, &[], what),
        Some("figure") => check(e, FIGURE, &[], what),
        other => panic!("{what}: unknown mention type {other:?}"),
    }
}

#[test]
fn nested_objects_have_exactly_the_documented_fields() {
    let out = bin()
        .args(["--format", "json", SEEDS, "fixtures/stories/"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for a in v["articles"].as_array().unwrap() {
        for e in a["entities"].as_array().unwrap() {
            mention(e, "article mention");
            seen.insert(e["type"].as_str().unwrap().to_string());
        }
    }
    assert_eq!(
        seen.into_iter().collect::<Vec<_>>(),
        ["date", "figure", "organization", "person", "place"]
    );
    for e in v["entities"].as_array().unwrap() {
        check(
            e,
            &[
                "type",
                "canonical",
                "aliases",
                "articles",
                "mentions",
                "roles",
                "typos",
            ],
            &[],
            "corpus entity",
        );
    }
    let claims = v["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        check(
            c,
            &[
                "topic",
                "kind",
                "status",
                "note",
                "detail",
                "articles",
                "statements",
            ],
            &[],
            "claim group",
        );
        for s in c["statements"].as_array().unwrap() {
            check(s, STATEMENT, &["figure", "date"], "statement");
            let value = s.get("figure").or_else(|| s.get("date"));
            mention(
                value.expect("a statement carries a figure or a date"),
                "statement value",
            );
        }
    }
    let sum = &v["summary"];
    check(
        sum,
        &[
            "articles",
            "consensus",
            "counts",
            "key_sentences",
            "main_event",
            "outlets",
            "timeline",
        ],
        &[],
        "summary",
    );
    check(
        &sum["counts"],
        &["agree", "conflict", "different_source", "unique", "update"],
        &[],
        "summary.counts",
    );
    check(
        &sum["main_event"],
        &["articles", "date", "place", "topic"],
        &[],
        "main_event",
    );
    for t in sum["timeline"].as_array().unwrap() {
        check(
            t,
            &["articles", "date", "status", "text", "topic"],
            &[],
            "timeline entry",
        );
    }
    for o in sum["outlets"].as_array().unwrap() {
        check(
            o,
            &[
                "adds",
                "article",
                "names_only_here",
                "omits",
                "omits_cast",
                "outlet",
            ],
            &[],
            "outlet coverage",
        );
    }
    for k in sum["key_sentences"].as_array().unwrap() {
        check(
            k,
            &["article", "end", "start", "support", "text"],
            &[],
            "key sentence",
        );
    }
}
