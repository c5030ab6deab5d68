//! Builds the claim of each figure or date: finds its clause, what it counts
//! (the noun after it, past classifiers; else the head noun before it), the
//! nearest event, its role in a change, the actors, hedge and attribution.

use super::attribution::{self, Attribution, Context};
use super::tokens::Tokens;
use super::words::{Cue, Hit, WORDS, kind};
use super::{Claim, Mention, measure_of, scope};
use crate::extract::names::{Entity, EntityKind};
use crate::model::{Article, Span, TokenKind};
use predicate::Pred;
use std::sync::Arc;

mod anaphora;
mod breakdown;
mod market;
mod modality;
mod predicate;

/// The claims of an article's mentions (sorted by start), each shared
/// (`Arc`) as the article keeps it: a claim is moved into its `Arc` once,
/// when made, not copied again at the end (the breakdowns edit the
/// still-unshared claims in place).
pub(super) fn claims(
    article: &Article,
    mentions: &[Mention],
    names: &[&Entity],
) -> Vec<Arc<Claim>> {
    if mentions.is_empty() {
        return Vec::new();
    }
    let text = article.clean.as_str();
    let lower = text.to_ascii_lowercase();
    let sentences: Vec<Span> = article.sentences.iter().map(|s| s.span).collect();
    // Only the sentences of the mentions are read (most sentences have none),
    // and their lines for quotations.
    let mut read: Vec<Span> = Vec::new();
    for m in mentions {
        if let Some(sent) = sentence_of(&sentences, m.span())
            && read.last() != Some(&sent)
        {
            read.push(sent);
        }
    }
    let bytes = lower.as_bytes();
    let ranges = scan_ranges(bytes, &read);
    // Room for about one hit per 32 bytes read, so the vector rarely grows.
    let read_bytes: usize = ranges.iter().map(|r| r.end - r.start).sum();
    let mut hits = Vec::with_capacity(read_bytes / 32 + 8);
    for r in &ranges {
        WORDS.scan_into(bytes, r.start, r.end, &mut hits);
    }
    let scanned = Scanned {
        ranges: &ranges,
        hits: &hits,
    };
    let mut spans: Vec<Span> = article.figures.iter().map(|f| f.span()).collect();
    let mut dates: Vec<Span> = article.dates.iter().map(|d| d.span()).collect();
    dates.sort();
    spans.extend(dates.iter().copied());
    spans.sort();
    let cx = Context {
        text,
        lower: &lower,
        tokens: Tokens::new(&article.tokens),
        names,
        mentions: &spans,
        dates: &dates,
    };
    // The mentions that may make a claim, and their sentences (in text
    // order). A date is a claim only with an event of its sentence
    // ([`Look::claim`] returns None when [`Look::event`] finds none, and it
    // looks at the sentence's event hits only): a date in a sentence with
    // no event hit is dropped here, and the attribution cues of a sentence
    // left with no mention are not read.
    let all_mentions = mentions;
    let mut live: Vec<Mention> = Vec::with_capacity(mentions.len());
    let mut kept: Vec<Span> = Vec::with_capacity(read.len());
    for m in mentions {
        let Some(sent) = sentence_of(&sentences, m.span()) else {
            continue;
        };
        let a = hits.partition_point(|h| h.start < sent.start);
        let b = hits.partition_point(|h| h.start < sent.end);
        if matches!(m, Mention::Date(_))
            && !hits[a..b.max(a)].iter().any(|h| h.has(kind::EVENT))
            && !slow_paths()
        {
            continue;
        }
        if kept.last() != Some(&sent) {
            kept.push(sent);
        }
        live.push(*m);
    }
    let mentions = &live[..];
    // Quotations hold to their line: only the lines of the sentences left
    // can hold a mention's or a cue's quotation.
    let quotes = line_quotes(text.as_bytes(), &kept);
    let cues = cues(bytes, &scanned, &quotes, mentions, &kept);
    let attrs = attribution::Finder::new(&cx, &sentences)
        .with_scanned(&scanned)
        .attributions(&cues);
    let mut out = Vec::with_capacity(mentions.len());
    let mut breaks_of: Option<Span> = None;
    let mut breaks = Vec::new();
    // The figures of the claims: a claim's scope is read between its
    // neighbours in the sentence.
    let figs: Vec<Span> = all_mentions
        .iter()
        .filter(|m| matches!(m, Mention::Figure(_)))
        .map(Mention::span)
        .collect();
    let mut frame: Option<scope::Frame> = None;
    let mut antecedent_of: Option<Span> = None;
    let mut antecedent: Option<usize> = None;
    let mut facts = SentFacts::default();
    for m in mentions {
        let span = m.span();
        let Some(sent) = sentence_of(&sentences, span) else {
            continue;
        };
        // The sentence's hits, found once: every look below reads them.
        let a = hits.partition_point(|h| h.start < sent.start);
        let b = hits.partition_point(|h| h.start < sent.end);
        let sent_hits = &hits[a..b.max(a)];
        if breaks_of != Some(sent) {
            breaks_of = Some(sent);
            breaks.clear();
            clause_breaks(text.as_bytes(), sent, &mut breaks);
            frame = None;
            facts = SentFacts::default();
        }
        let mut look = Look {
            cx: &cx,
            hits: sent_hits,
            breaks: &breaks,
            sent,
            facts: &facts,
            referent: None,
        };
        let last = out.last().map(|p: &Arc<Claim>| &**p);
        let prev = last.filter(|p| p.start == sent.start);
        // The claim of this sentence or of the one right before it: the
        // whole a partitive figure is a part of ("… sembilan tersangka
        // ditangkap. Tiga di antaranya …").
        let whole = last.filter(|p| {
            p.start == sent.start
                || (p.end <= sent.start && text[p.end..sent.start].trim().is_empty())
        });
        if matches!(m, Mention::Figure(_)) && look.refers_back(span) {
            let claimed = out
                .last()
                .and_then(|c: &Arc<Claim>| Some((c.start, c.class.as_deref()?)));
            look.referent = anaphora::referent(bytes, &sentences, sent, claimed);
        }
        // "… surplus pada Desember 2025. Nilainya mencapai …": read once per
        // sentence, and only for one that opens with an anaphor.
        if antecedent_of != Some(sent) {
            antecedent_of = Some(sent);
            let claimed = out
                .last()
                .and_then(|c: &Arc<Claim>| Some((c.start, c.class.as_deref()?)));
            antecedent = anaphora::antecedent(bytes, &sentences, sent, claimed);
        }
        if let Some(mut c) = look.claim(m, &attrs, &quotes, [prev, whole], antecedent) {
            // Dates are grouped by their event alone: only figures get a scope.
            let Mention::Figure(figure) = m else {
                out.push(Arc::new(c));
                continue;
            };
            // The sentence's scope candidates are read once, for its first claim.
            let frame = frame.get_or_insert_with(|| {
                let sent_cues: Vec<usize> = look
                    .hits
                    .iter()
                    .filter(|h| h.has(kind::ATTRIBUTION))
                    .map(|h| h.start)
                    .collect();
                let t = article.tokens.partition_point(|t| t.start < sent.start);
                let u = article.tokens.partition_point(|t| t.start < sent.end);
                let d = article.dates.partition_point(|d| d.start < sent.start);
                let e = article.dates.partition_point(|d| d.start < sent.end);
                let n = names.partition_point(|x| x.start < sent.start);
                let o = names.partition_point(|x| x.start < sent.end);
                let f = figs.partition_point(|x| x.start < sent.start);
                let g = figs.partition_point(|x| x.start < sent.end);
                scope::Frame::new(&scope::Input {
                    lower: &lower,
                    sent,
                    tokens: &article.tokens[t..u.max(t)],
                    names: &names[n..o.max(n)],
                    dates: &article.dates[d..e.max(d)],
                    figures: &figs[f..g.max(f)],
                    cues: &sent_cues,
                    text,
                    places: names,
                })
            });
            let k = figs.partition_point(|x| x.start < span.start);
            let seg_start = k
                .checked_sub(1)
                .map(|i| figs[i].end)
                .filter(|&e| e > sent.start && e <= span.start)
                .unwrap_or(sent.start);
            let seg_end = figs[k..]
                .iter()
                .find(|x| x.start >= span.end)
                .map(|x| x.start)
                .filter(|&s| s < sent.end)
                .unwrap_or(sent.end);
            c.scope = frame.scope(
                span,
                look.clause(span),
                Span::new(seg_start, seg_end),
                Some(figure),
            );
            out.push(Arc::new(c));
        }
    }
    // Breakdowns by kind, one sentence at a time.
    let mut a = 0;
    while a < out.len() {
        let b = a + out[a..]
            .iter()
            .take_while(|c| c.start == out[a].start)
            .count();
        if b - a >= 2 {
            breakdown::mark(&lower, names, &mut out[a..b]);
        }
        a = b;
    }
    out
}

/// The ranges to scan for the sentences `read` (in text order): runs of
/// sentences with only blanks between them are one range. No hit starts in a
/// blank (a phrase starts with a letter or a mark), and the hits of a range
/// are those of its parts ([`Words::scan_into`] walks back over the words a
/// hit may start at), so one scan per run finds the same hits as one per
/// sentence, without walking back at every sentence start.
///
/// [`Words::scan_into`]: super::words::Words::scan_into
fn scan_ranges(bytes: &[u8], read: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for s in read {
        match out.last_mut() {
            Some(r)
                if s.start <= r.end
                    || bytes
                        .get(r.end..s.start)
                        .is_some_and(|gap| gap.iter().all(u8::is_ascii_whitespace)) =>
            {
                r.end = r.end.max(s.end);
            }
            _ => out.push(*s),
        }
    }
    out
}

