//! The command line: clap derive types, and their validation into a
//! [`Config`] the rest of the binary runs. This is where user files given on
//! the command line (`--lexicon`, `--boilerplate`, `--config`) are read and
//! parsed, so that a malformed one is a usage error naming `file:line` before
//! any article is read. Binary only: the library never sees clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use corpus_analyze::analyze::{Knowledge, Settings};
use corpus_analyze::check::{CheckFormat, Rules, Severity};
use corpus_analyze::corpus::Filter;
use corpus_analyze::report::Format;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  corpus-analyze fixtures/seeds/                  text report of a folder
  corpus-analyze --format json seeds/ > out.json  one JSON document
  corpus-analyze --format jsonl seeds/ | jq -c 'select(.type == \"claim\")'
  corpus-analyze --format markdown -o report.md seeds/
  corpus-analyze --glob '*.html' --glob '!draft*' scrapes/
  curl -s https://example.com/berita.txt | corpus-analyze -
  corpus-analyze --lexicon tokoh.txt --boilerplate iklan.txt seeds/
  corpus-analyze check new.txt --against seeds/ --fail-on warning --format github

Exit status: 0 all good; 1 check findings reached --fail-on; 2 a file could
not be analyzed or the command line was wrong (the report of the other files
is still written).";

const CHECK_EXAMPLES: &str = "\
Examples:
  corpus-analyze check drafts/berita.txt --against published/
  corpus-analyze check new/ --against seeds/ --fail-on warning --format github
  corpus-analyze check a.txt --against seeds/ --rule unique-claim=off --config check.conf

Exit status: 0 no finding reached --fail-on; 1 at least one did; 2 the tool
failed (an input could not be read, or the command line was wrong).";

/// Compare Indonesian news articles about one story: boilerplate, tokens,
/// names, dates, figures, and the claims the outlets agree or conflict on.
#[derive(Debug, Parser)]
#[command(
    name = "corpus-analyze",
    version,
    after_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true
)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    analyze: AnalyzeArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check new articles against a corpus, for CI: findings with severity,
    /// path:line:col, rule and message.
    #[command(after_help = CHECK_EXAMPLES)]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
