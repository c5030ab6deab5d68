//! Measurements of the figure extractor on `../shared/data` (ignored tests):
//!
//! - `eval_figures_ner`: QUANTITY span F1 on the yusufsyaifudin Indonesian NER
//!   set (`FIGURE_SPLIT=train|test`, default test), strict and lenient;
//! - `eval_figures_sample`: a fixed sample of figures from IndoSum with their
//!   context, for checking values by hand;
//! - `eval_figures_speed`: MB/s of the figure stage alone on IndoSum.
//!
//! Run: `cargo test --release --test eval_figures -- --ignored --nocapture`.
//! Each prints "data absent, skipping" when the folder is missing.

use corpus_analyze::extract::{date, figure};
use corpus_analyze::model::{Doc, Span};
use corpus_analyze::token;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data")
}

/// The figures of a text through the real stages (segmentation, dates, figures).
fn figures_of(text: &str) -> Vec<figure::Figure> {
    let seg = token::segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    let dates = date::extract(&doc, None);
    figure::extract(&doc, &dates)
}

/// Character offset → byte offset.
fn byte_at(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(b, _)| b)
}

#[derive(Default)]
struct Score {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Score {
    fn f1(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / self.pred.max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn line(&self, name: &str) -> String {
        let (p, r, f) = self.f1();
        format!(
            "{name:<44} P {p:.3}  R {r:.3}  F1 {f:.3}  (tp {} pred {} gold {})",
            self.tp, self.pred, self.gold
        )
    }
}

#[test]
#[ignore]
fn eval_figures_ner() {
    let split = std::env::var("FIGURE_SPLIT").unwrap_or_else(|_| "test".into());
    let path = data_dir().join(format!(
        "ner/yusufsyaifudin-indonesia-ner/{split}.spans.jsonl"
    ));
    let Ok(src) = std::fs::read_to_string(&path) else {
        println!("data absent, skipping ({})", path.display());
        return;
    };
    // Span choices: the figure as we print it; without the qualifier (the
    // dataset leaves "sekitar", "lebih dari" out); and only number + unit.
    let mut full = Score::default();
    let mut no_qual = Score::default();
    let mut core = Score::default();
    let mut overlap_p = 0;
    let mut overlap_r = 0;
    let mut n_pred = 0;
    let mut n_gold = 0;
    let verbose = std::env::var("FIGURE_VERBOSE").is_ok();
    let oracle = std::env::var("FIGURE_ORACLE_DATES").is_ok();
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
        let text = v["text"].as_str().unwrap_or("");
        let gold: Vec<Span> = v["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["label"] == "QUANTITY")
            .map(|e| {
                let s = e["start"].as_u64().unwrap_or(0) as usize;
                let t = e["end"].as_u64().unwrap_or(0) as usize;
                Span::new(byte_at(text, s), byte_at(text, t))
            })
            .collect();
        // The dataset does not tag ordinals ("ketiga") as QUANTITY. With
        // FIGURE_ORACLE_DATES the gold TIME spans stand in for the date
        // extractor, to measure this stage alone.
        let pred: Vec<figure::Figure> = if oracle {
            let times: Vec<Span> = v["entities"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["label"] == "TIME")
                .map(|e| {
                    let s = e["start"].as_u64().unwrap_or(0) as usize;
                    let t = e["end"].as_u64().unwrap_or(0) as usize;
                    Span::new(byte_at(text, s), byte_at(text, t))
                })
                .collect();
            figure::extract_text(text, &times)
        } else {
            figures_of(text)
        };
        let pred: Vec<figure::Figure> = pred.into_iter().filter(|f| !f.ordinal).collect();
        let shapes = [
            (&mut full, pred.iter().map(|f| f.span()).collect::<Vec<_>>()),
            (
                &mut no_qual,
                pred.iter()
                    .map(|f| Span::new(f.core.start, f.end))
                    .collect::<Vec<_>>(),
            ),
            (&mut core, pred.iter().map(|f| f.core).collect::<Vec<_>>()),
        ];
        for (score, spans) in shapes {
            score.pred += spans.len();
            score.gold += gold.len();
            score.tp += spans.iter().filter(|s| gold.contains(s)).count();
        }
        n_pred += pred.len();
        n_gold += gold.len();
        overlap_p += pred
            .iter()
            .filter(|f| gold.iter().any(|g| g.overlaps(&f.span())))
            .count();
        overlap_r += gold
            .iter()
            .filter(|g| pred.iter().any(|f| g.overlaps(&f.span())))
            .count();
        if verbose {
            for g in &gold {
                if !pred.iter().any(|f| g.overlaps(&f.span())) {
                    println!("MISS  [{}]  in {text}", g.of(text));
                }
            }
            for f in &pred {
                if !gold.iter().any(|g| g.overlaps(&f.span())) {
                    println!("EXTRA [{}]  in {text}", f.text);
                } else if !gold.contains(&Span::new(f.core.start, f.end)) {
                    let g: Vec<&str> = gold.iter().map(|g| g.of(text)).collect();
                    println!("SHAPE [{}] gold {:?}", &text[f.core.start..f.end], g);
                }
            }
        }
    }
    let dates = if oracle {
        "gold TIME spans as dates"
    } else {
        "date extractor"
    };
    println!("QUANTITY on {split} ({n_gold} gold, {n_pred} predicted, ordinals excluded, {dates})");
    println!("{}", full.line("strict, span as printed (with qualifier)"));
    println!(
        "{}",
        no_qual.line("strict, without qualifier (dataset style)")
    );
    println!("{}", core.line("strict, number+unit only"));
    let p = overlap_p as f64 / n_pred.max(1) as f64;
    let r = overlap_r as f64 / n_gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{:<44} P {p:.3}  R {r:.3}  F1 {f:.3}",
        "lenient (any overlap)"
    );
}

/// The IndoSum articles, sorted by name.
fn indosum() -> Option<Vec<(String, String)>> {
    let dir = data_dir().join("news/indosum-dev");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Some(
        files
            .into_iter()
            .filter_map(|p| {
                let text = std::fs::read_to_string(&p).ok()?;
                let name = p.file_name()?.to_string_lossy().into_owned();
                Some((name, text))
            })
            .collect(),
    )
}

#[test]
#[ignore]
fn eval_figures_sample() {
    let Some(articles) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    // Every 97th figure over the sorted articles, up to 40: fixed, spread out.
    let mut n = 0;
    let mut shown = 0;
    for (name, text) in &articles {
        for f in figures_of(text) {
            n += 1;
            if n % 97 != 0 || shown >= 40 {
                continue;
            }
            shown += 1;
            show(&format!("{shown:>2} {name}"), text, &f);
        }
    }
    println!("{n} figures in {} articles", articles.len());
}

#[test]
#[ignore]
fn eval_figures_speed() {
    let Some(articles) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    let bytes: usize = articles.iter().map(|(_, t)| t.len()).sum();
    let mut count = 0;
    // Warm the tables, then time five passes of the figure stage alone and
    // report the best (the machine may be shared) and the mean.
    let _ = figure::extract_text("Rp 5 M", &[]);
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        count = 0;
        for (_, text) in &articles {
            count += figure::extract_text(text, &[]).len();
        }
        times.push(start.elapsed().as_secs_f64());
    }
    let mb = bytes as f64 / 1e6;
    let best = times.iter().copied().fold(f64::INFINITY, f64::min);
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "figure stage on {mb:.1} MB: best {:.1} MB/s, mean {:.1} MB/s on one core ({count} figures)",
        mb / best,
        mb / mean
    );
}

