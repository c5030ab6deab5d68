//! The claim vocabulary (counted-noun classes, event classes, attribution cues,
//! hedges, classifiers, markers of additional quantities, clause breaks, change
//! words), loaded once from `src/data/claim_*.txt`, and one scan that finds all
//! of them in an article.
//!
//! The scan lowercases the text (ASCII only, so byte offsets are kept), looks
//! up each word in a table of the phrases starting with that word and keeps
//! whole-word matches (a noun or verb may carry the `-nya` clitic). A match inside a longer match is dropped, so
//! "seperti dilaporkan" wins over the hedge "dilaporkan". It does not decide
//! what a claim is; that is [`super::extract`].

use crate::data;
use crate::resolve::fxhash::{FxHashMap, FxHashSet};
#[cfg(test)]
use aho_corasick::MatchKind;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What a matched phrase means. One phrase may mean several things
/// ("tewas" is a counted noun and an event).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A counted noun of the class with this index in [`Words::nouns`].
    Noun(usize),
    /// An event of the class with this index in [`Words::events`].
    Event(usize),
    /// An attribution cue; `after` when the source follows it.
    Attribution {
        after: bool,
    },
    Hedge,
    Classifier,
    Additional,
    Break,
    ChangeFrom,
    ChangeTo,
    /// "di antaranya" after a figure: the figure is a part of another quantity.
    Partitive,
    /// A verb linking a count to its state ("mengalami luka berat").
    Link,
    /// A period qualifier ("secara bulanan", "yoy"): the index of its variant
    /// in [`Words::periods`].
    Period(usize),
    /// A target, forecast or plan word ("menargetkan", "diproyeksikan"):
    /// the index of its kind in [`Words::modalities`].
    Modality(usize),
    /// A set phrase that only hides the shorter cues inside it: `saat ini`
    /// ("now") is an adverb, not the clause opener `saat` ("when"). It
    /// answers no question ([`Cue::bit`] is 0).
    Idiom,
}

impl Cue {
    /// The bit of this cue's kind in [`Hit::kinds`] (one bit per variant,
    /// whatever its index).
    pub const fn bit(self) -> u16 {
        match self {
            Cue::Noun(_) => kind::NOUN,
            Cue::Event(_) => kind::EVENT,
            Cue::Attribution { .. } => kind::ATTRIBUTION,
            Cue::Hedge => kind::HEDGE,
            Cue::Classifier => kind::CLASSIFIER,
            Cue::Additional => kind::ADDITIONAL,
            Cue::Break => kind::BREAK,
            Cue::ChangeFrom => kind::CHANGE_FROM,
            Cue::ChangeTo => kind::CHANGE_TO,
            Cue::Partitive => kind::PARTITIVE,
            Cue::Link => kind::LINK,
            Cue::Period(_) => kind::PERIOD,
            Cue::Modality(_) => kind::MODALITY,
            Cue::Idiom => 0,
        }
    }
}

/// The kinds of cue a hit carries, as bits ([`Hit::has`]): the claim
/// questions (is it a break, a noun, an event?) walk a sentence's hits many
/// times, and a bit test skips a hit without reading its cue list.
pub mod kind {
    pub const NOUN: u16 = 1;
    pub const EVENT: u16 = 1 << 1;
    pub const ATTRIBUTION: u16 = 1 << 2;
    pub const HEDGE: u16 = 1 << 3;
    pub const CLASSIFIER: u16 = 1 << 4;
    pub const ADDITIONAL: u16 = 1 << 5;
    pub const BREAK: u16 = 1 << 6;
    pub const CHANGE_FROM: u16 = 1 << 7;
    pub const CHANGE_TO: u16 = 1 << 8;
    pub const PARTITIVE: u16 = 1 << 9;
    pub const LINK: u16 = 1 << 10;
    pub const PERIOD: u16 = 1 << 11;
    pub const MODALITY: u16 = 1 << 12;
}

/// One event class: its label and the noun class a bare count implies.
#[derive(Clone, Debug)]
pub struct EventClass {
    pub label: &'static str,
    pub implies: Option<usize>,
    /// A change ("naik", "turun"): it says that a value moved, not what it counts.
    pub change: bool,
    /// Named like a noun class ("gempa"): a thing that happens, an event for
    /// dates only.
    pub thing: bool,
}

