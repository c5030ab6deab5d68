//! The pipeline: a per-article function (run in parallel) and a corpus-level
//! merge whose cost grows linearly with the corpus.

use crate::clean::{self, Markers};
use crate::compare::{self, ClaimGroup, Summary};
use crate::corpus::{self, Origin, Source};
use crate::extract::{date, figure, names, numlex};
use crate::lexicon::Lexicon;
use crate::model::{Article, InputError, Span};
use crate::resolve::{self, CorpusEntity};
use crate::{claims, header, token};
use rayon::prelude::*;

/// The linguistic knowledge the pipeline uses: built-in data plus user files.
#[derive(Clone, Debug, Default)]
pub struct Knowledge {
    pub markers: Markers,
    pub lexicon: Lexicon,
}

impl Knowledge {
    pub fn builtin() -> Knowledge {
        Knowledge {
            markers: Markers::builtin(),
            lexicon: Lexicon::builtin(),
        }
    }
}

/// Settings of one analysis run.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub knowledge: Knowledge,
    /// `--reference-date`: the last resort for anchoring relative dates.
    pub reference_date: Option<jiff::civil::Date>,
}

/// The analyzed corpus.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Sorted by path.
    pub articles: Vec<Article>,
    /// Sorted by path.
    pub errors: Vec<InputError>,
    pub entities: Vec<CorpusEntity>,
    pub claims: Vec<ClaimGroup>,
    pub summary: Summary,
}

/// Everything that can be learned from one article alone.
pub fn analyze_article(source: Source, knowledge: &Knowledge) -> Article {
    let Source {
        path,
        text,
        encoding,
    } = source;
    let boilerplate = clean::find(&text, &knowledge.markers);
    let clean = clean::mask(&text, &boilerplate);
    // Dates and figures read one lexing pass of the text; the head's stated
    // date reads it too.
    let lexed = numlex::lex(&clean);
    let header = header::parse_lexed(&clean, &lexed);
    let seg = token::segment(&clean);
    let mut article = Article {
        path,
        encoding,
        boilerplate,
        header,
        paragraphs: seg.paragraphs,
        sentences: seg.sentences,
        tokens: seg.tokens,
        dates: Vec::new(),
        figures: Vec::new(),
        names: Vec::new(),
        claims: Vec::new(),
        clean,
        text,
    };
    let doc = article.doc();
    let dates = date::extract_lexed(&doc, article.header.published, &lexed);
    let figures = figure::extract_lexed(&doc, &dates, &lexed);
    drop(lexed);
    let mut taken: Vec<Span> = dates.iter().map(|d| d.span()).collect();
    taken.extend(figures.iter().map(|f| f.span()));
    taken.sort();
    let names = names::extract(&doc, &taken, &knowledge.lexicon);
    article.dates = exact(dates);
    article.figures = exact(figures);
    article.names = exact(names);
    article
}

/// `v` in an allocation of exactly its length. The mention lists are built
/// by pushing, so a quarter of their capacity is spare on average (IndoSum:
/// 0.8 of 28 bytes per input byte); kept for the whole run, those spare
/// bytes are pages the kernel must hand out zeroed. A fresh allocation
/// (not `shrink_to_fit`: mimalloc shrinks in place when at least half is
/// used, keeping the spare bytes) costs one move of the elements.
pub(crate) fn exact<T>(v: Vec<T>) -> Vec<T> {
    if v.capacity() == v.len() {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.extend(v);
    out
}

/// Analyzes decoded sources in parallel and merges them into a corpus.
/// The result does not depend on the order of `sources` or the thread count.
pub fn analyze(sources: Vec<Source>, errors: Vec<InputError>, settings: &Settings) -> Corpus {
    let mut articles: Vec<Article> = sources
        .into_par_iter()
        .map(|s| analyze_article(s, &settings.knowledge))
        .collect();
    articles.sort_by(|a, b| a.path.cmp(&b.path));
    merge(articles, errors, settings)
}

/// Reads, decodes and analyzes files in parallel, then merges them into a
/// corpus. Each file is read inside the parallel loop, so only the files in
/// flight sit in memory as raw bytes; files that cannot be read join `errors`.
/// `done` is called once per file (for a progress bar).
pub fn analyze_files(
    origins: Vec<Origin>,
    mut errors: Vec<InputError>,
    settings: &Settings,
    done: &(dyn Fn() + Sync),
) -> Corpus {
    let results: Vec<Result<Article, InputError>> = origins
        .into_par_iter()
        .map(|o| {
            let r = corpus::read(&o).map(|s| analyze_article(s, &settings.knowledge));
            done();
            r
        })
        .collect();
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e),
        }
    }
    articles.sort_by(|a, b| a.path.cmp(&b.path));
    merge(articles, errors, settings)
}

/// The corpus-level stages: date re-anchoring, name resolution, claims comparison.
pub fn merge(
    mut articles: Vec<Article>,
    mut errors: Vec<InputError>,
    settings: &Settings,
) -> Corpus {
    date::reanchor(&mut articles, settings.reference_date);
    let entities = resolve::resolve(&mut articles, &settings.knowledge.lexicon);
    // Claims read canonical names and anchored dates, so they come after both.
    articles
        .par_iter_mut()
        .for_each(|a| a.claims = claims::extract(a));
    let (claims, summary) = compare::compare(&articles);
    errors.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.message.cmp(&b.message)));
    Corpus {
        articles,
        errors,
        entities,
        claims,
        summary,
    }
}
