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

/// The analysis allocates many small vectors and strings per article from
/// several threads at once; mimalloc's per-thread free lists serve that
/// pattern faster than glibc's malloc. Declared in the library so that the
/// binary, the tests and the benchmark all measure the same allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
