//! Measurements on `../shared/data` (run with
//! `cargo test --release -- --ignored --nocapture check_measure`).

use corpus_analyze::analyze::{self, Settings};
use corpus_analyze::check::lang;
use corpus_analyze::corpus;
use std::path::PathBuf;

fn indosum() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    p.is_dir().then_some(p)
}

/// How many real Indonesian news articles the not-indonesian rule would flag.
#[test]
#[ignore]
fn check_measure_stopword_ratio_on_indosum() {
    let Some(dir) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    let (origins, _) = corpus::discover(&[dir], &[]);
    let knowledge = analyze::Knowledge::builtin();
    let mut ratios = Vec::new();
    let mut flagged = 0;
    for o in &origins {
        let Ok(s) = corpus::read(o) else { continue };
        let a = analyze::analyze_article(s, &knowledge);
        let (hits, words) = lang::stopword_ratio(&a);
        if words >= lang::MIN_WORDS {
            ratios.push(hits as f64 / words as f64);
        }
        flagged += usize::from(lang::not_indonesian(&a).is_some());
    }
    ratios.sort_by(f64::total_cmp);
    let q = |f: f64| ratios[((ratios.len() - 1) as f64 * f) as usize];
    println!(
        "indosum-dev: {} articles, stopword ratio min {:.3} p1 {:.3} median {:.3}; flagged not-indonesian: {flagged}",
        ratios.len(),
        q(0.0),
        q(0.01),
        q(0.5)
    );
    let _ = Settings::default();
}

/// Throughput of the claims stages (extraction, comparison) on IndoSum dev,
/// one core, next to the per-article stages they follow.
#[test]
#[ignore]
fn check_measure_claims_throughput() {
    let Some(dir) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    let (origins, _) = corpus::discover(&[dir], &[]);
    let sources: Vec<_> = origins
        .iter()
        .filter_map(|o| corpus::read(o).ok())
        .collect();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let knowledge = analyze::Knowledge::builtin();
    let t = std::time::Instant::now();
    let mut articles: Vec<_> = sources
        .into_iter()
        .map(|s| analyze::analyze_article(s, &knowledge))
        .collect();
    let per_article = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let mut n = 0;
    for a in &mut articles {
        a.claims = corpus_analyze::claims::extract(a);
        n += a.claims.len();
    }
    let extract = t.elapsed().as_secs_f64();
    let t = std::time::Instant::now();
    let (groups, _) = corpus_analyze::compare::compare(&articles);
    let compare = t.elapsed().as_secs_f64();
    let mb = bytes as f64 / 1e6;
    println!(
        "indosum-dev {mb:.1} MB: per-article stages {:.1} MB/s; claims extract {:.1} MB/s ({n} claims); compare {:.2} s ({} groups); claims stages add {:.0}% to the time",
        mb / per_article,
        mb / extract,
        compare,
        groups.len(),
        100.0 * (extract + compare) / per_article
    );
}
