//! `corpus-analyze`: compare Indonesian news articles about one story.
//!
//! The data flow, one module per stage:
//! [`corpus`] (read) → [`clean`] (boilerplate) → [`header`] → [`token`] →
//! [`extract`] (dates, figures, names) → [`resolve`] → [`claims`] → [`compare`]
//! → [`report`]; [`analyze`] runs the stages, [`check`] is the CI mode.

pub mod analyze;
pub mod check;
pub mod claims;
pub mod clean;
pub mod compare;
pub mod corpus;
pub mod data;
pub mod extract;
pub mod header;
pub mod lexicon;
pub mod model;
pub mod report;
pub mod resolve;
pub mod token;
