//! The Markdown report (`--format markdown`), for pasting into a document:
//! the same content as the text report — a table of the articles, the
//! boilerplate set aside per article, the files not analyzed, the corpus
//! totals — then the story sections ([`super::story::markdown`]).
//! Cell text is escaped so that `|`, `*`, `_` and the like in titles do not
//! break the tables.

use super::{Totals, human_bytes, shorten};
use crate::analyze::Corpus;
use std::io::{self, Write};

pub fn write(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    let t = Totals::of(corpus);
    writeln!(out, "# Corpus report\n")?;
    writeln!(
        out,
        "{} articles analyzed, {} not analyzed; {} in total: {} paragraphs, {} sentences, \
         {} tokens; {} boilerplate spans set aside.\n",
        t.articles,
        t.errors,
        human_bytes(t.bytes),
        t.paragraphs,
        t.sentences,
        t.tokens,
        t.boilerplate
    )?;
    if !corpus.articles.is_empty() {
        writeln!(out, "## Articles\n")?;
        writeln!(
            out,
            "| Article | Title | Outlet | Dateline | Published | Size | Encoding | Paragraphs | Sentences | Tokens | Boilerplate |"
        )?;
        writeln!(out, "|---|---|---|---|---|--:|---|--:|--:|--:|--:|")?;
        for a in &corpus.articles {
            // The dateline place is not an outlet ("Jakarta, Sabtu (1/6/2024) -").
            writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
                code(&a.path),
                cell(super::title(a).unwrap_or("")),
                cell(a.header.outlet.as_deref().unwrap_or("")),
                cell(a.header.dateline.as_deref().unwrap_or("")),
                a.header
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                human_bytes(a.text.len()),
                a.encoding,
                a.paragraphs.len(),
                a.sentences.len(),
                corpus.token_count(a),
                a.boilerplate.len()
            )?;
        }
        writeln!(out)?;
    }
    let with_boilerplate: Vec<_> = corpus
        .articles
        .iter()
        .filter(|a| !a.boilerplate.is_empty())
        .collect();
    if !with_boilerplate.is_empty() {
        writeln!(out, "## Boilerplate set aside\n")?;
        for a in with_boilerplate {
            writeln!(out, "{}\n", code(&a.path))?;
            for b in &a.boilerplate {
                writeln!(
                    out,
                    "- {} (bytes {}–{}): {}",
                    code(&b.marker),
                    b.start,
                    b.end,
                    cell(&shorten(&b.text, 120))
                )?;
            }
            writeln!(out)?;
        }
    }
    if !corpus.errors.is_empty() {
        writeln!(out, "## Not analyzed\n")?;
        for e in &corpus.errors {
            writeln!(out, "- {}: {}", code(&e.path), cell(&e.message))?;
        }
        writeln!(out)?;
    }
    super::story::markdown(corpus, out)
}

/// Inline code that survives backticks in the text.
fn code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    let fence = if s.contains('`') { "``" } else { "`" };
    format!("{fence}{}{fence}", s.replace('|', "\\|"))
}

/// Text safe inside a table cell or list item.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\' | '#' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_escaped() {
        let cases = [
            ("Harga BBM | Pertamina", "Harga BBM \\| Pertamina"),
            ("*Breaking* _news_", "\\*Breaking\\* \\_news\\_"),
            ("baris\nbaru", "baris baru"),
            ("Café résumé", "Café résumé"),
        ];
        for (input, want) in cases {
            assert_eq!(cell(input), want);
        }
        assert_eq!(code("a`b|c"), "``a`b\\|c``");
    }
}
