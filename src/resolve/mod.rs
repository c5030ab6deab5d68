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
//! 4. a place written with its administrative noun is the place without it
//!    ("Kabupaten Subang" = "Subang"), unless the corpus pairs the bare name
//!    with two different nouns ("Kota Bandung", "Kabupaten Bandung"; [`region`]);
//! 5. a rarer place name is one edit from a more frequent one ("Surabya" →
//!    "Surabaya", flagged as a probable typo, [`typo`]);
//! 6. a person's short form matches a run of words of exactly one longer
//!    person name ("Trump", "Prabowo", [`short`]).
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
mod bracket;
mod forms;
pub mod fxhash;
mod heads;
pub mod key;
mod region;
pub mod short;
pub mod sorting;
pub mod typo;

#[cfg(test)]
mod tests;

use crate::extract::names::EntityKind;
use crate::lexicon::Lexicon;
use crate::model::Article;
use forms::{Collected, Form, Sets, kind_index, majority};
use fxhash::FxHashMap;
use key::key;
use rayon::prelude::*;
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
///
/// The work per mention (normalizing, hashing, looking up, writing back) runs
/// in parallel over articles; the serial part is one hash probe per mention
/// and the union-find over distinct forms.
pub fn resolve(articles: &mut [Article], lexicon: &Lexicon) -> Vec<CorpusEntity> {
    let (entities, plan) = plan(articles, lexicon);
    plan.write_back(articles, &entities);
    entities
}

/// What `resolve` writes back into the articles once the borrowed forms are gone.
struct Plan {
    /// Form index of every mention, flat in article order ([`forms::NONE`] for none).
    ids: Vec<usize>,
    offsets: Vec<usize>,
    roots: Vec<usize>,
    /// The entity of each root ([`forms::NONE`] for other forms).
    entity_of: Vec<usize>,
}

impl Plan {
    #[inline(never)]
    fn write_back(&self, articles: &mut [Article], entities: &[CorpusEntity]) {
        articles.par_iter_mut().enumerate().for_each(|(n, a)| {
            let row = &self.ids[self.offsets[n]..self.offsets[n + 1]];
            for (e, &id) in a.names.iter_mut().zip(row) {
                if id == forms::NONE {
                    continue;
                }
                if let Some(entity) = entities.get(self.entity_of[self.roots[id]]) {
                    if e.canonical != entity.canonical {
                        e.canonical.clone_from(&entity.canonical);
                    }
                    e.kind = entity.kind;
                }
            }
        });
    }
}

