//! The dateline that opens an Indonesian news body: who wrote it and where.
//!
//! Forms read (the separator is `-`, `--`, `–` or `—`, with or without a space
//! before it and with one after; a `:` only when an outlet is named):
//!
//! | form               | example                                             |
//! |--------------------|-----------------------------------------------------|
//! | OUTLET -           | `KOMPAS.com -`, `5Blogger –`, `detikNews -`          |
//! | PLACE, OUTLET -    | `Jakarta, CNN Indonesia --`, `Pyongyang, Suarathailand-` |
//! | OUTLET, PLACE -    | `TEMPO.CO, Jakarta -`, `Liputan6.com, Jakarta:`      |
//! | PLACE (OUTLET) -   | `JAKARTA (Antara) -`, `Jakarta (ANTARA News) -`      |
//! | PLACE -            | `Jakarta -` (detik style), `KOREA SELATAN –`         |
//! | PLACE, DAY (DATE) -| `JAKARTA, Senin (13/7) -` (the date is left to `extract::date`) |
//!
//! An outlet is a known spelling (`src/data/outlets.txt`), a token that looks
//! like one (`.com`/`.co.id`, letters with digits, `detikNews` casing), or the
//! second of two names ("Pyongyang, Suarathailand"). It reads only the first
//! 100 bytes of a paragraph and does not look for dates.

use super::outlets;

/// A dateline found at the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The place, title-cased when written in capitals ("JAKARTA" → "Jakarta").
    pub place: Option<String>,
    /// The canonical outlet name when known, else as written.
    pub outlet: Option<String>,
    /// Byte offsets in the paragraph of the dateline, separator included.
    pub start: usize,
    pub end: usize,
}

/// How far into a paragraph a dateline separator may be.
const HEAD_MAX: usize = 100;