/// One line per figure: span in context and every field.
fn show(tag: &str, text: &str, f: &figure::Figure) {
    let a = text[..f.start]
        .char_indices()
        .rev()
        .nth(40)
        .map_or(0, |(i, _)| i);
    let b = text[f.end..]
        .char_indices()
        .nth(30)
        .map_or(text.len(), |(i, _)| f.end + i);
    println!(
        "{tag} …{}[[{}]]{}…\n   value {:?} min {:?} max {:?} score {:?} q {:?} unit {:?} cur {:?} cl {:?} counted {:?} freq {:?} per {:?} ord {} vague {}",
        &text[a..f.start].replace('\n', " "),
        f.text,
        &text[f.end..b].replace('\n', " "),
        f.value,
        f.min,
        f.max,
        f.score,
        f.qualifier,
        f.unit,
        f.currency,
        f.classifier,
        f.counted,
        f.frequency,
        f.per,
        f.ordinal,
        f.vague
    );
}

fn article(path: &str, text: &str) -> corpus_analyze::model::Article {
    let source = corpus_analyze::corpus::Source {
        path: path.to_string(),
        text: text.to_string(),
        encoding: "UTF-8",
    };
    corpus_analyze::analyze::analyze_article(source, &corpus_analyze::analyze::Knowledge::builtin())
}

