//! Attribution: on whose authority a sentence speaks ("menurut KCNA", "kata
//! Lavrov", "seperti dilaporkan Yonhap", "Pejabat Barat percaya", "ujarnya"),
//! and quotations, whose content is a claim of the quoted person.
//!
//! It finds the source next to each attribution cue: a person or organization
//! name after the cue (`after` cues) or before it (`before` cues), else a short
//! noun phrase ("intelijen Ukraina", "Pejabat Barat"); pronoun cues ("ujarnya",
//! "katanya", "ia mengatakan") resolve to the last person quoted in the article.
//! It does not judge whether the source is reliable.

use super::tokens::Tokens;
use super::words::{Cue, Hit, WORDS};
use crate::extract::names::{Entity, EntityKind};
use crate::model::{Span, TokenKind};
use serde::Serialize;

/// The source of a claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// The source: a canonical entity name, or the phrase naming it.
    pub source: String,
    /// `person` | `organization` | `place` | null (a phrase such as "Pejabat Barat").
    pub source_type: Option<EntityKind>,
    /// The cue as written, lowercase ("menurut", "seperti dilaporkan", "ujar").
    pub cue: String,
    /// True when the claim is inside a quotation of the source.
    pub quote: bool,
    /// Who relays the source, when the sentence names a second one
    /// ("…, menurut laporan Yonhap"), else null.
    pub via: Option<String>,
    /// Byte offset of the cue in the article.
    #[serde(skip)]
    pub at: usize,
    /// Span from the cue to the end of the source, in the article.
    #[serde(skip)]
    pub span: Span,
}

/// The article-wide context the finder reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub tokens: Tokens<'a>,
    /// Sorted by start.
    pub names: &'a [&'a Entity],
    /// Spans of dates and figures, sorted by start: a source phrase stops there.
    pub mentions: &'a [Span],
    /// Spans of dates alone, sorted.
    pub dates: &'a [Span],
}

/// Finds the attributions of an article, in text order. `hits` are the scan
/// hits; `sentences` the sentence spans (a source is looked for in the sentence
/// of its cue, or the paragraph line for a cue right after a quotation).
pub fn find(cx: &Context, hits: &[Hit], sentences: &[Span]) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut last_person: Option<String> = None;
    for h in hits {
        let Some(read) = read(cx, h, sentences) else {
            continue;
        };
        let Some(a) = settle(cx, h, read, || last_person.clone()) else {
            continue;
        };
        if a.source_type == Some(EntityKind::Person) {
            last_person = Some(a.source.clone());
        }
        out.push(a);
    }
    out
}

/// The attributions of some cues only, as [`find`] gives them for the whole
/// article: a pronoun cue ("ujarnya") needs the last person named before it,
/// found by reading the sentences back from it until one names a person
/// (each sentence at most once, the search is remembered).
pub struct Finder<'c, 'a> {
    cx: &'c Context<'a>,
    sentences: &'c [Span],
    /// The person named last before `pos` (cues before `pos` are settled).
    pos: usize,
    person: Option<&'a str>,
    buf: Vec<Hit>,
    /// Hits already found by the caller, reused by the back-scan.
    scanned: Option<&'c super::locate::Scanned<'c>>,
}

impl<'c, 'a> Finder<'c, 'a> {
    pub fn new(cx: &'c Context<'a>, sentences: &'c [Span]) -> Self {
        Finder {
            cx,
            sentences,
            pos: 0,
            person: None,
            buf: Vec::new(),
            scanned: None,
        }
    }

    /// Reads the hits of the ranges the caller scanned from `scanned`
    /// instead of scanning them again (the same hits).
    pub(super) fn with_scanned(mut self, scanned: &'c super::locate::Scanned<'c>) -> Self {
        self.scanned = Some(scanned);
        self
    }

