//! Cross-article name resolution: every person, place and organization
//! mention of the corpus gets one canonical name, and the corpus gets one
//! [`CorpusEntity`] per distinct entity.
//!
//! Forms (distinct surface texts) merge, in this order, when:
//! 1. the lexicon names them as one entry ("AS" = "Amerika Serikat");
//! 2. an article introduces one as the acronym of the other
//!    ("Komisi Pemberantasan Korupsi (KPK)", [`acronym`]);
//! 3. they are spelling variants: same comparison key ([`key`]), same type
//!    ("Sergey Lavrov" = "Sergei Lavrov"), or a variant of a lexicon name;
//! 4. a rarer place name is one edit from a more frequent one ("Wonson" →
//!    "Wonsan", flagged as a probable typo, [`typo`]);
//! 5. a person's short form matches a run of words of exactly one longer
//!    person name ("Lavrov", "Prabowo", [`short`]).
//!
//! Two sets that name different lexicon entries never merge ("Austria" and
//! "Australia"). The canonical name is the lexicon's when the entity is known,
//! else the fullest form seen (several words over one, then most mentions). The type is
//! the majority over mentions. Cost grows linearly with the mentions: every
//! rule hashes keys, none compares all pairs. The result does not depend on
//! the order of the articles.
//!
//! It does not find names (that is `extract::names`) and does not judge
//! which outlet is right about them.

pub mod acronym;
mod forms;
mod fxhash;
pub mod key;
pub mod short;
pub mod typo;

#[cfg(test)]
mod tests;

use crate::extract::names::EntityKind;
use crate::lexicon::Lexicon;
use crate::model::Article;
use forms::{Form, LexIds, Sets, kind_index, majority};
use fxhash::FxHashMap;
use key::key;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One entity of the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CorpusEntity {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub canonical: String,
    /// The other surface forms seen (typos included), sorted.
    pub aliases: Vec<String>,
    /// Paths of the articles that mention it, sorted.
    pub articles: Vec<String>,
    pub mentions: usize,
    /// Surface forms merged as probable misspellings ("Wonson"), sorted.
    pub typos: Vec<String>,
    /// The roles (titles) the articles give a person, sorted; empty otherwise.
    pub roles: Vec<String>,
}

/// Sets `canonical` (and the majority `kind`) on every name of every article
/// and returns the corpus entities, sorted by number of articles (desc), then
/// mentions (desc), then canonical name and type.
pub fn resolve(articles: &mut [Article], lexicon: &Lexicon) -> Vec<CorpusEntity> {
    let lex_ids = LexIds::new(lexicon);
    let forms::Collected {
        mut forms,
        by_article,
    } = forms::collect(articles, lexicon, &lex_ids);
    lexicon_variants(&mut forms, lexicon, &lex_ids);
    let mut sets = Sets::new(&forms);

    // 1. One lexicon entry, one set.
    let mut first_of_entry: FxHashMap<usize, usize> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate() {
        if let Some(l) = f.lex {
            let first = *first_of_entry.entry(l).or_insert(i);
            sets.union(first, i);
        }
    }

    // 2. Acronyms introduced in the text; an acronym introduced for two
    // different entities is ambiguous and left alone.
    let surfaces: Vec<&str> = forms.iter().map(|f| f.surface.as_str()).collect();
    let ids: FxHashMap<&str, usize> = surfaces.iter().enumerate().map(|(i, &s)| (s, i)).collect();
    for (short, longs) in acronym::find(articles, &by_article, &ids, &surfaces) {
        let roots: BTreeSet<usize> = longs.iter().map(|&l| sets.find(l)).collect();
        if let Some(&long) = longs.first()
            && roots.len() == 1
        {
            sets.union(long, short);
        }
    }

    // 3. Spelling variants of one type.
    spelling_variants(&forms, &mut sets);

    // 4. Probable typos of places.
    let roots = sets.roots();
    let mut weight = vec![0; forms.len()];
    for (f, &r) in forms.iter().zip(&roots) {
        weight[r] += f.mentions;
    }
    for (variant, target) in typo::find(&forms, &roots, &weight) {
        if sets.union(variant, target) {
            forms[variant].typo = true;
        }
    }

    // 5. Short forms of person names.
    let roots = sets.roots();
    let lex: Vec<Option<usize>> = (0..forms.len()).map(|i| sets.lex(i)).collect();
    for (short, long) in short::find(&forms, &roots, &lex) {
        sets.union(short, long);
    }

    build(articles, &by_article, &forms, &mut sets, lexicon)
}

