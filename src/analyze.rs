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
    /// The token count of each article (in `articles` order) when the
    /// analysis dropped the token lists ([`Tokens::Count`]); empty when the
    /// lists are kept. Read it through [`Corpus::token_count`].
    pub token_counts: Vec<usize>,
}

impl Corpus {
    /// The number of tokens of `a`, one of `articles`: its token list's
    /// length, or the count kept when the analysis dropped the list.
    pub fn token_count(&self, a: &Article) -> usize {
        if self.token_counts.is_empty() {
            return a.tokens.len();
        }
        let base = self.articles.as_ptr() as usize;
        let at = (a as *const Article as usize).wrapping_sub(base) / size_of::<Article>().max(1);
        match (self.articles.get(at), self.token_counts.get(at)) {
            (Some(x), Some(&n)) if std::ptr::eq(x, a) => n,
            _ => a.tokens.len(),
        }
    }
}

/// What the caller reads of the articles' tokens once the corpus is analyzed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tokens {
    /// The token lists stay in the articles (check mode reads them).
    #[default]
    Keep,
    /// Only their counts are kept ([`Corpus::token_count`]): each list is
    /// freed as soon as the article's claims are read (a report needs no
    /// more), so the comparison reuses its memory (IndoSum dev: 47 MB of
    /// tokens, 6.6 bytes per input byte).
    Count,
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
    errors: Vec<InputError>,
    settings: &Settings,
    done: &(dyn Fn() + Sync),
) -> Corpus {
    analyze_files_keeping(origins, errors, settings, done, Tokens::Keep)
}

/// [`analyze_files`], keeping the articles' tokens or only their counts.
pub fn analyze_files_keeping(
    origins: Vec<Origin>,
    mut errors: Vec<InputError>,
    settings: &Settings,
    done: &(dyn Fn() + Sync),
    tokens: Tokens,
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
    merge_keeping(articles, errors, settings, tokens)
}

/// The corpus-level stages: date re-anchoring, name resolution, claims comparison.
pub fn merge(articles: Vec<Article>, errors: Vec<InputError>, settings: &Settings) -> Corpus {
    merge_keeping(articles, errors, settings, Tokens::Keep)
}

/// [`merge`], keeping the articles' tokens or only their counts.
pub fn merge_keeping(
    mut articles: Vec<Article>,
    mut errors: Vec<InputError>,
    settings: &Settings,
    tokens: Tokens,
) -> Corpus {
    date::reanchor(&mut articles, settings.reference_date);
    let entities = resolve::resolve(&mut articles, &settings.knowledge.lexicon);
    let token_counts = match tokens {
        Tokens::Keep => Vec::new(),
        Tokens::Count => articles.iter().map(|a| a.tokens.len()).collect(),
    };
    // Claims read canonical names and anchored dates, so they come after both.
    articles.par_iter_mut().for_each(|a| {
        a.claims = claims::extract(a);
        // Nothing after the claims reads the tokens of an article.
        if tokens == Tokens::Count {
            a.tokens = Vec::new();
        }
    });
    let (claims, summary) = compare::compare(&articles);
    errors.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.message.cmp(&b.message)));
    Corpus {
        articles,
        errors,
        entities,
        claims,
        summary,
        token_counts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{self, Format};

    /// Freeing the token lists ([`Tokens::Count`]) changes no report byte,
    /// in every format, and the counts are the lists' lengths.
    #[test]
    fn counting_tokens_writes_the_same_reports() {
        let settings = Settings {
            knowledge: Knowledge::builtin(),
            reference_date: None,
        };
        let texts = [
            (
                "a.txt",
                "Jakarta - Gempa bermagnitudo 6,2 mengguncang Majene, Sulawesi Barat, Jumat (15/1/2021). \
                 Badan Nasional Penanggulangan Bencana (BNPB) mencatat 34 orang meninggal dunia.",
            ),
            (
                "b.txt",
                "Korban tewas gempa Majene bertambah menjadi 42 orang, kata Kepala BNPB Doni Monardo, Sabtu (16/1/2021).",
            ),
            ("c.txt", ""),
        ];
        let articles = || -> Vec<Article> {
            texts
                .iter()
                .map(|(path, text)| {
                    let source = Source {
                        path: path.to_string(),
                        text: text.to_string(),
                        encoding: "UTF-8",
                    };
                    analyze_article(source, &settings.knowledge)
                })
                .collect()
        };
        let kept = merge_keeping(articles(), Vec::new(), &settings, Tokens::Keep);
        let counted = merge_keeping(articles(), Vec::new(), &settings, Tokens::Count);
        assert!(kept.token_counts.is_empty());
        assert!(counted.articles.iter().all(|a| a.tokens.is_empty()));
        for (k, c) in kept.articles.iter().zip(&counted.articles) {
            assert_eq!(counted.token_count(c), k.tokens.len(), "{}", k.path);
            assert_eq!(kept.token_count(k), k.tokens.len(), "{}", k.path);
        }
        assert!(kept.articles[0].tokens.len() > 20);
        for format in [Format::Json, Format::Jsonl, Format::Text, Format::Markdown] {
            let (mut want, mut got) = (Vec::new(), Vec::new());
            report::write(&kept, format, &mut want).unwrap();
            report::write(&counted, format, &mut got).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
