//! Precision rules for whole articles, run by `rules::clean` around the
//! tagger's spans. Each holds for any Indonesian news text:
//!
//! - a multi-word rank or title opening a person is the role ("Marsekal Madya
//!   Kusworo", "Corporate Secretary …");
//! - a dash with spaces ends a name ("Jakarta, CNBC Indonesia - Harga BBM");
//! - an organization continues over capitalized words the tagger left out and
//!   over a comma list closed by "dan" ("Dinas Pekerjaan Umum dan Penataan
//!   Ruang", "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB");
//! - product grades, election events and legal forms are never names
//!   (`not_names.txt`: Pertalite, Pilkada, Persero);
//! - a person holds no digits ("Hendra Wijaya 8 Tahun");
//! - a facility head and the capitalized words after it are one name
//!   (`facilities.txt`: "Bandara Sultan Hasanuddin", "RS Bhayangkara Makassar");
//! - "X Air", "X Airlines" is an airline;
//! - the word opening a dateline is a place ("Bandarlampung, Selasa (23/9) …");
//! - a lone compass word, organization head or title is no name.
//!
//! It never calls the tagger and never looks outside the sentence.

use crate::extract::names::EntityKind::{self, Organization, Person, Place};
use crate::extract::names::cues::{CUES, class};
use crate::extract::names::rules::Cand;
use crate::extract::names::view::{Shape, View};

/// The end of the longest multi-word title entry opening `[a, b)`, when
/// something is left after it ("Marsekal Madya" of "Marsekal Madya Kusworo").
pub fn title_phrase_end(v: &View, a: usize, b: usize) -> Option<usize> {
    if !v.has(a, class::TITLE_WORD) || v.lex[a].is_some() {
        return None;
    }
    let got = title_phrase_end_prefix(v, a, b);
    #[cfg(test)]
    assert_eq!(got, title_phrase_end_slow(v, a, b));
    got
}

/// [`title_phrase_end`] growing the phrase a word at a time ([`grow_title`]).
fn title_phrase_end_prefix(v: &View, a: usize, b: usize) -> Option<usize> {
    grow_title(v, a, b - 1, |_| false).unwrap_or_else(|| title_phrase_end_slow(v, a, b))
}

/// Grows the lowercase phrase of the words from `a` (before `end`, at most
/// `title_max_words`, never over punctuation) one word at a time over
/// [`TITLE_PREFIXES`], stopping at the first word that no title of two
/// words or more continues with ("Kepala BNPB …" stops after one lookup)
/// instead of looking up every length. The one-word phrase counts when
/// `first_counts` says so. `Some(end of the longest entry, if any)`, or
/// `None` when the phrase outgrows its stack buffer: the caller then takes
/// its general path.
pub(in crate::extract::names) fn grow_title(
    v: &View,
    a: usize,
    end: usize,
    first_counts: impl Fn(&str) -> bool,
) -> Option<Option<usize>> {
    let mut best = None;
    let mut buf = [0u8; 96];
    let mut len = 0;
    for k in a..end.min(a + CUES.title_max_words) {
        if v.shape[k] == Shape::Punct {
            break;
        }
        let word = v.lower(k);
        let w = word.as_bytes();
        let sep = usize::from(k > a);
        if len + sep + w.len() > buf.len() {
            return None;
        }
        if sep == 1 {
            buf[len] = b' ';
        }
        buf[len + sep..len + sep + w.len()].copy_from_slice(w);
        len += sep + w.len();
        if k == a {
            if first_counts(word) {
                best = Some(k + 1);
            }
            continue;
        }
        // Looked up by its bytes: no UTF-8 check of the phrase per word.
        match TITLE_PREFIXES.get(&buf[..len]) {
            Some(&entry) => {
                if entry {
                    best = Some(k + 1);
                }
            }
            None => break,
        }
    }
    Some(best)
}

/// Every title entry of two words or more, and every start of one of two
/// words or more (`false`: only a start): "marsekal madya" is both.
/// Keyed by the phrase's bytes.
pub(in crate::extract::names) static TITLE_PREFIXES: std::sync::LazyLock<
    crate::extract::names::fx::FxMap<Box<[u8]>, bool>,
> = std::sync::LazyLock::new(|| {
    let mut m = crate::extract::names::fx::FxMap::default();
    for t in &CUES.titles {
        let words: Vec<&str> = t.split(' ').collect();
        for n in 2..=words.len() {
            let p = words[..n].join(" ").into_bytes().into_boxed_slice();
            let full = n == words.len();
            let e = m.entry(p).or_insert(false);
            *e |= full;
        }
    }
    m
});

/// [`title_phrase_end`] looking up every length, longest first (the oracle).
fn title_phrase_end_slow(v: &View, a: usize, b: usize) -> Option<usize> {
    let max = CUES.title_max_words.min(b - a - 1);
    (2..=max)
        .rev()
        .find(|&m| v.is_title_phrase(a, a + m))
        .map(|m| a + m)
}

/// A dash token with spaces on both sides: the separator of datelines and
/// headline parts, never inside a name.
fn spaced_dash(v: &View, k: usize) -> bool {
    k > 0
        && k + 1 < v.len()
        && matches!(v.word(k), "-" | "--" | "–" | "—")
        && v.toks[k - 1].end < v.toks[k].start
        && v.toks[k].end < v.toks[k + 1].start
}

/// Ends a span at a dateline's spaced dash: one followed by an ordinary word
/// ("CNBC Indonesia - Harga BBM"), or one after a name the lexicon knows
/// ("Jakarta - Surplus neraca …", "Jakarta - Budi Santoso mengatakan").
/// What follows such a dash opens the sentence: a lone unknown word there is
/// an ordinary word in capitals ("Surplus", "Rumor") and is dropped; longer
/// runs are typed as the rules type them. Names written with spaced hyphens
/// ("Coca - Cola", "Marc - Andre") stay whole.
pub fn cut_dashes(v: &View, cands: &mut Vec<Cand>) {
    // Every rule here needs a spaced dash among the first words; a dash
    // token opens with `-` or the first byte of `–`/`—`.
    // Both rules change spans only: with none, nothing to do.
    if cands.is_empty() {
        return;
    }
    let bytes = v.text.as_bytes();
    let m = v.len().min(DATELINE);
    // A dash is no word: its shape rejects the words on one byte.
    let dash = |(k, (s, t)): (usize, (&Shape, &crate::model::Token))| {
        *s == Shape::Punct
            && t.end - t.start <= 3
            && matches!(bytes.get(t.start), Some(b'-' | 0xE2))
            && spaced_dash(v, k)
    };
    if v.shape[..m].iter().zip(&v.toks[..m]).enumerate().any(dash) {
        cut_dashes_all(v, cands);
    }
}

