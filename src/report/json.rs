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
    articles: Articles<'a>,
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
    /// `tokens`: the article's token count ([`Corpus::token_count`]).
    pub fn new(a: &'a Article, tokens: usize) -> Self {
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
            tokens,
            entities: super::mentions(a),
        }
    }
}

/// The articles, each made into its [`ArticleOut`] (with its sorted
/// mentions) only while it is written: no list of every article's mentions
/// is held at once.
struct Articles<'a>(&'a Corpus);

impl Serialize for Articles<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = self.0;
        s.collect_seq(
            c.articles
                .iter()
                .map(|a| ArticleOut::new(a, c.token_count(a))),
        )
    }
}

pub fn write(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    let doc = Document {
        schema_version: SCHEMA_VERSION,
        articles: Articles(corpus),
        errors: &corpus.errors,
        corpus: Totals::of(corpus),
        entities: &corpus.entities,
        claims: &corpus.claims,
        summary: &corpus.summary,
    };
    // The serializer writes a few bytes at a time (a key, a quote, an
    // indent): into a buffer of its own type they are inlined copies, where
    // each went through a `dyn Write` call before. It is larger than the
    // sink's buffer (64 KiB), so its full chunks go past that buffer
    // instead of being copied a second time.
    let mut buf = io::BufWriter::with_capacity(CHUNK, &mut *out);
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, Pretty::default());
    doc.serialize(&mut ser)?;
    buf.write_all(b"\n")?;
    buf.flush()
}

/// The size of the report's own buffer (see [`write`]), shared with JSONL.
pub(crate) const CHUNK: usize = 1 << 17;

/// Spaces after a line break, for [`Pretty`]: enough for every depth the
/// report reaches (deeper lines write the rest space by space).
const INDENTS: &[u8] = b",\n                                                                                                                                ";

/// `serde_json::ser::PrettyFormatter` with its two-space indent, byte for
/// byte, writing each line break and its indent in one call (the original
/// writes the indent one level at a time).
#[derive(Default)]
pub(crate) struct Pretty {
    depth: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the indent of `depth`.
    fn newline<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        let spaces = 2 * self.depth;
        match INDENTS.get(from..2 + spaces) {
            Some(line) => w.write_all(line),
            None => {
                w.write_all(&INDENTS[from..2])?;
                (0..self.depth).try_for_each(|_| w.write_all(b"  "))
            }
        }
    }
}

impl serde_json::ser::Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w, true)?;
        }
        w.write_all(b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.newline(w, true)?;
        }
        w.write_all(b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.newline(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Pretty;
    use serde::Serialize;

    /// The formatter writes what `serde_json::to_writer_pretty` writes:
    /// nested objects and arrays, empty ones, deeper than [`super::INDENTS`]
    /// covers, with Indonesian text.
    #[test]
    fn pretty_equals_serde_json() {
        let deep = (0..80).fold(serde_json::json!("Rp5.000"), |v, i| {
            if i % 2 == 0 {
                serde_json::json!([v])
            } else {
                serde_json::json!({ "nilai": v })
            }
        });
        let cases = [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!({"topic": "jumlah korban tewas", "articles": [], "statements": [{"value": 11000, "text": "sekitar 11.000 tentara"}], "note": null}),
            serde_json::json!([[1, [2, []]], {"a": {"b": {}}}, "Café résumé"]),
            deep,
        ];
        for v in cases {
            let want = serde_json::to_vec_pretty(&v).unwrap();
            let mut got = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(&mut got, Pretty::default());
            v.serialize(&mut ser).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }
}
