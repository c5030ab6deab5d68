//! Grouping: statements are hashed by (kind, measure, class or event, role);
//! inside a bucket they gather into clusters with a compatible event and
//! compatible actors (greedy, one pass: a bucket holds few clusters), and each
//! cluster gets its status and note.

use super::units;
use super::values::{self, compatible};
use super::{ClaimGroup, Statement};
use crate::claims::Claim;
use crate::resolve::fxhash::FxHashMap;
use crate::resolve::sorting;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// (kind, measure, class or event, role, modality), borrowed from the
/// statements: hashing and sorting it costs no allocation. A target, forecast
/// or plan is never the same quantity as a measured value.
type Key<'a> = (
    &'static str,
    &'a str,
    &'a str,
    &'static str,
    &'static str,
    &'a str,
);

fn key(c: &Claim) -> Option<Key<'_>> {
    // The new value of a change ("bertambah menjadi 34") is the same
    // quantity as a plain value; the old value and the size of the change are not.
    let role = c
        .role
        .filter(|r| matches!(*r, "from" | "delta"))
        .unwrap_or("");
    if c.figure.is_some() {
        let class = c.class.as_deref()?;
        let modality = c.modality.unwrap_or("");
        return Some((
            "figure",
            units::dimension(&c.measure),
            class,
            role,
            modality,
            c.part.as_deref().unwrap_or(""),
        ));
    }
    // A term ("8 tahun penjara", "6 bulan kurungan") is keyed by what it is
    // a term of, its event (vonis, tuntut) compared like a figure's.
    let what = match (c.class.as_deref(), c.measure.as_str()) {
        (Some(class), "duration") => class,
        _ => c.event.as_deref().or(c.class.as_deref())?,
    };
    // A time of day is a date too ("Minggu (10/3/2024) pagi" = "Minggu (10/3/2024)").
    let measure = if c.measure == "time" {
        "date"
    } else {
        c.measure.as_str()
    };
    Some(("date", measure, what, role, "", ""))
}

/// A statement as grouping sees it, borrowed: the statements themselves are
/// built (or moved) once, into their final group.
#[derive(Clone, Copy)]
pub(super) struct Item<'a> {
    pub article: &'a str,
    /// The rank of the article's path: equal for equal paths, ordered as
    /// the paths are (sorting and grouping compare it, never the strings).
    pub article_id: usize,
    pub claim: &'a Arc<Claim>,
    /// When the article was written (ISO date).
    pub time: Option<&'a str>,
    /// The time is inferred (the latest date the article mentions): the
    /// article was written that day or later.
    pub inferred: bool,
}

/// A cluster of statements (indexes into the bucket's statements), with
/// everything borrowed from them.
#[derive(Clone)]
struct Cluster<'a> {
    event: Option<&'a str>,
    /// The event was read from a noun ([`nominal_event`]).
    nominal: bool,
    actors: Names<'a>,
    /// The persons and named objects among the actors.
    persons: Names<'a>,
    /// Sum and count of the members' midpoints, for the nearest cluster.
    mid_sum: f64,
    mid_n: usize,
    /// Indexes of the members in the statements of the corpus.
    members: Vec<usize>,
    /// The running intersection of the members' intervals.
    lo: f64,
    hi: f64,
    /// The most precise date of the members, and whether all agree with it.
    longest: Option<&'a str>,
    /// The longest date names an ISO week ([`values::has_week`]).
    longest_week: bool,
    /// The earliest and latest clock times of the members that name one
    /// ([`values::clock`]).
    clock: Option<(u16, u16)>,
    dates_ok: bool,
    /// The scope of the members ([`crate::claims::Scope`]): one place, one
    /// period and one rate per cluster.
    place: Option<&'a str>,
    period: Option<&'a str>,
    rate: Option<&'a str>,
}

/// A few names, sorted and unique, as a set: a cluster names a few actors,
/// and a sorted vector is one allocation where a tree is several.
#[derive(Clone, Default)]
struct Names<'a>(Vec<&'a str>);

impl<'a> Names<'a> {
    fn contains(&self, x: &str) -> bool {
        self.0.binary_search_by(|p| (*p).cmp(x)).is_ok()
    }
    fn extend(&mut self, xs: impl Iterator<Item = &'a str>) {
        for x in xs {
            if let Err(at) = self.0.binary_search(&x) {
                self.0.insert(at, x);
            }
        }
    }
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn iter(&self) -> std::slice::Iter<'_, &'a str> {
        self.0.iter()
    }
}

/// The articles of the members of a bucket's clusters, with their named
/// sources: (cluster, article) → sources, one map per bucket. One article
/// never gives two different values of one quantity, unless as a change
/// (whose old value and size are keyed apart) or from two named sources
/// ("USGS mencatat magnitudo 6,0 … BMKG melaporkan magnitudo 6,2"). Two
/// values in one article ("Luthfi 58,4 persen, sedangkan Andika 41,6
/// persen"; national inflation 2,51 beside a province's 0,94) are two
/// quantities, so a value that disagrees with a cluster does not join it
/// when its article is already there with another value (the same value
/// repeated in one article is one quantity: "21 jenazah … 21 korban").
///
/// The members of one (cluster, article) are a chain through `members`
/// (newest first; `has` asks whether any member says something, so the order
/// does not matter): no vector per entry.
struct Articles<'a> {
    /// (cluster, article) → the newest member.
    head: FxHashMap<(usize, usize), usize>,
    members: Vec<Member<'a>>,
}

/// A statement already in a cluster: its named source, its midpoint
/// ([`values::midpoint`]) and the next member of its (cluster, article).
type Member<'a> = (Option<&'a str>, Option<f64>, usize);

/// The named source of a statement (a person, an organization, or a phrase
/// with a name), as written.
fn named_source(c: &Claim) -> Option<&str> {
    c.attribution
        .as_ref()
        .filter(|a| a.source_type.is_some() || a.source.chars().any(char::is_uppercase))
        .map(|a| a.source.as_str())
}

impl<'a> Articles<'a> {
    fn with_capacity(n: usize) -> Articles<'a> {
        Articles {
            head: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            members: Vec::with_capacity(n),
        }
    }
    /// The members of (cluster, article).
    fn chain(&self, cluster: usize, article: usize) -> impl Iterator<Item = &Member<'a>> + '_ {
        let mut at = self.head.get(&(cluster, article)).copied();
        std::iter::from_fn(move || {
            let m = self.members.get(at?)?;
            at = (m.2 != usize::MAX).then_some(m.2);
            Some(m)
        })
    }
    fn has(&self, cluster: usize, s: &Item, v: &Values) -> bool {
        // An additional quantity beside the base one is another quantity,
        // split off when the group is finished.
        if s.claim.additional || !self.head.contains_key(&(cluster, s.article_id)) {
            return false;
        }
        let value = v.midpoint;
        if value.is_some() && self.chain(cluster, s.article_id).any(|m| m.1 == value) {
            return false;
        }
        let Some(mine) = v.source else {
            return true;
        };
        self.chain(cluster, s.article_id)
            .any(|(o, _, _)| o.is_none_or(|o| o.eq_ignore_ascii_case(mine)))
    }
    fn add(&mut self, cluster: usize, s: &Item, v: &Values<'a>) {
        if !s.claim.additional {
            self.push(cluster, s.article_id, v);
        }
    }
    fn push(&mut self, cluster: usize, article: usize, v: &Values<'a>) {
        let next = self.members.len();
        let head = self.head.entry((cluster, article)).or_insert(usize::MAX);
        self.members.push((v.source, v.midpoint, *head));
        *head = next;
    }
}