/// The whole vocabulary.
pub struct Words {
    /// Noun class labels.
    pub nouns: Vec<&'static str>,
    pub events: Vec<EventClass>,
    pub stopwords: WordSet,
    /// Lowercase synonym → noun class.
    noun_of: FxHashMap<&'static str, usize>,
    /// Classifiers and generic counters ("orang", "warga", "butir").
    pub classifiers: WordSet,
    /// Nouns whose predicate refines their class ("korban").
    pub generic: WordSet,
    /// Words that may stand between a counter and its predicate ("masih", "yang").
    pub skips: WordSet,
    /// Words that count like a classifier before a predicate ("119 lainnya luka-luka").
    pub counters: WordSet,
    /// Predicates before a figure that make it count its clause's subject
    /// ("jumlah pengungsi … mencapai 4.100 orang").
    pub subjects: WordSet,
    /// Nouns of people by role ("buruh", "mahasiswa"): a predicate right
    /// after them or the class their event implies decides what they count.
    pub roles: WordSet,
    /// Common nouns naming a party as a source ("polisi", "panitia").
    pub parties: WordSet,
    /// Discourse words opening a sentence before a source ("adapun").
    pub openers: WordSet,
    /// Words before a date that make it the time a count holds at
    /// ("bertambah menjadi 19 orang hingga Selasa").
    pub as_of: WordSet,
    /// Time-of-day words beside a date ("sekitar pukul 02.30 WITA", "dini hari").
    pub time_words: WordSet,
    /// Words opening a time phrase between a change's size and its `to`
    /// word (`between` in claim_change.txt).
    pub change_gap: WordSet,
    /// Period variants of a noun class ("bulanan", "tahunan", "tahun kalender").
    pub periods: Vec<&'static str>,
    /// Month and weekday names, lowercase: never an actor ("inflasi Oktober 2025").
    pub calendar: WordSet,
    /// Modality kinds (`target`, `forecast`, `plan`), indexed by [`Cue::Modality`].
    pub modalities: Vec<&'static str>,
    /// Modality words that count only right before an act verb (`akan |
    /// plan | act`: "Bulog akan menyalurkan 150.000 ton"), with the index of
    /// their kind in `modalities`; never scanned as phrases (`akan` alone is
    /// everywhere: "yang akan datang", "akan tetapi").
    pub before_act: Vec<(&'static str, usize)>,
    /// The phrases (lowercase bytes), indexed by pattern.
    phrases: Vec<Box<[u8]>>,
    /// The words a phrase may start with ([`first_word`]; a one-word
    /// phrase also under itself plus `-nya`), each with its phrases,
    /// shortest first: a hit starts at a word start whose word is one here.
    starts: Vec<Start>,
    /// The start words by [`word_key`]: `slots[k]` is 1 + the index in
    /// `starts` of the first one with key `k` (0: none), the others chained
    /// by [`Start::next`]. Built once, it replaces hashing the word's bytes
    /// for each candidate word of the text (a word's key is computed anyway
    /// for the bit set `firsts`).
    slots: Box<[u16]>,
    cues: Vec<Vec<Cue>>,
    /// The kinds of each pattern's cues ([`Cue::bit`]), copied into its hits.
    kinds: Vec<u16>,
    /// The words a hit can start with ([`first_word`]), as a bit set of
    /// [`word_key`]s: most words start none, and the automaton is not walked.
    firsts: Box<[u64; 1024]>,
    /// The longest phrase plus a `-nya` clitic: no hit is longer.
    reach: usize,
    /// Some phrase starts with a byte that is no word byte (its first word
    /// is empty): only then must the scan look up the empty word at each
    /// space or mark.
    blank_start: bool,
    /// The phrases, for testing the scan against a plain overlapping search.
    #[cfg(test)]
    patterns: Vec<String>,
}

pub const NOUNS: &str = include_str!("../data/claim_nouns.txt");
pub const EVENTS: &str = include_str!("../data/claim_events.txt");
pub const ATTRIBUTION: &str = include_str!("../data/claim_attribution.txt");
pub const HEDGES: &str = include_str!("../data/claim_hedges.txt");
pub const CLASSIFIERS: &str = include_str!("../data/claim_classifiers.txt");
pub const ADDITIONAL: &str = include_str!("../data/claim_additional.txt");
pub const BREAKS: &str = include_str!("../data/claim_clause_breaks.txt");
pub const CHANGE: &str = include_str!("../data/claim_change.txt");
pub const PARTITIVE: &str = include_str!("../data/claim_partitive.txt");
pub const PREDICATE: &str = include_str!("../data/claim_predicate.txt");
pub const PERIODS: &str = include_str!("../data/claim_periods.txt");
pub const MODALITY: &str = include_str!("../data/claim_modality.txt");
pub const SOURCES: &str = include_str!("../data/claim_sources.txt");
pub const MONTHS: &str = include_str!("../data/date_months.txt");
pub const WEEKDAYS: &str = include_str!("../data/date_weekdays.txt");
pub const STOPWORDS: &str = include_str!("../data/stopwords_id.txt");

/// The built-in vocabulary.
pub static WORDS: LazyLock<Words> = LazyLock::new(Words::builtin);

impl Words {
    fn builtin() -> Words {
        let mut phrases: Vec<(String, Cue)> = Vec::new();
        let mut nouns = Vec::new();
        let mut noun_of = FxHashMap::default();
        for line in data::lines("claim_nouns.txt", NOUNS) {
            let class = nouns.len();
            let mut fields = line.fields();
            let label = fields.next().unwrap_or_default();
            nouns.push(label);
            for f in std::iter::once(label).chain(fields) {
                noun_of.entry(f).or_insert(class);
                phrases.push((f.to_lowercase(), Cue::Noun(class)));
            }
        }
        let mut events = Vec::new();
        for line in data::lines("claim_events.txt", EVENTS) {
            let mut fields = line.fields();
            let label = fields.next().unwrap_or_default();
            let implies = fields.next().and_then(|n| noun_of.get(n).copied());
            let class = events.len();
            events.push(EventClass {
                label,
                implies,
                change: false,
                thing: nouns.contains(&label),
            });
            for f in fields {
                phrases.push((f.to_lowercase(), Cue::Event(class)));
            }
        }
        for line in data::lines("claim_attribution.txt", ATTRIBUTION) {
            let mut fields = line.fields();
            let cue = fields.next().unwrap_or_default();
            let after = fields.next() != Some("before");
            phrases.push((cue.to_lowercase(), Cue::Attribution { after }));
        }
        let simple = [
            ("claim_hedges.txt", HEDGES, Cue::Hedge),
            ("claim_classifiers.txt", CLASSIFIERS, Cue::Classifier),
            ("claim_additional.txt", ADDITIONAL, Cue::Additional),
            ("claim_clause_breaks.txt", BREAKS, Cue::Break),
            ("claim_partitive.txt", PARTITIVE, Cue::Partitive),
        ];
        let mut classifiers = FxHashSet::default();
        for (file, src, cue) in simple {
            for line in data::lines(file, src) {
                if cue == Cue::Classifier {
                    classifiers.insert(line.text);
                }
                // `idiom | saat ini | saat itu`: phrases that are not the cue.
                let mut fields = line.fields();
                match fields.next() {
                    Some("idiom") => {
                        phrases.extend(fields.map(|f| (f.to_lowercase(), Cue::Idiom)));
                    }
                    _ => phrases.push((line.text.to_lowercase(), cue)),
                }
            }
        }
        let (mut generic, mut skips) = (FxHashSet::default(), FxHashSet::default());
        let (mut counters, mut subjects) = (FxHashSet::default(), FxHashSet::default());
        let (mut roles, mut time_words) = (FxHashSet::default(), FxHashSet::default());
        let mut as_of = FxHashSet::default();
        let mut change_gap = FxHashSet::default();
        for line in data::lines("claim_predicate.txt", PREDICATE) {
            let mut fields = line.fields();
            match fields.next() {
                Some("generic") => generic.extend(fields),
                Some("counter") => counters.extend(fields),
                Some("subject") => subjects.extend(fields),
                Some("role") => roles.extend(fields),
                Some("asof") => as_of.extend(fields),
                Some("time") => time_words.extend(fields),
                Some("link") => phrases.extend(fields.map(|f| (f.to_lowercase(), Cue::Link))),
                _ => skips.extend(fields),
            }
        }
        let (mut parties, mut openers) = (FxHashSet::default(), FxHashSet::default());
        for line in data::lines("claim_sources.txt", SOURCES) {
            let mut fields = line.fields();
            match fields.next() {
                Some("party") => parties.extend(fields),
                _ => openers.extend(fields),
            }
        }
        let mut periods = Vec::new();
        for line in data::lines("claim_periods.txt", PERIODS) {
            let mut fields = line.fields();
            let variant = fields.next().unwrap_or_default();
            let cue = Cue::Period(periods.len());
            periods.push(variant);
            phrases.extend(fields.map(|f| (f.to_lowercase(), cue)));
        }
        let mut modalities: Vec<&'static str> = Vec::new();
        let mut before_act = Vec::new();
        for line in data::lines("claim_modality.txt", MODALITY) {
            let mut fields = line.fields();
            let phrase = fields.next().unwrap_or_default();
            let kind = fields.next().unwrap_or("target");
            let k = match modalities.iter().position(|m| *m == kind) {
                Some(k) => k,
                None => {
                    modalities.push(kind);
                    modalities.len() - 1
                }
            };
            if fields.next() == Some("act") {
                before_act.push((phrase, k));
            } else {
                phrases.push((phrase.to_lowercase(), Cue::Modality(k)));
            }
        }
        // Field 2 of a month line is its number: every other field is a name.
        let mut calendar = FxHashSet::default();
        for line in data::lines("date_months.txt", MONTHS) {
            calendar.extend(line.fields().filter(|f| f.parse::<u32>().is_err()));
        }
        for line in data::lines("date_weekdays.txt", WEEKDAYS) {
            calendar.extend(line.fields().next());
        }
        for line in data::lines("claim_change.txt", CHANGE) {
            let mut fields = line.fields();
            let cue = match fields.next() {
                Some("from") => Cue::ChangeFrom,
                Some("between") => {
                    change_gap.extend(fields);
                    continue;
                }
                Some("event") => {
                    for f in fields {
                        events
                            .iter_mut()
                            .filter(|e| e.label == f)
                            .for_each(|e| e.change = true);
                    }
                    continue;
                }
                _ => Cue::ChangeTo,
            };
            phrases.extend(fields.map(|f| (f.to_lowercase(), cue)));
        }
        // One automaton pattern per distinct phrase, carrying all its meanings.
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut cues: Vec<Vec<Cue>> = Vec::new();
        for (p, cue) in phrases {
            let i = *index.entry(p.clone()).or_insert_with(|| {
                patterns.push(p);
                cues.push(Vec::new());
                cues.len() - 1
            });
            if !cues[i].contains(&cue) {
                cues[i].push(cue);
            }
        }
        // Each phrase under the words of the text that may start it.
        let mut firsts = Box::new([0u64; 1024]);
        let mut by_word: HashMap<Vec<u8>, Vec<u32>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            let p = p.as_bytes();
            let first = first_word(p);
            let mut words = vec![first.to_vec()];
            if first.len() == p.len() {
                words.push([p, b"nya"].concat());
            }
            for w in words {
                let k = word_key(&w);
                firsts[k >> 6] |= 1 << (k & 63);
                by_word.entry(w).or_default().push(i as u32);
            }
        }
        // Sorted words, so the chains (and the table) do not depend on the
        // hash map's order.
        let mut by_word: Vec<(Vec<u8>, Vec<u32>)> = by_word.into_iter().collect();
        by_word.sort();
        let mut starts: Vec<Start> = Vec::with_capacity(by_word.len());
        let mut slots = vec![0u16; 1 << 16].into_boxed_slice();
        for (w, mut ids) in by_word {
            ids.sort_by_key(|&i| (patterns[i as usize].len(), i));
            let k = word_key(&w);
            // Prepended to the chain of its key.
            let next = slots[k];
            starts.push(Start {
                packed: packed(&w),
                word: w.into_boxed_slice(),
                ids: ids.into_boxed_slice(),
                next,
            });
            slots[k] = u16::try_from(starts.len()).expect("fewer than 65536 start words");
        }
        let phrases = patterns
            .iter()
            .map(|p| p.as_bytes().to_vec().into_boxed_slice())
            .collect();
        let reach = patterns.iter().map(String::len).max().unwrap_or(0) + 3;
        let kinds = cues
            .iter()
            .map(|cs| cs.iter().fold(0, |k, c| k | c.bit()))
            .collect();
        let stopwords: FxHashSet<&'static str> = data::lines("stopwords_id.txt", STOPWORDS)
            .map(|l| l.text)
            .collect();
        let blank_start = starts.iter().any(|st| st.word.is_empty());
        Words {
            blank_start,
            nouns,
            events,
            stopwords: WordSet::new(stopwords),
            noun_of,
            classifiers: WordSet::new(classifiers),
            generic: WordSet::new(generic),
            skips: WordSet::new(skips),
            counters: WordSet::new(counters),
            subjects: WordSet::new(subjects),
            roles: WordSet::new(roles),
            parties: WordSet::new(parties),
            openers: WordSet::new(openers),
            as_of: WordSet::new(as_of),
            time_words: WordSet::new(time_words),
            change_gap: WordSet::new(change_gap),
            periods,
            calendar: WordSet::new(calendar),
            modalities,
            before_act,
            phrases,
            starts,
            slots,
            cues,
            kinds,
            firsts,
            reach,
            #[cfg(test)]
            patterns,
        }
    }

