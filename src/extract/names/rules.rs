//! Hand-written decisions around the tagger: a rules-only labeller (used when
//! no model is built in, and as the baseline the model is measured against),
//! and the clean-up every labelling goes through (titles out of person names,
//! lexicon names the tagger missed, calendar words and bare titles dropped).
//!
//! It does not find roles (`role`) or build the final entities (`mod`).

use super::EntityKind;
use super::cues::class;

/// Runs the pass `$fast` on a sentence's spans. In tests it also runs
/// `$slow`, the plain definition the fast one replaces, on a copy, and
/// checks that both leave the same spans (every test sentence checks it).
macro_rules! pass {
    ($fast:path, $slow:path, $v:expr, $cands:expr) => {{
        #[cfg(test)]
        let want = {
            let mut w = $cands.clone();
            $slow($v, &mut w);
            w
        };
        $fast($v, $cands);
        #[cfg(test)]
        assert_eq!(
            *$cands,
            want,
            "{} in {:?}",
            stringify!($fast),
            $v.toks.first().map_or("", |t| &$v.text[t.start..])
        );
    }};
}

/// Runs the pass `$f` only in a sentence holding a word of one of the
/// lists `$bits` ([`class`]): each of its changes needs such a word, so
/// elsewhere it would change nothing (checked against `$f` run anyway, in
/// tests).
macro_rules! pass_if {
    ($bits:expr, $f:path, $v:expr, $cands:expr) => {{
        #[cfg(test)]
        let want = {
            let mut w = $cands.clone();
            $f($v, &mut w);
            w
        };
        if $v.bits & ($bits) != 0 {
            $f($v, $cands);
        }
        #[cfg(test)]
        assert_eq!(
            *$cands,
            want,
            "{} in {:?}",
            stringify!($f),
            $v.toks.first().map_or("", |t| &$v.text[t.start..])
        );
    }};
}

// Precision rules run around the tagger (a file of this folder; `rules` owns it).
#[path = "fixes.rs"]
pub(super) mod fixes;
use super::view::{Shape, View};

/// A name found in one sentence: token range `[a, b)` and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cand {
    pub a: usize,
    pub b: usize,
    pub kind: EntityKind,
    /// Index into `View::lex_entries` when the span is exactly a lexicon match.
    pub lex: Option<usize>,
}

/// Sorts a sentence's spans by start and end, stably; most passes leave
/// them in order, and an ordered list is left alone without the sort.
pub fn sort_spans(cands: &mut [Cand]) {
    if !cands.is_sorted_by_key(|c| (c.a, c.b)) {
        cands.sort_by_key(|c| (c.a, c.b));
    }
}

/// Turns BIO labels (see `tagger::LABELS`) into spans (the reference for
/// [`decode_cands`]).
#[cfg(test)]
pub fn decode(labels: &[usize], out: &mut Vec<Cand>) {
    out.clear();
    let mut i = 0;
    while i < labels.len() {
        i = decode_at(labels, i, out);
    }
}

/// [`decode`] when only the tokens at `at` (ascending) may be labelled, as
/// the tagger and [`label`] leave every non-candidate `O`: visits those only.
pub fn decode_cands(labels: &[usize], at: &[u32], out: &mut Vec<Cand>) {
    out.clear();
    let mut next = 0;
    for &i in at {
        let i = i as usize;
        if i >= next {
            next = decode_at(labels, i, out);
        }
    }
}

/// Pushes the span opening at `i`, if one does; where decoding goes on.
#[inline]
fn decode_at(labels: &[usize], i: usize, out: &mut Vec<Cand>) -> usize {
    let Some((kind, _)) = super::tagger::label_kind(labels[i]) else {
        return i + 1;
    };
    let inside = labels[i] + if labels[i] % 2 == 1 { 1 } else { 0 };
    let mut j = i + 1;
    while j < labels.len() && labels[j] == inside {
        j += 1;
    }
    out.push(Cand {
        a: i,
        b: j,
        kind,
        lex: None,
    });
    j
}

fn is_title_token(v: &View, i: usize) -> bool {
    v.has(i, class::TITLE) && v.lex[i].is_none()
}