/// The sentence holding the start of `span`.
fn sentence_of(sentences: &[Span], span: Span) -> Option<Span> {
    let i = sentences.partition_point(|s| s.end <= span.start);
    sentences.get(i).filter(|s| s.start <= span.start).copied()
}

/// The quotations of the lines of the sentences `read` (in text order): a
/// quotation never crosses a line, so those of other lines cannot hold a
/// mention.
fn line_quotes(bytes: &[u8], read: &[Span]) -> Vec<Span> {
    let mut quotes = Vec::new();
    // The lines before `covered` (a newline or the text start) are read.
    let mut covered = 0;
    for s in read {
        if s.end <= covered {
            continue;
        }
        let from = match s.start.checked_sub(covered) {
            Some(gap) if gap > 0 => {
                memchr::memrchr(b'\n', &bytes[covered..s.start]).map_or(covered, |i| covered + i)
            }
            _ => covered,
        };
        let to = memchr::memchr(b'\n', &bytes[s.end..]).map_or(bytes.len(), |i| s.end + i);
        attribution::quotes_in(bytes, from, to, &mut quotes);
        covered = to;
    }
    quotes
}

/// The attribution cues a claim may read: those of the mentions' sentences
/// `sentences` (in `hits`), and those next to a quotation around a mention, where
/// [`attribution::speaker`] looks for its speaker. In start order.
fn cues(
    bytes: &[u8],
    scanned: &Scanned,
    quotes: &[Span],
    mentions: &[Mention],
    sentences: &[Span],
) -> Vec<Hit> {
    let is_cue = |h: &Hit| h.has(kind::ATTRIBUTION);
    // Only the cues of `sentences` (sorted, disjoint), walked along the hits.
    let mut k = 0;
    let mut in_sentences = |h: &Hit| {
        while sentences.get(k).is_some_and(|s| s.end <= h.start) {
            k += 1;
        }
        sentences.get(k).is_some_and(|s| s.start <= h.start)
    };
    let mut cues: Vec<Hit> = scanned
        .hits
        .iter()
        .copied()
        .filter(|h| is_cue(h) && in_sentences(h))
        .collect();
    // A cue whose source ends within the gap before the quotation starts at
    // most this far before it.
    let back = attribution::SPEAKER_GAP + attribution::SOURCE_REACH + WORDS.reach() + 1;
    let mut last: Option<Span> = None;
    let mut near = Vec::new();
    for m in mentions {
        let Some(q) = quote_around(quotes, m.span()).filter(|q| last != Some(*q)) else {
            continue;
        };
        last = Some(q);
        scanned.scan_into(bytes, q.start.saturating_sub(back), q.start + 1, &mut near);
        scanned.scan_into(
            bytes,
            q.end,
            q.end + attribution::SPEAKER_GAP + 1,
            &mut near,
        );
    }
    if !near.is_empty() {
        cues.extend(near.into_iter().filter(is_cue));
        cues.sort_by_key(|h| h.start);
        cues.dedup_by_key(|h| h.start);
    }
    cues
}

/// The ranges scanned for the mentions' sentences ([`scan_ranges`]) and
/// their hits: a later scan of a window (around a quotation, back to the
/// last person named) takes the hits of the parts already scanned from
/// here instead of walking those words again.
pub(super) struct Scanned<'a> {
    /// In text order, disjoint.
    pub ranges: &'a [Span],
    /// The hits of `ranges`, by start.
    pub hits: &'a [Hit],
}

impl Scanned<'_> {
    /// The same hits as [`Words::scan_into`] of `from..to` gives: the hits
    /// of a range are those of its parts (a proptest in `words` checks it),
    /// so a part inside a scanned range has that range's hits starting in
    /// it, and only the parts outside are scanned.
    ///
    /// [`Words::scan_into`]: super::words::Words::scan_into
    pub fn scan_into(&self, bytes: &[u8], from: usize, to: usize, out: &mut Vec<Hit>) {
        let to = to.min(bytes.len());
        let mut pos = from;
        let first = self.ranges.partition_point(|r| r.end <= from);
        for r in &self.ranges[first..] {
            if pos >= to || r.start >= to {
                break;
            }
            if pos < r.start {
                WORDS.scan_into(bytes, pos, r.start, out);
                pos = r.start;
            }
            let end = r.end.min(to);
            let a = self.hits.partition_point(|h| h.start < pos);
            let b = self.hits.partition_point(|h| h.start < end);
            out.extend_from_slice(&self.hits[a..b.max(a)]);
            pos = end;
        }
        if pos < to {
            WORDS.scan_into(bytes, pos, to, out);
        }
    }
}

struct Look<'a> {
    cx: &'a Context<'a>,
    /// The hits of the sentence.
    hits: &'a [Hit],
    /// The clause punctuation of the sentence ([`breaks`]).
    breaks: &'a [Span],
    sent: Span,
    /// What the sentence's mentions share, worked out at the first that asks.
    facts: &'a SentFacts,
    /// The class a mid-sentence anaphor or a level phrase before the figure
    /// refers to ([`Look::refers_back`]), read only for such a figure.
    referent: Option<usize>,
}

