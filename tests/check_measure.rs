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
