//! Extraction of what an article mentions: dates and times (`date`), figures
//! (`figure`), and people, places and organizations (`names`). Each extractor
//! reads a segmented [`crate::model::Doc`] and returns mentions with byte spans.
//! Dates run first, figures skip what dates took, names skip both.

pub mod date;
pub mod figure;
pub mod names;
