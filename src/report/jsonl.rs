//! JSON Lines (`--format jsonl`): one typed message per line,
//! `{"type":"…","data":{…}}`, in a fixed order: every `article` (sorted by
//! path; `data` is the same object as in `articles[]` of the JSON document),
//! every `error`, every corpus `entity`, every `claim`, then one final
//! `summary` (`schema_version`, `corpus` totals, `summary`). A consumer can
//! parse line by line without holding the whole report.
//!
//! The messages come after the corpus-level stages (canonical names and claim
//! groups depend on every article), so the order never depends on which
//! article finished first.

use super::Totals;
use super::json::{ArticleOut, SCHEMA_VERSION};
use crate::analyze::Corpus;
use crate::compare::Summary;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Message<T: Serialize> {
    #[serde(rename = "type")]
    kind: &'static str,
    data: T,
}

#[derive(Serialize)]
struct SummaryOut<'a> {
    schema_version: u32,
    corpus: Totals,
    summary: &'a Summary,
}

fn line<W: Write, T: Serialize>(out: &mut W, kind: &'static str, data: T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, &Message { kind, data })?;
    out.write_all(b"\n")
}

pub fn write(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    // A buffer of a known type: the serializer's small writes are inlined
    // copies, not `dyn Write` calls (larger than the sink's: see `json::write`).
    let mut buf = io::BufWriter::with_capacity(super::json::CHUNK, &mut *out);
    write_to(corpus, &mut buf)?;
    buf.flush()
}

fn write_to<W: Write>(corpus: &Corpus, out: &mut W) -> io::Result<()> {
    for a in &corpus.articles {
        line(out, "article", ArticleOut::new(a, corpus.token_count(a)))?;
    }
    for e in &corpus.errors {
        line(out, "error", e)?;
    }
    for e in &corpus.entities {
        line(out, "entity", e)?;
    }
    for c in &corpus.claims {
        line(out, "claim", c)?;
    }
    line(
        out,
        "summary",
        SummaryOut {
            schema_version: SCHEMA_VERSION,
            corpus: Totals::of(corpus),
            summary: &corpus.summary,
        },
    )
}
