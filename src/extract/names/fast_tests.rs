//! The fast paths of the view and the tagger (the candidate list, shapes
//! from byte classes, passes that visit candidates and their neighbours
//! only) against the plain per-token definitions they replace, on the
//! fixture articles and on generated sentences of real Indonesian words
//! with random capitalization and punctuation.

use super::cues::class;
use super::features::{TokenFacts, fact, facts};
use super::tagger::{self, label_kind};
use super::view::{Shape, View, shape_of};
use super::*;
use crate::token::segment;
use proptest::prelude::*;

/// Candidates as the scan defines them: capitalized words.
fn capitalized(v: &View, i: usize) -> bool {
    v.toks[i].kind == crate::model::TokenKind::Word
        && match v.shape[i] {
            Shape::Cap | Shape::Upper => true,
            Shape::Mixed => v.word(i).chars().next().is_some_and(char::is_uppercase),
            _ => false,
        }
}

/// The connector pass over every token, as it was before the candidate list.
fn joined(v: &View, mut cand: Vec<bool>) -> Vec<bool> {
    let n = v.len();
    for i in 1..n.saturating_sub(1) {
        if cand[i] || !cand[i - 1] {
            continue;
        }
        let adjacent = v.toks[i - 1].end == v.toks[i].start;
        let next_cap = cand[i + 1] || (i + 2 < n && cand[i + 2] && v.has(i + 1, class::CONNECTOR));
        cand[i] = match v.shape[i] {
            Shape::Digit => true,
            Shape::Punct => {
                let w = v.lower(i);
                (w == "." && adjacent && v.word(i - 1).chars().count() <= 3 && next_cap)
                    || (matches!(w, "-" | "&" | "'") && next_cap)
            }
            _ => v.has(i, class::CONNECTOR) && next_cap,
        };
    }
    if n > 1 && !cand[n - 1] && v.shape[n - 1] == Shape::Digit {
        cand[n - 1] = cand[n - 2];
    }
    cand
}

fn same_facts(a: &TokenFacts, b: &TokenFacts) -> bool {
    (a.word, a.suf3, a.shape, a.cue, a.lex, a.len) == (b.word, b.suf3, b.shape, b.cue, b.lex, b.len)
}

