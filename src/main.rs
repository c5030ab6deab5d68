//! The `corpus-analyze` binary: parse the command line ([`cli`]), run the
//! library, write the report ([`output`]), return an exit code: 0 all good,
//! 1 check findings reached `--fail-on`, 2 a file could not be analyzed or the
//! command line was wrong. A closed pipe ends quietly with 0.

mod cli;
mod output;

use clap::Parser;
use corpus_analyze::analyze::{self, Corpus, Tokens};
use corpus_analyze::corpus::{self, Filter};
use corpus_analyze::model::InputError;
use corpus_analyze::{check, report};
use output::Sink;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Corpora at least this large get a progress bar (on a terminal).
const PROGRESS_MIN_FILES: usize = 200;

const FAILURE: u8 = 2;
const FINDINGS: u8 = 1;

fn main() -> ExitCode {
    no_huge_pages();
    let cli = match cli::Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // --help and --version are not errors; both print through clap.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { FAILURE } else { 0 });
        }
    };
    let config = match cli.into_config() {
        Ok(c) => c,
        Err(cli::UsageError(msg)) => {
            diagnostic(&format!("error: {msg}"));
            return ExitCode::from(FAILURE);
        }
    };
    match config {
        cli::Config::Analyze(a) => run_analyze(a),
        cli::Config::Check(c) => run_check(c),
    }
}

fn run_analyze(a: cli::Analyze) -> ExitCode {
    let Some(mut sink) = open_sink(&a.run) else {
        return ExitCode::from(FAILURE);
    };
    let show_progress = a.format == report::Format::Text;
    // The report reads token counts only: the token lists are freed early.
    let corpus = match analyze_paths(&a.paths, &a.run, show_progress, Tokens::Count) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let to_terminal = sink.is_terminal();
    let style = report::Style {
        color: cli::use_color(
            a.color,
            to_terminal,
            std::env::var("NO_COLOR").ok().as_deref(),
            std::env::var("TERM").ok().as_deref(),
        ),
        width: terminal_width(to_terminal),
    };
    let written = report::write_styled(&corpus, a.format, style, sink.writer());
    let ok = finish(written, sink);
    let failed = !corpus.errors.is_empty();
    leak(corpus);
    if !ok || failed {
        ExitCode::from(FAILURE)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_check(c: cli::Check) -> ExitCode {
    let Some(mut sink) = open_sink(&c.run) else {
        return ExitCode::from(FAILURE);
    };
    let new = match analyze_paths(&c.new, &c.run, false, Tokens::Keep) {
        Ok(n) => n,
        Err(code) => return code,
    };
    let against = match analyze_paths(&c.against, &c.run, false, Tokens::Keep) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let findings = check::check(&new, &against, &c.rules);
    let written = check::write(&findings, c.format, sink.writer());
    let ok = finish(written, sink);
    let failed = !new.errors.is_empty() || !against.errors.is_empty();
    leak(new);
    leak(against);
    if !ok {
        return ExitCode::from(FAILURE);
    }
    ExitCode::from(check_status(failed, &findings, c.fail_on))
}

/// Leaks a corpus whose report is written (and flushed: `finish` ran). The
/// process is about to exit and the kernel takes its memory back in one go;
/// freeing the millions of strings and vectors of an analyzed corpus one by
/// one first cost 121 M instructions on IndoSum dev (4 % of the whole run),
/// for nothing. Command-line tools commonly do the same.
fn leak(corpus: Corpus) {
    std::mem::forget(corpus);
}

/// The exit status of `check`: 2 when the tool failed (an input could not be
/// analyzed: its findings would be incomplete), else 1 when a finding reaches
/// `fail_on`, else 0.
fn check_status(failed: bool, findings: &[check::Finding], fail_on: check::Severity) -> u8 {
    if failed {
        FAILURE
    } else if findings.iter().any(|f| f.severity >= fail_on) {
        FINDINGS
    } else {
        0
    }
}

fn open_sink(run: &cli::Run) -> Option<Sink> {
    match Sink::open(run.output.as_deref()) {
        Ok(s) => Some(s),
        Err(e) => {
            let path = run.output.as_deref().unwrap_or(std::path::Path::new("-"));
            diagnostic(&format!("{}: cannot write: {e}", path.display()));
            None
        }
    }
}

/// Finds, reads and analyzes the articles under `paths`; prints one
/// diagnostic per file that could not be analyzed (unless quiet).
fn analyze_paths(
    paths: &[PathBuf],
    run: &cli::Run,
    progress_allowed: bool,
    tokens: Tokens,
) -> Result<Corpus, ExitCode> {
    let (origins, errors) = discover(paths, &run.filter);
    let bar = (progress_allowed
        && !run.quiet
        && origins.len() >= PROGRESS_MIN_FILES
        && io::stderr().is_terminal())
    .then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(origins.len() as u64),
            indicatif::ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("analyzing {pos}/{len} files {wide_bar} {eta}")
        {
            bar.set_style(style);
        }
        bar
    });
    let done = || {
        if let Some(b) = &bar {
            b.inc(1);
        }
    };
    let settings = &run.settings;
    let corpus = match run.threads {
        None => analyze::analyze_files_keeping(origins, errors, settings, &done, tokens),
        Some(n) => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
            Ok(pool) => pool.install(|| {
                analyze::analyze_files_keeping(origins, errors, settings, &done, tokens)
            }),
            Err(e) => {
                diagnostic(&format!("error: cannot start {n} threads: {e}"));
                return Err(ExitCode::from(FAILURE));
            }
        },
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if !run.quiet {
        for e in &corpus.errors {
            diagnostic(&format!("{}: {}", e.path, e.message));
        }
    }
    Ok(corpus)
}