    /// The noun class of a lowercase word or phrase, `-nya` removed.
    pub fn noun_class(&self, word: &str) -> Option<usize> {
        let w = word.strip_suffix("nya").filter(|s| s.len() > 2);
        self.noun_of
            .get(word)
            .or_else(|| w.and_then(|w| self.noun_of.get(w)))
            .copied()
    }

    /// [`Words::noun_class`] of `a` and `b` joined by a space ("korban
    /// meninggal", "inflasi bulanan"), joined on the stack when short.
    pub fn noun_class_pair(&self, a: &str, b: &str) -> Option<usize> {
        let mut buf = [0u8; 64];
        let n = a.len() + 1 + b.len();
        match buf.get_mut(..n) {
            Some(joined) => {
                joined[..a.len()].copy_from_slice(a.as_bytes());
                joined[a.len()] = b' ';
                joined[a.len() + 1..].copy_from_slice(b.as_bytes());
                // Two strings and a space: always UTF-8.
                std::str::from_utf8(joined)
                    .ok()
                    .and_then(|w| self.noun_class(w))
            }
            None => self.noun_class(&format!("{a} {b}")),
        }
    }

    /// All whole-word matches in `lower` (an ASCII-lowercased text), sorted by
    /// start, with matches inside longer matches removed.
    pub fn scan(&self, lower: &str) -> Vec<Hit> {
        let mut out = Vec::new();
        self.scan_into(lower.as_bytes(), 0, lower.len(), &mut out);
        out
    }

    /// The hits of [`Words::scan`] that start in `from..to`, appended to `out`
    /// in start order. Only the word starts from [`Words::reach`] bytes before
    /// `from` are walked: a hit starting further back ends before `from`, so
    /// it cannot contain one starting at or after `from`.
    pub fn scan_into(&self, bytes: &[u8], from: usize, to: usize, out: &mut Vec<Hit>) {
        if self.blank_start {
            self.scan_walk(bytes, from, to, out);
        } else {
            self.scan_blocks(bytes, from, to, out);
        }
    }

