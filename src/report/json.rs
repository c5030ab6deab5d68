//! The JSON document (`--format json`).

use crate::analyze::Corpus;
use serde::Serialize;
use std::io::{self, Write};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Doc<'a> {
    schema_version: u32,
    articles: Vec<ArticleOut<'a>>,
    errors: &'a [crate::model::InputError],
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    path: &'a str,
    encoding: &'a str,
    boilerplate: &'a [crate::clean::Boilerplate],
    paragraphs: usize,
    sentences: usize,
    tokens: usize,
}

pub fn write(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    let doc = Doc {
        schema_version: SCHEMA_VERSION,
        articles: corpus
            .articles
            .iter()
            .map(|a| ArticleOut {
                path: &a.path,
                encoding: a.encoding,
                boilerplate: &a.boilerplate,
                paragraphs: a.paragraphs.len(),
                sentences: a.sentences.len(),
                tokens: a.tokens.len(),
            })
            .collect(),
        errors: &corpus.errors,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