/// [`cut_dashes`] without the sentence's quick test (its oracle in tests).
pub fn cut_dashes_all(v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k];
        // The span opens the sentence (or follows the outlet's comma:
        // "Liputan6.com, Jakarta - …") and its words before the dash are one
        // lexicon name: a dateline place. Mid-sentence, "Bandung - Rancaekek"
        // is a route and "Bosnia - Herzegovina" one name.
        // A dateline is followed by the sentence, and names a place, or opens
        // the line with the outlet ("Rimanews - Polisi …"): a line that is
        // only "Bosnia - Herzegovina" keeps its name whole. (An organization
        // written with a spaced dash at a sentence start, "Freeport - McMoran
        // akan …", is cut too: outlets open far more sentences so.)
        let opens = (c.a == 0 || (c.a <= 4 && v.word(c.a - 1) == ",")) && c.b < v.len();
        let known_before = |i: usize| {
            opens
                && v.lex[c.a].is_some_and(|(kind, begins)| {
                    begins && (kind == Place || (kind == Organization && c.a == 0))
                })
                && (c.a + 1..i).all(|t| v.lex[t].is_some_and(|(_, begins)| !begins))
        };
        let separator = |i: usize| {
            i < DATELINE
                && spaced_dash(v, i)
                && (v.is_common(i + 1) || v.has(i + 1, class::CALENDAR) || known_before(i))
        };
        if let Some(d) = (c.a..c.b).find(|&i| separator(i)) {
            cands[k].b = d;
            cands[k].lex = None;
            let rest = d + 1;
            let lone_unknown = rest + 1 == c.b && v.lex[rest].is_none();
            if rest < c.b && !v.is_common(rest) && v.shape[rest] != Shape::Punct && !lone_unknown {
                let kind = if v.lex[rest].is_some() {
                    c.kind
                } else if v.has(rest, class::ORG_HEAD) {
                    Organization
                } else {
                    Person
                };
                cands.insert(
                    k + 1,
                    Cand {
                        a: rest,
                        b: c.b,
                        kind,
                        lex: None,
                    },
                );
            }
        }
        k += 1;
    }
    // The same lone word as a span of its own, after a dateline that the
    // tagger already ended at the dash ("Rimanews" + "Masalah perizinan …").
    let after_dateline = |c: &Cand| {
        c.b - c.a == 1
            && c.b < v.len()
            && (2..DATELINE).contains(&c.a)
            && spaced_dash(v, c.a - 1)
            && v.lex[c.a].is_none()
            && v.lex[c.a - 2].is_some()
            && (0..c.a - 1).all(|t| v.lex[t].is_some() || v.shape[t] == Shape::Punct)
    };
    cands.retain(|c| c.b > c.a && !after_dateline(c));
}

/// Datelines put their dash within the sentence's first words.
const DATELINE: usize = 8;

/// Is token `i` free (in no span) and a capitalized word that may continue
/// an organization's name?
fn org_word(v: &View, cands: &[Cand], i: usize) -> bool {
    i < v.len()
        && v.cand[i]
        && matches!(v.shape[i], Shape::Cap | Shape::Upper)
        && v.lex[i].is_none()
        && !v.has(i, class::CALENDAR | class::TITLE)
        && !cands.iter().any(|c| c.a <= i && i < c.b)
}

/// Organizations continue over capitalized words the tagger left out
/// ("Dinas Pekerjaan" + "Umum dan Penataan Ruang") and over a comma list of
/// capitalized words closed by "dan" ("Pusat Data, Informasi dan Komunikasi
/// Kebencanaan BNPB").
pub fn mend_orgs(v: &View, cands: &mut [Cand]) {
    for k in 0..cands.len() {
        let c = cands[k];
        if c.kind != Organization || c.lex.is_some() {
            continue;
        }
        let mut b = c.b;
        while v.has(c.a, class::ORG_HEAD) {
            // Capitalized words, and "dan" between two of them.
            if org_word(v, cands, b) {
                b += 1;
                continue;
            }
            if b + 1 < v.len()
                && v.lower(b) == "dan"
                && org_word(v, cands, b + 1)
                && !opens_name(v, b + 1)
            {
                b += 2;
                continue;
            }
            // A known place ends the body's name ("… Provinsi Jawa Tengah").
            if b > c.b
                && let Some(&(_, e, x)) = v.lex_spans.iter().find(|s| s.0 == b)
                && v.lex_entries[x].0 == Place
                && !cands.iter().any(|c| c.a < e && b < c.b)
            {
                b = e;
            }
            break;
        }
        if let Some(e) = comma_list(v, cands, b) {
            b = e;
        }
        cands[k].b = b;
        if b != c.b {
            cands[k].lex = None;
        }
    }
}

/// ", Informasi dan Komunikasi Kebencanaan BNPB" after a body's name: up to
/// three comma-separated capitalized words, then "dan" and the last part of
/// the name. The end of the list, when it is one.
fn comma_list(v: &View, cands: &[Cand], b: usize) -> Option<usize> {
    let n = v.len();
    let mut i = b;
    let mut items = 0;
    while i + 1 < n && v.lower(i) == "," && items < 3 {
        let mut j = i + 1;
        while j < n && org_word(v, cands, j) {
            j += 1;
        }
        if j == i + 1 || j - i > 3 {
            return None;
        }
        items += 1;
        i = j;
    }
    if items == 0 {
        return None;
    }
    if i < n && v.lower(i) == "," {
        i += 1;
    }
    if i + 1 >= n || v.lower(i) != "dan" {
        return None;
    }
    let mut j = i + 1;
    // The last part may end with a known body ("… Kebencanaan BNPB").
    while j < n
        && v.cand[j]
        && matches!(v.shape[j], Shape::Cap | Shape::Upper)
        && !v.has(j, class::CALENDAR | class::TITLE)
        && !cands
            .iter()
            .any(|c| c.a <= j && j < c.b && c.kind == Person)
    {
        j += 1;
    }
    (j > i + 1).then_some(j)
}