    /// [`Words::scan_into`] when every phrase starts with a word byte: the
    /// word starts are read from bit masks of 64 bytes at a time.
    fn scan_blocks(&self, bytes: &[u8], from: usize, to: usize, out: &mut Vec<Hit>) {
        let to = to.min(bytes.len());
        let mut s = from.saturating_sub(self.reach);
        if s >= to {
            return;
        }
        if s > 0 && is_word_byte(bytes, s - 1) {
            s = next_word_start(bytes, s);
        }
        let mut last_end = 0;
        let mut here: Vec<Hit> = Vec::new();
        // The word starts of `s..to`, 64 bytes a block ([`word_masks`]):
        // a word start is a word byte after a byte that is none. `s` is
        // one, or a byte that is no word byte: the byte before it is none.
        let mut base = s;
        let mut prev_word = false;
        while base < to {
            let (word, after) = word_masks(bytes, base);
            let mut starts = word & !(word << 1 | u64::from(prev_word));
            prev_word = word >> 63 != 0;
            // Starts at or after `to` are not walked.
            if to - base < 64 {
                starts &= (1u64 << (to - base)) - 1;
            }
            while starts != 0 {
                let p = starts.trailing_zeros() as usize;
                starts &= starts - 1;
                let s = base + p;
                // The word's end: the first byte after `s` that is no word
                // byte, in this block or (rarely) past it.
                let rest = !word >> p;
                let end = if rest != 0 {
                    s + rest.trailing_zeros() as usize
                } else {
                    run_end(bytes, after)
                };
                let key = word_key_at(bytes, s, end);
                if self.firsts[key >> 6] & (1 << (key & 63)) != 0
                    && let Some(ids) = self.start_ids(key, bytes, s, end)
                {
                    self.hits_at(bytes, s, end, ids, from, &mut last_end, &mut here, out);
                }
            }
            base = after;
        }
    }

    /// The hits of the phrases `ids` (shortest first) starting at the word
    /// `s..end`, longest first, but those inside the last hit kept (ending
    /// at or before `last_end`), appended to `out` when `s` is at or after
    /// `from`. `here` is scratch.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn hits_at(
        &self,
        bytes: &[u8],
        s: usize,
        end: usize,
        ids: &[u32],
        from: usize,
        last_end: &mut usize,
        here: &mut Vec<Hit>,
        out: &mut Vec<Hit>,
    ) {
        here.clear();
        for &p in ids.iter() {
            let p = p as usize;
            let phrase = &self.phrases[p];
            if let Some(rest) = phrase.get(end - s..).filter(|r| !r.is_empty())
                && (bytes.get(end + rest.len() - 1) != rest.last()
                    || !bytes[end..].starts_with(rest))
            {
                continue;
            }
            if let Some(end) = self.word_end(bytes, p, s + self.phrases[p].len()) {
                here.push(Hit {
                    start: s,
                    end,
                    pattern: p,
                    kinds: self.kinds[p],
                });
            }
        }
        if here.len() > 1 {
            here.sort_by_key(|h| std::cmp::Reverse(h.end));
        }
        for &h in here.iter() {
            if h.end <= *last_end {
                continue;
            }
            *last_end = h.end;
            if s >= from {
                out.push(h);
            }
        }
    }

    /// [`Words::scan_into`] one word start at a time, as first written: the
    /// scan when a phrase starts with a byte that is no word byte, and the
    /// tests' oracle of the block walk.
    fn scan_walk(&self, bytes: &[u8], from: usize, to: usize, out: &mut Vec<Hit>) {
        let to = to.min(bytes.len());
        // `s` is a word start: the text start, or just after a byte that is
        // not a word byte ([`is_word_byte`]). A match starts a word, so only
        // word starts are walked.
        let mut s = from.saturating_sub(self.reach);
        if s > 0 && is_word_byte(bytes, s - 1) {
            s = next_word_start(bytes, s);
        }
        // The largest end of the hits seen: a hit ending there or before is
        // inside a longer one that starts earlier (or at the same place).
        let mut last_end = 0;
        // The whole-word matches starting at one position, longest first.
        let mut here: Vec<Hit> = Vec::new();
        while s < to {
            // A space or a mark: the word at `s` is empty (a hyphen here
            // follows no letter), and no phrase starts with an empty word.
            if !WORD_BYTE[usize::from(bytes[s])] && !self.blank_start {
                s += 1;
                continue;
            }
            // The word at `s`; most words cannot start a phrase.
            let end = run_end(bytes, s);
            let key = word_key(&bytes[s..end]);
            if self.firsts[key >> 6] & (1 << (key & 63)) != 0
                && let Some(ids) = self.start_ids(key, bytes, s, end)
            {
                // The phrases starting with this word, shortest first: the
                // order a walk along the text meets their ends in.
                here.clear();
                for &p in ids.iter() {
                    let p = p as usize;
                    // The word is the phrase's first word (or the phrase
                    // plus `-nya`): a phrase no longer than it is its
                    // prefix, a longer one continues it (its last byte
                    // tested first: most continuations differ there).
                    let phrase = &self.phrases[p];
                    if let Some(rest) = phrase.get(end - s..).filter(|r| !r.is_empty())
                        && (bytes.get(end + rest.len() - 1) != rest.last()
                            || !bytes[end..].starts_with(rest))
                    {
                        continue;
                    }
                    if let Some(end) = self.word_end(bytes, p, s + self.phrases[p].len()) {
                        here.push(Hit {
                            start: s,
                            end,
                            pattern: p,
                            kinds: self.kinds[p],
                        });
                    }
                }
                // Longest first (a stable sort keeps the shorter phrase
                // first among equal ends: "korban" + "nya" before "korbannya").
                if here.len() > 1 {
                    here.sort_by_key(|h| std::cmp::Reverse(h.end));
                }
                for &h in &here {
                    // In start order, longest first: a hit ending inside the
                    // last kept one is contained in it.
                    if h.end <= last_end {
                        continue;
                    }
                    last_end = h.end;
                    if s >= from {
                        out.push(h);
                    }
                }
            }
            s = end + 1;
        }
    }

    /// The phrases starting with `word` (whose [`word_key`] is `key`),
    /// shortest first, if it is a start word: the chain of its key's slot.
    fn start_ids(&self, key: usize, bytes: &[u8], s: usize, end: usize) -> Option<&[u32]> {
        let mut at = self.slots[key];
        if at == 0 {
            return None;
        }
        let word = &bytes[s..end];
        let short = packed_at(bytes, s, end);
        while at != 0 {
            let st = &self.starts[usize::from(at) - 1];
            // Most start words are short: one integer compare.
            let same = match short {
                Some(w) => st.packed == Some(w),
                None => *st.word == *word,
            };
            if same {
                return Some(&st.ids);
            }
            at = st.next;
        }
        None
    }

    /// The longest hit: a phrase plus a `-nya` clitic.
    pub fn reach(&self) -> usize {
        self.reach
    }

    /// Where a match of `pattern` ending at `e` ends as a whole word: at `e`
    /// when a word ends there, after a `-nya` clitic for nouns, events and
    /// classifiers, else None.
    fn word_end(&self, bytes: &[u8], pattern: usize, e: usize) -> Option<usize> {
        if e == bytes.len() || !is_word_byte(bytes, e) {
            return Some(e);
        }
        let clitic = self.kinds[pattern] & (kind::NOUN | kind::EVENT | kind::CLASSIFIER) != 0
            && bytes[e..].starts_with(b"nya")
            && (e + 3 == bytes.len() || !is_word_byte(bytes, e + 3));
        clitic.then_some(e + 3)
    }

    /// The meanings of a hit.
    pub fn cues(&self, hit: &Hit) -> &[Cue] {
        &self.cues[hit.pattern]
    }
}

