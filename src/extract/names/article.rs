//! Agreement inside one article, after every sentence is labelled: what the
//! article says clearly in one place settles what it says unclearly in another.
//!
//! - A person found as the tail of a longer person name that the article
//!   writes elsewhere, with the missing words right before it, becomes the
//!   full name ("Jae Myung" → "Lee Jae Myung" at a sentence start).
//! - The same surface gets the same kind everywhere: the majority kind of
//!   its mentions (lexicon names already agree).
//! - Title Case lines (headlines), where capitals say nothing, get the names
//!   that the running text of the article found.
//!
//! It never merges different names or resolves short forms ("Kim" → "Kim
//! Jong Un"): that is corpus-wide work for `resolve`.

use super::fx::FxMap;
use super::{Entity, EntityKind};
use crate::model::Span;
use memchr::memmem;

/// Applies the three agreements; `headlines` are the spans of Title Case
/// sentences. Keeps `ents` sorted by start.
pub fn agree(text: &str, ents: &mut Vec<Entity>, headlines: &[Span]) {
    extend_persons(text, ents);
    vote_kinds(ents);
    if !headlines.is_empty() {
        fill_headlines(text, ents, headlines);
    }
}

fn word_char_before(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn word_char_after(text: &str, at: usize) -> bool {
    text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

fn extend_persons(text: &str, ents: &mut [Entity]) {
    let mut full: Vec<&str> = Vec::new();
    for e in ents.iter() {
        if e.kind == EntityKind::Person && e.text.contains(' ') {
            full.push(&e.text);
        }
    }
    if full.is_empty() {
        return;
    }
    full.sort_unstable();
    full.dedup();
    let full: Vec<String> = full.into_iter().map(str::to_string).collect();
    for k in 0..ents.len() {
        if ents[k].kind != EntityKind::Person {
            continue;
        }
        let (start, tail) = (ents[k].start, ents[k].text.clone());
        // The longest known name that ends with this one, written right before it.
        let best = full
            .iter()
            .filter_map(|name| {
                let prefix = name.strip_suffix(tail.as_str())?.strip_suffix(' ')?;
                let from = start.checked_sub(prefix.len() + 1)?;
                let written = text.as_bytes().get(from..start)?;
                let ok = written.strip_suffix(b" ") == Some(prefix.as_bytes())
                    && !word_char_before(text, from);
                ok.then_some((from, name))
            })
            .min_by_key(|&(from, _)| from);
        let Some((from, name)) = best else {
            continue;
        };
        let prev_end = k.checked_sub(1).map_or(0, |p| ents[p].end);
        if from < prev_end {
            continue;
        }
        let added = &text[from..start];
        let e = &mut ents[k];
        e.role = e.role.take().and_then(|r| {
            let r = r
                .strip_suffix(added.trim())
                .unwrap_or(&r)
                .trim_end()
                .to_string();
            (!r.is_empty()).then_some(r)
        });
        if e.canonical == e.text {
            e.canonical = name.clone();
        }
        e.start = from;
        e.text = name.clone();
    }
}

fn vote_kinds(ents: &mut [Entity]) {
    let mut counts: FxMap<&str, [usize; 3]> = FxMap::default();
    for e in ents.iter() {
        counts.entry(&e.text).or_default()[e.kind as usize] += 1;
    }
    let winners: FxMap<String, EntityKind> = counts
        .into_iter()
        .filter(|(_, c)| c.iter().filter(|&&n| n > 0).count() > 1)
        .filter_map(|(t, c)| {
            let kinds = [
                EntityKind::Person,
                EntityKind::Place,
                EntityKind::Organization,
            ];
            let (best, n) = kinds
                .into_iter()
                .map(|k| (k, c[k as usize]))
                .max_by_key(|&(k, n)| (n, std::cmp::Reverse(k)))?;
            // A strict majority only: a tie keeps each mention's own kind.
            (c.iter().filter(|&&m| m == n).count() == 1).then(|| (t.to_string(), best))
        })
        .collect();
    for e in ents.iter_mut() {
        if let Some(&k) = winners.get(&e.text) {
            e.kind = k;
        }
    }
}

fn fill_headlines(text: &str, ents: &mut Vec<Entity>, headlines: &[Span]) {
    let inside = |e: &Entity| headlines.iter().any(|h| h.contains(&e.span()));
    let mut known: Vec<(String, EntityKind, String)> = ents
        .iter()
        .filter(|e| !inside(e))
        .map(|e| (e.text.clone(), e.kind, e.canonical.clone()))
        .collect();
    known.sort();
    known.dedup_by(|a, b| a.0 == b.0);
    // Longest first, so "Joko Widodo" wins over "Joko".
    known.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    let mut added = Vec::new();
    for h in headlines {
        let line = h.of(text);
        for (surface, kind, canonical) in &known {
            for at in memmem::find_iter(line.as_bytes(), surface.as_bytes()) {
                let (s, e) = (h.start + at, h.start + at + surface.len());
                let span = Span::new(s, e);
                let taken = ents.iter().chain(&added).any(|x| x.span().overlaps(&span));
                if taken || word_char_before(text, s) || word_char_after(text, e) {
                    continue;
                }
                added.push(Entity {
                    kind: *kind,
                    text: surface.clone(),
                    start: s,
                    end: e,
                    canonical: canonical.clone(),
                    role: None,
                });
            }
        }
    }
    if !added.is_empty() {
        ents.extend(added);
        ents.sort_by_key(|e| (e.start, e.end));
    }
}
