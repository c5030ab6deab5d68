//! The distinct surface forms of the corpus and the disjoint sets they are
//! merged into. A form is one spelling as written (whitespace normalized);
//! every resolution rule merges forms, never single mentions.

use super::fxhash::{FxHashMap, FxHasher};
use super::key::key_with;
use crate::extract::names::EntityKind;
use crate::lexicon::{LexEntry, Lexicon};
use crate::model::Article;
use rayon::prelude::*;
use std::borrow::Cow;
use std::hash::Hasher;

/// One distinct surface form and what the corpus says about it. The surface
/// borrows the names of the articles (or a normalized copy of one).
#[derive(Clone, Debug)]
pub struct Form<'a> {
    pub surface: &'a str,
    /// The comparison key (`key::key`).
    pub key: String,
    /// Words in the key.
    pub words: usize,
    pub mentions: usize,
    /// Articles that use this form.
    pub articles: usize,
    /// Mentions tagged person, place, organization.
    pub kinds: [usize; 3],
    /// Index of the lexicon entry this form names, if any.
    pub lex: Option<usize>,
    /// Merged as a probable misspelling of another form.
    pub typo: bool,
}

impl Form<'_> {
    /// The kind most mentions give; ties go to the first of person, place,
    /// organization (the order of `EntityKind`).
    pub fn kind(&self) -> EntityKind {
        majority(&self.kinds, None)
    }
}

pub const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
];

pub fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 0,
        EntityKind::Place => 1,
        EntityKind::Organization => 2,
    }
}

/// The kind with the most votes; a tie goes to `prefer` when it is among the
/// tied, else to the first tied kind.
pub fn majority(votes: &[usize; 3], prefer: Option<EntityKind>) -> EntityKind {
    let best = votes.iter().copied().max().unwrap_or(0);
    if let Some(p) = prefer
        && votes[kind_index(p)] == best
    {
        return p;
    }
    KINDS[votes.iter().position(|&v| v == best).unwrap_or(0)]
}

/// Whitespace runs (newlines, double spaces, no-break spaces) become one space.
pub fn normalize(surface: &str) -> Cow<'_, str> {
    let t = surface.trim();
    // Every whitespace char but the space is an ASCII control (9 to 13) or
    // starts with one of these lead bytes; most names have none of them.
    // One pass over the bytes finds both a possible odd space and a double space.
    let (mut maybe_odd, mut double, mut prev_space) = (false, false, false);
    for &b in t.as_bytes() {
        maybe_odd |= matches!(b, 9..=13 | 0xC2 | 0xE1 | 0xE2 | 0xE3);
        double |= prev_space && b == b' ';
        prev_space = b == b' ';
    }
    let odd = maybe_odd && t.contains(|c: char| c.is_whitespace() && c != ' ');
    let clean = !odd && !double;
    if clean {
        return Cow::Borrowed(t);
    }
    Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The index of a lexicon entry in `Lexicon::entries` (entries are unique
/// by type and canonical name, so the index identifies the entity).
pub fn lex_index(lexicon: &Lexicon, e: &LexEntry) -> Option<usize> {
    let base = lexicon.entries().as_ptr() as usize;
    let size = std::mem::size_of::<LexEntry>().max(1);
    let i = (e as *const LexEntry as usize).checked_sub(base)? / size;
    lexicon
        .entries()
        .get(i)
        .filter(|x| std::ptr::eq(*x, e))
        .map(|_| i)
}

/// Marks a mention with no form (a name with no text).
pub const NONE: usize = usize::MAX;

/// One mention as the parallel first pass sees it.
pub struct Mention<'a> {
    /// The normalized surface (borrowed from the article unless it had to change).
    pub surface: Cow<'a, str>,
    hash: u64,
    kind: usize,
    /// The lexicon entry of the extractor's canonical name, when it differs
    /// from the surface ("the extractor may know a canonical name the surface
    /// alone does not reach").
    canon_lex: Option<usize>,
}