/// A word a phrase may start with, and those phrases ([`Words::starts`]).
struct Start {
    word: Box<[u8]>,
    /// [`packed`] `word`.
    packed: Option<u128>,
    /// The phrases, shortest first.
    ids: Box<[u32]>,
    /// 1 + the index of the next start word with the same key, 0 at the end.
    next: u16,
}

/// A set of words that rejects most words without hashing them: the claim
/// questions ask whether a word of the text is a stopword, a classifier, a
/// time word … many times per claim, and nearly always it is not. A word
/// whose length or first byte no member has is not one (two bit tests);
/// only the others are looked up.
pub struct WordSet {
    set: FxHashSet<&'static str>,
    /// Bit `b % 64` of word `b / 64`: some member starts with byte `b`.
    firsts: [u64; 4],
    /// Bit `n` (`n` < 64): some member has `n` bytes; bit 63 also stands
    /// for every longer length.
    lens: u64,
}

impl WordSet {
    pub fn new(set: FxHashSet<&'static str>) -> WordSet {
        let (mut firsts, mut lens) = ([0u64; 4], 0u64);
        for w in &set {
            let b = usize::from(w.as_bytes().first().copied().unwrap_or(0));
            firsts[b / 64] |= 1 << (b % 64);
            lens |= 1 << w.len().min(63);
        }
        WordSet { set, firsts, lens }
    }

    /// True when `w` is a member (as `HashSet::contains`).
    pub fn contains(&self, w: &str) -> bool {
        let b = usize::from(w.as_bytes().first().copied().unwrap_or(0));
        self.lens & (1 << w.len().min(63)) != 0
            && self.firsts[b / 64] & (1 << (b % 64)) != 0
            && self.set.contains(w)
    }

    pub fn iter(&self) -> impl Iterator<Item = &&'static str> {
        self.set.iter()
    }
}

/// A whole-word match of a vocabulary phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pattern: usize,
    /// The kinds of its cues ([`kind`]): `Words::cues(h)` folded by [`Cue::bit`].
    kinds: u16,
}

impl Hit {
    /// True when one of its cues is of a kind in `mask` ([`kind`] bits).
    pub const fn has(&self, mask: u16) -> bool {
        self.kinds & mask != 0
    }
}

/// Letters, digits and every byte of a non-ASCII char (the hyphen is
/// decided by its neighbour, see [`is_word_byte`]).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b >= 0x80;
        b += 1;
    }
    t
};

/// True when the byte at `i` belongs to a word (letters, digits, or any byte
/// of a non-ASCII char, which is always a letter-ish continuation here).
fn is_word_byte(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    b.is_ascii_alphanumeric()
        || b >= 0x80
        || b == b'-' && i > 0 && bytes[i - 1].is_ascii_alphabetic()
}

/// The first word start after `s`: just after the next byte at or after `s`
/// that is not a word byte (`s + 1` when `s` itself is a space or a mark).
fn next_word_start(bytes: &[u8], s: usize) -> usize {
    run_end(bytes, s) + 1
}

/// The word bytes ([`is_word_byte`]) of the 64 bytes from `base` as bits
/// (bit `i` for byte `base + i`; bytes past the text are none), and `base +
/// 64`.
#[inline]
fn word_masks(bytes: &[u8], base: usize) -> (u64, usize) {
    let mut block = [0u8; 64];
    let chunk: &[u8; 64] = match bytes.get(base..base + 64) {
        Some(c) => c.try_into().unwrap_or(&block),
        None => {
            let rest = bytes.get(base..).unwrap_or(&[]);
            block[..rest.len()].copy_from_slice(rest);
            &block
        }
    };
    let (plain, alpha, hyphen) = class_masks(chunk);
    // A hyphen after an ASCII letter joins a word ("luka-luka").
    let before = base > 0 && bytes[base - 1].is_ascii_alphabetic();
    let word = plain | hyphen & (alpha << 1 | u64::from(before));
    (word, base + 64)
}

/// Of 64 bytes, as bits: the [`WORD_BYTE`]s, the ASCII letters and the
/// hyphens. SSE2 (every x86-64) compares sixteen bytes at once.
#[cfg(target_arch = "x86_64")]
#[inline]
fn class_masks(chunk: &[u8; 64]) -> (u64, u64, u64) {
    use std::arch::x86_64::*;
    let (mut plain, mut alpha, mut hyphen) = (0u64, 0u64, 0u64);
    for (i, sixteen) in chunk.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of x86-64; the load reads the sixteen bytes
        // of `sixteen` (unaligned).
        let (p, a, h) = unsafe {
            let v = _mm_loadu_si128(sixteen.as_ptr().cast());
            // Signed compares: a byte of 0x80 or more is negative, so in
            // neither range; its own high bit marks it a word byte.
            let low = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let letter = _mm_and_si128(
                _mm_cmpgt_epi8(low, _mm_set1_epi8(0x60)),
                _mm_cmplt_epi8(low, _mm_set1_epi8(0x7B)),
            );
            let digit = _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(0x2F)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(0x3A)),
            );
            let high = _mm_movemask_epi8(v) as u32 as u64;
            let p = _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32 as u64 | high;
            let a = _mm_movemask_epi8(letter) as u32 as u64;
            let h = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'-' as i8))) as u32 as u64;
            (p, a, h)
        };
        plain |= p << (16 * i);
        alpha |= a << (16 * i);
        hyphen |= h << (16 * i);
    }
    (plain, alpha, hyphen)
}

/// [`class_masks`] one byte at a time (other targets, and the SSE2 path's
/// test oracle).
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn class_masks_bytewise(chunk: &[u8; 64]) -> (u64, u64, u64) {
    let (mut plain, mut alpha, mut hyphen) = (0u64, 0u64, 0u64);
    for (i, &b) in chunk.iter().enumerate() {
        plain |= u64::from(WORD_BYTE[usize::from(b)]) << i;
        alpha |= u64::from(b.is_ascii_alphabetic()) << i;
        hyphen |= u64::from(b == b'-') << i;
    }
    (plain, alpha, hyphen)
}

#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn class_masks(chunk: &[u8; 64]) -> (u64, u64, u64) {
    class_masks_bytewise(chunk)
}