    /// The attributions of `hits` (scan hits in start order, each cue of the
    /// article at most once), in text order.
    pub fn attributions(&mut self, hits: &[Hit]) -> Vec<Attribution> {
        let mut out = Vec::new();
        for h in hits {
            let Some(read) = read(self.cx, h, self.sentences) else {
                continue;
            };
            let cx = self.cx;
            if let Some(a) = settle(cx, h, read, || self.last_person(h.start).map(String::from)) {
                out.push(a);
            }
        }
        out
    }

    /// The person named by the last cue before `p` that names one (a
    /// pronoun cue only repeats the person before it). `p` never decreases.
    fn last_person(&mut self, p: usize) -> Option<&'a str> {
        if p <= self.pos {
            return self.person;
        }
        let lower = self.cx.lower.as_bytes();
        let mut i = self.sentences.partition_point(|s| s.start < p);
        while i > 0 {
            i -= 1;
            let s = self.sentences[i];
            if s.end <= self.pos {
                break;
            }
            let (from, to) = (s.start.max(self.pos), s.end.min(p));
            if from >= to {
                continue;
            }
            self.buf.clear();
            match self.scanned {
                Some(scanned) => scanned.scan_into(lower, from, to, &mut self.buf),
                None => WORDS.scan_into(lower, from, to, &mut self.buf),
            }
            let named = self.buf.iter().rev().find_map(|h| {
                match read(self.cx, h, self.sentences)?.found? {
                    Source::Name(e) if e.kind == EntityKind::Person => Some(e.canonical.as_str()),
                    _ => None,
                }
            });
            if named.is_some() {
                self.person = named;
                break;
            }
        }
        self.pos = p;
        self.person
    }
}

/// A cue as read on its own: the source found next to it, if any.
struct Read<'a> {
    found: Option<Source<'a>>,
    pronoun: bool,
}

/// Reads the source of an attribution cue; None when the hit is no
/// attribution cue or lies in no sentence.
fn read<'a>(cx: &Context<'a>, h: &Hit, sentences: &[Span]) -> Option<Read<'a>> {
    let after = WORDS.cues(h).iter().find_map(|c| match c {
        Cue::Attribution { after } => Some(*after),
        _ => None,
    })?;
    let i = sentences.partition_point(|s| s.end <= h.start);
    let sent = sentences.get(i).filter(|s| s.start <= h.start)?;
    let pronoun = cx.lower[h.start..h.end].ends_with("nya");
    let found = if pronoun {
        None
    } else if after {
        source_after(cx, h.end, line_end(cx.text, h.end, sent.end))
    } else {
        source_before(cx, h.start, sent.start)
    };
    Some(Read { found, pronoun })
}

/// The attribution of a read cue; a pronoun ("ujarnya", "ia") takes the last
/// person named before it (`last_person`, asked only then).
fn settle(
    cx: &Context,
    h: &Hit,
    read: Read,
    last_person: impl FnOnce() -> Option<String>,
) -> Option<Attribution> {
    let Read { found, pronoun } = read;
    let (source, kind, end) = match found {
        Some(Source::Name(e)) => (e.canonical.clone(), Some(e.kind), e.end.max(h.end)),
        Some(Source::Phrase(s, span)) if !is_pronoun(&s) => {
            // "menurut polisi", "panitia mengklaim": a party named by its noun.
            let last = s.rsplit(' ').next().unwrap_or("").to_lowercase();
            let kind = WORDS
                .parties
                .contains(last.as_str())
                .then_some(EntityKind::Organization);
            (s, kind, span.end.max(h.end))
        }
        _ if pronoun || found.is_some() => (last_person()?, Some(EntityKind::Person), h.end),
        _ => return None,
    };
    let start = h.start.min(end);
    Some(Attribution {
        source,
        source_type: kind,
        cue: cx.lower[h.start..h.end].to_string(),
        quote: false,
        via: None,
        at: h.start,
        span: Span::new(start.min(h.start), end),
    })
}

