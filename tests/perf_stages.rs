//! Per-stage throughput on IndoSum, by CPU time of the measuring thread
//! (steady on a shared machine, unlike wall time), one thread.
//!
//! `cargo test --release --test perf_stages -- --ignored --nocapture`
//! (PERF_RUNS=n passes, best kept; default 3). Linux, 64-bit.
//! PERF_MERGE=n loops the merge (PERF_PART=resolve|claims|compare: that part
//! only) for `perf record -g`.

use corpus_analyze::analyze::{self, Knowledge, Settings};
use corpus_analyze::corpus::Source;
use corpus_analyze::extract::{date, figure, names, numlex};
use corpus_analyze::model::{Article, Span};
use corpus_analyze::{claims, clean, compare, header, resolve, token};
use rayon::prelude::*;
use std::path::Path;

/// CPU time of this thread in seconds (CLOCK_THREAD_CPUTIME_ID: nanoseconds;
/// /proc's counters only move at scheduler ticks).
fn cpu() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (two longs on 64-bit Linux)
    // through a valid pointer; the clock id exists on every Linux.
    let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc == 0 {
        ts.sec as f64 + ts.nsec as f64 / 1e9
    } else {
        0.0
    }
}

/// The process's CPU time (all live threads), in seconds: the sum of every
/// thread's schedstat, else 10 ms ticks from stat.
fn process_cpu() -> f64 {
    let mut ns = 0.0;
    if let Ok(rd) = std::fs::read_dir("/proc/self/task") {
        for e in rd.flatten() {
            ns += std::fs::read_to_string(e.path().join("schedstat"))
                .ok()
                .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
                .unwrap_or(0.0);
        }
    }
    if ns > 0.0 {
        return ns / 1e9;
    }
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |r| r.1)
        .split_whitespace()
        .collect();
    let t = |i: usize| {
        rest.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (t(11) + t(12)) / 100.0
}

fn load(dir: &Path) -> Vec<Source> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "txt"));
    // Sorted as the pipeline sorts articles (by the path string): comparing
    // `PathBuf`s component by component cost 33 M instructions, which the
    // whole-analysis figure (PERF_WHOLE under callgrind) then counted.
    let mut sources: Vec<Source> = paths
        .into_iter()
        .filter_map(|p| {
            Some(Source {
                text: std::fs::read_to_string(&p).ok()?,
                path: p.display().to_string(),
                encoding: "UTF-8",
            })
        })
        .collect();
    sources.sort_unstable_by(|a, b| a.path.cmp(&b.path));
    sources
}

/// Best CPU seconds of `runs` calls of `f`.
fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = cpu();
        let r = f();
        best = best.min(cpu() - t);
        out = Some(r);
    }
    (best, out.expect("at least one run"))
}