/// The first pass over the names of every article, in parallel: normalized
/// surfaces, their hashes, and lexicon hits of differing canonical names,
/// one vector per article (each allocated at its final size: a flat vector
/// collected in parallel grows and is copied), with where each article's
/// names start in the flat order.
pub fn mentions<'a>(
    articles: &'a [Article],
    lexicon: &Lexicon,
) -> (Vec<Vec<Mention<'a>>>, Vec<usize>) {
    let mut offsets = Vec::with_capacity(articles.len() + 1);
    let mut total = 0;
    for a in articles {
        offsets.push(total);
        total += a.names.len();
    }
    offsets.push(total);
    let all = articles
        .par_iter()
        .map(|a| {
            a.names
                .iter()
                .map(|e| {
                    let surface = normalize(&e.text);
                    let canon_lex = if e.canonical != e.text {
                        lexicon
                            .lookup(&e.canonical)
                            .and_then(|x| lex_index(lexicon, x))
                    } else {
                        None
                    };
                    Mention {
                        hash: hash_str(&surface),
                        surface,
                        kind: kind_index(e.kind),
                        canon_lex,
                    }
                })
                .collect()
        })
        .collect();
    (all, offsets)
}

/// A surface with its precomputed hash, as a map key: the map rehashes only
/// the 8-byte hash, never the string.
#[derive(Clone, Copy, Debug, Eq)]
pub struct Hashed<'a> {
    hash: u64,
    text: &'a str,
}

impl PartialEq for Hashed<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.text == other.text
    }
}

impl std::hash::Hash for Hashed<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

pub fn hash_str(s: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(s.as_bytes());
    h.finish()
}

/// Surface → form index.
pub struct Surfaces<'a> {
    map: FxHashMap<Hashed<'a>, usize>,
}

impl Surfaces<'_> {
    pub fn get(&self, surface: &str) -> Option<usize> {
        let key = Hashed {
            hash: hash_str(surface),
            text: surface,
        };
        self.map.get(&key).copied()
    }
}

/// The forms of the corpus, sorted by surface, the form index of every
/// mention ([`NONE`] for a name with no text), flat in article order, and
/// where each article's mentions start in that list.
pub struct Collected<'a> {
    pub forms: Vec<Form<'a>>,
    pub ids: Vec<usize>,
    pub offsets: Vec<usize>,
    pub surfaces: Surfaces<'a>,
}

/// Interns the surfaces (one serial hash probe per mention), then sorts the
/// forms and computes their keys and lexicon entries in parallel. `all` and
/// `offsets` are what [`mentions`] returns.
pub fn collect<'a>(
    all: &'a [Vec<Mention<'_>>],
    offsets: Vec<usize>,
    lexicon: &Lexicon,
) -> Collected<'a> {
    struct Seen<'a> {
        surface: &'a str,
        mentions: usize,
        articles: usize,
        kinds: [usize; 3],
        canon_lex: Option<usize>,
        last: usize,
    }
    let total = offsets.last().copied().unwrap_or(0);
    // Names repeat: about one form per three mentions in news corpora.
    let mut map: FxHashMap<Hashed<'a>, usize> =
        FxHashMap::with_capacity_and_hasher(total / 3 + 16, Default::default());
    let mut seen: Vec<Seen<'a>> = Vec::new();
    let mut ids = Vec::with_capacity(total);
    for (n, article) in all.iter().enumerate() {
        for m in article {
            if m.surface.is_empty() {
                ids.push(NONE);
                continue;
            }
            let key = Hashed {
                hash: m.hash,
                text: m.surface.as_ref(),
            };
            let id = *map.entry(key).or_insert_with(|| {
                seen.push(Seen {
                    surface: key.text,
                    mentions: 0,
                    articles: 0,
                    kinds: [0; 3],
                    canon_lex: None,
                    last: NONE,
                });
                seen.len() - 1
            });
            let f = &mut seen[id];
            f.mentions += 1;
            if f.last != n {
                f.last = n;
                f.articles += 1;
            }
            f.kinds[m.kind] += 1;
            f.canon_lex = f.canon_lex.or(m.canon_lex);
            ids.push(id);
        }
    }
    // Sorted by surface, so indices (and every tie broken by index) do not
    // depend on the order of the articles. The first eight bytes decide most
    // comparisons (big-endian, zero-padded: ordered as the bytes are).
    let mut order: Vec<(u64, usize)> = seen
        .iter()
        .enumerate()
        .map(|(i, s)| (prefix(s.surface), i))
        .collect();
    order.par_sort_unstable_by(|x, y| {
        x.0.cmp(&y.0)
            .then_with(|| seen[x.1].surface.cmp(seen[y.1].surface))
    });
    let mut remap = vec![0; seen.len()];
    for (new, &(_, old)) in order.iter().enumerate() {
        remap[old] = new;
    }
    let forms: Vec<Form<'a>> = order
        .par_iter()
        .map_init(Vec::new, |buf, &(_, old)| {
            let s = &seen[old];
            let k = key_with(s.surface, buf);
            // The surface's own entry first; else what the extractor's
            // canonical name pointed at.
            let lex = lexicon
                .lookup(s.surface)
                .and_then(|x| lex_index(lexicon, x))
                .or(s.canon_lex);
            Form {
                surface: s.surface,
                words: k.split(' ').filter(|w| !w.is_empty()).count(),
                key: k,
                mentions: s.mentions,
                articles: s.articles,
                kinds: s.kinds,
                lex,
                typo: false,
            }
        })
        .collect();
    ids.par_iter_mut()
        .filter(|id| **id != NONE)
        .for_each(|id| *id = remap[*id]);
    for id in map.values_mut() {
        *id = remap[*id];
    }
    Collected {
        forms,
        ids,
        offsets,
        surfaces: Surfaces { map },
    }
}