impl<'a> Cluster<'a> {
    fn new() -> Cluster<'a> {
        Cluster {
            event: None,
            nominal: false,
            actors: Names::default(),
            persons: Names::default(),
            mid_sum: 0.0,
            mid_n: 0,
            members: Vec::new(),
            lo: f64::NEG_INFINITY,
            hi: f64::INFINITY,
            longest: None,
            longest_week: false,
            clock: None,
            dates_ok: true,
            place: None,
            period: None,
            rate: None,
        }
    }
    /// True when the statement's scope fits the cluster's: the same place
    /// and period, or none named on one side (a toll "di Majene" is the
    /// toll of the story's quake). A rate never meets a plain count (a
    /// price may omit its "per liter").
    fn scope_fits(&self, c: &Claim, money: bool) -> bool {
        let (place, period, rate) = scope_of(c);
        let dim = |mine: Option<&str>, theirs: Option<&str>| match (theirs, mine) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        let rate_ok = if money {
            !matches!((self.rate, rate), (Some(a), Some(b)) if a != b)
        } else {
            self.members.is_empty() || self.rate == rate
        };
        // A price at a market is that market's: it never meets prices with
        // no place (a national average), nor they it.
        let local = |p: Option<&str>| p.is_some_and(market_place);
        let market_ok = !money
            || self.members.is_empty()
            || match (place, self.place) {
                (Some(_), None) => !local(place),
                (None, Some(_)) => !local(self.place),
                _ => true,
            };
        rate_ok && market_ok && dim(place, self.place) && dim(period, self.period)
    }
    fn fits(&self, s: &Item) -> bool {
        let c = &s.claim;
        // A share whose event is a noun is a share of those events ("Sebagian
        // besar kecelakaan melibatkan sepeda motor, sekitar 70 persen"): it
        // never meets a share with no event, which is one of another whole
        // ("53,6 persen kendaraan menuju arah timur"). A count with no event
        // is the count of its noun, whatever the others say happened to it.
        let share = c.measure == "percent";
        let event_ok = match (self.event, c.event.as_deref()) {
            (Some(a), Some(b)) => a == b,
            (None, None) => true,
            (Some(_), None) => !(share && self.nominal),
            (None, Some(_)) => !(share && nominal_event(c)) || self.members.is_empty(),
        };
        if !event_ok {
            return false;
        }
        // One set inside the other: persons (and named objects) when both
        // sides name some; organizations only when neither does ("Jaksa KPK
        // menuntut … 12 tahun" and "menuntut Hendra 12 tahun" are one term).
        let nested = |a: &[String], b: &Names| {
            a.is_empty()
                || b.is_empty()
                || a.iter().all(|x| b.iter().any(|y| same_name(x, y)))
                || b.iter().all(|y| a.iter().any(|x| same_name(x, y)))
        };
        match (c.persons.is_empty(), self.persons.is_empty()) {
            (false, false) => nested(&c.persons, &self.persons),
            (true, true) => nested(&c.actors, &self.actors),
            _ => true,
        }
    }
    /// True when the statement's value fits the cluster's values (kept as a
    /// running intersection, so joining costs O(1) whatever the cluster size).
    /// `v` is the statement's [`Values`].
    fn agrees(&self, v: &Values) -> bool {
        if self.lo > self.hi || !self.dates_ok {
            return false;
        }
        if let Some((a, b)) = v.interval {
            if self.lo.max(a) > self.hi.min(b) {
                return false;
            }
        }
        if let (Some(m), Some((lo, hi))) = (v.clock, self.clock) {
            if hi.max(m) - lo.min(m) > values::CLOCK_SLACK {
                return false;
            }
        }
        match (v.date, self.longest) {
            (Some(d), Some(l)) => values::two_dates_compatible(d, l, v.week || self.longest_week),
            _ => true,
        }
    }
    /// How far the statement's value is from the cluster's mean value, in
    /// millionths of the larger of the two (0 when either has none).
    fn distance(&self, v: &Values) -> u64 {
        let Some(m) = v.midpoint.filter(|m| m.is_finite()) else {
            return 0;
        };
        if self.mid_n == 0 {
            return 0;
        }
        let mean = self.mid_sum / self.mid_n as f64;
        let scale = m.abs().max(mean.abs()).max(f64::MIN_POSITIVE);
        ((m - mean).abs() / scale * 1e6).min(u64::MAX as f64) as u64
    }
    fn same_actors(&self, s: &Item) -> bool {
        self.actors.len() == s.claim.actors.len()
            && s.claim
                .actors
                .iter()
                .all(|a| self.actors.contains(a.as_str()))
    }
    fn add(&mut self, i: usize, s: &'a Item<'a>, v: &Values<'a>) {
        let (place, period, rate) = scope_of(s.claim);
        if self.members.is_empty() {
            self.rate = rate;
        }
        self.place = self.place.or(place);
        self.period = self.period.or(period);
        self.rate = self.rate.or(rate);
        if self.event.is_none() {
            self.event = s.claim.event.as_deref();
            self.nominal = nominal_event(s.claim);
        }
        if let Some((a, b)) = v.interval {
            self.lo = self.lo.max(a);
            self.hi = self.hi.min(b);
        }
        match (v.clock, self.clock) {
            (Some(m), Some((lo, hi))) => {
                let (lo, hi) = (lo.min(m), hi.max(m));
                if hi - lo > values::CLOCK_SLACK {
                    self.dates_ok = false;
                }
                self.clock = Some((lo, hi));
            }
            (Some(m), None) => self.clock = Some((m, m)),
            _ => {}
        }
        if let Some(d) = v.date {
            match self.longest {
                Some(l) if !values::two_dates_compatible(d, l, v.week || self.longest_week) => {
                    self.dates_ok = false
                }
                Some(l) if l.len() >= d.len() => {}
                _ => {
                    self.longest = Some(d);
                    self.longest_week = v.week;
                }
            }
        }
        self.actors
            .extend(s.claim.actors.iter().map(String::as_str));
        self.persons
            .extend(s.claim.persons.iter().map(String::as_str));
        if let Some(m) = v.midpoint.filter(|m| m.is_finite()) {
            self.mid_sum += m;
            self.mid_n += 1;
        }
        self.members.push(i);
    }
}

/// True when the claim's event was read from a noun ("kecelakaan",
/// "pengiriman", "evakuasi"), not a verb ("menewaskan", "jatuh").
fn nominal_event(c: &Claim) -> bool {
    let Some(w) = c.event.as_ref().and(c.verb.as_deref()) else {
        return false;
    };
    let verb = ["me", "ber", "di", "ter"].iter().any(|p| w.starts_with(p));
    !verb && w.len() >= 5 && (w.ends_with("an") || w.ends_with("si"))
}