#[test]
#[ignore]
fn stages_indosum() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    let sources = load(&dir);
    if sources.is_empty() {
        println!("data absent, skipping: {}", dir.display());
        return;
    }
    let quick = std::env::var("PERF_MERGE").is_ok();
    let runs: usize = std::env::var("PERF_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 1 } else { 3 })
        .max(1);
    let mb = sources.iter().map(|s| s.text.len()).sum::<usize>() as f64 / 1e6;
    let k = Knowledge::builtin();
    let settings = Settings {
        knowledge: k.clone(),
        reference_date: None,
    };
    // PERF_WHOLE=n: only the whole analysis, n times on one thread (for perf record).
    if let Some(n) = std::env::var("PERF_WHOLE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        for _ in 0..n {
            // Leaked, not dropped: the binary leaks its corpus at exit (main.rs,
            // `leak`), so freeing it here would count work the tool never does.
            std::mem::forget(std::hint::black_box(
                one.install(|| analyze::analyze(sources.clone(), Vec::new(), &settings)),
            ));
        }
        return;
    }
    let texts: Vec<&str> = sources.iter().map(|s| s.text.as_str()).collect();
    let report = |name: &str, secs: f64| {
        println!("{name:>10}: {secs:7.3} s cpu = {:8.1} MB/s", mb / secs);
    };

    // PERF_ONLY=clean|header|token|date|figure|names: that stage only, PERF_REPEAT times (for perf record).
    let only = std::env::var("PERF_ONLY").unwrap_or_default();
    let repeat: usize = std::env::var("PERF_REPEAT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    if only == "clean" {
        for _ in 0..repeat {
            for t in &texts {
                std::hint::black_box(clean::mask(t, &clean::find(t, &k.markers)));
            }
        }
        return;
    }
    let (t, cleaned) = best(runs, || {
        texts
            .iter()
            .map(|t| clean::mask(t, &clean::find(t, &k.markers)))
            .collect::<Vec<String>>()
    });
    report("clean", t);
    if only == "header" || only == "token" {
        for _ in 0..repeat {
            for c in &cleaned {
                if only == "header" {
                    std::hint::black_box(header::parse(c));
                } else {
                    std::hint::black_box(token::segment(c));
                }
            }
        }
        return;
    }
    let (t, headers) = best(runs, || {
        cleaned.iter().map(|c| header::parse(c)).collect::<Vec<_>>()
    });
    report("header", t);
    let (t, segs) = best(runs, || {
        cleaned
            .iter()
            .map(|c| token::segment(c))
            .collect::<Vec<_>>()
    });
    report("token", t);
    let docs: Vec<_> = cleaned
        .iter()
        .zip(&segs)
        .map(|(c, s)| corpus_analyze::model::Doc {
            text: c,
            paragraphs: &s.paragraphs,
            sentences: &s.sentences,
            tokens: &s.tokens,
        })
        .collect();
    if only == "date" {
        for _ in 0..repeat {
            for (d, h) in docs.iter().zip(&headers) {
                std::hint::black_box(date::extract(d, h.published));
            }
        }
        return;
    }
    let (t, dates) = best(runs, || {
        docs.iter()
            .zip(&headers)
            .map(|(d, h)| date::extract(d, h.published))
            .collect::<Vec<_>>()
    });
    report("date", t);
    // PERF_ONLY=figure: the figure stage only, PERF_REPEAT times (for perf record).
    if only == "figure" {
        let (t, _) = best(repeat, || {
            for (d, ds) in docs.iter().zip(&dates) {
                std::hint::black_box(figure::extract(d, ds));
            }
        });
        report("figure", t);
        return;
    }
    let (t, figures) = best(runs, || {
        docs.iter()
            .zip(&dates)
            .map(|(d, ds)| figure::extract(d, ds))
            .collect::<Vec<_>>()
    });
    report("figure", t);
    // The pipeline runs both stages on one lexing pass (`numlex`): time that
    // as it runs, and check it finds what the standalone stages found.
    let (t, both) = best(runs, || {
        docs.iter()
            .zip(&headers)
            .map(|(d, h)| {
                let lexed = numlex::lex(d.text);
                let ds = date::extract_lexed(d, h.published, &lexed);
                let fs = figure::extract_lexed(d, &ds, &lexed);
                (ds.len(), fs.len())
            })
            .collect::<Vec<_>>()
    });
    report("date+fig", t);
    let apart: Vec<(usize, usize)> = dates
        .iter()
        .zip(&figures)
        .map(|(d, f)| (d.len(), f.len()))
        .collect();
    assert_eq!(
        both, apart,
        "one lexing pass finds what the stages find apart"
    );
    let taken: Vec<Vec<Span>> = dates
        .iter()
        .zip(&figures)
        .map(|(d, f)| {
            let mut v: Vec<Span> = d.iter().map(|d| d.span()).collect();
            v.extend(f.iter().map(|f| f.span()));
            v.sort();
            v
        })
        .collect();
    // PERF_ONLY=names: the names stage only, PERF_REPEAT times (for perf record).
    if only == "names" {
        for _ in 0..repeat {
            for (d, tk) in docs.iter().zip(&taken) {
                std::hint::black_box(names::extract(d, tk, &k.lexicon));
            }
        }
        return;
    }
    let (t, _) = best(runs, || {
        docs.iter()
            .zip(&taken)
            .map(|(d, tk)| names::extract(d, tk, &k.lexicon))
            .collect::<Vec<_>>()
    });
    report("names", t);

    let articles: Vec<Article> = sources
        .iter()
        .map(|s| analyze::analyze_article(s.clone(), &k))
        .collect();
    let mentions: usize = articles.iter().map(|a| a.names.len()).sum();
    let tokens: usize = articles.iter().map(|a| a.tokens.len()).sum();
    let dates: usize = articles.iter().map(|a| a.dates.len()).sum();
    println!(
        "{} articles, {mb:.1} MB, {tokens} tokens, {mentions} name mentions, {dates} dates",
        articles.len()
    );
    // PERF_MERGE=n: only the merge, n times on one thread (for perf record
    // or callgrind: every parallel loop then runs nested in the call).
    if let Some(n) = std::env::var("PERF_MERGE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("pool");
        // PERF_PART=resolve|claims|compare: loop that part only, on articles
        // brought to its input once.
        let part = std::env::var("PERF_PART").unwrap_or_default();
        let mut ready = articles.clone();
        if part == "claims" || part == "compare" {
            date::reanchor(&mut ready, None);
            resolve::resolve(&mut ready, &k.lexicon);
        }
        if part == "compare" {
            ready.iter_mut().for_each(|a| a.claims = claims::extract(a));
        }
        for _ in 0..n {
            one.install(|| match part.as_str() {
                "resolve" => {
                    let mut a = ready.clone();
                    std::hint::black_box(resolve::resolve(&mut a, &k.lexicon));
                }
                "claims" => {
                    for a in &ready {
                        std::hint::black_box(claims::extract(a));
                    }
                }
                "compare" => {
                    std::hint::black_box(compare::compare(&ready));
                }
                _ => {
                    let a = articles.clone();
                    std::hint::black_box(analyze::merge(a, Vec::new(), &settings));
                }
            });
        }
        return;
    }
    // Merge stages run on a one-thread pool, measured by the CPU time of
    // all threads (they run in parallel where they can).
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let mut reanchor = f64::MAX;
    let mut resolve_t = f64::MAX;
    let mut claims_t = f64::MAX;
    let mut compare_t = f64::MAX;
    let mut merge_t = f64::MAX;
    // Inside `install` the closure and every parallel loop it starts run on
    // the pool's one thread, so that thread's CPU time is the whole cost.
    for _ in 0..runs {
        let mut a = articles.clone();
        let t = one.install(|| {
            let t0 = cpu();
            date::reanchor(&mut a, None);
            let t1 = cpu();
            let entities = resolve::resolve(&mut a, &k.lexicon);
            let t2 = cpu();
            a.par_iter_mut().for_each(|a| a.claims = claims::extract(a));
            let t3 = cpu();
            let compared = compare::compare(&a);
            let t4 = cpu();
            // Results are dropped outside the timing, as `merge` returns them.
            drop((entities, compared));
            [t0, t1, t2, t3, t4]
        });
        reanchor = reanchor.min(t[1] - t[0]);
        resolve_t = resolve_t.min(t[2] - t[1]);
        claims_t = claims_t.min(t[3] - t[2]);
        compare_t = compare_t.min(t[4] - t[3]);
        let a = articles.clone();
        let (t, corpus) = one.install(|| {
            let t = cpu();
            let c = analyze::merge(a, Vec::new(), &settings);
            (cpu() - t, c)
        });
        merge_t = merge_t.min(t);
        drop(corpus);
    }
    report("reanchor", reanchor);
    report("resolve", resolve_t);
    report("claims", claims_t);
    report("compare", compare_t);
    report("merge", merge_t);

    let pool = |n: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .expect("pool")
    };
    // Pool threads do the work: measured by the process's CPU time.
    // The corpus is dropped after the clock stops: the binary leaks it.
    let mut t = f64::MAX;
    for _ in 0..runs {
        let c = process_cpu();
        let corpus = std::hint::black_box(
            one.install(|| analyze::analyze(sources.clone(), Vec::new(), &settings)),
        );
        t = t.min(process_cpu() - c);
        drop(corpus);
    }
    report("1 thread", t);
    let two = pool(2);
    let mut wall = f64::MAX;
    let mut all_cpu = f64::MAX;
    for _ in 0..runs {
        let (w, c) = (std::time::Instant::now(), process_cpu());
        let corpus = std::hint::black_box(
            two.install(|| analyze::analyze(sources.clone(), Vec::new(), &settings)),
        );
        wall = wall.min(w.elapsed().as_secs_f64());
        all_cpu = all_cpu.min(process_cpu() - c);
        drop(corpus);
    }
    println!(
        "  2 threads: {wall:.3} s wall = {:.1} MB/s, {all_cpu:.2} s cpu (all threads) = {:.1} MB/s per core",
        mb / wall,
        mb / all_cpu
    );
}