fn plan(articles: &[Article], lexicon: &Lexicon) -> (Vec<CorpusEntity>, Plan) {
    let interned = forms::intern(articles, lexicon);
    let respaced = forms::respaced(&interned);
    let Collected {
        mut forms,
        ids,
        offsets,
        surfaces,
    } = forms::collect(interned, &respaced, lexicon);
    let row = |n: usize| &ids[offsets[n]..offsets[n + 1]];
    lexicon_variants(&mut forms, lexicon);
    let mut sets = Sets::new(&forms);

    // 1. One lexicon entry, one set.
    let mut first_of_entry = vec![forms::NONE; lexicon.entries().len()];
    for (i, f) in forms.iter().enumerate() {
        if let Some(slot) = f.lex.and_then(|l| first_of_entry.get_mut(l)) {
            if *slot == forms::NONE {
                *slot = i;
            }
            sets.union(*slot, i);
        }
    }

    // The first form of each key, per type: one map over the keys serves
    // the bracket and spelling rules.
    let firsts = forms::firsts(&forms);

    // 2. "Long Name (ACR)" written as one mention is "Long Name" and "ACR".
    for (bracketed, other) in bracket::find(&forms, &firsts) {
        sets.union(bracketed, other);
    }

    // 3. Acronyms introduced in the text; an acronym introduced for two
    // different entities is ambiguous and left alone.
    for (short, longs) in acronym::find(articles, &row, &surfaces, &forms) {
        let roots: BTreeSet<usize> = longs.iter().map(|&l| sets.find(l)).collect();
        if let Some(&long) = longs.first()
            && roots.len() == 1
        {
            sets.union(long, short);
        }
    }

    // 4. Spelling variants of one type.
    spelling_variants(&forms, &firsts, &mut sets);

    // 4b. Places with and without their administrative noun.
    for (nouned, bare) in region::find(&forms) {
        sets.union(nouned, bare);
    }

    // 4c. Institutions with a shortened head ("Polda Riau", "Kepolisian Daerah Riau").
    for (short, long) in heads::find(&forms) {
        sets.union(short, long);
    }

    // 5. Probable typos of places.
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

    // 6. Short forms of person names.
    let roots = sets.roots();
    let lex: Vec<Option<usize>> = (0..forms.len()).map(|i| sets.lex(i)).collect();
    for (short, long) in short::find(&forms, &roots, &lex) {
        sets.union(short, long);
    }

    let roots = sets.roots();
    let lexes: Vec<Option<usize>> = (0..forms.len()).map(|r| sets.root_lex(r)).collect();
    let (entities, entity_of) = build(articles, &row, &forms, &roots, &lexes, lexicon);
    let plan = Plan {
        ids,
        offsets,
        roots,
        entity_of,
    };
    (entities, plan)
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
#[inline(never)]
fn lexicon_variants(forms: &mut [Form<'_>], lexicon: &Lexicon) {
    if forms.iter().all(|f| f.lex.is_some()) {
        return;
    }
    let mut by_key: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for (id, e) in lexicon.entries().iter().enumerate() {
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
#[inline(never)]
fn spelling_variants(forms: &[Form<'_>], firsts: &forms::Firsts, sets: &mut Sets) {
    // The first form of each (key, type) group; then (first, member) pairs,
    // grouped by first form with members in form order: the unions run in
    // form order, as a union the lexicon refuses must not depend on hash order.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, f) in forms.iter().enumerate() {
        let g = firsts
            .get(f.key.as_str())
            .map_or(i, |k| k[kind_index(f.kind())]);
        if g != i {
            pairs.push((g, i));
        }
    }
    pairs.sort_unstable();
    for group in pairs.chunk_by(|a, b| a.0 == b.0) {
        let head = group[0].0;
        let key = forms[head].key.as_str();
        if key.contains(' ') || long_enough(key) {
            for &(_, i) in group {
                sets.union(head, i);
            }
            continue;
        }
        let ids: Vec<usize> = std::iter::once(head)
            .chain(group.iter().map(|&(_, i)| i))
            .collect();
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

/// The corpus entities, and the entity of every root ([`forms::NONE`] for
/// other forms). Everything is indexed by root (a form index) and laid out
/// in flat arrays grouped by root: no hashing and no allocation per mention.
#[inline(never)]
fn build<'r>(
    articles: &[Article],
    row: &(dyn Fn(usize) -> &'r [usize] + Sync),
    forms: &[Form<'_>],
    roots: &[usize],
    lexes: &[Option<usize>],
    lexicon: &Lexicon,
) -> (Vec<CorpusEntity>, Vec<usize>) {
    let members = group_by(
        forms.len(),
        roots.iter().copied().enumerate().map(|(i, r)| (r, i)),
    );
    let mut names = names(&members, forms, lexes, lexicon);
    let (in_articles, roles) = seen_in(articles, row, roots);
    let rank = path_ranks(articles);
    // Each root's articles in path order, one per distinct path.
    let mut in_articles = in_articles;
    let mut distinct = vec![0; forms.len()];
    for (root, n) in distinct.iter_mut().enumerate() {
        let group = in_articles.get_mut(root);
        if !group.is_sorted_by_key(|&a| rank[a]) {
            group.sort_by_key(|&a| rank[a]);
        }
        *n = group.len()
            - group
                .windows(2)
                .filter(|w| rank[w[0]] == rank[w[1]])
                .count();
    }
    let mentions: Vec<usize> = (0..forms.len())
        .map(|root| members.get(root).iter().map(|&i| forms[i].mentions).sum())
        .collect();
    let order = output_order(&names, &distinct, &mentions);
    // The names move into the entities, in output order.
    let mut entity_of = vec![forms::NONE; forms.len()];
    let named: Vec<(usize, String, EntityKind)> = order
        .iter()
        .enumerate()
        .filter_map(|(n, &root)| {
            entity_of[root] = n;
            let (canonical, kind) = names[root].take()?;
            Some((root, canonical, kind))
        })
        .collect();
    let in_articles = &in_articles;
    let out: Vec<CorpusEntity> = named
        .into_par_iter()
        .map(|(root, canonical, kind)| {
            // Forms are sorted by surface, so these lists come out sorted.
            let ids = members.get(root);
            let aliases: Vec<String> = ids
                .iter()
                .map(|&i| forms[i].surface)
                .filter(|s| *s != canonical.as_str())
                .map(str::to_string)
                .collect();
            let typos: Vec<String> = ids
                .iter()
                .filter(|&&i| forms[i].typo)
                .map(|&i| forms[i].surface.to_string())
                .collect();
            let mut paths: Vec<String> = Vec::with_capacity(distinct[root]);
            let mut last = None;
            for &n in in_articles.get(root) {
                if last != Some(rank[n]) {
                    last = Some(rank[n]);
                    paths.push(articles[n].path.clone());
                }
            }
            CorpusEntity {
                kind,
                canonical,
                aliases,
                articles: paths,
                mentions: mentions[root],
                typos,
                roles: roles
                    .get(&root)
                    .map_or_else(Vec::new, |r| r.iter().map(|r| r.to_string()).collect()),
            }
        })
        .collect();
    (out, entity_of)
}

/// The canonical name and type of every root (`None` for other forms).
fn names(
    members: &Groups,
    forms: &[Form<'_>],
    lexes: &[Option<usize>],
    lexicon: &Lexicon,
) -> Vec<Option<(String, EntityKind)>> {
    (0..forms.len())
        .into_par_iter()
        .map(|root| {
            let ids = members.get(root);
            if ids.is_empty() {
                return None;
            }
            let lex = lexes[root].and_then(|l| lexicon.entries().get(l));
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
            Some((canonical, kind))
        })
        .collect()
}

/// The articles that name each root (grouped by root, in article order, one
/// entry per article), and the roles the articles give the roots that have
/// any. One pass over the mentions: an article's mentions are consecutive,
/// so remembering the last article per root removes repeats without sorting.
fn seen_in<'a, 'r>(
    articles: &'a [Article],
    row: &(dyn Fn(usize) -> &'r [usize] + Sync),
    roots: &[usize],
) -> (Groups, FxHashMap<usize, BTreeSet<&'a str>>) {
    let mut last = vec![forms::NONE; roots.len()];
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut roles: FxHashMap<usize, BTreeSet<&'a str>> = FxHashMap::default();
    for (n, a) in articles.iter().enumerate() {
        for (e, &id) in a.names.iter().zip(row(n)) {
            if id == forms::NONE {
                continue;
            }
            let root = roots[id];
            if last[root] != n {
                last[root] = n;
                pairs.push((root, n));
            }
            if let Some(r) = e.role.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
                roles.entry(root).or_default().insert(r);
            }
        }
    }
    (group_by(roots.len(), pairs.iter().copied()), roles)
}

/// The rank of every article among the paths (sorted); equal paths share a rank.
fn path_ranks(articles: &[Article]) -> Vec<usize> {
    let mut by_path: Vec<usize> = (0..articles.len()).collect();
    if !by_path.is_sorted_by(|&x, &y| articles[x].path <= articles[y].path) {
        by_path.par_sort_by(|&x, &y| articles[x].path.cmp(&articles[y].path));
    }
    let mut rank = vec![0; articles.len()];
    for (k, w) in by_path.iter().enumerate() {
        rank[*w] = match k {
            0 => 0,
            _ if articles[by_path[k - 1]].path == articles[*w].path => rank[by_path[k - 1]],
            _ => k,
        };
    }
    rank
}

/// The roots in output order: articles (desc), mentions (desc), canonical
/// name, type, root. The counts (up to 65535) and the first twelve bytes of
/// the name are packed in one number that decides nearly every comparison;
/// the full comparison breaks its ties.
fn output_order(
    names: &[Option<(String, EntityKind)>],
    distinct: &[usize],
    mentions: &[usize],
) -> Vec<usize> {
    let down = |x: usize| u128::from(u16::MAX - u16::try_from(x).unwrap_or(u16::MAX));
    let mut order: Vec<([u8; 16], usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(root, name)| {
            let name = name.as_ref()?;
            let mut head = [0u8; 16];
            let n = name.0.len().min(12);
            head[4..4 + n].copy_from_slice(&name.0.as_bytes()[..n]);
            let packed = down(distinct[root]) << 112
                | down(mentions[root]) << 96
                | u128::from_be_bytes(head);
            Some((packed.to_be_bytes(), root))
        })
        .collect();
    let name = |root: usize| {
        names[root]
            .as_ref()
            .map(|n| (n.0.as_str(), kind_index(n.1)))
    };
    // The packed numbers are sorted alone; names are compared only where they tie.
    sorting::by_key_then(&mut order, |x, y| {
        distinct[y]
            .cmp(&distinct[x])
            .then(mentions[y].cmp(&mentions[x]))
            .then_with(|| name(x).cmp(&name(y)))
            .then(x.cmp(&y))
    });
    order.into_iter().map(|(_, root)| root).collect()
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
    fn get_mut(&mut self, key: usize) -> &mut [usize] {
        &mut self.values[self.start[key]..self.start[key + 1]]
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
#[inline(never)]
fn fullest<'a, 'f: 'a>(forms: impl Iterator<Item = &'a Form<'f>>) -> String {
    // Capitals are a headline style, except in acronyms ("NATO", "KCNA").
    let shouting = |f: &Form| {
        !f.surface.chars().any(char::is_lowercase)
            && (f.words >= 2 || f.surface.chars().filter(|c| c.is_alphabetic()).count() >= 5)
    };
    // "Long Name (ACR)" is the long name with its acronym: the plain long
    // name is the better canonical, and the bracket is cut when it is all
    // the corpus wrote.
    let bracketed = |f: &Form| bracket::split(f.surface).is_some();
    forms
        .min_by(|a, b| {
            a.typo
                .cmp(&b.typo)
                .then((b.words >= 2).cmp(&(a.words >= 2)))
                .then(bracketed(a).cmp(&bracketed(b)))
                .then(shouting(a).cmp(&shouting(b)))
                .then(b.mentions.cmp(&a.mentions))
                .then(b.words.cmp(&a.words))
                .then(b.surface.len().cmp(&a.surface.len()))
                .then_with(|| a.surface.cmp(b.surface))
        })
        .map(|f| {
            bracket::split(f.surface).map_or_else(|| f.surface.to_string(), |p| p.long.into_owned())
        })
        .unwrap_or_default()
}