const MARKETS_FILE: &str = "compare_market_places.txt";
const MARKETS_SRC: &str = include_str!("../data/compare_market_places.txt");
static MARKETS: std::sync::LazyLock<BTreeSet<&'static str>> = std::sync::LazyLock::new(|| {
    crate::data::lines(MARKETS_FILE, MARKETS_SRC)
        .map(|l| l.text)
        .collect()
});

/// A place where a price is local: its first word is a market head of
/// `compare_market_places.txt` ("Pasar Induk Beras Cipinang", "SPBU …").
fn market_place(place: &str) -> bool {
    place
        .split_whitespace()
        .next()
        .is_some_and(|w| MARKETS.contains(w.to_lowercase().as_str()))
}

/// (place, period, rate) of a claim, borrowed.
fn scope_of(c: &Claim) -> (Option<&str>, Option<&str>, Option<&str>) {
    match &c.scope {
        Some(s) => (s.place.as_deref(), s.period.as_deref(), s.rate.as_deref()),
        None => (None, None, None),
    }
}

/// The values of a statement, worked out once (per statement, before
/// grouping) for all the clusters it is tried against and joins.
struct Values<'a> {
    interval: Option<(f64, f64)>,
    date: Option<&'a str>,
    /// The date names an ISO week ([`values::has_week`]).
    week: bool,
    /// The clock time ([`values::clock`]).
    clock: Option<u16>,
    midpoint: Option<f64>,
    /// [`named_source`].
    source: Option<&'a str>,
}

impl<'a> Values<'a> {
    fn of(c: &'a Claim) -> Values<'a> {
        let interval = values::interval(c);
        let date = values::date_value(c);
        Values {
            interval,
            date,
            week: date.is_some_and(values::has_week),
            clock: values::clock(c),
            midpoint: values::midpoint_of(c, interval),
            source: named_source(c),
        }
    }
}

/// Equal names, or one the last words of the other: a title or place
/// word read into a name ("Lampung Hendra Wijaya" = "Hendra Wijaya"). A
/// name's first words are not enough ("Pertamax" ≠ "Pertamax Turbo").
fn same_name(a: &str, b: &str) -> bool {
    let tail = |long: &str, short: &str| {
        long.len() > short.len()
            && long.ends_with(short)
            && long.as_bytes()[long.len() - short.len() - 1] == b' '
            && short.contains(' ')
    };
    a == b || tail(a, b) || tail(b, a)
}

/// At most this many clusters of a bucket are tried for a statement that
/// names no actor (the oldest, which are the ones statements gathered in);
/// statements naming actors are looked up by actor. Keeps grouping linear on
/// large corpora of unrelated articles.
const SCAN: usize = 64;

/// A finished group whose statements are still indexes: the statements
/// are moved into groups once, at the end.
pub(super) struct Plan {
    topic: String,
    kind: &'static str,
    status: &'static str,
    note: Option<&'static str>,
    detail: Option<String>,
    articles: Vec<String>,
    /// Indexes of the statements, sorted by article, then position.
    members: Vec<usize>,
}

/// What the sorting and the measure notes read of a plan's first statement,
/// taken while it is at hand (None without statements): its place (path
/// rank, mention start) and what it measures.
#[derive(Clone, Copy)]
struct First<'a> {
    place: (usize, usize),
    class: Option<&'a str>,
    event: Option<&'a str>,
    measure: &'a str,
    /// The role in a change (`from`, `delta`, or empty), as keyed.
    role: &'static str,
}

/// Groups statements; the result is sorted (most articles first, then topic).
pub(super) fn groups(statements: Vec<Statement>) -> Vec<ClaimGroup> {
    let mut paths: Vec<&str> = statements.iter().map(|s| s.article.as_str()).collect();
    paths.sort_unstable();
    paths.dedup();
    let items: Vec<Item> = statements
        .iter()
        .map(|s| Item {
            article: &s.article,
            article_id: paths.binary_search(&s.article.as_str()).unwrap_or(0),
            claim: &s.claim,
            time: s.time.as_deref(),
            inferred: s.time_inferred,
        })
        .collect();
    let plans = plan(&items);
    drop(items);
    // Each statement is in at most one plan: moved, never cloned.
    let mut slots: Vec<Option<Statement>> = statements.into_iter().map(Some).collect();
    plans
        .into_iter()
        .map(|p| p.into_group(|i| slots.get_mut(i).and_then(Option::take)))
        .collect()
}

impl Plan {
    /// The group, with the statement of each member index made by `make`.
    pub(super) fn into_group(self, mut make: impl FnMut(usize) -> Option<Statement>) -> ClaimGroup {
        ClaimGroup {
            topic: self.topic,
            kind: self.kind,
            status: self.status,
            note: self.note,
            detail: self.detail,
            articles: self.articles,
            statements: self.members.iter().filter_map(|&i| make(i)).collect(),
        }
    }
}

/// The groups of the items, sorted (most articles first, then topic), as
/// plans holding indexes into `all`. Buckets are independent, so they are
/// clustered in parallel; the result does not depend on the thread count.
pub(super) fn plan(all: &[Item]) -> Vec<Plan> {
    // Sized once: growing the table rehashed every key.
    let mut ids: FxHashMap<Key, usize> =
        FxHashMap::with_capacity_and_hasher(all.len() / 2 + 16, Default::default());
    // The bucket of every item, then the members of every bucket in one
    // flat array (a counting sort, items in order): no vector per bucket.
    let mut keys: Vec<Key> = Vec::new();
    let mut bucket_of: Vec<usize> = Vec::with_capacity(all.len());
    for s in all {
        let b = key(s.claim).map_or(usize::MAX, |k| {
            *ids.entry(k).or_insert_with(|| {
                keys.push(k);
                keys.len() - 1
            })
        });
        bucket_of.push(b);
    }
    let mut start = vec![0usize; keys.len() + 1];
    for &b in bucket_of.iter().filter(|&&b| b != usize::MAX) {
        start[b + 1] += 1;
    }
    for b in 0..keys.len() {
        start[b + 1] += start[b];
    }
    let mut next = start.clone();
    let mut flat = vec![0usize; start[keys.len()]];
    for (i, &b) in bucket_of
        .iter()
        .enumerate()
        .filter(|(_, b)| **b != usize::MAX)
    {
        flat[next[b]] = i;
        next[b] += 1;
    }
    let sorted = sort_buckets(&keys);
    let vals: Vec<Values> = all.par_iter().map(|s| Values::of(s.claim)).collect();
    // One vector per bucket, joined once at its final size: the plans are
    // large, and a vector grown plan by plan copied them at every doubling.
    let per_bucket: Vec<Vec<(Plan, Option<First>)>> = sorted
        .par_iter()
        .map(|&b| bucket(all, &vals, &keys[b], &flat[start[b]..start[b + 1]]))
        .collect();
    let total: usize = per_bucket.iter().map(Vec::len).sum();
    let mut plans: Vec<Plan> = Vec::with_capacity(total);
    let mut firsts: Vec<Option<First>> = Vec::with_capacity(total);
    for (p, f) in per_bucket.into_iter().flatten() {
        plans.push(p);
        firsts.push(f);
    }
    mark_different_measures(&mut plans, &firsts);
    let place = |i: usize| firsts[i].map(|f| f.place);
    // Sorted on integer keys (articles, the topic's first 32 bytes: most
    // topics share "count of ") alone; the full topic, the place and the
    // index break the ties, run by run.
    let number = |b: [u8; 16]| u128::from_be_bytes(b);
    let mut order: Vec<((usize, u128, u128), usize)> = plans
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let head: [u8; 32] = sorting::head(&p.topic);
            let (a, b) = head.split_at(16);
            let key = (
                usize::MAX - p.articles.len(),
                number(a.try_into().unwrap_or_default()),
                number(b.try_into().unwrap_or_default()),
            );
            (key, i)
        })
        .collect();
    sorting::by_ord_key_then(&mut order, |x, y| {
        plans[x]
            .topic
            .cmp(&plans[y].topic)
            .then_with(|| place(x).cmp(&place(y)))
            .then(x.cmp(&y))
    });
    let mut slots: Vec<Option<Plan>> = plans.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|(_, i)| slots[i].take())
        .collect()
}

