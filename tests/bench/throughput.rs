//! Throughput of the whole analysis (read once, then decode-free analysis of
//! every article plus the corpus merge), in MB/s, on one thread and on all
//! threads of the machine.
//!
//! Corpus: the IndoSum articles in `../shared/data/news/indosum-dev/` when that
//! folder exists; otherwise generated copies of `fixtures/seeds/` (about 16 MB),
//! so that a fresh clone can run it too. Run with `cargo bench --bench throughput`.

use corpus_analyze::analyze::{self, Settings};
use corpus_analyze::corpus::Source;
use criterion::{Criterion, Throughput};
use std::path::Path;
use std::time::Duration;

fn load() -> (String, Vec<Source>) {
    let indosum = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    let mut sources = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&indosum) {
        let mut paths: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                sources.push(Source {
                    path: p.display().to_string(),
                    text,
                    encoding: "UTF-8",
                });
            }
        }
    }
    if !sources.is_empty() {
        return ("indosum-dev".into(), sources);
    }
    eprintln!(
        "../shared/data/news/indosum-dev absent: benchmarking generated copies of fixtures/seeds"
    );
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    let mut texts: Vec<String> = std::fs::read_dir(seeds)
        .expect("fixtures/seeds")
        .filter_map(|e| e.ok())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    texts.sort();
    for i in 0..1200 {
        for (j, t) in texts.iter().enumerate() {
            sources.push(Source {
                path: format!("copy{i:04}/{j}.txt"),
                text: t.clone(),
                encoding: "UTF-8",
            });
        }
    }
    ("seed copies".into(), sources)
}

fn main() {
    let (name, sources) = load();
    let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
    let settings = Settings {
        knowledge: analyze::Knowledge::builtin(),
        reference_date: None,
    };
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10))
        .configure_from_args();
    let mut group = c.benchmark_group(format!("analyze {name} ({:.1} MB)", bytes as f64 / 1e6));
    group.throughput(Throughput::Bytes(bytes as u64));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    for n in [1, threads] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .expect("thread pool");
        group.bench_function(format!("{n} thread(s)"), |b| {
            b.iter(|| pool.install(|| analyze::analyze(sources.clone(), Vec::new(), &settings)))
        });
    }
    group.finish();
    c.final_summary();
}
