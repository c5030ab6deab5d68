//! The text report for a terminal (`--format text`, the default): per article
//! its title, outlet, dateline, date, size and encoding, counts, and the
//! boilerplate that was set aside; the files that could not be analyzed; the
//! corpus totals; then the story sections ([`super::story::text`]).
//!
//! Every line fits the given width (80 columns by default; long titles, paths
//! and removed text are shortened with `…`). Colour is ANSI and only used
//! when [`Style::color`] is set; the words never depend on it.

use super::{Style, Totals, human_bytes, shorten, shorten_path};
use crate::analyze::Corpus;
use crate::model::Article;
use std::io::{self, Write};

const INDENT: usize = 2;
const LABEL: usize = 11;

/// ANSI styling that is a no-op when colour is off.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn red(self, s: &str) -> String {
        self.wrap("31", s)
    }
    fn yellow(self, s: &str) -> String {
        self.wrap("33", s)
    }
}

pub fn write(corpus: &Corpus, style: Style, out: &mut dyn Write) -> io::Result<()> {
    let p = Paint(style.color);
    let width = style.width.max(40);
    let value_width = width - INDENT - LABEL;
    for a in &corpus.articles {
        article(a, corpus.token_count(a), p, width, value_width, out)?;
    }
    if !corpus.errors.is_empty() {
        writeln!(out, "{}", p.bold(&p.red("Not analyzed")))?;
        for e in &corpus.errors {
            let path = shorten_path(&e.path, width / 2);
            let room = width.saturating_sub(INDENT + path.chars().count() + 2);
            writeln!(
                out,
                "{:INDENT$}{}: {}",
                "",
                p.red(&path),
                shorten(&e.message, room)
            )?;
        }
        writeln!(out)?;
    }
    totals(&Totals::of(corpus), p, out)?;
    super::story::text(corpus, style.color, width, out)
}

fn article(
    a: &Article,
    tokens: usize,
    p: Paint,
    width: usize,
    vw: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "{}", p.bold(&shorten_path(&a.path, width)))?;
    let none = p.dim("-");
    let field = |out: &mut dyn Write, label: &str, value: &str| {
        writeln!(
            out,
            "{:INDENT$}{}{value}",
            "",
            p.dim(&format!("{label:LABEL$}"))
        )
    };
    let title = super::title(a).map(|t| shorten(t, vw));
    field(out, "title", title.as_deref().unwrap_or(&none))?;
    // The dateline place is not an outlet: "Jakarta, Senin (11/3) -" names
    // where the story was filed, not who published it.
    let source = match (&a.header.outlet, &a.header.dateline) {
        (Some(o), Some(d)) => Some(format!("{o} (dateline {d})")),
        (Some(o), None) => Some(o.clone()),
        (None, Some(d)) => Some(format!("unknown (dateline {d})")),
        (None, None) => None,
    };
    let source = source.map(|s| shorten(&s, vw));
    field(out, "outlet", source.as_deref().unwrap_or(&none))?;
    let date = a.header.published.map(|d| d.to_string());
    field(out, "published", date.as_deref().unwrap_or(&none))?;
    field(
        out,
        "size",
        &format!("{}, {}", human_bytes(a.text.len()), a.encoding),
    )?;
    field(
        out,
        "counted",
        &format!(
            "{} paragraphs, {} sentences, {} tokens",
            a.paragraphs.len(),
            a.sentences.len(),
            tokens
        ),
    )?;
    let removed = match a.boilerplate.len() {
        0 => "no boilerplate".to_string(),
        n => super::count(n, "boilerplate span"),
    };
    field(out, "removed", &removed)?;
    for b in &a.boilerplate {
        let marker = shorten(&b.marker, vw / 3);
        let room = vw.saturating_sub(marker.chars().count() + 3);
        writeln!(
            out,
            "{:w$}{} {}",
            "",
            p.yellow(&format!("[{marker}]")),
            shorten(&b.text, room),
            w = INDENT + LABEL
        )?;
    }
    writeln!(out)
}

fn totals(t: &Totals, p: Paint, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", p.bold("Corpus"))?;
    let rows = [
        (
            "articles",
            format!(
                "{} analyzed, {} not analyzed",
                t.articles,
                if t.errors > 0 {
                    p.red(&t.errors.to_string())
                } else {
                    "0".into()
                }
            ),
        ),
        ("size", human_bytes(t.bytes)),
        (
            "counted",
            format!(
                "{} paragraphs, {} sentences, {} tokens",
                t.paragraphs, t.sentences, t.tokens
            ),
        ),
        ("removed", super::count(t.boilerplate, "boilerplate span")),
    ];
    for (label, value) in rows {
        writeln!(
            out,
            "{:INDENT$}{}{value}",
            "",
            p.dim(&format!("{label:LABEL$}"))
        )?;
    }
    writeln!(out)
}