/// Every check on one sentence; returns the number of candidates seen.
fn check(text: &str, toks: &[crate::model::Token], lex: &Lexicon) -> usize {
    let mut v = View::default();
    v.fill(text, toks, lex);
    let n = v.len();
    for i in 0..n {
        assert_eq!(
            v.shape[i],
            shape_of(&v.toks[i], v.word(i)),
            "{:?}",
            v.word(i)
        );
    }
    // Lowercase forms exactly around the scan's candidates.
    let first: Vec<bool> = (0..n).map(|i| capitalized(&v, i)).collect();
    for i in 0..n {
        let near = (i.saturating_sub(2)..(i + 5).min(n)).any(|c| first[c]);
        assert_eq!(!v.lower(i).is_empty(), near, "{:?} in {text:?}", v.word(i));
        if near && v.word(i).is_ascii() {
            assert_eq!(v.lower(i), v.word(i).to_ascii_lowercase());
        }
        if !near {
            assert_eq!((v.class[i], v.hash[i]), (0, 0));
        }
    }
    let bits = v.class.iter().fold(0, |a, &c| a | c);
    assert_eq!(v.bits, bits);
    // Connectors, and the list of the final candidates.
    assert_eq!(v.cand, joined(&v, first), "{text:?}");
    let list: Vec<u32> = (0..n as u32).filter(|&i| v.cand[i as usize]).collect();
    assert_eq!(v.cands, list);
    // Tagger facts: every candidate and its neighbours (the others are
    // never read), also over the stale entries of a longer sentence.
    let mut fx = vec![
        TokenFacts {
            word: 7,
            suf3: 7,
            shape: b'x',
            cue: b'x',
            lex: b'x',
            len: 7,
            wf: [7; 6],
            cand: true,
            known: true,
        };
        n + 3
    ];
    facts(&v, &mut fx);
    // Token `i` at `fx[i + 1]`, the sentence's ends beside it.
    assert_eq!(fx.len(), n + 2);
    assert!(same_facts(&fx[0], &fx[n + 1]));
    assert_eq!(fx[0].word, 0x5eed);
    for (i, got) in fx[1..=n].iter().enumerate() {
        let mut want = TokenFacts::default();
        let near = v.cand[i] || (i > 0 && v.cand[i - 1]) || (i + 1 < n && v.cand[i + 1]);
        if near {
            fact(&v, i, &mut want);
            assert!(same_facts(got, &want), "{:?}", v.word(i));
        }
    }
    // Labels: the greedy pass over every token, and decoding.
    if let Some(m) = tagger::builtin() {
        // Without the word cache, and with it filled by `prepare` or in
        // the walk of the facts: the same facts and labels.
        let mut labels = Vec::new();
        m.tag(&v, &mut fx, &mut labels);
        let mut walked = Vec::new();
        let mut one = Vec::new();
        m.prepare_facts(&mut v, &mut walked);
        assert_eq!(walked.len(), n + 2);
        assert!(same_facts(&walked[0], &fx[0]) && same_facts(&walked[n + 1], &fx[n + 1]));
        for i in 0..n {
            let near = v.cand[i] || (i > 0 && v.cand[i - 1]) || (i + 1 < n && v.cand[i + 1]);
            if near {
                assert!(same_facts(&walked[i + 1], &fx[i + 1]), "{:?}", v.word(i));
            }
        }
        m.tag_prepared(&v, &mut walked, &mut one);
        assert_eq!(one, labels, "{text:?}");
        m.prepare(&mut v);
        m.tag(&v, &mut fx, &mut labels);
        assert_eq!(one, labels, "{text:?}");
        let mut slow = Vec::new();
        let (mut p1, mut p1b) = (0, b'^');
        for i in 0..n {
            let l = if v.cand[i] {
                tagger::best(&m.scores_pub(&v, &fx, i, p1b), p1)
            } else {
                0
            };
            slow.push(l);
            (p1, p1b) = (l, tagger::tag_byte(l));
        }
        assert_eq!(labels, slow, "{text:?}");
        same_spans(&v, &labels);
    }
    let mut labels = Vec::new();
    rules::label(&v, &mut labels);
    same_spans(&v, &labels);
    v.cands.len()
}

fn same_spans(v: &View, labels: &[usize]) {
    for (i, &l) in labels.iter().enumerate() {
        if label_kind(l).is_some_and(|(_, begins)| begins) {
            assert!(v.cand[i], "a name opens off the candidates at {i}");
        }
    }
    let (mut a, mut b) = (Vec::new(), Vec::new());
    rules::decode(labels, &mut a);
    rules::decode_cands(labels, &v.cands, &mut b);
    assert_eq!(a, b);
}

fn check_text(text: &str, lex: &Lexicon) -> usize {
    let seg = segment(text);
    seg.sentences
        .iter()
        .map(|s| check(text, &seg.tokens[s.tokens.clone()], lex))
        .sum()
}

#[test]
fn fast_paths_equal_plain_ones_on_the_fixtures() {
    let lex = Lexicon::builtin();
    let mut cands = 0;
    for text in crate::extract::fixture_texts() {
        cands += check_text(&text, &lex);
    }
    assert!(cands > 1000, "{cands}");
}

#[test]
fn fast_paths_equal_plain_ones_on_odd_sentences() {
    let lex = Lexicon::builtin();
    for text in [
        "",
        "A",
        "Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin tiba di Jakarta-Bandung.",
        "KPK, BNPB & PT. X-Ray 2024 dan H. M. Prasetyo; iPhone eKTP ÉLYSÉE Ørsted 3G.",
        "Bosnia dan Herzegovina - Rusia-Korea Utara 7 : Ludwig van Beethoven von Bülow 12",
        "\"Kami siap,\" kata Budi di RS Bhayangkara Makassar (ANTARA) - Senin (3/2) IV",
        "Gempa Magnitudo 6,2 Guncang Majene, Warga Mengungsi ke Bukit",
    ] {
        check_text(text, &lex);
    }
}

static LEX: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(Lexicon::builtin);

