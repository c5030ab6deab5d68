//! Test support: builds an analyzed [`Article`] from a text and hand-placed
//! figures, dates and names (found by substring), so that claims, comparison
//! and check can be tested without the extractors. Not part of the stable API.

use crate::extract::date::DateMention;
use crate::extract::figure::Figure;
use crate::extract::names::{Entity, EntityKind};
use crate::model::Article;

/// An article under construction.
pub struct Builder {
    article: Article,
}

/// Starts an article at `path` with `text` (segmented by the pipeline's tokenizer).
pub fn article(path: &str, text: &str) -> Builder {
    Builder {
        article: Article::segmented(path, text),
    }
}

/// A plain figure value for [`Builder::figure`].
pub fn fig(value: f64) -> Figure {
    Figure {
        tag: "figure",
        text: String::new(),
        start: 0,
        end: 0,
        value: Some(value),
        min: None,
        max: None,
        qualifier: None,
        unit: None,
        currency: None,
        counted: None,
        classifier: None,
        frequency: None,
        per: None,
        score: None,
        ordinal: false,
        vague: false,
        core: Default::default(),
    }
}

impl Builder {
    fn find(&self, needle: &str) -> (usize, usize) {
        let start = self
            .article
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in the text"));
        (start, start + needle.len())
    }

    /// Adds a figure whose text is `needle` (first occurrence).
    pub fn figure(mut self, needle: &str, f: Figure) -> Self {
        let (start, end) = self.find(needle);
        self.article.figures.push(Figure {
            text: needle.into(),
            start,
            end,
            ..f
        });
        self
    }
    /// A count with an optional qualifier.
    pub fn count(self, needle: &str, value: f64, qualifier: Option<&'static str>) -> Self {
        self.figure(
            needle,
            Figure {
                qualifier,
                ..fig(value)
            },
        )
    }
    /// A range "25.000 hingga 30.000".
    pub fn range(self, needle: &str, min: f64, max: f64) -> Self {
        let f = Figure {
            value: None,
            min: Some(min),
            max: Some(max),
            ..fig(0.0)
        };
        self.figure(needle, f)
    }
    /// A percentage.
    pub fn percent(self, needle: &str, value: f64, qualifier: Option<&'static str>) -> Self {
        let f = Figure {
            unit: Some("persen".into()),
            qualifier,
            ..fig(value)
        };
        self.figure(needle, f)
    }
    /// An amount of money.
    pub fn money(self, needle: &str, value: f64, currency: &str) -> Self {
        let f = Figure {
            currency: Some(currency.into()),
            ..fig(value)
        };
        self.figure(needle, f)
    }
    /// A date or duration with its ISO value.
    pub fn date(mut self, needle: &str, kind: &'static str, value: &str) -> Self {
        let (start, end) = self.find(needle);
        self.article.dates.push(DateMention {
            tag: "date",
            text: needle.into(),
            start,
            end,
            kind,
            value: Some(value.into()),
            reference: None,
            ..Default::default()
        });
        self
    }
    fn name(mut self, kind: EntityKind, needle: &str, canonical: &str) -> Self {
        let text = self.article.text.clone();
        let mut from = 0;
        while let Some(i) = text[from..].find(needle) {
            let start = from + i;
            self.article.names.push(Entity {
                kind,
                text: needle.into(),
                start,
                end: start + needle.len(),
                canonical: canonical.into(),
                role: None,
            });
            from = start + needle.len();
        }
        self
    }
    /// Marks every occurrence of `needle` as a person named `canonical`.
    pub fn person(self, needle: &str, canonical: &str) -> Self {
        self.name(EntityKind::Person, needle, canonical)
    }
    pub fn place(self, needle: &str, canonical: &str) -> Self {
        self.name(EntityKind::Place, needle, canonical)
    }
    pub fn org(self, needle: &str, canonical: &str) -> Self {
        self.name(EntityKind::Organization, needle, canonical)
    }
    /// Sets the stated publication date.
    pub fn published(mut self, iso: &str) -> Self {
        self.article.header.published = iso.parse().ok();
        self
    }
    /// The article with its claims extracted.
    pub fn build(mut self) -> Article {
        self.article.names.sort_by_key(|e| (e.start, e.end));
        self.article.claims = super::extract(&self.article);
        self.article
    }
}