/// The indexes of the bucket keys in key order (as `sort_unstable` of the
/// keys), sorted on integers: the rank of (kind, measure) among the few
/// distinct pairs, then the first 16 bytes of the class or event. The whole
/// keys are compared only where those tie (the keys are distinct: one
/// bucket each).
fn sort_buckets(keys: &[Key]) -> Vec<usize> {
    let mut pairs: FxHashMap<(&str, &str), u32> = FxHashMap::default();
    let mut ids: Vec<u32> = Vec::with_capacity(keys.len());
    for k in keys {
        let next = u32::try_from(pairs.len()).unwrap_or(u32::MAX);
        ids.push(*pairs.entry((k.0, k.1)).or_insert(next));
    }
    // First-seen ids → ranks in (kind, measure) order.
    let mut distinct: Vec<((&str, &str), u32)> = pairs.into_iter().collect();
    distinct.sort_unstable();
    let mut rank = vec![0u32; distinct.len()];
    for (r, (_, id)) in distinct.iter().enumerate() {
        rank[*id as usize] = u32::try_from(r).unwrap_or(u32::MAX);
    }
    let mut order: Vec<((u32, u128), usize)> = keys
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(i, (k, &id))| {
            let what = u128::from_be_bytes(sorting::head(k.2));
            ((rank[id as usize], what), i)
        })
        .collect();
    sorting::by_ord_key_then(&mut order, |x, y| keys[x].cmp(&keys[y]).then(x.cmp(&y)));
    order.into_iter().map(|(_, i)| i).collect()
}