fn discover(paths: &[PathBuf], filter: &Filter) -> (Vec<corpus::Origin>, Vec<InputError>) {
    corpus::walk::discover(paths, filter)
}

/// Completes the output; false (after a diagnostic) when it failed for a
/// reason other than a closed pipe. A report that could not be written whole
/// is never renamed into place (dropping the sink removes its temporary file).
fn finish(written: io::Result<()>, sink: Sink) -> bool {
    let result = match written {
        Ok(()) => sink.finish(),
        Err(e) => Err(e),
    };
    match output::ignore_broken_pipe(result) {
        Ok(()) => true,
        Err(e) => {
            diagnostic(&format!("error: cannot write the report: {e}"));
            false
        }
    }
}

/// 80 columns, or 120 on a terminal that says it is at least that wide.
fn terminal_width(to_terminal: bool) -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok());
    match columns {
        Some(c) if to_terminal && c >= 120 => 120,
        _ => 80,
    }
}

/// Turns transparent huge pages off for this process (Linux). mimalloc asks
/// the kernel for them, and the kernel then zeroes 2 MiB at each first touch,
/// most of it for pages the run barely uses: on IndoSum dev (`-j1 --format
/// json`, best and median of 12 interleaved runs) the resident peak fell
/// from 195 to 165 MB and system time from 0.25-0.40 s to 0.12-0.15 s, for
/// about 0.04 s more user time (more TLB misses). A short batch run gains.
/// Failure (an old kernel) changes nothing but the speed.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    {
        const PR_SET_THP_DISABLE: i32 = 41;
        unsafe extern "C" {
            fn prctl(option: i32, ...) -> i32;
        }
        // SAFETY: prctl with PR_SET_THP_DISABLE takes four more integer
        // arguments and only sets a flag of this process.
        let _ = unsafe { prctl(PR_SET_THP_DISABLE, 1u64, 0u64, 0u64, 0u64) };
    }
}

/// `corpus-analyze: …` on stderr; a closed stderr is ignored, never a panic.
fn diagnostic(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "corpus-analyze: {msg}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use check::{Finding, Severity};

    #[test]
    fn check_exit_status() {
        let finding = |severity| Finding {
            path: "baru.txt".into(),
            line: 3,
            column: 1,
            severity,
            rule: "figure-conflict".into(),
            message: "50.000 tentara; korpus: sekitar 11.000".into(),
        };
        use Severity::*;
        // (tool failed, findings, --fail-on, exit status)
        let cases = [
            (false, vec![], Error, 0),
            (false, vec![finding(Error)], Error, 1),
            (false, vec![finding(Warning)], Error, 0),
            (false, vec![finding(Warning)], Warning, 1),
            (false, vec![finding(Info)], Warning, 0),
            (false, vec![finding(Info)], Info, 1),
            (false, vec![finding(Info), finding(Error)], Warning, 1),
            (true, vec![], Error, 2),
            (true, vec![finding(Error)], Error, 2),
        ];
        for (failed, findings, fail_on, want) in cases {
            assert_eq!(
                check_status(failed, &findings, fail_on),
                want,
                "{findings:?} {fail_on:?}"
            );
        }
    }
}
