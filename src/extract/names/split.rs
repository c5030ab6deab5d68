//! Splits capitalized runs that glue adjacent names together, a pattern
//! Indonesian news writes without commas: "Presiden AS Donald Trump",
//! "Perdana Menteri India Narendra Modi", "Ketua DPR Puan Maharani",
//! "wilayah Belgorod Rusia", "Kapolda Metro Jaya Irjen Fadil Imran".
//!
//! A run is cut where a lexicon name ends and the rest starts a new name
//! (a person or an acronym after a place or organization), where a non-lexicon
//! place is followed by a known place, where a rank or title sits inside a
//! person's run, and at day and month names. A place that sits between a
//! title and a person ("Presiden Rusia Vladimir Putin") belongs to the
//! person's role, not to the entity list (the convention of Indonesian NER data).
//!
//! It only re-cuts and re-types spans found by the tagger or the rules; it
//! never finds new ones.

use super::EntityKind::{self, Organization, Person, Place};
use super::cues::class;
use super::rules::Cand;
use super::view::{Shape, View};

/// One piece of a run: token range and the lexicon entry it matches exactly.
#[derive(Clone, Copy)]
struct Piece {
    a: usize,
    b: usize,
    lex: Option<usize>,
}

/// Re-cuts every candidate of a sentence; keeps them sorted.
pub fn split(v: &View, cands: &mut Vec<Cand>) {
    // A pass that looks for a list's words has nothing to do in a sentence
    // without them. Each span is first trimmed in place; only when one
    // holds a lexicon name inside may it split into pieces ([`at_lexicon`]
    // keeps every other span as it is).
    let titles = v.bits & class::TITLE != 0;
    let calendar = v.bits & class::CALENDAR != 0;
    let mut pieces = false;
    cands.retain_mut(|c| {
        let Some(mut x) = across_lexicon(v, *c) else {
            return false;
        };
        if titles {
            x = title_inside(v, x);
        }
        if calendar {
            match cut_calendar(v, x) {
                Some(y) => x = y,
                None => return false,
            }
        }
        *c = x;
        pieces |= may_split(v, x);
        x.b > x.a
    });
    if pieces {
        let mut out: Vec<Cand> = Vec::with_capacity(cands.len() + 2);
        for &c in cands.iter() {
            at_lexicon(v, c, &mut out);
        }
        out.retain(|c| c.b > c.a);
        *cands = out;
    }
}

/// May [`at_lexicon`] cut `c` into pieces: a span of two tokens or more,
/// not itself a lexicon name, with a lexicon name inside?
fn may_split(v: &View, c: Cand) -> bool {
    c.b - c.a >= 2
        && c.lex.is_none()
        && v.lex_spans
            .iter()
            .any(|&(s, e, _)| c.a <= s && e <= c.b && (s, e) != (c.a, c.b))
}

/// [`split`] without its quick tests (the oracle of the fast path).
#[cfg(test)]
pub fn split_slow(v: &View, cands: &mut Vec<Cand>) {
    let mut out: Vec<Cand> = Vec::with_capacity(cands.len() + 2);
    for &c in cands.iter() {
        let Some(c) = across_lexicon(v, c) else {
            continue;
        };
        if let Some(c) = cut_calendar(v, title_inside(v, c)) {
            at_lexicon(v, c, &mut out);
        }
    }
    out.retain(|c| c.b > c.a);
    *cands = out;
}

/// A lexicon name that runs across the run's edge wins the tokens they
/// share ("AS Donald" + "Trump" → "AS", and "Donald Trump" from the lexicon),
/// except that an organization ending in a place takes the whole place.
fn across_lexicon(v: &View, mut c: Cand) -> Option<Cand> {
    if c.lex.is_some() {
        return Some(c);
    }
    #[cfg(test)]
    let want = across_lexicon_all(v, c);
    // The matches are ordered and never overlap (the view takes the
    // longest one, left to right): none starting at or after the span's
    // end, as it stands, can touch it, nor can any after it.
    for &(s, e, idx) in &v.lex_spans {
        if s >= c.b {
            break;
        }
        if c.a < s && s < c.b && c.b < e {
            // "Kementerian Pertahanan Korea" + "Korea Selatan": a body named
            // after a place takes the whole place.
            let place = v.lex_entries[idx].0 == Place;
            c.b = if c.kind == Organization && place {
                e
            } else {
                s
            };
        } else if s < c.a && c.a < e && e < c.b {
            c.a = e;
        }
    }
    while c.b > c.a && v.shape[c.b - 1] == Shape::Punct {
        c.b -= 1;
    }
    let got = (c.b > c.a).then_some(c);
    #[cfg(test)]
    assert_eq!(got, want, "across_lexicon");
    got
}

/// [`across_lexicon`] over every match (its oracle in tests).
#[cfg(test)]
fn across_lexicon_all(v: &View, mut c: Cand) -> Option<Cand> {
    if c.lex.is_some() {
        return Some(c);
    }
    for &(s, e, idx) in &v.lex_spans {
        if c.a < s && s < c.b && c.b < e {
            let place = v.lex_entries[idx].0 == Place;
            c.b = if c.kind == Organization && place {
                e
            } else {
                s
            };
        } else if s < c.a && c.a < e && e < c.b {
            c.a = e;
        }
    }
    while c.b > c.a && v.shape[c.b - 1] == Shape::Punct {
        c.b -= 1;
    }
    (c.b > c.a).then_some(c)
}

