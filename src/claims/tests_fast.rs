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

/// The articles of every story fixture and, when the shared data is there,
/// the first IndoSum dev files, analyzed as the tool does.
fn real_articles() -> Vec<crate::model::Article> {
    use crate::analyze::{Knowledge, Settings, analyze};
    use crate::corpus::Source;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    let stories = root.join("fixtures/stories");
    for dir in std::fs::read_dir(&stories).into_iter().flatten().flatten() {
        paths.extend(
            std::fs::read_dir(dir.path())
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path()),
        );
    }
    let mut indosum: Vec<_> = std::fs::read_dir(root.join("../shared/data/news/indosum-dev"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    indosum.sort();
    paths.extend(indosum.into_iter().take(400));
    paths.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    let sources: Vec<Source> = paths
        .iter()
        .filter_map(|p| {
            Some(Source {
                text: std::fs::read_to_string(p).ok()?,
                path: p.display().to_string(),
                encoding: "UTF-8",
            })
        })
        .collect();
    let settings = Settings {
        knowledge: Knowledge::builtin(),
        reference_date: None,
    };
    analyze(sources, Vec::new(), &settings).articles
}

/// The claim stage's shortcuts (a date in a sentence with no event hit
/// rejected at once, with the cues and quotations of sentences left with no
/// mention; the forecast rule only in a sentence holding an estimate verb;
/// breakdown labels only with two figures in a row ending in one counter)
/// give the claims of the full reading, on real news.
#[test]
fn shortcuts_give_the_full_reading() {
    let articles = real_articles();
    assert!(articles.len() >= 80, "{}", articles.len());
    let mut claims = 0;
    for a in &articles {
        let fast = super::extract(a);
        super::locate::SLOW.with(|s| s.set(true));
        let slow = super::extract(a);
        super::locate::SLOW.with(|s| s.set(false));
        assert_eq!(fast, slow, "{}", a.path);
        claims += fast.len();
    }
    assert!(claims > 300, "{claims}");
}
