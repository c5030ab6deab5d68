//! The story in a few lines: the consensus cast (entities most articles
//! share), the main event's place and date, a timeline of dated events, what
//! each outlet adds and leaves out, and key sentences (an extractive summary:
//! the sentences carrying the facts most articles support).

use super::ClaimGroup;
use crate::extract::names::EntityKind;
use crate::model::Article;
use crate::resolve::fxhash::FxHashMap;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The corpus summary.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Summary {
    pub articles: usize,
    /// Entities named by at least half of the articles (at least two when
    /// there are two or more), most shared first.
    pub consensus: Vec<CastMember>,
    /// The main event: the dated event most articles report.
    pub main_event: Option<MainEvent>,
    /// Dated events of all articles, in date order.
    pub timeline: Vec<TimelineEntry>,
    /// Per article: what it adds and what it leaves out.
    pub outlets: Vec<Coverage>,
    /// The sentences that carry the facts most articles support.
    pub key_sentences: Vec<KeySentence>,
    /// Number of groups per status, and of updates.
    pub counts: Counts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CastMember {
    #[serde(rename = "type")]
    pub kind: EntityKind,
    pub canonical: String,
    /// Number of articles naming it.
    pub articles: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MainEvent {
    pub topic: String,
    /// ISO date (the most precise one its statements give), or null.
    pub date: Option<String>,
    /// The place most named with it, or null.
    pub place: Option<String>,
    pub articles: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineEntry {
    pub date: String,
    pub topic: String,
    pub status: &'static str,
    pub articles: Vec<String>,
    /// The sentence of its first statement.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub article: String,
    pub outlet: Option<String>,
    /// Topics of the claims only this article makes.
    pub adds: Vec<String>,
    /// Topics most other articles report that this one does not.
    pub omits: Vec<String>,
    /// Consensus entities this article does not name.
    pub omits_cast: Vec<String>,
    /// Entities (canonical names) no other article names, most mentioned first.
    pub names_only_here: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeySentence {
    pub article: String,
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// How many articles support the facts it carries.
    pub support: usize,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub agree: usize,
    pub conflict: usize,
    pub unique: usize,
    pub update: usize,
    /// Conflicts whose values come from different named sources.
    pub different_source: usize,
}

/// Summarizes analyzed articles and their claim groups.
pub fn summarize(articles: &[Article], groups: &[ClaimGroup]) -> Summary {
    let n = articles.len();
    let mut counts = Counts::default();
    for g in groups {
        match g.status {
            "agree" => counts.agree += 1,
            "conflict" => counts.conflict += 1,
            _ => counts.unique += 1,
        }
        counts.update += usize::from(g.note == Some("update"));
        counts.different_source += usize::from(g.note == Some("different_source"));
    }
    // Every later part looks entities up in `reach` by index; the parts are
    // then independent (coverage needs the cast): two threads.
    let reach = reach(articles);
    let ((main_event, timeline), (consensus, outlets)) = rayon::join(
        || (main_event(articles, groups, &reach), timeline(groups)),
        || {
            let consensus = cast(articles, &reach);
            let outlets = coverage(articles, groups, &consensus, &reach);
            (consensus, outlets)
        },
    );
    Summary {
        articles: n,
        main_event,
        timeline,
        outlets,
        key_sentences: key_sentences(groups),
        consensus,
        counts,
    }
}

/// The entities (type, canonical name) as the articles name them, each
/// counted once, and the entity of every name: later passes look entities up
/// by index instead of hashing names again.
struct Reach<'a> {
    entities: Vec<Reached<'a>>,
    index: FxHashMap<(EntityKind, &'a str), usize>,
    /// The entity of every name, flat in article order.
    ids: Vec<usize>,
    /// Where each article's names start in `ids`.
    offsets: Vec<usize>,
}

struct Reached<'a> {
    kind: EntityKind,
    name: &'a str,
    /// Articles naming it, and mentions.
    articles: usize,
    mentions: usize,
    /// The last article seen naming it (articles are visited in order).
    last: usize,
}

impl Reach<'_> {
    fn names_of(&self, article: usize) -> &[usize] {
        &self.ids[self.offsets[article]..self.offsets[article + 1]]
    }
    fn get(&self, kind: EntityKind, name: &str) -> Option<&Reached<'_>> {
        self.index.get(&(kind, name)).map(|&i| &self.entities[i])
    }
}

fn reach(articles: &[Article]) -> Reach<'_> {
    let total = articles.iter().map(|a| a.names.len()).sum();
    // Sized once (a corpus names fewer entities than half its mentions):
    // grown step by step, the table was rehashed a dozen times.
    let guess = total / 2 + 16;
    let mut r = Reach {
        entities: Vec::with_capacity(guess),
        index: FxHashMap::with_capacity_and_hasher(guess, Default::default()),
        ids: Vec::with_capacity(total),
        offsets: Vec::with_capacity(articles.len() + 1),
    };
    for (i, a) in articles.iter().enumerate() {
        r.offsets.push(r.ids.len());
        for e in &a.names {
            let entities = &mut r.entities;
            let id = *r
                .index
                .entry((e.kind, e.canonical.as_str()))
                .or_insert_with(|| {
                    entities.push(Reached {
                        kind: e.kind,
                        name: e.canonical.as_str(),
                        articles: 0,
                        mentions: 0,
                        last: usize::MAX,
                    });
                    entities.len() - 1
                });
            let v = &mut r.entities[id];
            if v.last != i {
                v.last = i;
                v.articles += 1;
            }
            v.mentions += 1;
            r.ids.push(id);
        }
    }
    r.offsets.push(r.ids.len());
    r
}

