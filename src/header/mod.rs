//! The article's head: its title (a first line that reads as a headline), the
//! outlet and dateline at the start of the body ("KOMPAS.com -", "Jakarta, CNN
//! Indonesia --", "JAKARTA (Antara) -"), and the stated date of publication
//! ("Minggu (13/7/2025)", "Senin, 29 Desember 2014").
//!
//! It reads only the first lines of the cleaned text; it does not extract dates
//! elsewhere (that is `extract::date`).

use crate::model::Span;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The title line, without its line end.
    pub title: Option<Span>,
    /// The outlet named in the dateline ("Kompas.com", "CNN Indonesia", "Antara").
    pub outlet: Option<String>,
    /// The place named in the dateline ("Jakarta", "Pyongyang").
    pub dateline: Option<String>,
    /// The stated date of publication.
    pub published: Option<jiff::civil::Date>,
    /// Where the publication date was read.
    pub published_span: Option<Span>,
}

/// Reads the head of a cleaned article text.
pub fn parse(_text: &str) -> Header {
    Header::default()
}