/// The clusters of one bucket, finished into plans. A bucket of one
/// statement (most buckets) is that statement's cluster: nothing to try it
/// against, so none of [`clusters_of`]'s tables is built.
fn bucket<'a>(
    all: &[Item<'a>],
    vals: &[Values<'a>],
    k: &Key,
    members: &[usize],
) -> Vec<(Plan, Option<First<'a>>)> {
    let &[only] = members else {
        return clusters_of(all, vals, k, members);
    };
    let mut c = Cluster::new();
    c.add(only, &all[only], &vals[only]);
    let mut out = Vec::with_capacity(1);
    finish(all, vals, k, c, &mut out);
    out
}

/// [`bucket`] for any number of statements: they gather into clusters.
#[inline(never)]
fn clusters_of<'a>(
    all: &[Item<'a>],
    vals: &[Values<'a>],
    k: &Key,
    members: &[usize],
) -> Vec<(Plan, Option<First<'a>>)> {
    // Statements that say most go first, so that vaguer ones join them.
    // The order's key is worked out once per statement, not per comparison
    // (a stable sort on the same key as the comparator it replaces).
    let order = |s: &Item| {
        let c = &s.claim;
        // A scoped statement settles its cluster's scope before the
        // statements that name none come to join by value.
        let scoped = scope_of(c);
        let n = usize::from(scoped.0.is_some()) + usize::from(scoped.1.is_some());
        (
            c.event.is_none(),
            std::cmp::Reverse(c.actors.len()),
            std::cmp::Reverse(n),
            s.article_id,
            c.mention(),
        )
    };
    let mut keyed: Vec<_> = members.iter().map(|&i| (order(&all[i]), i)).collect();
    keyed.sort_by_key(|k| k.0);
    let stmts = keyed.into_iter().map(|(_, i)| (i, &all[i]));
    // Sized once from the bucket (a statement makes at most one cluster, and
    // names at most its actors): no vector or table grows step by step.
    let size = members.len();
    let named: usize = members.iter().map(|&i| all[i].claim.actors.len()).sum();
    let mut clusters: Vec<Cluster> = Vec::with_capacity(size);
    let mut by_actor: FxHashMap<&str, Vec<usize>> =
        FxHashMap::with_capacity_and_hasher(named, Default::default());
    let mut anonymous: Vec<usize> = Vec::new();
    let mut candidates: Vec<usize> = Vec::with_capacity(size.min(SCAN));
    // `tried[i] == n`: cluster i is already a candidate of statement n. The
    // best candidate is chosen by a total order on (agrees, distance, size,
    // index), so the candidates need no sorting: a stamp drops repeats.
    let mut tried: Vec<usize> = Vec::with_capacity(size);
    let mut articles = Articles::with_capacity(members.len());
    // Among the clusters it fits, a statement joins one whose values it
    // agrees with first. A date that disagrees joins only the dates of
    // the same people (or of no one named): a story has many visits and
    // meetings, but one event of the same people has one date.
    let dated = k.0 == "date";
    let money = k.1.starts_with("money:");
    for (n, (id, s)) in stmts.into_iter().enumerate() {
        let v = &vals[id];
        candidates.clear();
        if s.claim.actors.is_empty() {
            candidates.extend(0..clusters.len().min(SCAN));
        } else {
            tried.resize(clusters.len(), usize::MAX);
            let mut add = |i: usize| {
                if tried[i] != n {
                    tried[i] = n;
                    candidates.push(i);
                }
            };
            for a in &s.claim.actors {
                if let Some(ids) = by_actor.get(a.as_str()) {
                    ids.iter().for_each(|&i| add(i));
                }
            }
            anonymous.iter().take(SCAN).for_each(|&i| add(i));
            // A cluster of other actors may still fit (an organization
            // beside a person): the first ones of the bucket are tried.
            (0..clusters.len().min(SCAN)).for_each(add);
        }
        let best = candidates
            .iter()
            .map(|&i| (i, &clusters[i]))
            .filter(|(_, c)| c.fits(s))
            .filter(|(_, c)| c.scope_fits(s.claim, money))
            .map(|(i, c)| (i, c, c.agrees(v)))
            .filter(|(_, c, agrees)| *agrees || !dated || c.same_actors(s))
            .filter(|(i, _, agrees)| *agrees || !articles.has(*i, s, v))
            // A value that fits no cluster joins the nearest one ("41,37
            // persen" beside 41,2 rather than 58,6).
            .max_by_key(|(i, c, agrees)| {
                let far = if *agrees { 0 } else { c.distance(v) };
                (
                    *agrees,
                    std::cmp::Reverse(far),
                    c.members.len(),
                    std::cmp::Reverse(*i),
                )
            })
            .map(|(i, _, _)| i);
        let i = best.unwrap_or_else(|| {
            clusters.push(Cluster::new());
            clusters.len() - 1
        });
        let was_anonymous = clusters[i].actors.is_empty();
        for a in &s.claim.actors {
            if !clusters[i].actors.contains(a.as_str()) {
                by_actor.entry(a.as_str()).or_default().push(i);
            }
        }
        clusters[i].add(id, s, v);
        articles.add(i, s, v);
        if clusters[i].actors.is_empty() && clusters[i].members.len() == 1 {
            anonymous.push(i);
        } else if was_anonymous && !clusters[i].actors.is_empty() {
            anonymous.retain(|&x| x != i);
        }
    }
    let mut out = Vec::with_capacity(clusters.len());
    for c in clusters {
        finish(all, vals, k, c, &mut out);
    }
    out
}

fn topic(k: &Key, event: Option<&str>, actors: &Names) -> String {
    let (kind, measure, what, role, modality, part) = k;
    // Built in one buffer: a topic is made for every group.
    let mut t = String::with_capacity(64);
    t.push_str(measure);
    t.push_str(" of ");
    t.push_str(what);
    if !part.is_empty() {
        t.push_str(" by ");
        t.push_str(part);
    }
    if !actors.is_empty() {
        t.push_str(" [");
        for (i, a) in actors.iter().take(3).enumerate() {
            if i > 0 {
                t.push_str(", ");
            }
            t.push_str(a);
        }
        t.push(']');
    }
    if let Some(e) = event.filter(|e| *kind == "figure" || e != what) {
        t.push_str(" — ");
        t.push_str(e);
    }
    for r in [role, modality] {
        if !r.is_empty() {
            t.push_str(" (");
            t.push_str(r);
            t.push(')');
        }
    }
    t
}

/// Status and note of a cluster; an additional quantity that does not fit is
/// split into a group of its own.
fn finish<'a>(
    all: &[Item<'a>],
    vals: &[Values],
    k: &Key,
    mut c: Cluster,
    out: &mut Vec<(Plan, Option<First<'a>>)>,
) {
    if !compatible_values(vals, &c.members) {
        let claims: Vec<&Claim> = c.members.iter().map(|&i| &**all[i].claim).collect();
        // An additional quantity that no other statement allows is a claim of
        // its own ("tambahan 25.000 hingga 30.000" beside "11.000 tentara").
        let base: Vec<&Claim> = claims
            .iter()
            .copied()
            .filter(|c| !c.additional && !values::is_vague(c))
            .collect();
        let apart = |c: &Claim| c.additional && !base.iter().any(|b| compatible(&[c, b]));
        let split: Vec<bool> = c.members.iter().map(|&i| apart(all[i].claim)).collect();
        if !base.is_empty() && split.contains(&true) {
            let mut keep = Vec::new();
            let mut extra = Vec::new();
            for (s, out) in c.members.drain(..).zip(split) {
                if out { extra.push(s) } else { keep.push(s) }
            }
            c.members = keep;
            let extra = Cluster {
                event: c.event,
                nominal: c.nominal,
                actors: c.actors.clone(),
                persons: c.persons.clone(),
                members: extra,
                ..Cluster::new()
            };
            let (mut g, first) = build(all, vals, k, extra);
            g.note = Some("additional");
            g.detail = Some("an additional quantity on top of the one reported elsewhere".into());
            out.push((g, first));
        }
    }
    out.push(build(all, vals, k, c));
}

/// [`compatible`] of the statements `ids`, from their values worked out
/// before grouping ([`Values`]): no interval is computed again.
fn compatible_values(vals: &[Values], ids: &[usize]) -> bool {
    compatible_of(ids.iter().map(|&i| &vals[i]))
}

/// [`compatible`] of statements given by their [`Values`] (the same test:
/// the intervals meet, and every date lies inside the most precise one).
fn compatible_of<'x, 'a: 'x>(vals: impl Iterator<Item = &'x Values<'a>> + Clone) -> bool {
    let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
    for (a, b) in vals.clone().filter_map(|v| v.interval) {
        lo = lo.max(a);
        hi = hi.min(b);
    }
    if lo > hi {
        return false;
    }
    values::dates_compatible_in(vals.clone().filter_map(|v| v.date))
        && values::clocks_agree(vals.filter_map(|v| v.clock))
}

/// A member of a finished cluster with its [`Values`]: the explanations of
/// a conflict ([`update`], [`different_sources`], [`different_doers`]) test
/// compatibility and midpoints from the values worked out before grouping,
/// never from the claims again.
#[derive(Clone, Copy)]
struct Said<'x, 'a> {
    s: &'x Item<'a>,
    v: &'x Values<'a>,
}

fn build<'a>(all: &[Item<'a>], vals: &[Values], k: &Key, c: Cluster) -> (Plan, Option<First<'a>>) {
    let mut ids = c.members;
    ids.sort_by(|&a, &b| {
        let (a, b) = (&all[a], &all[b]);
        (a.article_id, a.claim.mention()).cmp(&(b.article_id, b.claim.mention()))
    });
    let members: Vec<Said> = ids
        .iter()
        .map(|&i| Said {
            s: &all[i],
            v: &vals[i],
        })
        .collect();
    // Members are sorted by article: equal paths are neighbours.
    let mut articles: Vec<String> = Vec::with_capacity(members.len());
    let mut last = None;
    for m in &members {
        if last != Some(m.s.article_id) {
            last = Some(m.s.article_id);
            articles.push(m.s.article.to_string());
        }
    }
    // A group of additional quantities only (kept apart by its own key, e.g.
    // a plan: "berencana mengerahkan tambahan 25.000 tentara") is still one.
    let all_additional = !members.is_empty() && members.iter().all(|m| m.s.claim.additional);
    let (status, note, detail) = if articles.len() < 2 && all_additional {
        (
            "unique",
            Some("additional"),
            Some("an additional quantity on top of the one reported elsewhere".to_string()),
        )
    } else if articles.len() < 2 {
        ("unique", None, None)
    } else if compatible_values(vals, &ids) {
        ("agree", None, None)
    } else if let Some(d) = different_doers(&members) {
        ("conflict", Some("different_source"), Some(d))
    } else if let Some(d) = update(&members) {
        ("conflict", Some("update"), Some(d))
    } else if let Some(d) = different_sources(&members) {
        ("conflict", Some("different_source"), Some(d))
    } else {
        ("conflict", None, Some(differences(&members)))
    };
    let first = ids.first().map(|&i| {
        let (s, c): (&Item<'a>, &'a Claim) = (&all[i], all[i].claim);
        First {
            place: (s.article_id, c.mention().start),
            class: c.class.as_deref(),
            event: c.event.as_deref(),
            measure: units::dimension(&c.measure),
            role: k.3,
        }
    });
    let plan = Plan {
        topic: topic(k, c.event, &c.actors),
        kind: k.0,
        status,
        note,
        detail,
        articles,
        members: ids,
    };
    (plan, first)
}

