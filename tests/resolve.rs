//! Resolution on whole articles: the seed story (names placed by hand, as
//! the extractor would find them), and a throughput measurement on IndoSum
//! (`cargo test --release --test resolve -- --ignored --nocapture`).

use EntityKind::*;
use corpus_analyze::analyze::{Knowledge, analyze_article};
use corpus_analyze::corpus::Source;
use corpus_analyze::extract::names::{Entity, EntityKind};
use corpus_analyze::lexicon::Lexicon;
use corpus_analyze::model::{Article, Span};
use corpus_analyze::resolve::{CorpusEntity, resolve};
use std::path::Path;
use std::time::Instant;

/// Places every whole-word occurrence of the listed names (longest first,
/// no overlaps) into the article, as the extractor would.
fn place_names(a: &mut Article, names: &[(EntityKind, &str)], lexicon: &Lexicon) {
    let text = a.text.clone();
    let mut sorted: Vec<&(EntityKind, &str)> = names.iter().collect();
    sorted.sort_by_key(|(_, s)| std::cmp::Reverse(s.len()));
    let mut found: Vec<Entity> = Vec::new();
    for &&(kind, surface) in &sorted {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            if !edge(text[..start].chars().next_back()) || !edge(text[end..].chars().next()) {
                continue;
            }
            if found
                .iter()
                .any(|e| e.span().overlaps(&Span::new(start, end)))
            {
                continue;
            }
            found.push(Entity {
                kind,
                text: surface.to_string(),
                start,
                end,
                canonical: lexicon
                    .lookup(surface)
                    .map_or(surface.to_string(), |e| e.canonical.clone()),
                role: None,
            });
        }
    }
    found.sort_by_key(|e| e.start);
    a.names = found;
}

fn load(dir: &Path) -> Vec<Article> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).ok()?;
            let source = Source {
                path: p.display().to_string(),
                text,
                encoding: "UTF-8",
            };
            Some(analyze_article(source, &Knowledge::default()))
        })
        .collect()
}

fn find<'a>(out: &'a [CorpusEntity], canonical: &str) -> &'a CorpusEntity {
    out.iter()
        .find(|e| e.canonical == canonical)
        .unwrap_or_else(|| panic!("no {canonical:?} in {out:#?}"))
}

#[test]
fn seed_story_cast() {
    let mut lexicon = Lexicon::default();
    lexicon
        .extend(
            "seed-lexicon.txt",
            "place | Korea Utara | Korut | DPRK\nplace | Amerika Serikat | AS\n",
        )
        .unwrap();
    let names = [
        (Person, "Kim Jong Un"),
        (Person, "Kim"),
        (Person, "Sergei Lavrov"),
        (Person, "Sergey Lavrov"),
        (Person, "Lavrov"),
        (Person, "Vladimir Putin"),
        (Person, "Putin"),
        (Person, "Choe Son Hui"),
        (Person, "Maria Zakharova"),
        (Person, "Donald Trump"),
        (Person, "Trump"),
        (Place, "Korea Utara"),
        (Place, "Korut"),
        (Place, "DPRK"),
        (Place, "Rusia"),
        (Place, "Ukraina"),
        (Place, "Pyongyang"),
        (Place, "Moskow"),
        (Place, "Wonsan"),
        (Place, "Wonson"),
        (Place, "Kursk"),
        (Place, "AS"),
        (Organization, "KCNA"),
        (Organization, "Kantor Berita Pusat Korea"),
        (Organization, "TASS"),
        (Organization, "Tass"),
        (Organization, "Kementerian Luar Negeri Rusia"),
    ];
    let mut articles = load(Path::new("fixtures/seeds"));
    assert_eq!(articles.len(), 5);
    for a in &mut articles {
        place_names(a, &names, &lexicon);
    }
    let out = resolve(&mut articles, &lexicon);
    for shared in [
        "Kim Jong Un",
        "Sergei Lavrov",
        "Choe Son Hui",
        "Korea Utara",
        "Rusia",
        "Ukraina",
        "Pyongyang",
        "Moskow",
    ] {
        assert_eq!(find(&out, shared).articles.len(), 5, "{shared}");
    }
    let lavrov = find(&out, "Sergei Lavrov");
    assert_eq!(lavrov.aliases, ["Lavrov", "Sergey Lavrov"]);
    assert_eq!(find(&out, "Kim Jong Un").aliases, ["Kim"]);
    assert_eq!(find(&out, "Wonsan").typos, ["Wonson"]);
    assert_eq!(find(&out, "Korea Utara").aliases, ["DPRK", "Korut"]);
    assert_eq!(find(&out, "Vladimir Putin").aliases, ["Putin"]);
    assert_eq!(find(&out, "Kantor Berita Pusat Korea").aliases, ["KCNA"]);
    assert_eq!(find(&out, "TASS").aliases, ["Tass"]);
    // Every mention carries the canonical name of its entity.
    for a in &articles {
        for e in &a.names {
            assert!(out.iter().any(|c| c.canonical == e.canonical), "{e:?}");
        }
    }
}

