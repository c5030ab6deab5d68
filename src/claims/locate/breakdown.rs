//! A breakdown by kind: "penumpang terbanyak menggunakan bus dengan 1,48 juta
//! orang, disusul kereta api 1,21 juta orang, pesawat udara 520.000 orang,
//! dan kapal laut 412.000 orang". Each figure of such a list counts its own
//! part of the whole — the people who went by bus, by train … — so it gets
//! the part's label (`part`) and the class of the list's first item (what
//! the whole counts), and it never meets the total or another part.
//!
//! A list is two or more counts of one sentence, each ending in the same
//! generic counter ("orang", "unit", "ekor": what the whole counts, so the
//! label is the part, not the thing counted), each right after a short label (at most two plain words: no name, no verb, no
//! stopword), the items after the first joined only by a list word (",",
//! "dan", "serta", "disusul", "diikuti") and their label. Places and names
//! label parts through scope and actors, not here.

use super::super::words::WORDS;
use crate::claims::Claim;
use crate::extract::names::Entity;
use crate::model::Span;
use std::sync::Arc;

/// Words between a label and its figure ("bus dengan 1,48 juta").
const LINKS: &[&str] = &["dengan", "sebanyak", "sebesar", "sekitar", "mencapai"];
/// Words joining the items of a list.
const JOINS: &[&str] = &["dan", "serta", "disusul", "diikuti", "lalu", "kemudian"];

/// Marks the breakdowns among `claims`, the claims of one sentence (in text
/// order). `lower` is the article's lowercased text.
pub(super) fn mark(lower: &str, names: &[&Entity], claims: &mut [Arc<Claim>]) {
    let figs: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].figure.is_some())
        .collect();
    if figs.len() < 2 {
        return;
    }
    // A list needs two figures in a row ending in the same counter: without
    // such a pair no run is found, and the labels are not read.
    let pair = figs.windows(2).any(|w| {
        let c = counter(&claims[w[0]]);
        c.is_some() && c == counter(&claims[w[1]])
    });
    if pair || super::slow_paths() {
        lists(lower, names, &figs, claims);
    }
    respectively(lower, &figs, claims);
}

/// The lists by kind among the figures `figs` of `claims` ([`mark`]).
fn lists(lower: &str, names: &[&Entity], figs: &[usize], claims: &mut [Arc<Claim>]) {
    // The names that may overlap a word of the sentence (all claims share
    // it): a label's words are tested against these, not the article's.
    let (s0, s1) = (claims[0].start, claims[0].end);
    let hi = names.partition_point(|e| e.start < s1);
    let names: Vec<&Entity> = names[..hi].iter().filter(|e| e.end > s0).copied().collect();
    let names = names.as_slice();
    let mut labels: Vec<Option<String>> = Vec::with_capacity(figs.len());
    let mut joined: Vec<bool> = Vec::with_capacity(figs.len());
    let mut prev_end = claims[figs[0]].start;
    for &i in figs {
        let span = claims[i].mention();
        let gap = lower
            .get(prev_end.min(span.start)..span.start)
            .unwrap_or("");
        let (label, only) = label(gap, Span::new(prev_end, span.start), names);
        labels.push(label);
        joined.push(only);
        prev_end = span.end;
    }
    // Runs of labelled items in one measure, each after the first joined to
    // the one before by a list word and its label only.
    let mut k = 0;
    while k < figs.len() {
        let mut j = k + 1;
        let counter = counter(&claims[figs[k]]);
        while j < figs.len()
            && labels[j].is_some()
            && joined[j]
            && counter.is_some()
            && counter == self::counter(&claims[figs[j]])
        {
            j += 1;
        }
        if j - k >= 2 && labels[k].is_some() {
            let (counted, class) = (
                claims[figs[k]].counted.clone(),
                claims[figs[k]].class.clone(),
            );
            for n in k..j {
                // Not shared yet: no copy is made.
                let c = Arc::make_mut(&mut claims[figs[n]]);
                c.part = labels[n].take();
                if class.is_some() {
                    c.counted.clone_from(&counted);
                    c.class.clone_from(&class);
                }
            }
        }
        k = j.max(k + 1);
    }
}