/// "values change over time: 7 (2015-01-01) → 30 (2015-01-02)" when the
/// statements of each day agree and the values move one way as days pass. A
/// value stated as the result of a change ("bertambah menjadi 15", role `to`)
/// is the later one of its day.
fn update(members: &[Said]) -> Option<String> {
    let mut by_day: BTreeMap<(&str, bool), Vec<Said>> = BTreeMap::new();
    let mut undated: Vec<Said> = Vec::new();
    // Vague values ("puluhan ribu") fit many figures and show no direction.
    for m in members
        .iter()
        .copied()
        .filter(|m| !values::is_vague(m.s.claim))
    {
        match m.s.time {
            Some(day) => by_day
                .entry((day, m.s.claim.role == Some("to")))
                .or_default()
                .push(m),
            None => undated.push(m),
        }
    }
    let moved = later_when_inferred(&mut by_day);
    if by_day.len() < 2 {
        return None;
    }
    // Two days, one of them guessed, cannot tell an update from a conflict.
    let days: BTreeSet<&str> = by_day.keys().map(|k| k.0).collect();
    if moved && days.len() < 3 {
        return None;
    }
    // An article that gives no date of its own does not block an update
    // when its value is one of the days' values.
    let fits_a_day = |u: &Said| {
        by_day
            .values()
            .any(|ss| compatible_of(ss.iter().map(|m| m.v).chain(std::iter::once(u.v))))
    };
    if !undated.iter().all(fits_a_day) {
        return None;
    }
    let mut steps = Vec::new();
    let mut mids = Vec::new();
    for (day, ss) in &by_day {
        if !compatible_of(ss.iter().map(|m| m.v)) {
            return None;
        }
        mids.push(
            ss.iter()
                .filter_map(|m| m.v.midpoint)
                .fold(f64::NAN, f64::max),
        );
        steps.push(labelled(ss[0].s.claim.mention_text(), day.0));
    }
    // When a guessed date was moved, only a series that changes every day
    // is an update (187 → 187 after a moved 193 is the conflict it was).
    let up = mids
        .windows(2)
        .all(|w| w[0] < w[1] || (!moved && w[0] <= w[1]));
    let down = mids
        .windows(2)
        .all(|w| w[0] > w[1] || (!moved && w[0] >= w[1]));
    (up || down).then(|| format!("values change over time: {}", steps.join(" → ")))
}

/// A day of [`update`] (ISO date) and whether its values are the results of
/// a change that day.
type DayKey<'a> = (&'a str, bool);

/// An article with no stated date is dated by the latest date it mentions,
/// so it was written that day or later (Tempo names only the sinking's
/// Monday but reports Wednesday's toll). On a day whose values disagree, such
/// a statement moves to the first later day whose value it repeats; one that
/// repeats no later value stays, and the day stays a conflict. Two stated
/// dates are never moved: two values of one day are a conflict. True when a
/// statement moved; the caller then wants three days at least, each
/// changing the value.
fn later_when_inferred(by_day: &mut BTreeMap<DayKey, Vec<Said>>) -> bool {
    let mut moved = false;
    let keys: Vec<DayKey> = by_day.keys().copied().collect();
    let mut dates: Vec<&str> = keys.iter().map(|k| k.0).collect();
    dates.dedup();
    for date in dates {
        // The day's values, before and after a change stated that day.
        let day: Vec<DayKey> = keys.iter().copied().filter(|k| k.0 == date).collect();
        let same_day = day.iter().filter_map(|k| by_day.get(k)).flatten();
        if compatible_of(same_day.map(|m| m.v)) {
            continue;
        }
        let mut moves: Vec<(DayKey, usize, DayKey)> = Vec::new();
        for k in &day {
            let Some(ss) = by_day.get(k) else { continue };
            for (n, m) in ss.iter().enumerate().filter(|(_, m)| m.s.inferred) {
                let target = keys.iter().filter(|t| t.0 > date).find(|t| {
                    by_day.get(*t).is_some_and(|later| {
                        compatible_of(later.iter().map(|t| t.v).chain(std::iter::once(m.v)))
                    })
                });
                if let Some(t) = target {
                    moves.push((*k, n, *t));
                }
            }
        }
        moved |= !moves.is_empty();
        for (k, n, t) in moves.into_iter().rev() {
            let Some(s) = by_day.get_mut(&k).map(|ss| ss.remove(n)) else {
                continue;
            };
            by_day.entry(t).or_default().push(s);
        }
        by_day.retain(|_, ss| !ss.is_empty());
    }
    moved
}

/// "values differ by source: 6,2 (BMKG) vs 6,0 (USGS)" when the statements
/// fall into sets of compatible values, each set backed by a named source
/// (a person or organization),
/// no source in two sets, and at most one set also holding statements
/// without a source (outlets repeating one agency's figure). A value only
/// the outlet asserts against named sources is a plain conflict.
fn different_sources(members: &[Said]) -> Option<String> {
    // Only a named source counts here (a person, an organization, or a
    // phrase with a name: "quick count Indikator"): "seorang pejabat"
    // against "Pejabat Barat" is still a conflict.
    let source = |s: &Item| {
        s.claim
            .attribution
            .as_ref()
            .filter(|a| a.source_type.is_some() || a.source.chars().any(char::is_uppercase))
            .map(|a| a.source.to_lowercase())
    };
    let label = |set: &[Said]| {
        let names: BTreeSet<&str> = set
            .iter()
            .filter_map(|m| m.s.claim.attribution.as_ref())
            .map(|a| a.source.as_str())
            .collect();
        let names: Vec<&str> = names.into_iter().collect();
        if names.is_empty() {
            "unattributed".to_string()
        } else {
            names.join(", ")
        }
    };
    by_source(members, source, label, 1)
}

/// "values differ by source: 2.500 kilogram larvasida (Dinkes Lampung) vs
/// 5.000 kilogram larvasida (Ratna Dewi Anggraini)" when every statement
/// names who did the act it counts — the persons and organizations of its
/// clause, or the speaker of a quote in the first person ("Kami sudah
/// mengirim 5.000 kilogram …", kata Ratna) — and each doer's values agree:
/// two bodies each reporting their own act are two acts, not one quantity
/// that changed over time. Tried before [`update`]; a running total
/// reported by different bodies names no doer ("BNPB mencatat 46 orang
/// meninggal") and stays an update.
fn different_doers(members: &[Said]) -> Option<String> {
    // A value stated as the result of a change ("Basarnas menambah kekuatan
    // menjadi 300 personel") is the running total after it grew, not the
    // act of its body alone: its doer does not set it apart.
    let of = |s: &Item| doer(s.claim).filter(|_| s.claim.role != Some("to"));
    let label = |set: &[Said]| {
        set.first()
            .and_then(|m| doer(m.s.claim))
            .unwrap_or_default()
    };
    by_source(members, of, label, 0)
}