/// "Metro Jaya Irjen Fadil Imran": a rank or title inside a person's run
/// starts the name again after it; what came before is the role.
fn title_inside(v: &View, mut c: Cand) -> Cand {
    if c.kind != Person || c.lex.is_some() {
        return c;
    }
    let mut k = c.b;
    while k > c.a + 1 {
        k -= 1;
        if v.is_title(k) && k + 1 < c.b {
            let mut start = k + 1;
            // Two-word ranks ("Irjen Pol", "Kombes Pol").
            while start < c.b && v.is_title_phrase(k, start + 1) {
                start += 1;
            }
            if start < c.b && matches!(v.shape[start], Shape::Cap | Shape::Upper) {
                c.a = start;
                c.lex = None;
            }
            break;
        }
    }
    c
}

/// Day and month names are never part of a name ("di Surabaya Senin"):
/// the run ends before them. A month after a number stays ("Universitas
/// 17 Agustus"); dates take those spans when they are dates.
fn cut_calendar(v: &View, c: Cand) -> Option<Cand> {
    for k in c.a..c.b {
        let after_number = k > 0 && v.shape[k - 1] == Shape::Digit;
        if v.is_calendar(k) && !after_number && v.lex[k].is_none() {
            let mut b = k;
            while b > c.a && v.shape[b - 1] == Shape::Punct {
                b -= 1;
            }
            return (b > c.a).then_some(Cand { b, lex: None, ..c });
        }
    }
    Some(c)
}

/// Can tokens `[a, b)` open a new name after a known one? Direction and
/// ordinary words continue the known name ("Jakarta Pusat", "Sulawesi Tengah").
fn starts_name(v: &View, a: usize, b: usize) -> bool {
    matches!(v.shape[a], Shape::Cap | Shape::Upper | Shape::Mixed)
        && !v.has(a, class::TAIL | class::COMMON | class::TITLE_WORD)
        && (a..b).all(|k| v.shape[k] != Shape::Lower || v.lower(k).len() <= 3)
}

/// A person cue before the run: a title or role word, or "dari"/"di"
/// ("mitranya dari Jepang Yoko Kamikawa").
fn cue_before(v: &View, a: usize) -> bool {
    if a == 0 {
        return false;
    }
    let p = a - 1;
    v.is_title(p) || v.has(p, class::TITLE_WORD | class::PLACE)
}

/// The kind of a new name that follows a known one.
/// `titled` says a title or role word stands before the whole run ("Kepala
/// BNPB Suharyanto"): then one capitalized word is the person's name.
fn kind_after(v: &View, a: usize, b: usize, titled: bool) -> Option<EntityKind> {
    let words = (a..b).filter(|&k| v.shape[k] != Shape::Punct).count();
    if words == 1 && v.shape[a] == Shape::Upper {
        return Some(Organization);
    }
    if v.has(a, class::ORG_HEAD) {
        return Some(Organization);
    }
    let one_name = words == 1 && titled && v.shape[a] == Shape::Cap && !v.is_common(a);
    (words >= 2 || one_name).then_some(Person)
}

