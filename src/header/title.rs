//! Whether a first line reads as a headline: short, capitalised, without the
//! punctuation that ends a sentence or a clause.
//!
//! It judges one line only; `header::parse` checks that a body follows.

/// Longest headline, in words and in bytes.
const MAX_WORDS: usize = 20;
const MAX_BYTES: usize = 150;

/// True when `line` (trimmed) reads as a headline.
pub fn is_headline(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() || line.len() > MAX_BYTES {
        return false;
    }
    let words = line.split_whitespace().count();
    if !(2..=MAX_WORDS).contains(&words) {
        return false;
    }
    // A quote or bracket may close the headline; what is inside it decides.
    let end = line
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*'])
        .chars()
        .next_back();
    if end.is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | ';' | ':' | '…' | '-' | '–' | '—'))
    {
        return false;
    }
    // "Tesla (Foto: Reuters)": a photo caption with its credit, not a headline.
    if line.ends_with(')')
        && line
            .rfind('(')
            .is_some_and(|open| line[open..].contains(':'))
    {
        return false;
    }
    let first = line
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    first && line.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_table() {
        let rows: &[(&str, bool)] = &[
            (
                "Kim Jong Un Tegaskan Dukungan untuk Perang Rusia di Ukraina",
                true,
            ),
            (
                "Banjir Rendam 1.200 Rumah di Bekasi, Ribuan Warga Mengungsi",
                true,
            ),
            ("KPK Tahan Bupati Kolaka Timur", true),
            ("“Tidak Ada Toleransi”, Kata Kapolri soal Narkoba", true),
            ("Harga Beras Naik Lagi: Ini Penyebabnya", true),
            ("5 Fakta Gempa Cianjur yang Perlu Diketahui", true),
            ("Jokowi: \"Saya Tidak Akan Mundur\"", true),
            ("  Gempa M 5,6 Guncang Cianjur  ", true),
            // A sentence, not a headline.
            (
                "Kim bertemu dengan Lavrov dan menegaskan kembali dukungan tanpa syarat Korea Utara terhadap kampanye militer Rusia di Ukraina.",
                false,
            ),
            ("Harga cabai naik menjelang Lebaran.", false),
            ("“Kami akan terus bekerja.”", false),
            ("Siapa Pengganti Kapolri?", false),
            ("Awas!", false),
            ("Menurut data BPS:", false),
            (
                "Pemerintah menyatakan bahwa harga bahan bakar minyak jenis pertalite dan solar akan naik mulai pekan depan setelah rapat terbatas di Istana Negara",
                false,
            ),
            ("Tesla (Foto: Tesla)", false),
            ("Tim Cook, CEO Apple (Foto: Reuters)", false),
            ("Jokowi Resmikan Bendungan Karian (Banten)", true),
            // Lower-case start, too short, or no letters.
            ("harga cabai naik", false),
            ("Jakarta", false),
            ("12 345", false),
            ("", false),
            ("🙂 🙂 🙂", false),
        ];
        for &(line, want) in rows {
            assert_eq!(is_headline(line), want, "{line:?}");
        }
    }
}