#[cfg(test)]
thread_local! {
    /// Set by the oracle tests: every shortcut of this module is skipped
    /// and the full reading runs.
    pub(crate) static SLOW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True when the shortcuts are to be skipped (tests only).
#[inline]
fn slow_paths() -> bool {
    #[cfg(test)]
    return SLOW.with(std::cell::Cell::get);
    #[cfg(not(test))]
    false
}

/// Facts of one sentence that every mention of it may read, each worked out
/// once, when a mention first asks for it.
#[derive(Default)]
struct SentFacts {
    /// Whether the sentence holds an estimate verb of `claim_forecast.txt`
    /// anywhere (as bytes, whole word or not): without one no figure of it
    /// is a forecast by estimate ([`modality`]).
    estimate: std::cell::Cell<Option<bool>>,
}

/// Bytes of a time phrase that may stand between the size of a change and
/// "menjadi" ("naik 33,3 persen dalam sepekan menjadi …").
const CHANGE_GAP: usize = 24;

impl Look<'_> {
    fn claim(
        &self,
        m: &Mention,
        attrs: &[Attribution],
        quotes: &[Span],
        [prev, whole]: [Option<&Claim>; 2],
        antecedent: Option<usize>,
    ) -> Option<Claim> {
        let span = m.span();
        // `attrs` is sorted by position: the sentence's slice by binary search.
        let lo = attrs.partition_point(|a| a.at < self.sent.start);
        let hi = attrs.partition_point(|a| a.at < self.sent.end);
        let sent_attrs = &attrs[lo..hi.max(lo)];
        let mut clause = self.clause(span);
        // A date that stands alone in its clause ("…, pada Kamis, …").
        // Its time of day ("sekitar pukul 02.30 WITA") does not count.
        // (Time words are words outside: with at most 3 of those, no need
        // to look them up.)
        let bare_date = matches!(m, Mention::Date(d) if d.kind != "duration") && {
            let outside = self.words_outside(clause, span);
            outside <= 3 || outside - self.time_words(clause, span) <= 3
        };
        // A date's role is read only once it is a claim (most dates are not).
        let first_clause = clause;
        let figure_role = match m {
            Mention::Figure(_) => self.role(span, clause),
            Mention::Date(_) => None,
        };
        // The predicate that gave a figure its class ("9 orang tewas").
        let mut pred = None;
        let mut rank = None;
        let mut part = None;
        let (measure, counted, class, firm, figure, date) = match m {
            Mention::Figure(f) => {
                // A position ("peringkat ke-118") ranks by its rank word.
                rank = f
                    .ordinal
                    .then(|| super::rank_word_before(self.cx.text, span.start))
                    .flatten();
                let (mut counted, mut class, firm, p) = match rank.clone() {
                    Some(w) => (Some(w.clone()), Some(w), true, None),
                    None => self.counted(f, span, clause, figure_role.is_some()),
                };
                pred = p;
                // "X memperoleh 59,1 persen suara, sementara Y memperoleh
                // 40,9 persen": a figure naming nothing counts what the
                // figure before it in the sentence counts, in the same measure.
                // A position is a measure of its own: "22 peringkat" (a
                // climb) counts, "peringkat ke-19" ranks.
                let measure = match rank {
                    Some(_) => "rank".to_string(),
                    None => measure_of(f),
                };
                // "Tiga di antaranya merupakan warga negara Malaysia": a
                // part naming no class of its own counts what the whole
                // before it counts, as a part (never meeting the whole).
                if class.is_none()
                    && rank.is_none()
                    && let Some(end) = self.partitive(span)
                    && let Some(w) = whole.filter(|p| {
                        p.measure == measure && p.figure.as_ref().is_some_and(|f| !f.ordinal)
                    })
                {
                    class.clone_from(&w.class);
                    part = Some(self.partitive_label(end, clause));
                }
                if counted.is_none()
                    && let Some(p) = prev.filter(|p| {
                        p.measure == measure && p.figure.as_ref().is_some_and(|f| !f.ordinal)
                    })
                {
                    counted.clone_from(&p.counted);
                    class.clone_from(&p.class);
                }
                // "Nilainya mencapai US$ 3,25 miliar": the previous sentence's noun.
                if counted.is_none()
                    && class.is_none()
                    && let Some(k) = antecedent
                {
                    class = Some(WORDS.nouns[k].to_string());
                }
                // "…, nilainya Rp 2,1 triliun", "Jawa Barat ada di angka Rp
                // 2,35 juta": what the anaphor or the level phrase refers to,
                // not a modifier's noun of another clause nor "angka".
                if let Some(k) = self.referent
                    && !firm
                {
                    counted = None;
                    class = Some(WORDS.nouns[k].to_string());
                }
                (measure, counted, class, firm, Some(*f), None)
            }
            Mention::Date(d) => {
                // "UMP 2025", "APBN 2025": a year right after an acronym
                // labels the thing (the wage of 2025), it dates no event.
                if self.labels_acronym(d) || self.as_of(span) {
                    return None;
                }
                // "kata Lavrov, Sabtu": the date says when it was said, not what happened.
                if sent_attrs
                    .iter()
                    .any(|a| said_on(self.cx.lower, self.sent_hits(), a, span))
                {
                    return None;
                }
                // "menetapkan status siaga darurat sejak 20 Juli 2023": a
                // clause that is only "sejak" and the date dates the clause
                // before it ("sejak perang dimulai pada …" keeps its own event).
                if self.since_only(clause, span) {
                    let before = self.clause(Span::new(clause.start, clause.start));
                    clause = Span::new(before.start, clause.end);
                } else if self.words_outside(clause, span) <= 2 && clause.end < self.sent.end {
                    // "Pada hari Sabtu, Kim bertemu …": a clause that is only
                    // the date takes the next clause with it.
                    let step = self.cx.text[clause.end..]
                        .chars()
                        .next()
                        .map_or(1, char::len_utf8);
                    let next = (clause.end + step).min(self.sent.end);
                    clause = Span::new(clause.start, self.clause(Span::new(next, next)).end);
                }
                (d.kind.to_string(), None, None, false, None, Some(*d))
            }
        };
        let duration = date.as_ref().is_some_and(|d| d.kind == "duration");
        // A duration tied to its noun ("8 tahun penjara", "pidana penjara
        // selama 12 tahun") is a sentence or term: it counts that noun and
        // takes the clause's event however far ("memvonis Hendra … 8 tahun
        // penjara").
        let term = if duration { self.term(span) } else { None };
        // A figure may take an event close by past a comma; so may a date
        // that stands alone in its clause ("… mengguncang Majene, Sulawesi
        // Barat, pada Kamis (14/8/2025)").
        let near_limit = if date.is_none() || term.is_some() {
            60
        } else if bare_date {
            80
        } else {
            0
        };
        let (mut event, mut verb, at) = self.event(span, clause, date.is_none(), near_limit);
        // A figure whose predicate gave its class has that predicate's event,
        // or none ("4 orang mengalami luka berat" after "korban meninggal").
        if let Some(p) = &pred {
            event = p.event;
            verb = p.event.map(|_| p.words.clone());
        }
        // Otherwise a duration is a claim only as the length of its event
        // ("kunjungan tiga hari", "ditahan selama 20 hari"), not as a time
        // frame ("dalam beberapa bulan terakhir").
        if duration && term.is_none() && !(at.end <= span.start && span.start - at.end <= 8) {
            (event, verb) = (None, None);
        }
        // "Pyongyang mengakui pengiriman pasukan pada April": the date says
        // when it was acknowledged, not when the troops were sent.
        if date.is_some() && !duration && self.reported_nominal(span, at) {
            (event, verb) = (None, None);
        }
        // A size or strength read from the noun before it ("gempa magnitudo
        // 6,2", "kedalaman 10 kilometer") is a property of that thing,
        // whatever verb the clause has ("korban meninggal akibat gempa
        // magnitudo 6,2").
        if measure.starts_with("unit:") && !firm && class.is_some() {
            (event, verb) = (None, None);
        }
        let (counted, class) = match term {
            Some((w, c)) => (Some(w), Some(c)),
            None => (counted, class),
        };
        // "Kecelakaan bus menewaskan 11 orang" counts victims, not buses: an
        // event that implies what it counts beats a noun read before the figure.
        // People named by their role count what happens to them ("menangkap
        // 12 mahasiswa" → tahanan, "aksi diikuti 30.000 buruh" → peserta).
        let role_noun = counted.as_deref().is_some_and(|c| {
            WORDS
                .roles
                .contains(c.split_whitespace().next().unwrap_or(""))
        });
        // "diamankan 2.150 personel gabungan": a count right after a passive
        // verb whose implied class it is not is the verb's agent (the
        // personnel secured the rally), not what the verb did: no event
        // (nor one further off: "diikuti 5.000 orang dan diamankan 2.150 …").
        if date.is_none()
            && firm
            && !role_noun
            && pred.is_none()
            && self.agent_of_passive(span, class.as_deref())
        {
            (event, verb) = (None, None);
        }
        let implied = event.and_then(|e| WORDS.events[e].implies);
        let class = match implied {
            Some(n) if (!firm || role_noun) && measure == "count" => {
                Some(WORDS.nouns[n].to_string())
            }
            _ => class,
        };
        if event.is_none() && (date.is_some() || class.is_none()) {
            return None;
        }
        let class = match (&class, date) {
            (Some(c), None) => self.period_variant(span, c, counted.as_deref()).or(class),
            _ => class,
        };
        let role = match m {
            Mention::Figure(_) => figure_role,
            Mention::Date(_) => self.role(span, first_clause),
        };
        let attribution = self.attribution(span, sent_attrs, attrs, quotes);
        // Only a class read from the head noun before the figure ("harga
        // Pertalite … Rp 10.000") has a named object after it.
        let object = class
            .as_ref()
            .filter(|_| !firm)
            .and_then(|_| self.object(span, clause, role.is_some() || self.subject_led(span)));
        let mut named = self.actors(clause, date.is_some() && !duration, attribution.as_ref());
        // A price or a rate is local to its place; a disaster's counts name
        // their areas loosely (a district in one outlet, a village in another).
        if date.is_none() && (measure == "percent" || measure.starts_with("money:")) {
            named.extend(self.places(span, clause));
        }
        // "inflasi Oktober 2025": a month or weekday is never an actor
        // (each name tested once, before it is copied into both lists).
        named.retain(|(n, _)| !calendar_name(n));
        let object = object.filter(|o| !calendar_name(o));
        // "Brighton harus rela terjerembab di peringkat ke-19": a position
        // is its holder's, the last name before it in its clause; two
        // holders' positions never compare.
        let object = match rank {
            Some(_) => self
                .names_in(clause)
                .take_while(|e| e.end <= span.start)
                .last()
                .map(|e| e.canonical.clone())
                .or(object),
            None => object,
        };
        let mut persons: Vec<String> = named
            .iter()
            .filter(|(_, k)| *k == EntityKind::Person)
            .map(|(n, _)| n.clone())
            .chain(object.iter().cloned())
            .collect();
        persons.sort();
        persons.dedup();
        let mut actors: Vec<String> = named.into_iter().map(|(n, _)| n).collect();
        actors.extend(object);
        actors.sort();
        actors.dedup();
        // A position is someone's ("Indonesia … peringkat ke-118"): with
        // nobody named in its clause, any two tables' ranks would compare.
        if rank.is_some() && actors.is_empty() {
            return None;
        }
        let mut entities: Vec<String> = self
            .names_in(self.sent)
            .map(|e| e.canonical.clone())
            .collect();
        entities.sort();
        entities.dedup();
        Some(Claim {
            text: self.cx.text[self.sent.start..self.sent.end].to_string(),
            start: self.sent.start,
            end: self.sent.end,
            figure: figure.cloned(),
            date: date.cloned(),
            measure,
            counted,
            class,
            event: event.map(|e| WORDS.events[e].label.to_string()),
            verb,
            role,
            part,
            // The old value of a planned change is today's value ("rencana
            // penurunan bunga dari 9 persen menjadi 7 persen").
            modality: match m {
                Mention::Figure(_) if role != Some("from") => self.modality(span, first_clause),
                _ => None,
            },
            additional: self.near(span, clause, 30, kind::ADDITIONAL).is_some(),
            entities,
            actors,
            persons,
            scope: None,
            attribution,
            hedge: self
                .near(span, self.sent, usize::MAX, kind::HEDGE)
                .map(|h| self.cx.lower[h.start..h.end].to_string()),
        })
    }

    /// "korban … bertambah menjadi 19 orang hingga Selasa (16/7/2024)": a
    /// date after an as-of word ("hingga", "per") with a figure before it in
    /// the sentence is the time the count holds at, not an event's date.
    fn as_of(&self, span: Span) -> bool {
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.start < span.start);
        let prev = tokens[..i].iter().rev().find(|t| t.kind == TokenKind::Word);
        let Some(p) = prev.filter(|p| WORDS.as_of.contains(&self.cx.lower[p.start..p.end])) else {
            return false;
        };
        if !self.cx.text[p.end..span.start].trim().is_empty() {
            return false;
        }
        let m = self.cx.mentions;
        // "Hingga Senin sore, tim SAR … mengevakuasi 98 korban …".
        let opens = !self.cx.text[self.sent.start..p.start]
            .chars()
            .any(char::is_alphanumeric);
        if opens {
            let k = m.partition_point(|s| s.start < span.end);
            return m[k..]
                .iter()
                .take_while(|s| s.start < self.sent.end)
                .any(|s| self.cx.dates.binary_search(s).is_err());
        }
        m[..m.partition_point(|s| s.end <= p.start)]
            .iter()
            .rev()
            .take_while(|s| s.start >= self.sent.start)
            .any(|s| self.cx.dates.binary_search(s).is_err())
    }

    /// The figure refers back to the sentence before: its clause, inside
    /// the sentence, opens with an anaphor and no noun before it may be the
    /// sentence's subject ("Kalau dihitung dengan harga pasaran di Aceh …,
    /// nilainya Rp 2,1 triliun"); or a level phrase naming nothing stands
    /// right before it ("Jawa Barat ada di angka Rp 2,35 juta", not "inflasi
    /// berada di angka 2,5 persen").
    fn refers_back(&self, span: Span) -> bool {
        let tokens = &self.cx.tokens;
        let lower = self.cx.lower;
        let i = tokens.partition_point(|t| t.start < span.start);
        let mut words = tokens[..i]
            .iter()
            .rev()
            .take_while(|t| t.start >= self.sent.start)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &lower[t.start..t.end]);
        let level = words.next() == Some("angka") && words.next() == Some("di");
        if level {
            // Only a place's level ("Jawa Barat ada di angka"): "klausul
            // penjualan … berada di angka €100 juta" names its own thing.
            let at = words.next();
            let at = if matches!(at, Some("ada" | "berada")) {
                words.next()
            } else {
                at
            };
            let end = at.map_or(0, |w| {
                w.as_ptr() as usize - lower.as_ptr() as usize + w.len()
            });
            return self
                .names_in(self.sent)
                .any(|e| e.kind == EntityKind::Place && e.end == end);
        }
        // Only where a modifier's noun of the clause before would be taken
        // (the head noun search crosses the comma): with no noun before, the
        // figure keeps the words before it ("mengatakan, jumlah itu naik 3,4
        // kali lipat"; the anaphor there refers to a count at another place,
        // which the sentence before names and the scope does not carry).
        let clause = self.clause(span);
        let mut nouns = self
            .sent_hits()
            .iter()
            .take_while(|h| h.end <= clause.start)
            .filter(|h| h.has(kind::NOUN))
            .peekable();
        clause.start > self.sent.start
            && nouns.peek().is_some()
            && anaphora::opens(lower.as_bytes(), clause.start, span.start)
            && !nouns.any(|h| self.may_be_subject(h.start))
    }

    /// The figure stands right after a passive event verb ("diamankan",
    /// "dihadiri") that implies a class other than `class`: it is the agent.
    fn agent_of_passive(&self, span: Span, class: Option<&str>) -> bool {
        let Some(h) = self.sent_hits().iter().rev().find(|h| h.end <= span.start) else {
            return false;
        };
        let word = &self.cx.lower[h.start..h.end];
        let implied = WORDS.cues(h).iter().find_map(|c| match c {
            Cue::Event(e) => WORDS.events[*e].implies,
            _ => None,
        });
        word.starts_with("di")
            && self.cx.lower[h.end..span.start].trim().is_empty()
            && implied.is_some_and(|n| class != Some(WORDS.nouns[n]))
    }

    /// The last class noun before the figure in its sentence part whose
    /// phrase opens with the figure's own word `c` followed by more words
    /// ("titik panas" for "102 titik"): (the phrase, its class).
    fn named_before_as(&self, span: Span, c: &str) -> Option<(String, usize)> {
        let from = self.opening(span);
        self.sent_hits()
            .iter()
            .rev()
            .filter(|h| h.start >= from && h.end <= span.start && h.has(kind::NOUN))
            .find_map(|h| {
                let w = &self.cx.lower[h.start..h.end];
                let opens = w.strip_prefix(c).is_some_and(|r| r.starts_with(' '));
                let k = WORDS.cues(h).iter().find_map(|q| match q {
                    Cue::Noun(k) => Some(*k),
                    _ => None,
                })?;
                opens.then(|| (w.to_string(), k))
            })
    }

    /// A bare year right after an all-capital acronym ("UMP 2025", "APBN
    /// 2025", "RAPBN 2026"): part of the thing's name.
    fn labels_acronym(&self, d: &crate::extract::date::DateMention) -> bool {
        if d.text.len() != 4 || !d.text.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.start < d.start);
        let Some(prev) = i.checked_sub(1).and_then(|i| tokens.get(i)) else {
            return false;
        };
        let w = &self.cx.text[prev.start..prev.end];
        prev.kind == TokenKind::Word
            && prev.end < d.start
            && self.cx.text[prev.end..d.start].trim().is_empty()
            && w.len() >= 2
            && w.bytes().all(|b| b.is_ascii_uppercase())
    }

    /// True when a subject predicate ("mencapai", "sebanyak", "sebesar",
    /// "menjadi", "tercatat") stands right before the figure (or opens it)
    /// and the nearest noun before it is not right before that predicate:
    /// "jumlah pengungsi akibat erupsi Gunung … di Kabupaten Flores Timur,
    /// mencapai 4.100 orang" counts the subject, pengungsi, not erupsi.
    fn subject_led(&self, span: Span) -> bool {
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.start < span.start);
        let word = |t: &crate::model::Token| &self.cx.lower[t.start..t.end];
        let opens = tokens
            .get(i)
            .is_some_and(|t| t.end <= span.end && WORDS.subjects.contains(word(t)));
        let pred = if opens {
            i
        } else {
            match i.checked_sub(1).and_then(|j| tokens.get(j).map(|t| (j, t))) {
                Some((j, t)) if t.kind == TokenKind::Word && WORDS.subjects.contains(word(t)) => j,
                _ => return false,
            }
        };
        let at = tokens.get(pred).map_or(span.start, |t| t.start);
        let open = self.opening(span);
        let last_noun = self
            .sent_hits()
            .iter()
            .rev()
            .filter(|h| h.start >= open && h.end <= at)
            .find(|h| h.has(kind::NOUN));
        let Some(n) = last_noun else {
            return false;
        };
        // "Kenaikan harga Pertamax diperkirakan mendorong inflasi bulan Juni
        // sebesar 0,1 persen": a verb after the first noun opens the clause
        // of the last one.
        let first = self
            .sent_hits()
            .iter()
            .find(|h| h.start >= open && h.has(kind::NOUN))
            .map_or(n.start, |h| h.end);
        let verb = tokens[tokens.partition_point(|t| t.start < first)..]
            .iter()
            .take_while(|t| t.end <= n.start)
            .any(|t| verb_like(word(t)));
        if verb {
            return false;
        }
        // More than one token (a word or a comma) between the noun and the
        // predicate: the noun is a modifier's, the subject is further back.
        let a = tokens.partition_point(|t| t.start < n.end);
        pred.saturating_sub(a) > 1
    }

    /// The period variant of a figure's class named in its span of the
    /// sentence ("Secara bulanan terjadi inflasi 0,3% (mtm)" → inflasi
    /// bulanan): the nearest period qualifier, when `class <variant>` is a
    /// class and the counted noun names no period itself.
    fn period_variant(&self, span: Span, class: &str, counted: Option<&str>) -> Option<String> {
        let (open, close) = (self.opening(span), self.closing(span));
        let (_, k) = self
            .sent_hits()
            .iter()
            .filter(|h| h.start >= open && h.end <= close && h.has(kind::PERIOD))
            .filter_map(|h| {
                let k = WORDS.cues(h).iter().find_map(|c| match c {
                    Cue::Period(k) => Some(*k),
                    _ => None,
                })?;
                let d = if h.end <= span.start {
                    span.start - h.end
                } else {
                    h.start.saturating_sub(span.end)
                };
                Some((d, k))
            })
            .min()?;
        let named = |w: &str| {
            WORDS.periods.iter().any(|p| {
                w.split_whitespace()
                    .any(|x| p.split_whitespace().any(|y| x == y))
            }) || w.contains("mtm")
                || w.contains("yoy")
                || w.contains("ytd")
        };
        if counted.is_some_and(named) {
            return None;
        }
        let c = WORDS.noun_class_pair(class, WORDS.periods[k])?;
        Some(WORDS.nouns[c].to_string())
    }

    /// The places of a figure's claim: those after "di", "ke" or "dari" (and
    /// those set off by a comma right after such a place: "di Pasar
    /// Keputran, Surabaya") from the clause-opening word to the end of the
    /// figure's clause. The same price in two markets is two quantities.
    fn places(&self, span: Span, clause: Span) -> Vec<(String, EntityKind)> {
        let within = Span::new(self.opening(span).min(clause.start), clause.end);
        let mut out = Vec::new();
        let mut last_end: Option<usize> = None;
        for e in self.names_in(within) {
            if e.kind != EntityKind::Place {
                continue;
            }
            let before = self.cx.lower[within.start..e.start].trim_end();
            let prep = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| matches!(w, "di" | "ke" | "dari"));
            let apposed =
                last_end.is_some_and(|l| l <= e.start && self.cx.lower[l..e.start].trim() == ",");
            if prep || apposed {
                out.push((e.canonical.clone(), e.kind));
                last_end = Some(e.end);
            }
        }
        out
    }

    /// The hits of the sentence.
    fn sent_hits(&self) -> &[Hit] {
        self.hits
    }

    fn names_in(&self, s: Span) -> impl Iterator<Item = &Entity> {
        let i = self.cx.names.partition_point(|e| e.start < s.start);
        self.cx.names[i..]
            .iter()
            .take_while(move |e| e.end <= s.end)
            .copied()
    }

    /// The clause around a span: bounded by clause punctuation (a comma between
    /// digits is a decimal comma) and by clause-opening words.
    fn clause(&self, span: Span) -> Span {
        // The last break before the span, the first at or after its end.
        let i = self.breaks.partition_point(|b| b.start < span.start);
        let mut start = i
            .checked_sub(1)
            .map_or(self.sent.start, |i| self.breaks[i].end);
        let j = self.breaks.partition_point(|b| b.start < span.end);
        let mut end = self.breaks.get(j).map_or(self.sent.end, |b| b.start);
        for h in self.sent_hits() {
            if !h.has(kind::BREAK) {
                continue;
            }
            if h.start >= start && h.end <= span.start {
                start = h.start;
            } else if h.start >= span.end && h.start < end {
                end = h.start;
            }
        }
        Span::new(start, end.max(start))
    }

    /// The clause opens at "sejak" and holds nothing but the date (a
    /// weekday before it, "Senin, 15 Juli 2024", may stand apart).
    fn since_only(&self, clause: Span, span: Span) -> bool {
        let opens = self.cx.lower.get(clause.start..).is_some_and(|t| {
            t.strip_prefix("sejak")
                .is_some_and(|r| r.starts_with(|c: char| !c.is_alphanumeric()))
        });
        opens
            && clause.start > self.sent.start
            && self.words_outside(Span::new(clause.start, span.start), span) <= 2
            && (self.words_outside(Span::new(span.end, clause.end), span) == 0
                || self
                    .cx
                    .lower
                    .get(span.end..clause.end)
                    .is_some_and(|t| t.trim_start().starts_with("dan ")))
    }

    /// The time-of-day words of the clause outside the span ("sekitar pukul
    /// 02.30 WITA", "dini hari").
    fn time_words(&self, clause: Span, span: Span) -> usize {
        self.outside(clause, span)
            .filter(|t| WORDS.time_words.contains(&self.cx.lower[t.start..t.end]))
            .count()
    }

    fn words_outside(&self, clause: Span, span: Span) -> usize {
        self.outside(clause, span).count()
    }

    /// The word tokens of `clause` outside `span`.
    fn outside(&self, clause: Span, span: Span) -> impl Iterator<Item = &crate::model::Token> {
        self.cx
            .tokens
            .iter()
            .skip(self.cx.tokens.partition_point(|t| t.start < clause.start))
            .take_while(move |t| t.end <= clause.end)
            .filter(move |t| t.kind == TokenKind::Word && !span.contains(&t.span()))
    }

    /// What a figure counts: (as written, class label, whether it was read
    /// after the figure or given by the figure extractor). A figure with a
    /// role in a change (`change`) counts the subject of the change.
    fn counted(
        &self,
        f: &crate::extract::figure::Figure,
        span: Span,
        clause: Span,
        change: bool,
    ) -> (Option<String>, Option<String>, bool, Option<Pred>) {
        let label = |c: usize| Some(WORDS.nouns[c].to_string());
        let own = f.counted.as_deref().map(str::to_lowercase);
        // "sepuluh di antaranya pelajar": a part of a quantity named before,
        // counting what follows the marker (if anything), never that quantity.
        if let Some(end) = self.partitive(span) {
            if let Some(p) = self.predicate_at(end, clause.end) {
                return (Some(p.words.clone()), label(p.class), true, Some(p));
            }
            // Counting nothing named, it still names the marker: it does not
            // take what the figure before it counts.
            let marker = self.cx.lower[span.end..end].trim().to_string();
            let (w, c) = self
                .counted_after(Span::new(end, end), clause, true)
                .unwrap_or((Some(marker), None));
            return (w, c, true, None);
        }
        // A generic counter or noun takes the class of its predicate ("9
        // orang tewas", "3.200 warga mengungsi", "13 korban … mengalami luka
        // berat", "Jumlah warga yang mengungsi … menjadi 4.100 jiwa").
        // A bare figure's counter is the word after it ("119 lainnya").
        let next_word = || {
            let t = &self.cx.tokens;
            let t = t.get(t.partition_point(|t| t.start < span.end))?;
            (t.start < clause.end).then(|| &self.cx.lower[t.start..t.end])
        };
        let first = match own.as_deref() {
            Some(c) => c.split_whitespace().next().unwrap_or(""),
            None => next_word()
                .filter(|w| WORDS.counters.contains(w))
                .unwrap_or(""),
        };
        if f.currency.is_none() && f.unit.is_none() {
            let predicate = if WORDS.classifiers.contains(first)
                || WORDS.counters.contains(first)
                || WORDS.roles.contains(first)
            {
                self.predicate_at(span.end, clause.end)
                    .or_else(|| self.linked_predicate(span))
                    .or_else(|| self.subject_predicate(span))
            } else if WORDS.generic.contains(first) {
                self.linked_predicate(span)
            } else {
                None
            };
            if let Some(p) = predicate {
                return (Some(p.words.clone()), label(p.class), true, Some(p));
            }
        }
        if let Some(c) = own.as_deref() {
            let first = c.split_whitespace().next().unwrap_or("");
            // A synonym of two words whose second follows the figure ("61
            // penumpang tewas" counts korban, not penumpang).
            // Its second word is the predicate when it is one, with its event.
            let longer = next_word().and_then(|w| WORDS.noun_class_pair(c, w));
            if let Some(k) = longer {
                let mut p = self.predicate_at(span.end, clause.end);
                // "12 korban meninggal dunia": the second word, swallowed by
                // the noun, is still the event ("korban meninggal" → tewas).
                let second = next_word().unwrap_or("");
                let event = WORDS
                    .scan(second)
                    .iter()
                    .filter(|h| h.start == 0 && h.end == second.len())
                    .find_map(|h| {
                        WORDS.cues(h).iter().find_map(|c| match c {
                            Cue::Event(e) => Some(*e),
                            _ => None,
                        })
                    });
                if let Some(e) = event {
                    match &mut p {
                        Some(p) if p.event.is_none() => p.event = Some(e),
                        Some(_) => {}
                        None => {
                            p = Some(Pred {
                                words: second.to_string(),
                                class: k,
                                event: Some(e),
                            })
                        }
                    }
                }
                return (Some(c.to_string()), label(k), true, p);
            }
            if let Some(k) = WORDS.noun_class(c).or_else(|| WORDS.noun_class(first)) {
                return (Some(c.to_string()), label(k), true, None);
            }
            // A noun the figure extractor read ("dua kapal") is its own class;
            // a bare classifier ("162 orang") says nothing yet.
            let bare = f
                .classifier
                .as_deref()
                .is_some_and(|k| k.eq_ignore_ascii_case(c))
                || WORDS.classifiers.contains(first);
            // "Jumlah titik panas … berjumlah 102 titik": the figure's word
            // opens a class noun named before it in the sentence.
            if let Some((w, k)) = self.named_before_as(span, c) {
                return (Some(w), label(k), true, None);
            }
            if !bare && f.currency.is_none() {
                return (Some(c.to_string()), Some(c.to_string()), true, None);
            }
        }
        let money = f.currency.is_some() || f.unit.is_some();
        // "826 orang mengalami …": the figure already holds its counter.
        let counter = own.as_deref().is_some_and(|c| {
            WORDS
                .classifiers
                .contains(c.split_whitespace().next().unwrap_or(""))
        });
        let after = || {
            self.counted_after(span, clause, counter)
                .map(|(w, c)| (w, c, true, None))
        };
        let subject = change || self.subject_led(span);
        let before = || {
            self.head_before(span, clause, subject)
                .map(|(w, c, _)| (Some(w), label(c), false, None))
        };
        let found = if money {
            before().or_else(after)
        } else {
            after().or_else(before)
        };
        match found {
            Some(x) => x,
            None => {
                // "18.000 warga masih mengungsi": a counter alone lets the event decide.
                let firm = own.as_deref().is_some_and(|o| {
                    !WORDS
                        .classifiers
                        .contains(o.split_whitespace().next().unwrap_or(""))
                });
                (
                    own.clone(),
                    own.or_else(|| self.words_before(span, clause)),
                    firm,
                    None,
                )
            }
        }
    }

    /// The noun right after the figure, past classifiers ("butir", "orang").
    fn counted_after(
        &self,
        span: Span,
        clause: Span,
        counter: bool,
    ) -> Option<(Option<String>, Option<String>)> {
        let tokens = &self.cx.tokens;
        let mut pos = span.end;
        let mut classified = counter;
        for _ in 0..3 {
            let t = tokens.get(tokens.partition_point(|t| t.start < pos))?;
            if t.start >= clause.end || t.kind != TokenKind::Word {
                return None;
            }
            let hit = self.sent_hits().iter().find(|h| h.start == t.start);
            if let Some(h) = hit {
                let cues = WORDS.cues(h);
                let w = self.cx.lower[h.start..h.end].to_string();
                if let Some(c) = cues.iter().find_map(|c| match c {
                    Cue::Noun(c) => Some(*c),
                    _ => None,
                }) {
                    return Some((Some(w), Some(WORDS.nouns[c].to_string())));
                }
                if cues.contains(&Cue::Classifier) {
                    pos = h.end;
                    classified = true;
                    continue;
                }
                return None;
            }
            let w = &self.cx.lower[t.start..t.end];
            let capital = self.cx.text[t.start..].starts_with(char::is_uppercase);
            // "826 orang mengalami luka-luka": after a counter comes the
            // predicate, not a noun.
            if WORDS.stopwords.contains(w) || capital || classified && verb_like(w) {
                return None;
            }
            let stem = w.strip_suffix("nya").filter(|s| s.len() > 2).unwrap_or(w);
            return Some((Some(w.to_string()), Some(stem.to_string())));
        }
        None
    }

    /// The head noun of the noun phrase before the figure ("jumlah penumpang
    /// pesawat … sebanyak 162" → penumpang; "harga Pertalite naik menjadi" → harga).
    /// With `subject`, the first noun instead ("Jumlah korban meninggal akibat
    /// gempa … bertambah menjadi 46 orang" → korban).
    fn head_before(
        &self,
        span: Span,
        clause: Span,
        subject: bool,
    ) -> Option<(String, usize, usize)> {
        // "Harga Pertalite tidak berubah, yakni Rp 10.000": the head may sit
        // before a comma when the figure's own clause names none.
        let sentence = Span::new(self.opening(span), clause.end);
        self.head_in(span, clause, subject)
            .or_else(|| self.head_in(span, sentence, subject))
    }

    fn head_in(&self, span: Span, clause: Span, subject: bool) -> Option<(String, usize, usize)> {
        let nouns: Vec<(&Hit, usize)> = self
            .sent_hits()
            .iter()
            .filter(|h| h.start >= clause.start && h.end <= span.start && h.has(kind::NOUN))
            .filter_map(|h| {
                WORDS.cues(h).iter().find_map(|c| match c {
                    Cue::Noun(k) => Some((h, *k)),
                    _ => None,
                })
            })
            .collect();
        // "korban selamat yang telah dievakuasi tim SAR gabungan berjumlah
        // 120 orang": a noun right after a passive verb is its agent, not
        // the head of the phrase before the figure.
        let agent = |at: usize| {
            let tokens = &self.cx.tokens;
            let i = tokens.partition_point(|t| t.start < at);
            tokens[..i]
                .iter()
                .rev()
                .find(|t| t.kind == TokenKind::Word)
                .is_some_and(|t| {
                    let w = &self.cx.lower[t.start..t.end];
                    w.starts_with("di") && verb_like(w) && t.end < at
                })
        };
        let nouns: Vec<(&Hit, usize)> = if subject {
            nouns
        } else {
            let kept: Vec<(&Hit, usize)> = nouns
                .iter()
                .copied()
                .filter(|(h, _)| !agent(h.start))
                .collect();
            if kept.is_empty() { nouns } else { kept }
        };
        let mut idx = nouns.len().checked_sub(1)?;
        // The subject: the first noun of the clause that no preposition or
        // name holds ("Jumlah pengungsi … mencapai 4.100 orang", not "Dewan
        // Keamanan PBB dengan suara bulat …"); else the nearest noun rules.
        if subject && let Some(&(h, k)) = nouns.iter().find(|(h, _)| self.may_be_subject(h.start)) {
            let (w, k) = self.valued(h, k);
            return Some((w, k, h.end));
        }
        if span.start - nouns[idx].0.end > 80 {
            return None;
        }
        while idx > 0 && self.plain_gap(nouns[idx - 1].0.end, nouns[idx].0.start) {
            idx -= 1;
        }
        let (h, k) = nouns[idx];
        let (w, k) = self.valued(h, k);
        Some((w, k, h.end))
    }

    /// The noun of hit `h` (class `k`), or the value of it when "nilai"
    /// stands before the figure that counts it: "menaksir nilai 1.200
    /// kilogram sabu … mencapai Rp 2,1 triliun" is the value of the sabu
    /// ("nilai sabu", a class of its own when `claim_nouns.txt` names one).
    fn valued(&self, h: &Hit, k: usize) -> (String, usize) {
        let lower = self.cx.lower;
        let w = &lower[h.start..h.end];
        let m = self.cx.mentions;
        let i = m.partition_point(|x| x.start < h.start);
        let before = i
            .checked_sub(1)
            .map(|j| m[j])
            .filter(|x| x.end >= h.end && x.start >= self.sent.start);
        let valued = before.and_then(|x| {
            let head = lower[self.sent.start..x.start].trim_end();
            let last = head.rsplit(|c: char| !c.is_alphanumeric()).next()?;
            matches!(last, "nilai" | "nilainya")
                .then(|| WORDS.noun_class_pair("nilai", w))
                .flatten()
        });
        match valued {
            Some(v) => (format!("nilai {w}"), v),
            None => (w.to_string(), k),
        }
    }

    /// A noun at `at` may head the clause's subject: it is not inside a name
    /// (capitalized past the sentence start: "Tim SAR") and no preposition
    /// makes it a modifier ("dengan suara bulat", "untuk anggaran").
    fn may_be_subject(&self, at: usize) -> bool {
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.start < at);
        let prev = tokens[..i].iter().rev().find(|t| t.kind == TokenKind::Word);
        let capital = self.cx.text[at..].starts_with(char::is_uppercase);
        let opens = !self.cx.text[self.sent.start..at]
            .chars()
            .any(char::is_alphanumeric);
        if capital && !opens {
            return false;
        }
        !prev.is_some_and(|t| {
            matches!(
                &self.cx.lower[t.start..t.end],
                "dengan" | "oleh" | "untuk" | "bagi" | "dari" | "di" | "ke" | "pada" | "terhadap"
            )
        })
    }

    /// True when only content words (no function words, verbs or cues) lie between.
    fn plain_gap(&self, a: usize, b: usize) -> bool {
        let tokens = &self.cx.tokens;
        let first = tokens.partition_point(|t| t.start < a);
        let in_hit = |t: usize| self.sent_hits().iter().any(|h| h.start <= t && t < h.end);
        tokens[first..].iter().take_while(|t| t.end <= b).all(|t| {
            t.kind == TokenKind::Word
                && !WORDS.stopwords.contains(&self.cx.lower[t.start..t.end])
                && !in_hit(t.start)
        })
    }

    /// Up to three content words right before the figure: the topic of a
    /// figure that names no known noun ("rute penerbangan langsung").
    fn words_before(&self, span: Span, clause: Span) -> Option<String> {
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.end <= span.start);
        let mut words: Vec<&str> = Vec::new();
        for t in tokens[..i].iter().rev().take(5) {
            let w = &self.cx.lower[t.start..t.end];
            let capital = self.cx.text[t.start..].starts_with(char::is_uppercase);
            if t.start < clause.start || t.kind != TokenKind::Word || capital || words.len() == 3 {
                break;
            }
            // Qualifiers next to the figure ("sekitar", "sebanyak") are skipped.
            if WORDS.stopwords.contains(w) {
                if words.is_empty() {
                    continue;
                }
                break;
            }
            words.push(w);
        }
        words.reverse();
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// The named thing a price or count is about ("harga BBM jenis Pertalite
    /// naik", "harga Pertamax di Jakarta"): the last run of capitalized words
    /// in the noun phrase after the head noun, which ends at a function word,
    /// a verb or a cue.
    fn object(&self, span: Span, clause: Span, change: bool) -> Option<String> {
        let head_end = self.head_before(span, clause, change)?.2;
        let tokens = &self.cx.tokens;
        let a = tokens.partition_point(|t| t.start < head_end);
        let b = tokens.partition_point(|t| t.end <= span.start);
        let mut best: Option<(usize, usize)> = None;
        let mut run: Option<(usize, usize)> = None;
        for t in tokens.get(a..b).unwrap_or(&[]) {
            let w = &self.cx.lower[t.start..t.end];
            let cue = self
                .sent_hits()
                .iter()
                .any(|h| h.start <= t.start && t.start < h.end);
            if t.kind != TokenKind::Word || cue || WORDS.stopwords.contains(w) {
                break;
            }
            if self.cx.text[t.start..].starts_with(char::is_uppercase) {
                run = Some(run.map_or((t.start, t.end), |(s, _)| (s, t.end)));
                best = run;
            } else {
                run = None;
            }
        }
        let (s, e) = best?;
        let person = self
            .names_in(Span::new(s, e))
            .any(|n| n.kind == EntityKind::Person);
        (!person).then(|| self.cx.text[s..e].to_string())
    }

    /// The nearest event of the clause; a figure may also take one from the
    /// rest of its sentence when it is close. A figure never takes a change
    /// ("bertambah", "naik": they say the value moved), nor an event that
    /// another figure stands between ("637 orang luka-luka dan 15.000 warga
    /// mengungsi": luka-luka is the 637's).
    fn event(
        &self,
        span: Span,
        clause: Span,
        figure: bool,
        near_limit: usize,
    ) -> (Option<usize>, Option<String>, Span) {
        let mut best: Option<(usize, usize, &Hit)> = None;
        let (open, close) = (self.opening(span), self.closing(span));
        for h in self.sent_hits().iter().filter(|h| h.has(kind::EVENT)) {
            let Some(e) = WORDS.cues(h).iter().find_map(|c| match c {
                Cue::Event(e)
                    if !(figure && (WORDS.events[*e].change || WORDS.events[*e].thing)) =>
                {
                    Some(*e)
                }
                _ => None,
            }) else {
                continue;
            };
            let dist = if h.end <= span.start {
                span.start - h.end
            } else {
                h.start.saturating_sub(span.end)
            };
            let inside = clause.start <= h.start && h.end <= clause.end;
            // A date after a list of places ("longsor menimbun permukiman di
            // Desa …, Kecamatan …, Kabupaten …, Jawa Barat, pada Kamis"):
            // the names between do not count as distance.
            let reach = if !figure && !inside && dist > near_limit && near_limit > 0 {
                let (a, b) = if h.end <= span.start {
                    (h.end, span.start)
                } else {
                    (span.end, h.start)
                };
                let named: usize = self
                    .names_in(Span::new(a, b))
                    .map(|e| e.end - e.start)
                    .sum();
                dist.saturating_sub(named)
            } else {
                dist
            };
            // Past a comma, not past a clause-opening word ("…, sementara
            // ribuan warga …" is another clause).
            let near = reach <= near_limit && h.start >= open && h.end <= close;
            if !(inside || near) {
                continue;
            }
            if figure && self.predicate_of_other(span, Span::new(h.start, h.end)) {
                continue;
            }
            // "untuk pengiriman Juni": a futures delivery month ([`market`]).
            if figure && self.delivery_month(Span::new(h.start, h.end)) {
                continue;
            }
            // A date rather dates what happened than a change of a value.
            let change = !figure
                && WORDS
                    .cues(h)
                    .iter()
                    .any(|c| matches!(c, Cue::Event(e) if WORDS.events[*e].change));
            let score = dist + if inside { 0 } else { 1000 } + if change { 2000 } else { 0 };
            if best.is_none_or(|b| score < b.0) {
                best = Some((score, e, h));
            }
        }
        match best {
            Some((_, e, h)) => (
                Some(e),
                Some(self.cx.lower[h.start..h.end].to_string()),
                Span::new(h.start, h.end),
            ),
            None => (None, None, Span::default()),
        }
    }

    /// The label of a part after its partitive marker ending at `end`: its
    /// first words up to the clause end ("untuk pemain malaysia"), else
    /// the marker's words ("di antaranya").
    fn partitive_label(&self, end: usize, clause: Span) -> String {
        let words: Vec<&str> = self.cx.lower[end..clause.end.max(end)]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        if words.is_empty() {
            "di antaranya".to_string()
        } else {
            words.join(" ")
        }
    }

    /// Where the span's clause-opening word (bahwa, sementara, sedangkan …)
    /// starts, else the sentence start.
    fn opening(&self, span: Span) -> usize {
        self.sent_hits()
            .iter()
            .rev()
            .find(|h| h.end <= span.start && h.has(kind::BREAK))
            .map_or(self.sent.start, |h| h.start)
    }

    /// Where the next clause-opening word after the span starts, else the sentence end.
    fn closing(&self, span: Span) -> usize {
        self.sent_hits()
            .iter()
            .find(|h| h.start >= span.end && h.has(kind::BREAK))
            .map_or(self.sent.end, |h| h.start)
    }

    /// True when the event, before our figure, follows another figure
    /// closely: it is that figure's predicate ("637 orang luka-luka dan
    /// 15.000 warga …"). A verb before both figures governs both ("mengirim 2
    /// kapal dan 300 personel").
    /// An active verb opening a coordinated predicate right after "dan" /
    /// "serta", with our figure its object, is ours, not the other figure's
    /// ("menewaskan 6 orang dan melukai 27 pekerja").
    fn predicate_of_other(&self, span: Span, event: Span) -> bool {
        if event.end > span.start {
            return false;
        }
        let lower = self.cx.lower;
        let before = lower[self.sent.start..event.start].trim_end();
        if (before.ends_with(" dan") || before.ends_with(" serta"))
            && lower[event.start..event.end].starts_with("me")
            && span.start - event.end <= 20
        {
            return false;
        }
        let m = self.cx.mentions;
        let i = m.partition_point(|s| s.end <= event.start);
        m[..i].iter().rev().take(2).any(|g| {
            let text = &self.cx.lower[g.start..g.end];
            g.end <= event.start
                && event.start - g.end <= 20
                && g.start >= self.sent.start
                && text.bytes().any(|c| c.is_ascii_digit())
                && self.cx.dates.binary_search(g).is_err()
        })
    }

    /// A duration tied to a noun of a class right after it ("8 tahun
    /// penjara", "6 bulan kurungan") or right before it ("pidana penjara
    /// selama 12 tahun", "hukuman 10 tahun"): (the noun, its class).
    fn term(&self, span: Span) -> Option<(String, String)> {
        let hits = self.sent_hits();
        let noun = |h: &Hit| {
            WORDS.cues(h).iter().find_map(|c| match c {
                Cue::Noun(k) => Some(*k),
                _ => None,
            })
        };
        let gap_ok = |g: &str| {
            g.split_whitespace()
                .all(|w| matches!(w, "selama" | "dengan" | "pidana" | "hukuman"))
                && g.split_whitespace().count() <= 1
        };
        let after = hits.iter().find(|h| h.start >= span.end);
        let before = hits.iter().rev().find(|h| h.end <= span.start);
        for h in [after, before].into_iter().flatten() {
            let gap = if h.start >= span.end {
                &self.cx.lower[span.end..h.start]
            } else {
                &self.cx.lower[h.end..span.start]
            };
            if let Some(k) = noun(h).filter(|_| gap.trim().is_empty() || gap_ok(gap)) {
                return Some((
                    self.cx.lower[h.start..h.end].to_string(),
                    WORDS.nouns[k].to_string(),
                ));
            }
        }
        None
    }

    /// True when the event at `at` is a noun ("pengiriman", "invasi") that is
    /// the object of a verb of saying right before it ("Pyongyang mengakui
    /// secara publik pengiriman pasukan ke Rusia pada April"): the date dates
    /// the saying. Not when a verb follows the noun before the date ("…
    /// mengatakan serangan terjadi pada Senin": a clause of its own).
    fn reported_nominal(&self, span: Span, at: Span) -> bool {
        if at.is_empty() {
            return false;
        }
        let word = &self.cx.lower[at.start..at.end];
        let nominal = !verb_like(word)
            && word.chars().count() >= 5
            && (word.ends_with("an") || word.ends_with("si"));
        if !nominal {
            return false;
        }
        let says = self.sent_hits().iter().any(|h| {
            h.end <= at.start
                && at.start - h.end <= 30
                && h.has(kind::ATTRIBUTION)
                && WORDS
                    .cues(h)
                    .iter()
                    .any(|c| matches!(c, Cue::Attribution { after: false }))
        });
        if !says {
            return false;
        }
        if span.start < at.start {
            return true;
        }
        let between = &self.cx.lower[at.end..span.start];
        !between.split(|c: char| !c.is_alphanumeric()).any(verb_like)
    }

    /// The nearest hit with a cue of a kind in `want` ([`kind`] bits), in
    /// `within`, at most `max` bytes away.
    fn near(&self, span: Span, within: Span, max: usize, want: u16) -> Option<&Hit> {
        self.sent_hits()
            .iter()
            .filter(|h| h.has(want) && within.start <= h.start && h.end <= within.end)
            .map(|h| {
                let d = if h.end <= span.start {
                    span.start - h.end
                } else {
                    h.start.saturating_sub(span.end)
                };
                (d, h)
            })
            .filter(|&(d, _)| d <= max)
            .min_by_key(|&(d, h)| (d, h.start))
            .map(|(_, h)| h)
    }

    /// `from` after "dari" when a "menjadi" follows; `delta` for "naik Rp 2.350 menjadi"
    /// (with at most [`CHANGE_GAP`] bytes of a time phrase before "menjadi").
    fn role(&self, span: Span, clause: Span) -> Option<&'static str> {
        let hits = self.sent_hits();
        let prev = hits
            .iter()
            .rev()
            .find(|h| h.end <= span.start && span.start - h.end <= 2);
        let next = hits
            .iter()
            .find(|h| h.start >= span.end && h.start - span.end <= 2);
        let has = |h: Option<&Hit>, k: u16| h.is_some_and(|h| h.has(k));
        // "naik dari Rp 7.650 menjadi …", "menjadi Rp 13.900 dari sebelumnya Rp 12.950".
        let in_clause =
            |h: &&Hit| h.start >= clause.start.min(self.sent.start) && h.end <= self.sent.end;
        let to_word = hits
            .iter()
            .filter(in_clause)
            .any(|h| h.has(kind::CHANGE_TO));
        if has(prev, kind::CHANGE_FROM) && to_word {
            return Some("from");
        }
        if has(prev, kind::CHANGE_TO) {
            return Some("to");
        }
        // "naik 33,3 persen dalam sepekan menjadi Rp 60.000": a short time
        // phrase may stand between the size of a change and its new value.
        let to_soon = || {
            hits.iter()
                .find(|h| {
                    h.start >= span.end
                        && h.start - span.end <= CHANGE_GAP
                        && h.has(kind::CHANGE_TO)
                })
                .is_some_and(|h| {
                    let gap = &self.cx.lower[span.end..h.start];
                    gap.split_whitespace()
                        .next()
                        .is_some_and(|w| WORDS.change_gap.contains(w))
                        && !gap.contains([',', '.', ';', ':'])
                        && !gap.bytes().any(|b| b.is_ascii_digit())
                })
        };
        let change_next = has(next, kind::CHANGE_TO | kind::CHANGE_FROM) || to_soon();
        let moved = prev.is_some_and(|h| {
            let w = &self.cx.lower[h.start..h.end];
            WORDS.cues(h).iter().any(|c| match c {
                Cue::Event(e) => WORDS.events[*e].change,
                _ => false,
            }) || w == "sebesar"
        }) || self.cx.lower[..span.start].trim_end().ends_with("sebesar");
        // "naik 5,04 dolar AS atau 6,3 persen, menjadi …" ([`market`]).
        (change_next && moved || self.restated_delta(span)).then_some("delta")
    }

    /// The persons of the clause that are not the claim's source, with the
    /// organizations for figures.
    fn actors(
        &self,
        clause: Span,
        dated: bool,
        attr: Option<&Attribution>,
    ) -> Vec<(String, EntityKind)> {
        self.names_in(clause)
            // Figures: who acts (persons, organizations). Dates: who (a
            // meeting of Lavrov and Choe is not one of Choe, Putin and Lavrov);
            // places are left out, as a capital and its country ("Seoul", "Korea Selatan") name one actor.
            .filter(|e| match e.kind {
                EntityKind::Person => true,
                EntityKind::Organization => !dated,
                EntityKind::Place => false,
            })
            .filter(|e| attr.is_none_or(|a| !a.span.overlaps(&e.span()) && a.source != e.canonical))
            // "Rp" of "Rp 500 juta" read as a name is no actor.
            .filter(|e| {
                let m = self.cx.mentions;
                let i = m.partition_point(|s| s.end <= e.start);
                m.get(i).is_none_or(|s| !s.overlaps(&e.span()))
            })
            .map(|e| (e.canonical.clone(), e.kind))
            .collect()
    }

    /// The attribution of a mention: its quotation's speaker, else the nearest
    /// attribution of its sentence.
    fn attribution(
        &self,
        span: Span,
        sent_attrs: &[Attribution],
        all: &[Attribution],
        quotes: &[Span],
    ) -> Option<Attribution> {
        if let Some(q) = quote_around(quotes, span) {
            let a = attribution::speaker(self.cx.text, q, all)
                .or_else(|| sent_attrs.iter().find(|a| !q.contains(&a.span)));
            return a.map(|a| Attribution {
                quote: true,
                ..a.clone()
            });
        }
        sent_attrs
            .iter()
            .filter(|a| quote_around(quotes, Span::new(a.at, a.at + 1)).is_none())
            .min_by_key(|a| (a.at.abs_diff(span.start), a.at))
            .map(|a| {
                // "laporan Kementerian Pertahanan … mengungkapkan …, menurut
                // laporan Yonhap": the other source of the sentence relays it.
                let via = sent_attrs
                    .iter()
                    .filter(|b| b.source != a.source)
                    .max_by_key(|b| (b.at.abs_diff(span.start), b.at))
                    .map(|b| b.source.clone());
                Attribution { via, ..a.clone() }
            })
    }
}

