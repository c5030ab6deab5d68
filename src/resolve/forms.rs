//! The distinct surface forms of the corpus and the disjoint sets they are
//! merged into. A form is one spelling as written (whitespace normalized);
//! every resolution rule merges forms, never single mentions.

use super::fxhash::FxHashMap;
use super::key;
use crate::extract::names::EntityKind;
use crate::lexicon::{LexEntry, Lexicon};
use crate::model::Article;
use rayon::prelude::*;
use std::borrow::Cow;

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
    // A name that starts and ends with a visible ASCII char (nearly all)
    // has nothing to trim: the Unicode-aware `trim` is skipped.
    let t = match surface.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => surface,
        _ => surface.trim(),
    };
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

/// `lexicon.lookup(surface)` as an entry index. Most surfaces are not in
/// the lexicon, and `lookup` lowercases (allocates) every miss: an ASCII
/// surface whose lowercased leading letters and digits start no lexicon
/// surface ([`Lexicon::start_words_folded`], which has no misses) is a
/// miss without that. For ASCII text lowercasing maps char to char and
/// keeps letters letters, so the lowercased lead of a surface equals the
/// lowercased lead of every lexicon surface it can match.
pub fn lookup_index(lexicon: &Lexicon, surface: &str, buf: &mut String) -> Option<usize> {
    if surface.is_ascii() {
        let lead = crate::lexicon::leading(surface);
        buf.clear();
        buf.extend(lead.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        if lexicon.start_words_folded(crate::extract::names::fx::hash_str(buf)) == 0 {
            return None;
        }
    }
    lexicon.lookup(surface).and_then(|x| lex_index(lexicon, x))
}

/// Marks a mention with no form (a name with no text).
pub const NONE: usize = usize::MAX;

/// One distinct text as the extractor wrote it, before whitespace
/// normalization, and what its mentions say.
struct Raw<'a> {
    text: &'a str,
    /// The text whitespace-normalized, when that only trims it; else empty
    /// and `respaced` is set (the normalized copy is made by [`respaced`]).
    surface: &'a str,
    respaced: bool,
    mentions: usize,
    kinds: [usize; 3],
    /// Articles that use this text, counted with `last` (the last article seen).
    articles: usize,
    last: usize,
    /// The lexicon entry of the first differing canonical name the extractor
    /// gave a mention of this text ("the extractor may know a canonical name
    /// the surface alone does not reach"), with that mention's flat index.
    canon: Option<(usize, usize)>,
}

/// The mentions of the corpus interned by their text: one hash probe per
/// mention and nothing else; everything that depends only on the text
/// (normalizing, keys, lexicon lookups) is then done once per distinct text.
pub struct Interned<'a> {
    raws: Vec<Raw<'a>>,
    /// Raw index of every mention, flat in article order.
    ids: Vec<usize>,
    /// Where each article's mentions start in `ids` (one more entry at the end).
    offsets: Vec<usize>,
    map: FxHashMap<&'a str, usize>,
}

/// Interns the names of every article (one serial pass; see [`Interned`]).
pub fn intern<'a>(articles: &'a [Article], lexicon: &Lexicon) -> Interned<'a> {
    let total: usize = articles.iter().map(|a| a.names.len()).sum();
    // Names repeat: about one distinct text per three mentions in news corpora.
    let mut map: FxHashMap<&'a str, usize> =
        FxHashMap::with_capacity_and_hasher(total / 3 + 16, Default::default());
    let mut raws: Vec<Raw<'a>> = Vec::with_capacity(total / 3 + 16);
    let mut ids = Vec::with_capacity(total);
    let mut offsets = Vec::with_capacity(articles.len() + 1);
    for (n, a) in articles.iter().enumerate() {
        offsets.push(ids.len());
        for e in &a.names {
            let id = *map.entry(e.text.as_str()).or_insert_with(|| {
                let (surface, respaced) = match normalize(&e.text) {
                    Cow::Borrowed(t) => (t, false),
                    Cow::Owned(_) => ("", true),
                };
                raws.push(Raw {
                    text: &e.text,
                    surface,
                    respaced,
                    mentions: 0,
                    kinds: [0; 3],
                    articles: 0,
                    last: NONE,
                    canon: None,
                });
                raws.len() - 1
            });
            let r = &mut raws[id];
            r.mentions += 1;
            if r.last != n {
                r.last = n;
                r.articles += 1;
            }
            r.kinds[kind_index(e.kind)] += 1;
            // Only the first hit counts, so later mentions need no lookup.
            if r.canon.is_none() && e.canonical != e.text {
                r.canon = lexicon
                    .lookup(&e.canonical)
                    .and_then(|x| lex_index(lexicon, x))
                    .map(|l| (ids.len(), l));
            }
            ids.push(id);
        }
    }
    offsets.push(ids.len());
    Interned {
        raws,
        ids,
        offsets,
        map,
    }
}