fn cast(articles: &[Article], seen: &Reach) -> Vec<CastMember> {
    let need = articles.len().div_ceil(2).max(2.min(articles.len()));
    let mut out: Vec<(usize, usize, EntityKind, &str)> = seen
        .entities
        .iter()
        .filter(|e| e.articles >= need.max(1))
        .map(|e| (e.articles, e.mentions, e.kind, e.name))
        .collect();
    out.sort_unstable_by(|a, b| (b.0, b.1, a.3, a.2).cmp(&(a.0, a.1, b.3, b.2)));
    out.into_iter()
        .take(CAST)
        .map(|(arts, _, kind, name)| CastMember {
            kind,
            canonical: name.to_string(),
            articles: arts,
        })
        .collect()
}

/// The size of the consensus cast (it fits the bits of a `u32`).
const CAST: usize = 15;

/// The most precise date value of a group's statements.
fn group_date(g: &ClaimGroup) -> Option<String> {
    g.statements
        .iter()
        .filter_map(|s| super::values::date_value(&s.claim))
        .filter(|v| !v.starts_with('P'))
        .max_by_key(|v| (v.len(), *v))
        .map(str::to_string)
}

fn is_dated(g: &ClaimGroup) -> bool {
    g.kind == "date"
        && g.statements
            .first()
            .is_some_and(|s| matches!(s.claim.measure.as_str(), "date" | "time"))
}

