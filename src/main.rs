//! The `corpus-analyze` binary: parse the command line, run the library,
//! return an exit code (0 ok, 1 check findings, 2 error).

use corpus_analyze::{analyze, corpus, report};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let (origins, mut errors) = corpus::discover(&paths, &[]);
    let mut sources = Vec::new();
    for o in &origins {
        match corpus::read(o) {
            Ok(s) => sources.push(s),
            Err(e) => errors.push(e),
        }
    }
    let settings = analyze::Settings {
        knowledge: analyze::Knowledge::builtin(),
        reference_date: None,
    };
    let corpus = analyze::analyze(sources, errors, &settings);
    let mut out = std::io::stdout().lock();
    let _ = report::write(&corpus, report::Format::Json, &mut out);
    if corpus.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
