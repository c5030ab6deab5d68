//! Character classes for the tokenizer: what separates tokens, what continues a
//! word, what is punctuation. ASCII is decided by table; other characters by
//! Unicode properties (alphanumeric, grapheme extension) and a short list.

use unicode_segmentation::UnicodeSegmentation;

/// Separates tokens: Unicode white space plus the invisible characters that
/// scraped text carries (zero-width space, word joiner, BOM, bidirectional marks).
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// A character that belongs to the preceding grapheme (combining marks, ZWJ,
/// variation selectors): it never starts a token of its own after another one.
pub(crate) fn is_extender(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    let mut buf = [b'a'; 5];
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..len]).is_ok_and(|s| s.graphemes(true).nth(1).is_none())
}

/// Continues a word: letters and digits of any script, combining marks, the
/// soft hyphen.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{AD}' || is_extender(c)
}

/// Non-ASCII punctuation (quotes, dashes, ellipsis, CJK and fullwidth marks);
/// other non-letters are symbols.
pub(crate) fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205E}'
            | '\u{00A1}'
            | '\u{00A7}'
            | '\u{00AB}'
            | '\u{00B6}'
            | '\u{00B7}'
            | '\u{00BB}'
            | '\u{00BF}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{FF01}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1F}'
    )
}

/// A dash that joins words when written without spaces (`anak‐anak`).
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Quotes and brackets that close: they stay with the sentence they follow.
pub(crate) fn is_closer(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | ")" | "]" | "}" | "\u{201D}" | "\u{2019}" | "\u{00BB}" | "\u{203A}"
    )
}

/// Quotes and brackets that open.
pub(crate) fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "\"" | "'" | "(" | "[" | "{" | "\u{201C}" | "\u{2018}" | "\u{00AB}" | "\u{2039}"
    )
}

/// The char at byte `i` of `text` and its length; `i` must be a char boundary.
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    text.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
}

/// The char that ends at byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(
            is_space('\u{A0}') && is_space('\u{200B}') && is_space('\u{200E}') && !is_space('a')
        );
        assert!(is_extender('\u{301}') && is_extender('\u{200D}') && !is_extender('é'));
        assert!(is_word_char('é') && is_word_char('ب') && !is_word_char('—'));
        assert!(is_unicode_punct('…') && is_unicode_punct('—') && !is_unicode_punct('€'));
        assert!(is_closer("\u{201D}") && is_opener("\u{201C}"));
    }
}
