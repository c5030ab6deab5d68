//! Output: the text report for a terminal, JSON, JSON Lines, Markdown. This is
//! the only module that writes output; it never reads files.

pub mod json;
pub mod story;

use crate::analyze::Corpus;
use std::io::{self, Write};

/// Output formats of the analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Json,
    Jsonl,
    Markdown,
}

/// Writes the report of a corpus.
pub fn write(corpus: &Corpus, _format: Format, out: &mut dyn Write) -> io::Result<()> {
    json::write(corpus, out)
}
