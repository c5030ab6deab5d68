//! Character-level matching of one marker pattern against text: flexible
//! spaces, the optional space before a colon, casing, word boundaries, and the
//! quotes, brackets and bullets that may open a line.
//!
//! It knows nothing about kinds or lines; `find` decides what a match removes.

/// True for what separates the words of a pattern in text: any Unicode
/// whitespace but a line end (no-break space included) and `_` (placeholders
/// like `Baca_Juga`). A marker never spans two lines.
pub fn is_space(c: char) -> bool {
    (c.is_whitespace() && c != '\n' && c != '\r') || c == '_'
}

/// What may open a line before its first word: quotes, brackets, bullets,
/// Markdown emphasis and spaces.
pub fn is_lead(c: char) -> bool {
    is_space(c)
        || matches!(
            c,
            '"' | '\''
                | '“'
                | '”'
                | '‘'
                | '’'
                | '«'
                | '»'
                | '„'
                | '('
                | '['
                | '{'
                | '*'
                | '•'
                | '·'
                | '-'
                | '–'
                | '—'
                | '>'
        )
}

/// Byte offset of the first char of `line` that is not [`is_lead`].
pub fn lead_len(line: &str) -> usize {
    line.find(|c| !is_lead(c)).unwrap_or(line.len())
}

/// True when `text[..at]` ends inside a word, so a match at `at` is not at a word start.
pub fn inside_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn same_letter(a: char, b: char, exact: bool) -> bool {
    a == b || (!exact && a.to_lowercase().eq(b.to_lowercase()))
}

/// Matches `pattern` at the start of `hay`; returns the number of bytes of
/// `hay` it covers. A space in the pattern matches a run of [`is_space`]; a
/// `:` matches optional spaces or `*` then `:` (or a full-width `：`) and any
/// `*` after it; letters match in any casing unless `exact`. A pattern that
/// does not end in `:` must end at a word boundary of `hay`.
pub fn match_at(hay: &str, pattern: &str, exact: bool) -> Option<usize> {
    let mut pos = 0;
    let mut last = None;
    for p in pattern.chars() {
        let rest = &hay[pos..];
        if p == ' ' {
            let n = rest.find(|c| !is_space(c)).unwrap_or(rest.len());
            if n == 0 {
                return None;
            }
            pos += n;
        } else if p == ':' {
            let n = rest
                .find(|c: char| !(is_space(c) || c == '*'))
                .unwrap_or(rest.len());
            let c = rest[n..].chars().next()?;
            if c != ':' && c != '：' {
                return None;
            }
            pos += n + c.len_utf8();
            let after = &hay[pos..];
            pos += after.find(|c| c != '*').unwrap_or(after.len());
        } else {
            let c = rest.chars().next()?;
            if !same_letter(c, p, exact) {
                return None;
            }
            pos += c.len_utf8();
        }
        last = Some(p);
    }
    let ends_word = last.is_some_and(char::is_alphanumeric);
    if ends_word && hay[pos..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(pos)
}

/// The first word of `s` (alphanumeric run after any lead), lowercased into `out`.
pub fn first_word_lower(s: &str, out: &mut String) {
    out.clear();
    // Most lines open with an ASCII letter and a word of ASCII letters:
    // read them bytewise, without decoding chars or walking the lead set.
    let b = s.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphabetic) {
        let n = b
            .iter()
            .take(33)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if n <= 32 && b.get(n).is_none_or(|&c| c < 0x80) {
            out.push_str(&s[..n]);
            out.make_ascii_lowercase();
            return;
        }
    }
    first_word_lower_chars(s, out);
}

