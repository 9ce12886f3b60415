//! The `urai` command line.

/// `println!` that returns an error instead of panicking when standard output is closed (`urai ... | head`).
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}

mod annotate;
mod check;
mod eval;
mod io;
mod licences;
mod stem;
mod train_ner;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit codes, documented in `--help`.
const EXIT_OK: u8 = 0;
const EXIT_REGRESSION: u8 = 1;
const EXIT_ERROR: u8 = 2;
const EXIT_INTERRUPTED: u8 = 130;

const EXIT_CODES: &str = "Exit codes: 0 success; 1 a check or evaluation fell under its floor; 2 an error \
(bad input, unreadable file, failed write; the message names the file and line); 130 interrupted by \
Ctrl-C (no partial output file is left). A closed output pipe (`urai ... | head`) ends quietly with 0.";

/// urai: an Indonesian NLP pipeline. Annotates raw Indonesian text with sentences, tokens, words (clitics split
/// as in UD) and language, and evaluates annotations against gold files.
#[derive(Debug, Parser)]
#[command(name = "urai", version, about, after_help = EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Annotate documents: text, JSONL, CoNLL or CoNLL-U in; JSONL, CoNLL-U or CoNLL out.
    #[command(after_help = annotate::AFTER_HELP)]
    Annotate(annotate::Args),
    /// Print the root of each word: `WORD<TAB>ROOT`, one line per input word, in order.
    #[command(
        after_help = "Examples:\n  urai stem pembicaraan memperingatkan\n  urai stem < words.txt\n  urai stem --lang eng running"
    )]
    Stem(stem::Args),
    /// Regression-check directories of inputs and expected outputs (golden files, metric floors).
    #[command(after_help = check::AFTER_HELP)]
    Check(check::Args),
    /// Train an entity model of your own from CoNLL-style corpora.
    #[command(name = "train-ner", after_help = train_ner::AFTER_HELP)]
    TrainNer(train_ner::Args),
    /// Evaluate system output against gold files.
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Print the notices and licence texts of the third-party data embedded in urai (a copy you distribute
    /// carries them).
    Licences(licences::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    io::catch_interrupts();
    let result = match cli.command {
        Command::Annotate(args) => annotate::run(args),
        Command::Stem(args) => stem::run(args),
        Command::Check(args) => check::run(args),
        Command::TrainNer(args) => train_ner::run(args),
        Command::Eval(cmd) => eval::run(cmd),
        Command::Licences(args) => licences::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if io::is_broken_pipe(&err) {
                return ExitCode::from(EXIT_OK);
            }
            if err.downcast_ref::<io::Interrupted>().is_some() {
                eprintln!("urai: {err}");
                return ExitCode::from(EXIT_INTERRUPTED);
            }
            eprintln!("urai: error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
