//! `urai annotate`.

use std::io::BufRead;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use urai::format::{self, Format, Offsets, ReadOptions, Reader};
use urai::{Document, Input, Pipeline};

use crate::io::{self, Output, Source};

pub const AFTER_HELP: &str = "\
Inputs are files, directories (every file below, sorted) or standard input (no INPUT, or `-`). A text file is
one document whose id is the file name; a JSONL line is one document; CoNLL and CoNLL-U keep their tokens and
sentences as given. Output is in input order, whatever -j is.

Examples:
  urai annotate article.txt                       # JSONL to stdout
  urai annotate corpus/ --to conllu -o corpus.conllu
  cat news.jsonl | urai annotate --text-field body --id-field url -j 2
  urai annotate gold.conll --from conll --to conll # tag gold-tokenized text

Compressed input (gzip, zstd) is read transparently; an output file ending in .gz or .zst is compressed.

Exit codes: 0 success; 2 an error (the message names the file and line); 130 interrupted.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum From {
    /// By file extension (.jsonl, .conllu, .conll), else by the first line on stdin, else text.
    Auto,
    /// Plain text, one document per file.
    Text,
    /// JSON Lines, one document per line.
    Jsonl,
    /// CoNLL, one token per line (first column read).
    Conll,
    /// CoNLL-U.
    Conllu,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum To {
    /// JSON Lines (schema urai/1), one compact object per document.
    Jsonl,
    /// CoNLL-U with multiword tokens and a trivial tree.
    Conllu,
    /// CoNLL: token, stem, IOB2 tag; tab-separated.
    Conll,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OffsetUnit {
    /// UTF-8 byte offsets.
    Byte,
    /// Unicode code points (Python string indices).
    Char,
}

/// Arguments of `urai annotate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input files or directories; none or `-` reads standard input.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Output file (written to a temporary file, then renamed); standard output when absent or `-`.
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: Option<PathBuf>,
    /// Input format.
    #[arg(long, value_enum, default_value_t = From::Auto)]
    from: From,
    /// Output format.
    #[arg(long, value_enum, default_value_t = To::Jsonl)]
    to: To,
    /// JSONL input: the field holding the text.
    #[arg(long, value_name = "F", default_value = "text")]
    text_field: String,
    /// JSONL input: the field holding the id.
    #[arg(long, value_name = "F", default_value = "id")]
    id_field: String,
    /// Worker threads (default: all cores).
    #[arg(short = 'j', long = "jobs", value_name = "N")]
    jobs: Option<usize>,
    /// JSONL output: byte offsets (default) or code-point offsets.
    #[arg(long, value_enum, default_value_t = OffsetUnit::Byte)]
    offsets: OffsetUnit,
    /// Do not identify the language of each document.
    #[arg(long)]
    no_lang: bool,
    /// Do not stem (no stems or stopword flags in the output).
    #[arg(long)]
    no_stem: bool,
    /// The stemmer's root lexicon: a file of your own instead of the embedded one.
    #[arg(long, value_name = "PATH")]
    lexicon: Option<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping with an error.
    #[arg(long)]
    lossy: bool,
    /// Report a malformed record (bad JSON, missing text field, invalid UTF-8) on stderr, skip it and go on;
    /// the number skipped is printed at the end.
    #[arg(long)]
    skip_bad: bool,
    /// Abbreviation periods: `keep` (`Dr.` one token, UD CSUI's convention) or `split` (`Dr` `.`, UD GSD's).
    #[arg(long, value_enum, default_value_t = Periods::Keep)]
    abbrev_period: Periods,
    /// Only blank lines and punctuation end sentences (for hard-wrapped text); by default a line that stands
    /// on its own (a headline, a list item) is a sentence.
    #[arg(long)]
    no_line_sentences: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Periods {
    /// `Dr.` is one token.
    Keep,
    /// `Dr` and `.` are two tokens.
    Split,
}

/// Documents are annotated in batches of this many records or bytes of text, whichever comes first: enough to
/// keep every core busy, small enough to keep memory bounded on corpora of any size.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

impl Args {
    /// The pipeline these options describe.
    pub fn pipeline(&self) -> Result<Pipeline> {
        let mut config = urai::PipelineConfig::default();
        config.identify_language = !self.no_lang;
        config.tokenizer.abbreviation_periods = match self.abbrev_period {
            Periods::Keep => urai::tokenizer::AbbreviationPeriods::Keep,
            Periods::Split => urai::tokenizer::AbbreviationPeriods::Split,
        };
        config.tokenizer.line_breaks_end_sentences = !self.no_line_sentences;
        config.stem = !self.no_stem;
        let mut pipeline = Pipeline::with_config(config);
        if let Some(path) = &self.lexicon {
            pipeline = pipeline.with_stemmer(crate::stem::stemmer(Some(path))?);
        }
        Ok(pipeline)
    }
}

pub fn run(args: Args) -> Result<u8> {
    let sources = io::expand(&args.inputs)?;
    let pipeline = args.pipeline()?;
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build().context("cannot start worker threads")?;
    let read_options = ReadOptions {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        lossy: args.lossy,
    };
    let offsets = match args.offsets {
        OffsetUnit::Byte => Offsets::Byte,
        OffsetUnit::Char => Offsets::Char,
    };
    let progress = io::stderr_is_terminal().then(|| {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} {pos} documents annotated ({per_sec}) {elapsed}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar
    });

    let mut output = Output::open(args.output.as_deref())?;
    let mut written = 0usize;
    let mut skipped = 0usize;
    let mut batch: Vec<Input> = Vec::new();
    let mut batch_bytes = 0usize;
    let flush = |batch: &mut Vec<Input>, output: &mut Output, written: &mut usize| -> Result<()> {
        let docs = pool.install(|| pipeline.annotate_batch(std::mem::take(batch)));
        let name = output.name().to_string();
        for doc in &docs {
            write_doc(doc, args.to, offsets, *written == 0, output.writer())
                .with_context(|| format!("{name}: write failed"))?;
            *written += 1;
        }
        if let Some(bar) = &progress {
            bar.set_position(*written as u64);
        }
        Ok(())
    };
    for source in &sources {
        let (reader, format) = open_source(source, args.from)?;
        for record in Reader::new(reader, &source.name(), format, &read_options) {
            io::check_interrupted()?;
            let input = match record {
                Ok(input) => input,
                Err(e @ (urai::Error::Input { .. } | urai::Error::Utf8 { .. }))
                    if args.skip_bad =>
                {
                    eprintln!("urai: skipped: {e}");
                    skipped += 1;
                    continue;
                }
                Err(e) => return Err(e.into()),
            };
            batch_bytes += input.text.len();
            batch.push(input);
            if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                flush(&mut batch, &mut output, &mut written)?;
                batch_bytes = 0;
            }
        }
    }
    flush(&mut batch, &mut output, &mut written)?;
    io::check_interrupted()?;
    output.finish()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if skipped > 0 {
        eprintln!("urai: {skipped} malformed record(s) skipped, {written} document(s) written");
    }
    Ok(crate::EXIT_OK)
}

fn open_source(source: &Source, from: From) -> Result<(Box<dyn BufRead + Send>, Format)> {
    let mut reader = source.open()?;
    let format = match (from, source) {
        (From::Text, _) => Format::Text,
        (From::Jsonl, _) => Format::Jsonl,
        (From::Conll, _) => Format::Conll,
        (From::Conllu, _) => Format::Conllu,
        (From::Auto, Source::File(p)) => Format::from_path(&p.to_string_lossy()),
        (From::Auto, Source::Stdin) => {
            let head = reader
                .fill_buf()
                .with_context(|| format!("{}: read failed", source.name()))?;
            let first = head
                .split(|&b| b == b'\n')
                .find(|l| !l.iter().all(u8::is_ascii_whitespace));
            first.map_or(Format::Text, |l| Format::sniff(&String::from_utf8_lossy(l)))
        }
    };
    Ok((reader, format))
}

fn write_doc(
    doc: &Document,
    to: To,
    offsets: Offsets,
    first: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match to {
        To::Jsonl => format::jsonl::write(doc, offsets, out),
        To::Conllu => format::conllu::write(doc, out),
        To::Conll => format::conll::write(doc, first, out),
    }
}
