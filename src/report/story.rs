//! The story sections of the human reports: the story in a few lines (main
//! event, consensus cast), conflicts, updates over time, agreements, unique
//! claims (with outlet and attribution), per-outlet coverage, timeline, key
//! sentences. Used by the text report (every line fits the given width, 80 or
//! 120 columns; colour on a TTY) and by Markdown.
//!
//! It only formats what [`crate::compare`] computed.

use crate::analyze::Corpus;
use crate::compare::{ClaimGroup, Statement};
use std::collections::HashMap;
use std::io::{self, Write};

const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// At most this many groups per section in the text report.
const MAX_ROWS: usize = 12;

struct Term<'a> {
    out: &'a mut dyn Write,
    color: bool,
    width: usize,
}

impl Term<'_> {
    /// One line, cut to the width (colour added after cutting, so codes never count).
    fn line(&mut self, style: &str, s: &str) -> io::Result<()> {
        let s = clip(s, self.width.max(20));
        if self.color && !style.is_empty() {
            writeln!(self.out, "{style}{s}{RESET}")
        } else {
            writeln!(self.out, "{s}")
        }
    }
    fn heading(&mut self, s: &str) -> io::Result<()> {
        writeln!(self.out)?;
        self.line(BOLD, s)
    }
    /// A long text wrapped to the width under an indent.
    fn wrapped(&mut self, indent: &str, style: &str, s: &str) -> io::Result<()> {
        let room = self
            .width
            .max(20)
            .saturating_sub(indent.chars().count())
            .max(10);
        let mut line = String::new();
        for w in s.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > room {
                self.line(style, &format!("{indent}{line}"))?;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        if !line.is_empty() {
            self.line(style, &format!("{indent}{line}"))?;
        }
        Ok(())
    }
}

/// Cuts a string to `n` characters, marking the cut with "…".
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let cut: String = s.chars().take(n.saturating_sub(1)).collect();
    format!("{cut}…")
}

fn pad(s: &str, n: usize) -> String {
    let s = clip(s, n);
    let len = s.chars().count();
    format!("{s}{}", " ".repeat(n.saturating_sub(len)))
}

/// How the story tables name things: articles by their path below the
/// folder all of them share (the file name survives a narrow column), and
/// long canonical names by their shortest alias when it is an acronym
/// ("Basarnas" for "Badan Nasional Pencarian dan Pertolongan").
struct Names<'a> {
    /// Byte length of the directory prefix every article path shares.
    prefix: usize,
    short: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(corpus: &'a Corpus) -> Names<'a> {
        Names {
            prefix: common_dir(corpus.articles.iter().map(|a| a.path.as_str())),
            short: corpus
                .entities
                .iter()
                .filter(|e| e.canonical.chars().count() > 24)
                .filter_map(|e| {
                    e.aliases
                        .iter()
                        .filter(|a| is_acronym_like(a))
                        .min_by_key(|a| (a.len(), a.as_str()))
                        .map(|a| (e.canonical.as_str(), a.as_str()))
                })
                .collect(),
        }
    }

    fn path<'p>(&self, path: &'p str) -> &'p str {
        path.get(self.prefix..)
            .filter(|p| !p.is_empty())
            .unwrap_or(path)
    }

    fn article(&self, s: &Statement) -> String {
        let path = self.path(&s.article);
        match &s.outlet {
            Some(o) => format!("{path} [{o}]"),
            None => path.to_string(),
        }
    }

    fn entity<'n>(&self, canonical: &'n str) -> &'n str
    where
        'a: 'n,
    {
        self.short.get(canonical).copied().unwrap_or(canonical)
    }

    /// Who a statement is credited to, as shown in the reports.
    fn source(&self, s: &Statement) -> String {
        let c = &s.claim;
        let mut out = match &c.attribution {
            Some(a) if a.quote => format!("“{}” ({})", self.entity(&a.source), a.cue),
            Some(a) => format!("{} ({})", self.entity(&a.source), a.cue),
            None => "unattributed".to_string(),
        };
        if let Some(h) = &c.hedge {
            out.push_str(&format!(", {h}"));
        }
        out
    }
}

/// A short form worth showing instead of a long name: one word, at least
/// two capitals ("Basarnas" has one: it still counts when it is a single
/// capitalized word of at most 10 letters).
fn is_acronym_like(a: &str) -> bool {
    !a.contains(' ') && a.chars().count() <= 10 && a.chars().next().is_some_and(char::is_uppercase)
}

