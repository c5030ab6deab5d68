//! "Long Name (ACR)" written as one mention — the convention of both
//! Indonesian NER sets, which the names stage follows — names the same
//! entity as "Long Name" and "ACR" elsewhere in the corpus: "Badan Survei
//! Geologi Amerika Serikat (USGS)" beside "USGS". Only a bracket that holds
//! an acronym counts; "PT Pertamina (Persero)" is a company form, not an
//! alias, and "Jawa Barat (ANTARA)" is a dateline naming its outlet.

use super::forms::{Firsts, Form, first_of};
use super::key::key;
use std::borrow::Cow;

/// The parts of "Long Name (ACR)", or of "Long Name (ACR) Region" with the
/// acronym inside ("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten
/// Banjar").
#[derive(Debug, PartialEq, Eq)]
pub struct Parts<'a> {
    /// The name without the bracket ("Badan … Daerah Kabupaten Banjar").
    pub long: Cow<'a, str>,
    /// The acronym ("BPBD").
    pub acronym: &'a str,
    /// The acronym with what follows the bracket ("BPBD Kabupaten Banjar").
    pub short: Option<String>,
}

/// The parts of a bracketed name, when the bracket holds an acronym.
pub fn split(surface: &str) -> Option<Parts<'_>> {
    // Most names have no bracket: one vectorized scan says so at once
    // (this runs for every form, and again for every set's fullest name).
    let close = memchr::memrchr(b')', surface.as_bytes())?;
    let open = surface[..close].rfind(" (")?;
    let (head, acr) = (surface[..open].trim_end(), &surface[open + 2..close]);
    let rest = &surface[close + 1..];
    // After the bracket only capitalized words may follow ("Kabupaten Banjar").
    let tail = rest.trim_start();
    let tail_ok = rest.is_empty()
        || (rest.starts_with(' ')
            && tail
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase)));
    let capitals = acr.chars().filter(|c| c.is_uppercase()).count();
    let ok = head.contains(' ')
        && tail_ok
        && (2..=14).contains(&acr.chars().count())
        && (capitals >= 2 || cut_from(head, acr))
        && acr.chars().next().is_some_and(char::is_uppercase)
        && acr
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && crate::header::outlet(acr).is_none();
    if !ok {
        return None;
    }
    Some(if tail.is_empty() {
        Parts {
            long: Cow::Borrowed(head),
            acronym: acr,
            short: None,
        }
    } else {
        Parts {
            long: Cow::Owned(format!("{head} {tail}")),
            acronym: acr,
            short: Some(format!("{acr} {tail}")),
        }
    })
}

/// "Kepolisian Daerah (Polda)", "Pemerintah Kota (Pemkot)": a short form
/// written with one capital is the name's when its letters are the name's,
/// in order, the first inside the name's first word ("PT Pertamina
/// (Persero)" is a company form).
fn cut_from(head: &str, acr: &str) -> bool {
    let (h, a) = (head.to_lowercase(), acr.to_lowercase());
    let first = h.split(' ').next().unwrap_or("");
    a.chars().count() >= 4
        && a != "persero"
        && a.chars().next().is_some_and(|c| first.contains(c))
        && {
            let mut letters = h.chars();
            a.chars().all(|c| letters.any(|l| l == c))
        }
}

/// Pairs of forms to merge: each bracketed form with the form of its long
/// name and the form of its acronym, when the corpus has them.
pub fn find(forms: &[Form<'_>], firsts: &Firsts<'_>) -> Vec<(usize, usize)> {
    let parts: Vec<(usize, Parts)> = forms
        .iter()
        .enumerate()
        .filter_map(|(i, f)| split(f.surface).map(|p| (i, p)))
        .collect();
    if parts.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, p) in parts {
        // With a region after the bracket, the bare acronym ("BPBD") names
        // every region's office: only the acronym with the region joins.
        let acronym = p.short.is_none().then_some(p.acronym);
        for part in [Some(p.long.as_ref()), acronym, p.short.as_deref()]
            .into_iter()
            .flatten()
        {
            if let Some(j) = first_of(firsts, key(part).as_str())
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
                "Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar",
                Some((
                    "Badan Penanggulangan Bencana Daerah Kabupaten Banjar",
                    "BPBD",
                )),
            ),
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
            // A short form cut from inside the words, with its place after it.
            (
                "Kepolisian Daerah (Polda) Aceh",
                Some(("Kepolisian Daerah Aceh", "Polda")),
            ),
            (
                "Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Jawa Tengah",
                Some((
                    "Dinas Tenaga Kerja dan Transmigrasi Jawa Tengah",
                    "Disnakertrans",
                )),
            ),
            (
                "Pemerintah Kota (Pemkot) Palembang",
                Some(("Pemerintah Kota Palembang", "Pemkot")),
            ),
            // A name in brackets is no short form.
            ("Kota Batu (Malang)", None),
            ("Pusat Studi Kebijakan (Anton)", None),
            // A company form, a year, a one-word name, no bracket, an outlet.
            ("Jawa Barat (ANTARA)", None),
            ("Kota Bandung (Antara)", None),
            ("PT Pertamina (Persero)", None),
            ("Piala Dunia (2026)", None),
            ("Kemenkes (RI)", None),
            ("Komisi Pemberantasan Korupsi", None),
            ("(KPK)", None),
            ("Bank Indonesia (BI", None),
            ("Badan Pusat Statistik (BPS) mencatat", None),
        ];
        for (surface, want) in rows {
            let got = split(surface).map(|p| (p.long.into_owned(), p.acronym));
            let want = want.map(|(l, a)| (l.to_string(), a));
            assert_eq!(got, want, "{surface}");
        }
        let p = split("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Banjar").unwrap();
        assert_eq!(p.short.as_deref(), Some("BPBD Kabupaten Banjar"));
        let p = split("Kepolisian Daerah (Polda) Aceh").unwrap();
        assert_eq!(p.short.as_deref(), Some("Polda Aceh"));
    }
}
