//! Whether a figure is a target, a forecast or a plan rather than a measured
//! value: "Kemenkes menargetkan tingkat kematian akibat DBD di bawah 0,7
//! persen", "pertumbuhan ekonomi diproyeksikan 5,2 persen", "KPU berencana
//! mencetak 204 juta surat suara". Such a figure is a claim of its own kind:
//! it never agrees, conflicts with or updates the measured one.
//!
//! Read from a modality word of `claim_modality.txt` before the figure in its
//! clause. The planned act may follow the word ("berencana membangun 1.000
//! rumah"), but an act after another figure is a clause of its own
//! ("menargetkan 500 ribu wisatawan dan hingga Juni telah datang 200
//! ribu"); a change word never ends it ("menargetkan ekspor tumbuh 7
//! persen"). A word marked `act` (`akan`) counts only right before an act
//! verb of the clause: "Bulog akan menyalurkan 150.000 ton" is a plan, "yang
//! akan datang" is no modality.
//!
//! An estimate verb ("memperkirakan", "diperkirakan") mostly estimates a
//! measured value ("kerugian diperkirakan Rp 2 miliar", "Pemerintah
//! memperkirakan sekitar 144 juta orang melakukan perjalanan"): it makes a
//! forecast only with a modal between it and the figure ("… bisa melebar
//! menjadi 2,9 persen") or a future period in the clause ("hingga akhir
//! tahun", "tahun depan"), the cues of `claim_forecast.txt`.

use super::Look;
use crate::claims::words::{Cue, WORDS, kind};
use crate::data;
use crate::model::Span;
use std::sync::LazyLock;

const FORECAST: &str = include_str!("../../data/claim_forecast.txt");

/// The cues of a forecast by estimate (`claim_forecast.txt`), lowercase.
struct EstimateCues {
    verbs: Vec<&'static str>,
    /// A searcher for each verb, built once.
    verb_finders: Vec<memchr::memmem::Finder<'static>>,
    modals: Vec<&'static str>,
    periods: Vec<&'static str>,
    past: Vec<&'static str>,
}

static ESTIMATE: LazyLock<EstimateCues> = LazyLock::new(|| {
    let mut cues = EstimateCues {
        verbs: Vec::new(),
        verb_finders: Vec::new(),
        modals: Vec::new(),
        periods: Vec::new(),
        past: Vec::new(),
    };
    for line in data::lines("claim_forecast.txt", FORECAST) {
        let mut fields = line.fields();
        let phrase = fields.next().unwrap_or_default();
        let list = match fields.next() {
            Some("verb") => &mut cues.verbs,
            Some("modal") => &mut cues.modals,
            Some("period") => &mut cues.periods,
            Some("past") => &mut cues.past,
            _ => continue,
        };
        // The text is lowercased ASCII only: a data line must match it.
        if !phrase.is_empty() && phrase == phrase.to_ascii_lowercase() {
            list.push(phrase);
        }
    }
    cues.verb_finders = cues
        .verbs
        .iter()
        .map(|v| memchr::memmem::Finder::new(v.as_bytes()))
        .collect();
    cues
});

/// A byte of a word: letters, digits, the hyphen, any byte of a non-ASCII char.
fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b >= 0x80
}

/// The ends of the whole-word occurrences of `phrase` in `hay`.
fn word_ends<'a>(hay: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = hay.as_bytes();
    hay.match_indices(phrase).filter_map(move |(at, _)| {
        let end = at + phrase.len();
        let open = at == 0 || !word_byte(bytes[at - 1]);
        let close = bytes.get(end).is_none_or(|&b| !word_byte(b));
        (open && close).then_some(end)
    })
}

/// The first word of `text` after leading spaces.
fn first_word(text: &str) -> &str {
    let t = text.trim_start();
    let end = t.bytes().position(|b| !word_byte(b)).unwrap_or(t.len());
    &t[..end]
}