/// The clause punctuation of a sentence ([`break_len`]), in order.
fn clause_breaks(bytes: &[u8], sent: Span, out: &mut Vec<Span>) {
    // Bytes, not chars: every break char starts with an ASCII byte or the
    // lead byte 0xE2, which only starts a char. memchr jumps to them.
    let end = sent.end.min(bytes.len());
    let Some(part) = bytes.get(sent.start..end) else {
        return;
    };
    let candidates = memchr::memchr3_iter(b',', b';', b':', part)
        .chain(memchr::memchr3_iter(b'(', b')', b'"', part))
        .chain(memchr::memchr_iter(0xE2, part));
    for i in candidates {
        let i = sent.start + i;
        if let Some(n) = break_len(bytes, i) {
            out.push(Span::new(i, i + n));
        }
    }
    out.sort_unstable_by_key(|b| b.start);
}

/// The length of the clause punctuation starting at byte `i` (`, ; : ( ) —
/// – " “ ”`; a comma between digits is a decimal comma), else None.
fn break_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b',' => (!(i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        .then_some(1),
        b';' | b':' | b'(' | b')' | b'"' => Some(1),
        // — U+2014, – U+2013, “ U+201C, ” U+201D.
        0xE2 => matches!(
            bytes.get(i + 1..i + 3),
            Some([0x80, 0x93 | 0x94 | 0x9C | 0x9D])
        )
        .then_some(3),
        _ => None,
    }
}

