//! The parser visits only the tokens the scanner notes as possible starts
//! (`scan::scan_into`); visiting every token must give the same matches. Checked
//! on real news text (the fixtures and the sentences of the table tests) and
//! on random sequences of date words, numbers and punctuation.

use super::parse::{parse, parse_every};
use super::scan::scan;

fn same(text: &str) -> Result<(), String> {
    let (toks, starts) = scan(text);
    let fast = parse(text, &toks, &starts);
    let every = parse_every(text, &toks);
    if fast == every {
        Ok(())
    } else {
        Err(format!("{text:?}\n fast  {fast:?}\n every {every:?}"))
    }
}

#[test]
fn visiting_starts_only_equals_visiting_every_token() {
    let mut all = vec![
        include_str!("tests.rs").to_string(),
        include_str!("tests_heldout.rs").to_string(),
    ];
    all.extend(crate::extract::fixture_texts());
    assert!(all.len() > 10, "fixtures not found");
    let failures: Vec<String> = all.iter().filter_map(|t| same(t).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const WORDS: &[&str] = &[
    "Minggu",
    "minggu",
    "Senin",
    "Jumat",
    "Jum'at",
    "Ahad",
    "Legi",
    "hari",
    "ini",
    "lalu",
    "depan",
    "mendatang",
    "silam",
    "tahun",
    "bulan",
    "pekan",
    "Juli",
    "Agt",
    "Mei",
    "Desember",
    "tanggal",
    "pukul",
    "jam",
    "WIB",
    "malam",
    "pagi",
    "sore",
    "nanti",
    "tadi",
    "kemarin",
    "besok",
    "setiap",
    "tiap",
    "awal",
    "akhir",
    "pertengahan",
    "dua",
    "tiga",
    "puluh",
    "belas",
    "beberapa",
    "ketiga",
    "sejak",
    "pada",
    "akan",
    "hingga",
    "sampai",
    "lahir",
    "berusia",
    "orang",
    "Idul",
    "Fitri",
    "Natal",
    "Lebaran",
    "H",
    "abad",
    "ke",
    "kali",
    "sekali",
    "sama",
    "dekade",
    "sebulan",
    "semalam",
    "kuartal",
    "semester",
    "Hijriah",
    "Saka",
    "Imlek",
    "lintas",
    "yang",
    "dan",
    "Presiden",
    "Jakarta",
    "2025",
    "13",
    "7",
    "13/7/2025",
    "12/7",
    "07.24",
    "10:15",
    "1945",
    "1438",
    "27",
    "3",
    "2,5",
    "(",
    ")",
    ",",
    ".",
    "-",
    "+",
    "/",
    "'",
    "\n",
    "?",
    "20",
    "90-an",
    "x",
];

proptest::proptest! {
    #[test]
    fn random_word_sequences(picks in proptest::collection::vec((0..WORDS.len(), 0..3u8), 0..40)) {
        let mut text = String::new();
        for (w, sep) in picks {
            text.push_str(WORDS[w]);
            if sep > 0 {
                text.push(' ');
            }
        }
        proptest::prop_assert!(same(&text).is_ok(), "{}", same(&text).unwrap_err());
    }
}
