//! Decoding: turns the bytes of one file into the article text.
//!
//! - A byte-order mark decides first: UTF-8, UTF-16LE or UTF-16BE (the BOM is
//!   not part of the text).
//! - Without a BOM, NUL bytes mean a binary file (rejected); valid UTF-8 is
//!   UTF-8; anything else is guessed by `chardetng` among the legacy encodings
//!   (old scrapes are mostly Windows-1252 / Latin-1) and decoded by `encoding_rs`.
//! - Line ends are normalized: CRLF and lone CR become LF, so that every later
//!   stage sees one kind of line end. Spans therefore index the decoded,
//!   normalized text; for a UTF-8 file without BOM and with LF line ends that
//!   is exactly the file's bytes.
//!
//! It rejects files that hold no text (empty, binary, only whitespace), and it
//! does not read files (that is [`super::read`]).

use encoding_rs::Encoding;
use std::borrow::Cow;

/// Why a file's bytes are not an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    Empty,
    Binary,
    Blank,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DecodeError::Empty => "empty file",
            DecodeError::Binary => "binary file (contains NUL bytes), skipped",
            DecodeError::Blank => "no text (only whitespace)",
        })
    }
}

impl std::error::Error for DecodeError {}

/// Decodes the bytes of one file: the text (line ends normalized to LF) and
/// the name of the encoding it was read in (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
pub fn decode(bytes: Vec<u8>) -> Result<(String, &'static str), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    let (text, encoding) = match Encoding::for_bom(&bytes) {
        Some((enc, bom)) => (to_string(enc, &bytes[bom..]), enc.name()),
        None if memchr::memchr(0, &bytes).is_some() => return Err(DecodeError::Binary),
        None => match String::from_utf8(bytes) {
            // The common case: no copy at all.
            Ok(s) => (s, encoding_rs::UTF_8.name()),
            Err(e) => {
                let bytes = e.into_bytes();
                let enc = guess(&bytes);
                (to_string(enc, &bytes), enc.name())
            }
        },
    };
    let text = normalize_line_ends(text);
    if text.trim().is_empty() {
        return Err(if text.is_empty() {
            DecodeError::Empty
        } else {
            DecodeError::Blank
        });
    }
    Ok((text, encoding))
}

/// The most likely legacy encoding of bytes that are not UTF-8.
fn guess(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Deny)
}

/// Decodes without BOM sniffing (the caller did it); malformed sequences
/// become U+FFFD rather than failing the file.
fn to_string(enc: &'static Encoding, bytes: &[u8]) -> String {
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// CRLF and lone CR become LF. Returns the input untouched (no copy) when it
/// has no CR, which is the common case.
pub fn normalize_line_ends(text: String) -> String {
    match normalize_str(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(s) => s,
    }
}

fn normalize_str(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let Some(first) = memchr::memchr(b'\r', bytes) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first]);
    let mut i = first;
    while i < bytes.len() {
        match memchr::memchr(b'\r', &bytes[i..]) {
            None => {
                out.push_str(&text[i..]);
                break;
            }
            Some(k) => {
                // '\r' is ASCII, so both slices end on char boundaries.
                out.push_str(&text[i..i + k]);
                out.push('\n');
                i += k + 1;
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(bytes: &[u8]) -> (String, &'static str) {
        decode(bytes.to_vec()).expect("decodes")
    }

    #[test]
    fn encodings() {
        // (bytes, expected text, expected encoding)
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Harga naik 5%".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Kota Medan".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        let cases: &[(&[u8], &str, &str)] = &[
            (
                "Banjir di Semarang".as_bytes(),
                "Banjir di Semarang",
                "UTF-8",
            ),
            (b"\xEF\xBB\xBFGempa di Cianjur", "Gempa di Cianjur", "UTF-8"),
            (&utf16le, "Harga naik 5%", "UTF-16LE"),
            (&utf16be, "Kota Medan", "UTF-16BE"),
            (
                b"Caf\xe9 di Jalan Cikini \x85 r\xe9sum\xe9 dan cr\xe8me br\xfbl\xe9e",
                "Café di Jalan Cikini … résumé dan crème brûlée",
                "windows-1252",
            ),
        ];
        for (bytes, text, enc) in cases {
            assert_eq!(ok(bytes), (text.to_string(), *enc), "{bytes:?}");
        }
    }

    #[test]
    fn line_ends_are_normalized() {
        let cases = [
            (
                "Paragraf satu.\r\n\r\nParagraf dua.\r\n",
                "Paragraf satu.\n\nParagraf dua.\n",
            ),
            ("Baris satu.\rBaris dua.\r", "Baris satu.\nBaris dua.\n"),
            ("campur\r\nlalu\rlalu\n", "campur\nlalu\nlalu\n"),
            ("tanpa CR sama sekali", "tanpa CR sama sekali"),
            ("\r\r\n\r", "\n\n\n"),
            ("Café\r\nrésumé", "Café\nrésumé"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_line_ends(input.to_string()), want, "{input:?}");
        }
    }

    #[test]
    fn rejected() {
        let cases: &[(&[u8], DecodeError)] = &[
            (b"", DecodeError::Empty),
            (b"\xEF\xBB\xBF", DecodeError::Empty),
            (b"PK\x03\x04\x00\x00binary", DecodeError::Binary),
            (b" \r\n\t\n", DecodeError::Blank),
            (b"\xFF\xFE \x00\n\x00", DecodeError::Blank),
        ];
        for (bytes, want) in cases {
            assert_eq!(decode(bytes.to_vec()), Err(want.clone()), "{bytes:?}");
        }
    }

    #[test]
    fn utf8_without_cr_is_not_copied() {
        let s = String::from("Jakarta, Kompas.com - Harga beras naik.\n");
        let ptr = s.as_ptr();
        let (text, _) = decode(s.into_bytes()).unwrap();
        assert_eq!(text.as_ptr(), ptr);
    }
}
