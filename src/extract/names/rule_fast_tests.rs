//! The fast paths of the rule passes and of the article agreement (passes
//! that walk the candidate list, passes skipped in sentences without their
//! list words, in-place splitting, grouping by sorting) against the plain
//! definitions they replace. The comparison itself runs inside `extract`
//! in test builds (`pass!`, `pass_if!` in `rules`, the oracles in `article`
//! and `role`): these tests feed it the fixture articles and generated
//! sentences of real Indonesian news words.

use super::*;
use crate::token::segment;
use proptest::prelude::*;

fn run(text: &str) -> Vec<Entity> {
    let seg = segment(text);
    let doc = Doc {
        text,
        paragraphs: &seg.paragraphs,
        sentences: &seg.sentences,
        tokens: &seg.tokens,
    };
    extract(&doc, &[], &LEX)
}

static LEX: std::sync::LazyLock<Lexicon> = std::sync::LazyLock::new(Lexicon::builtin);

#[test]
fn rule_fast_paths_equal_plain_ones_on_the_fixtures() {
    let mut names = 0;
    for text in crate::extract::fixture_texts() {
        names += run(&text).len();
    }
    assert!(names > 500, "{names}");
}

#[test]
fn rule_fast_paths_equal_plain_ones_on_news_sentences() {
    for text in [
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi ditahan jaksa.",
        "Ketua Majelis Hakim Lingga Setiawan membacakan vonis di Pengadilan Tipikor Bandung.",
        "Pesawat Nusantara Air dengan 54 penumpang hilang kontak di kota pesisir Mariupol.",
        "Jakarta, CNBC Indonesia - Harga BBM jenis Pertalite naik mulai hari ini.",
        "Hitung cepat menunjukkan pasangan Ahmad Luthfi-Taj Yasin unggul. Luthfi-Yasin menang.",
        "Jae Myung tiba. Presiden Lee Jae Myung kemudian berpidato di Seoul.",
        "Rusia menyerang. Rusia mengumumkan sanksi. Warga Rusia mengungsi ke Rusia.",
        "AKP M Faruq mengatakan sistem pertahanan udara Arrow menembak rudal Tomahawk.",
        "Kapolres Bogor AKBP Rio Wahyu Anggoro, Senin (3/2), mengatakan Bupati Bogor hadir.",
        "Gubernur negara bagian Victoria mengumumkan status darurat kebakaran hutan.",
        "Analis Price Futures Group Phil Flynn mengatakan harga minyak di Singapore Stock Exchange naik.",
        "Inflasi Juli 2025 tercatat 2,4 persen, kata Kepala BPS Amalia Adininggar Widyasanti pada 1 Agustus.",
    ] {
        run(text);
    }
}

/// Words of the lists the passes look for, and ordinary ones.
const WORDS: &[&str] = &[
    "kepala",
    "dinas",
    "pekerjaan",
    "umum",
    "dan",
    "penataan",
    "ruang",
    "kota",
    "pesisir",
    "bekasi",
    "ketua",
    "majelis",
    "hakim",
    "pengadilan",
    "tipikor",
    "bandara",
    "sultan",
    "hasanuddin",
    "rumah",
    "sakit",
    "air",
    "airlines",
    "nusantara",
    "pertalite",
    "pilkada",
    "persero",
    "tbk",
    "pt",
    "kata",
    "mengatakan",
    "presiden",
    "menteri",
    "luar",
    "negeri",
    "marsekal",
    "madya",
    "kusworo",
    "akbp",
    "rio",
    "bogor",
    "sistem",
    "rudal",
    "arrow",
    "pasangan",
    "ahmad",
    "luthfi-taj",
    "yasin",
    "jakarta",
    "rusia",
    "senin",
    "januari",
    "kabupaten",
    "banjar",
    "bpbd",
    "kpk",
    "bnpb",
    "di",
    "ke",
    "warga",
    "ini",
    "selatan",
    "kementerian",
    "pupr",
    "universitas",
    "indonesia",
    "2024",
    "8",
    "2i",
    "kerugian",
];
const SEPS: &[&str] = &[
    " ", " ", " ", " ", " ", ", ", ". ", " - ", " (", ") ", "\"", ": ", " 3 ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn rule_fast_paths_equal_plain_ones_on_generated_sentences(
        parts in prop::collection::vec((0..WORDS.len(), 0..3u8, 0..SEPS.len()), 1..40)
    ) {
        let mut text = String::new();
        for (w, case, sep) in parts {
            let w = WORDS[w];
            match case {
                0 => text.push_str(w),
                1 => text.push_str(&w.to_uppercase()),
                _ => {
                    let mut c = w.chars();
                    text.extend(c.next().map(|f| f.to_ascii_uppercase()));
                    text.push_str(c.as_str());
                }
            }
            text.push_str(SEPS[sep]);
        }
        run(&text);
    }
}