/// The end of the run of word bytes starting at `s` (`s` itself when it is
/// a space or a mark).
fn run_end(bytes: &[u8], s: usize) -> usize {
    let mut i = s;
    loop {
        i = word_bytes_end(bytes, i);
        // A hyphen after a letter joins a word ("luka-luka").
        if i < bytes.len() && bytes[i] == b'-' && i > 0 && bytes[i - 1].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        return i;
    }
}

/// The first byte at or after `i` that is no [`WORD_BYTE`], else the text
/// end. Eight bytes are tested at once.
fn word_bytes_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let stops = non_word_mask(u64::from_le_bytes(eight));
        if stops != 0 {
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let rest = bytes.get(i..).unwrap_or(&[]);
    i + rest
        .iter()
        .position(|&b| !WORD_BYTE[usize::from(b)])
        .unwrap_or(rest.len())
}

/// The high bit of each byte of `x` that is no [`WORD_BYTE`]: not an ASCII
/// letter or digit, and below 0x80.
fn non_word_mask(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Per 7-bit byte `v`: the high bit of `v + 0x80 - lo` says `v >= lo`,
    // that of `v + 0x7F - hi` says `v > hi`; no sum carries into the next byte.
    let within =
        |v: u64, lo: u64, hi: u64| (v + ONES * (0x80 - lo)) & !(v + ONES * (0x7F - hi)) & HIGH;
    let low = x & !HIGH;
    let letter = within(low | (ONES * 0x20), 0x61, 0x7A);
    let digit = within(low, 0x30, 0x39);
    !(x | letter | digit) & HIGH
}

/// The first word of a phrase as a word start in the text reads it: its
/// leading run of word bytes (a leading hyphen follows no letter). A hit
/// of the phrase starts at a word that is this run, or, for a one-word
/// phrase, the phrase with a `-nya` clitic.
fn first_word(p: &[u8]) -> &[u8] {
    let n = (0..p.len())
        .find(|&i| {
            let b = p[i];
            !(WORD_BYTE[usize::from(b)] || b == b'-' && i > 0 && p[i - 1].is_ascii_alphabetic())
        })
        .unwrap_or(p.len());
    &p[..n]
}

/// A word of 1 to 15 bytes as an integer: its bytes (little-endian) and its
/// length in the top byte, so two such words are equal exactly when their
/// integers are (nearly every start word, and the text's words compared
/// with them, are this short). None for an empty or longer word.
fn packed(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 15 {
        return None;
    }
    let mut sixteen = [0u8; 16];
    sixteen[..w.len()].copy_from_slice(w);
    sixteen[15] = w.len() as u8;
    Some(u128::from_le_bytes(sixteen))
}

/// [`packed`] `bytes[s..end]`, read as one load where sixteen bytes follow `s`.
fn packed_at(bytes: &[u8], s: usize, end: usize) -> Option<u128> {
    let n = end - s;
    if n == 0 || n > 15 {
        return None;
    }
    match bytes.get(s..s + 16) {
        Some(chunk) => {
            let mut sixteen = [0u8; 16];
            sixteen.copy_from_slice(chunk);
            let low = u128::from_le_bytes(sixteen) & ((1u128 << (8 * n)) - 1);
            Some(low | (n as u128) << 120)
        }
        None => packed(&bytes[s..end]),
    }
}

/// A 16-bit hash of a word's length, first eight bytes and last byte: a
/// common word rarely shares it with a start word (a key of the length,
/// first and last byte alone let 70 % of the words that pass the bit set
/// be no start word: "untuk" as "unjuk", "tidak" as "titik").
fn word_key(w: &[u8]) -> usize {
    let mut eight = [0u8; 8];
    for (e, b) in eight.iter_mut().zip(w) {
        *e = *b;
    }
    key_of(u64::from_le_bytes(eight), w.len(), w.last().copied())
}

/// [`word_key`] of `bytes[s..end]`, read as one load where eight bytes
/// follow `s`.
#[inline]
fn word_key_at(bytes: &[u8], s: usize, end: usize) -> usize {
    let n = end - s;
    match bytes.get(s..s + 8) {
        Some(chunk) => {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            let x = u64::from_le_bytes(eight);
            let x = if n >= 8 {
                x
            } else {
                x & ((1u64 << (8 * n)) - 1)
            };
            key_of(x, n, n.checked_sub(1).map(|i| bytes[s + i]))
        }
        None => word_key(&bytes[s..end]),
    }
}

