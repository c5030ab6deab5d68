//! "Long Name (ACR)" written as one mention — the convention of both
//! Indonesian NER sets, which the names stage follows — names the same
//! entity as "Long Name" and "ACR" elsewhere in the corpus: "Badan Survei
//! Geologi Amerika Serikat (USGS)" beside "USGS". Only a bracket that holds
//! an acronym counts; "PT Pertamina (Persero)" is a company form, not an
//! alias, and "Jawa Barat (ANTARA)" is a dateline naming its outlet.

use super::forms::Form;
use super::fxhash::FxHashMap;
use super::key::key;

/// The long name and the acronym of "Long Name (ACR)".
pub fn split(surface: &str) -> Option<(&str, &str)> {
    let s = surface.strip_suffix(')')?;
    let open = s.rfind(" (")?;
    let (long, acr) = (s[..open].trim_end(), &s[open + 2..]);
    let capitals = acr.chars().filter(|c| c.is_uppercase()).count();
    let ok = long.contains(' ')
        && (2..=12).contains(&acr.chars().count())
        && capitals >= 2
        && acr.chars().next().is_some_and(char::is_uppercase)
        && acr
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && crate::header::outlet(acr).is_none();
    ok.then_some((long, acr))
}

/// Pairs of forms to merge: each bracketed form with the form of its long
/// name and the form of its acronym, when the corpus has them.
pub fn find(forms: &[Form<'_>]) -> Vec<(usize, usize)> {
    let parts: Vec<(usize, &str, &str)> = forms
        .iter()
        .enumerate()
        .filter_map(|(i, f)| split(f.surface).map(|(l, a)| (i, l, a)))
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, f) in forms.iter().enumerate() {
        by_key.entry(f.key.as_str()).or_insert(i);
    }
    let mut out = Vec::new();
    for (i, long, acr) in parts {
        for part in [long, acr] {
            if let Some(&j) = by_key.get(key(part).as_str())
                && j != i
            {
                out.push((i, j));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_that_hold_an_acronym() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            (
                "Badan Survei Geologi Amerika Serikat (USGS)",
                Some(("Badan Survei Geologi Amerika Serikat", "USGS")),
            ),
            (
                "Pusat Pelaporan dan Analisis Transaksi Keuangan (PPATK)",
                Some(("Pusat Pelaporan dan Analisis Transaksi Keuangan", "PPATK")),
            ),
            (
                "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR)",
                Some(("Dinas Pekerjaan Umum dan Penataan Ruang", "PUPR")),
            ),
            (
                "Badan Penanggulangan Bencana Daerah (BPBD)",
                Some(("Badan Penanggulangan Bencana Daerah", "BPBD")),
            ),
            (
                "Kementerian Badan Usaha Milik Negara (BUMN)",
                Some(("Kementerian Badan Usaha Milik Negara", "BUMN")),
            ),
            // A company form, a year, a one-word name, no bracket, an outlet.
            ("Jawa Barat (ANTARA)", None),
            ("Kota Bandung (Antara)", None),
            ("PT Pertamina (Persero)", None),
            ("Piala Dunia (2026)", None),
            ("Kemenkes (RI)", None),
            ("Komisi Pemberantasan Korupsi", None),
            ("(KPK)", None),
            ("Bank Indonesia (BI", None),
        ];
        for (surface, want) in rows {
            assert_eq!(split(surface), *want, "{surface}");
        }
    }
}