enum Source<'a> {
    Name(&'a Entity),
    Phrase(String, Span),
}

fn is_pronoun(s: &str) -> bool {
    matches!(
        s.to_lowercase().as_str(),
        "ia" | "dia" | "beliau" | "mereka"
    )
}

/// A cue after a closing quotation may be followed by the source on the same
/// line even when the sentence splitter ended the sentence earlier.
fn line_end(text: &str, from: usize, sent_end: usize) -> usize {
    // Only a newline before max(from + 120, sent_end) can change the answer;
    // searching no further keeps a one-line 200 MB article linear.
    let window = floor_boundary(text, (from + 120).max(sent_end).min(text.len()));
    let nl = text[from..window]
        .find('\n')
        .map_or(text.len(), |i| from + i);
    floor_boundary(text, nl.min(from + 120).max(sent_end.min(nl)))
}

/// How far after its cue a source may end: an attribution's span ends at
/// most this far after its cue.
pub const SOURCE_REACH: usize = 90;

/// The source after an `after` cue: the first person or organization within
/// reach (an appositive comma allowed), else a place, else a short phrase.
fn source_after<'a>(cx: &Context<'a>, from: usize, limit: usize) -> Option<Source<'a>> {
    let reach = floor_boundary(cx.text, limit.min(from + SOURCE_REACH));
    let stop = cx.text[from..reach]
        .find(['.', ';', '"', '“', '”', '\n'])
        .map_or(reach, |i| from + i);
    let i = cx.names.partition_point(|e| e.start < from);
    let n = cx.names[i..].iter().take_while(|e| e.end <= stop).count();
    let near = &cx.names[i..i + n];
    // "ujar Kyrylo Budanov, kepala intelijen …": the source is named before
    // the first comma; "menurut kantor berita Korea Utara, KCNA": an
    // apposition after it names the organization the place belongs to.
    let comma = |n: usize| {
        cx.text[from..stop]
            .match_indices(',')
            .nth(n)
            .map_or(stop, |(j, _)| from + j)
    };
    let (first, second) = (comma(0), comma(1));
    let pick = |k: EntityKind, end: usize| near.iter().find(|e| e.kind == k && e.end <= end);
    let best = pick(EntityKind::Person, first)
        .or_else(|| pick(EntityKind::Organization, first))
        .or_else(|| {
            // Only an organization right after the comma is an apposition.
            let e = pick(EntityKind::Organization, second)?;
            // (A name may hold the comma itself: "Badan Meteorologi, Klimatologi, …".)
            let between = cx.text.get(first..e.start)?;
            between.trim_matches([',', ' ']).is_empty().then_some(e)
        })
        // Past the first comma comes the main clause ("Berdasarkan quick
        // count Indikator, Ahmad Luthfi memperoleh …"): its subject is no source.
        .or_else(|| near.iter().find(|e| e.end <= first));
    let phrase = phrase_after(cx, from, stop);
    match (best, phrase) {
        // A phrase that ends in the place ("intelijen Ukraina") says more than the place.
        (Some(e), Some((p, span))) if e.kind == EntityKind::Place && span.end >= e.end => {
            Some(Source::Phrase(p, span))
        }
        (Some(e), _) => Some(Source::Name(e)),
        (None, Some((p, span))) => Some(Source::Phrase(p, span)),
        (None, None) => None,
    }
}