/// The quotation containing `span`: quotations are disjoint and sorted, so
/// only the last one starting at or before it can.
fn quote_around(quotes: &[Span], span: Span) -> Option<Span> {
    let i = quotes.partition_point(|q| q.start <= span.start);
    quotes[..i].last().filter(|q| q.contains(&span)).copied()
}

/// True when every word of a name is a month or weekday name or a number
/// ("Oktober", "Oktober 2025", "Rabu").
fn calendar_name(name: &str) -> bool {
    let mut words = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| w.bytes().all(|b| b.is_ascii_digit()) || calendar_word(w))
}

/// True when `w`, lowercased, is a month or weekday name. Short ASCII words
/// (every such name) are lowercased on the stack: this runs for every actor
/// of every claim.
fn calendar_word(w: &str) -> bool {
    let mut buf = [0u8; 16];
    match buf.get_mut(..w.len()) {
        Some(low) if w.is_ascii() => {
            low.copy_from_slice(w.as_bytes());
            low.make_ascii_lowercase();
            std::str::from_utf8(low).is_ok_and(|l| WORDS.calendar.contains(l))
        }
        _ => WORDS.calendar.contains(w.to_lowercase().as_str()),
    }
}

/// A word with a verb prefix ("mengalami", "berhasil", "dikirim",
/// "terjadi"): not a noun counted by a figure, not a noun event.
fn verb_like(w: &str) -> bool {
    w.chars().count() >= 6 && ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p))
}

