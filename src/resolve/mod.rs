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
//! else the fullest form seen (most words, then most mentions). The type is
//! the majority over mentions. Cost grows linearly with the mentions: every
//! rule hashes keys, none compares all pairs. The result does not depend on
//! the order of the articles.
//!
//! It does not find names (that is `extract::names`) and does not judge
//! which outlet is right about them.

pub mod acronym;
mod forms;
pub mod key;
pub mod short;
pub mod typo;

#[cfg(test)]
mod tests;

use crate::extract::names::EntityKind;
use crate::lexicon::Lexicon;
use crate::model::Article;
use forms::{Form, LexIds, Sets, kind_index, majority};
use key::key;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

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
    let mut first_of_entry: HashMap<usize, usize> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        if let Some(l) = f.lex {
            let first = *first_of_entry.entry(l).or_insert(i);
            sets.union(first, i);
        }
    }

    // 2. Acronyms introduced in the text; an acronym introduced for two
    // different entities is ambiguous and left alone.
    let surfaces: Vec<&str> = forms.iter().map(|f| f.surface.as_str()).collect();
    let ids: HashMap<&str, usize> = surfaces.iter().enumerate().map(|(i, &s)| (s, i)).collect();
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

/// A form the lexicon does not know, spelled like exactly one lexicon name
/// ("Djakarta" for "Jakarta"), names that entry.
fn lexicon_variants(forms: &mut [Form], lexicon: &Lexicon, lex_ids: &LexIds) {
    if forms.iter().all(|f| f.lex.is_some()) {
        return;
    }
    let mut by_key: HashMap<String, Option<usize>> = HashMap::new();
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
/// much ("Chan" and "Han" share a short key), unless the forms differ only
/// in letter case.
fn spelling_variants(forms: &[Form], sets: &mut Sets) {
    let mut by_key: HashMap<(&str, EntityKind), usize> = HashMap::new();
    let mut by_case: HashMap<(String, EntityKind), usize> = HashMap::new();
    for (i, f) in forms.iter().enumerate() {
        let kind = f.kind();
        let first = *by_case.entry((f.surface.to_lowercase(), kind)).or_insert(i);
        sets.union(first, i);
        if f.words >= 2 || long_enough(&f.key) {
            let first = *by_key.entry((f.key.as_str(), kind)).or_insert(i);
            sets.union(first, i);
        }
    }
}

fn long_enough(key: &str) -> bool {
    key.contains(' ') || key.chars().count() >= 4
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
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, &r) in roots.iter().enumerate() {
        members.entry(r).or_default().push(i);
    }
    // root → (canonical, kind)
    let mut names: HashMap<usize, (String, EntityKind)> = HashMap::new();
    for (&root, ids) in &members {
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
        names.insert(root, (canonical, kind));
    }

    struct Acc {
        surfaces: BTreeSet<String>,
        typos: BTreeSet<String>,
        articles: BTreeSet<String>,
        roles: BTreeSet<String>,
        mentions: usize,
    }
    let mut acc: HashMap<usize, Acc> = HashMap::new();
    for (a, row) in articles.iter_mut().zip(by_article) {
        for (e, id) in a.names.iter_mut().zip(row) {
            let Some(id) = *id else { continue };
            let root = roots[id];
            let (canonical, kind) = &names[&root];
            e.canonical.clone_from(canonical);
            e.kind = *kind;
            let x = acc.entry(root).or_insert_with(|| Acc {
                surfaces: BTreeSet::new(),
                typos: BTreeSet::new(),
                articles: BTreeSet::new(),
                roles: BTreeSet::new(),
                mentions: 0,
            });
            x.mentions += 1;
            if !x.articles.contains(&a.path) {
                x.articles.insert(a.path.clone());
            }
            let f = &forms[id];
            if !x.surfaces.contains(&f.surface) {
                x.surfaces.insert(f.surface.clone());
                if f.typo {
                    x.typos.insert(f.surface.clone());
                }
            }
            if let Some(r) = e.role.as_deref().map(str::trim).filter(|r| !r.is_empty())
                && !x.roles.contains(r)
            {
                x.roles.insert(r.to_string());
            }
        }
    }
    let mut out: Vec<CorpusEntity> = acc
        .into_iter()
        .map(|(root, x)| {
            let (canonical, kind) = names[&root].clone();
            CorpusEntity {
                aliases: x.surfaces.into_iter().filter(|s| *s != canonical).collect(),
                kind,
                canonical,
                articles: x.articles.into_iter().collect(),
                mentions: x.mentions,
                typos: x.typos.into_iter().collect(),
                roles: x.roles.into_iter().collect(),
            }
        })
        .collect();
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

/// The fullest form of a set the lexicon does not know: not a typo, most
/// words, not set in capitals (a headline), most mentions, longest, then
/// alphabetical.
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
                .then(b.words.cmp(&a.words))
                .then(shouting(a).cmp(&shouting(b)))
                .then(b.mentions.cmp(&a.mentions))
                .then(b.surface.len().cmp(&a.surface.len()))
                .then_with(|| a.surface.cmp(&b.surface))
        })
        .map(|f| f.surface.clone())
        .unwrap_or_default()
}
