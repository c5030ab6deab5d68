//! The one parser for every word list the tool ships (under `src/data/`) and
//! every list a user adds (`--lexicon`, `--boilerplate`).
//!
//! Format: one entry per line; `#` starts a comment (a whole line, or after
//! whitespace at the end of a line); blank lines are skipped; surrounding
//! whitespace is trimmed. Lists that need more than a word use fields separated
//! by ` | ` (for example `Amerika Serikat | AS | USA`), parsed by the list's owner
//! from [`Line::fields`].
//!
//! It does not know what any list means, and it never reads files: the built-in
//! lists are embedded with `include_str!`, user files are read at the edge.
//!
//! ```
//! use corpus_analyze::data::lines;
//! let src = "# months\nJanuari | Jan\n\nFebruari   # second\n";
//! let got: Vec<_> = lines("months.txt", src).map(|l| l.text).collect();
//! assert_eq!(got, ["Januari | Jan", "Februari"]);
//! ```

use std::fmt;

/// One meaningful line of a data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// The file's name, for error messages.
    pub file: &'a str,
    /// 1-based line number.
    pub number: usize,
    /// The entry, trimmed, comment removed.
    pub text: &'a str,
}

impl<'a> Line<'a> {
    /// The ` | `-separated fields of the entry, each trimmed.
    pub fn fields(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.text.split('|').map(str::trim)
    }
    /// An error that names this file and line.
    pub fn error(&self, message: impl Into<String>) -> DataError {
        DataError {
            file: self.file.to_string(),
            line: self.number,
            message: message.into(),
        }
    }
}

/// A malformed entry in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// The meaningful lines of a data file.
pub fn lines<'a>(file: &'a str, src: &'a str) -> impl Iterator<Item = Line<'a>> + 'a {
    src.lines().enumerate().filter_map(move |(i, raw)| {
        let text = strip_comment(raw).trim();
        (!text.is_empty()).then_some(Line {
            file,
            number: i + 1,
            text,
        })
    })
}

/// Removes a `#` comment: at the start of the line, or preceded by whitespace
/// (so `C#` or `#hashtag`-like entries inside a word survive).
fn strip_comment(raw: &str) -> &str {
    let t = raw.trim_start();
    if t.starts_with('#') {
        return "";
    }
    let bytes = raw.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && i > 0 && (bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
            return &raw[..i];
        }
    }
    raw
}

/// Checks the hygiene every shipped list must have: entries trimmed, no
/// duplicates (case-insensitive on the first field). Used by the data tests;
/// returns every problem, each naming file and line.
pub fn check_hygiene(file: &str, src: &str) -> Vec<DataError> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for (i, raw) in src.lines().enumerate() {
        if raw != raw.trim_end() {
            problems.push(DataError {
                file: file.to_string(),
                line: i + 1,
                message: "trailing whitespace".into(),
            });
        }
    }
    for line in lines(file, src) {
        let key = line.fields().next().unwrap_or("").to_lowercase();
        if let Some(first) = seen.insert(key.clone(), line.number) {
            problems.push(line.error(format!("duplicate entry {key:?} (first on line {first})")));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_and_blanks_are_skipped() {
        let src = "# header\n\n  Baca juga:  \nC# stays\nkata # trailing\n";
        let got: Vec<_> = lines("t.txt", src).map(|l| (l.number, l.text)).collect();
        assert_eq!(got, [(3, "Baca juga:"), (4, "C# stays"), (5, "kata")]);
    }

    #[test]
    fn fields_are_trimmed() {
        let l = lines("t.txt", "Amerika Serikat |AS|  USA").next().unwrap();
        assert_eq!(
            l.fields().collect::<Vec<_>>(),
            ["Amerika Serikat", "AS", "USA"]
        );
    }

    #[test]
    fn hygiene_names_file_and_line() {
        let p = check_hygiene("x.txt", "a\nb \nA\n");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].to_string(), "x.txt:2: trailing whitespace");
        assert!(
            p[1].to_string()
                .starts_with("x.txt:3: duplicate entry \"a\"")
        );
    }
}