/// Labels a sentence with rules alone: capitalized runs split at lexicon
/// matches, typed by lexicon, organization heads, acronyms, place cues, else person.
pub fn label(v: &View, out: &mut Vec<usize>) {
    out.clear();
    out.resize(v.len(), 0);
    let n = v.len();
    let mut i = 0;
    while i < n {
        if !v.cand[i] {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && v.cand[j] && v.lex[j].is_none_or(|(_, b)| !b || j == i) {
            j += 1;
            if j < n && v.lex[j].is_some_and(|(_, b)| b) {
                break;
            }
        }
        // A lexicon match is its own piece.
        if let Some((kind, true)) = v.lex[i] {
            let mut k = i + 1;
            while k < n && v.lex[k].is_some_and(|(kk, b)| kk == kind && !b) {
                k += 1;
            }
            put(out, i, k, kind);
            i = k;
            continue;
        }
        let mut a = i;
        while a < j
            && (v.shape[a] == Shape::Punct
                || is_title_token(v, a)
                || v.has(a, class::CALENDAR)
                || (v.initial[a] && v.is_common(a)))
        {
            a += 1;
        }
        let mut b = j;
        while b > a && (v.shape[b - 1] == Shape::Punct || v.shape[b - 1] == Shape::Lower) {
            b -= 1;
        }
        if a < b && !(b - a == 1 && v.is_common(a)) {
            let kind = if v.has(a, class::ORG_HEAD) || (b - a == 1 && v.shape[a] == Shape::Upper) {
                EntityKind::Organization
            } else if a > 0 && v.has(a - 1, class::PLACE) {
                EntityKind::Place
            } else {
                EntityKind::Person
            };
            put(out, a, b, kind);
        }
        i = j.max(i + 1);
    }
}

fn put(out: &mut [usize], a: usize, b: usize, kind: EntityKind) {
    let base = match kind {
        EntityKind::Person => 1,
        EntityKind::Place => 3,
        EntityKind::Organization => 5,
    };
    for (k, l) in out[a..b].iter_mut().enumerate() {
        *l = if k == 0 { base } else { base + 1 };
    }
}

/// Can an unlabelled capitalized token continue a person's name?
fn name_part(v: &View, i: usize) -> bool {
    matches!(v.shape[i], Shape::Cap | Shape::Upper)
        && v.cand[i]
        && v.lex[i].is_none_or(|(k, _)| k == EntityKind::Person)
        && !v.has(
            i,
            class::COMMON | class::TITLE_WORD | class::CALENDAR | class::ORG_HEAD,
        )
}

/// Repairs person names the tagger broke: an unlabelled capitalized word
/// between or after name parts joins them ("Listyo Sigit Prabowo"), and
/// initials before a name join it ("H. M. Prasetyo").
fn mend_persons(v: &View, cands: &mut Vec<Cand>) {
    let free = |cands: &[Cand], i: usize| !cands.iter().any(|c| c.a <= i && i < c.b);
    for k in 0..cands.len() {
        if cands[k].kind != EntityKind::Person {
            continue;
        }
        while cands[k].b < v.len() && free(cands, cands[k].b) && name_part(v, cands[k].b) {
            cands[k].b += 1;
        }
        while cands[k].a >= 2
            && v.lower(cands[k].a - 1) == "."
            && v.toks[cands[k].a - 2].end == v.toks[cands[k].a - 1].start
            && v.shape[cands[k].a - 2] == Shape::Upper
            && v.word(cands[k].a - 2).chars().count() <= 2
            && free(cands, cands[k].a - 2)
        {
            cands[k].a -= 2;
        }
    }
    // Two person spans that touch are one name.
    let mut k = 1;
    while k < cands.len() {
        let (p, c) = (cands[k - 1], cands[k]);
        if p.kind == EntityKind::Person && c.kind == EntityKind::Person && p.b == c.a {
            cands[k - 1].b = c.b;
            cands[k - 1].lex = None;
            cands.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Cleans the spans of one sentence in place; keeps them sorted.
///
/// A sentence the tagger found no span in, with no lexicon name, ends
/// without a name unless a pass that makes names from words alone has its
/// trigger there ([`may_make_names`]): such sentences skip every pass.
pub fn clean(v: &View, cands: &mut Vec<Cand>) {
    if cands.is_empty() && v.lex_spans.is_empty() && !may_make_names(v) {
        #[cfg(test)]
        {
            let mut all = Vec::new();
            clean_spans(v, &mut all);
            assert!(
                all.is_empty(),
                "clean made {all:?} in {:?}",
                v.toks.first().map_or("", |t| &v.text[t.start..])
            );
        }
        return;
    }
    clean_spans(v, cands);
}

/// Can a pass of [`clean_spans`] make a name where there was none? Only
/// these do: titles followed by a name (`after_ranks`), facility heads
/// (`facilities`), road posts and initials (`clues`), capitalized runs
/// after a place noun (`retype`) and airlines (`airlines`); every other
/// pass changes, splits or drops the spans it is given.
fn may_make_names(v: &View) -> bool {
    v.bits & (class::TITLE_WORD | class::FACILITY | class::CLUE) != 0
        || super::retype::may_hold_place_noun(v)
        || fixes::airline_word(v)
}

/// [`clean`] without its quick test.
fn clean_spans(v: &View, cands: &mut Vec<Cand>) {
    mend_persons(v, cands);
    // A body's head, or "dan" closing a comma list.
    pass_if!(
        class::ORG_HEAD | class::CONNECTOR,
        fixes::mend_orgs,
        v,
        cands
    );
    pass!(fixes::cut_dashes, fixes::cut_dashes_all, v, cands);
    // Three rules that each read one span and the view alone, in one walk
    // (their order per span is that of three passes over the list).
    cands.retain_mut(|c| {
        trim_edges(v, c);
        let kept = c.b > c.a && keep(v, c);
        if kept {
            body(v, c);
        }
        kept
    });
    pass!(super::retype::retype, super::retype::retype_slow, v, cands);
    pass!(super::split::split, super::split::split_slow, v, cands);
    lexicon_names(v, cands);
    sort_spans(cands);
    pass_if!(class::TITLE, super::split::drop_role_places, v, cands);
    bracket_acronyms(v, cands);
    fixes::finish(v, cands);
}

/// Trims a span's edges: titles out of persons, an ordinary word opening
/// the sentence, edge punctuation.
fn trim_edges(v: &View, c: &mut Cand) {
    // Titles are the role, not the name: "Presiden Joko Widodo", "Dr. Lely",
    // "Marsekal Madya Kusworo", "Eks Kadis …".
    if c.kind == EntityKind::Person {
        loop {
            if c.b - c.a > 1 && (is_title_token(v, c.a) || v.shape[c.a] == Shape::Punct) {
                c.a += 1;
            } else if let Some(e) = fixes::title_phrase_end(v, c.a, c.b) {
                c.a = e;
            } else {
                break;
            }
        }
    }
    // An ordinary word opening the sentence is not the name's first word
    // ("Teman-teman Korea kami …").
    while c.b - c.a > 1 && v.initial[c.a] && v.is_common(c.a) && v.lex[c.a].is_none() {
        c.a += 1;
    }
    while c.b > c.a && v.shape[c.b - 1] == Shape::Punct && v.lower(c.b - 1) != "." {
        c.b -= 1;
    }
    while c.b > c.a && v.shape[c.a] == Shape::Punct {
        c.a += 1;
    }
}

fn body(v: &View, c: &mut Cand) {
    // "Pengadilan Negeri …", "Kementerian …", "Partai …" are bodies even
    // after "di" (`bodies.txt`).
    if c.b - c.a > 1
        && c.kind == EntityKind::Place
        && super::cues::CUES.bodies.contains(v.lower(c.a))
    {
        c.kind = EntityKind::Organization;
    }
}

fn lexicon_names(v: &View, cands: &mut Vec<Cand>) {
    // Names the lexicon knows: they replace the tagger's pieces of them
    // ("Partai Persatuan" + "Pembangunan") and fill what it passed over.
    for &(a, b, idx) in &v.lex_spans {
        if let Some(c) = cands.iter_mut().find(|c| c.a == a && c.b == b) {
            // The lexicon knows what a known name is ("Rusia" is a place even
            // when it acts: "Rusia mengumumkan …").
            c.lex = Some(idx);
            c.kind = v.lex_entries[idx].0;
            continue;
        }
        let inside = |c: &Cand| a <= c.a && c.b <= b;
        let crossing = |c: &Cand| c.a < b && a < c.b && !inside(c);
        // Nor a name inside a longer one ("BNPB" of "Pusat Data, Informasi
        // dan Komunikasi Kebencanaan BNPB").
        let outer = |c: &Cand| c.a <= a && b <= c.b && (c.a, c.b) != (a, b);
        if cands.iter().any(|c| crossing(c) || outer(c)) {
            continue;
        }
        if b - a == 1 && v.initial[a] && v.is_common(a) {
            continue;
        }
        cands.retain(|c| !inside(c));
        cands.push(Cand {
            a,
            b,
            kind: v.lex_entries[idx].0,
            lex: Some(idx),
        });
    }
}

fn bracket_acronyms(v: &View, cands: &mut Vec<Cand>) {
    // "Mahkamah Konstitusi (MK)": the acronym in brackets belongs to the name;
    // "Subang, Jawa Barat (ANTARA) -" is a dateline naming its outlet.
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k];
        let b = c.b;
        if c.kind != EntityKind::Person
            && b + 2 < v.len()
            && v.lower(b) == "("
            && v.lower(b + 2) == ")"
            && (matches!(v.shape[b + 1], Shape::Upper | Shape::Mixed) || short_form(v, c.a, b + 1))
            && c.b - c.a > 1
            && crate::header::outlet(v.lower(b + 1)).is_none()
        {
            cands[k].b = b + 3;
            cands.retain(|x| !(x.a == b + 1 && x.b == b + 2));
        }
        k += 1;
    }
}

/// "Dinas Kesehatan (Dinkes)", "Pemerintah Kota (Pemkot)": a capitalized
/// word in brackets that opens like the name's first word is its short form,
/// written inside the mention as the NER sets write "Long Name (ACR)" (a
/// place in brackets, "Kota Batu (Malang)", is none). A short form cut from
/// inside the words ("Kepolisian Daerah (Polda)", "Dinas Tenaga Kerja dan
/// Transmigrasi (Disnakertrans)") has its letters in the name's, in order,
/// the first inside the name's first word.
fn short_form(v: &View, first: usize, i: usize) -> bool {
    let (w, f) = (v.lower(i), v.lower(first));
    if v.shape[i] != Shape::Cap
        || v.lex[i].is_some_and(|(k, _)| k == EntityKind::Place)
        || w.len() < 4
        || f.len() <= 2
    {
        return false;
    }
    if w.is_char_boundary(2) && f.is_char_boundary(2) && w[..2] == f[..2] {
        return true;
    }
    let Some(c0) = w.chars().next() else {
        return false;
    };
    if !f.contains(c0) {
        return false;
    }
    // The letters of the name from its first word up to the bracket.
    let mut letters = (first..i.saturating_sub(1)).flat_map(|j| v.lower(j).chars());
    w.chars().all(|c| letters.any(|l| l == c))
}

fn keep(v: &View, c: &Cand) -> bool {
    let all_plain = (c.a..c.b).all(|i| {
        v.shape[i] == Shape::Punct || v.has(i, class::CALENDAR | class::TITLE | class::TITLE_WORD)
    });
    if all_plain {
        return false;
    }
    // A lone Roman numeral is a rank or level ("Level IV", "Siaga III",
    // "Pelita II" in a Title Case headline), never a name by itself.
    if c.b - c.a == 1 && v.lex[c.a].is_none() && roman(v.word(c.a)) {
        return false;
    }
    // A lone ordinary word opening the sentence ("Menurut", "Dalam").
    !(c.b - c.a == 1 && v.initial[c.a] && v.is_common(c.a) && v.lex[c.a].is_none())
}

/// II … XXXIX: two or more of I, V, X in Roman order ("X" alone may be a
/// company, "DI" a province, "MD" a firm, so only these letters count).
pub(super) fn roman(w: &str) -> bool {
    const ONES: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let b = w.as_bytes();
    if b.len() < 2 || b.len() > 7 {
        return false;
    }
    let tens = b.iter().take_while(|&&c| c == b'X').count().min(3);
    ONES.contains(&&w[tens..])
}

#[cfg(test)]
mod roman_tests {
    use super::roman;

    #[test]
    fn roman_numerals_of_ranks_and_levels() {
        for w in ["II", "III", "IV", "VI", "IX", "XI", "XIV", "XX", "XXXIX"] {
            assert!(roman(w), "{w}");
        }
        for w in [
            "I", "V", "X", "DI", "MD", "XXXX", "IVI", "VV", "IIII", "KPK", "Iv",
        ] {
            assert!(!roman(w), "{w}");
        }
    }
}