/// Capitalized word runs: a crude stand-in for the extractor, enough to give
/// the resolver a realistic number and mix of mentions.
fn capitalized_runs(a: &mut Article) {
    let text = &a.text;
    let mut names = Vec::new();
    // start, end, words, sentence-initial
    let mut run: Option<(usize, usize, usize, bool)> = None;
    let mut flush = |run: &mut Option<(usize, usize, usize, bool)>| {
        if let Some((s, e, w, initial)) = run.take() {
            // One word mid-sentence is most often a person in news text; a
            // sentence-initial word is most often not a name at all.
            let kind = match (w, initial) {
                (1, true) => Place,
                (1, false) | (2 | 3, _) => Person,
                _ => Organization,
            };
            names.push(Entity {
                kind,
                text: text[s..e].to_string(),
                start: s,
                end: e,
                canonical: text[s..e].to_string(),
                role: None,
            });
        }
    };
    let mut initial = true;
    for (i, w) in text.split_word_bound_indices_ascii() {
        let cap = w.chars().next().is_some_and(char::is_uppercase) && w.len() > 1;
        if cap {
            run = Some(match run {
                Some((s, _, n, init)) => (s, i + w.len(), n + 1, init),
                None => (i, i + w.len(), 1, initial),
            });
        } else if w != " " {
            flush(&mut run);
        }
        if w != " " {
            initial = matches!(w, "." | "\n" | "\"" | "“" | "!" | "?");
        }
    }
    flush(&mut run);
    a.names = names;
}

/// Splits on ASCII spaces and punctuation, keeping the pieces' offsets.
trait Words {
    fn split_word_bound_indices_ascii(&self) -> Vec<(usize, &str)>;
}
impl Words for String {
    fn split_word_bound_indices_ascii(&self) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.char_indices() {
            if c.is_alphanumeric() || c == '-' {
                start.get_or_insert(i);
            } else {
                if let Some(s) = start.take() {
                    out.push((s, &self[s..i]));
                }
                out.push((i, &self[i..i + c.len_utf8()]));
            }
        }
        if let Some(s) = start {
            out.push((s, &self[s..]));
        }
        out
    }
}

/// CPU seconds used by this thread (Linux; 10 ms resolution), if known.
fn thread_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = rest.get(11)?.parse::<f64>().ok()? + rest.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

#[test]
#[ignore]
fn resolve_throughput_indosum() {
    let dir = Path::new("../shared/data/news/indosum-dev");
    if !dir.is_dir() {
        println!("data absent, skipping: {}", dir.display());
        return;
    }
    let mut articles = load(dir);
    for a in &mut articles {
        capitalized_runs(a);
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mentions: usize = articles.iter().map(|a| a.names.len()).sum();
    let lexicon = Lexicon::builtin();
    // The best of several runs: this machine is shared, so the CPU time of
    // this thread (steadier than wall time) still varies. RESOLVE_RUNS=n.
    let runs: usize = std::env::var("RESOLVE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut best = f64::MAX;
    let mut out = Vec::new();
    for _ in 0..runs.max(1) {
        let mut copy = articles.clone();
        let (t, cpu0) = (Instant::now(), thread_cpu_seconds());
        out = resolve(&mut copy, &lexicon);
        let wall = t.elapsed().as_secs_f64();
        let secs = match (cpu0, thread_cpu_seconds()) {
            (Some(a), Some(b)) => (b - a).max(0.01),
            _ => wall,
        };
        best = best.min(secs);
    }
    println!(
        "resolve: {} articles, {:.1} MB, {} mentions, {} entities; best cpu {:.2} s = {:.0} MB/s, {:.2} M mentions/s",
        articles.len(),
        bytes as f64 / 1e6,
        mentions,
        out.len(),
        best,
        bytes as f64 / 1e6 / best,
        mentions as f64 / 1e6 / best
    );
    for e in out.iter().filter(|e| !e.typos.is_empty()).take(15) {
        println!("typo: {} <- {:?}", e.canonical, e.typos);
    }
    // RESOLVE_SHOW=n lists more merged persons, for eyeballing false merges.
    let show: usize = std::env::var("RESOLVE_SHOW")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let single = |e: &&CorpusEntity| e.aliases.iter().any(|a| !a.contains(' '));
    for e in out
        .iter()
        .filter(|e| e.kind == Person && e.canonical.contains(' '))
        .filter(single)
        .take(show)
    {
        println!("person: {} <- {:?}", e.canonical, e.aliases);
    }
}
