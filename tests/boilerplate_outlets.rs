//! Scraper leftovers of the major Indonesian outlets, as they appear at the
//! end of real articles, are removed whole; the news line before them stays.

use corpus_analyze::clean::{Markers, find};

/// One row per outlet habit: the leftover line, and the marker that removes it.
const ROWS: &[(&str, &str)] = &[
    (
        "Pilihan Editor: Deretan Kecelakaan Bus Pariwisata dalam Lima Tahun Terakhir",
        "teaser: Pilihan Editor:",
    ),
    (
        "Simak Video \"Detik-detik Bus Terguling di Ciater\"",
        "teaser: Simak Video",
    ),
    ("[Gambas:Video 20detik]", "teaser: Gambas:"),
    (
        "Saksikan Video Pilihan di Bawah Ini:",
        "teaser: Saksikan Video",
    ),
    ("COPYRIGHT © ANTARA 2024", "credit: Copyright"),
    ("Artikel Selanjutnya", "exact: Artikel Selanjutnya"),
    (
        "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram, kemudian join.",
        "tail: Dapatkan update berita pilihan",
    ),
    (
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "tail: Simak breaking news dan berita pilihan",
    ),
    (
        "Baca berita tanpa iklan: gabung Kompas.com+",
        "tail: Baca berita tanpa iklan",
    ),
    (
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
        "tail: Dilarang keras mengambil konten",
    ),
    (
        "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Beras Naik Lagi",
        "tail: Artikel ini telah tayang di",
    ),
];

const NEWS: &str = "Polisi mencatat sebanyak 54 orang luka-luka dalam kecelakaan tersebut.";

#[test]
fn outlet_leftovers_are_removed_whole() {
    let markers = Markers::builtin();
    for (line, marker) in ROWS {
        let text = format!("{NEWS}\n\n{line}\n");
        let found = find(&text, &markers);
        assert_eq!(found.len(), 1, "{line}: {found:?}");
        assert_eq!(found[0].marker, *marker, "{line}");
        assert_eq!(found[0].text.trim_end(), *line, "{line}");
    }
}

#[test]
fn prose_that_mentions_the_words_is_kept() {
    let markers = Markers::builtin();
    for text in [
        "Warga diminta mengikuti pilihan editor yang dimuat di halaman depan.",
        "Ia menyimak video rekaman CCTV bersama penyidik.",
        "Hak copyright lagu itu dipegang label rekaman asal Jakarta sejak 2019.",
    ] {
        assert!(find(text, &markers).is_empty(), "{text}");
    }
}
