//! The JSON document (`--format json`): one pretty-printed object with
//! `schema_version`, `articles[]`, `errors[]`, `corpus` totals, corpus-level
//! `entities[]`, `claims[]` and `summary`. Field by field it is specified in
//! README.md ("JSON specification"). The output types here borrow from the domain
//! types; the domain types that other stages own (boilerplate spans, entities,
//! dates, figures, claim groups, summary) are serialized as they are.

use super::{Mention, Totals};
use crate::analyze::Corpus;
use crate::clean::Boilerplate;
use crate::compare::{ClaimGroup, Summary};
use crate::model::{Article, InputError};
use crate::resolve::CorpusEntity;
use serde::Serialize;
use std::io::{self, Write};

/// Raised when a field is renamed or removed (adding one is compatible).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    articles: Vec<ArticleOut<'a>>,
    errors: &'a [InputError],
    corpus: Totals,
    entities: &'a [CorpusEntity],
    claims: &'a [ClaimGroup],
    summary: &'a Summary,
}

/// One article as JSON and JSONL show it.
#[derive(Serialize)]
pub struct ArticleOut<'a> {
    path: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    dateline: Option<&'a str>,
    /// ISO 8601 date.
    published: Option<String>,
    encoding: &'a str,
    /// Length of the decoded text in bytes (the range of every span).
    bytes: usize,
    boilerplate: &'a [Boilerplate],
    paragraphs: usize,
    sentences: usize,
    tokens: usize,
    entities: Vec<Mention<'a>>,
}

impl<'a> ArticleOut<'a> {
    pub fn new(a: &'a Article) -> Self {
        ArticleOut {
            path: &a.path,
            title: super::title(a),
            outlet: a.header.outlet.as_deref(),
            dateline: a.header.dateline.as_deref(),
            published: a.header.published.map(|d| d.to_string()),
            encoding: a.encoding,
            bytes: a.text.len(),
            boilerplate: &a.boilerplate,
            paragraphs: a.paragraphs.len(),
            sentences: a.sentences.len(),
            tokens: a.tokens.len(),
            entities: super::mentions(a),
        }
    }
}

pub fn write(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        articles: corpus.articles.iter().map(ArticleOut::new).collect(),
        errors: &corpus.errors,
        corpus: Totals::of(corpus),
        entities: &corpus.entities,
        claims: &corpus.claims,
        summary: &corpus.summary,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