/// Is `[i, e)` a `not_names.txt` entry (one or two words)?
fn not_name_at(v: &View, i: usize) -> Option<usize> {
    if !v.has(i, class::NOT_NAME) || !matches!(v.shape[i], Shape::Cap | Shape::Upper) {
        return None;
    }
    if i + 1 < v.len() && v.is_phrase(i, i + 2, &CUES.not_names) {
        return Some(i + 2);
    }
    CUES.not_names.contains(v.lower(i)).then_some(i + 1)
}

/// Cuts product grades, election events and legal forms out of every span.
fn cut_not_names(v: &View, cands: &mut Vec<Cand>) {
    // `not_name_at` needs a first word of the list: most sentences hold none.
    if v.bits & class::NOT_NAME != 0 {
        cut_not_names_all(v, cands);
    }
}

/// [`cut_not_names`] without the sentence's quick test (its oracle in tests).
fn cut_not_names_all(v: &View, cands: &mut Vec<Cand>) {
    let mut out = Vec::with_capacity(cands.len());
    for &c in cands.iter() {
        let mut start = c.a;
        let mut i = c.a;
        let mut cut = false;
        while i < c.b {
            // A body keeps its legal form and branch ("PT Jasa Marga (Persero)
            // Tbk Cabang …"): only a span's first words are cut there.
            let inside_body = c.kind == Organization && i > start;
            match not_name_at(v, i).filter(|_| !inside_body) {
                Some(e) => {
                    push_piece(v, c, start, i, &mut out);
                    cut = true;
                    i = e.min(c.b);
                    start = i;
                }
                None => i += 1,
            }
        }
        if cut {
            push_piece(v, c, start, c.b, &mut out);
        } else {
            out.push(c);
        }
    }
    *cands = out;
}

/// Pushes the piece `[a, b)` of `c`, without edge punctuation and brackets.
fn push_piece(v: &View, c: Cand, mut a: usize, mut b: usize, out: &mut Vec<Cand>) {
    while a < b && v.shape[a] == Shape::Punct {
        a += 1;
    }
    while b > a && v.shape[b - 1] == Shape::Punct {
        b -= 1;
    }
    if a < b {
        let lex = c.lex.filter(|_| (a, b) == (c.a, c.b));
        out.push(Cand { a, b, lex, ..c });
    }
}

/// A person's name holds no number: it ends before the first one ("Hendra
/// Wijaya 8 Tahun"). A model code ("Nova 2i", "K8") makes it a product: dropped.
///
/// One walk over the spans, and over each person's tokens once: each span
/// is decided alone, so dropping and cutting in one walk equals the two
/// walks of [`persons_without_digits_slow`].
fn persons_without_digits(v: &View, cands: &mut Vec<Cand>) {
    let n = v.len();
    cands.retain_mut(|c| {
        if c.kind != Person {
            return true;
        }
        let mut first = None;
        // The code may follow the span ("Huawei Nova" + "2i").
        for i in c.a..(c.b + 1).min(n) {
            if v.shape[i] != Shape::Digit {
                continue;
            }
            if v.word(i).bytes().any(|b| b.is_ascii_alphabetic()) {
                return false;
            }
            if i < c.b && first.is_none() {
                first = Some(i);
            }
        }
        if let Some(d) = first {
            c.b = d;
            while c.b > c.a && v.shape[c.b - 1] == Shape::Punct {
                c.b -= 1;
            }
            c.lex = None;
        }
        true
    });
}

/// [`persons_without_digits`] in two walks, as before (the oracle in tests).
#[cfg(test)]
fn persons_without_digits_slow(v: &View, cands: &mut Vec<Cand>) {
    let code =
        |i: usize| v.shape[i] == Shape::Digit && v.word(i).bytes().any(|b| b.is_ascii_alphabetic());
    // The code may follow the span ("Huawei Nova" + "2i").
    cands.retain(|c| c.kind != Person || !(c.a..(c.b + 1).min(v.len())).any(code));
    for c in cands.iter_mut() {
        if c.kind != Person {
            continue;
        }
        if let Some(d) = (c.a..c.b).find(|&i| v.shape[i] == Shape::Digit) {
            c.b = d;
            while c.b > c.a && v.shape[c.b - 1] == Shape::Punct {
                c.b -= 1;
            }
            c.lex = None;
        }
    }
}

/// The facility head opening at token `i` (`bandara`, `rumah sakit`, `SMK`):
/// its end and the type of the name it opens. A head written with capitals
/// in the list (`MAN`, `MTs`) counts only when written exactly so.
pub(crate) fn facility_at(v: &View, i: usize) -> Option<(usize, EntityKind)> {
    if i >= v.len() || !v.has(i, class::FACILITY) || !v.cand[i] {
        return None;
    }
    let f = &CUES.facilities;
    if i + 1 < v.len()
        && v.cand[i + 1]
        && matches!(v.shape[i], Shape::Cap | Shape::Upper)
        && v.is_phrase(i, i + 2, &CUES.facility_heads)
    {
        let two = format!("{} {}", v.lower(i), v.lower(i + 1));
        if let Some(&k) = f.get(two.as_str()) {
            return Some((i + 2, k));
        }
    }
    let low = v.lower(i);
    let kind = *f.get(low)?;
    let ok = match CUES.facility_exact.get(low) {
        Some(exact) => v.word(i) == exact,
        None => matches!(v.shape[i], Shape::Cap | Shape::Upper),
    };
    ok.then_some((i + 1, kind))
}

