//! Agreement inside one article, after every sentence is labelled: what the
//! article says clearly in one place settles what it says unclearly in another.
//!
//! - A person found as the tail of a longer person name that the article
//!   writes elsewhere, with the missing words right before it, becomes the
//!   full name ("Jae Myung" → "Lee Jae Myung" at a sentence start).
//! - Initials the article introduces as a person ("berinisial JR") are that
//!   person everywhere in it.
//! - The same surface gets the same kind everywhere: the majority kind of
//!   its mentions (lexicon names already agree).
//! - Title Case lines (headlines), where capitals say nothing, get the names
//!   that the running text of the article found.
//!
//! It never merges different names or resolves short forms ("Kim" → "Kim
//! Jong Un"): that is corpus-wide work for `resolve`.

#[cfg(test)]
use super::fx::FxMap;
use super::{Entity, EntityKind};
use crate::model::Span;
use memchr::memmem;

/// Applies the agreements; `headlines` are the spans of Title Case
/// sentences; `initials`: a sentence of the article holds an
/// `initials.txt` word (or another rare clue word). Keeps `ents` sorted by start.
pub fn agree(text: &str, ents: &mut Vec<Entity>, headlines: &[Span], initials: bool) {
    drop_plain_openers(text, ents);
    split_tickets(text, ents);
    #[cfg(test)]
    let want = {
        let mut w = ents.clone();
        extend_persons_slow(text, &mut w);
        w
    };
    extend_persons(text, ents);
    #[cfg(test)]
    assert_eq!(*ents, want, "extend_persons");
    if initials {
        initials_agree(text, ents);
    }
    #[cfg(test)]
    let want = {
        let mut w = ents.clone();
        vote_kinds_map(&mut w);
        w
    };
    vote_kinds(ents);
    #[cfg(test)]
    assert_eq!(*ents, want, "vote_kinds");
    if !headlines.is_empty() {
        fill_headlines(text, ents, headlines);
    }
    // "Kecamatan Pangalengan" … "Pangalengan": the bare name keeps its type.
    super::introduced::retype(text, ents);
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

/// Does a sentence (or a dateline's text, after " - ") start at `at`?
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '"', '\u{201c}', '\'', '(']);
    before.is_empty()
        || before.ends_with(['.', '!', '?', '\n', ':'])
        || before.ends_with(" -")
        || before.ends_with(" --")
        || before.ends_with(" \u{2013}")
}

/// Every non-overlapping occurrence of `needle` in `hay`, left to right,
/// as `memmem::find_iter` gives them, without building its general searcher
/// per call (about 900 instructions, more than the search of a short
/// article): a needle of two bytes or more is found by its packed pair of
/// rare bytes (AVX2), the tail too short for that by a plain compare.
pub(super) struct Occurrences<'h> {
    hay: &'h [u8],
    needle: &'h [u8],
    pos: usize,
    #[cfg(target_arch = "x86_64")]
    pair: Option<memchr::arch::x86_64::avx2::packedpair::Finder>,
    /// Boxed: the general searcher is large, and rarely needed.
    general: Option<Box<memmem::FindIter<'h, 'h>>>,
}

/// [`Occurrences`] of `needle` in `hay`.
pub(super) fn occurrences<'h>(hay: &'h [u8], needle: &'h [u8]) -> Occurrences<'h> {
    #[cfg(target_arch = "x86_64")]
    let pair = memchr::arch::x86_64::avx2::packedpair::Finder::new(needle);
    #[cfg(target_arch = "x86_64")]
    let fast = pair.is_some();
    #[cfg(not(target_arch = "x86_64"))]
    let fast = false;
    Occurrences {
        hay,
        needle,
        pos: 0,
        #[cfg(target_arch = "x86_64")]
        pair,
        general: (!fast).then(|| Box::new(memmem::find_iter(hay, needle))),
    }
}

impl Iterator for Occurrences<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if let Some(g) = &mut self.general {
            return g.next();
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(f) = &self.pair {
            let rest = self.hay.get(self.pos..)?;
            let n = self.needle;
            let idx = if rest.len() >= f.min_haystack_len() {
                f.find(rest, n)?
            } else {
                rest.windows(n.len()).position(|w| w == n)?
            };
            let at = self.pos + idx;
            // Past the match, as `find_iter` goes on (non-overlapping).
            self.pos = at + n.len();
            return Some(at);
        }
        None
    }
}