/// The byte length of the longest directory prefix (ending in `/`) that
/// every path shares; 0 for one article or none.
fn common_dir<'p>(mut paths: impl Iterator<Item = &'p str>) -> usize {
    let Some(first) = paths.next() else {
        return 0;
    };
    let mut n = first.rfind('/').map_or(0, |i| i + 1);
    let mut count = 1;
    for p in paths {
        count += 1;
        let same = first
            .bytes()
            .zip(p.bytes())
            .take(n)
            .take_while(|(a, b)| a == b)
            .count();
        n = first[..same].rfind('/').map_or(0, |i| i + 1);
    }
    if count < 2 { 0 } else { n }
}

fn sections(corpus: &Corpus) -> [(&'static str, &'static str, Vec<&ClaimGroup>); 5] {
    let pick =
        |f: &dyn Fn(&ClaimGroup) -> bool| corpus.claims.iter().filter(|g| f(g)).collect::<Vec<_>>();
    [
        (
            "Conflicts",
            RED,
            pick(&|g| {
                g.status == "conflict" && !matches!(g.note, Some("update" | "different_source"))
            }),
        ),
        (
            "Different sources",
            YELLOW,
            pick(&|g| g.note == Some("different_source")),
        ),
        (
            "Updates over time",
            YELLOW,
            pick(&|g| g.note == Some("update")),
        ),
        ("Agreements", GREEN, pick(&|g| g.status == "agree")),
        ("Unique claims", YELLOW, pick(&|g| g.status == "unique")),
    ]
}

/// At most this many cast rows, and names per "names only here" line.
const MAX_CAST: usize = 15;
const MAX_NAMES: usize = 10;

/// "a, b, c (+4 more)".
fn capped(names: &[String], n: usize) -> String {
    let mut s = names.iter().take(n).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > n {
        s.push_str(&format!(" (+{} more)", names.len() - n));
    }
    s
}

/// The entities of the cast table: named by two or more articles (all of
/// them when the corpus has one article), most articles first, as
/// `resolve` sorted them; at most [`MAX_CAST`] rows.
struct Cast<'a> {
    rows: Vec<&'a crate::resolve::CorpusEntity>,
    /// How many entities qualify before the cut.
    total: usize,
    /// The heading's description of who qualifies.
    who: &'static str,
}

fn cast_rows(corpus: &Corpus) -> Cast<'_> {
    let (need, who) = if corpus.articles.len() > 1 {
        (2, "named by two or more articles")
    } else {
        (1, "named")
    };
    let all = corpus.entities.iter().filter(|e| e.articles.len() >= need);
    Cast {
        total: all.clone().count(),
        rows: all.take(MAX_CAST).collect(),
        who,
    }
}

impl Cast<'_> {
    /// "12 named by two or more articles", or "top 15 of 40 named" when cut.
    fn heading(&self) -> String {
        if self.total > self.rows.len() {
            format!("top {} of {} {}", self.rows.len(), self.total, self.who)
        } else {
            format!("{} {}", self.total, self.who)
        }
    }
}

fn kind_name(k: crate::extract::names::EntityKind) -> &'static str {
    use crate::extract::names::EntityKind::*;
    match k {
        Person => "person",
        Place => "place",
        Organization => "org",
    }
}

/// The cast table: entity, type, articles naming it, aliases.
fn cast_text(t: &mut Term, corpus: &Corpus) -> io::Result<()> {
    let cast = cast_rows(corpus);
    if cast.rows.is_empty() {
        return Ok(());
    }
    let n = corpus.articles.len();
    t.heading(&format!("CAST ({})", cast.heading()))?;
    let name_w = if t.width >= 120 { 40 } else { 28 };
    t.line(
        DIM,
        &format!(
            "  {} {} {} aliases",
            pad("entity", name_w),
            pad("type", 6),
            pad("art.", 5)
        ),
    )?;
    for e in cast.rows {
        let aliases = if e.aliases.is_empty() {
            "-".to_string()
        } else {
            e.aliases.join(", ")
        };
        let row = format!(
            "  {} {} {} {aliases}",
            pad(&e.canonical, name_w),
            pad(kind_name(e.kind), 6),
            pad(&format!("{}/{n}", e.articles.len()), 5),
        );
        t.line("", &row)?;
    }
    Ok(())
}