/// Who did the act a claim counts: its actors (joined), else the speaker of
/// a quote whose clause before the figure says "kami" or "kita".
fn doer(c: &Claim) -> Option<String> {
    if !c.actors.is_empty() {
        return Some(c.actors.join(", "));
    }
    let a = c.attribution.as_ref()?;
    let at = c.mention().start.checked_sub(c.start)?;
    let before = c.text.get(..at)?;
    let first_person = before
        .split(|ch: char| !ch.is_alphanumeric())
        .rev()
        .take(8)
        .any(|w| w.eq_ignore_ascii_case("kami") || w.eq_ignore_ascii_case("kita"));
    first_person.then(|| a.source.clone())
}

/// The sets of compatible values (consecutive by value), when each set is
/// backed by `source` and no source is in two sets; at most `unattributed`
/// sets may also hold statements without one. Labelled by `label`.
fn by_source(
    members: &[Said],
    source: impl Fn(&Item) -> Option<String>,
    label: impl Fn(&[Said]) -> String,
    unattributed_sets: usize,
) -> Option<String> {
    let mut firm: Vec<(Option<f64>, Said)> = members
        .iter()
        .copied()
        .filter(|m| !values::is_vague(m.s.claim))
        .map(|m| (m.v.midpoint, m))
        .collect();
    firm.sort_by(|(x, a), (y, b)| {
        x.partial_cmp(y)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| (&a.s.article, a.s.claim.start).cmp(&(&b.s.article, b.s.claim.start)))
    });
    let firm = firm.into_iter().map(|(_, m)| m);
    // Consecutive compatible values form one set.
    let mut sets: Vec<Vec<Said>> = Vec::new();
    for m in firm {
        match sets.last_mut() {
            Some(last) if compatible_of(last.iter().map(|t| t.v).chain(std::iter::once(m.v))) => {
                last.push(m)
            }
            _ => sets.push(vec![m]),
        }
    }
    if sets.len() < 2 {
        return None;
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut unattributed = 0;
    for (i, set) in sets.iter().enumerate() {
        // Each statement's source is worked out once.
        let sources: Vec<Option<String>> = set.iter().map(|m| source(m.s)).collect();
        if sources.iter().all(Option::is_none) {
            return None;
        }
        if sources.iter().any(Option::is_none) {
            unattributed += 1;
        }
        for s in sources.into_iter().flatten() {
            if *seen.entry(s).or_insert(i) != i {
                return None;
            }
        }
    }
    if unattributed > unattributed_sets {
        return None;
    }
    let parts: Vec<String> = sets
        .iter()
        .map(|set| labelled(set[0].s.claim.mention_text(), &label(set)))
        .collect();
    Some(format!("values differ by source: {}", parts.join(" vs ")))
}

/// "value (label)", without the formatting machinery (made per statement).
fn labelled(value: &str, label: &str) -> String {
    let mut s = String::with_capacity(value.len() + label.len() + 3);
    s.push_str(value);
    s.push_str(" (");
    s.push_str(label);
    s.push(')');
    s
}

fn differences(members: &[Said]) -> String {
    let mut seen = BTreeSet::new();
    let parts: Vec<String> = members
        .iter()
        .map(|m| m.s)
        .filter(|s| seen.insert(s.claim.mention_text().to_lowercase()))
        // The file name, not the whole path: the note is read beside the
        // statements, which carry the full paths.
        .map(|s| labelled(s.claim.mention_text(), file_name(s.article)))
        .collect();
    format!("values differ: {}", parts.join(" vs "))
}

/// The last component of a path ("fixtures/stories/x/01-kompas.txt" → "01-kompas.txt").
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// (class, event) of a figure group.
type MeasureKey<'a> = (&'a str, Option<&'a str>, &'static str);

