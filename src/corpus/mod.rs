//! Reading: finds the article files under the paths the user named
//! ([`walk`]: folders recursively, sorted, hidden entries skipped, `*.txt` and
//! `*.md` by default), reads each one and decodes it ([`decode`]: UTF-8 with or
//! without BOM, UTF-16 with BOM, legacy single-byte encodings; line ends
//! normalized to LF). A file that cannot be analyzed becomes an
//! [`InputError`] naming it; it never stops the run.
//!
//! This is the only module that reads article files. It does not analyze them.
//!
//! ```no_run
//! use corpus_analyze::corpus::{self, Filter};
//! let (origins, errors) = corpus::walk::discover(&["fixtures/seeds".into()], &Filter::default());
//! for o in &origins {
//!     match corpus::read(o) {
//!         Ok(source) => println!("{} {} bytes ({})", source.path, source.text.len(), source.encoding),
//!         Err(e) => eprintln!("{}: {}", e.path, e.message),
//!     }
//! }
//! # let _ = errors;
//! ```

pub mod decode;
pub mod walk;

#[cfg(test)]
mod footprint;

pub use walk::{Filter, FilterError};

use crate::model::InputError;
use std::io::Read;
use std::path::PathBuf;

/// Files larger than this are refused ("too large") rather than read.
pub const MAX_BYTES: u64 = 1 << 30;

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

impl Origin {
    /// The path as the user named it (folders joined with the file name), or `-`.
    pub fn path(&self) -> String {
        match self {
            Origin::File(p) => p.display().to_string(),
            Origin::Stdin => "-".into(),
        }
    }
}

/// A decoded article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The path as the user named it, or `-`.
    pub path: String,
    /// The decoded text, BOM removed, line ends normalized to LF.
    pub text: String,
    /// The encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `windows-1252`, …).
    pub encoding: &'static str,
}

/// Lists the article files under the given paths, sorted by path. `globs` as
/// for [`Filter::new`] (empty: `*.txt`, `*.md`); a bad glob becomes an error.
pub fn discover(paths: &[PathBuf], globs: &[String]) -> (Vec<Origin>, Vec<InputError>) {
    match Filter::new(globs) {
        Ok(filter) => walk::discover(paths, &filter),
        Err(e) => (
            Vec::new(),
            vec![InputError {
                path: e.glob.clone(),
                message: e.to_string(),
            }],
        ),
    }
}

/// Reads and decodes one article.
pub fn read(origin: &Origin) -> Result<Source, InputError> {
    let path = origin.path();
    let fail = |message: String| InputError {
        path: path.clone(),
        message,
    };
    let bytes = match origin {
        Origin::Stdin => read_limited(std::io::stdin().lock(), 0),
        Origin::File(p) => std::fs::File::open(p).and_then(|f| {
            let len = f.metadata()?.len();
            if len > MAX_BYTES {
                return Ok(None);
            }
            read_limited(f, len)
        }),
    }
    .map_err(|e| fail(io_message(&e)))?
    .ok_or_else(|| fail("too large (over 1 GiB), skipped".into()))?;
    let (text, encoding) = decode::decode(bytes).map_err(|e| fail(e.to_string()))?;
    Ok(Source {
        path,
        text,
        encoding,
    })
}

/// Reads at most [`MAX_BYTES`]; `None` when there is more.
fn read_limited(r: impl Read, size_hint: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut buf = Vec::with_capacity(usize::try_from(size_hint).unwrap_or(0));
    r.take(MAX_BYTES + 1).read_to_end(&mut buf)?;
    Ok((buf.len() as u64 <= MAX_BYTES).then_some(buf))
}

/// A short message for an I/O error, without the OS error number.
pub(crate) fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        InvalidData => "cannot read: invalid data".into(),
        _ => format!("cannot read: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_reports_the_path() {
        let o = Origin::File("tidak/ada/berita.txt".into());
        let e = read(&o).unwrap_err();
        assert_eq!(e.path, "tidak/ada/berita.txt");
        assert_eq!(e.message, "no such file or directory");
    }

    #[test]
    fn limited_read() {
        assert_eq!(
            read_limited(&b"Rp 5.000"[..], 8).unwrap(),
            Some(b"Rp 5.000".to_vec())
        );
    }
}