/// Real words, capitalized at random, with punctuation between them.
const WORDS: &[&str] = &[
    "presiden",
    "joko",
    "widodo",
    "di",
    "jakarta",
    "dan",
    "menteri",
    "luar",
    "negeri",
    "kata",
    "bin",
    "van",
    "utara",
    "kabupaten",
    "polda",
    "metro",
    "jaya",
    "kpk",
    "bnpb",
    "pt",
    "rumah",
    "sakit",
    "senin",
    "januari",
    "banjir",
    "warga",
    "mengungsi",
    "ke",
    "untuk",
    "the",
    "of",
    "rusia-korea",
    "anak-anak",
    "teman-teman",
    "iphone",
    "g20",
    "2024",
    "é",
    "élysée",
    "ma'ruf",
    "h",
    "m",
    "dr",
    "irjen",
    "fadil",
    "imran",
    "bandara",
    "sultan",
    "hasanuddin",
    "universitas",
    "indonesia",
    "partai",
    "golkar",
    "sri",
    "mulyani",
    "bank",
    "dunia",
    "gubernur",
    "jawa",
    "timur",
];
const SEPS: &[&str] = &[
    " ", " ", " ", " ", ", ", ". ", " - ", "-", " (", ") ", "\"", ": ", " & ", " 3 ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn fast_paths_equal_plain_ones_on_generated_sentences(
        parts in prop::collection::vec((0..WORDS.len(), 0..4u8, 0..SEPS.len()), 1..40)
    ) {
        let mut text = String::new();
        for (w, case, sep) in parts {
            let w = WORDS[w];
            match case {
                0 => {
                    let mut c = w.chars();
                    if let Some(f) = c.next() {
                        text.extend(f.to_uppercase());
                        text.push_str(c.as_str());
                    }
                }
                1 => text.push_str(&w.to_uppercase()),
                _ => text.push_str(w),
            }
            text.push_str(SEPS[sep]);
        }
        check_text(&text, &LEX);
    }
}

/// How many tokens the view fills, and how many of them only the rules'
/// far look-back (three and four tokens before a capitalized word) needs,
/// on IndoSum dev: the figures behind the window's cost (`lower_forms`).
/// `cargo test --release --lib -- --ignored --nocapture window_census`
#[test]
#[ignore]
fn window_census() {
    let dir = std::path::Path::new("../shared/data/news/indosum-dev");
    let Ok(rd) = std::fs::read_dir(dir) else {
        println!("data absent, skipping");
        return;
    };
    let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    let lex = Lexicon::builtin();
    let mut parts = super::view::Parts::default();
    let (mut sentences, mut tokens, mut window, mut far, mut far_class, mut bits_differ) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let (mut cands, mut first_cands, mut lower_text) = (0usize, 0usize, 0usize);
    for p in paths {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        let seg = segment(&text);
        let mut v = View::from_parts(std::mem::take(&mut parts));
        for s in &seg.sentences {
            let toks = &seg.tokens[s.tokens.clone()];
            if !may_name(&text, toks) {
                continue;
            }
            v.fill(&text, toks, &lex);
            sentences += 1;
            let n = v.len();
            tokens += n;
            cands += v.cands.len();
            let first: Vec<bool> = (0..n).map(|i| capitalized(&v, i)).collect();
            first_cands += first.iter().filter(|&&b| b).count();
            let mut near_bits = 0;
            for i in 0..n {
                let filled = (i..(i + 5).min(n)).any(|c| first[c])
                    || (i.saturating_sub(2)..i).any(|c| first[c]);
                if !filled {
                    continue;
                }
                window += 1;
                if v.word_id[i] == super::words::NONE {
                    lower_text += 1;
                }
                let near = (i.saturating_sub(2)..(i + 3).min(n)).any(|c| first[c]);
                if near {
                    near_bits |= v.class[i];
                } else {
                    far += 1;
                    far_class += usize::from(v.class[i] != 0);
                }
            }
            bits_differ += usize::from(near_bits != v.bits);
        }
        parts = v.into_parts();
    }
    println!(
        "sentences {sentences} tokens {tokens} window {window} (lowercase in text {lower_text}) \
         far-only {far} (with list flags {far_class}); sentences whose flags need the far tokens \
         {bits_differ}; candidates {cands} (capitalized {first_cands})"
    );
}