impl Look<'_> {
    /// The modality kind of the figure at `span` in `clause`, if any.
    pub(super) fn modality(&self, span: Span, clause: Span) -> Option<&'static str> {
        let hits = self.sent_hits();
        let mentions = self.cx.mentions;
        // A figure other than ours between `a` and `b`.
        let figure_between = |a: usize, b: usize| {
            let i = mentions.partition_point(|m| m.start < a);
            mentions[i..]
                .iter()
                .take_while(|m| m.start < b)
                .any(|m| m.end <= b && *m != span)
        };
        let mut found: Option<(&'static str, usize)> = None;
        for h in hits
            .iter()
            .filter(|h| h.start >= clause.start && h.end <= span.start)
            .filter(|h| h.has(kind::MODALITY | kind::EVENT))
        {
            for c in WORDS.cues(h) {
                match *c {
                    Cue::Modality(k) => found = WORDS.modalities.get(k).map(|m| (*m, h.end)),
                    Cue::Event(e)
                        if found.is_some_and(|(_, at)| figure_between(at, h.start))
                            && !WORDS.events[e].change =>
                    {
                        found = None
                    }
                    Cue::Event(e) if !WORDS.events[e].change => {
                        if let Some(k) = self.act_modality(h.start) {
                            found = Some((k, h.end));
                        }
                    }
                    _ => {}
                }
            }
        }
        match found {
            Some((k, _)) => Some(k),
            None => self
                .estimated_forecast(span, clause)
                .then(|| WORDS.modalities.iter().copied().find(|m| *m == "forecast"))
                .flatten(),
        }
    }

    /// An estimate verb before the figure in its clause, with a modal
    /// between them or a future period (not followed by a past word) in the
    /// clause: "Ia memperkirakan defisit hingga akhir tahun bisa melebar
    /// menjadi 2,9 persen". A past word between them dates the figure
    /// ("dari yang sebelumnya berada di angka 6 persen") unless another
    /// figure stands after it; the period does not reach past another figure
    /// ("… diperkirakan mencapai 32,4 juta orang atau naik dibandingkan
    /// Pilpres 2014 yang mencapai 30 ribu orang").
    fn estimated_forecast(&self, span: Span, clause: Span) -> bool {
        let cues = &*ESTIMATE;
        let lower = self.cx.lower;
        // The clause lies in the sentence: a sentence that holds no verb
        // (as bytes) has none before the figure. Most sentences hold none.
        let estimate = self.facts.estimate.get().unwrap_or_else(|| {
            let sent = lower.as_bytes().get(self.sent.start..self.sent.end);
            let found = sent.is_some_and(|b| cues.verb_finders.iter().any(|f| f.find(b).is_some()));
            self.facts.estimate.set(Some(found));
            found
        });
        if !estimate && !super::slow_paths() {
            return false;
        }
        let (Some(before), Some(whole)) = (
            lower.get(clause.start..span.start),
            lower.get(clause.start..clause.end),
        ) else {
            return false;
        };
        let Some(verb_end) = cues
            .verbs
            .iter()
            .filter_map(|v| word_ends(before, v).last())
            .max()
        else {
            return false;
        };
        // The figures (not dates) between the verb and ours.
        let from = clause.start + verb_end;
        let mentions = self.cx.mentions;
        let i = mentions.partition_point(|m| m.start < from);
        let last_figure = mentions[i..]
            .iter()
            .take_while(|m| m.end <= span.start)
            .filter(|m| self.cx.dates.binary_search(m).is_err())
            .map(|m| m.end - clause.start)
            .last();
        let between = &before[verb_end..];
        let dated = cues.past.iter().any(|p| {
            word_ends(between, p).any(|end| last_figure.is_none_or(|f| verb_end + end > f))
        });
        if dated {
            return false;
        }
        if cues
            .modals
            .iter()
            .any(|m| word_ends(between, m).next().is_some())
        {
            return true;
        }
        last_figure.is_none()
            && cues.periods.iter().any(|p| {
                word_ends(whole, p).any(|end| !cues.past.contains(&first_word(&whole[end..])))
            })
    }

    /// The kind of the `act` modality word (`akan`) written right before the
    /// act verb starting at `at`, if any.
    fn act_modality(&self, at: usize) -> Option<&'static str> {
        let before = self.cx.lower.get(..at)?.strip_suffix(' ')?;
        WORDS.before_act.iter().find_map(|&(word, k)| {
            let rest = before.strip_suffix(word)?;
            let bounded = !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-');
            bounded.then(|| WORDS.modalities[k])
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forecast_cues_are_clean_sorted_and_known() {
        assert_eq!(data::check_hygiene("claim_forecast.txt", FORECAST), vec![]);
        let firsts: Vec<&str> = data::lines("claim_forecast.txt", FORECAST)
            .filter_map(|l| l.fields().next())
            .collect();
        let mut sorted = firsts.clone();
        sorted.sort_unstable();
        assert_eq!(firsts, sorted);
        let kinds = ["modal", "past", "period", "verb"];
        for l in data::lines("claim_forecast.txt", FORECAST) {
            assert!(
                kinds.contains(&l.fields().nth(1).unwrap_or("")),
                "{}",
                l.text
            );
        }
        let cues = &*ESTIMATE;
        for list in [&cues.verbs, &cues.modals, &cues.periods, &cues.past] {
            assert!(!list.is_empty());
        }
    }

    #[test]
    fn a_cue_is_a_whole_word() {
        assert_eq!(word_ends("bisa melebar", "bisa").collect::<Vec<_>>(), [4]);
        assert_eq!(word_ends("pendapatan naik", "dapat").count(), 0);
        assert_eq!(word_ends("tahun-tahun depan", "tahun depan").count(), 0);
        assert_eq!(first_word("  lalu, "), "lalu");
        assert_eq!(first_word("é"), "é");
    }
}