/// True when a date sits inside an attribution or right after it ("kata
/// Lavrov, Sabtu", "tulis KCNA pada Minggu (13/7/2025)", "ujar Daryono dalam
/// keterangan tertulis, Kamis"): at most a few words and no event between.
fn said_on(lower: &str, hits: &[Hit], a: &Attribution, d: Span) -> bool {
    if a.span.contains(&d) {
        return true;
    }
    if d.start < a.span.end || d.start - a.span.end > 60 {
        return false;
    }
    let gap = &lower[a.span.end..d.start];
    let words = gap
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let event = hits
        .iter()
        .any(|h| a.span.end <= h.start && h.end <= d.start && h.has(kind::EVENT));
    words.count() <= 5 && !event && !gap.contains(['.', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spans of the sentences of `text` whose index `keep` accepts.
    fn kept_sentences(text: &str, keep: impl Fn(usize) -> bool) -> Vec<Span> {
        crate::token::segment(text)
            .sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(_, s)| s.span)
            .collect()
    }

    /// The hits of `read`, scanned one sentence at a time (as first
    /// written) and one run of adjacent sentences at a time.
    fn both_scans(text: &str, keep: impl Fn(usize) -> bool) -> [Vec<Hit>; 2] {
        let lower = text.to_ascii_lowercase();
        let bytes = lower.as_bytes();
        let read = kept_sentences(text, keep);
        let mut slow = Vec::new();
        let mut scanned = 0;
        for s in &read {
            if s.end > scanned {
                WORDS.scan_into(bytes, s.start.max(scanned), s.end, &mut slow);
                scanned = s.end;
            }
        }
        let mut fast = Vec::new();
        for r in scan_ranges(bytes, &read) {
            WORDS.scan_into(bytes, r.start, r.end, &mut fast);
        }
        [fast, slow]
    }

    #[test]
    fn runs_of_sentences_scan_as_their_sentences() {
        let text = "Banjir menewaskan 12 orang, kata BPBD.  Sebanyak 300 warga mengungsi.\n\
                    Menurut BMKG, gempa magnitudo 6,2 terjadi pada Kamis. Harga naik dari \
                    Rp 7.650 menjadi Rp 10.000.\n\n“Kami mengirim 3.000 personel,” ujarnya. \
                    Seperti dilaporkan Antara, korbannya bertambah. Ia mengatakan hal itu.";
        let patterns: [fn(usize) -> bool; 5] = [
            |_| true,
            |i| i % 2 == 0,
            |i| i % 3 != 1,
            |i| i > 2,
            |_| false,
        ];
        for keep in patterns {
            let [fast, slow] = both_scans(text, keep);
            assert_eq!(fast, slow);
        }
        let [fast, _] = both_scans(text, |_| true);
        assert!(fast.len() > 10, "{}", fast.len());
    }

    proptest::proptest! {
        /// A window's hits taken from the scanned ranges where it overlaps
        /// them are the hits of a full scan of the window.
        #[test]
        fn scanned_windows_scan_as_a_full_scan(
            keep in proptest::collection::vec(proptest::bool::ANY, 12),
            from in 0usize..400,
            len in 0usize..300,
        ) {
            let text = "Banjir menewaskan 12 orang, kata BPBD.  Sebanyak 300 warga mengungsi.\n\
                        Menurut BMKG, gempa magnitudo 6,2 terjadi pada Kamis. Harga naik dari \
                        Rp 7.650 menjadi Rp 10.000.\n\n“Kami mengirim 3.000 personel,” ujarnya. \
                        Seperti dilaporkan Antara, korbannya bertambah. Ia mengatakan hal itu.";
            let lower = text.to_ascii_lowercase();
            let bytes = lower.as_bytes();
            let read = kept_sentences(text, |i| keep[i % keep.len()]);
            let ranges = scan_ranges(bytes, &read);
            let mut hits = Vec::new();
            for r in &ranges {
                WORDS.scan_into(bytes, r.start, r.end, &mut hits);
            }
            let scanned = Scanned { ranges: &ranges, hits: &hits };
            let from = from.min(bytes.len());
            let mut fast = Vec::new();
            scanned.scan_into(bytes, from, from + len, &mut fast);
            let mut slow = Vec::new();
            WORDS.scan_into(bytes, from, from + len, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn byte_breaks_are_the_break_chars() {
        // The chars that bound a clause, as chars; `break_len` reads bytes.
        let is_break =
            |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”');
        let text = "a,b;c:d(e)f—g–h\"i“j”k‘l’m…n•o,1,5 é 🙂";
        let bytes = text.as_bytes();
        for (i, c) in text.char_indices() {
            let decimal = c == ',' && text[i + 1..].starts_with('5');
            let want = (is_break(c) && !decimal).then_some(c.len_utf8());
            assert_eq!(break_len(bytes, i), want, "{c:?} at {i}");
        }
    }

    #[test]
    fn calendar_names_in_any_case() {
        let table = [
            ("Oktober", true),
            ("OKTOBER 2025", true),
            ("Rabu", true),
            ("Oktober Rabu", true),
            ("Okt", true),
            ("Oktob", false),
            ("Jakarta", false),
            ("2025", true),
            ("", false),
            ("Ğktober", false),
            ("Septemberseptemberseptember", false),
        ];
        for (name, want) in table {
            assert_eq!(calendar_name(name), want, "{name}");
        }
        // The stack path agrees with plain lowercasing on every calendar name.
        for w in WORDS.calendar.iter() {
            assert!(calendar_word(w) && calendar_word(&w.to_uppercase()), "{w}");
        }
    }

    #[test]
    fn the_quote_around_a_span() {
        let quotes = [Span::new(2, 10), Span::new(12, 20), Span::new(30, 31)];
        let table = [
            ((3, 5), Some(0)),
            ((2, 10), Some(0)),
            ((9, 11), None),
            ((12, 13), Some(1)),
            ((21, 22), None),
            ((30, 31), Some(2)),
            ((0, 1), None),
        ];
        for ((s, e), want) in table {
            assert_eq!(
                quote_around(&quotes, Span::new(s, e)),
                want.map(|i| quotes[i]),
                "{s}..{e}"
            );
        }
    }
}