/// Does the lowercase word `w` occur as a whole word in `text`?
fn written_lowercase(text: &str, w: &str) -> bool {
    occurrences(text.as_bytes(), w.as_bytes())
        .any(|at| !word_char_before(text, at) && !word_char_after(text, at + w.len()))
}

/// "Gempa susulan terjadi …": one capitalized word opening a sentence, which
/// the article writes in lowercase elsewhere ("sejak gempa utama"), is an
/// ordinary word, not a name.
// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
fn drop_plain_openers(text: &str, ents: &mut Vec<Entity>) {
    ents.retain(|e| {
        if !capitalized_word(&e.text) || !opens_sentence(text, e.start) {
            return true;
        }
        !written_lowercase(text, &e.text.to_lowercase())
    });
}

/// One word with only its first letter a capital ("Gempa", "Ávila").
fn capitalized_word(t: &str) -> bool {
    // ASCII letters answer from their bytes; the first other byte sends
    // the word to the general test.
    let b = t.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => {}
        Some(&c) if c >= 0x80 => return capitalized_word_chars(t),
        _ => return false,
    }
    for &c in &b[1..] {
        if c >= 0x80 {
            return capitalized_word_chars(t);
        }
        if !c.is_ascii_lowercase() {
            return false;
        }
    }
    true
}

/// [`capitalized_word`] char by char (any script).
fn capitalized_word_chars(t: &str) -> bool {
    let mut chars = t.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() && c.is_alphabetic())
}

/// Where a person's text joins two names with a hyphen ("Ahmad Luthfi-Taj
/// Yasin", "Luthfi-Yasin"): the byte offset of the hyphen in the text.
fn ticket_hyphen(t: &str) -> Option<usize> {
    let h = t.find('-')?;
    let (l, r) = (&t[..h], &t[h + 1..]);
    let named = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let word = |s: &str| s.chars().last().is_some_and(char::is_alphabetic);
    (named(l) && named(r) && word(l) && !r.contains('-')).then_some(h)
}

/// Election tickets: "pasangan Ahmad Luthfi-Taj Yasin" is two people. A
/// person with a hyphen is split when a side has two words, when a side is
/// the first or last word of another person of the article ("Luthfi-Yasin"
/// after "Ahmad Luthfi"), or after "pasangan"/"paslon". Other compounds stay
/// whole ("Jokowi-JK" in a single sentence, as the NER data writes it).
// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
fn split_tickets(text: &str, ents: &mut Vec<Entity>) {
    if !ents
        .iter()
        .any(|e| e.kind == EntityKind::Person && e.text.contains('-'))
    {
        return;
    }
    for pass in 0..2 {
        let mut parts: Vec<String> = Vec::new();
        for e in ents.iter() {
            if e.kind == EntityKind::Person && !e.text.contains('-') && e.text.contains(' ') {
                let mut words = e.text.split(' ');
                parts.extend(words.next().map(str::to_string));
                parts.extend(words.next_back().map(str::to_string));
            }
        }
        let mut out = Vec::with_capacity(ents.len() + 2);
        for e in ents.drain(..) {
            let Some(h) = ticket_hyphen(&e.text).filter(|_| e.kind == EntityKind::Person) else {
                out.push(e);
                continue;
            };
            let (l, r) = (&e.text[..h], &e.text[h + 1..]);
            let before = text[..e.start].trim_end();
            let split = (pass == 0 && (l.contains(' ') || r.contains(' ')))
                || (pass == 1
                    && (parts.iter().any(|p| p == l || p == r)
                        || ends_with_word(before, "pasangan")
                        || ends_with_word(before, "paslon")));
            if !split {
                out.push(e);
                continue;
            }
            let right = Entity {
                text: r.to_string(),
                start: e.start + h + 1,
                canonical: r.to_string(),
                role: None,
                ..e.clone()
            };
            out.push(Entity {
                text: l.to_string(),
                end: e.start + h,
                canonical: l.to_string(),
                ..e
            });
            out.push(right);
        }
        *ents = out;
    }
}

