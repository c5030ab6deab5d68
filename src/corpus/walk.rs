//! Finding the article files: each path the user named is a file (always
//! taken, whatever its name), a folder (walked recursively in sorted order,
//! hidden entries skipped, files kept when they match the globs), or `-` for
//! standard input. It does not read the files.

use super::Origin;
use crate::model::InputError;
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use std::path::{Path, PathBuf};

/// The globs files in folders must match: `*.txt` and `*.md` unless the user
/// gives their own; a glob starting with `!` excludes.
#[derive(Clone, Debug)]
pub struct Filter {
    include: GlobSet,
    exclude: GlobSet,
}

/// A glob that does not parse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError {
    pub glob: String,
    pub message: String,
}

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid glob {:?}: {}", self.glob, self.message)
    }
}

impl std::error::Error for FilterError {}

/// The globs used when the user gives no including glob.
pub const DEFAULT_GLOBS: &[&str] = &["*.txt", "*.md"];

impl Default for Filter {
    fn default() -> Self {
        Filter::new::<&str>(&[]).expect("the default globs parse")
    }
}

impl Filter {
    /// Builds a filter from `--glob` values. Globs match the path relative to
    /// the folder being walked, ignoring case; `*` also crosses `/`, so `*.txt`
    /// matches at any depth.
    pub fn new<S: AsRef<str>>(globs: &[S]) -> Result<Filter, FilterError> {
        let mut include = GlobSetBuilder::new();
        let mut exclude = GlobSetBuilder::new();
        let mut any_include = false;
        for g in globs {
            let g = g.as_ref();
            let (set, pattern) = match g.strip_prefix('!') {
                Some(p) => (&mut exclude, p),
                None => {
                    any_include = true;
                    (&mut include, g)
                }
            };
            set.add(glob(pattern).map_err(|e| FilterError {
                glob: g.to_string(),
                message: e.kind().to_string(),
            })?);
        }
        if !any_include {
            for g in DEFAULT_GLOBS {
                include.add(glob(g).expect("the default globs parse"));
            }
        }
        let build = |b: GlobSetBuilder| {
            b.build().map_err(|e| FilterError {
                glob: globs
                    .iter()
                    .map(AsRef::as_ref)
                    .collect::<Vec<_>>()
                    .join(" "),
                message: e.to_string(),
            })
        };
        Ok(Filter {
            include: build(include)?,
            exclude: build(exclude)?,
        })
    }

    /// True when a file at `relative` (to the walked folder) is an article.
    pub fn matches(&self, relative: &Path) -> bool {
        self.include.is_match(relative) && !self.exclude.is_match(relative)
    }
}

/// Globs ignore case: scrapes from Windows machines come as `BERITA.TXT`.
fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern).case_insensitive(true).build()
}

/// Lists the article files under the given paths, sorted by path, each once;
/// paths that cannot be walked become errors.
pub fn discover(paths: &[PathBuf], filter: &Filter) -> (Vec<Origin>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Origin::Stdin);
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let before = out.len();
                walk(p, filter, &mut out, &mut errors);
                if out.len() == before {
                    errors.push(InputError {
                        path: p.display().to_string(),
                        message: "no article files in this folder (see --glob)".into(),
                    });
                }
            }
            Ok(_) => out.push(Origin::File(p.clone())),
            Err(e) => errors.push(InputError {
                path: p.display().to_string(),
                message: super::io_message(&e),
            }),
        }
    }
    out.sort_by_cached_key(|o| o.path());
    out.dedup();
    (out, errors)
}

fn walk(root: &Path, filter: &Filter, out: &mut Vec<Origin>, errors: &mut Vec<InputError>) {
    let entries = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in entries {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                if filter.matches(rel) {
                    out.push(Origin::File(e.into_path()));
                }
            }
            Ok(_) => {}
            Err(e) => errors.push(InputError {
                path: e.path().unwrap_or(root).display().to_string(),
                message: match e.io_error() {
                    Some(io) => super::io_message(io),
                    None => "symbolic link loop, skipped".into(),
                },
            }),
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        // (globs, relative path, matches)
        let cases: &[(&[&str], &str, bool)] = &[
            (&[], "berita.txt", true),
            (&[], "2025/juli/berita.md", true),
            (&[], "berita.html", false),
            (&[], "ARSIP/BERITA.TXT", true),
            (&[], "berita.txt.bak", false),
            (&["*.html"], "berita.html", true),
            (&["*.html"], "berita.txt", false),
            (&["!draf*"], "draf-kompas.txt", false),
            (&["!draf*"], "kompas.txt", true),
            (&["*.txt", "!**/arsip/**"], "2024/arsip/a.txt", false),
            (&["*.txt", "!**/arsip/**"], "2024/baru/a.txt", true),
        ];
        for (globs, path, want) in cases {
            let f = Filter::new(globs).unwrap();
            assert_eq!(f.matches(Path::new(path)), *want, "{globs:?} {path}");
        }
    }

    #[test]
    fn bad_glob_is_named() {
        let err = Filter::new(&["a[b"]).unwrap_err();
        assert_eq!(err.glob, "a[b");
        assert!(err.to_string().starts_with("invalid glob \"a[b\""), "{err}");
    }
}
