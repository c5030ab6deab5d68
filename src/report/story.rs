//! The story sections of the human reports: the cast (entities), agreements,
//! conflicts, unique claims, per-outlet coverage, timeline, key sentences.
//! Used by the text report (80/120 columns, colour on a TTY) and by Markdown.

use crate::analyze::Corpus;
use std::io::{self, Write};

/// Writes the story sections for a terminal.
pub fn text(_corpus: &Corpus, _color: bool, _width: usize, _out: &mut dyn Write) -> io::Result<()> {
    Ok(())
}

/// Writes the story sections as Markdown.
pub fn markdown(_corpus: &Corpus, _out: &mut dyn Write) -> io::Result<()> {
    Ok(())
}