fn main_event(articles: &[Article], groups: &[ClaimGroup], seen: &Reach) -> Option<MainEvent> {
    // Each candidate's date is worked out once, not at every comparison.
    let (g, _) = groups
        .iter()
        .filter(|g| is_dated(g) && g.status != "conflict")
        .map(|g| (g, (g.articles.len(), group_date(g).map_or(0, |d| d.len()))))
        .max_by(|(a, ka), (b, kb)| ka.cmp(kb).then_with(|| b.topic.cmp(&a.topic)))?;
    // The place: named in most of the main event's sentences near its date
    // (a place after "di" counts double, for "bertemu di Wonsan"); not the
    // container of a place named just before it ("Majene, Sulawesi Barat"),
    // nor a place in the attribution that closes the sentence ("…, kata
    // kementerian luar negeri Rusia di Telegram"). Ties go to the place more
    // articles name; a place seen as a container ranks below the others.
    let by_path: FxHashMap<&str, &Article> =
        articles.iter().map(|a| (a.path.as_str(), a)).collect();
    let mut places: BTreeMap<&str, usize> = BTreeMap::new();
    let mut containers: BTreeSet<&str> = BTreeSet::new();
    for s in &g.statements {
        let Some(a) = by_path.get(s.article.as_str()) else {
            continue;
        };
        let m = s.claim.mention();
        let said_after = s
            .claim
            .attribution
            .as_ref()
            .map(|x| x.at)
            .filter(|&at| at >= m.end)
            .unwrap_or(usize::MAX);
        // Names are sorted by start: find the sentence's slice by binary
        // search, so that a huge one-paragraph article stays linear.
        let first = a.names.partition_point(|e| e.start < s.claim.start);
        let last = first + a.names[first..].partition_point(|e| e.start < s.claim.end);
        let in_sentence: Vec<&crate::extract::names::Entity> = a.names[first..last]
            .iter()
            .filter(|e| e.kind == EntityKind::Place)
            .filter(|e| e.end <= s.claim.end)
            .collect();
        let mut here = BTreeSet::new();
        for (i, e) in in_sentence.iter().enumerate() {
            // Only the last bytes are looked at: a 200 MB one-line article stays linear.
            let before = a.clean[..e.start].trim_end();
            let di = before
                .len()
                .checked_sub(3)
                .and_then(|i| before.get(i..))
                .is_some_and(|w| w.eq_ignore_ascii_case(" di"));
            // A place after "di" places the event a little farther off.
            let reach_bytes = if di { 50 } else { 30 };
            let near = e.end + reach_bytes >= m.start && e.start <= m.end + reach_bytes;
            let container = i > 0 && {
                let prev = in_sentence[i - 1];
                a.clean
                    .get(prev.end..e.start)
                    .is_some_and(|gap| gap.trim() == ",")
            };
            if container {
                containers.insert(e.canonical.as_str());
            }
            // "pemimpin Korea Utara Kim Jong Un", "media negara Korea Utara
            // KCNA": a place right before a name is an affiliation.
            let after = a.names.partition_point(|n| n.start <= e.end);
            let affiliation = a.names[after..]
                .iter()
                .take_while(|n| {
                    a.clean
                        .get(e.end..n.start)
                        .is_some_and(|g| g.trim().is_empty())
                })
                .any(|n| n.kind != EntityKind::Place);
            if affiliation {
                continue;
            }
            if near && !container && e.start < said_after && here.insert(e.canonical.as_str()) {
                *places.entry(e.canonical.as_str()).or_default() += 1 + usize::from(di);
            }
        }
    }
    // How many articles name each candidate place.
    let reach = |p: &str| seen.get(EntityKind::Place, p).map_or(0, |e| e.articles);
    let place = places
        .into_iter()
        .max_by(|a, b| {
            let key = |p: &str, n: usize| (!containers.contains(p), n, reach(p));
            key(a.0, a.1).cmp(&key(b.0, b.1)).then_with(|| b.0.cmp(a.0))
        })
        .map(|(p, _)| p.to_string());
    Some(MainEvent {
        topic: g.topic.clone(),
        date: group_date(g),
        place,
        articles: g.articles.len(),
    })
}

fn timeline(groups: &[ClaimGroup]) -> Vec<TimelineEntry> {
    let mut out: Vec<TimelineEntry> = groups
        .iter()
        .filter(|g| is_dated(g))
        .filter_map(|g| {
            Some(TimelineEntry {
                date: group_date(g)?,
                topic: g.topic.clone(),
                status: g.status,
                articles: g.articles.clone(),
                text: g.statements.first()?.claim.text.clone(),
            })
        })
        .collect();
    out.sort_by(|a, b| (&a.date, &a.topic).cmp(&(&b.date, &b.topic)));
    out
}

fn coverage(
    articles: &[Article],
    groups: &[ClaimGroup],
    cast: &[CastMember],
    reach: &Reach,
) -> Vec<Coverage> {
    let n = articles.len();
    // One pass over the groups: the unique topics of each article, and the
    // few groups most articles share (more than half of the others, ≥ 2).
    let mut adds: FxHashMap<&str, Vec<String>> =
        FxHashMap::with_capacity_and_hasher(n, Default::default());
    for g in groups.iter().filter(|g| g.articles.len() == 1) {
        adds.entry(g.articles[0].as_str())
            .or_default()
            .push(g.topic.clone());
    }
    let majority: Vec<&ClaimGroup> = groups
        .iter()
        .filter(|g| g.articles.len() >= 2 && 2 * g.articles.len() > n - 1)
        .collect();
    // Bit j of an entity's mask: it has the canonical name of cast member j
    // (of any type: an article naming the name names the member).
    let mut cast_bits = vec![0u32; reach.entities.len()];
    debug_assert!(cast.len() <= CAST);
    for (j, m) in cast.iter().enumerate() {
        for kind in [
            EntityKind::Person,
            EntityKind::Place,
            EntityKind::Organization,
        ] {
            if let Some(&id) = reach.index.get(&(kind, m.canonical.as_str())) {
                cast_bits[id] |= 1 << j;
            }
        }
    }
    let mut own: Vec<(&str, EntityKind)> = Vec::new();
    articles
        .iter()
        .enumerate()
        .map(|(n, a)| {
            let ids = reach.names_of(n);
            let adds = adds.remove(a.path.as_str()).unwrap_or_default();
            let omits: Vec<String> = majority
                .iter()
                .filter(|g| g.articles.binary_search(&a.path).is_err())
                .map(|g| g.topic.clone())
                .collect();
            let named = ids.iter().fold(0, |bits, &id| bits | cast_bits[id]);
            let omits_cast = cast
                .iter()
                .enumerate()
                .filter(|&(j, _)| named & (1 << j) == 0)
                .map(|(_, m)| m.canonical.clone())
                .collect();
            own.clear();
            own.extend(
                ids.iter()
                    .map(|&id| &reach.entities[id])
                    // Entities named by one article only (as
                    // `resolve::exclusive` gives them).
                    .filter(|e| e.articles == 1)
                    .map(|e| (e.name, e.kind)),
            );
            own.sort_unstable();
            let names_only_here = most_mentioned(&own);
            Coverage {
                article: a.path.clone(),
                outlet: a.header.outlet.clone(),
                adds,
                omits,
                omits_cast,
                names_only_here,
            }
        })
        .collect()
}