/// The full pipeline (cleaning, header, dates, figures) on IndoSum: one
/// figure from every 23rd article (≈ 150, spread over outlets and
/// categories), for checking span and fields by hand.
#[test]
#[ignore]
fn eval_figures_pipeline_sample() {
    let Some(articles) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    let meta =
        std::fs::read_to_string(data_dir().join("news/indosum-dev/meta.jsonl")).unwrap_or_default();
    let mut outlet = std::collections::HashMap::new();
    for line in meta.lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            let file = v["file"].as_str().unwrap_or("").to_string();
            let tag = format!(
                "{}/{}",
                v["source"].as_str().unwrap_or("?"),
                v["category"].as_str().unwrap_or("?")
            );
            outlet.insert(file, tag);
        }
    }
    // FIGURE_SAMPLE_OFFSET picks another fixed sample (0..22) for a fresh check.
    let offset: usize = std::env::var("FIGURE_SAMPLE_OFFSET")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut shown = 0;
    for (k, (name, text)) in articles.iter().enumerate() {
        if k % 23 != offset % 23 {
            continue;
        }
        let a = article(name, text);
        if a.figures.is_empty() {
            continue;
        }
        // A fixed pick inside the article, spread over its figures.
        let f = &a.figures[(k / 23 * 7) % a.figures.len()];
        shown += 1;
        let tag = format!(
            "{shown:>3} {name} {}",
            outlet.get(name).map_or("?", String::as_str)
        );
        show(&tag, &a.clean, f);
    }
    println!("{shown} figures shown");
}

/// The full pipeline on the lines of the file named by `FIGURE_PROBE`, one
/// sentence per line: prints the dates and figures of each.
#[test]
#[ignore]
fn eval_figures_probe() {
    let Ok(path) = std::env::var("FIGURE_PROBE") else {
        println!("FIGURE_PROBE not set, skipping");
        return;
    };
    let Ok(src) = std::fs::read_to_string(&path) else {
        println!("data absent, skipping");
        return;
    };
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        let a = article("probe", line);
        println!("## {line}");
        for d in &a.dates {
            println!("   date [{}] {:?} {:?}", d.text, d.kind, d.value);
        }
        for f in &a.figures {
            show("  ", &a.clean, f);
        }
    }
}

/// Writes every date and figure the full pipeline finds in IndoSum to the
/// file named by `FIGURE_DUMP`, one per line, to diff two versions of the
/// rules (a regression check: `diff old.txt new.txt`).
#[test]
#[ignore]
fn eval_figures_dump() {
    let Ok(out) = std::env::var("FIGURE_DUMP") else {
        println!("FIGURE_DUMP not set, skipping");
        return;
    };
    let Some(articles) = indosum() else {
        println!("data absent, skipping");
        return;
    };
    let mut lines = String::new();
    for (name, text) in &articles {
        let a = article(name, text);
        for d in &a.dates {
            lines.push_str(&format!(
                "{name}\t{}\tdate\t{}\t{}\t{:?}\n",
                d.start, d.text, d.kind, d.value
            ));
        }
        for f in &a.figures {
            lines.push_str(&format!(
                "{name}\t{}\tfigure\t{}\t{:?} {:?}-{:?} {:?} {:?} {:?} c={:?} cl={:?} fr={:?} per={:?} ord={} vague={} score={:?}\n",
                f.start, f.text, f.value, f.min, f.max, f.qualifier, f.unit, f.currency,
                f.counted, f.classifier, f.frequency, f.per, f.ordinal, f.vague, f.score
            ));
        }
    }
    if let Err(e) = std::fs::write(&out, lines) {
        println!("cannot write {out}: {e}");
    }
}