/// Cuts a run at lexicon boundaries when the pieces are separate names.
fn at_lexicon(v: &View, c: Cand, out: &mut Vec<Cand>) {
    let inside_any = v
        .lex_spans
        .iter()
        .any(|&(s, e, _)| c.a <= s && e <= c.b && (s, e) != (c.a, c.b));
    if c.b - c.a < 2 || c.lex.is_some() || !inside_any {
        out.push(c);
        return;
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let mut p = c.a;
    let inside = v
        .lex_spans
        .iter()
        .filter(|&&(s, e, _)| c.a <= s && e <= c.b && (s, e) != (c.a, c.b));
    for &(s, e, idx) in inside {
        if s > p {
            pieces.push(Piece {
                a: p,
                b: s,
                lex: None,
            });
        }
        pieces.push(Piece {
            a: s,
            b: e,
            lex: Some(idx),
        });
        p = e;
    }
    if p < c.b {
        pieces.push(Piece {
            a: p,
            b: c.b,
            lex: None,
        });
    }
    // Punctuation between two names only glues them ("Rusia-Korea Utara").
    pieces.retain(|p| (p.a..p.b).any(|k| v.shape[k] != Shape::Punct));
    if pieces.len() < 2 {
        out.push(c);
        return;
    }
    let lex_kind = |p: &Piece| p.lex.map(|i| v.lex_entries[i].0);
    // Each piece's kind when it stands alone; `None` joins it to the one before.
    let mut kinds: Vec<Option<EntityKind>> = vec![Some(c.kind); pieces.len()];
    let mut titled_at = None;
    for i in 1..pieces.len() {
        // "Basarnas Marsekal Madya Kusworo": a rank after a known body is the
        // role of the person after it.
        if pieces[i].lex.is_none() && pieces[i - 1].lex.is_some() {
            let (ra, rb) = (pieces[i].a, pieces[i].b);
            let mut k = ra;
            while k < rb {
                if let Some(e) = super::rules::fixes::title_phrase_end(v, k, rb) {
                    k = e;
                } else if v.is_title(k) && k + 1 < rb {
                    k += 1;
                } else {
                    break;
                }
            }
            if k > ra && starts_name(v, k, rb) {
                pieces[i].a = k;
                titled_at = Some(i);
            }
        }
        let (l, r) = (pieces[i - 1], pieces[i]);
        kinds[i] = match (lex_kind(&l), lex_kind(&r)) {
            // "AS Donald Trump", "Korea Selatan Yonhap", "Rusia Vladimir Putin".
            (Some(lk), Some(rk)) => {
                let org_of_place = c.kind == Organization && lk == Organization && rk == Place;
                let person_run = c.kind == Person && lk == Place && !gate(v, c, &l);
                (!org_of_place && !person_run).then_some(rk)
            }
            // "Jepang Yoko Kamikawa", "DPR Puan Maharani", "Korea Selatan Yonhap".
            (Some(lk), None) if lk != Person && starts_name(v, r.a, r.b) => {
                let titled = titled_at == Some(i) || (c.a > 0 && v.is_title(c.a - 1));
                match kind_after(v, r.a, r.b, titled) {
                    Some(k) if c.kind != Person || gate(v, c, &l) => Some(k),
                    _ => None,
                }
            }
            // "Belgorod Rusia": an unknown place next to a known one.
            (None, Some(Place))
                if c.kind == Place && i == 1 && starts_name(v, l.a, l.b) && !cue_word(v, l.a) =>
            {
                Some(Place)
            }
            // "Metro Jaya Listyo Sigit Prabowo": a known person after unknown words.
            (None, Some(Person)) if r.b - r.a >= 2 => {
                if c.kind == Person && i == 1 && cue_before(v, c.a) {
                    kinds[0] = None;
                }
                Some(Person)
            }
            _ => None,
        };
    }
    if kinds[1..].iter().all(Option::is_none) {
        out.push(c);
        return;
    }
    // Merge joined pieces, then emit.
    let mut i = 0;
    while i < pieces.len() {
        let mut j = i + 1;
        while j < pieces.len() && kinds[j].is_none() {
            j += 1;
        }
        let (a, b) = (pieces[i].a, pieces[j - 1].b);
        // A leading piece marked `None` was the role ("Metro Jaya" of "Kapolda Metro Jaya").
        if let Some(kind) = kinds[i] {
            let lex = (j == i + 1).then_some(pieces[i].lex).flatten();
            let kind = if j == i + 1 {
                lex.map_or(kind, |x| v.lex_entries[x].0)
            } else {
                kind
            };
            out.push(Cand { a, b, kind, lex });
        }
        i = j;
    }
}

/// May a place that opens a person's run be cut off? Only with a cue
/// (title, role or place word before it) or when it is unmistakably a place
/// (an acronym like "AS", or several words): "Paris Hilton" stays whole.
/// A name right before the run counts as a cue too ("Dinas PUPR Lampung Hendra
/// Wijaya", "(PUPR) Lampung Hendra Wijaya"): the place ends that name.
fn gate(v: &View, c: Cand, l: &Piece) -> bool {
    let name_before = c.a > 0
        && (matches!(v.shape[c.a - 1], Shape::Upper | Shape::Mixed) || v.lower(c.a - 1) == ")");
    cue_before(v, c.a) || name_before || v.shape[l.a] == Shape::Upper || l.b - l.a >= 2
}

fn cue_word(v: &View, i: usize) -> bool {
    v.has(i, class::ORG_HEAD | class::PLACE | class::TITLE_WORD)
}

/// "Presiden Rusia Vladimir Putin": the place between a title and a person is
/// part of the role.
/// Runs after the lexicon has filled in the names the tagger missed.
pub fn drop_role_places(v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k];
        let next_person = cands
            .get(k + 1)
            .is_some_and(|n| n.kind == Person && n.a == c.b);
        if c.kind == Place && next_person && role_before(v, c.a, &cands[..k]) {
            cands.remove(k);
        } else {
            k += 1;
        }
    }
}

/// Does a title phrase end right before token `a` ("Presiden", "Perdana
/// Menteri", "Menteri Luar Negeri")? The phrase may hold capitalized words
/// that are not names of their own (`earlier` are the names before it).
fn role_before(v: &View, a: usize, earlier: &[Cand]) -> bool {
    const WINDOW: usize = 5;
    let limit = earlier.last().map_or(0, |c| c.b);
    let mut k = a;
    while k > limit && a - k < WINDOW {
        k -= 1;
        if v.is_title(k) {
            return true;
        }
        let w = v.lower(k);
        let plain = matches!(v.shape[k], Shape::Cap) || matches!(w, "dan" | "luar" | "dalam");
        if !plain {
            return false;
        }
    }
    false
}