/// Normalized copies of the texts that whitespace normalization rewrites
/// (a newline or a double space inside a name: rare), by raw index. They
/// must outlive the forms that borrow them.
pub fn respaced(interned: &Interned<'_>) -> Vec<(usize, String)> {
    interned
        .raws
        .iter()
        .enumerate()
        .filter(|(_, r)| r.respaced)
        .map(|(i, r)| (i, normalize(r.text).into_owned()))
        .collect()
}

/// Surface → form index.
pub struct Surfaces<'a> {
    /// Raw text → raw index, and the form and surface of each raw.
    raw: FxHashMap<&'a str, usize>,
    form_of: Vec<usize>,
    surface_of: Vec<&'a str>,
    /// Normalized surfaces that are no raw text → their form.
    other: FxHashMap<&'a str, usize>,
}

impl Surfaces<'_> {
    /// The form of a normalized surface.
    pub fn get(&self, surface: &str) -> Option<usize> {
        let form = match self.raw.get(surface) {
            Some(&r) if self.surface_of[r] == surface => self.form_of[r],
            _ => *self.other.get(surface)?,
        };
        (form != NONE).then_some(form)
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

/// Merges the interned texts that normalize alike into forms, sorts the
/// forms by surface and computes their keys and lexicon entries (in
/// parallel: once per form). `respaced` is [`respaced`] of `interned`.
pub fn collect<'a>(
    interned: Interned<'a>,
    respaced: &'a [(usize, String)],
    lexicon: &Lexicon,
) -> Collected<'a> {
    let Interned {
        raws,
        mut ids,
        offsets,
        map,
    } = interned;
    // The surface of each raw, and the raw that leads its form: itself
    // unless normalizing made it the text of another ([`NONE`]: empty).
    let mut surface_of: Vec<&'a str> = Vec::with_capacity(raws.len());
    let mut leader = Vec::with_capacity(raws.len());
    let mut other: FxHashMap<&'a str, usize> = FxHashMap::default();
    let mut shared = false;
    for (i, r) in raws.iter().enumerate() {
        let (s, changed): (&'a str, bool) = if r.respaced {
            let k = respaced.binary_search_by_key(&i, |x| x.0);
            (k.map_or("", |k| respaced[k].1.as_str()), true)
        } else {
            (r.surface, r.surface.len() != r.text.len())
        };
        surface_of.push(s);
        let lead = if s.is_empty() {
            NONE
        } else if !changed {
            i
        } else {
            // A normalized text equals itself normalized: a raw text equal
            // to `s` leads; else the first raw normalized to `s`.
            shared = true;
            match map.get(s) {
                Some(&j) => j,
                None => *other.entry(s).or_insert(i),
            }
        };
        leader.push(lead);
    }
    // The forms: their leaders, sorted by surface, so indices (and every tie
    // broken by index) do not depend on the order of the articles. The first
    // twelve bytes decide most comparisons ([`super::sorting`]).
    let mut order: Vec<([u8; 12], usize)> = (0..raws.len())
        .filter(|&i| leader[i] == i)
        .map(|i| (super::sorting::head(surface_of[i]), i))
        .collect();
    // Surfaces are distinct (one leader per surface); the index only makes
    // the tie-break total.
    super::sorting::by_key_then(&mut order, |x, y| {
        surface_of[x].cmp(surface_of[y]).then(x.cmp(&y))
    });
    let mut form_of = vec![NONE; raws.len()];
    for (f, &(_, i)) in order.iter().enumerate() {
        form_of[i] = f;
    }
    for i in 0..raws.len() {
        if leader[i] != NONE {
            form_of[i] = form_of[leader[i]];
        }
    }
    // What the mentions say, summed over the raws of each form.
    struct Seen {
        mentions: usize,
        articles: usize,
        kinds: [usize; 3],
        canon: Option<(usize, usize)>,
    }
    let mut seen: Vec<Seen> = order
        .iter()
        .map(|_| Seen {
            mentions: 0,
            articles: 0,
            kinds: [0; 3],
            canon: None,
        })
        .collect();
    for (r, &f) in raws.iter().zip(&form_of) {
        let Some(s) = seen.get_mut(f) else { continue };
        s.mentions += r.mentions;
        s.articles += r.articles;
        for (k, n) in s.kinds.iter_mut().zip(r.kinds) {
            *k += n;
        }
        // The first mention in corpus order decides.
        s.canon = match (s.canon, r.canon) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    for id in ids.iter_mut() {
        *id = form_of[*id];
    }
    if shared {
        // Raws of one form may share articles: counted again per form.
        let mut last = vec![NONE; seen.len()];
        for s in seen.iter_mut() {
            s.articles = 0;
        }
        for (n, w) in offsets.windows(2).enumerate() {
            for &f in &ids[w[0]..w[1]] {
                if f != NONE && last[f] != n {
                    last[f] = n;
                    seen[f].articles += 1;
                }
            }
        }
    }
    let forms: Vec<Form<'a>> = order
        .par_iter()
        .zip(&seen)
        .map_init(
            || (key::Scratch::default(), String::new()),
            |(scratch, buf), (&(_, i), s)| {
                let surface = surface_of[i];
                let k = key::key_with(surface, scratch);
                // The surface's own entry first; else what the extractor's
                // canonical name pointed at.
                let lex = lookup_index(lexicon, surface, buf).or(s.canon.map(|c| c.1));
                Form {
                    surface,
                    words: if k.is_empty() {
                        0
                    } else {
                        k.bytes().filter(|&b| b == b' ').count() + 1
                    },
                    key: k,
                    mentions: s.mentions,
                    articles: s.articles,
                    kinds: s.kinds,
                    lex,
                    typo: false,
                }
            },
        )
        .collect();
    for v in other.values_mut() {
        *v = form_of[*v];
    }
    Collected {
        forms,
        ids,
        offsets,
        surfaces: Surfaces {
            raw: map,
            form_of,
            surface_of,
            other,
        },
    }
}

