//! The types that flow from stage to stage: one [`Article`] is filled in by
//! `corpus` (read) → `clean` (boilerplate) → `header` (title, outlet, date) →
//! `token` (paragraphs, sentences, tokens) → `extract` (dates, figures, names) →
//! `claims`; the corpus-level stages (`resolve`, `compare`) work on all articles.
//!
//! This module holds only the shared vocabulary (spans, tokens, the article
//! itself). Each stage owns the types it produces in its own module.

use serde::Serialize;

/// A half-open byte range `[start, end)` into an article's decoded text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The text this span covers. Panics only on a span that does not fall on
    /// char boundaries, which the stages never produce.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters, possibly hyphenated (`anak-anak`, `Wonsan-Kalma`, `ke-3`).
    Word,
    /// Digits with Indonesian separators, dates, times, percentages,
    /// currency-prefixed amounts (`10.000`, `13/7/2025`, `07.30`, `40%`, `Rp5.000`).
    Number,
    /// Punctuation (`.`, `,`, `"`, `(`, `—`, `...`).
    Punct,
    /// Other symbols (`%` alone, `$`, `+`, `@`, emoji).
    Symbol,
    /// URLs, e-mail addresses, @handles, #hashtags.
    Url,
}

/// One token: a byte span into the article text, its kind, and the span of its
/// stem when a clitic (`-nya`, `-lah`, `-kah`, `-pun`, `ku-`, `kau-`) is attached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The classes of its bytes, written by the tokenizer (which reads every
    /// byte anyway) so that later stages know a word's case and shape
    /// without reading it again: see `token::class` (a hand-made token
    /// computes it with `token::class::of`).
    pub class: u16,
    /// The token minus its clitics; equal to `start..end` when it has none.
    pub stem_start: usize,
    pub stem_end: usize,
}

impl Token {
    pub const fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    pub const fn stem(&self) -> Span {
        Span::new(self.stem_start, self.stem_end)
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub const fn has_clitic(&self) -> bool {
        self.stem_start != self.start || self.stem_end != self.end
    }
}

/// A sentence: its byte span and the range of indices into `Article::tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: std::ops::Range<usize>,
}

/// A borrowed view of one segmented article, handed to the extractors.
#[derive(Clone, Copy, Debug)]
pub struct Doc<'a> {
    /// The analysis text: the article text with boilerplate blanked out
    /// (every removed byte replaced by an ASCII space, so offsets are unchanged).
    pub text: &'a str,
    pub paragraphs: &'a [Span],
    pub sentences: &'a [Sentence],
    pub tokens: &'a [Token],
}

impl<'a> Doc<'a> {
    pub fn sentence_tokens(&self, s: &Sentence) -> &'a [Token] {
        &self.tokens[s.tokens.clone()]
    }
}

/// An analyzed article. Spans index into `text`.
#[derive(Clone, Debug)]
pub struct Article {
    /// The path as the user named it (folders joined with the file name), or `-`.
    pub path: String,
    /// The decoded text (BOM removed); every span indexes into it.
    pub text: String,
    /// The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
    /// `text` with boilerplate blanked out: what the analysis stages read.
    pub clean: String,
    pub boilerplate: Vec<crate::clean::Boilerplate>,
    pub header: crate::header::Header,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub dates: Vec<crate::extract::date::DateMention>,
    pub figures: Vec<crate::extract::figure::Figure>,
    pub names: Vec<crate::extract::names::Entity>,
    /// Shared (`Arc`) with the statements that compare them: never copied.
    pub claims: Vec<std::sync::Arc<crate::claims::Claim>>,
}

impl Article {
    /// An article with no boilerplate, no head and no mentions yet: `text`
    /// segmented by the pipeline's tokenizer. For tests and tools that fill
    /// the mentions themselves.
    pub fn segmented(path: &str, text: &str) -> Article {
        let seg = crate::token::segment(text);
        Article {
            path: path.into(),
            text: text.into(),
            encoding: "UTF-8",
            clean: text.into(),
            boilerplate: Vec::new(),
            header: Default::default(),
            paragraphs: seg.paragraphs,
            sentences: seg.sentences,
            tokens: seg.tokens,
            dates: Vec::new(),
            figures: Vec::new(),
            names: Vec::new(),
            claims: Vec::new(),
        }
    }

    pub fn doc(&self) -> Doc<'_> {
        Doc {
            text: &self.clean,
            paragraphs: &self.paragraphs,
            sentences: &self.sentences,
            tokens: &self.tokens,
        }
    }
    /// 1-based line and column (in chars) of a byte offset, for `path:line:col` messages.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }
}

/// A file that could not be analyzed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

/// Serializes numbers the way people write them: an integral value as an
/// integer (`11000`, not `11000.0`), anything else as a float. Used with
/// `#[serde(serialize_with = …)]` on the figure fields.
pub mod number {
    use serde::Serializer;

    /// Largest magnitude below which every integral f64 is exact as an i64.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    pub fn one<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
        if x.fract() == 0.0 && x.abs() < EXACT {
            s.serialize_i64(*x as i64)
        } else {
            s.serialize_f64(*x)
        }
    }

    pub fn opt<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match x {
            Some(x) => one(x, s),
            None => s.serialize_none(),
        }
    }

    pub fn opt_pair<S: Serializer>(x: &Option<[f64; 2]>, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        match x {
            Some([a, b]) => {
                let mut t = s.serialize_tuple(2)?;
                t.serialize_element(&Num(*a))?;
                t.serialize_element(&Num(*b))?;
                t.end()
            }
            None => s.serialize_none(),
        }
    }

    struct Num(f64);

    impl serde::Serialize for Num {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            one(&self.0, s)
        }
    }

    #[cfg(test)]
    mod tests {
        #[derive(serde::Serialize)]
        struct T {
            #[serde(serialize_with = "super::opt")]
            a: Option<f64>,
            #[serde(serialize_with = "super::opt_pair")]
            b: Option<[f64; 2]>,
        }

        #[test]
        fn integral_values_print_as_integers() {
            let cases = [
                (Some(11000.0), Some([2.0, 1.0]), r#"{"a":11000,"b":[2,1]}"#),
                (Some(1.5), None, r#"{"a":1.5,"b":null}"#),
                (Some(-5.0), None, r#"{"a":-5,"b":null}"#),
                (Some(1e300), None, r#"{"a":1e+300,"b":null}"#),
                (None, None, r#"{"a":null,"b":null}"#),
            ];
            for (a, b, want) in cases {
                assert_eq!(serde_json::to_string(&T { a, b }).unwrap(), want);
            }
        }
    }
}
