//! `urai annotate`.

use std::io::BufRead;

use rayon::prelude::*;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use urai::format::{self, Format, Offsets, ReadOptions, Reader};
use urai::ner::DocumentOptions;
use urai::{Document, Input, Pipeline};

use crate::io::{self, Output, Source};

pub const AFTER_HELP: &str = "\
Inputs are files, directories (every file below, sorted) or standard input (no INPUT, or `-`). A text file is
one document whose id is the file name, and so is an HTML file (a web page, in any charset: its text is
extracted, its blocks classified, and a source map and its metadata kept); a JSONL line is one document (with
--html-field, a page); CoNLL and CoNLL-U keep their tokens and sentences as given. Boilerplate (menus, `Baca
juga:` inserts, share bars, comments, notices, ads, footers, bylines) is flagged and left unannotated by
default (--boilerplate). Output is in input order, whatever -j is.

Examples:
  urai annotate article.txt                       # JSONL to stdout
  urai annotate corpus/ --to conllu -o corpus.conllu
  urai annotate page.html --to html -o page.view.html # entities highlighted, boilerplate greyed
  urai annotate crawl.jsonl --html-field html --boilerplate drop
  cat news.jsonl | urai annotate --text-field body --id-field url -j 2
  urai annotate gold.conll --from conll --to conll # tag gold-tokenized text

Compressed input (gzip, zstd) is read transparently; an output file ending in .gz or .zst is compressed.

