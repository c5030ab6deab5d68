//! The distinct surface forms of the corpus and the disjoint sets they are
//! merged into. A form is one spelling as written (whitespace normalized);
//! every resolution rule merges forms, never single mentions.

use super::fxhash::FxHashMap;
use super::key::key;
use crate::extract::names::EntityKind;
use crate::lexicon::Lexicon;
use crate::model::Article;
use std::borrow::Cow;
use std::collections::HashMap;

/// One distinct surface form and what the corpus says about it.
#[derive(Clone, Debug)]
pub struct Form {
    pub surface: String,
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

impl Form {
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
    let clean = !t.contains(|c: char| c.is_whitespace() && c != ' ') && !t.contains("  ");
    if clean {
        return Cow::Borrowed(t);
    }
    Cow::Owned(t.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The forms of the corpus, sorted by surface, and for every article the form
/// index of each of its names (`None` for a name with no text).
pub struct Collected {
    pub forms: Vec<Form>,
    pub by_article: Vec<Vec<Option<usize>>>,
}

pub fn collect(articles: &[Article], lexicon: &Lexicon, lex_ids: &LexIds) -> Collected {
    let mut ids: FxHashMap<Cow<'_, str>, usize> = FxHashMap::default();
    let mut forms: Vec<Form> = Vec::new();
    let mut by_article = Vec::with_capacity(articles.len());
    // The last article (index) each form was counted in.
    let mut last: Vec<usize> = Vec::new();
    for (n, a) in articles.iter().enumerate() {
        let mut row = Vec::with_capacity(a.names.len());
        for e in &a.names {
            let surface = normalize(&e.text);
            if surface.is_empty() {
                row.push(None);
                continue;
            }
            let id = match ids.get(surface.as_ref()) {
                Some(&id) => id,
                None => {
                    let k = key(&surface);
                    forms.push(Form {
                        words: k.split(' ').filter(|w| !w.is_empty()).count(),
                        key: k,
                        surface: surface.to_string(),
                        mentions: 0,
                        articles: 0,
                        kinds: [0; 3],
                        lex: lexicon.lookup(&surface).map(|x| lex_ids.id(x)),
                        typo: false,
                    });
                    ids.insert(surface, forms.len() - 1);
                    last.push(usize::MAX);
                    forms.len() - 1
                }
            };
            let f = &mut forms[id];
            f.mentions += 1;
            if last[id] != n {
                last[id] = n;
                f.articles += 1;
            }
            f.kinds[kind_index(e.kind)] += 1;
            // The extractor may know a canonical name the surface alone does not reach.
            if f.lex.is_none() && e.canonical != e.text {
                f.lex = lexicon.lookup(&e.canonical).map(|x| lex_ids.id(x));
            }
            row.push(Some(id));
        }
        by_article.push(row);
    }
    // Sorted by surface, so indices (and every tie broken by index) do not
    // depend on the order of the articles.
    let mut order: Vec<usize> = (0..forms.len()).collect();
    order.sort_unstable_by(|&x, &y| forms[x].surface.cmp(&forms[y].surface));
    let mut remap = vec![0; forms.len()];
    for (new, &old) in order.iter().enumerate() {
        remap[old] = new;
    }
    let mut sorted: Vec<Option<Form>> = forms.into_iter().map(Some).collect();
    let forms = order.iter().filter_map(|&o| sorted[o].take()).collect();
    for row in &mut by_article {
        for id in row.iter_mut().flatten() {
            *id = remap[*id];
        }
    }
    Collected { forms, by_article }
}

/// Stable ids for lexicon entries (their index in `Lexicon::entries`).
pub struct LexIds {
    ids: HashMap<(EntityKind, String), usize>,
}

impl LexIds {
    pub fn new(lexicon: &Lexicon) -> LexIds {
        let ids = lexicon
            .entries()
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.canonical.clone()), i))
            .collect();
        LexIds { ids }
    }
    pub fn id(&self, e: &crate::lexicon::LexEntry) -> usize {
        self.ids
            .get(&(e.kind, e.canonical.clone()))
            .copied()
            .unwrap_or(usize::MAX)
    }
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
    pub fn new(forms: &[Form]) -> Sets {
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

    /// The root of every form, as it stands now.
    pub fn roots(&mut self) -> Vec<usize> {
        (0..self.parent.len()).map(|x| self.find(x)).collect()
    }
}
