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
//! persen"). It does not read hedges ("diperkirakan" estimates a measured
//! value). A word marked `act` (`akan`) counts only right before an act
//! verb of the clause: "Bulog akan menyalurkan 150.000 ton" is a plan, "yang
//! akan datang" is no modality.

use super::Look;
use crate::claims::words::{Cue, WORDS, kind};
use crate::model::Span;

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
        found.map(|(k, _)| k)
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
