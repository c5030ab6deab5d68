//! Where the memory of an analyzed corpus goes: bytes per input byte of each
//! structure an [`Article`] keeps, on IndoSum dev (`../shared/data`).
//!
//! `cargo test --release -- --ignored --nocapture footprint`

use crate::analyze::{self, Settings};
use crate::corpus::{self, Filter};
use crate::model::Article;
use std::mem::size_of;

fn rss_kb(field: &str) -> usize {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| {
            l.strip_prefix(field)?
                .trim()
                .strip_suffix("kB")?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// Asks mimalloc to return the pages it holds free to the OS.
fn collect() {
    unsafe extern "C" {
        fn mi_collect(force: bool);
    }
    // SAFETY: mimalloc (the global allocator) exports this function; it
    // only frees memory no live allocation uses.
    unsafe { mi_collect(true) }
}

fn opt_string(s: &Option<String>) -> usize {
    s.as_ref().map_or(0, String::capacity)
}

fn strings(v: &Vec<String>) -> usize {
    v.iter().map(String::capacity).sum::<usize>() + v.capacity() * size_of::<String>()
}

/// (structure, bytes in use, bytes reserved) summed over the articles.
fn account(articles: &[Article]) -> Vec<(&'static str, usize, usize)> {
    let mut rows: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut add = |name: &'static str, used: usize, reserved: usize| match rows
        .iter_mut()
        .find(|r| r.0 == name)
    {
        Some(r) => {
            r.1 += used;
            r.2 += reserved;
        }
        None => rows.push((name, used, reserved)),
    };
    for a in articles {
        add(
            "Article structs",
            size_of::<Article>(),
            size_of::<Article>(),
        );
        add("text", a.text.len(), a.text.capacity());
        add("clean", a.clean.len(), a.clean.capacity());
        add(
            "tokens (40 B each)",
            a.tokens.len() * size_of::<crate::model::Token>(),
            a.tokens.capacity() * size_of::<crate::model::Token>(),
        );
        add(
            "sentences",
            a.sentences.len() * size_of::<crate::model::Sentence>(),
            a.sentences.capacity() * size_of::<crate::model::Sentence>(),
        );
        add(
            "paragraphs",
            a.paragraphs.len() * size_of::<crate::model::Span>(),
            a.paragraphs.capacity() * size_of::<crate::model::Span>(),
        );
        let bp: usize = a
            .boilerplate
            .iter()
            .map(|b| b.text.capacity() + b.marker.capacity())
            .sum();
        add(
            "boilerplate",
            bp + a.boilerplate.len() * size_of::<crate::clean::Boilerplate>(),
            bp + a.boilerplate.capacity() * size_of::<crate::clean::Boilerplate>(),
        );
        let dsz = size_of::<crate::extract::date::DateMention>();
        add("dates", a.dates.len() * dsz, a.dates.capacity() * dsz);
        let fsz = size_of::<crate::extract::figure::Figure>();
        add("figures", a.figures.len() * fsz, a.figures.capacity() * fsz);
        let nsz = size_of::<crate::extract::names::Entity>();
        let ns: usize = a
            .names
            .iter()
            .map(|e| e.text.capacity() + e.canonical.capacity() + opt_string(&e.role))
            .sum();
        add(
            "names (+ their strings)",
            a.names.len() * nsz + ns,
            a.names.capacity() * nsz + ns,
        );
        let csz = size_of::<crate::claims::Claim>() + 16;
        let cs: usize = a
            .claims
            .iter()
            .map(|c| {
                c.text.capacity()
                    + c.measure.capacity()
                    + opt_string(&c.counted)
                    + opt_string(&c.class)
                    + opt_string(&c.event)
                    + opt_string(&c.verb)
                    + opt_string(&c.hedge)
                    + strings(&c.entities)
                    + strings(&c.actors)
                    + strings(&c.persons)
            })
            .sum();
        add(
            "claims (+ their strings)",
            a.claims.len() * (csz + 8) + cs,
            a.claims.capacity() * 8 + a.claims.len() * csz + cs,
        );
        add("path", a.path.len(), a.path.capacity());
    }
    rows
}

#[test]
#[ignore]
fn footprint_indosum() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/indosum-dev");
    if !dir.is_dir() {
        println!("data absent, skipping: {}", dir.display());
        return;
    }
    let (origins, errors) = corpus::walk::discover(&[dir], &Filter::default());
    let settings = Settings {
        knowledge: analyze::Knowledge::builtin(),
        reference_date: None,
    };
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let rss0 = rss_kb("VmRSS:");
    // The per-article stage, then the merge, as `analyze_files` runs them,
    // with the resident memory after each (and after mimalloc hands freed
    // pages back, which shows what is kept versus cached).
    let articles: Vec<_> = one.install(|| {
        let mut v: Vec<_> = origins
            .iter()
            .filter_map(|o| corpus::read(o).ok())
            .map(|s| analyze::analyze_article(s, &settings.knowledge))
            .collect();
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    });
    let rss_articles = rss_kb("VmRSS:");
    collect();
    let rss_articles_kept = rss_kb("VmRSS:");
    let corpus = one.install(|| analyze::merge(articles, errors, &settings));
    let rss_merged = rss_kb("VmRSS:");
    collect();
    let rss_merged_kept = rss_kb("VmRSS:");
    let mb = |kb: usize| (kb as f64 - rss0 as f64) / 1e3;
    println!(
        "RSS over the start: per-article stage {:.1} MB ({:.1} after collect), merge {:.1} MB ({:.1} after collect)",
        mb(rss_articles),
        mb(rss_articles_kept),
        mb(rss_merged),
        mb(rss_merged_kept)
    );
    let input: usize = corpus.articles.iter().map(|a| a.text.len()).sum();
    let (rss1, hwm) = (rss_kb("VmRSS:"), rss_kb("VmHWM:"));
    println!(
        "{} articles, {input} input bytes; RSS {:.1} MB after analysis (+{:.1}), peak {:.1} MB",
        corpus.articles.len(),
        rss1 as f64 / 1e3,
        (rss1 - rss0) as f64 / 1e3,
        hwm as f64 / 1e3
    );
    let per = |n: usize| n as f64 / input as f64;
    let mut rows = account(&corpus.articles);
    rows.sort_by_key(|r| std::cmp::Reverse(r.2));
    let (mut used, mut reserved) = (0, 0);
    for (name, u, r) in &rows {
        println!(
            "{name:>26}: {:6.2} B/B used, {:6.2} B/B reserved",
            per(*u),
            per(*r)
        );
        used += u;
        reserved += r;
    }
    println!(
        "{:>26}: {:6.2} B/B used, {:6.2} B/B reserved",
        "articles",
        per(used),
        per(reserved)
    );
    let ents: usize = corpus
        .entities
        .iter()
        .map(|e| {
            size_of::<crate::resolve::CorpusEntity>()
                + e.canonical.capacity()
                + strings(&e.aliases)
                + strings(&e.articles)
                + strings(&e.typos)
                + strings(&e.roles)
        })
        .sum();
    println!("{:>26}: {:6.2} B/B", "corpus entities", per(ents));
    println!(
        "{:>26}: {:6.2} B/B ({} groups, shallow)",
        "claim groups",
        per(corpus.claims.len() * size_of::<crate::compare::ClaimGroup>()),
        corpus.claims.len()
    );
}