Exit codes: 0 success; 2 an error (the message names the file and line); 130 interrupted.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum From {
    /// By file extension (.jsonl, .conllu, .conll, .html/.htm), else by the first line on stdin, else text.
    Auto,
    /// Plain text, one document per file.
    Text,
    /// A web page (HTML, any charset), one document per file.
    Html,
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
    /// One self-contained HTML page for all documents: entities highlighted, expressions underlined, a
    /// document list when there are several; records skipped by --skip-bad appear as error entries.
    Html,
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
    /// JSONL input: a field holding a web page (HTML) to read in place of the text field; records without
    /// it are read from the text field.
    #[arg(long, value_name = "F")]
    html_field: Option<String>,
    /// Boilerplate (menus, `Baca juga:`, share bars, comments, notices, ads, footers, bylines): `flag` lists
    /// it in `boilerplate` and neither stems nor tags it; `drop` leaves it out of sentences, tokens and words
    /// (the text and its offsets stay whole); `keep` annotates every block as article text.
    #[arg(long, value_name = "MODE", default_value = "flag", value_parser = str::parse::<urai::BoilerplateMode>)]
    boilerplate: urai::BoilerplateMode,
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
    /// Do not tag named entities.
    #[arg(long)]
    no_ner: bool,
    /// Do not look for dates, times, durations, money, percentages, numbers and quantities.
    #[arg(long)]
    no_expressions: bool,
    /// The date relative dates (`kemarin`, `pekan lalu`) are resolved against, for records that carry none
    /// in `--date-field`. Without it a document's dateline (a full date near its start) is used, and without
    /// a dateline relative dates keep relative values (`-P1D`).
    #[arg(long, value_name = "YYYY-MM-DD")]
    doc_date: Option<urai::expressions::Date>,
    /// JSONL input: the field holding each document's date (`YYYY-MM-DD` or a timestamp starting with one).
    #[arg(long, value_name = "F")]
    date_field: Option<String>,
    /// An entity model of your own (made by `urai train-ner`) instead of the embedded one.
    #[arg(long, value_name = "PATH")]
    ner_model: Option<PathBuf>,
    /// The annotation convention the entity tagger follows: `mean` (the mean of the model's domains; the
    /// default, for the embedded model and for a model of your own, where a model of one domain tags in that
    /// domain), `shared` (the shared features alone: what the training corpora agree on), or a domain id of
    /// the model (embedded: 0 = idner-news-2k, 1 = NER-UI, 2 = NERGrit; a model of your own: the ids given to
    /// `urai train-ner --train`).
    #[arg(long, value_name = "DOMAIN", value_parser = urai::options::parse_domain)]
    ner_domain: Option<u8>,
    /// The entity tagger's document rules, changed from their defaults: a comma-separated list of rule names,
    /// each turned on, or off with a `no-` prefix; `none` turns every rule off first. Rules (default in
    /// brackets): `person-parts` (on: `Lavrov` after `Sergei Lavrov` is that person), `propagate-entities`
    /// (off: a name tagged once is tagged where it recurs untagged), `unify-types` (on: one type per entity
    /// string in a document), `seats` (on: `Kremlin` used for the government is ORG), `acronyms` (on: `( KPK )`
    /// after `Komisi Pemberantasan Korupsi` takes its type), `initial-places` (on: a listed country or place
    /// opening a sentence as its subject, `Jepang mengirim bantuan`, is LOC). Example: `--ner-rules
    /// no-acronyms,propagate-entities`.
    #[arg(long, value_name = "RULES", value_parser = urai::options::parse_ner_rules)]
    ner_rules: Option<DocumentOptions>,
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

/// One input record.
enum Record {
    /// A document to annotate.
    Doc(Box<Input>),
    /// A malformed record that was skipped: where it was (`file:line`) and what was wrong.
    Bad { name: String, message: String },
}

/// Documents are annotated in batches of this many records or bytes of text, whichever comes first: enough to
/// keep every core busy, small enough to keep memory bounded on corpora of any size.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 2 << 20;

impl Args {
    /// How these options read input records.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            text_field: self.text_field.clone(),
            id_field: self.id_field.clone(),
            date_field: self.date_field.clone(),
            lossy: self.lossy,
            html_field: self.html_field.clone(),
        }
    }

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
        config.ner = !self.no_ner;
        config.expressions = !self.no_expressions;
        config.doc_date = self.doc_date;
        config.boilerplate = self.boilerplate;
        let mut pipeline = Pipeline::with_config(config);
        if let Some(path) = &self.ner_model {
            let tagger = urai::ner::Tagger::from_path(path)
                .with_context(|| format!("{}: cannot load the entity model", path.display()))?;
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(domain) = self.ner_domain {
            let tagger = pipeline.tagger().clone().with_domain(domain);
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(rules) = self.ner_rules {
            let tagger = pipeline.tagger().clone().with_options(rules);
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(path) = &self.lexicon {
            pipeline = pipeline.with_stemmer(crate::stem::stemmer(Some(path))?);
        }
        Ok(pipeline)
    }
}

/// What the reader thread hands to the workers.
enum Batch {
    /// Records with their position among the documents and among all entries (malformed records that
    /// `--skip-bad` skipped count among the entries: the HTML page shows them).
    Records(Vec<(usize, usize, Record)>),
    /// The input ended; `skipped` malformed records were reported and left out.
    End { skipped: usize },
}

pub fn run(args: Args) -> Result<u8> {
    let sources = io::expand(&args.inputs)?;
    let pipeline = args.pipeline()?;
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build().context("cannot start worker threads")?;
    let read_options = args.read_options();
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
    let mut toc = format::html::Toc::new();
    if args.to == To::Html {
        let title = if sources.is_empty() {
            "stdin".to_string()
        } else {
            sources
                .iter()
                .map(Source::name)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let name = output.name().to_string();
        format::html::write_head(&title, output.writer())
            .with_context(|| format!("{name}: write failed"))?;
    }

    // Reading and parsing run on their own thread, one bounded batch ahead of the workers, so that the
    // workers never wait for input and memory stays bounded whatever the size of the corpus.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Batch>>(1);
    let (from, skip_bad) = (args.from, args.skip_bad);
    std::thread::spawn(move || {
        let result = read_batches(&sources, from, &read_options, skip_bad, &tx);
        if let Err(e) = result {
            let _ = tx.send(Err(e));
        }
    });

    let to = args.to;
    let mut written = 0usize;
    loop {
        // Wake up now and then to notice Ctrl-C even while the reader waits on a terminal.
        let batch = match rx.recv_timeout(std::time::Duration::from_millis(100)) {
            Ok(batch) => batch,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                io::check_interrupted()?;
                continue;
            }
            // The reader thread ended without saying so: it panicked.
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                anyhow::bail!("the input reader stopped unexpectedly")
            }
        };
        io::check_interrupted()?;
        let records = match batch? {
            Batch::Records(records) => records,
            Batch::End { skipped } => {
                io::check_interrupted()?;
                if to == To::Html {
                    let name = output.name().to_string();
                    toc.write_foot(output.writer())
                        .with_context(|| format!("{name}: write failed"))?;
                }
                output.finish()?;
                if let Some(bar) = progress {
                    bar.finish_and_clear();
                }
                if skipped > 0 {
                    eprintln!(
                        "urai: {skipped} malformed record(s) skipped, {written} document(s) written"
                    );
                }
                return Ok(crate::EXIT_OK);
            }
        };
        // A batch of one document (a document as large as a batch, such as a big web page) is written straight
        // to the output as it is serialised, so that its record is never held whole in memory.
        let mut records = records;
        if records.len() == 1
            && matches!(records.first(), Some((_, _, Record::Doc(_))))
            && let Some((index, entry, Record::Doc(input))) = records.pop()
        {
            let doc = pool.install(|| pipeline.annotate_with(&mut pipeline.worker(), *input));
            if to == To::Html {
                toc.push(&doc.id);
            }
            let name = output.name().to_string();
            write_doc(&doc, to, offsets, index == 0, entry, output.writer())
                .with_context(|| format!("{name}: write failed"))?;
            written += 1;
            if let Some(bar) = &progress {
                bar.set_position(written as u64);
            }
            continue;
        }
        // Annotation and serialisation both run on the workers, a run of records at a time (each stage over
        // the run's documents before the next stage); this thread only writes bytes in order.
        let rendered: Vec<std::io::Result<(Vec<u8>, Option<String>)>> = pool.install(|| {
            urai::runs(records, |(_, _, record)| match record {
                Record::Doc(input) => input.text.len(),
                Record::Bad { .. } => 0,
            })
            .into_par_iter()
            .map_init(
                || pipeline.worker(),
                |worker, run| render_run(&pipeline, worker, run, to, offsets),
            )
            .flatten_iter()
            .collect()
        });
        let name = output.name().to_string();
        for item in rendered {
            let (buf, id) = item.with_context(|| format!("{name}: cannot render a document"))?;
            if to == To::Html {
                // Error entries are listed under the place they were found at.
                toc.push(id.as_deref().unwrap_or("(malformed record)"));
            }
            output
                .writer()
                .write_all(&buf)
                .with_context(|| format!("{name}: write failed"))?;
            written += usize::from(id.is_some());
        }
        if let Some(bar) = &progress {
            bar.set_position(written as u64);
        }
    }
}

