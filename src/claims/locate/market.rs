//! Two habits of market and commodity reports that the general claim rules
//! misread:
//!
//! - "naik 5,04 dolar AS atau 6,3 persen, menjadi ditutup di 84,93 dolar AS":
//!   a change given in two measures joined by "atau", then its new value after
//!   a comma. Both figures are the size of the change (role `delta`), not
//!   the price.
//! - "Minyak mentah berjangka Brent untuk pengiriman Juni naik …": a verbal
//!   noun right before a month name ("pengiriman Juni", "penyerahan Mei") is
//!   the delivery month of a futures contract, not what the figure did.

use super::super::words::{Cue, WORDS};
use super::Look;
use crate::model::Span;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Full month names, lowercase (the first field of `date_months.txt`).
static MONTHS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::data::lines("date_months.txt", super::super::words::MONTHS)
        .filter_map(|l| l.fields().next())
        .collect()
});

/// Bytes of a comma and spaces that may stand between a change's restated
/// size and its `to` word.
const TO_GAP: usize = 4;

impl Look<'_> {
    /// True when `span` is one of two figures "A atau B" that follow a
    /// change word ("naik", "bertambah") and are followed, past at most a
    /// comma, by a `to` word ("menjadi"): the size of the change in two measures.
    pub(super) fn restated_delta(&self, span: Span) -> bool {
        let m = self.cx.mentions;
        let Ok(i) = m.binary_search(&span) else {
            return false;
        };
        let lower = self.cx.lower;
        let joined = |a: Span, b: Span| {
            a.end <= b.start
                && lower
                    .get(a.end..b.start)
                    .is_some_and(|g| g.trim() == "atau")
        };
        let pair = match (i.checked_sub(1).map(|j| m[j]), m.get(i + 1)) {
            (_, Some(&next)) if joined(span, next) => (span, next),
            (Some(prev), _) if joined(prev, span) => (prev, span),
            _ => return false,
        };
        let (first, second) = pair;
        let hits = self.sent_hits();
        let changed = hits
            .iter()
            .rev()
            .find(|h| h.end <= first.start)
            .is_some_and(|h| {
                first.start - h.end <= 2
                    && WORDS
                        .cues(h)
                        .iter()
                        .any(|c| matches!(c, Cue::Event(e) if WORDS.events[*e].change))
            });
        let to = hits
            .iter()
            .find(|h| h.start >= second.end)
            .is_some_and(|h| {
                h.start - second.end <= TO_GAP
                    && lower[second.end..h.start]
                        .trim_matches([' ', ','])
                        .is_empty()
                    && WORDS.cues(h).contains(&Cue::ChangeTo)
            });
        changed && to
    }

    /// True when the event hit `h` is a verbal noun ("pengiriman") right
    /// before a month name: a delivery month, not an event.
    pub(super) fn delivery_month(&self, h: Span) -> bool {
        let lower = self.cx.lower;
        let word = &lower[h.start..h.end];
        if !(word.starts_with("pe") && word.ends_with("an")) {
            return false;
        }
        let rest = lower[h.end..].trim_start_matches(' ');
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        rest.len() < lower.len() - h.end && MONTHS.contains(next)
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::tests::pipeline;

    /// (sentence, figure, class, role, event) of market news sentences, read
    /// through the whole pipeline.
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    const BRENT: &str = "Minyak mentah berjangka Brent untuk pengiriman Juni naik 5,04 dolar AS atau 6,3 persen, menjadi ditutup di 84,93 dolar AS per barel di London ICE Futures Exchange.";

    #[test]
    fn market_reports_read_as_changes_and_levels() {
        let rows: &[Row] = &[
            // The change in two measures, then the closing level; the
            // delivery month is no event.
            (BRENT, "5,04 dolar AS", Some("brent"), Some("delta"), None),
            (BRENT, "6,3 persen", Some("brent"), Some("delta"), None),
            (
                BRENT,
                "84,93 dolar AS per barel",
                Some("brent"),
                Some("to"),
                None,
            ),
            (
                "Minyak mentah West Texas Intermediate (WTI) untuk pengiriman Mei bertambah 4,75 dolar AS atau 6,3 persen, menjadi menetap di 80,42 dolar AS per barel di New York Mercantile Exchange.",
                "80,42 dolar AS per barel",
                Some("wti"),
                Some("to"),
                None,
            ),
            (
                "Harga minyak jenis Brent untuk kontrak Juni naik 4,2% ke posisi US$ 83,32 per barel.",
                "US$ 83,32 per barel",
                Some("brent"),
                Some("to"),
                None,
            ),
            (
                "Harga minyak WTI naik 6,3% ke level US$ 80,42 per barel, kenaikan harian terbesar dalam hampir setahun.",
                "US$ 80,42 per barel",
                Some("wti"),
                Some("to"),
                None,
            ),
            // A figure alone after a change word, no `to` word: no delta.
            (
                "Harga emas naik 12 dolar AS atau 0,6 persen pada perdagangan Selasa.",
                "12 dolar AS",
                Some("emas"),
                None,
                None,
            ),
            // A real shipment is still an event.
            (
                "Pemerintah menyiapkan pengiriman 2.000 ton beras ke Papua pada Juni.",
                "2.000 ton beras",
                Some("beras"),
                None,
                Some("kirim"),
            ),
            // An output cut is named by its whole phrase.
            (
                "Arab Saudi dan sejumlah produsen OPEC+ lainnya sepakat memangkas produksi sekitar 1,16 juta barel per hari mulai Mei.",
                "sekitar 1,16 juta barel per hari",
                Some("pemangkasan produksi"),
                None,
                None,
            ),
        ];
        let mut failures = Vec::new();
        for &(text, fig, class, role, event) in rows {
            let claims = pipeline(text);
            let got = claims
                .iter()
                .find(|c| c.mention_text() == fig)
                .map(|c| (c.class.as_deref(), c.role, c.event.as_deref()));
            if got != Some((class, role, event)) {
                failures.push(format!(
                    "{text}\n  {fig}: {got:?}, want {:?}",
                    (class, role, event)
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