/// Writes the story sections for a terminal.
pub fn text(corpus: &Corpus, color: bool, width: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut t = Term { out, color, width };
    let names = Names::new(corpus);
    let s = &corpus.summary;
    let folder = corpus
        .articles
        .first()
        .map_or("", |a| &a.path[..names.prefix]);
    if folder.is_empty() {
        t.heading(&format!("STORY ({} articles)", corpus.articles.len()))?;
    } else {
        t.heading(&format!(
            "STORY ({} articles in {folder})",
            corpus.articles.len()
        ))?;
    }
    if let Some(m) = &s.main_event {
        let when = m.date.as_deref().unwrap_or("date unknown");
        let place = m
            .place
            .as_deref()
            .map(|p| format!(", {p}"))
            .unwrap_or_default();
        t.wrapped(
            "  ",
            "",
            &format!(
                "Main event: {} — {when}{place} ({})",
                m.topic,
                super::count(m.articles, "article")
            ),
        )?;
    }
    if !s.consensus.is_empty() {
        let cast: Vec<String> = s
            .consensus
            .iter()
            .map(|c| format!("{} ({})", c.canonical, c.articles))
            .collect();
        t.wrapped("  ", "", &format!("Cast: {}", cast.join(", ")))?;
    }
    let c = &s.counts;
    t.line(
        "",
        &format!(
            "  Claims: {} agree, {} conflict ({} updates, {} by source), {} unique",
            c.agree, c.conflict, c.update, c.different_source, c.unique
        ),
    )?;
    cast_text(&mut t, corpus)?;
    let value_w = if width >= 120 { 30 } else { 22 };
    let source_w = if width >= 120 { 40 } else { 26 };
    for (title, style, groups) in sections(corpus) {
        if groups.is_empty() {
            continue;
        }
        t.heading(&format!("{} ({})", title.to_uppercase(), groups.len()))?;
        for g in groups.iter().take(MAX_ROWS) {
            let note = g
                .note
                .map(|n| format!(" [{}]", n.replace('_', " ")))
                .unwrap_or_default();
            t.line(style, &format!("  {}{note}", g.topic))?;
            for st in &g.statements {
                let row = format!(
                    "    {} {} {}",
                    pad(st.claim.mention_text(), value_w),
                    pad(&names.source(st), source_w),
                    names.article(st)
                );
                t.line("", &row)?;
            }
            if let Some(d) = g.detail.as_deref().filter(|_| g.status == "conflict") {
                t.wrapped("    ", DIM, d)?;
            }
        }
        if groups.len() > MAX_ROWS {
            t.line(
                DIM,
                &format!(
                    "  … and {} more (see --format json)",
                    groups.len() - MAX_ROWS
                ),
            )?;
        }
    }
    if !s.outlets.is_empty() {
        t.heading("COVERAGE PER OUTLET")?;
        for o in &s.outlets {
            let name = o
                .outlet
                .as_ref()
                .map_or(names.path(&o.article).to_string(), |n| {
                    format!("{} [{n}]", names.path(&o.article))
                });
            t.line(BOLD, &format!("  {name}"))?;
            if !o.adds.is_empty() {
                t.wrapped("    ", "", &format!("adds: {}", o.adds.join("; ")))?;
            }
            if !o.omits.is_empty() {
                t.wrapped("    ", DIM, &format!("omits: {}", o.omits.join("; ")))?;
            }
            if !o.omits_cast.is_empty() {
                t.wrapped(
                    "    ",
                    DIM,
                    &format!("does not name: {}", o.omits_cast.join(", ")),
                )?;
            }
            if !o.names_only_here.is_empty() {
                t.wrapped(
                    "    ",
                    "",
                    &format!("names only here: {}", capped(&o.names_only_here, MAX_NAMES)),
                )?;
            }
        }
    }
    if !s.timeline.is_empty() {
        t.heading("TIMELINE")?;
        for e in &s.timeline {
            let row = format!(
                "  {} {} ({} art.) {}",
                pad(&e.date, 10),
                e.topic,
                e.articles.len(),
                e.text
            );
            t.line("", &row)?;
        }
    }
    if !s.key_sentences.is_empty() {
        t.heading("KEY SENTENCES")?;
        for (i, k) in s.key_sentences.iter().enumerate() {
            t.wrapped("  ", "", &format!("{}. {}", i + 1, k.text))?;
            t.line(
                DIM,
                &format!(
                    "     — {} ({} articles agree)",
                    names.path(&k.article),
                    k.support
                ),
            )?;
        }
    }
    Ok(())
}

/// A Markdown table cell: no pipes or line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