/// Does `s`, lowercased, end with the lowercase ASCII word `w`? Compared in
/// place: no character outside ASCII lowercases to these letters (the
/// Kelvin sign gives a `k`, which they do not hold), so only ASCII bytes
/// can match.
fn ends_with_word(s: &str, w: &str) -> bool {
    debug_assert!(!w.contains('k') && w.bytes().all(|c| c.is_ascii_lowercase()));
    s.len() >= w.len() && s.as_bytes()[s.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
}

/// A person found as the tail of a longer person name of the article,
/// written with the missing words right before it, becomes the full name.
///
/// Reads first, then writes: every extension is decided on the names as
/// they are before any is extended (borrowed, not copied), and only the
/// few found are applied. An extension changes only its own mention's start
/// and text, which no later decision reads.
// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
fn extend_persons(text: &str, ents: &mut [Entity]) {
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    {
        let full: Vec<&str> = ents
            .iter()
            .filter(|e| e.kind == EntityKind::Person && e.text.contains(' '))
            .map(|e| e.text.as_str())
            .collect();
        if full.is_empty() {
            return;
        }
        let bytes = text.as_bytes();
        for (k, e) in ents.iter().enumerate() {
            let start = e.start;
            // A longer name is written right before, after a space.
            if e.kind != EntityKind::Person || start == 0 || bytes[start - 1] != b' ' {
                continue;
            }
            let tail = e.text.as_str();
            // The longest known name that ends with this one, written right
            // before it (two names found at one place are the same name).
            let best = full
                .iter()
                .filter_map(|&name| {
                    // Two bytes tell most names apart before the text compare:
                    // the space before the tail, and the letter before it,
                    // which the text must repeat.
                    let n = name.as_bytes();
                    if n.len() >= tail.len() + 2
                        && start >= 2
                        && (n[n.len() - tail.len() - 1] != b' '
                            || n[n.len() - tail.len() - 2] != bytes[start - 2])
                    {
                        return None;
                    }
                    let prefix = name.strip_suffix(tail)?.strip_suffix(' ')?;
                    let from = start.checked_sub(prefix.len() + 1)?;
                    let written = bytes.get(from..start)?;
                    let ok = written.strip_suffix(b" ") == Some(prefix.as_bytes())
                        && !word_char_before(text, from);
                    ok.then_some((from, name))
                })
                .min_by_key(|&(from, _)| from);
            if let Some((from, name)) = best {
                found.push((k, from, name.to_string()));
            }
        }
    }
    for (k, from, name) in found {
        extend_to(text, ents, k, from, &name);
    }
}

/// Extends person `ents[k]` back to `from`, where the longer `name` is
/// written, unless that would overlap the mention before it; the words
/// taken in leave the end of its role. Shared by [`extend_persons`] and its
/// test oracle.
fn extend_to(text: &str, ents: &mut [Entity], k: usize, from: usize, name: &str) {
    let prev_end = k.checked_sub(1).map_or(0, |p| ents[p].end);
    if from < prev_end {
        return;
    }
    let added = &text[from..ents[k].start];
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
        e.canonical = name.to_string();
    }
    e.start = from;
    e.text = name.to_string();
}

/// [`extend_persons`] as it was, cloning every name (the oracle in tests).
#[cfg(test)]
fn extend_persons_slow(text: &str, ents: &mut [Entity]) {
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
        extend_to(text, ents, k, from, name);
    }
}

