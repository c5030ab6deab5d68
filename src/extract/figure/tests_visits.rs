//! Where the figure visits go on real news: per kind of start token, how
//! many parses fail, are rejected by the context or give a figure, and the
//! time each takes. A measurement, not a check:
//! `cargo test --release --lib -- --ignored --nocapture figure_visit_outcomes`

use super::lex::Kind;
use super::lexicon::{Scan, TABLES};
use super::{context, in_taken, parse};
use crate::extract::{date, numlex};
use crate::model::{Doc, Span};
use std::time::Instant;

#[test]
#[ignore]
fn figure_visit_outcomes() {
    let Some(texts) = numlex::tests::indosum_dev_cleaned() else {
        return;
    };
    let t = &*TABLES;
    // (kind, outcome) -> (count, seconds)
    let mut table = std::collections::BTreeMap::<(String, &str), (usize, f64)>::new();
    for text in &texts {
        let doc = Doc {
            text,
            paragraphs: &[],
            sentences: &[],
            tokens: &[],
        };
        let lexed = numlex::lex(text);
        let dates = date::extract_lexed(&doc, None, &lexed);
        let mut taken: Vec<Span> = dates.iter().map(|d| d.span()).collect();
        taken.sort();
        let lower = text.to_ascii_lowercase();
        let toks = &lexed.figure;
        let s = Scan {
            text,
            lower: &lower,
            toks,
        };
        let mut d = 0;
        let mut i = 0;
        for st in &lexed.figure_starts {
            if st.k < i {
                continue;
            }
            if st.hopeless(t.reach) || in_taken(toks, st.k, &taken, &mut d) {
                i = st.k + 1;
                continue;
            }
            let kind = match toks[st.k].kind {
                Kind::Word => format!("word {}", s.lower(st.k)),
                k => format!("{k:?}"),
            };
            let t0 = Instant::now();
            let p = parse::at(&s, st.k, st.roles);
            let outcome = match &p {
                None => "none",
                Some(p) if context::rejects(&s, p) => "rejected",
                Some(_) => "figure",
            };
            let dt = t0.elapsed().as_secs_f64();
            let e = table.entry((kind, outcome)).or_default();
            e.0 += 1;
            e.1 += dt;
            i = match (&p, outcome) {
                (Some(p), "figure") => p.end.max(st.k + 1),
                _ => st.k + 1,
            };
        }
    }
    let mut rows: Vec<_> = table.into_iter().collect();
    rows.sort_by(|a, b| b.1.1.total_cmp(&a.1.1));
    for ((kind, outcome), (n, secs)) in rows.iter().take(40) {
        println!("{kind:>24} {outcome:>9} {n:>7} {:8.2} ms", secs * 1e3);
    }
}