/// "Bandara Sultan Hasanuddin", "RS Bhayangkara Makassar", "Jl. Sudirman":
/// the head and up to six capitalized words after it are one name.
fn facilities(v: &View, cands: &mut Vec<Cand>) {
    const MAX_WORDS: usize = 6;
    if v.bits & class::FACILITY == 0 {
        return;
    }
    let n = v.len();
    let mut i = 0;
    while i < n {
        // The test of `facility_at`, inline: most tokens are no head.
        if !v.has(i, class::FACILITY) || !v.cand[i] {
            i += 1;
            continue;
        }
        let Some((mut h, kind)) = facility_at(v, i) else {
            i += 1;
            continue;
        };
        // The lexicon knows some facilities as bodies ("Gedung Putih"); a
        // head inside a body's name stays there ("Federasi Buruh …
        // Pelabuhan …"), and so does one inside a region's or island's name
        // ("Kabupaten Hulu Sungai Selatan", "Desa Sungai Tabuk").
        let in_name = cands.iter().any(|c| {
            c.a < i
                && i < c.b
                && (c.kind == Organization || (c.kind == Place && v.has(c.a, class::PLACE_NOUN)))
        });
        if v.lex[i].is_some() || in_name {
            i += 1;
            continue;
        }
        if h < n && v.word(h) == "." && v.toks[h - 1].end == v.toks[h].start {
            h += 1;
        }
        let mut j = h;
        while j < n
            && j - h < MAX_WORDS
            && v.cand[j]
            && !v.is_calendar(j)
            && !(v.lower(j) == "dan" && opens_name(v, j + 1))
            && !(j > h && ends_facility(v, cands, j))
            && (v.shape[j] != Shape::Punct || matches!(v.word(j), "-" | "." | "'"))
        {
            j += 1;
        }
        while j > h && v.shape[j - 1] == Shape::Punct {
            j -= 1;
        }
        // "Rektor Universitas Gadjah Mada Ova Emilia mengatakan": after a
        // title, a person the tagger found at the end of the run is the
        // holder of the post, not part of the name.
        if i > 0
            && v.is_title(i - 1)
            && let Some(p) = cands
                .iter()
                .find(|c| c.kind == Person && h < c.a && c.a < j && c.b == j)
        {
            j = p.a;
        }
        // "Sungai Tengah" of "Hulu Sungai Tengah": a compass word alone
        // names no facility.
        if j == h || (h..j).all(|k| v.has(k, class::TAIL)) {
            i += 1;
            continue;
        }
        cands.retain(|c| !(c.a < j && i < c.b));
        cands.push(Cand {
            a: i,
            b: j,
            kind,
            lex: None,
        });
        crate::extract::names::rules::sort_spans(cands);
        i = j;
    }
}

/// Does token `j`, inside a facility's run, begin something else: another
/// body ("Gunung Api PVMBG Badan Geologi"), or a title before a person
/// ("Universitas Negeri Semarang Profesor Fathur Rokhman")?
fn ends_facility(v: &View, cands: &[Cand], j: usize) -> bool {
    let body = v.shape[j] == Shape::Cap
        && (v.has(j, class::ORG_HEAD) || v.lex[j] == Some((Organization, true)));
    let title = v.is_title(j) && cands.iter().any(|c| c.a == j + 1 && c.kind == Person);
    body || title
}

/// "RSUD Subang dan Puskesmas Jalancagak", "KPK dan Kejaksaan Agung": a span
/// that opens with a body's or facility's name is split at a "dan" that
/// opens another one.
fn split_at_dan(v: &View, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while k < cands.len() {
        let c = cands[k];
        // "QVC dan CVN", "BPK dan BPKP": two acronyms joined by "dan" are
        // two names, known or not (one name never reads "X dan Y" in capitals).
        if c.kind != Person
            && c.b - c.a == 3
            && v.lower(c.a + 1) == "dan"
            && v.shape[c.a] == Shape::Upper
            && v.shape[c.a + 2] == Shape::Upper
        {
            cands[k].b = c.a + 1;
            cands[k].lex = None;
            cands.insert(
                k + 1,
                Cand {
                    a: c.a + 2,
                    b: c.b,
                    kind: c.kind,
                    lex: None,
                },
            );
            k += 2;
            continue;
        }
        if c.kind == Person || !opens_name(v, c.a) {
            k += 1;
            continue;
        }
        if let Some(d) =
            // "dan" is a connector: the flag spares the text of other words.
            (c.a + 1..c.b.saturating_sub(1)).find(|&d| {
                v.has(d, class::CONNECTOR) && v.lower(d) == "dan" && opens_name(v, d + 1)
            })
        {
            let kind = facility_at(v, d + 1).map_or(Organization, |(_, kind)| kind);
            cands[k].b = d;
            cands[k].lex = None;
            cands.insert(
                k + 1,
                Cand {
                    a: d + 1,
                    b: c.b,
                    kind,
                    lex: None,
                },
            );
        }
        k += 1;
    }
}

/// Does a body's or facility's name open at token `i` (an organization or
/// facility head, or a known organization)? "RSUD Subang dan Puskesmas
/// Jalancagak" are two names; "Dinas Pekerjaan Umum dan Penataan Ruang" one.
pub(crate) fn opens_name(v: &View, i: usize) -> bool {
    i < v.len()
        && v.cand[i]
        && matches!(v.shape[i], Shape::Cap | Shape::Upper | Shape::Mixed)
        // `facility_at` needs a facility word: the flag spares the call.
        && ((v.has(i, class::FACILITY) && facility_at(v, i).is_some())
            || (v.has(i, class::ORG_HEAD) && v.lex[i].is_none())
            || v.lex[i].is_some_and(|(k, start)| start && k == Organization))
}

/// "Nusantara Air", "Garuda Airlines": a capitalized word before `Air`,
/// `Airlines` or `Airways` names an airline, whatever the tagger said
/// ("Pesawat Nusantara Air Hilang Kontak" → "Nusantara Air").
fn airlines(v: &View, cands: &mut Vec<Cand>) {
    for i in airline_words(v) {
        join_airline(v, cands, i);
    }
}

/// The tokens after the first that may close an airline's name ("Air",
/// "Airlines", "Airways"), by their length and first byte. These words are
/// capitalized, so candidates: the walk over the candidate list spares
/// every other token.
fn airline_words<'v>(v: &'v View) -> impl Iterator<Item = usize> + 'v {
    let bytes = v.text.as_bytes();
    v.cands.iter().map(|&i| i as usize).filter(move |&i| {
        let t = &v.toks[i];
        matches!(t.end - t.start, 3 | 7 | 8) && bytes[t.start] == b'A' && i > 0
    })
}

/// Does the sentence hold a word that may close an airline's name?
pub fn airline_word(v: &View) -> bool {
    airline_words(v).next().is_some()
}

/// Token `i` ("Air", "Airlines", "Airways") closes an airline name opened by
/// the capitalized word before it: "Nusantara Air" is one organization.
fn join_airline(v: &View, cands: &mut Vec<Cand>, i: usize) {
    if !matches!(v.word(i), "Air" | "Airlines" | "Airways") || v.lex[i].is_some() {
        return;
    }
    let p = i - 1;
    if v.shape[p] != Shape::Cap || !v.cand[p] || v.is_common(p) || v.has(p, class::TITLE) {
        return;
    }
    // Capitalized words before it in the same span belong to the name.
    let mut a = p;
    if let Some(c) = cands.iter().find(|c| c.a <= p && p < c.b) {
        a = c.a;
    }
    while a < p && (v.is_common(a) || v.shape[a] == Shape::Punct) {
        a += 1;
    }
    cands.retain(|c| !(c.a <= i && p < c.b || c.a >= a && c.b <= i + 1));
    cands.push(Cand {
        a,
        b: i + 1,
        kind: Organization,
        lex: None,
    });
    crate::extract::names::rules::sort_spans(cands);
}

