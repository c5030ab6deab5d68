//! Comparison across articles: claims about the same quantity or event form a
//! group (`agree`, `conflict`, `unique`), plus the corpus summary (consensus
//! cast, timeline, per-outlet coverage, key sentences). Linear in the number of
//! claims: groups are found by hashing keys, never by comparing all pairs.
//!
//! Same quantity means: the same measure (count, percent, money in one
//! currency, one dimension of units — metres and kilometres compare after
//! conversion —, date, duration), the same counted-noun synonym class
//! (or, for dates, the same event class), the same role in a change, a
//! compatible event (equal, or unknown on one side) and compatible actors (one
//! set inside the other, or none named). No list of topics is involved.
//!
//! It does not read text; it reads the claims of analyzed articles.

mod group;
pub mod summary;
pub mod units;
pub mod values;

pub use summary::Summary;

use crate::claims::Claim;
use crate::model::Article;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::Arc;

/// One statement of a group: a claim and the article that makes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    /// The article's path.
    pub article: String,
    /// The outlet named in the article's dateline, when known.
    pub outlet: Option<String>,
    /// Shared with the article's claims (serialized as the claim itself).
    #[serde(flatten)]
    pub claim: Arc<Claim>,
    /// When the article was written (ISO date), for telling updates from conflicts.
    #[serde(skip)]
    pub time: Option<String>,
    /// The time is only the latest date the article mentions (it states no
    /// date of its own): the article was written that day or later.
    #[serde(skip)]
    pub time_inferred: bool,
}

/// Claims from one or more articles about the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimGroup {
    /// A readable key: measure, counted class or event, actors ("count of
    /// tentara — kirim", "date of perang", "money:IDR of harga [Pertalite]").
    pub topic: String,
    /// `figure` | `date`.
    pub kind: &'static str,
    /// `agree` | `conflict` | `unique`.
    pub status: &'static str,
    /// `update` (values change with the articles' dates), `additional` (an
    /// added quantity split off its group), `different_measure` (the same
    /// thing is also given as another measure in another group), or null.
    pub note: Option<&'static str>,
    /// A sentence explaining the status or note, or null.
    pub detail: Option<String>,
    /// Paths of the articles of the statements, sorted.
    pub articles: Vec<String>,
    /// Sorted by article, then position.
    pub statements: Vec<Statement>,
}

/// The statements of an article.
pub fn statements_of(a: &Article) -> Vec<Statement> {
    let time = article_time(a);
    let time_inferred = a.header.published.is_none();
    a.claims
        .iter()
        .map(|c| Statement {
            article: a.path.clone(),
            outlet: a.header.outlet.clone(),
            claim: Arc::clone(c),
            time: time.clone(),
            time_inferred,
        })
        .collect()
}

/// When an article was written: its stated date, else the latest dated
/// event it reports (the date its relative dates are anchored on).
pub fn article_time(a: &Article) -> Option<String> {
    crate::extract::date::written(a.header.published, &a.dates).map(|d| d.to_string())
}

/// Groups the claims of all articles and summarizes the corpus.
pub fn compare(articles: &[Article]) -> (Vec<ClaimGroup>, Summary) {
    // Grouping borrows the claims; each statement is built once, in its group.
    let times: Vec<Option<String>> = articles.par_iter().map(article_time).collect();
    let total = articles.iter().map(|a| a.claims.len()).sum();
    let mut owner: Vec<usize> = Vec::with_capacity(total);
    let mut items: Vec<group::Item> = Vec::with_capacity(total);
    let rank = path_ranks(articles);
    for (i, (a, time)) in articles.iter().zip(&times).enumerate() {
        let article_id = rank[i];
        for c in &a.claims {
            owner.push(i);
            items.push(group::Item {
                article: &a.path,
                article_id,
                claim: c,
                time: time.as_deref(),
                inferred: a.header.published.is_none(),
            });
        }
    }
    let groups: Vec<ClaimGroup> = group::plan(&items)
        .into_par_iter()
        .map(|p| {
            p.into_group(|i| {
                let (s, a) = (items.get(i)?, articles.get(*owner.get(i)?)?);
                Some(Statement {
                    article: a.path.clone(),
                    outlet: a.header.outlet.clone(),
                    claim: Arc::clone(s.claim),
                    time: s.time.map(str::to_string),
                    time_inferred: s.inferred,
                })
            })
        })
        .collect();
    let summary = summary::summarize(articles, &groups);
    (groups, summary)
}

/// The rank of each article's path among the paths: equal paths share a
/// rank, and ranks are ordered as the paths are. The corpus comes sorted by
/// path, so this is mostly one check.
fn path_ranks(articles: &[Article]) -> Vec<usize> {
    let mut by_path: Vec<usize> = (0..articles.len()).collect();
    if !articles.is_sorted_by(|a, b| a.path <= b.path) {
        by_path.sort_by(|&x, &y| articles[x].path.cmp(&articles[y].path));
    }
    let mut rank = vec![0; articles.len()];
    for (k, &w) in by_path.iter().enumerate() {
        rank[w] = match k.checked_sub(1).map(|p| by_path[p]) {
            Some(p) if articles[p].path == articles[w].path => rank[p],
            _ => k,
        };
    }
    rank
}

/// Groups statements (from any articles) by what they are about.
pub fn group_statements(statements: Vec<Statement>) -> Vec<ClaimGroup> {
    group::groups(statements)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_dates;
#[cfg(test)]
mod tests_gaps;
#[cfg(test)]
mod tests_scope;