struct AnalyzeArgs {
    /// Article files, folders (walked recursively), or `-` for standard input.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// Colour in the text report: `auto` = only on a terminal and when NO_COLOR is unset.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
    #[command(flatten)]
    common: Common,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// The new articles to check (files, folders, or `-`).
    #[arg(value_name = "NEW", required = true)]
    new: Vec<PathBuf>,
    /// The corpus to check against (files or folders); put it last or repeat the flag.
    #[arg(long, value_name = "CORPUS", required = true, num_args = 1..)]
    against: Vec<PathBuf>,
    /// Exit 1 when a finding has at least this severity.
    #[arg(long, value_enum, default_value_t = SeverityArg::Error, value_name = "LEVEL")]
    fail_on: SeverityArg,
    /// Findings format: `path:line:col: severity rule: message` lines, JSON, or
    /// GitHub Actions annotations.
    #[arg(long, value_enum, default_value_t = CheckFormatArg::Text)]
    format: CheckFormatArg,
    /// Re-level or switch off a rule: NAME=error|warning|info|off (repeatable;
    /// applied after --config).
    #[arg(long = "rule", value_name = "NAME=LEVEL")]
    rules: Vec<String>,
    /// A rules file: one NAME=LEVEL per line, `#` comments.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

/// Options shared by the analysis and the check.
#[derive(Debug, Args)]
struct Common {
    /// Which files to take from folders (repeatable; default `*.txt` and `*.md`;
    /// `!GLOB` excludes). Files named directly are always taken.
    #[arg(long, value_name = "GLOB")]
    glob: Vec<String>,
    /// Add people, places, organizations and aliases from a lexicon file (repeatable).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Add boilerplate markers from a file (repeatable).
    #[arg(long, value_name = "FILE")]
    boilerplate: Vec<PathBuf>,
    /// Anchor relative dates on this day when an article gives no date of its own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    reference_date: Option<jiff::civil::Date>,
    /// Worker threads (default: one per CPU).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,
    /// Write the report to FILE (atomically: a temporary file, then rename).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// No progress bar and no per-file diagnostics on stderr (the report and
    /// the exit status still say what failed).
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Text,
    Json,
    Jsonl,
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum SeverityArg {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CheckFormatArg {
    Text,
    Json,
    Github,
}

/// What to run, validated.
pub enum Config {
    Analyze(Analyze),
    Check(Check),
}

/// What both modes need: where the articles are and how to read them.
pub struct Run {
    pub filter: Filter,
    pub settings: Settings,
    /// `None`: one thread per CPU.
    pub threads: Option<usize>,
    pub output: Option<PathBuf>,
    pub quiet: bool,
}

pub struct Analyze {
    pub paths: Vec<PathBuf>,
    pub format: Format,
    pub color: ColorArg,
    pub run: Run,
}

pub struct Check {
    pub new: Vec<PathBuf>,
    pub against: Vec<PathBuf>,
    pub fail_on: Severity,
    pub format: CheckFormat,
    pub rules: Rules,
    pub run: Run,
}

/// A command line that parses but cannot run (a malformed lexicon, a bad glob, …).
#[derive(Debug)]
pub struct UsageError(pub String);

impl Cli {
    /// Validates the command line and loads the user's files.
    pub fn into_config(self) -> Result<Config, UsageError> {
        match self.command {
            Some(Command::Check(c)) => {
                let mut rules = Rules::default();
                if let Some(path) = &c.config {
                    let src = read_user_file("config", path)?;
                    rules
                        .load(&path.display().to_string(), &src)
                        .map_err(|e| UsageError(e.to_string()))?;
                }
                for spec in &c.rules {
                    rules
                        .set(spec)
                        .map_err(|e| UsageError(format!("--rule {spec}: {e}")))?;
                }
                Ok(Config::Check(Check {
                    new: c.new,
                    against: c.against,
                    fail_on: match c.fail_on {
                        SeverityArg::Error => Severity::Error,
                        SeverityArg::Warning => Severity::Warning,
                        SeverityArg::Info => Severity::Info,
                    },
                    format: match c.format {
                        CheckFormatArg::Text => CheckFormat::Text,
                        CheckFormatArg::Json => CheckFormat::Json,
                        CheckFormatArg::Github => CheckFormat::Github,
                    },
                    rules,
                    run: c.common.into_run()?,
                }))
            }
            None => {
                let a = self.analyze;
                Ok(Config::Analyze(Analyze {
                    paths: a.paths,
                    format: match a.format {
                        FormatArg::Text => Format::Text,
                        FormatArg::Json => Format::Json,
                        FormatArg::Jsonl => Format::Jsonl,
                        FormatArg::Markdown => Format::Markdown,
                    },
                    color: a.color,
                    run: a.common.into_run()?,
                }))
            }
        }
    }
}

impl Common {
    fn into_run(self) -> Result<Run, UsageError> {
        let filter = Filter::new(&self.glob).map_err(|e| UsageError(e.to_string()))?;
        let mut knowledge = Knowledge::builtin();
        for path in &self.lexicon {
            let src = read_user_file("lexicon", path)?;
            knowledge
                .lexicon
                .extend(&path.display().to_string(), &src)
                .map_err(|e| UsageError(e.to_string()))?;
        }
        for path in &self.boilerplate {
            let src = read_user_file("boilerplate", path)?;
            knowledge
                .markers
                .extend(&path.display().to_string(), &src)
                .map_err(|e| UsageError(e.to_string()))?;
        }
        Ok(Run {
            filter,
            settings: Settings {
                knowledge,
                reference_date: self.reference_date,
            },
            threads: self.threads.filter(|&n| n > 0),
            output: self.output,
            quiet: self.quiet,
        })
    }
}

fn read_user_file(what: &str, path: &std::path::Path) -> Result<String, UsageError> {
    std::fs::read_to_string(path)
        .map_err(|e| UsageError(format!("cannot read {what} file {}: {e}", path.display())))
}

/// `--reference-date`: exactly `YYYY-MM-DD`, a real day.
fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let shape = s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shape {
        return Err("expected a date as YYYY-MM-DD, e.g. 2025-07-13".into());
    }
    s.parse().map_err(|e| format!("not a valid date: {e}"))
}

/// Whether the text report gets colour. `auto`: only on a terminal, when
/// `NO_COLOR` is unset or empty (<https://no-color.org>) and `TERM` is not `dumb`.
pub fn use_color(
    choice: ColorArg,
    to_terminal: bool,
    no_color: Option<&str>,
    term: Option<&str>,
) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => to_terminal && no_color.is_none_or(str::is_empty) && term != Some("dumb"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }

    #[test]
    fn reference_dates() {
        let cases = [
            ("2025-07-13", true),
            ("2024-02-29", true),
            ("2025-02-29", false),
            ("13/7/2025", false),
            ("2025-7-13", false),
            ("2025-07-13T00:00", false),
            ("", false),
        ];
        for (s, ok) in cases {
            assert_eq!(parse_date(s).is_ok(), ok, "{s}");
        }
    }

    #[test]
    fn colour() {
        use ColorArg::*;
        // (choice, terminal, NO_COLOR, TERM, colour)
        let cases = [
            (Auto, true, None, Some("xterm"), true),
            (Auto, false, None, Some("xterm"), false),
            (Auto, true, Some("1"), None, false),
            (Auto, true, Some(""), None, true),
            (Auto, true, None, Some("dumb"), false),
            (Always, false, Some("1"), None, true),
            (Never, true, None, None, false),
        ];
        for (choice, tty, no_color, term, want) in cases {
            assert_eq!(
                use_color(choice, tty, no_color, term),
                want,
                "{choice:?} {tty} {no_color:?}"
            );
        }
    }
}