/// "Bandarlampung, Selasa (23/9/2025) (ANTARA) -", "BANDAR LAMPUNG,
/// KOMPAS.com -": the name opening a dateline is a place.
fn datelines(v: &View, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        // Both rules need the span among the first words: most spans are not.
        if c.b < DATELINE_WINDOW || v.initial[c.a] {
            dateline(v, c);
        }
    }
}

/// [`datelines`] on every span (the oracle in tests).
#[cfg(test)]
fn datelines_all(v: &View, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        dateline(v, c);
    }
}

/// A dateline's dash is within its first words.
const DATELINE_WINDOW: usize = 8;

/// [`datelines`] for one span: makes it a place when it opens a dateline.
fn dateline(v: &View, c: &mut Cand) {
    const WINDOW: usize = DATELINE_WINDOW;
    let n = v.len();
    if c.lex.is_some() || c.kind == Place || v.has(c.a, class::ORG_HEAD) || c.b + 1 >= n {
        return;
    }
    let caps = (c.a..c.b).all(|k| v.shape[k] == Shape::Upper);
    // "JUARA.NET, FUZHOU - …": a name in capitals before the dateline dash.
    if c.kind == Person && caps && c.b < WINDOW && spaced_dash(v, c.b) {
        c.kind = Place;
        return;
    }
    if !v.initial[c.a] || (0..c.a).any(|k| v.shape[k] != Shape::Punct) {
        return;
    }
    let after = v.word(c.b);
    let day = after == "," && v.is_calendar(c.b + 1);
    let outlet = matches!(after, "," | "(")
        && matches!(v.shape[c.b + 1], Shape::Upper | Shape::Mixed | Shape::Cap)
        && (c.b + 1..n.min(c.b + WINDOW)).any(|k| spaced_dash(v, k));
    if day || outlet {
        c.kind = Place;
    }
}

/// A lone word that cannot be a name by itself: a compass word ("Selatan"),
/// an organization head ("Lembaga", "Majelis"), a title, a day or month.
/// An organization head counts only before a lowercase noun ("Majelis
/// hakim", "Lembaga survei"): "ke Kejaksaan." names the body.
pub fn lone_word(v: &View, c: &Cand) -> bool {
    let head_of_noun = v.has(c.a, class::ORG_HEAD) && c.b < v.len() && v.shape[c.b] == Shape::Lower;
    c.b - c.a == 1
        && c.lex.is_none()
        && v.shape[c.a] == Shape::Cap
        && (head_of_noun || v.has(c.a, class::TAIL | class::TITLE | class::CALENDAR))
}

/// "Kerugian negara …", "Pembangunan jalan …": a lone unknown word shaped
/// like a derived noun (ke-…-an, pe-…-an, per-…-an) is the capital of an
/// ordinary noun when it opens the sentence before a lowercase word, and is
/// never a person by itself ("Direktur Jenderal Kependudukan dan …"; Indonesian
/// given names ending in -an do not open with ke- or pe-). Bodies' and places'
/// heads ("Kejaksaan", "Kecamatan") and known names are spared.
fn derived_noun(v: &View, c: &Cand) -> bool {
    const MIN_LEN: usize = 8;
    let i = c.a;
    if c.b - i != 1
        || c.lex.is_some()
        || v.lex[i].is_some()
        || v.shape[i] != Shape::Cap
        || v.has(
            i,
            class::ORG_HEAD
                | class::FACILITY
                | class::PLACE_NOUN
                | class::PLACE
                | class::TITLE_WORD,
        )
    {
        return false;
    }
    let opening = v.initial[i] && c.b < v.len() && v.shape[c.b] == Shape::Lower;
    if !(opening || c.kind == Person) {
        return false;
    }
    let w = v.lower(i);
    w.len() >= MIN_LEN && w.ends_with("an") && (w.starts_with("ke") || w.starts_with("pe"))
}

/// "Marsekal Madya Kusworo", "Brigadir Jenderal Ahmad Ramadhan": capitalized
/// words right after a multi-word rank or title that no span holds are the
/// person's name (the tagger may pass over a name after a long rank).
fn after_ranks(v: &View, cands: &mut Vec<Cand>) {
    let free = |cands: &[Cand], i: usize| !cands.iter().any(|c| c.a <= i && i < c.b);
    let n = v.len();
    let mut added = false;
    // `title_phrase_end` needs a title word there, and a capitalized word
    // is a candidate: left to right over the candidates, from `next` on.
    let mut next = 0;
    let walk = if v.bits & class::TITLE_WORD != 0 {
        &v.cands[..]
    } else {
        &[]
    };
    for &i in walk {
        let i = i as usize;
        if i + 2 >= n {
            break;
        }
        if i < next
            || v.shape[i] != Shape::Cap
            || !v.has(i, class::TITLE_WORD)
            || v.lex[i].is_some()
            || !free(cands, i)
        {
            continue;
        }
        let Some(e) = title_phrase_end(v, i, n) else {
            continue;
        };
        let j = name_after(v, cands, e);
        if j > e {
            cands.push(Cand {
                a: e,
                b: j,
                kind: Person,
                lex: None,
            });
            added = true;
        }
        next = j.max(i + 1);
    }
    // A title, or a title phrase's last word, before the body.
    if added || v.bits & (class::TITLE | class::TITLE_WORD) != 0 {
        after_bodies(v, cands, added);
    }
}

/// "Kepala BNPB Suharyanto": a title, a body, then a name (the second half
/// of [`after_ranks`]; `added` when the first half added a span).
fn after_bodies(v: &View, cands: &mut Vec<Cand>, mut added: bool) {
    for k in 0..cands.len() {
        let c = cands[k];
        if c.kind == Organization
            && c.a > 0
            && (v.is_title(c.a - 1) || crate::extract::names::posts::title_ends_at(v, c.a))
        {
            let j = name_after(v, cands, c.b);
            if j > c.b {
                cands.push(Cand {
                    a: c.b,
                    b: j,
                    kind: Person,
                    lex: None,
                });
                added = true;
            }
        }
    }
    if added {
        crate::extract::names::rules::sort_spans(cands);
    }
}

