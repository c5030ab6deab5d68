//! The allocation-free paths of the claim module against the code they
//! replace, kept here as the oracles.

use super::testing::fig;
use super::{collective, measure_of};
use crate::extract::figure::Figure;

/// `measure_of` as first written: the unit lowercased into a new string.
fn measure_slow(f: &Figure) -> String {
    if let Some(c) = &f.currency {
        return format!("money:{c}");
    }
    if let Some(q) = &f.frequency {
        return format!("frequency:{q}");
    }
    match f.unit.as_deref().map(str::to_lowercase) {
        Some(u) if matches!(u.as_str(), "%" | "persen" | "percent" | "pct") => "percent".into(),
        Some(u) => format!("unit:{u}"),
        None => "count".into(),
    }
}

/// `collective` as first written: the first word lowercased into a new string.
fn collective_slow(f: &Figure) -> bool {
    if f.value == Some(1.0)
        && !f.text.bytes().any(|b| b.is_ascii_digit())
        && f.currency.is_none()
        && f.unit.is_none()
    {
        return true;
    }
    let first = f
        .text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    first.len() > 4
        && first.starts_with("ke")
        && !first.contains('-')
        && !f.text.bytes().any(|b| b.is_ascii_digit())
}

const UNITS: [&str; 14] = [
    "%",
    "Persen",
    "PERSEN",
    "percent",
    "Pct",
    "km",
    "Kilometer",
    "ton",
    "KM²",
    "°C",
    "Ékm",
    "İ",
    "ΣΑΣ",
    "",
];

const TEXTS: [&str; 14] = [
    "kedua negara",
    "Ketiga tersangka",
    "KEEMPAT orang",
    "ke-3",
    "keduanya",
    "kedua",
    "Ke 12",
    "lima orang",
    "satu hal",
    "Kéempat",
    "KÉDUA warga",
    "",
    "ke",
    "İkedua",
];

#[test]
fn measures_are_the_lowercased_units() {
    for u in UNITS {
        let mut f = fig(3.0);
        f.unit = Some(u.to_string());
        assert_eq!(measure_of(&f), measure_slow(&f), "{u:?}");
    }
    let mut f = fig(3.0);
    assert_eq!(measure_of(&f), "count");
    f.currency = Some("IDR".into());
    assert_eq!(measure_of(&f), measure_slow(&f));
}

#[test]
fn collectives_read_as_when_lowercased() {
    for t in TEXTS {
        for value in [1.0, 2.0] {
            let mut f = fig(value);
            f.text = t.to_string();
            assert_eq!(collective(&f), collective_slow(&f), "{t:?} {value}");
        }
    }
}