/// Annotates the documents of a run of records together and renders each record, in order: a document as
/// `to` says, a malformed record as an error entry of the HTML view (and as nothing in other formats).
fn render_run(
    pipeline: &Pipeline,
    worker: &mut urai::Worker<'_>,
    run: Vec<(usize, usize, Record)>,
    to: To,
    offsets: Offsets,
) -> Vec<std::io::Result<(Vec<u8>, Option<String>)>> {
    let mut inputs = Vec::new();
    let mut slots = Vec::with_capacity(run.len());
    for (index, entry, record) in run {
        match record {
            Record::Doc(input) => {
                inputs.push(*input);
                slots.push((index, entry, None));
            }
            Record::Bad { name, message } => slots.push((index, entry, Some((name, message)))),
        }
    }
    let mut docs = pipeline.annotate_many_with(worker, inputs).into_iter();
    slots
        .into_iter()
        .map(|(index, entry, bad)| {
            let mut buf = Vec::new();
            match bad {
                None => {
                    let doc = docs.next().ok_or_else(|| {
                        std::io::Error::other(
                            "the pipeline returned fewer documents than it was given",
                        )
                    })?;
                    buf.reserve(doc.text.len() * 4);
                    write_doc(&doc, to, offsets, index == 0, entry, &mut buf)?;
                    Ok((buf, Some(doc.id)))
                }
                Some((name, message)) => {
                    if to == To::Html {
                        format::html::write_error(&name, &message, entry, &mut buf)?;
                    }
                    Ok((buf, None))
                }
            }
        })
        .collect()
}

fn read_batches(
    sources: &[Source],
    from: From,
    options: &ReadOptions,
    skip_bad: bool,
    tx: &std::sync::mpsc::SyncSender<Result<Batch>>,
) -> Result<()> {
    let mut index = 0usize;
    let mut entry = 0usize;
    let mut skipped = 0usize;
    let mut batch = Vec::new();
    let mut batch_bytes = 0usize;
    let send = |batch: Vec<(usize, usize, Record)>| -> Result<()> {
        // A closed channel means the main thread stopped (an error or an interrupt): stop reading.
        tx.send(Ok(Batch::Records(batch)))
            .map_err(|_| anyhow::anyhow!("output closed"))
    };
    for source in sources {
        let (reader, format) = open_source(source, from)?;
        for record in Reader::new(reader, &source.name(), format, options) {
            match record {
                Ok(input) => {
                    batch_bytes += input.text.len();
                    batch.push((index, entry, Record::Doc(Box::new(input))));
                    index += 1;
                }
                Err(e @ (urai::Error::Input { .. } | urai::Error::Utf8 { .. })) if skip_bad => {
                    eprintln!("urai: skipped: {e}");
                    skipped += 1;
                    let name = e.location().unwrap_or_else(|| source.name());
                    let message = e.to_string();
                    batch.push((index, entry, Record::Bad { name, message }));
                }
                Err(e) => return Err(e.into()),
            }
            entry += 1;
            if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                send(std::mem::take(&mut batch))?;
                batch_bytes = 0;
            }
        }
    }
    if !batch.is_empty() {
        send(batch)?;
    }
    tx.send(Ok(Batch::End { skipped }))
        .map_err(|_| anyhow::anyhow!("output closed"))?;
    Ok(())
}

fn open_source(source: &Source, from: From) -> Result<(Box<dyn BufRead + Send>, Format)> {
    let mut reader = source.open()?;
    let format = match (from, source) {
        (From::Text, _) => Format::Text,
        (From::Html, _) => Format::Html,
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
    entry: usize,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match to {
        To::Html => format::html::write_document(doc, entry, &format::html::flagged(doc), out),
        To::Jsonl => format::jsonl::write(doc, offsets, out),
        To::Conllu => format::conllu::write(doc, out),
        To::Conll => format::conll::write(doc, first, out),
    }
}