/// [`first_word_lower`] char by char: any lead, any script.
fn first_word_lower_chars(s: &str, out: &mut String) {
    out.clear();
    let s = &s[lead_len(s)..];
    for c in s.chars().take_while(|c| c.is_alphanumeric()).take(32) {
        // ASCII first: `to_lowercase` is a table search per char.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// Counts whitespace-separated words, stopping once `limit` is exceeded.
pub fn words_exceed(s: &str, limit: usize) -> bool {
    s.split_whitespace().nth(limit).is_some()
}

/// `s` without the quotes, brackets, emphasis and final punctuation (`.`, `!`,
/// `:`, `…`) that may close a whole-line notice.
pub fn trim_tail(s: &str) -> &str {
    s.trim_end_matches(|c: char| {
        is_space(c)
            || matches!(
                c,
                '.' | '!' | ':' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '*'
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn match_at_table() {
        // (text, pattern, exact, expected covered prefix)
        let rows: &[(&str, &str, bool, Option<&str>)] = &[
            ("Baca juga: Harga", "Baca juga:", false, Some("Baca juga: ")),
            (
                "Baca Juga : Harga",
                "Baca juga:",
                false,
                Some("Baca Juga : "),
            ),
            ("BACA JUGA:Harga", "Baca juga:", false, Some("BACA JUGA:")),
            ("baca  juga:", "Baca juga:", false, Some("baca  juga:")),
            (
                "Baca\u{a0}juga: x",
                "Baca juga:",
                false,
                Some("Baca\u{a0}juga: "),
            ),
            (
                "Baca juga** : x",
                "Baca juga:",
                false,
                Some("Baca juga** : "),
            ),
            ("Baca juga:** x", "Baca juga:", false, Some("Baca juga:** ")),
            ("Baca_Juga", "Baca juga", false, Some("Baca_Juga")),
            ("Baca juga buku ini", "Baca juga:", false, None),
            ("Bacaan juga: x", "Baca juga:", false, None),
            ("Editorial hari ini", "Editor", false, None),
            ("Editor: Dian", "Editor:", false, Some("Editor: ")),
            ("MEMBACA\u{a0} Foto", "MEMBACA", true, Some("MEMBACA")),
            ("Membaca buku", "MEMBACA", true, None),
            ("Baca", "Baca juga:", false, None),
            ("", "Baca:", false, None),
        ];
        for &(text, pattern, exact, want) in rows {
            let got = match_at(text, pattern, exact).map(|n| &text[..n]);
            let got = got.map(|g| g.trim_end_matches(' '));
            let want = want.map(|w| w.trim_end_matches(' '));
            assert_eq!(got, want, "{text:?} ~ {pattern:?}");
        }
    }

    #[test]
    fn lead_and_first_word() {
        let mut w = String::new();
        for (line, want) in [
            ("“Simak Juga: Benang Merah", "simak"),
            ("[Baca juga: Macet]", "baca"),
            ("**Baca Juga:** x", "baca"),
            ("- Editor: X", "editor"),
            ("   ", ""),
            ("«Ŝarĝo»", "ŝarĝo"),
        ] {
            first_word_lower(line, &mut w);
            assert_eq!(w, want, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn first_word_fast_path_equals_the_char_walk(line in "(Baca|bACA|x|é|É|9|_| |\\(|\\*|“|:|ab){0,24}") {
            let (mut fast, mut slow) = (String::new(), String::new());
            first_word_lower(&line, &mut fast);
            first_word_lower_chars(&line, &mut slow);
            proptest::prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn first_word_long_and_glued_words() {
        let long = "a".repeat(40);
        for line in [
            long.as_str(),
            "Bacaé juga",
            "BACA99: x",
            "Editor_Dian",
            "Simak",
        ] {
            let (mut fast, mut slow) = (String::new(), String::new());
            first_word_lower(line, &mut fast);
            first_word_lower_chars(line, &mut slow);
            assert_eq!(fast, slow, "{line:?}");
        }
    }

    #[test]
    fn trim_tail_drops_closing_punctuation() {
        assert_eq!(
            trim_tail("This website uses cookies."),
            "This website uses cookies"
        );
        assert_eq!(trim_tail("Post a Comment”  "), "Post a Comment");
        assert_eq!(trim_tail("..."), "");
    }
}
