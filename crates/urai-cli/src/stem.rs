//! `urai stem`.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use urai_stem::{Language, Stemmer};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Words to stem; with none, one word per line is read from standard input.
    #[arg(value_name = "WORD")]
    words: Vec<String>,
    /// A root lexicon of your own (one root per line, or the TSV of `data/stem/lexicon.tsv`).
    #[arg(long, value_name = "PATH")]
    lexicon: Option<PathBuf>,
    /// Stem as this language (ISO 639-1 or 639-3 code): `ind` (default) uses urai's Indonesian stemmer, others
    /// the Snowball stemmers of rust-stemmers; languages without one are only lower-cased.
    #[arg(long, value_name = "CODE", default_value = "ind")]
    lang: String,
}

pub fn stemmer(lexicon: Option<&PathBuf>) -> Result<Stemmer> {
    match lexicon {
        None => Ok(Stemmer::new()),
        Some(p) => Stemmer::from_lexicon(p)
            .with_context(|| format!("{}: cannot load the lexicon", p.display())),
    }
}

pub fn run(args: Args) -> Result<u8> {
    let stemmer = stemmer(args.lexicon.as_ref())?;
    let language = Language::from_code(&args.lang);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut worker = stemmer.worker();
    let mut emit = |word: &str, out: &mut dyn Write| -> Result<()> {
        let root = if language == Language::Indonesian {
            worker.stem(word).to_string()
        } else {
            stemmer.stem_in(language, word).into_owned()
        };
        writeln!(out, "{word}\t{root}").context("<stdout>: write failed")
    };
    if args.words.is_empty() {
        let stdin = std::io::stdin();
        for (n, line) in stdin.lock().lines().enumerate() {
            let line =
                line.with_context(|| format!("<stdin>:{}: cannot read (not UTF-8?)", n + 1))?;
            emit(line.trim(), &mut out)?;
        }
    } else {
        for word in &args.words {
            emit(word, &mut out)?;
        }
    }
    out.flush().context("<stdout>: write failed")?;
    Ok(crate::EXIT_OK)
}