/// The source before a `before` cue: the nearest person (appositions such as
/// "Maria Zakharova, juru bicara Kementerian …, mengatakan" name the person
/// first), else organization, else the phrase right before the cue, else a place.
fn source_before<'a>(cx: &Context<'a>, cue: usize, sent_start: usize) -> Option<Source<'a>> {
    let floor = sent_start.max(floor_boundary(cx.text, cue.saturating_sub(90)));
    let i = cx.names.partition_point(|e| e.end <= cue);
    // Nearest first.
    let n = cx.names[..i]
        .iter()
        .rev()
        .take_while(|e| e.start >= floor)
        .count();
    let near = cx.names[i - n..i].iter().rev();
    // Only names not cut off by a clause end (". ;" or a quote).
    let open = |e: &&Entity| !cx.text[e.end..cue].contains([';', '"', '“', '”']);
    let by = |k: EntityKind| near.clone().find(|e| e.kind == k && open(e)).copied();
    if let Some(e) = by(EntityKind::Person).or_else(|| by(EntityKind::Organization)) {
        return Some(Source::Name(e));
    }
    if let Some((p, span)) = phrase_before(cx, cue, floor) {
        return Some(Source::Phrase(p, span));
    }
    by(EntityKind::Place).map(Source::Name)
}

/// Up to five words after `from`, stopping at punctuation, a mention, or a
/// clause break; leading function words ("laporan", "oleh") are kept only
/// when something follows.
fn phrase_after(cx: &Context, from: usize, stop: usize) -> Option<(String, Span)> {
    let i = cx.tokens.partition_point(|t| t.start < from);
    let mut first = None;
    let mut last = None;
    for t in cx.tokens[i..].iter().take(5) {
        if t.start >= stop || t.kind != TokenKind::Word || in_mention(cx, t.start) {
            break;
        }
        let w = &cx.lower[t.start..t.end];
        if matches!(w, "pada" | "dalam" | "kepada" | "di" | "bahwa" | "dengan") {
            break;
        }
        first.get_or_insert(t.start);
        last = Some(t.end);
    }
    let (s, e) = (first?, last?);
    Some((cx.text[s..e].to_string(), Span::new(s, e)))
}

/// Up to four words right before the cue, stopping at punctuation, a
/// mention, or a function word.
fn phrase_before(cx: &Context, cue: usize, floor: usize) -> Option<(String, Span)> {
    let i = cx.tokens.partition_point(|t| t.end <= cue);
    let mut first = None;
    let mut last = None;
    for t in cx.tokens[..i].iter().rev().take(4) {
        if t.start < floor || t.kind != TokenKind::Word || in_mention(cx, t.start) {
            break;
        }
        let w = &cx.lower[t.start..t.end];
        // "Adapun panitia mengklaim": the opener is not the source.
        if WORDS.stopwords.contains(w) || WORDS.openers.contains(w) {
            break;
        }
        first = Some(t.start);
        last.get_or_insert(t.end);
    }
    let (s, e) = (first?, last?);
    let phrase = &cx.text[s..e];
    // A source phrase names someone: it has a capital ("Pejabat Barat") or
    // ends in a party's noun ("panitia", "polisi"); plain verbs do not.
    let party = WORDS
        .parties
        .contains(cx.lower[s..e].rsplit(' ').next().unwrap_or(""));
    (party || phrase.chars().any(char::is_uppercase)).then(|| (phrase.to_string(), Span::new(s, e)))
}

/// The largest char boundary at or before `i` (clamped to the text).
pub(super) fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(super) fn in_mention(cx: &Context, at: usize) -> bool {
    let i = cx.mentions.partition_point(|m| m.end <= at);
    cx.mentions.get(i).is_some_and(|m| m.start <= at)
}

/// The quotations of a text: spans between straight or curly double quotes,
/// never crossing a line end (an unbalanced quote closes at the line end).
pub fn quotes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    quotes_in(text.as_bytes(), 0, text.len(), &mut out);
    out
}