/// Initials: one to four ASCII capitals ("JR", "NMH").
fn initials_word(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// "pria berinisial JR (20) … JR mengaku …": initials that the article
/// introduces as a person (`clues::initials`, after an `initials.txt` word
/// at most a short list before) are that person everywhere in it, unless
/// the lexicon knows them ("AS" of a country keeps its kind); their
/// mentions that no name holds are added.
// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
fn initials_agree(text: &str, ents: &mut Vec<Entity>) {
    const WINDOW: usize = 48;
    let introduced = |e: &Entity| {
        let mut from = e.start.saturating_sub(WINDOW);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let before = text[from..e.start].to_ascii_lowercase();
        super::cues::CUES
            .initials
            .iter()
            .any(|w| before.split(|c: char| !c.is_alphanumeric()).any(|x| x == w))
    };
    let mut seeds: Vec<&str> = Vec::new();
    for e in ents.iter() {
        if e.kind == EntityKind::Person
            && initials_word(&e.text)
            && !seeds.contains(&e.text.as_str())
            && introduced(e)
        {
            seeds.push(&e.text);
        }
    }
    if seeds.is_empty() {
        return;
    }
    let seeds: Vec<String> = seeds.into_iter().map(str::to_string).collect();
    for e in ents.iter_mut() {
        if e.kind != EntityKind::Person && e.canonical == e.text && seeds.contains(&e.text) {
            e.kind = EntityKind::Person;
        }
    }
    let mut added = Vec::new();
    for w in &seeds {
        for at in occurrences(text.as_bytes(), w.as_bytes()) {
            let end = at + w.len();
            if word_char_before(text, at) || word_char_after(text, end) {
                continue;
            }
            let k = ents.partition_point(|e| e.end <= at);
            if ents.get(k).is_some_and(|e| e.start < end) {
                continue;
            }
            added.push(Entity {
                kind: EntityKind::Person,
                text: w.clone(),
                start: at,
                end,
                canonical: w.clone(),
                role: None,
            });
        }
    }
    if !added.is_empty() {
        ents.append(&mut added);
        ents.sort_by_key(|e| (e.start, e.end));
    }
}

/// The same surface gets the same kind everywhere: the strict majority
/// kind of its mentions (a tie keeps each mention's own kind).
///
/// One pass puts each mention's text hash in a small open-addressing table
/// of kind bits: only a hash seen with two kinds needs its texts compared
/// (hashes may collide, so those are grouped by exact text), and most
/// articles have none. No string map is built.
// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
fn vote_kinds(ents: &mut [Entity]) {
    let size = (2 * ents.len()).next_power_of_two().max(16);
    let shift = 64 - size.trailing_zeros();
    // (hash, kind bits); hash 0 marks an empty slot (a zero hash counts as 1).
    let mut table = vec![(0u64, 0u8); size];
    let mut hashes = Vec::with_capacity(ents.len());
    let mut mixed = false;
    for e in ents.iter() {
        let h = super::fx::hash_str(&e.text).max(1);
        hashes.push(h);
        let mut slot = (h >> shift) as usize;
        while table[slot].0 != 0 && table[slot].0 != h {
            slot = (slot + 1) & (size - 1);
        }
        table[slot].0 = h;
        table[slot].1 |= 1 << (e.kind as u8);
        mixed |= table[slot].1.count_ones() > 1;
    }
    if !mixed {
        return;
    }
    let mut winners: Vec<(usize, EntityKind)> = Vec::new();
    for &(h, bits) in &table {
        if bits.count_ones() <= 1 {
            continue;
        }
        // Group this hash's mentions by exact text.
        let mut rest: Vec<usize> = (0..ents.len()).filter(|&i| hashes[i] == h).collect();
        while let Some(&lead) = rest.first() {
            let t = ents[lead].text.as_str();
            let mut c = [0usize; 3];
            rest.retain(|&i| {
                let e = &ents[i];
                if e.text == t {
                    c[e.kind as usize] += 1;
                    false
                } else {
                    true
                }
            });
            if let Some(k) = majority(c) {
                winners.push((lead, k));
            }
        }
    }
    for (lead, k) in winners {
        let t = ents[lead].text.clone();
        for e in ents.iter_mut().filter(|e| e.text == t) {
            e.kind = k;
        }
    }
}

/// The strict majority kind of mention counts `c` (by `EntityKind as
/// usize`), when the mentions have two kinds or more.
fn majority(c: [usize; 3]) -> Option<EntityKind> {
    if c.iter().filter(|&&n| n > 0).count() <= 1 {
        return None;
    }
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
    (c.iter().filter(|&&m| m == n).count() == 1).then_some(best)
}

/// [`vote_kinds`] with a map of texts (the oracle in tests).
#[cfg(test)]
fn vote_kinds_map(ents: &mut [Entity]) {
    let mut counts: FxMap<&str, [usize; 3]> = FxMap::default();
    for e in ents.iter() {
        counts.entry(&e.text).or_default()[e.kind as usize] += 1;
    }
    let winners: FxMap<String, EntityKind> = counts
        .into_iter()
        .filter_map(|(t, c)| majority(c).map(|k| (t.to_string(), k)))
        .collect();
    for e in ents.iter_mut() {
        if let Some(&k) = winners.get(&e.text) {
            e.kind = k;
        }
    }
}

// Once per article: kept out of line (and visible in profiles).
#[inline(never)]
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
            for at in occurrences(line.as_bytes(), surface.as_bytes()) {
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

#[cfg(test)]
mod tests {
    use crate::extract::names::EntityKind;

    fn persons(text: &str) -> Vec<String> {
        crate::extract::names::tests::run(text)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.text)
            .collect()
    }

    /// `occurrences` finds what `memmem::find_iter` finds, in the same
    /// order and as non-overlapping: real article texts and words from
    /// them (lowercased, capitalized, whole names), periodic needles and
    /// haystacks around the packed-pair searcher's minimum length.
    #[test]
    fn occurrences_equal_find_iter() {
        use super::{memmem, occurrences};
        let check = |hay: &str, needle: &str| {
            let want: Vec<usize> = memmem::find_iter(hay.as_bytes(), needle.as_bytes()).collect();
            let got: Vec<usize> = occurrences(hay.as_bytes(), needle.as_bytes()).collect();
            assert_eq!(got, want, "{needle:?} in {:?}", &hay[..hay.len().min(60)]);
        };
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
        let mut texts: Vec<String> = Vec::new();
        for story in std::fs::read_dir(&dir).expect("stories").flatten() {
            for f in std::fs::read_dir(story.path()).expect("story").flatten() {
                if f.path().extension().is_some_and(|x| x == "txt") {
                    texts.push(std::fs::read_to_string(f.path()).expect("text"));
                }
            }
        }
        assert!(texts.len() > 20, "story texts");
        for text in &texts {
            let words: Vec<&str> = text.split_whitespace().step_by(7).take(40).collect();
            for w in &words {
                check(text, w);
                check(text, &w.to_lowercase());
                check(&text[..text.len().min(40)], w);
            }
            let line = text.lines().next().unwrap_or_default();
            for w in &words {
                check(line, w);
            }
        }
        for (hay, needle) in [
            ("anananana", "ana"),
            ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aa"),
            ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaa"),
            ("Gempa gempa GEMPA gempa", "gempa"),
            ("", "gempa"),
            ("ge", "gempa"),
            ("gempa", ""),
            ("gempa", "g"),
            ("Jokowi-JK, Jokowi dan JK", "JK"),
            ("Ávila di Ávila", "Ávila"),
        ] {
            check(hay, needle);
        }
    }

    #[test]
    fn tickets_and_plain_openers() {
        let rows: &[(&str, &[&str], &[&str])] = &[
            // Two full names joined by a hyphen are two people.
            (
                "Hitung cepat menunjukkan pasangan Ahmad Luthfi-Taj Yasin unggul atas Andika Perkasa-Hendrar Prihadi.",
                &[
                    "Ahmad Luthfi",
                    "Taj Yasin",
                    "Andika Perkasa",
                    "Hendrar Prihadi",
                ],
                &["Ahmad Luthfi-Taj Yasin"],
            ),
            // Other compounds stay whole.
            ("Duet Jokowi-JK dinilai berhasil.", &[], &["Jokowi", "JK"]),
            // A sentence-opening word the article writes in lowercase.
            (
                "Gempa susulan terjadi 45 kali. Warga masih takut karena gempa utama merusak rumah.",
                &[],
                &["Gempa"],
            ),
        ];
        let mut failures = Vec::new();
        for (text, want, never) in rows {
            let got = persons(text);
            for w in *want {
                if !got.iter().any(|g| g == w) {
                    failures.push(format!("{text}: missing {w:?} in {got:?}"));
                }
            }
            for w in *never {
                if got.iter().any(|g| g == w) {
                    failures.push(format!("{text}: unwanted {w:?} in {got:?}"));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