/// A list opened by "masing-masing" after a total: "41 orang masih dirawat,
/// masing-masing 23 orang di RSUD Banyumas dan 18 orang di Puskesmas
/// Sumbang". Each count of the list (two or more, in one counter, joined by
/// `,` or a list word) is the part named by the words after it, up to the
/// next comma or list word ("di RSUD Banyumas" → part `rsud banyumas`).
fn respectively(lower: &str, figs: &[usize], claims: &mut [Arc<Claim>]) {
    let sentence_end = claims[0].end;
    let mut prev_end = claims[0].start;
    let mut k = 0;
    while k < figs.len() {
        let span = claims[figs[k]].mention();
        let gap = lower
            .get(prev_end.min(span.start)..span.start)
            .unwrap_or("");
        prev_end = span.end;
        let counter = counter(&claims[figs[k]]);
        if counter.is_none() || !gap.trim_end().ends_with("masing-masing") {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < figs.len() && counter == self::counter(&claims[figs[j]]) {
            let (a, b) = (
                claims[figs[j - 1]].mention().end,
                claims[figs[j]].mention().start,
            );
            let between = lower.get(a..b.max(a)).unwrap_or("").trim_end();
            let joined = between.ends_with(',')
                || JOINS.iter().any(|w| {
                    between
                        .strip_suffix(w)
                        .is_some_and(|r| r.is_empty() || r.ends_with([' ', ',']))
                });
            if !joined {
                break;
            }
            j += 1;
        }
        if j - k >= 2 {
            let labels: Option<Vec<String>> = (k..j)
                .map(|n| {
                    let from = claims[figs[n]].mention().end;
                    let to = figs
                        .get(n + 1)
                        .filter(|_| n + 1 < j)
                        .map_or(sentence_end, |&m| claims[m].mention().start);
                    part_after(lower.get(from..to.max(from)).unwrap_or(""))
                })
                .collect();
            if let Some(labels) = labels {
                for (n, label) in (k..j).zip(labels) {
                    let c = Arc::make_mut(&mut claims[figs[n]]);
                    if c.part.is_none() {
                        c.part = Some(label);
                    }
                }
            }
            prev_end = claims[figs[j - 1]].mention().end;
        }
        k = j;
    }
}

/// The part named after a list item: its words up to the next comma, period
/// or list word, less a leading preposition; at most five words.
fn part_after(after: &str) -> Option<String> {
    let mut words = Vec::new();
    for w in after.split_whitespace() {
        let stop = w.ends_with([',', ';', '.', ':']);
        let w = w.trim_end_matches([',', ';', '.', ':']);
        if JOINS.contains(&w) {
            break;
        }
        if !(words.is_empty() && matches!(w, "di" | "dari" | "ke" | "pada" | "untuk")) {
            words.push(w);
        }
        if stop {
            break;
        }
    }
    (!words.is_empty() && words.len() <= 5).then(|| words.join(" "))
}

/// The generic counter a count ends in ("1,21 juta orang" → "orang").
fn counter(c: &Claim) -> Option<&str> {
    let f = c.figure.as_ref().filter(|_| c.measure == "count")?;
    let last = f.text.rsplit(' ').next()?;
    WORDS.classifiers.contains(last).then_some(last)
}

/// The label right before a figure in `gap` (the text since the figure
/// before, at `at`), and whether the gap is only a list word and that label.
///
/// Only the end of the gap can matter: the item after the last comma and
/// the last list word, less its trailing link words, of which at most the
/// last two words make the label, and a third word says the item is longer
/// than any label. So the words are read back from the end, three at most
/// (the first item's gap runs from the sentence start).
fn label(gap: &str, at: Span, names: &[&Entity]) -> (Option<String>, bool) {
    if !gap.is_ascii() {
        return label_slow(gap, at, names);
    }
    let bytes = gap.as_bytes();
    let space = |b: u8| char::from(b).is_whitespace();
    let cut = gap.rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let mut joined = cut > 0;
    // The item's last words, last first; `full` once a third is seen.
    let mut tail: [(usize, &str); 3] = [(0, ""); 3];
    let mut n = 0;
    let mut trailing = true;
    let mut end = bytes.len();
    loop {
        while end > 0 && space(bytes[end - 1]) {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && !space(bytes[start - 1]) {
            start -= 1;
        }
        if start == end || start < cut {
            break;
        }
        let w = &gap[start..end];
        if JOINS.contains(&w) {
            joined = true;
            break;
        }
        end = start;
        if trailing && LINKS.contains(&w) {
            continue;
        }
        trailing = false;
        tail[n] = (start, w);
        n += 1;
        if n == 3 {
            break;
        }
    }
    // The item has exactly `n` words when fewer than three were read.
    let short = n <= 2;
    let mut label: Vec<&str> = Vec::with_capacity(2);
    for &(s, w) in &tail[..n] {
        if !label_word(w, joined && short, at.start + s, names) || label.len() == 2 {
            break;
        }
        label.push(w);
    }
    if label.is_empty() {
        return (None, false);
    }
    label.reverse();
    let only = joined && short && n == label.len();
    (Some(label.join(" ")), only)
}

/// Whether the word `w` (at byte `start` of the text) may be part of a label:
/// lowercase letters, no name over it, and — unless the item is a short one
/// after a list word (`alone`) — neither a function word nor a verb-looking
/// word (`me-`, `ber-`, `di-`, `ter-` of six letters or more).
fn label_word(w: &str, alone: bool, start: usize, names: &[&Entity]) -> bool {
    let word = w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let plain = word
        && (alone
            || !WORDS.stopwords.contains(w)
                && !["me", "ber", "di", "ter"]
                    .iter()
                    .any(|p| w.starts_with(p) && w.len() >= 6));
    plain
        && !names
            .iter()
            .any(|e| e.start < start + w.len() && start < e.end)
}

/// [`label`] as first written, splitting the whole gap into words: the
/// oracle of the tests, and the path for a gap with non-ASCII text (whose
/// word positions it counts one byte per separator).
fn label_slow(gap: &str, at: Span, names: &[&Entity]) -> (Option<String>, bool) {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut i = 0;
    for w in gap.split(|c: char| c.is_whitespace()) {
        words.push((i, w));
        i += w.len() + 1;
    }
    words.retain(|(_, w)| !w.is_empty());
    // The item's text: after the last comma, then after the last join word.
    let cut = gap.rfind([',', ';', ':']).map_or(0, |p| p + 1);
    let mut item: Vec<(usize, &str)> = words.iter().copied().filter(|(s, _)| *s >= cut).collect();
    let mut joined = cut > 0;
    if let Some(p) = item.iter().rposition(|(_, w)| JOINS.contains(w)) {
        item.drain(..=p);
        joined = true;
    }
    while item.last().is_some_and(|(_, w)| LINKS.contains(w)) {
        item.pop();
    }
    let mut label: Vec<(usize, &str)> = Vec::new();
    for &(s, w) in item.iter().rev() {
        // An item after a list word is its label alone ("dan rusak sedang
        // 2.300 unit"); the first item's label is read back to a verb or a
        // function word ("penumpang terbanyak menggunakan bus dengan …").
        if !label_word(w, joined && item.len() <= 2, at.start + s, names) || label.len() == 2 {
            break;
        }
        label.push((s, w));
    }
    if label.is_empty() {
        return (None, false);
    }
    label.reverse();
    let only = joined && item.len() == label.len();
    let text = label.iter().map(|(_, w)| *w).collect::<Vec<_>>().join(" ");
    (Some(text), only)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::names::EntityKind;

    fn entity(start: usize, end: usize) -> Entity {
        Entity {
            kind: EntityKind::Place,
            text: String::new(),
            canonical: String::new(),
            start,
            end,
            role: None,
        }
    }

    #[test]
    fn labels_of_real_lists() {
        let table = [
            (
                "penumpang terbanyak menggunakan bus dengan ",
                Some("bus"),
                false,
            ),
            (" orang, disusul kereta api ", Some("kereta api"), true),
            (" orang, pesawat udara ", Some("pesawat udara"), true),
            (" orang, dan kapal laut ", Some("kapal laut"), true),
            (" unit dan rusak sedang ", Some("rusak sedang"), true),
            ("Banjir di Jakarta menewaskan ", None, false),
        ];
        for (gap, want, only) in table {
            let got = label(gap, Span::new(100, 100 + gap.len()), &[]);
            assert_eq!(got, (want.map(String::from), only), "{gap:?}");
            assert_eq!(got, label_slow(gap, Span::new(100, 100 + gap.len()), &[]));
        }
    }

    proptest::proptest! {
        /// Reading back from the end gives the label of splitting the whole gap.
        #[test]
        fn label_from_the_end_equals_label_of_all_words(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "bus", "dengan", "dan", ",", " ", "kereta", "api", "sebanyak", "Pesawat",
                    "menggunakan", "yang", ";", "disusul", "  ", "\n", "\t", "serta", "rusak",
                    "sedang", "-", "luka-luka", ":", "sekitar", "mencapai", "\u{a0}", "é",
                ]),
                0..16,
            ),
            name in proptest::option::of((0usize..60, 1usize..12)),
        ) {
            let gap = parts.concat();
            let names: Vec<Entity> = name.iter().map(|&(s, l)| entity(100 + s, 100 + s + l)).collect();
            let refs: Vec<&Entity> = names.iter().collect();
            let at = Span::new(100, 100 + gap.len());
            proptest::prop_assert_eq!(label(&gap, at, &refs), label_slow(&gap, at, &refs));
        }
    }
}