/// For each article path, the entities that no other article mentions (the
/// "names only this outlet has" part of the cast), in the order of `entities`.
/// Articles that have none are absent.
pub fn exclusive(entities: &[CorpusEntity]) -> BTreeMap<&str, Vec<&CorpusEntity>> {
    let mut out: BTreeMap<&str, Vec<&CorpusEntity>> = BTreeMap::new();
    for e in entities {
        if let [only] = &e.articles[..] {
            out.entry(only.as_str()).or_default().push(e);
        }
    }
    out
}

/// A form the lexicon does not know, spelled like exactly one lexicon name
/// ("Djakarta" for "Jakarta"), names that entry.
fn lexicon_variants(forms: &mut [Form], lexicon: &Lexicon, lex_ids: &LexIds) {
    if forms.iter().all(|f| f.lex.is_some()) {
        return;
    }
    let mut by_key: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for e in lexicon.entries() {
        let id = lex_ids.id(e);
        for s in std::iter::once(&e.canonical).chain(&e.aliases) {
            let k = key(s);
            if long_enough(&k) {
                let slot = by_key.entry(k).or_insert(Some(id));
                if *slot != Some(id) {
                    *slot = None;
                }
            }
        }
    }
    for f in forms.iter_mut().filter(|f| f.lex.is_none()) {
        if let Some(&Some(id)) = by_key.get(&f.key) {
            f.lex = Some(id);
        }
    }
}

/// Forms with the same key and type merge; a key must be long enough to say
/// much ([`long_enough`]), unless the forms differ only in letter case.
fn spelling_variants(forms: &[Form], sets: &mut Sets) {
    let mut groups: FxHashMap<(&str, EntityKind), Vec<usize>> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate() {
        groups
            .entry((f.key.as_str(), f.kind()))
            .or_default()
            .push(i);
    }
    // In form order: a union the lexicon refuses must not depend on hash order.
    let mut groups: Vec<(&str, Vec<usize>)> = groups
        .into_iter()
        .filter(|(_, ids)| ids.len() > 1)
        .map(|((key, _), ids)| (key, ids))
        .collect();
    groups.sort_by_key(|(_, ids)| ids[0]);
    for (key, ids) in groups {
        if key.contains(' ') || long_enough(key) {
            for &i in &ids[1..] {
                sets.union(ids[0], i);
            }
            continue;
        }
        let lower: Vec<String> = ids
            .iter()
            .map(|&i| forms[i].surface.to_lowercase())
            .collect();
        for (n, &i) in ids.iter().enumerate() {
            if let Some(m) = lower[..n].iter().position(|l| *l == lower[n]) {
                sets.union(ids[m], i);
            }
        }
    }
}

/// Single words of four letters or less are too often distinct names that a
/// folding rule makes equal ("Juli"/"Yuli", "Chan"/"Han").
fn long_enough(key: &str) -> bool {
    key.contains(' ') || key.chars().count() >= 5
}

