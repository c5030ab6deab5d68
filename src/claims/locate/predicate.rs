//! What a count's predicate says it counts. A generic counter ("9 orang
//! tewas", "3.200 warga mengungsi", "4.100 warga masih bertahan di
//! pengungsian") or a generic noun ("13 korban … mengalami luka berat") takes
//! the class of its predicate: a noun of a class, or an event that implies
//! one. A partitive figure ("sepuluh di antaranya pelajar") counts what
//! follows the marker, never the whole named before it.
//!
//! It does not read the noun right after a figure in general
//! ([`Look::counted_after`]) nor the head noun before it.

use super::{Look, verb_like};
use crate::claims::words::{Cue, Hit, WORDS, kind};
use crate::model::{Span, TokenKind};

/// A predicate read for a figure.
#[derive(Clone, Debug)]
pub(super) struct Pred {
    /// Its words as written, lowercase ("tewas", "bertahan di pengungsian").
    pub words: String,
    /// The noun class it gives.
    pub class: usize,
    /// Its event, if it is one ("tewas", "mengungsi"; not "luka berat").
    pub event: Option<usize>,
}

/// The class a predicate gives: that of its noun, else the one its event implies.
fn class_of(h: &Hit) -> Option<usize> {
    let cues = WORDS.cues(h);
    cues.iter()
        .find_map(|c| match c {
            Cue::Noun(k) => Some(*k),
            _ => None,
        })
        .or_else(|| {
            cues.iter().find_map(|c| match c {
                Cue::Event(e) => WORDS.events[*e].implies,
                _ => None,
            })
        })
}

impl Look<'_> {
    /// The predicate starting at the first word at or after `pos` (before
    /// `end`), past at most two skip words ("masih", "yang") and link verbs
    /// ("mengalami"): (its words, its class). A noun phrase that starts
    /// before `pos` and holds the word counts too ("orang tewas").
    pub(super) fn predicate_at(&self, pos: usize, end: usize) -> Option<Pred> {
        let tokens = &self.cx.tokens;
        let mut i = tokens.partition_point(|t| t.start < pos);
        let mut skipped = 0;
        // After "yang" comes a relative clause, whose predicate is a verb:
        // "tiga orang yang rumahnya roboh" does not count houses.
        let mut relative = false;
        loop {
            let t = tokens.get(i)?;
            if t.start >= end.min(self.sent.end) || t.kind != TokenKind::Word {
                return None;
            }
            // A capitalized word is a name ("1.000 warga Desa Sukamaju"), not a predicate.
            if self.cx.text[t.start..].starts_with(char::is_uppercase) {
                return None;
            }
            let hit = self
                .sent_hits()
                .iter()
                .find(|h| h.start <= t.start && t.start < h.end);
            if let Some(h) = hit {
                let cues = WORDS.cues(h);
                if cues.contains(&Cue::Link) && skipped < 2 {
                    skipped += 1;
                    i = tokens.partition_point(|t| t.start < h.end);
                    continue;
                }
                let noun = cues.iter().any(|c| matches!(c, Cue::Noun(_)));
                let event = cues.iter().find_map(|c| match c {
                    Cue::Event(e) => Some(*e),
                    _ => None,
                });
                if (h.start == t.start || noun) && (!relative || event.is_some()) {
                    return Some(Pred {
                        words: self.cx.lower[t.start..h.end].to_string(),
                        class: class_of(h)?,
                        event,
                    });
                }
                return None;
            }
            let w = &self.cx.lower[t.start..t.end];
            if skipped < 2 && WORDS.skips.contains(w) {
                relative |= w == "yang";
                skipped += 1;
                i += 1;
                continue;
            }
            return None;
        }
    }

    /// "13 korban kecelakaan bus di Ciater, Kabupaten Subang, mengalami luka
    /// berat": the first link verb after the figure in its sentence, when
    /// only a noun phrase stands between (no verb, no other figure, no
    /// clause-opening word, at most 100 bytes), and its predicate.
    pub(super) fn linked_predicate(&self, span: Span) -> Option<Pred> {
        let h = self
            .sent_hits()
            .iter()
            .find(|h| h.start >= span.end && h.has(kind::LINK))?;
        let m = self.cx.mentions;
        let next = m.get(m.partition_point(|s| s.start < span.end));
        if h.start - span.end > 100
            || h.start > self.closing(span)
            || next.is_some_and(|n| n.start < h.start)
        {
            return None;
        }
        let between = &self.cx.lower[span.end..h.start];
        if between.split(|c: char| !c.is_alphanumeric()).any(verb_like) {
            return None;
        }
        self.predicate_at(h.start, self.sent.end)
    }

    /// "Jumlah warga yang mengungsi … bertambah menjadi 4.100 jiwa": a
    /// counter before the figure in its sentence, followed by "yang" and a
    /// predicate, with no other figure between: the last such predicate.
    pub(super) fn subject_predicate(&self, span: Span) -> Option<Pred> {
        let tokens = &self.cx.tokens;
        let from = self.opening(span);
        let a = tokens.partition_point(|t| t.start < from);
        let b = tokens.partition_point(|t| t.end <= span.start);
        let m = self.cx.mentions;
        let mut best = None;
        for (i, t) in tokens.get(a..b).unwrap_or(&[]).iter().enumerate() {
            let w = &self.cx.lower[t.start..t.end];
            let next = tokens.get(a + i + 1);
            let relative = next.is_some_and(|n| &self.cx.lower[n.start..n.end] == "yang");
            if !relative || !WORDS.classifiers.contains(w) {
                continue;
            }
            // No figure from the counter on: "5 orang yang …" is that figure's.
            let k = m.partition_point(|s| s.end <= t.start);
            if m.get(k).is_some_and(|s| s.start < span.start) {
                continue;
            }
            if let Some(p) = self.predicate_at(t.end, span.start) {
                best = Some(p);
            }
        }
        best
    }

    /// Where the partitive marker right after the figure ends ("sepuluh di
    /// antaranya", "dua orang di antaranya"), else None.
    pub(super) fn partitive(&self, span: Span) -> Option<usize> {
        let h = self.sent_hits().iter().find(|h| {
            h.start >= span.end && !WORDS.cues(h).iter().all(|c| *c == Cue::Classifier)
        })?;
        let gap = self.cx.lower[span.end..h.start].trim();
        let counter = gap.is_empty() || WORDS.classifiers.contains(gap);
        (counter && WORDS.cues(h).contains(&Cue::Partitive) && !self.names_follow(h.end))
            .then_some(h.end)
    }

    /// "tiga cabang diantaranya di Transmart Pabelan", "tujuh universitas di
    /// antaranya Universitas Diponegoro, …": the marker reads "including"
    /// when a name follows it (past a "di"), listing the whole, not a part.
    fn names_follow(&self, pos: usize) -> bool {
        let tokens = &self.cx.tokens;
        let i = tokens.partition_point(|t| t.start < pos);
        let mut next = tokens.get(i..).unwrap_or(&[]).iter();
        let word = |t: &crate::model::Token| &self.cx.text[t.start..t.end];
        let capital = |t: &crate::model::Token| word(t).starts_with(char::is_uppercase);
        match next.next() {
            Some(t) if word(t) == "di" => next.next().is_some_and(capital),
            Some(t) => t.kind == TokenKind::Word && capital(t),
            None => false,
        }
    }
}