/// The first eight bytes of `s`, zero-padded, as a big-endian number: two
/// strings whose prefixes differ compare as their prefixes do.
pub fn prefix(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// Disjoint sets of forms. The root of a set is its smallest form index, so
/// the partition and its roots do not depend on the order of unions. Two sets
/// that each name a different lexicon entry never merge: the lexicon says they
/// are distinct.
pub struct Sets {
    parent: Vec<usize>,
    lex: Vec<Option<usize>>,
}

impl Sets {
    pub fn new(forms: &[Form<'_>]) -> Sets {
        Sets {
            parent: (0..forms.len()).collect(),
            lex: forms.iter().map(|f| f.lex).collect(),
        }
    }

    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Merges the sets of `a` and `b`; false when the lexicon forbids it.
    pub fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        if let (Some(x), Some(y)) = (self.lex[ra], self.lex[rb])
            && x != y
        {
            return false;
        }
        let (root, child) = (ra.min(rb), ra.max(rb));
        self.parent[child] = root;
        self.lex[root] = self.lex[root].or(self.lex[child]);
        true
    }

    /// The lexicon entry of the set of `x`.
    pub fn lex(&mut self, x: usize) -> Option<usize> {
        let r = self.find(x);
        self.lex[r]
    }

    /// The lexicon entry of a set, given its root.
    pub fn root_lex(&self, root: usize) -> Option<usize> {
        self.lex[root]
    }

    /// The root of every form, as it stands now.
    pub fn roots(&mut self) -> Vec<usize> {
        (0..self.parent.len()).map(|x| self.find(x)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_table() {
        let rows = [
            ("Joko Widodo", "Joko Widodo"),
            ("  Joko Widodo ", "Joko Widodo"),
            ("Joko  Widodo", "Joko Widodo"),
            ("Joko\nWidodo", "Joko Widodo"),
            ("Joko\u{a0}Widodo", "Joko Widodo"),
            ("Joko\u{3000}Widodo", "Joko Widodo"),
            ("Joko\u{2009}\tWidodo", "Joko Widodo"),
            ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
            ("Kāzim – Ali", "Kāzim – Ali"),
            ("", ""),
        ];
        for (raw, want) in rows {
            assert_eq!(normalize(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn whitespace_lead_bytes_are_all_checked() {
        // The byte prefilter of `normalize` must see every whitespace char.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if c.is_whitespace() && c != ' ' {
                let mut b = [0u8; 4];
                let lead = c.encode_utf8(&mut b).as_bytes()[0];
                assert!(matches!(lead, 9..=13 | 0xC2 | 0xE1 | 0xE2 | 0xE3), "{c:?}");
            }
        }
    }
}