/// Writes the story sections as Markdown.
pub fn markdown(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    let s = &corpus.summary;
    writeln!(out, "## Story\n")?;
    writeln!(out, "- Articles: {}", corpus.articles.len())?;
    if let Some(m) = &s.main_event {
        let when = m.date.as_deref().unwrap_or("date unknown");
        let place = m.place.as_deref().unwrap_or("place unknown");
        writeln!(
            out,
            "- Main event: {} — {when}, {place} ({})",
            cell(&m.topic),
            super::count(m.articles, "article")
        )?;
    }
    if !s.consensus.is_empty() {
        let cast: Vec<String> = s
            .consensus
            .iter()
            .map(|c| format!("{} ({})", c.canonical, c.articles))
            .collect();
        writeln!(out, "- Cast: {}", cast.join(", "))?;
    }
    let c = &s.counts;
    writeln!(
        out,
        "- Claims: {} agree, {} conflict ({} updates, {} by source), {} unique",
        c.agree, c.conflict, c.update, c.different_source, c.unique
    )?;
    let cast = cast_rows(corpus);
    if !cast.rows.is_empty() {
        writeln!(out, "\n## Cast ({})\n", cast.heading())?;
        writeln!(out, "| Entity | Type | Articles | Mentions | Aliases |")?;
        writeln!(out, "|---|---|--:|--:|---|")?;
        for e in cast.rows {
            writeln!(
                out,
                "| {} | {} | {}/{} | {} | {} |",
                cell(&e.canonical),
                kind_name(e.kind),
                e.articles.len(),
                corpus.articles.len(),
                e.mentions,
                cell(&e.aliases.join(", "))
            )?;
        }
    }
    for (title, _, groups) in sections(corpus) {
        if groups.is_empty() {
            continue;
        }
        writeln!(out, "\n## {title}\n")?;
        writeln!(out, "| Topic | Value | Source | Hedge | Article |")?;
        writeln!(out, "|---|---|---|---|---|")?;
        for g in &groups {
            let note = g
                .note
                .map(|n| format!(" *({})*", n.replace('_', " ")))
                .unwrap_or_default();
            for (i, st) in g.statements.iter().enumerate() {
                let topic = if i == 0 {
                    format!("{}{note}", cell(&g.topic))
                } else {
                    String::new()
                };
                let src = match &st.claim.attribution {
                    Some(a) if a.quote => format!("“{}” ({})", a.source, a.cue),
                    Some(a) => format!("{} ({})", a.source, a.cue),
                    None => "—".into(),
                };
                writeln!(
                    out,
                    "| {topic} | {} | {} | {} | {} |",
                    cell(st.claim.mention_text()),
                    cell(&src),
                    cell(st.claim.hedge.as_deref().unwrap_or("")),
                    cell(&match &st.outlet {
                        Some(o) => format!("{} [{o}]", st.article),
                        None => st.article.clone(),
                    })
                )?;
            }
        }
    }
    if !s.outlets.is_empty() {
        writeln!(out, "\n## Coverage per outlet\n")?;
        writeln!(
            out,
            "| Article | Adds | Omits | Does not name | Names only here |"
        )?;
        writeln!(out, "|---|---|---|---|---|")?;
        for o in &s.outlets {
            let name = o
                .outlet
                .as_ref()
                .map_or(o.article.clone(), |n| format!("{} [{n}]", o.article));
            writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                cell(&name),
                cell(&o.adds.join("; ")),
                cell(&o.omits.join("; ")),
                cell(&o.omits_cast.join(", ")),
                cell(&o.names_only_here.join(", "))
            )?;
        }
    }
    if !s.timeline.is_empty() {
        writeln!(out, "\n## Timeline\n")?;
        writeln!(out, "| Date | Event | Articles | Sentence |")?;
        writeln!(out, "|---|---|---|---|")?;
        for e in &s.timeline {
            writeln!(
                out,
                "| {} | {} | {} | {} |",
                e.date,
                cell(&e.topic),
                e.articles.len(),
                cell(&e.text)
            )?;
        }
    }
    if !s.key_sentences.is_empty() {
        writeln!(out, "\n## Key sentences\n")?;
        for k in &s.key_sentences {
            writeln!(
                out,
                "1. {} — *{}* ({} articles agree)",
                k.text.trim(),
                k.article,
                k.support
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::testing::article;

    fn corpus() -> Corpus {
        let articles = vec![
            article("a.txt", "Pejabat Barat percaya Korea Utara telah mengirim sekitar 11.000 pasukan ke Rusia dalam setahun terakhir untuk berperang melawan Ukraina di garis depan.")
                .count("sekitar 11.000", 11000.0, Some("about"))
                .place("Korea Utara", "Korea Utara")
                .build(),
            article("b.txt", "Korea Utara telah mengirim 50.000 tentara | ke Rusia, kata seorang pejabat.")
                .count("50.000", 50000.0, None)
                .build(),
            article("c.txt", "Korea Utara telah mengirim 11.000 tentara ke Rusia.")
                .count("11.000", 11000.0, None)
                .build(),
        ];
        let (claims, summary) = crate::compare::compare(&articles);
        Corpus {
            articles,
            claims,
            summary,
            ..Corpus::default()
        }
    }

    #[test]
    fn text_fits_the_width_and_colours_only_on_request() {
        let c = corpus();
        for width in [80, 120] {
            let mut out = Vec::new();
            text(&c, false, width, &mut out).unwrap();
            let s = String::from_utf8(out).unwrap();
            assert!(s.contains("CONFLICTS (1)"), "{s}");
            assert!(!s.contains('\x1b'));
            for line in s.lines() {
                assert!(line.chars().count() <= width, "{line:?}");
            }
        }
        let mut out = Vec::new();
        text(&c, true, 80, &mut out).unwrap();
        assert!(String::from_utf8(out).unwrap().contains(RED));
    }

    #[test]
    fn markdown_tables_escape_pipes() {
        let mut out = Vec::new();
        markdown(&corpus(), &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("## Conflicts"), "{s}");
        assert!(s.contains("| Topic | Value | Source | Hedge | Article |"));
        // Every row of a table has as many unescaped pipes as its header.
        let mut want = None;
        for line in s.lines() {
            if !line.starts_with('|') {
                want = None;
                continue;
            }
            let n = line.replace("\\|", "").matches('|').count();
            assert_eq!(*want.get_or_insert(n), n, "{line}");
        }
    }

    #[test]
    fn articles_are_named_below_the_folder_they_share() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["kasus/sidang/01-kompas.txt", "kasus/sidang/02-detik.txt"],
                "kasus/sidang/",
            ),
            (&["pemilu/jabar/a.txt", "pemilu/jatim/b.txt"], "pemilu/"),
            (&["banjir/a.txt"], ""),
            (&["a.txt", "b.txt"], ""),
            (&["berita/a.txt", "berita-lain/b.txt"], ""),
        ];
        for (paths, want) in cases {
            let n = common_dir(paths.iter().copied());
            assert_eq!(&paths[0][..n], *want, "{paths:?}");
        }
    }

    #[test]
    fn long_names_show_their_acronym_in_tables() {
        let mut c = corpus();
        c.articles[0].path = "gempa/a.txt".into();
        c.articles[1].path = "gempa/b.txt".into();
        c.articles[2].path = "gempa/c.txt".into();
        c.entities = vec![crate::resolve::CorpusEntity {
            kind: crate::extract::names::EntityKind::Organization,
            canonical: "Badan Meteorologi, Klimatologi, dan Geofisika".into(),
            aliases: vec!["BMKG".into(), "Badan Meteorologi".into()],
            articles: vec!["gempa/a.txt".into()],
            mentions: 2,
            typos: vec![],
            roles: vec![],
        }];
        let names = Names::new(&c);
        assert_eq!(
            names.entity("Badan Meteorologi, Klimatologi, dan Geofisika"),
            "BMKG"
        );
        assert_eq!(names.entity("Korea Utara"), "Korea Utara");
        assert_eq!(names.path("gempa/b.txt"), "b.txt");
    }

    #[test]
    fn the_cast_heading_says_who_qualifies_and_where_the_table_stops() {
        let entity = |name: &str, paths: &[&str]| crate::resolve::CorpusEntity {
            kind: crate::extract::names::EntityKind::Place,
            canonical: name.into(),
            aliases: vec![],
            articles: paths.iter().map(|p| p.to_string()).collect(),
            mentions: paths.len(),
            typos: vec![],
            roles: vec![],
        };
        let mut c = corpus();
        c.entities = vec![
            entity("Korea Utara", &["a.txt", "b.txt", "c.txt"]),
            entity("Rusia", &["a.txt", "c.txt"]),
            entity("Ukraina", &["a.txt"]),
        ];
        assert_eq!(cast_rows(&c).heading(), "2 named by two or more articles");
        // One article: everything it names is the cast.
        c.articles.truncate(1);
        assert_eq!(cast_rows(&c).heading(), "3 named");
        // More than the table holds: the heading says so.
        c.entities = (0..MAX_CAST + 4)
            .map(|i| entity(&format!("Desa {i}"), &["a.txt"]))
            .collect();
        let cast = cast_rows(&c);
        assert_eq!(cast.rows.len(), MAX_CAST);
        assert_eq!(
            cast.heading(),
            format!("top {MAX_CAST} of {} named", MAX_CAST + 4)
        );
    }
}