/// Key → the first form (lowest index) with that key, per type (by
/// [`kind_index`] of [`Form::kind`]; [`NONE`] for none).
pub type Firsts<'f> = FxHashMap<&'f str, [usize; 3]>;

/// The [`Firsts`] of the forms: one hash probe per form.
pub fn firsts<'f>(forms: &'f [Form<'_>]) -> Firsts<'f> {
    let mut out: Firsts<'f> = FxHashMap::with_capacity_and_hasher(forms.len(), Default::default());
    for (i, f) in forms.iter().enumerate() {
        let slot = &mut out.entry(f.key.as_str()).or_insert([NONE; 3])[kind_index(f.kind())];
        if *slot == NONE {
            *slot = i;
        }
    }
    out
}

/// The first form with a key, of any type.
pub fn first_of(firsts: &Firsts<'_>, key: &str) -> Option<usize> {
    firsts
        .get(key)
        .and_then(|k| k.iter().copied().filter(|&i| i != NONE).min())
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

    fn form(surface: &'static str, kinds: [usize; 3]) -> Form<'static> {
        Form {
            surface,
            key: key::key(surface),
            words: 1,
            mentions: 1,
            articles: 1,
            kinds,
            lex: None,
            typo: false,
        }
    }

    #[test]
    fn firsts_equal_the_maps_they_replace() {
        // Keys shared across types and spellings ("Sergey"/"Sergei"), one
        // form per key, and a person and a place with one key.
        let forms = [
            form("Bandung", [0, 3, 0]),
            form("Jakarta", [0, 1, 0]),
            form("Kota Bandung", [0, 2, 0]),
            form("Sergei Lavrow", [2, 0, 0]),
            form("Sergey Lavrov", [1, 0, 0]),
            form("bandung", [1, 0, 0]),
            form("BANDUNG", [0, 0, 4]),
            form("Bandoeng", [0, 1, 0]),
            form("Surabaya", [0, 0, 1]),
            form("Surabaya ", [0, 1, 1]),
        ];
        let firsts = firsts(&forms);
        // The slow paths: (key, type) → first form, and key → first form.
        let mut by_kind: FxHashMap<(&str, EntityKind), usize> = FxHashMap::default();
        let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, f) in forms.iter().enumerate() {
            by_kind.entry((f.key.as_str(), f.kind())).or_insert(i);
            by_key.entry(f.key.as_str()).or_insert(i);
        }
        for f in &forms {
            let k = f.key.as_str();
            assert_eq!(first_of(&firsts, k), by_key.get(k).copied(), "{k}");
            for kind in KINDS {
                let want = by_kind.get(&(k, kind)).copied().unwrap_or(NONE);
                assert_eq!(firsts[k][kind_index(kind)], want, "{k} {kind:?}");
            }
        }
        assert_eq!(first_of(&firsts, "medan"), None);
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
