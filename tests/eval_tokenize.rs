//! Measures the tokenizer and the sentence splitter against the UD
//! Indonesian-CSUI treebank (`../shared/data/tokenization/ud-indonesian-csui`,
//! CC BY-SA 4.0; read only, nothing of it is copied into the project).
//!
//! Run: `cargo test --release --test eval_tokenize -- --ignored --nocapture`
//! (set `EVAL_SHOW=20` to print the first mismatches of the train split).
//!
//! - Token-boundary F1: per sentence, the set of `(start, end)` byte spans of the
//!   treebank's surface tokens against ours, micro-averaged. Reported raw, and
//!   after mapping the deliberate differences of convention onto the
//!   treebank's: it splits a glued currency (`Rp5.000` → `Rp` `5.000`), a
//!   percent sign (`40%` → `40` `%`), a hyphenated clitic (`APBD-nya` →
//!   `APBD` `-` `nya`, and our `-nya` token after a quote), `,-` after an
//!   amount, `US$` (`US` `$`), and a hyphen between two capitalized names
//!   (`Bapepam-LK`, `RI-Jepang`, which we keep whole like `Rusia-Korea`).
//! - Sentence-boundary F1: the treebank's sentences, in `sent_id` order, are
//!   joined five at a time with a space into paragraphs; the score is over the
//!   sentence ends inside a paragraph (a paragraph's end is a sentence end by
//!   construction and is not counted).

use corpus_analyze::model::TokenKind;
use corpus_analyze::token::segment;
use std::path::Path;

const DIR: &str = "../shared/data/tokenization/ud-indonesian-csui";
const SENTENCES_PER_PARAGRAPH: usize = 5;

struct Row {
    id: String,
    text: String,
    tokens: Vec<String>,
    /// Indices of the tokens the treebank splits into several words (`katanya` → `kata` `nya`).
    multiword: Vec<usize>,
}

fn load(split: &str) -> Option<Vec<Row>> {
    let path = Path::new(DIR).join(format!("{split}.tokens.jsonl"));
    let src = std::fs::read_to_string(&path).ok()?;
    let rows = src
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("valid JSON line");
            Row {
                id: v["sent_id"].as_str().unwrap_or("").to_string(),
                text: v["text"].as_str().unwrap_or("").to_string(),
                tokens: v["tokens"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|t| t.as_str().map(String::from))
                            .collect()
                    })
                    .unwrap_or_default(),
                multiword: v["mwt"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|m| m["token"].as_str())
                            .filter_map(|t| v["tokens"].as_array()?.iter().position(|x| x == t))
                            .collect()
                    })
                    .unwrap_or_default(),
            }
        })
        .collect();
    Some(rows)
}

/// The byte spans of the gold tokens, found in order in the text.
fn gold_spans(row: &Row) -> Vec<(usize, usize)> {
    let mut pos = 0;
    let mut out = Vec::new();
    for t in &row.tokens {
        if let Some(off) = row.text[pos..].find(t.as_str()) {
            let s = pos + off;
            out.push((s, s + t.len()));
            pos = s + t.len();
        }
    }
    out
}

/// Our token spans; with `mapped`, our conventions are rewritten into the treebank's.
fn pred_spans(text: &str, mapped: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for t in segment(text).tokens {
        let (s, e) = (t.start, t.end);
        if !mapped {
            out.push((s, e));
            continue;
        }
        let w = &text[s..e];
        let mut pieces = vec![(s, e)];
        // `Rp5.000`, `US$10` → code, amount; `US$` → `US`, `$`.
        if let Some(d) = w.find(|c: char| c.is_ascii_digit()) {
            if d > 0 && t.kind == TokenKind::Number && !w.starts_with(['-', '+', ',']) {
                pieces = vec![(s, s + d), (s + d, e)];
            }
        }
        if let Some(&(a, b)) = pieces.first() {
            if b - a > 1 && text[a..b].ends_with('$') {
                pieces.splice(0..1, [(a, b - 1), (b - 1, b)]);
            }
        }
        // `Bapepam-LK`, `RI-Jepang` → three tokens: the treebank splits a
        // hyphen between capitalized parts of two letters or more.
        if t.kind == TokenKind::Word && !t.has_clitic() {
            let parts: Vec<&str> = w.split('-').collect();
            let capital = |p: &str| p.len() >= 2 && p.starts_with(|c: char| c.is_ascii_uppercase());
            let names = parts.len() == 2
                && parts.iter().all(|p| capital(p))
                && !parts[0].eq_ignore_ascii_case(parts[1])
                && !parts[1].contains(|c: char| c.is_ascii_digit());
            if names {
                let h = s + parts[0].len();
                pieces = vec![(s, h), (h, h + 1), (h + 1, e)];
            }
        }
        let last = pieces.pop().unwrap_or((s, e));
        let lw = &text[last.0..last.1];
        if lw.len() > 1
            && (lw.ends_with('%') || lw.ends_with(",-"))
            && lw.starts_with(|c: char| c.is_ascii_digit())
        {
            let cut = if lw.ends_with('%') { 1 } else { 2 };
            pieces.push((last.0, last.1 - cut));
            pieces.push((last.1 - cut, last.1));
        } else if t.has_clitic() && lw.len() > 4 && lw[lw.len() - 4..].starts_with('-') {
            let h = last.1 - 4;
            if h > last.0 {
                pieces.push((last.0, h));
            }
            pieces.push((h, h + 1));
            pieces.push((h + 1, last.1));
        } else if t.has_clitic() && lw.len() == 4 && lw.starts_with('-') {
            pieces.push((last.0, last.0 + 1));
            pieces.push((last.0 + 1, last.1));
        } else {
            pieces.push(last);
        }
        out.extend(pieces);
    }
    out
}