/// The corpus entities, and `canonical`/`kind` written back into the articles.
fn build(
    articles: &mut [Article],
    by_article: &[Vec<Option<usize>>],
    forms: &[Form],
    sets: &mut Sets,
    lexicon: &Lexicon,
) -> Vec<CorpusEntity> {
    let roots = sets.roots();
    // Everything below is indexed by root (a form index) and laid out in flat
    // arrays grouped by root: no hashing and no allocation per mention.
    let members = group_by(
        forms.len(),
        roots.iter().copied().enumerate().map(|(i, r)| (r, i)),
    );
    let mut names: Vec<Option<(String, EntityKind)>> = vec![None; forms.len()];
    for (root, name) in names.iter_mut().enumerate() {
        let ids = members.get(root);
        if ids.is_empty() {
            continue;
        }
        let lex = sets.lex(root).and_then(|l| lexicon.entries().get(l));
        let mut votes = [0; 3];
        for &i in ids {
            for (v, k) in votes.iter_mut().zip(forms[i].kinds) {
                *v += k;
            }
        }
        let kind = majority(&votes, lex.map(|e| e.kind));
        let canonical = match lex {
            Some(e) => e.canonical.clone(),
            None => fullest(ids.iter().map(|&i| &forms[i])),
        };
        *name = Some((canonical, kind));
    }
    let mut last_article = vec![usize::MAX; forms.len()];
    let mut seen_in: Vec<(usize, usize)> = Vec::new();
    let mut roles: Vec<BTreeSet<String>> = vec![BTreeSet::new(); forms.len()];
    for (n, (a, row)) in articles.iter_mut().zip(by_article).enumerate() {
        for (e, id) in a.names.iter_mut().zip(row) {
            let Some(id) = *id else { continue };
            let root = roots[id];
            if let Some((canonical, kind)) = &names[root] {
                if e.canonical != *canonical {
                    e.canonical.clone_from(canonical);
                }
                e.kind = *kind;
            }
            if last_article[root] != n {
                last_article[root] = n;
                seen_in.push((root, n));
            }
            if let Some(r) = e.role.as_deref().map(str::trim).filter(|r| !r.is_empty())
                && !roles[root].contains(r)
            {
                roles[root].insert(r.to_string());
            }
        }
    }
    let in_articles = group_by(forms.len(), seen_in.iter().copied());
    let mut out: Vec<CorpusEntity> = Vec::new();
    for (root, name) in names.into_iter().enumerate() {
        let Some((canonical, kind)) = name else {
            continue;
        };
        // Forms are sorted by surface, so these lists come out sorted.
        let ids = members.get(root);
        let aliases: Vec<String> = ids
            .iter()
            .map(|&i| &forms[i].surface)
            .filter(|s| **s != canonical)
            .cloned()
            .collect();
        let typos: Vec<String> = ids
            .iter()
            .filter(|&&i| forms[i].typo)
            .map(|&i| forms[i].surface.clone())
            .collect();
        let mut paths: Vec<String> = in_articles
            .get(root)
            .iter()
            .map(|&n| articles[n].path.clone())
            .collect();
        paths.sort();
        paths.dedup();
        out.push(CorpusEntity {
            kind,
            canonical,
            aliases,
            articles: paths,
            mentions: ids.iter().map(|&i| forms[i].mentions).sum(),
            typos,
            roles: std::mem::take(&mut roles[root]).into_iter().collect(),
        });
    }
    out.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then(b.mentions.cmp(&a.mentions))
            .then_with(|| a.canonical.cmp(&b.canonical))
            .then(kind_index(a.kind).cmp(&kind_index(b.kind)))
    });
    out
}

/// Values grouped by key (keys below `n`), each group in input order: a
/// counting sort into one flat array.
struct Groups {
    start: Vec<usize>,
    values: Vec<usize>,
}

impl Groups {
    fn get(&self, key: usize) -> &[usize] {
        &self.values[self.start[key]..self.start[key + 1]]
    }
}

fn group_by(n: usize, pairs: impl Iterator<Item = (usize, usize)> + Clone) -> Groups {
    let mut start = vec![0; n + 1];
    for (k, _) in pairs.clone() {
        start[k + 1] += 1;
    }
    for k in 0..n {
        start[k + 1] += start[k];
    }
    let mut next = start.clone();
    let mut values = vec![0; start[n]];
    for (k, v) in pairs {
        values[next[k]] = v;
        next[k] += 1;
    }
    Groups { start, values }
}

/// The fullest form of a set the lexicon does not know: a name of several
/// words beats a single word ("Zulkifli Hasan" over "Zulkifli"); then the most
/// mentions, so that a one-off extraction with a stray leading word ("Kepada
/// Marc Marquez") does not beat the usual full name; then most words, not set
/// in capitals (a headline style), longest, alphabetical. Typos never win.
fn fullest<'a>(forms: impl Iterator<Item = &'a Form>) -> String {
    // Capitals are a headline style, except in acronyms ("NATO", "KCNA").
    let shouting = |f: &Form| {
        !f.surface.chars().any(char::is_lowercase)
            && (f.words >= 2 || f.surface.chars().filter(|c| c.is_alphabetic()).count() >= 5)
    };
    forms
        .min_by(|a, b| {
            a.typo
                .cmp(&b.typo)
                .then((b.words >= 2).cmp(&(a.words >= 2)))
                .then(shouting(a).cmp(&shouting(b)))
                .then(b.mentions.cmp(&a.mentions))
                .then(b.words.cmp(&a.words))
                .then(b.surface.len().cmp(&a.surface.len()))
                .then_with(|| a.surface.cmp(&b.surface))
        })
        .map(|f| f.surface.clone())
        .unwrap_or_default()
}