/// Reads the dateline at the start of `par`, if any.
pub fn parse(par: &str) -> Option<Dateline> {
    let mut cut = par.len().min(HEAD_MAX);
    while !par.is_char_boundary(cut) {
        cut -= 1;
    }
    // Every separator holds `-`, `:` or the lead byte of `–`/`—`: most
    // paragraphs have none near their start and skip the separator scan.
    memchr::memchr3(b'-', b':', 0xE2, &par.as_bytes()[..cut])?;
    let found = super::separator::split(&par[..cut])?;
    let (head, sep) = (found.head, found.sep);
    let colon = &par[sep.0..sep.1] == ":";
    let (place, outlet) = read_head(&par[head.0..head.1], colon)?;
    Some(Dateline {
        place: place.map(|p| title_case(p.split(',').next().unwrap_or(p).trim())),
        outlet,
        start: head.0,
        end: sep.1,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part<'a> {
    /// A known outlet, by canonical name.
    Known(&'static str),
    /// A token shaped like an outlet name.
    OutletLike(&'a str),
    /// Capitalised words: a place, or an unknown outlet by position.
    Name(&'a str),
}

/// Place and outlet of a dateline head ("Jakarta, CNN Indonesia").
fn read_head(head: &str, colon: bool) -> Option<(Option<&str>, Option<String>)> {
    let head = head.trim();
    if let Some(open) = head.rfind('(')
        && head.ends_with(')')
    {
        let place = head[..open].trim().trim_end_matches(',').trim_end();
        let inner = &head[open + 1..head.len() - 1];
        let first = place.split(',').next()?.trim();
        if !is_name(first) {
            return None;
        }
        // "JAKARTA, Senin (13/7)": a dated dateline without an outlet.
        let rest = place[first.len()..].trim_start_matches([',', ' ']);
        // "Mamuju, Jumat (15/8/2025) (ANTARA)": a dated dateline naming its
        // outlet in a second bracket (Antara's style).
        if let Some((day, date)) = rest.strip_suffix(')').and_then(|r| r.split_once('('))
            && outlets::stopword(day.trim())
            && is_date(date)
            && !colon
        {
            let outlet = match classify(inner)? {
                Part::Known(o) => o.to_string(),
                Part::OutletLike(o) | Part::Name(o) => o.to_string(),
            };
            return Some((Some(first), Some(outlet)));
        }
        if !rest.is_empty() && (outlets::stopword(rest) || !is_name(rest)) {
            return (is_date(inner) && outlets::stopword(rest) && !colon)
                .then_some((Some(first), None));
        }
        return match classify(inner)? {
            Part::Known(o) => Some((Some(place), Some(o.to_string()))),
            Part::OutletLike(o) | Part::Name(o) => Some((Some(place), Some(o.to_string()))),
        };
    }
    // Every form below has one to three comma-separated parts: a fourth
    // gives no dateline, so the parts fit a fixed array.
    let mut read = [Part::Name(""); 3];
    let mut n = 0;
    for part in head.split(',') {
        if n == read.len() {
            return None;
        }
        read[n] = classify(part.trim())?;
        n += 1;
    }
    let kinds = &read[..n];
    let outlet = |p: Part| match p {
        Part::Known(o) => o.to_string(),
        Part::OutletLike(o) | Part::Name(o) => o.to_string(),
    };
    let is_outlet = |p: &Part| !matches!(p, Part::Name(_));
    // "OPINI -", "Senin, Jakarta -": a rubric or weekday never leads a dateline.
    if let Some(Part::Name(first)) = kinds.first()
        && outlets::stopword(first)
    {
        return None;
    }
    let named = kinds.iter().any(is_outlet);
    if colon && !named {
        return None;
    }
    match kinds {
        [Part::Name(p)] => is_bare_place(p).then_some((Some(*p), None)),
        [o] => Some((None, Some(outlet(*o)))),
        [Part::Name(p), Part::Name(o)] if outlets::stopword(o) => Some((Some(*p), None)),
        [Part::Name(p), o] => Some((Some(*p), Some(outlet(*o)))),
        [o, Part::Name(p)] => Some((Some(*p), Some(outlet(*o)))),
        [Part::Name(p), Part::Name(_), o] if is_outlet(o) => Some((Some(*p), Some(outlet(*o)))),
        _ => None,
    }
}

fn classify(part: &str) -> Option<Part<'_>> {
    if part.is_empty() || part.len() > 40 {
        return None;
    }
    if let Some(o) = outlets::canonical(part) {
        return Some(Part::Known(o));
    }
    if !part.contains(' ') && looks_like_outlet(part) {
        return Some(Part::OutletLike(part));
    }
    // An unknown name ends in a word of three letters or more, so the spaced
    // hyphens of "Co - Founder", "CEO Go - Jek", "Liga U - 22" are not read.
    let last_ok = part
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.chars().count() >= 3);
    (last_ok && is_name(part)).then_some(Part::Name(part))
}

/// `Suara.com`, `REPUBLIKA.CO.ID`, `5Blogger`, `Liputan6`, `detikNews`.
fn looks_like_outlet(token: &str) -> bool {
    let ok_chars = token
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    let has_letter = token.chars().any(char::is_alphabetic);
    let domain = token
        .rsplit_once('.')
        .is_some_and(|(a, b)| !a.is_empty() && b.len() >= 2 && b.chars().all(char::is_alphabetic));
    let mixed_digits = token.chars().any(|c| c.is_ascii_digit());
    let camel = token
        .chars()
        .zip(token.chars().skip(1))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    ok_chars && has_letter && (domain || mixed_digits || camel)
}

/// One to four capitalised words ("Jakarta", "KUALA LUMPUR", "Termas de Rio
/// Hondo"); short lowercase particles are allowed after the first word.
fn is_name(s: &str) -> bool {
    let mut words = 0;
    for (i, w) in s.split_whitespace().enumerate() {
        let letters = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        let first = w.chars().next().is_some_and(char::is_uppercase);
        let particle = i > 0 && w.chars().count() <= 3 && w.chars().all(char::is_lowercase);
        if i == 4 || !(letters && (first || particle)) {
            return false;
        }
        words += 1;
    }
    words > 0
}

/// A place standing alone before the separator ("Jakarta -"): every word
/// capitalised and the first at least three letters, so "GO - JEK" or a
/// sentence start is not read as a dateline.
fn is_bare_place(s: &str) -> bool {
    s.split_whitespace()
        .next()
        .is_some_and(|w| w.chars().count() >= 3)
        && s.split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// "13/7", "13/7/2025": digits and slashes.
fn is_date(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || c == '/')
}

/// "JAKARTA" → "Jakarta", "KUALA LUMPUR" → "Kuala Lumpur"; words already in
/// mixed case, and two-letter capitals ("AS"), are kept.
fn title_case(place: &str) -> String {
    let mut out = String::with_capacity(place.len());
    for (i, w) in place.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !w.chars().any(char::is_lowercase);
        if caps {
            let mut cs = w.chars();
            out.extend(cs.next());
            out.extend(cs.flat_map(char::to_lowercase));
        } else {
            out.push_str(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_table() {
        // (paragraph, place, outlet, dateline text)
        let rows: &[(&str, Option<&str>, Option<&str>, &str)] = &[
            (
                "KOMPAS.com - Banjir kembali merendam Kemang.",
                None,
                Some("Kompas.com"),
                "KOMPAS.com -",
            ),
            (
                "JAKARTA, KOMPAS.com - Presiden Joko Widodo meresmikan tol.",
                Some("Jakarta"),
                Some("Kompas.com"),
                "JAKARTA, KOMPAS.com -",
            ),
            (
                "Jakarta, CNN Indonesia -- Serial televisi Game of Thrones selalu menarik.",
                Some("Jakarta"),
                Some("CNN Indonesia"),
                "Jakarta, CNN Indonesia --",
            ),
            (
                "Bandung, CNN Indonesia -- Hujan deras mengguyur Bandung.",
                Some("Bandung"),
                Some("CNN Indonesia"),
                "Bandung, CNN Indonesia --",
            ),
            (
                "Seoul, Suarathailand- Menteri Luar Negeri Rusia tiba.",
                Some("Seoul"),
                Some("Suarathailand"),
                "Seoul, Suarathailand-",
            ),
            (
                "5Blogger – Presiden Korea Utara kembali menegaskan dukungan.",
                None,
                Some("5Blogger"),
                "5Blogger –",
            ),
            (
                "JAKARTA (Antara) - Harga emas turun.",
                Some("Jakarta"),
                Some("Antara"),
                "JAKARTA (Antara) -",
            ),
            (
                "Jakarta (ANTARA News) - Presiden meminta menteri bekerja.",
                Some("Jakarta"),
                Some("Antara"),
                "Jakarta (ANTARA News) -",
            ),
            (
                "Sukabumi, Jawa Barat (ANTARA News) - Gempa mengguncang.",
                Some("Sukabumi"),
                Some("Antara"),
                "Sukabumi, Jawa Barat (ANTARA News) -",
            ),
            (
                "JAKARTA (Pos Kota) – Polisi menangkap pelaku.",
                Some("Jakarta"),
                Some("Pos Kota"),
                "JAKARTA (Pos Kota) –",
            ),
            (
                "Liputan6.com, Jakarta: Pemerintah menaikkan harga BBM.",
                Some("Jakarta"),
                Some("Liputan6.com"),
                "Liputan6.com, Jakarta:",
            ),
            (
                "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi menahan bupati.",
                Some("Jakarta"),
                Some("Tempo"),
                "TEMPO.CO, Jakarta -",
            ),
            (
                "Bisnis.com, JAKARTA — Rupiah ditutup melemah.",
                Some("Jakarta"),
                Some("Bisnis.com"),
                "Bisnis.com, JAKARTA —",
            ),
            (
                "REPUBLIKA.CO.ID, JAKARTA -- Majelis Ulama Indonesia menggelar ijtima.",
                Some("Jakarta"),
                Some("Republika"),
                "REPUBLIKA.CO.ID, JAKARTA --",
            ),
            (
                "VIVA – Tim SAR gabungan menemukan korban.",
                None,
                Some("VIVA"),
                "VIVA –",
            ),
            (
                "Suara.com - Cerita sekuel terbaru James Bond bocor.",
                None,
                Some("Suara.com"),
                "Suara.com -",
            ),
            (
                "Merdeka.com - Timnas Indonesia U - 22 menang.",
                None,
                Some("Merdeka.com"),
                "Merdeka.com -",
            ),
            (
                "detikNews - Polisi menggelar olah TKP.",
                None,
                Some("Detik"),
                "detikNews -",
            ),
            (
                "Rimanews - Ketua DPR menanggapi kritik.",
                None,
                Some("Rimanews"),
                "Rimanews -",
            ),
            (
                "Jakarta - Gubernur DKI meninjau banjir.",
                Some("Jakarta"),
                None,
                "Jakarta -",
            ),
            (
                "KOREA SELATAN – Pemerintah Seoul memanggil duta besar.",
                Some("Korea Selatan"),
                None,
                "KOREA SELATAN –",
            ),
            (
                "JUARA.NET, KUALA LUMPUR - Tim bulu tangkis Indonesia lolos.",
                Some("Kuala Lumpur"),
                Some("Juara.net"),
                "JUARA.NET, KUALA LUMPUR -",
            ),
            (
                "BARCELONA, JUARA.net - Mantan bek sayap Liverpool bikin heboh.",
                Some("Barcelona"),
                Some("Juara.net"),
                "BARCELONA, JUARA.net -",
            ),
            (
                "TERMAS DE RIO HONDO, JUARA.net - Marc Marquez menang.",
                Some("Termas DE Rio Hondo"),
                Some("Juara.net"),
                "TERMAS DE RIO HONDO, JUARA.net -",
            ),
            (
                "JAKARTA, Senin (13/7) - Harga cabai naik.",
                Some("Jakarta"),
                None,
                "JAKARTA, Senin (13/7) -",
            ),
            (
                "Medan, Kontan.co.id - Harga sawit naik.",
                Some("Medan"),
                Some("Kontan"),
                "Medan, Kontan.co.id -",
            ),
            (
                "JAKARTA –Sekelah diultimatum, Golkar mengalah.",
                Some("Jakarta"),
                None,
                "JAKARTA –",
            ),
            (
                "Singkil, Aceh, (ANTARA News) - Kawasan Danau Bungara.",
                Some("Singkil"),
                Some("Antara"),
                "Singkil, Aceh, (ANTARA News) -",
            ),
            (
                "Malang (Kabarpas.com) – Sebuah mobil menjebol pagar.",
                Some("Malang"),
                Some("Kabarpas.com"),
                "Malang (Kabarpas.com) –",
            ),
            (
                "  Surabaya, Jatimnews.id – Banjir rob melanda.",
                Some("Surabaya"),
                Some("Jatimnews.id"),
                "Surabaya, Jatimnews.id –",
            ),
        ];
        for &(par, place, outlet, text) in rows {
            let d = parse(par).unwrap_or_else(|| panic!("no dateline in {par:?}"));
            assert_eq!(d.place.as_deref(), place, "{par:?}");
            assert_eq!(d.outlet.as_deref(), outlet, "{par:?}");
            assert_eq!(&par[d.start..d.end], text, "{par:?}");
        }
    }

    #[test]
    fn no_dateline_table() {
        let rows: &[&str] = &[
            "Pemimpin Korea Utara, Kim Jong Un, menyatakan dukungan tak terbatas kepada Rusia.",
            "Terdakwa kasus korupsi pengadaan e - KTP menjalani sidang.",
            "Turnamen game – yang digelar di Jakarta – diikuti 300 tim.",
            "Teka - teki soal pengganti Kapolri terjawab.",
            "GO - JEK meluncurkan fitur baru.",
            "Reporter: Fair Cholis",
            "Sumber: DPReview.",
            "Menurut dia: Harga naik.",
            "Ketua MPR Zulkifli Hasan menyesalkan kisruh - katanya - yang terjadi.",
            "Presiden mengatakan bahwa pembangunan jalan tol Trans Jawa - yang sudah lama tertunda - selesai.",
            "YouTube TV (Foto: Google) - Layanan baru.",
            "Kepada DailySocial, Co - Founder dan CEO Kata.ai Irzan Raditya menyebutkan.",
            "CEO Go - Jek Nadiem Makarim mengatakan Go - Pay tumbuh.",
            "Partai antara Timnas Indonesia U - 22 melawan Puerto Riko.",
            "OPINI - Demokrasi kita sedang diuji.",
            "ANALISIS – Rupiah tertekan sentimen global.",
            "",
            "-",
            " - Jakarta",
            "Jakarta -",
            "Jakarta - banjir merendam kota.",
            "Jakarta–Bandung Lancar Sepanjang Libur Panjang",
            "Tol Jakarta–Cikampek Macet Total.",
        ];
        for &par in rows {
            assert_eq!(parse(par), None, "{par:?}");
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for s in [
            "ÉÉÉÉ, 🙂.com - X",
            "(((((( - A",
            "a(b) - C",
            "Ａ, Ｂ.com - Ｃ",
            &"é".repeat(200),
        ] {
            if let Some(d) = parse(s) {
                assert!(s.is_char_boundary(d.start) && s.is_char_boundary(d.end));
            }
        }
    }
}