/// The names of `own` ((name, type) per mention, sorted), most mentioned
/// first, then by name; a name of two types is listed once, where its most
/// mentioned type is. The types of a name are neighbours in `own`, so each
/// name is counted once, without looking back over the list.
fn most_mentioned(own: &[(&str, EntityKind)]) -> Vec<String> {
    let mut counted: Vec<(usize, &str)> = Vec::with_capacity(own.len());
    for run in own.chunk_by(|x, y| x == y) {
        match counted.last_mut() {
            Some(last) if last.1 == run[0].0 => last.0 = last.0.max(run.len()),
            _ => counted.push((run.len(), run[0].0)),
        }
    }
    counted.sort_unstable_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(y.1)));
    counted
        .into_iter()
        .map(|(_, name)| name.to_string())
        .collect()
}

/// One sentence per agreed fact (attributed and unhedged first, then the
/// shortest), ranked by how many articles support what it carries.
fn key_sentences(groups: &[ClaimGroup]) -> Vec<KeySentence> {
    let mut by_sentence: BTreeMap<(&str, usize), KeySentence> = BTreeMap::new();
    for g in groups
        .iter()
        .filter(|g| g.articles.len() >= 2 && g.status == "agree")
    {
        let Some(s) = g.statements.iter().min_by_key(|s| {
            let c = &s.claim;
            (
                c.attribution.is_none(),
                c.hedge.is_some(),
                c.text.len(),
                &s.article,
                c.start,
            )
        }) else {
            continue;
        };
        let k = by_sentence
            .entry((s.article.as_str(), s.claim.start))
            .or_insert_with(|| KeySentence {
                article: s.article.clone(),
                text: s.claim.text.clone(),
                start: s.claim.start,
                end: s.claim.end,
                support: 0,
            });
        k.support = k.support.max(g.articles.len());
    }
    let mut out: Vec<KeySentence> = by_sentence.into_values().collect();
    out.sort_by(|a, b| (b.support, &a.article, a.start).cmp(&(a.support, &b.article, b.start)));
    out.truncate(6);
    out
}

#[cfg(test)]
mod speed_tests {
    use super::most_mentioned;
    use crate::extract::names::EntityKind;

    /// The first version: every (name, type) counted, sorted, and a name
    /// kept at its first place by looking back over the list.
    fn slow(own: &[(&str, EntityKind)]) -> Vec<String> {
        let mut counted: Vec<(usize, &str)> = Vec::new();
        for run in own.chunk_by(|x, y| x == y) {
            counted.push((run.len(), run[0].0));
        }
        counted.sort_by(|x, y| y.0.cmp(&x.0).then_with(|| x.1.cmp(y.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, name) in counted {
            if !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn most_mentioned_equals_the_first_version(
            raw in proptest::collection::vec(("(Bogor|Jokowi|Garut|PLN)", 0..3usize), 0..30),
        ) {
            let kinds = [EntityKind::Person, EntityKind::Place, EntityKind::Organization];
            let mut own: Vec<(&str, EntityKind)> =
                raw.iter().map(|(n, k)| (n.as_str(), kinds[*k])).collect();
            own.sort_unstable();
            proptest::prop_assert_eq!(most_mentioned(&own), slow(&own));
        }
    }
}
