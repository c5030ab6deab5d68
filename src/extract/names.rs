//! People, places and organizations: capitalization runs, title and role cues,
//! attribution verbs, place and organization patterns, and gazetteers (data
//! files under `src/data/`), extended by the user's `--lexicon` files.

use crate::lexicon::Lexicon;
use crate::model::{Doc, Span};
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

/// A named entity mention.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The corpus-wide canonical name (filled by `resolve`; the surface text until then).
    pub canonical: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

impl Entity {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Finds the names of one article, skipping the spans already taken by dates
/// and figures.
pub fn extract(_doc: &Doc, _taken: &[Span], _lexicon: &Lexicon) -> Vec<Entity> {
    Vec::new()
}