#[derive(Default)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn add(&mut self, gold: &[(usize, usize)], pred: &[(usize, usize)]) {
        let g: std::collections::BTreeSet<_> = gold.iter().collect();
        let p: std::collections::BTreeSet<_> = pred.iter().collect();
        let tp = g.intersection(&p).count();
        self.tp += tp;
        self.fp += p.len() - tp;
        self.fn_ += g.len() - tp;
    }
    fn f1(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
    fn line(&self) -> String {
        let (p, r, f) = self.f1();
        format!(
            "P {p:.4}  R {r:.4}  F1 {f:.4}  (tp {}, fp {}, fn {})",
            self.tp, self.fp, self.fn_
        )
    }
}

fn show(split: &str) -> usize {
    if split != "train" {
        return 0;
    }
    std::env::var("EVAL_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn absent() -> bool {
    if Path::new(DIR).is_dir() {
        return false;
    }
    println!("data absent, skipping ({DIR} not found)");
    true
}

#[test]
#[ignore = "measurement on ../shared/data"]
fn ud_token_boundary_f1() {
    if absent() {
        return;
    }
    for split in ["train", "test"] {
        let Some(rows) = load(split) else {
            println!("{split}: data absent, skipping");
            continue;
        };
        let (mut raw, mut mapped) = (Score::default(), Score::default());
        let mut shown = 0;
        for row in &rows {
            let gold = gold_spans(row);
            raw.add(&gold, &pred_spans(&row.text, false));
            let pred = pred_spans(&row.text, true);
            mapped.add(&gold, &pred);
            if shown < show(split) && gold != pred {
                shown += 1;
                let fmt = |v: &[(usize, usize)]| {
                    v.iter()
                        .map(|&(s, e)| &row.text[s..e])
                        .collect::<Vec<_>>()
                        .join("|")
                };
                println!("{}\n  gold {}\n  ours {}", row.id, fmt(&gold), fmt(&pred));
            }
        }
        println!(
            "UD-CSUI {split} ({} sentences) token F1 raw:    {}",
            rows.len(),
            raw.line()
        );
        println!(
            "UD-CSUI {split} ({} sentences) token F1 mapped: {}",
            rows.len(),
            mapped.line()
        );
    }
}

#[test]
#[ignore = "measurement on ../shared/data"]
fn ud_sentence_boundary_f1() {
    if absent() {
        return;
    }
    for split in ["train", "test"] {
        let Some(rows) = load(split) else {
            println!("{split}: data absent, skipping");
            continue;
        };
        let mut score = Score::default();
        let mut shown = 0;
        for group in rows.chunks(SENTENCES_PER_PARAGRAPH) {
            let mut para = String::new();
            let mut gold = Vec::new();
            for row in group {
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(row.text.trim());
                gold.push((para.len(), para.len()));
            }
            gold.pop();
            let seg = segment(&para);
            let mut pred: Vec<(usize, usize)> = seg
                .sentences
                .iter()
                .map(|s| (s.span.end, s.span.end))
                .collect();
            pred.pop();
            if shown < show(split) && gold != pred {
                shown += 1;
                let cut = |v: &[(usize, usize)]| {
                    v.iter()
                        .map(|&(e, _)| {
                            para[..e]
                                .chars()
                                .rev()
                                .take(25)
                                .collect::<Vec<_>>()
                                .into_iter()
                                .rev()
                                .collect::<String>()
                        })
                        .collect::<Vec<_>>()
                        .join(" ‖ ")
                };
                println!(
                    "{}\n  gold …{}\n  ours …{}",
                    group[0].id,
                    cut(&gold),
                    cut(&pred)
                );
            }
            score.add(&gold, &pred);
        }
        println!(
            "UD-CSUI {split} ({} sentences, {} per paragraph) sentence-boundary F1: {}",
            rows.len(),
            SENTENCES_PER_PARAGRAPH,
            score.line()
        );
    }
}

/// Agreement of our clitic marks with the treebank's multiword tokens
/// (`katanya` = `kata` + `nya`), over the tokens whose span both agree on.
#[test]
#[ignore = "measurement on ../shared/data"]
fn ud_clitic_agreement() {
    if absent() {
        return;
    }
    for split in ["train", "test"] {
        let Some(rows) = load(split) else {
            continue;
        };
        let mut score = Score::default();
        let mut misses = std::collections::BTreeMap::<String, usize>::new();
        for row in &rows {
            let gold = gold_spans(row);
            let seg = segment(&row.text);
            for (gi, span) in gold.iter().enumerate() {
                let Some(t) = seg.tokens.iter().find(|t| (t.start, t.end) == *span) else {
                    continue;
                };
                let word = &row.text[span.0..span.1];
                let is_clitic_letters = |w: &str| {
                    let l = w.to_lowercase();
                    ["nya", "lah", "kah", "pun"].iter().any(|c| l.ends_with(c))
                        || l.starts_with("ku")
                        || l.starts_with("kau")
                };
                let g = row.multiword.contains(&gi) && is_clitic_letters(word);
                let p = t.has_clitic();
                score.tp += usize::from(g && p);
                score.fp += usize::from(p && !g);
                score.fn_ += usize::from(g && !p);
                if g != p {
                    *misses
                        .entry(format!("{}{word}", if p { "+" } else { "-" }))
                        .or_default() += 1;
                }
            }
        }
        println!(
            "UD-CSUI {split} clitic marks vs multiword tokens: {}",
            score.line()
        );
        if show(split) > 0 {
            println!("  disagreements (+ ours only, - treebank only): {misses:?}");
        }
    }
}

const NEWS: &str = "../shared/data/news/indosum-dev";

/// Nanoseconds this thread has spent on a CPU (Linux), so that a busy machine
/// does not distort the figure; `None` elsewhere.
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Throughput of `segment` on one core over the IndoSum articles (3,463 files,
/// 7.2 MB): ten passes, reported by CPU time of this thread (and by the best
/// wall-clock pass). `cargo test --release --test eval_tokenize -- --ignored
/// --nocapture throughput`.
#[test]
#[ignore = "measurement on ../shared/data"]
fn segment_throughput_indosum() {
    let Ok(dir) = std::fs::read_dir(NEWS) else {
        println!("data absent, skipping ({NEWS} not found)");
        return;
    };
    let mut paths: Vec<_> = dir
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    const PASSES: usize = 10;
    let mut best = f64::MAX;
    let mut counts = (0, 0, 0);
    let cpu0 = thread_cpu_ns();
    for _ in 0..PASSES {
        let t0 = std::time::Instant::now();
        counts = (0, 0, 0);
        for text in &texts {
            let seg = segment(text);
            counts.0 += seg.paragraphs.len();
            counts.1 += seg.sentences.len();
            counts.2 += seg.tokens.len();
        }
        best = best.min(t0.elapsed().as_secs_f64());
    }
    let cpu = cpu0
        .zip(thread_cpu_ns())
        .map(|(a, b)| (b - a) as f64 / 1e9 / PASSES as f64);
    println!(
        "segment: {} files, {mb:.1} MB, {} paragraphs, {} sentences, {} tokens",
        texts.len(),
        counts.0,
        counts.1,
        counts.2
    );
    if let Some(cpu) = cpu {
        println!(
            "segment: {:.0} MB/s by CPU time ({cpu:.3} s per pass)",
            mb / cpu
        );
    }
    println!(
        "segment: {:.0} MB/s best wall-clock pass ({best:.3} s)",
        mb / best
    );
}
