//! Figures: numbers with what they count ("12 juta butir amunisi", "25.000
//! hingga 30.000 tentara", "40%", "Rp 1,5 triliun"), with normalized values,
//! qualifiers, units, currencies and the counted noun.

use crate::extract::date::DateMention;
use crate::model::{Doc, Span};
use serde::Serialize;

/// A figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    #[serde(rename = "type")]
    pub tag: &'static str,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Option<&'static str>,
    pub unit: Option<String>,
    pub currency: Option<String>,
    pub counted: Option<String>,
    pub ordinal: bool,
    pub vague: bool,
}

impl Figure {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Finds the figures of one article, skipping what the date extractor took.
pub fn extract(_doc: &Doc, _dates: &[DateMention]) -> Vec<Figure> {
    Vec::new()
}
