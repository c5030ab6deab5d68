//! Where the report goes: standard output (buffered, never `println!`), or
//! `-o FILE` written atomically — into a temporary file in the same folder,
//! renamed over FILE only when everything was written, so a reader never
//! sees half a report and a failed run leaves no temporary file behind.
//! Binary only.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

pub enum Sink {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File {
        file: BufWriter<tempfile::NamedTempFile>,
        path: PathBuf,
    },
}

impl Sink {
    /// Opens the destination now, so that an unwritable `-o` fails before the analysis.
    pub fn open(output: Option<&Path>) -> io::Result<Sink> {
        let Some(path) = output else {
            return Ok(Sink::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout().lock(),
            )));
        };
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".corpus-analyze-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        Ok(Sink::File {
            file: BufWriter::with_capacity(1 << 16, tmp),
            path: path.to_path_buf(),
        })
    }

    /// True when the report goes to a terminal (colour, width).
    pub fn is_terminal(&self) -> bool {
        matches!(self, Sink::Stdout(_)) && io::stdout().is_terminal()
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Stdout(w) => w,
            Sink::File { file, .. } => file,
        }
    }

    /// Flushes, and for a file renames the temporary file over the destination.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File { file, path } => {
                let tmp = file.into_inner().map_err(io::IntoInnerError::into_error)?;
                keep_permissions(&tmp, &path)?;
                tmp.persist(&path).map_err(|e| e.error)?;
                Ok(())
            }
        }
    }
}

/// A temporary file is private (0600); the report gets the mode of the file
/// it replaces, or the usual 0644 for a new one.
#[cfg(unix)]
fn keep_permissions(tmp: &tempfile::NamedTempFile, dest: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(dest).map_or(0o644, |m| m.permissions().mode() & 0o7777);
    tmp.as_file()
        .set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn keep_permissions(_tmp: &tempfile::NamedTempFile, _dest: &Path) -> io::Result<()> {
    Ok(())
}

/// A closed pipe (`| head`) is not a failure: the reader has what it wanted.
pub fn ignore_broken_pipe(r: io::Result<()>) -> io::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}