/// The quotations of `bytes[from..to]`, where `from` is the text start, a line
/// start or a newline and `to` a newline or the text end: a quotation never
/// crosses a line, so the lines of a text can be read apart.
pub fn quotes_in(bytes: &[u8], from: usize, to: usize, out: &mut Vec<Span>) {
    let mut open: Option<usize> = None;
    // Only '"', a newline and the lead byte 0xE2 of the curly quotes
    // (“ = E2 80 9C, ” = E2 80 9D) can matter: memchr jumps to them.
    for i in memchr::memchr3_iter(b'"', b'\n', 0xE2, &bytes[from..to]) {
        let i = from + i;
        let curly = match bytes[i] {
            0xE2 => match bytes.get(i + 1..i + 3) {
                Some([0x80, 0x9C]) => Some(true),
                Some([0x80, 0x9D]) => Some(false),
                _ => continue,
            },
            _ => None,
        };
        match (bytes[i], curly, open) {
            (b'\n', _, Some(s)) => {
                out.push(Span::new(s, i));
                open = None;
            }
            (b'"', _, None) | (_, Some(true), None) => open = Some(i),
            (b'"', _, Some(s)) => {
                out.push(Span::new(s, i + 1));
                open = None;
            }
            (_, Some(false), Some(s)) => {
                out.push(Span::new(s, i + 3));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(s) = open {
        out.push(Span::new(s, to));
    }
}

/// The speaker of a quotation: the attribution whose cue sits right after the
/// closing quote (`," kata Lavrov`) or right before the opening one
/// (`Lavrov mengatakan, "…`), on the same line.
/// `attrs` is sorted by `at`: both sides are found by binary search, so a
/// one-line article with thousands of quotations stays linear.
pub fn speaker<'a>(text: &str, q: Span, attrs: &'a [Attribution]) -> Option<&'a Attribution> {
    let i = attrs.partition_point(|a| a.at < q.end);
    let after = attrs[i..]
        .iter()
        .take_while(|a| a.at <= q.end + SPEAKER_GAP)
        .find(|a| !text[q.end..a.at].contains('\n'));
    let before = || {
        let j = attrs.partition_point(|a| a.at <= q.start);
        attrs[..j]
            .iter()
            .rev()
            // A cue and its source span at most a line of a few names; one
            // that starts further back cannot end next to the quotation.
            .take_while(|a| a.at + MAX_SPAN >= q.start)
            .find(|a| {
                a.span.end <= q.start
                    && a.span.end + SPEAKER_GAP >= q.start
                    && !text[a.span.end..q.start].contains('\n')
            })
    };
    after.or_else(before)
}

/// How far from a quotation its speaker's cue (after it) or source (before
/// it) may be.
pub const SPEAKER_GAP: usize = 12;

/// The longest cue-to-source span [`speaker`] looks back over.
const MAX_SPAN: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_never_cut_a_char() {
        let t = "ujar “Budi” — “é” 🙂";
        for i in 0..=t.len() + 3 {
            assert!(t.is_char_boundary(floor_boundary(t, i)));
        }
        assert!(t.is_char_boundary(line_end(t, 0, 2)));
    }

    /// `speaker` by binary search finds what a scan of every attribution
    /// finds, on a line of many quotations and cues.
    #[test]
    fn speaker_by_search_equals_a_full_scan() {
        let text = "“Kami siap,” kata Budi. Menurut Ani, “harga naik.” “Tidak,” ujar Tono.\n“Baru,” tutur Sari. "
            .repeat(40);
        let quotes = quotes(&text);
        let mut attrs: Vec<Attribution> = ["kata", "Menurut", "ujar", "tutur"]
            .iter()
            .flat_map(|cue| text.match_indices(cue).map(move |(at, c)| (at, c.len())))
            .map(|(at, len)| Attribution {
                source: "X".into(),
                source_type: None,
                cue: text[at..at + len].to_lowercase(),
                quote: false,
                via: None,
                at,
                span: Span::new(at, at + len + 5),
            })
            .collect();
        attrs.sort_by_key(|a| a.at);
        let scan = |q: Span| {
            attrs
                .iter()
                .find(|a| a.at >= q.end && a.at <= q.end + 12 && !text[q.end..a.at].contains('\n'))
                .or_else(|| {
                    attrs.iter().rev().find(|a| {
                        a.span.end <= q.start
                            && a.span.end + SPEAKER_GAP >= q.start
                            && !text[a.span.end..q.start].contains('\n')
                    })
                })
                .map(|a| a.at)
        };
        assert!(quotes.len() > 100);
        let mut found = 0;
        for &q in &quotes {
            let got = speaker(&text, q, &attrs).map(|a| a.at);
            assert_eq!(got, scan(q), "{q:?}");
            found += usize::from(got.is_some());
        }
        assert!(found > 100, "{found}");
    }

    /// `quotes` as first written, char by char.
    fn reference_quotes(text: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut open: Option<usize> = None;
        for (i, c) in text.char_indices() {
            match (c, open) {
                ('\n', Some(s)) => {
                    out.push(Span::new(s, i));
                    open = None;
                }
                ('"', None) | ('“', None) => open = Some(i),
                ('"', Some(s)) | ('”', Some(s)) => {
                    out.push(Span::new(s, i + c.len_utf8()));
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(s) = open {
            out.push(Span::new(s, text.len()));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_quotes_equal_char_quotes(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "\"", "“", "”", "\n", "—", "–", "é", "ab", " ", "\u{2022}",
                ]),
                0..30,
            )
        ) {
            let t = parts.concat();
            proptest::prop_assert_eq!(quotes(&t), reference_quotes(&t));
        }
    }

    #[test]
    fn quotes_pair_straight_and_curly_marks() {
        let t = "Ia berkata \"satu\" dan “dua” lalu \"tiga\nempat";
        let got: Vec<&str> = quotes(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(got, ["\"satu\"", "“dua”", "\"tiga"]);
    }
}

#[cfg(test)]
mod finder_tests {
    use super::*;
    use crate::claims::testing::article;

    /// The lazy finder, asked for the cues of some sentences only, gives what
    /// the whole-article pass gives for them: a pronoun cue takes the person
    /// named sentences before it, past sentences that name none.
    #[test]
    fn finder_equals_the_whole_article_pass() {
        let text = "Banjir merendam 300 rumah, kata Budi Santoso. Air mulai surut. \
                    Menurut BPBD, warga mengungsi. “Kami kirim 20 perahu,” ujarnya. \
                    Hujan reda pada sore hari. Ia mengatakan 12 sekolah libur, tuturnya.";
        let a = article("a.txt", text)
            .person("Budi Santoso", "Budi Santoso")
            .org("BPBD", "BPBD")
            .build();
        let lower = a.clean.to_ascii_lowercase();
        let names: Vec<&crate::extract::names::Entity> = a.names.iter().collect();
        let sentences: Vec<Span> = a.sentences.iter().map(|s| s.span).collect();
        let cx = Context {
            text: &a.clean,
            lower: &lower,
            tokens: Tokens::new(&a.tokens),
            names: &names,
            mentions: &[],
            dates: &[],
        };
        let hits = WORDS.scan(&lower);
        let all = find(&cx, &hits, &sentences);
        assert!(
            all.iter()
                .any(|a| a.cue == "ujarnya" && a.source == "Budi Santoso")
        );
        // Every subset of sentences, read on its own.
        for mask in 0u32..(1 << sentences.len()) {
            let want: Vec<&Attribution> = all
                .iter()
                .filter(|a| {
                    (0..sentences.len()).any(|i| {
                        mask & 1 << i != 0 && sentences[i].start <= a.at && a.at < sentences[i].end
                    })
                })
                .collect();
            let some: Vec<Hit> = hits
                .iter()
                .copied()
                .filter(|h| {
                    (0..sentences.len()).any(|i| {
                        mask & 1 << i != 0
                            && sentences[i].start <= h.start
                            && h.start < sentences[i].end
                    })
                })
                .collect();
            let got = Finder::new(&cx, &sentences).attributions(&some);
            assert_eq!(got.iter().collect::<Vec<_>>(), want, "sentences {mask:b}");
        }
    }
}