/// [`airlines`] over every token, as before the candidate walk (the oracle).
#[cfg(test)]
fn airlines_slow(v: &View, cands: &mut Vec<Cand>) {
    for i in 1..v.len() {
        if v.cand[i] {
            join_airline(v, cands, i);
        }
    }
}

/// [`after_ranks`] over every token, as before the candidate walk (the oracle).
#[cfg(test)]
fn after_ranks_slow(v: &View, cands: &mut Vec<Cand>) {
    let free = |cands: &[Cand], i: usize| !cands.iter().any(|c| c.a <= i && i < c.b);
    let n = v.len();
    let mut added = false;
    let mut i = 0;
    while i + 2 < n && v.bits & class::TITLE_WORD != 0 {
        if v.shape[i] != Shape::Cap
            || !v.has(i, class::TITLE_WORD)
            || v.lex[i].is_some()
            || !free(cands, i)
        {
            i += 1;
            continue;
        }
        let Some(e) = title_phrase_end(v, i, n) else {
            i += 1;
            continue;
        };
        let j = name_after(v, cands, e);
        if j > e {
            cands.push(Cand {
                a: e,
                b: j,
                kind: Person,
                lex: None,
            });
            added = true;
        }
        i = j.max(i + 1);
    }
    after_bodies(v, cands, added);
}

/// The end of up to three free capitalized words at `e` that can be a
/// person's name and are not followed by another capitalized word (`e` when none).
fn name_after(v: &View, cands: &[Cand], e: usize) -> usize {
    const MAX_WORDS: usize = 3;
    let n = v.len();
    let free = |i: usize| !cands.iter().any(|c| c.a <= i && i < c.b);
    let mut j = e;
    while j < n
        && j - e < MAX_WORDS
        && v.shape[j] == Shape::Cap
        && v.lex[j].is_none()
        && free(j)
        && !v.has(
            j,
            class::COMMON | class::TITLE_WORD | class::ORG_HEAD | class::CALENDAR | class::TAIL,
        )
    {
        j += 1;
    }
    let whole = j == n || !matches!(v.shape[j], Shape::Cap | Shape::Upper | Shape::Mixed);
    if whole { j } else { e }
}

/// "Ketua Majelis Hakim Lingga Setiawan": a span opening with a group of
/// people (`role_groups.txt`) is the role of the person after it.
fn role_groups(v: &View, cands: &mut Vec<Cand>) {
    for c in cands.iter_mut() {
        if c.lex.is_some() || c.kind == Place || !v.has(c.a, class::ROLE_GROUP) {
            continue;
        }
        let Some(e) = (2..=3)
            .rev()
            .map(|m| c.a + m)
            .find(|&e| e <= c.b && v.is_phrase(c.a, e, &CUES.role_groups))
        else {
            continue;
        };
        c.a = e;
        c.kind = Person;
        if c.a < c.b && v.shape[c.a] != Shape::Cap {
            c.b = c.a;
        }
    }
    cands.retain(|c| c.b > c.a);
}

/// "Pengadilan" + "Tipikor Tanjungkarang": a lone organization head the
/// tagger cut off heads the name right after it.
fn lone_heads(v: &View, cands: &mut Vec<Cand>) {
    // A head no span holds: "Majelis hakim Pengadilan" + "Tipikor Tanjungkarang".
    for k in 0..cands.len() {
        let d = cands[k];
        let h = d.a.wrapping_sub(1);
        let free = k == 0 || cands[k - 1].b <= h;
        if d.a > 0
            && free
            && v.cand[h]
            && v.shape[h] == Shape::Cap
            && v.lex[h].is_none()
            && v.has(h, class::ORG_HEAD)
            && d.lex.is_none()
            && d.kind != Place
        {
            cands[k] = Cand {
                a: h,
                b: d.b,
                kind: Organization,
                lex: None,
            };
        }
    }
    let mut k = 0;
    while k + 1 < cands.len() {
        let (c, d) = (cands[k], cands[k + 1]);
        let lone = c.b - c.a == 1 && c.lex.is_none() && v.has(c.a, class::ORG_HEAD);
        if lone && d.a == c.b && d.lex.is_none_or(|x| v.lex_entries[x].0 == Place) {
            cands[k] = Cand {
                a: c.a,
                b: d.b,
                kind: Organization,
                lex: None,
            };
            cands.remove(k + 1);
        }
        k += 1;
    }
}

/// "AKP M Faruq", "KH Ma'ruf Amin": a rank or title in capitals opening an
/// unknown organization is a person's title.
fn ranked_orgs(v: &View, cands: &mut [Cand]) {
    for c in cands.iter_mut() {
        if c.kind == Organization
            && c.lex.is_none()
            && c.b - c.a >= 2
            && v.shape[c.a] == Shape::Upper
            && v.is_title(c.a)
            && matches!(v.shape[c.a + 1], Shape::Cap | Shape::Upper)
            && !v.has(c.a + 1, class::ORG_HEAD)
        {
            c.a += 1;
            c.kind = Person;
        }
    }
}

/// The last passes over a sentence's spans; keeps them sorted.
pub fn finish(v: &View, cands: &mut Vec<Cand>) {
    use crate::extract::names::posts;
    // Most passes look for a list's words: a sentence without any skips
    // them (`pass_if`). Every span is non-empty here (`clean` dropped the
    // empty ones and no pass since makes one), so the skipped
    // `retain(|c| c.b > c.a)` of `role_groups` would keep them all.
    pass_if!(class::TITLE, ranked_orgs, v, cands);
    pass_if!(class::ROLE_GROUP, role_groups, v, cands);
    pass_if!(class::ORG_HEAD, lone_heads, v, cands);
    pass!(after_ranks, after_ranks_slow, v, cands);
    pass!(cut_not_names, cut_not_names_all, v, cands);
    pass!(
        persons_without_digits,
        persons_without_digits_slow,
        v,
        cands
    );
    pass_if!(class::CONNECTOR, split_at_dan, v, cands);
    facilities(v, cands);
    pass!(airlines, airlines_slow, v, cands);
    pass!(datelines, datelines_all, v, cands);
    pass_if!(class::SPEECH, posts::region_holders, v, cands);
    posts::bracket_regions(v, cands);
    posts::regional_bodies(v, cands);
    pass!(posts::units, posts::units_all, v, cands);
    // "Price Futures Group", "New York Mercantile Exchange" (org_tails.txt).
    use crate::extract::names::org_tails;
    pass!(org_tails::org_tails, org_tails::org_tails_slow, v, cands);
    use crate::extract::names::clues;
    pass_if!(class::GROUP, clues::groups, v, cands);
    pass_if!(class::TITLE_WORD, clues::offices, v, cands);
    drop_non_names(v, cands);
    pass_if!(class::CLUE, clues::road_posts, v, cands);
    pass_if!(class::GROUP, clues::roads, v, cands);
    pass_if!(class::CLUE, clues::initials, v, cands);
    // "Kapolres Metro Jakarta Pusat …", "Kepala Desa Sukaluyu Asep Sunandar".
    crate::extract::names::heads::heads(v, cands);
}