/// Groups about the same class and event in different measures ("12 juta
/// butir amunisi" and "40% amunisi") are noted as different measures. The
/// size of a change is another quantity than the value: "naik 4,2%" beside
/// "US$ 83,32 per barel" is no second measure of the price.
fn mark_different_measures<'a>(plans: &mut [Plan], firsts: &[Option<First<'a>>]) {
    fn key<'a>(p: &Plan, first: Option<First<'a>>) -> Option<MeasureKey<'a>> {
        let c = first?;
        (p.kind == "figure").then_some((c.class.unwrap_or(""), c.event, c.role))
    }
    // Most keys have one measure: the first is kept inline, a set is made
    // only for the few keys with more.
    let mut measures: FxHashMap<MeasureKey, (&str, BTreeSet<&str>)> = FxHashMap::default();
    for (p, &first) in plans.iter().zip(firsts) {
        if let (Some(k), Some(c)) = (key(p, first), first) {
            let m = c.measure;
            let (one, more) = measures.entry(k).or_insert((m, BTreeSet::new()));
            if *one != m || !more.is_empty() {
                if more.is_empty() {
                    more.insert(*one);
                }
                more.insert(m);
            }
        }
    }
    for (p, &first) in plans.iter_mut().zip(firsts) {
        let Some(k) = key(p, first) else { continue };
        let Some((_, set)) = measures.get(&k).filter(|m| m.1.len() > 1) else {
            continue;
        };
        if p.note.is_none() {
            let mine = first.map_or("", |c| c.measure);
            let others: Vec<&str> = set.iter().copied().filter(|m| *m != mine).collect();
            p.note = Some("different_measure");
            p.detail = Some(format!(
                "the same thing is also given as {}",
                others.join(", ")
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Articles, Names, Values, same_name};
    use std::collections::{BTreeSet, HashMap};

    #[test]
    fn market_places_file_is_clean_and_sorted() {
        let (file, src) = (super::MARKETS_FILE, super::MARKETS_SRC);
        assert!(crate::data::check_hygiene(file, src).is_empty());
        let words: Vec<&str> = crate::data::lines(file, src).map(|l| l.text).collect();
        assert!(words.windows(2).all(|w| w[0] < w[1]), "{file}: sort it");
        assert!(
            words
                .iter()
                .all(|w| *w == w.to_lowercase() && !w.contains(' '))
        );
        // (place, local price?)
        let table = [
            ("Pasar Induk Beras Cipinang", true),
            ("Pasar Raya Padang", true),
            ("SPBU Jalan Sudirman", true),
            ("Surabaya", false),
            ("Jawa Timur", false),
            ("Pasaran", false),
        ];
        for (place, want) in table {
            assert_eq!(super::market_place(place), want, "{place}");
        }
    }

    proptest::proptest! {
        #[test]
        fn names_are_a_sorted_set(words in proptest::collection::vec("[a-c ]{0,3}", 0..12)) {
            let mut fast = Names::default();
            let mut slow: BTreeSet<&str> = BTreeSet::new();
            for w in &words {
                fast.extend(std::iter::once(w.as_str()));
                slow.insert(w.as_str());
                proptest::prop_assert_eq!(fast.len(), slow.len());
            }
            proptest::prop_assert!(fast.iter().copied().eq(slow.iter().copied()));
            for w in ["", "a", "b c", "zz"].iter().chain(words.iter().map(|w| &w[..]).collect::<Vec<_>>().iter()) {
                proptest::prop_assert_eq!(fast.contains(w), slow.contains(w));
            }
        }

        #[test]
        fn buckets_sort_as_their_whole_keys(
            rows in proptest::collection::vec(
                (0..3usize, "[ab]{0,2}", "[ab]{0,18}", 0..3usize, "[ab]{0,2}"),
                0..40,
            ),
        ) {
            // Long shared heads ("a" * 16 …) reach the tie-break.
            const KINDS: [&str; 3] = ["date", "figure", "figures"];
            const ROLES: [&str; 3] = ["", "delta", "from"];
            let mut keys: Vec<super::Key> = rows
                .iter()
                .map(|(k, m, w, r, p)| (KINDS[*k], m.as_str(), w.as_str(), ROLES[*r], "", p.as_str()))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            keys.reverse();
            let mut slow: Vec<usize> = (0..keys.len()).collect();
            slow.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
            proptest::prop_assert_eq!(super::sort_buckets(&keys), slow);
        }

        #[test]
        fn member_chains_hold_what_was_added(
            adds in proptest::collection::vec((0..3usize, 0..3usize, proptest::option::of(0..3u8)), 0..20),
        ) {
            // The slow path: one vector per (cluster, article).
            let mut fast = Articles::with_capacity(0);
            let mut slow: HashMap<(usize, usize), Vec<Option<f64>>> = HashMap::new();
            for &(cluster, article, value) in &adds {
                let midpoint = value.map(f64::from);
                let v = Values { interval: None, date: None, week: false, clock: None, midpoint, source: None };
                fast.push(cluster, article, &v);
                slow.entry((cluster, article)).or_default().push(midpoint);
            }
            for cluster in 0..3 {
                for article in 0..3 {
                    let mut got: Vec<Option<f64>> = fast.chain(cluster, article).map(|m| m.1).collect();
                    got.reverse();
                    let want = slow.get(&(cluster, article)).cloned().unwrap_or_default();
                    proptest::prop_assert_eq!(got, want);
                }
            }
        }
    }

    /// The claims of a few articles: counts with and without qualifiers,
    /// a range, a percent, and dates of a day, a month and a week.
    fn sample_claims() -> Vec<std::sync::Arc<crate::claims::Claim>> {
        use crate::claims::testing::article;
        let text = "Sebanyak A orang tewas dan B orang tewas, sekitar C orang luka. \
                    Gempa terjadi pada D dan E, pekan F.";
        // (count, its qualifier, an "about" count, three dates)
        type Row = (
            f64,
            Option<&'static str>,
            f64,
            &'static str,
            &'static str,
            &'static str,
        );
        let rows: [Row; 4] = [
            (34.0, None, 1000.0, "2024-03-10", "2024-03", "2024-W10"),
            (
                35.0,
                Some("more_than"),
                1200.0,
                "2024-03-11",
                "2024-03-10",
                "2024-W11",
            ),
            (30.0, Some("at_least"), 900.0, "2024-03", "2024", "2024-W10"),
            (
                40.0,
                Some("up_to"),
                50000.0,
                "2024-03-10T08:00",
                "2024-03-10",
                "2024-W10",
            ),
        ];
        let mut out = Vec::new();
        for (n, (a, qa, c, d, e, f)) in rows.into_iter().enumerate() {
            let built = article(&format!("a{n}"), text)
                .count("A", a, qa)
                .range("B", a, a + 5.0)
                .count("C", c, Some("about"))
                .date("D", "date", d)
                .date("E", "date", e)
                .date("F", "date", f)
                .build();
            out.extend(built.claims);
        }
        out
    }

    #[test]
    fn compatibility_from_values_equals_compatibility_from_claims() {
        use super::{compatible_of, values};
        use crate::claims::Claim;
        let claims = sample_claims();
        let figures = claims.iter().filter(|c| c.figure.is_some()).count();
        let dates = claims.iter().filter(|c| c.date.is_some()).count();
        assert!(
            figures >= 8 && dates >= 8,
            "{figures} figures, {dates} dates"
        );
        let vals: Vec<Values> = claims.iter().map(|c| Values::of(c)).collect();
        let n = claims.len();
        let (mut yes, mut no) = (0, 0);
        // Every ordered pair and triple: the slow path reads the claims.
        for a in 0..n {
            for b in 0..n {
                for c in (0..n).map(Some).chain([None]) {
                    let ids: Vec<usize> = [Some(a), Some(b), c].into_iter().flatten().collect();
                    let slow: Vec<&Claim> = ids.iter().map(|&i| &*claims[i]).collect();
                    let want = values::compatible(&slow);
                    assert_eq!(
                        compatible_of(ids.iter().map(|&i| &vals[i])),
                        want,
                        "{ids:?}"
                    );
                    if want { yes += 1 } else { no += 1 }
                }
            }
        }
        assert!(yes > 0 && no > 0);
        for (c, v) in claims.iter().zip(&vals) {
            assert_eq!(v.midpoint, values::midpoint(c));
        }
    }

    #[test]
    fn a_bucket_of_one_statement_is_clustered_as_any_bucket() {
        use super::{Item, bucket, clusters_of, key};
        let claims = sample_claims();
        let paths: Vec<String> = (0..claims.len()).map(|i| format!("a{i}")).collect();
        let all: Vec<Item> = claims
            .iter()
            .zip(&paths)
            .enumerate()
            .map(|(i, (c, p))| Item {
                article: p,
                article_id: i,
                claim: c,
                time: (i % 2 == 0).then_some("2024-03-10"),
                inferred: i % 3 == 0,
            })
            .collect();
        let vals: Vec<Values> = claims.iter().map(|c| Values::of(c)).collect();
        type FirstOf<'a> = Option<((usize, usize), Option<&'a str>, Option<&'a str>, &'a str)>;
        fn as_groups<'a>(
            all: &[Item<'a>],
            plans: Vec<(super::Plan, Option<super::First<'a>>)>,
        ) -> Vec<(crate::compare::ClaimGroup, FirstOf<'a>)> {
            plans
                .into_iter()
                .map(|(p, f)| {
                    let first = f.map(|f| (f.place, f.class, f.event, f.measure));
                    let g = p.into_group(|i| {
                        Some(crate::compare::Statement {
                            article: all[i].article.to_string(),
                            outlet: None,
                            claim: std::sync::Arc::clone(all[i].claim),
                            time: all[i].time.map(str::to_string),
                            time_inferred: all[i].inferred,
                        })
                    });
                    (g, first)
                })
                .collect()
        }
        let mut tried = 0;
        for (i, c) in claims.iter().enumerate() {
            let Some(k) = key(c) else { continue };
            tried += 1;
            assert_eq!(
                as_groups(&all, bucket(&all, &vals, &k, &[i])),
                as_groups(&all, clusters_of(&all, &vals, &k, &[i])),
                "claim {i}"
            );
        }
        assert!(tried >= 16, "{tried}");
    }

    #[test]
    fn names_match_on_their_last_words_only() {
        let table = [
            ("Hendra Wijaya", "Lampung Hendra Wijaya", true),
            ("Hendra Wijaya", "Hendra Wijaya", true),
            ("Pertamax", "Pertamax Turbo", false),
            ("Wijaya", "Hendra Wijaya", false),
            ("Andi Wijaya", "Hendra Wijaya", false),
        ];
        for (a, b, want) in table {
            assert_eq!(same_name(a, b), want, "{a} / {b}");
            assert_eq!(same_name(b, a), want, "{b} / {a}");
        }
    }
}