#[inline]
fn key_of(head: u64, len: usize, last: Option<u8>) -> usize {
    let tail = u64::from(last.unwrap_or(0)) | (len.min(255) as u64) << 8;
    let h = (head ^ tail.rotate_right(16)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 48) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meanings(text: &str) -> Vec<(String, Vec<Cue>)> {
        let lower = text.to_ascii_lowercase();
        WORDS
            .scan(&lower)
            .iter()
            .map(|h| (lower[h.start..h.end].to_string(), WORDS.cues(h).to_vec()))
            .collect()
    }

    #[test]
    fn data_files_are_clean() {
        let files = [
            ("claim_nouns.txt", NOUNS),
            ("claim_events.txt", EVENTS),
            ("claim_attribution.txt", ATTRIBUTION),
            ("claim_hedges.txt", HEDGES),
            ("claim_classifiers.txt", CLASSIFIERS),
            ("claim_additional.txt", ADDITIONAL),
            ("claim_clause_breaks.txt", BREAKS),
            ("claim_change.txt", CHANGE),
            ("claim_partitive.txt", PARTITIVE),
            ("claim_predicate.txt", PREDICATE),
            ("claim_periods.txt", PERIODS),
            ("claim_modality.txt", MODALITY),
            ("claim_sources.txt", SOURCES),
            ("stopwords_id.txt", STOPWORDS),
        ];
        for (file, src) in files {
            assert_eq!(data::check_hygiene(file, src), vec![], "{file}");
            let firsts: Vec<String> = data::lines(file, src)
                .map(|l| l.fields().next().unwrap_or("").to_lowercase())
                .collect();
            let mut sorted = firsts.clone();
            sorted.sort();
            assert_eq!(firsts, sorted, "{file} is not sorted");
        }
    }

    /// The pair look-up is the look-up of the joined pair, short or long.
    #[test]
    fn pair_classes_are_joined_classes() {
        let long = "x".repeat(70);
        let mut pairs: Vec<(&str, &str)> = vec![
            ("korban", "meninggal"),
            ("korban", "meninggalnya"),
            ("inflasi", "bulanan"),
            ("", ""),
            ("é", "ü"),
            (&long, "orang"),
        ];
        let nouns: Vec<&str> = WORDS.noun_of.keys().copied().collect();
        for n in &nouns {
            if let Some((a, b)) = n.split_once(' ') {
                pairs.push((a, b));
            }
        }
        assert!(pairs.len() > 10);
        for (a, b) in pairs {
            let joined = format!("{a} {b}");
            assert_eq!(
                WORDS.noun_class_pair(a, b),
                WORDS.noun_class(&joined),
                "{joined}"
            );
        }
    }

    #[test]
    fn synonyms_share_a_class() {
        let table = [
            ("tentara", "pasukan"),
            ("personel", "prajurit"),
            ("serdadu", "tentaranya"),
            ("pekerja", "insinyur"),
            ("buruh", "tenaga kerja"),
            ("korban", "jenazah"),
            ("tewas", "meninggal dunia"),
            ("rumah", "bangunan"),
        ];
        for (a, b) in table {
            let (ca, cb) = (WORDS.noun_class(a), WORDS.noun_class(b));
            assert!(ca.is_some() && ca == cb, "{a} / {b}");
        }
        assert_ne!(WORDS.noun_class("penumpang"), WORDS.noun_class("awak"));
    }

    #[test]
    fn scan_keeps_whole_words_and_longest_phrases() {
        let got = meanings("Hal itu, seperti dilaporkan Yonhap, mengatakan tentaranya");
        let words: Vec<&str> = got.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["seperti dilaporkan", "mengatakan", "tentaranya"]);
        // "kata" inside "mengatakan" or "katanya" alone are not the cue "kata".
        let got = meanings("Ia mengatakan hal itu");
        assert!(got.iter().all(|(w, _)| w != "kata"));
    }

    /// The scan as it was first written: every overlapping match of the
    /// whole text, filtered. The anchored walk must give the same hits.
    fn reference_scan(lower: &str) -> Vec<Hit> {
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&WORDS.patterns)
            .unwrap();
        let bytes = lower.as_bytes();
        let mut hits: Vec<Hit> = Vec::new();
        for m in ac.find_overlapping_iter(lower) {
            let (s, e) = (m.start(), m.end());
            if s > 0 && is_word_byte(bytes, s - 1) {
                continue;
            }
            let Some(end) = WORDS.word_end(bytes, m.pattern().as_usize(), e) else {
                continue;
            };
            hits.push(Hit {
                start: s,
                end,
                pattern: m.pattern().as_usize(),
                kinds: WORDS.kinds[m.pattern().as_usize()],
            });
        }
        hits.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut kept: Vec<Hit> = Vec::new();
        for h in hits {
            if kept.last().is_some_and(|k| h.end <= k.end) {
                continue;
            }
            kept.push(h);
        }
        kept
    }

    #[test]
    fn anchored_scan_equals_overlapping_scan() {
        let table = [
            "Hal itu, seperti dilaporkan Yonhap, mengatakan tentaranya",
            "Banjir menewaskan lima warga, dua tewas di tempat; korbannya 12 orang.",
            "“Kami mengirim 3.000 personel,” kata Budi. Menurut BMKG, gempa magnitudo 6,2.",
            "harga Pertalite naik dari Rp 7.650 menjadi Rp 10.000 per liter, ujarnya",
            "luka-luka, tewas-tewasnya, katakatanya, seperti dikutip dari Antara",
            "",
            "nya",
            "é kata é-kata 🙂korban",
        ];
        for t in table {
            let lower = t.to_ascii_lowercase();
            assert_eq!(WORDS.scan(&lower), reference_scan(&lower), "{t}");
        }
    }

    proptest::proptest! {
        #[test]
        fn anchored_scan_equals_overlapping_scan_on_word_soup(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "kata", "nya", "mengatakan", "-", " ", ",", "seperti", "dilaporkan",
                    "korban", "tewas", "luka", "orang", "é", "“", "menurut", "naik",
                    "dari", "menjadi", "tambahan", "sementara", "diperkirakan", "a", "12",
                ]),
                0..40,
            )
        ) {
            let lower = parts.concat();
            proptest::prop_assert_eq!(WORDS.scan(&lower), reference_scan(&lower));
        }
    }

    proptest::proptest! {
        /// The hits of a range are the hits of its parts, wherever it is cut:
        /// the claim stage scans runs of sentences in one call.
        #[test]
        fn a_range_scans_as_its_parts(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "kata", "nya", "mengatakan", "-", " ", ",", ". ", "seperti", "dilaporkan",
                    "korban", "tewas", "luka", "orang", "é", "“", "menurut", "naik",
                    "dari", "menjadi", "tambahan", "kepala keluarga", "di mana", "12",
                ]),
                0..40,
            ),
            cut in 0usize..400,
        ) {
            let lower = parts.concat();
            let bytes = lower.as_bytes();
            let cut = cut.min(bytes.len());
            let mut whole = Vec::new();
            WORDS.scan_into(bytes, 0, bytes.len(), &mut whole);
            let mut split = Vec::new();
            WORDS.scan_into(bytes, 0, cut, &mut split);
            WORDS.scan_into(bytes, cut, bytes.len(), &mut split);
            proptest::prop_assert_eq!(whole, split);
        }
    }

    /// The block walk finds the hits of the walk one word start at a time,
    /// on every story article (whole and cut into windows) and word soup.
    #[test]
    fn block_walk_equals_word_walk_on_the_stories() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/stories");
        let mut texts = 0;
        for story in std::fs::read_dir(&dir).unwrap() {
            for file in std::fs::read_dir(story.unwrap().path()).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let lower = std::fs::read_to_string(&path).unwrap().to_ascii_lowercase();
                let bytes = lower.as_bytes();
                let windows = [
                    (0, bytes.len()),
                    (1, 65),
                    (63, 64),
                    (64, 200),
                    (100, 10_000),
                ];
                for (from, to) in windows
                    .into_iter()
                    .chain((0..bytes.len()).step_by(97).map(|a| (a, a + 150)))
                {
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    WORDS.scan_blocks(bytes, from, to, &mut fast);
                    WORDS.scan_walk(bytes, from, to, &mut slow);
                    assert_eq!(fast, slow, "{} {from}..{to}", path.display());
                }
                texts += 1;
            }
        }
        assert!(texts > 50, "{texts}");
    }

    proptest::proptest! {
        #[test]
        fn block_walk_equals_word_walk_on_word_soup(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "kata", "nya", "mengatakan", "-", " ", ",", ". ", "seperti", "dilaporkan",
                    "korban", "tewas", "luka", "orang", "é", "“", "menurut", "naik", "a-",
                    "dari", "menjadi", "tambahan", "kepala keluarga", "12", "-nya", "\n",
                    "luka-luka", "sebanyak", "rp", "1.000", "'", "jum'at", "ke-2",
                ]),
                0..80,
            ),
            from in 0usize..600,
            len in 0usize..600,
        ) {
            let lower = parts.concat();
            let bytes = lower.as_bytes();
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            WORDS.scan_blocks(bytes, from, from + len, &mut fast);
            WORDS.scan_walk(bytes, from.min(bytes.len()), from + len, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    /// A word's key read in place is its key as a slice, at every start
    /// and length, near the text end too; and common words no longer share
    /// the key of a start word.
    #[test]
    fn word_key_in_place_is_the_word_key() {
        let text = b"untuk indonesia, kata-kata 12.000 orang \xC3\xA9 mengungsi-nya sebelumnya";
        for s in 0..text.len() {
            for end in s..=text.len() {
                assert_eq!(
                    word_key_at(text, s, end),
                    word_key(&text[s..end]),
                    "{s}..{end}"
                );
            }
        }
        for w in [
            "untuk",
            "tidak",
            "juga",
            "indonesia",
            "tahun",
            "yang",
            "mereka",
        ] {
            let k = word_key(w.as_bytes());
            assert!(
                WORDS.start_ids(k, w.as_bytes(), 0, w.len()).is_none(),
                "{w}"
            );
            assert_eq!(WORDS.firsts[k >> 6] & (1 << (k & 63)), 0, "{w}");
        }
    }

    /// Sixteen bytes at a time, the same classes as one at a time, for
    /// every byte in every lane.
    #[test]
    fn class_masks_are_the_byte_classes() {
        let mut chunk =
            *b"Kata-kata, 12.000 orang\xE2\x80\x9Dujar luka-luka \xC3\xA9 3,5 persen (yoy)!---";
        for b in 0..=255u8 {
            for lane in 0..64 {
                let keep = chunk[lane];
                chunk[lane] = b;
                assert_eq!(
                    class_masks(&chunk),
                    class_masks_bytewise(&chunk),
                    "{b:#x} at {lane}"
                );
                chunk[lane] = keep;
            }
        }
        let (plain, alpha, hyphen) = class_masks_bytewise(&chunk);
        assert_eq!(plain & 0b1111, 0b1111);
        assert_eq!(alpha & 0b1_1111, 0b0_1111);
        assert_eq!(hyphen & 0b1_1111, 0b1_0000);
    }

    /// Eight bytes at a time, the same word bytes as one at a time.
    #[test]
    fn non_word_mask_is_the_word_byte_table() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let mut eight = *b"abcz0A9\xC3";
                eight[lane] = b;
                let mask = non_word_mask(u64::from_le_bytes(eight));
                let want = if WORD_BYTE[usize::from(b)] {
                    0
                } else {
                    0x80 << (8 * lane)
                };
                assert_eq!(mask, want, "byte {b:#x} in lane {lane}");
            }
        }
        let text = b"kata-kata, 12.000 orang\xE2\x80\x9Dujar";
        for i in 0..text.len() {
            let one = (i..text.len())
                .find(|&j| !WORD_BYTE[usize::from(text[j])])
                .unwrap_or(text.len());
            assert_eq!(word_bytes_end(text, i), one, "at {i}");
        }
    }

    /// The pre-filter never rejects a member: the sets answer as the plain
    /// hash sets do, for members, near misses and odd input.
    #[test]
    fn word_sets_answer_as_hash_sets() {
        let sets = [
            &WORDS.stopwords,
            &WORDS.classifiers,
            &WORDS.generic,
            &WORDS.skips,
            &WORDS.counters,
            &WORDS.subjects,
            &WORDS.roles,
            &WORDS.parties,
            &WORDS.openers,
            &WORDS.as_of,
            &WORDS.time_words,
            &WORDS.change_gap,
            &WORDS.calendar,
        ];
        let mut probes: Vec<String> = vec![
            String::new(),
            "é".into(),
            "a".repeat(70),
            "orang".into(),
            "pukul".into(),
            "Pukul".into(),
        ];
        for set in sets {
            probes.extend(set.iter().map(|w| w.to_string()));
            probes.extend(set.iter().map(|w| format!("{w}x")));
            probes.extend(
                set.iter()
                    .filter_map(|w| Some(w[..w.char_indices().last()?.0].to_string())),
            );
        }
        for set in sets {
            for p in &probes {
                assert_eq!(set.contains(p), set.set.contains(p.as_str()), "{p:?}");
            }
        }
    }

    /// A hit's kind bits are its cues' kinds, for every pattern.
    #[test]
    fn kind_bits_are_the_cues() {
        for (p, cs) in WORDS.cues.iter().enumerate() {
            let h = Hit {
                start: 0,
                end: 0,
                pattern: p,
                kinds: WORDS.kinds[p],
            };
            for c in [
                Cue::Noun(0),
                Cue::Event(0),
                Cue::Attribution { after: true },
                Cue::Hedge,
                Cue::Classifier,
                Cue::Additional,
                Cue::Break,
                Cue::ChangeFrom,
                Cue::ChangeTo,
                Cue::Partitive,
                Cue::Link,
                Cue::Period(0),
                Cue::Modality(0),
            ] {
                let slow = cs
                    .iter()
                    .any(|x| std::mem::discriminant(x) == std::mem::discriminant(&c));
                assert_eq!(h.has(c.bit()), slow, "{} {c:?}", WORDS.patterns[p]);
            }
        }
        let bits: Vec<u16> = (0..13).map(|i| 1 << i).collect();
        assert_eq!(kind::MODALITY, bits[12]);
    }

    /// The start table answers as a hash map of the start words does,
    /// for every start word and for near misses.
    #[test]
    fn start_table_is_a_map_of_the_start_words() {
        let map: HashMap<&[u8], &[u32]> = WORDS
            .starts
            .iter()
            .map(|st| (&*st.word, &*st.ids))
            .collect();
        assert_eq!(map.len(), WORDS.starts.len(), "start words are distinct");
        let mut probes: Vec<Vec<u8>> = vec![Vec::new(), b"zzzz".to_vec(), "é".into()];
        for st in &WORDS.starts {
            probes.push(st.word.to_vec());
            probes.push([&st.word[..], b"x"].concat());
            probes.push(st.word[..st.word.len().saturating_sub(1)].to_vec());
        }
        for p in &probes {
            // Read inside a text and at its end (no eight bytes after it).
            let inside = [&p[..], b" padding"].concat();
            assert_eq!(
                WORDS.start_ids(word_key(p), &inside, 0, p.len()),
                map.get(&p[..]).copied(),
                "{:?}",
                String::from_utf8_lossy(p)
            );
            assert_eq!(
                WORDS.start_ids(word_key(p), p, 0, p.len()),
                map.get(&p[..]).copied(),
                "{:?}",
                String::from_utf8_lossy(p)
            );
        }
        // The scan skips spaces and marks without a look-up.
        assert!(!WORDS.blank_start);
    }

    #[test]
    fn one_phrase_can_mean_several_things() {
        let got = meanings("Banjir menewaskan lima warga, dua tewas di tempat");
        let tewas = got.iter().find(|(w, _)| w == "tewas").unwrap();
        assert!(tewas.1.iter().any(|c| matches!(c, Cue::Noun(_))));
        assert!(tewas.1.iter().any(|c| matches!(c, Cue::Event(_))));
    }
}