/// Drops the spans that cannot be names by themselves (a lone compass
/// word, a derived noun, a discipline, punctuation and digits only).
fn drop_non_names(v: &View, cands: &mut Vec<Cand>) {
    use crate::extract::names::clues;
    let word = |i: usize| !matches!(v.shape[i], Shape::Punct | Shape::Digit);
    // The three word tests hold for one-word spans only.
    cands.retain(|c| {
        let keep = match c.b.saturating_sub(c.a) {
            0 => false,
            1 => word(c.a) && !lone_word(v, c) && !derived_noun(v, c) && !clues::discipline(v, c),
            _ => (c.a..c.b).any(word),
        };
        #[cfg(test)]
        assert_eq!(
            keep,
            c.b > c.a
                && !lone_word(v, c)
                && !derived_noun(v, c)
                && !clues::discipline(v, c)
                && (c.a..c.b).any(word),
            "drop_non_names"
        );
        keep
    });
}

#[cfg(test)]
mod tests {
    use crate::extract::names::EntityKind::*;
    use crate::extract::names::tests::{Row, check_rows, names};

    /// One row per behaviour.
    #[test]
    fn article_precision_rules() {
        let rows: &[Row] = &[
            // Multi-word ranks are the role.
            (
                "Pesawat itu membawa 54 penumpang, kata Kepala Basarnas Marsekal Madya Kusworo di Jakarta.",
                &[(Person, "Kusworo"), (Organization, "Basarnas")],
                &["Madya Kusworo", "Marsekal Madya Kusworo"],
            ),
            (
                "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan jalur Puncak ditutup.",
                &[(Person, "Rio Wahyu Anggoro")],
                &["AKBP Rio Wahyu Anggoro"],
            ),
            // A title, a body, then a one-word name.
            (
                "Sebanyak 826 orang luka-luka, kata Kepala BNPB Suharyanto saat meninjau pengungsian.",
                &[(Person, "Suharyanto"), (Organization, "BNPB")],
                &["BNPB Suharyanto"],
            ),
            // The body ends at a known place; the person follows.
            (
                "Jaksa menuntut mantan Kepala Dinas PUPR Lampung Hendra Wijaya dengan 12 tahun penjara.",
                &[(Person, "Hendra Wijaya")],
                &["Lampung Hendra Wijaya"],
            ),
            // A group of people opens the role.
            (
                "\"Terdakwa terbukti bersalah,\" kata Ketua Majelis Hakim Lingga Setiawan di ruang sidang.",
                &[(Person, "Lingga Setiawan")],
                &["Majelis Hakim Lingga Setiawan"],
            ),
            // Known companies split from the person after them.
            (
                "Menurut ekonom Bank Permata Josua Pardede, inflasi masih terkendali.",
                &[(Organization, "Bank Permata"), (Person, "Josua Pardede")],
                &["Bank Permata Josua Pardede"],
            ),
            // A dateline's dash ends the outlet; products are no names.
            (
                "Jakarta, CNBC Indonesia - Harga BBM jenis Pertalite naik mulai hari ini.",
                &[(Organization, "CNBC Indonesia")],
                &["CNBC Indonesia - Harga BBM", "Pertalite"],
            ),
            // After a known place the dateline's dash ends it too; a lone
            // unknown word after the dash opens the sentence.
            (
                "Liputan6.com, Jakarta - Surplus neraca perdagangan Indonesia mencapai US$ 3,25 miliar.",
                &[(Place, "Jakarta"), (Place, "Indonesia")],
                &["Jakarta - Surplus", "Surplus"],
            ),
            (
                "Rimanews - Masalah perizinan investasi masih menjadi keluhan investor.",
                &[(Organization, "Rimanews")],
                &["Rimanews - Masalah", "Masalah"],
            ),
            (
                "Surabaya - Rumor itu beredar sejak pekan lalu di media sosial.",
                &[(Place, "Surabaya")],
                &["Surabaya - Rumor", "Rumor"],
            ),
            (
                "Jakarta - Budi Santoso mengatakan banjir mulai surut pagi ini.",
                &[(Place, "Jakarta"), (Person, "Budi Santoso")],
                &["Jakarta - Budi Santoso"],
            ),
            (
                "Jakarta - Korps Lalu Lintas Polri mencatat 1.034 kecelakaan selama arus mudik.",
                &[
                    (Place, "Jakarta"),
                    (Organization, "Korps Lalu Lintas Polri"),
                ],
                &["Jakarta - Korps Lalu Lintas Polri"],
            ),
            // Legal forms are no places.
            (
                "PT Pertamina (Persero) menaikkan harga Pertamax di seluruh SPBU.",
                &[(Organization, "PT Pertamina")],
                &["Persero", "Pertamax"],
            ),
            // Facilities are one name; the person inside is no person.
            (
                "Keluarga korban menunggu di posko krisis Bandara Sultan Hasanuddin, Makassar.",
                &[(Place, "Bandara Sultan Hasanuddin"), (Place, "Makassar")],
                &["Hasanuddin"],
            ),
            (
                "Jenazah korban dibawa ke RSUD Dr. Soetomo Surabaya untuk diautopsi.",
                &[(Organization, "RSUD Dr. Soetomo Surabaya")],
                &["Soetomo Surabaya"],
            ),
            // Airlines.
            (
                "Pesawat Nusantara Air dengan 54 penumpang hilang kontak di atas laut.",
                &[(Organization, "Nusantara Air")],
                &["Nusantara"],
            ),
            // The word opening a dateline is a place.
            (
                "Bandarlampung, Selasa (23/9/2025) (ANTARA) - Mantan kepala dinas divonis delapan tahun penjara.",
                &[(Place, "Bandarlampung")],
                &[],
            ),
            // A person holds no digits.
            (
                "Hakim Vonis Hendra Wijaya 8 Tahun, Lebih Ringan dari Tuntutan",
                &[],
                &["Hendra Wijaya 8"],
            ),
            // Election events are no names; the place inside stays.
            (
                "Pemungutan suara Pilkada Jawa Tengah digelar di 31.000 TPS.",
                &[(Place, "Jawa Tengah")],
                &["Pilkada", "Pilkada Jawa Tengah"],
            ),
            // A comma list closed by "dan" inside a body's name.
            (
                "Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan hal itu.",
                &[
                    (
                        Organization,
                        "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB",
                    ),
                    (Person, "Abdul Muhari"),
                ],
                &["Pusat Data"],
            ),
            // Capitalized words the tagger left out of a body.
            (
                "Mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi ditahan jaksa.",
                &[],
                &["Dinas Pekerjaan"],
            ),
            // A lone compass word or a body's head before a noun is no name.
            (
                "Majelis hakim juga menjatuhkan denda kepada terdakwa di Selatan.",
                &[],
                &["Majelis", "Selatan"],
            ),
            // A court's head the tagger cut off.
            (
                "Majelis hakim Pengadilan Tipikor Tanjungkarang menjatuhkan vonis delapan tahun.",
                &[(Organization, "Pengadilan Tipikor Tanjungkarang")],
                &["Tipikor Tanjungkarang"],
            ),
            // School heads open an organization's name; the words after
            // them are no person.
            (
                "Bus yang membawa rombongan pelajar SMK Lingga Kencana Depok terguling di Ciater.",
                &[(Organization, "SMK Lingga Kencana Depok")],
                &["Lingga Kencana Depok"],
            ),
            (
                "Ratusan santri Pondok Pesantren Darul Ulum Jombang dipulangkan lebih awal.",
                &[(Organization, "Pondok Pesantren Darul Ulum Jombang")],
                &["Darul Ulum Jombang", "Pondok Pesantren Darul Ulum"],
            ),
            (
                "Siswa SDN Cipinang Melayu 05 belajar di tenda darurat.",
                &[(Organization, "SDN Cipinang Melayu 05")],
                &["Cipinang Melayu"],
            ),
            (
                "Ratusan siswa MTs Negeri 2 Bantul dievakuasi ke lapangan.",
                &[(Organization, "MTs Negeri 2 Bantul")],
                &["MTs"],
            ),
            (
                "Siswa MAN 2 Kota Malang meraih medali emas olimpiade sains.",
                &[(Organization, "MAN 2 Kota Malang")],
                &[],
            ),
            // An acronym head written otherwise is no school ("Mi 11").
            (
                "Ponsel Xiaomi Mi 11 Ultra dijual di Indonesia mulai pekan depan.",
                &[],
                &["Mi 11 Ultra", "Mi 11"],
            ),
            // After a title, the person ending the run holds the post.
            (
                "Dosen Politeknik Negeri Bandung Asep Kurnia mengatakan hal itu.",
                &[
                    (Organization, "Politeknik Negeri Bandung"),
                    (Person, "Asep Kurnia"),
                ],
                &["Politeknik Negeri Bandung Asep Kurnia"],
            ),
            (
                "Rektor Universitas Negeri Semarang Profesor Fathur Rokhman mengatakan hal itu.",
                &[
                    (Organization, "Universitas Negeri Semarang"),
                    (Person, "Fathur Rokhman"),
                ],
                &["Universitas Negeri Semarang Profesor Fathur Rokhman"],
            ),
            // A compass word after a landform head inside a region's name.
            (
                "Banjir melanda Kab. Hulu Sungai Tengah sejak Sabtu pagi.",
                &[],
                &["Sungai Tengah"],
            ),
            // Company forms are no schools.
            (
                "Saham Petronas Dagangan Sdn Bhd naik tipis di bursa Kuala Lumpur.",
                &[],
                &["Sdn Bhd"],
            ),
            // Two facilities or bodies joined by "dan" are two names.
            (
                "Korban luka dibawa ke RSUD Subang dan Puskesmas Jalancagak.",
                &[
                    (Organization, "RSUD Subang"),
                    (Organization, "Puskesmas Jalancagak"),
                ],
                &["RSUD Subang dan Puskesmas Jalancagak"],
            ),
            (
                "Para korban dirawat di RS Bhayangkara Makassar dan RSUP Wahidin Sudirohusodo.",
                &[
                    (Organization, "RS Bhayangkara Makassar"),
                    (Organization, "RSUP Wahidin Sudirohusodo"),
                ],
                &["RS Bhayangkara Makassar dan RSUP Wahidin Sudirohusodo"],
            ),
            (
                "Warga mengungsi ke Masjid Agung Al Karomah dan Gedung Serbaguna Martapura.",
                &[(Place, "Masjid Agung Al Karomah")],
                &["Masjid Agung Al Karomah dan Gedung Serbaguna"],
            ),
            // "dan" inside one body's name stays.
            (
                "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi ditahan jaksa.",
                &[],
                &["Dinas Pekerjaan Umum", "Penataan Ruang Kota Bekasi"],
            ),
            // Landform heads open a place's name.
            (
                "Menurut dia, debit Sungai Martapura terus naik karena kiriman air dari hulu.",
                &[(Place, "Sungai Martapura")],
                &["Martapura"],
            ),
            (
                "Banjir terjadi setelah Sungai Citarum meluap pada Minggu malam.",
                &[(Place, "Sungai Citarum")],
                &["Citarum"],
            ),
            // A derived noun opening the sentence is no name.
            (
                "\"Kerugian negara dalam perkara ini ditaksir mencapai Rp 310 miliar,\" kata Harli.",
                &[(Person, "Harli")],
                &["Kerugian"],
            ),
            (
                "Pembangunan jembatan itu ditargetkan selesai akhir tahun.",
                &[],
                &["Pembangunan"],
            ),
            (
                "Pekalongan kembali dilanda banjir rob sejak Senin pagi.",
                &[(Place, "Pekalongan")],
                &[],
            ),
            // A model code makes a product.
            (
                "Harga Huawei Nova 2i di Indonesia belum diumumkan.",
                &[],
                &["Nova"],
            ),
        ];
        check_rows(rows);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            " - ",
            "Bandara",
            "Bandara .",
            "Jl.",
            "Air",
            "X Air",
            "Marsekal Madya",
            "Pusat Data, Informasi dan",
            "Ahmad-",
            "-Yasin",
            "Bandara Sultan 🚀 Hasanuddin",
            "Rumah Sakit",
            "( Persero )",
            "A - B - C - D",
        ] {
            let _ = names(t);
        }
    }
}
