//! `urai eval`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Subcommand;
use serde_json::json;
use urai::eval::{self, conll18};

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Tokens, Sentences, Words and Lemmas P/R/F1 of a system CoNLL-U file against a gold one, computed as the
    /// CoNLL 2018 shared task's evaluator computes them.
    #[command(after_help = "\
Example:
  urai annotate raw.txt --to conllu -o sys.conllu
  urai eval tokens --gold gold.conllu --system sys.conllu

Both files must spell the same text (whitespace aside). Exit codes: 0 success; 1 a figure is under --min-f1;
2 an error.")]
    Tokens(TokensArgs),
    /// Accuracy of the stemmer on gold `WORD<TAB>ROOT` pairs (or a headed TSV with form/lemma columns and an
    /// optional sent_id, so that capitalised words inside a sentence count as names, as in the pipeline).
    #[command(after_help = "\
Example:
  urai eval stem --gold pairs.tsv
  urai eval stem --gold ud_tokens.tsv --json --min-accuracy 96.5

Exit codes: 0 success; 1 the accuracy is under --min-accuracy; 2 an error.")]
    Stem(StemArgs),
    /// Span precision, recall and F1 of IOB2 entity tags, per type, micro and macro, as conlleval and seqeval's
    /// default mode compute them. Gold and system are CoNLL files (token first, tag last) with the same tokens.
    #[command(after_help = "\
Example:
  urai annotate gold.conll --from conll --to conll -o system.conll
  urai eval ner --gold gold.conll --system system.conll
  urai eval ner --gold gold.conll --system system.conll --json --min-f1 90

Blank lines separate sentences; -DOCSTART- lines are skipped; tokens are paired line by line and must match.
Exit codes: 0 success; 1 the micro F1 is under --min-f1; 2 an error.")]
    Ner(NerArgs),
    /// Span precision, recall and F1 of expressions (dates, times, money, numbers...) per type, exact (same
    /// start, end and type) and overlapping (same type, sharing a byte), and value accuracy on the exactly
    /// matched spans. Gold and system are JSONL files with `expressions` as `urai annotate` writes them,
    /// paired by id.
    #[command(after_help = "\
Example:
  urai annotate gold.jsonl --date-field doc_date -o system.jsonl
  urai eval expressions --gold gold.jsonl --system system.jsonl --min-f1 97 --min-value-accuracy 97

A gold record missing from the system file counts as one with no expressions.
Exit codes: 0 success; 1 the span F1 or the value accuracy is under its floor; 2 an error.")]
    Expressions(ExpressionsArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExpressionsArgs {
    /// The gold file (JSONL with `id`, `text`, `expressions`).
    #[arg(long, value_name = "G")]
    gold: PathBuf,
    /// The system file (JSONL, as `urai annotate` writes it).
    #[arg(long, value_name = "S")]
    system: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Exit with 1 when the exact span F1 over all types (in percent) is under this floor.
    #[arg(long, value_name = "PERCENT")]
    min_f1: Option<f64>,
    /// Exit with 1 when the value accuracy over all types (in percent) is under this floor.
    #[arg(long, value_name = "PERCENT")]
    min_value_accuracy: Option<f64>,
}

/// The expressions of every record of a JSONL file, by id, in file order.
pub fn read_expressions(
    path: &std::path::Path,
) -> Result<Vec<(String, Vec<urai::expressions::Expression>)>> {
    use anyhow::Context;
    use std::io::BufRead;
    let source = crate::io::Source::File(path.to_path_buf());
    let reader = source.open()?;
    let mut out = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{}: read failed", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: malformed JSON", path.display(), n + 1))?;
        let id = match v.get("id") {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(x @ serde_json::Value::Number(_)) => x.to_string(),
            _ => format!("{}:{}", path.display(), n + 1),
        };
        let found = urai::format::jsonl::expressions_of(&v)
            .map_err(|e| anyhow::anyhow!("{}:{}: {e}", path.display(), n + 1))?;
        out.push((id, found));
    }
    Ok(out)
}

/// Scores system expressions against gold ones, records paired by id.
pub fn score_expressions(
    gold: &[(String, Vec<urai::expressions::Expression>)],
    system: &[(String, Vec<urai::expressions::Expression>)],
) -> urai::expressions::eval::Report {
    let by_id: std::collections::HashMap<&str, &[urai::expressions::Expression]> = system
        .iter()
        .map(|(id, e)| (id.as_str(), e.as_slice()))
        .collect();
    let mut report = urai::expressions::eval::Report::default();
    for (id, g) in gold {
        report.add(g, by_id.get(id.as_str()).copied().unwrap_or(&[]));
    }
    report
}

fn expressions(args: ExpressionsArgs) -> Result<u8> {
    let gold = read_expressions(&args.gold)?;
    let system = read_expressions(&args.system)?;
    let report = score_expressions(&gold, &system);
    let total = report.total();
    if args.json {
        let row = |c: &urai::expressions::eval::Counts| {
            json!({
                "gold": c.gold, "system": c.system,
                "exact": {"precision": round(100.0 * c.exact_precision()), "recall": round(100.0 * c.exact_recall()),
                          "f1": round(100.0 * c.exact_f1())},
                "overlap": {"precision": round(100.0 * c.overlap_precision()),
                            "recall": round(100.0 * c.overlap_recall()), "f1": round(100.0 * c.overlap_f1())},
                "value_accuracy": round(100.0 * c.value_accuracy()),
            })
        };
        let mut types = serde_json::Map::new();
        for (t, c) in &report.per_type {
            types.insert(t.as_str().to_string(), row(c));
        }
        outln!("{}", json!({"types": types, "all": row(&total)}))?;
    } else {
        outln!("{}", report.table().trim_end())?;
    }
    let f1 = 100.0 * total.exact_f1();
    let acc = 100.0 * total.value_accuracy();
    let mut code = crate::EXIT_OK;
    if let Some(min) = args.min_f1
        && f1 < min
    {
        eprintln!("urai: span F1 {f1:.2} is under --min-f1 {min}");
        code = crate::EXIT_REGRESSION;
    }
    if let Some(min) = args.min_value_accuracy
        && acc < min
    {
        eprintln!("urai: value accuracy {acc:.2} is under --min-value-accuracy {min}");
        code = crate::EXIT_REGRESSION;
    }
    Ok(code)
}

#[derive(Debug, clap::Args)]
pub struct NerArgs {
    /// The gold file (CoNLL: token first, IOB2 tag last).
    #[arg(long, value_name = "G")]
    gold: PathBuf,
    /// The system file (same tokens).
    #[arg(long, value_name = "S")]
    system: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// seqeval's strict IOB2 mode (orphan I- tags are not entities) instead of conlleval's.
    #[arg(long)]
    strict: bool,
    /// Exit with 1 when the micro F1 (in percent) is under this floor.
    #[arg(long, value_name = "PERCENT")]
    min_f1: Option<f64>,
    /// Read the tags of both files with the training label mapping first (PERSON/PPL → PER,
    /// LOCATION/PLACE/PLC → LOC, ORGANIZATION/ORGANISATION → ORG, any other type → O), so that a corpus's gold
    /// file (NER-UI, NERGrit) can be scored against `urai annotate`'s output as it is.
    #[arg(long)]
    map_labels: bool,
}

#[derive(Debug, clap::Args)]
pub struct StemArgs {
    /// Gold pairs (TSV).
    #[arg(long, value_name = "PAIRS.tsv")]
    gold: PathBuf,
    /// A root lexicon of your own instead of the embedded one.
    #[arg(long, value_name = "PATH")]
    lexicon: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
    /// Also list the N most frequent errors.
    #[arg(long, value_name = "N", default_value_t = 0)]
    misses: usize,
    /// Exit with 1 when the accuracy on all tokens (in percent) is under this floor.
    #[arg(long, value_name = "PERCENT")]
    min_accuracy: Option<f64>,
}

#[derive(Debug, clap::Args)]
pub struct TokensArgs {
    /// The gold CoNLL-U file.
    #[arg(long, value_name = "G.conllu")]
    gold: PathBuf,
    /// The system CoNLL-U file.
    #[arg(long, value_name = "S.conllu")]
    system: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Print all thirteen rows of the evaluator (UPOS ... BLEX), not only Tokens, Sentences, Words, Lemmas.
    #[arg(long)]
    all: bool,
    /// Print the evaluator's raw counts (`conll18_ud_eval.py -c`) instead of percentages.
    #[arg(long, conflicts_with = "json")]
    counts: bool,
    /// Exit with 1 when the Tokens, Sentences or Words F1 (in percent) is under this floor; as
    /// `tokens=99.7,words=99.5,sentences=87`, or a single number for all three.
    #[arg(long, value_name = "FLOORS")]
    min_f1: Option<String>,
}

pub fn run(cmd: EvalCommand) -> Result<u8> {
    match cmd {
        EvalCommand::Tokens(args) => tokens(args),
        EvalCommand::Stem(args) => stem(args),
        EvalCommand::Ner(args) => ner(args),
        EvalCommand::Expressions(args) => expressions(args),
    }
}

const MAIN_ROWS: &[&str] = &["Tokens", "Sentences", "Words", "Lemmas"];

fn tokens(args: TokensArgs) -> Result<u8> {
    let e = eval::evaluate_conllu_files(&args.gold, &args.system)?;
    let rows: Vec<(&str, &conll18::Score)> = e
        .rows()
        .into_iter()
        .filter(|(name, _)| args.all || MAIN_ROWS.contains(name))
        .collect();
    if args.json {
        let mut obj = serde_json::Map::new();
        for (name, s) in &rows {
            obj.insert(
                name.to_lowercase(),
                json!({
                    "precision": round(100.0 * s.precision()),
                    "recall": round(100.0 * s.recall()),
                    "f1": round(100.0 * s.f1()),
                    "aligned_accuracy": s.aligned_accuracy().map(|a| round(100.0 * a)),
                    "correct": s.correct, "gold": s.gold, "system": s.system,
                }),
            );
        }
        outln!("{}", serde_json::Value::Object(obj))?;
    } else if args.counts {
        outln!("{}", conll18::render_counts(&e))?;
    } else if args.all {
        outln!("{}", conll18::render_table(&e))?;
    } else {
        outln!("Metric     | Precision |    Recall |  F1 Score | AligndAcc")?;
        outln!("-----------+-----------+-----------+-----------+-----------")?;
        for (name, s) in &rows {
            let aligned = s
                .aligned_accuracy()
                .map_or(String::new(), |a| format!("{:10.2}", 100.0 * a));
            outln!(
                "{:<11}|{:10.2} |{:10.2} |{:10.2} |{}",
                name,
                100.0 * s.precision(),
                100.0 * s.recall(),
                100.0 * s.f1(),
                aligned
            )?;
        }
    }
    if let Some(spec) = &args.min_f1 {
        let floors = parse_floors(spec)?;
        let mut failed = false;
        for (name, floor) in floors {
            let score = e
                .rows()
                .into_iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(&name))
                .map(|(n, s)| (n.to_string(), s.f1()));
            let Some((name, score)) = score else {
                anyhow::bail!("--min-f1: unknown metric {name:?}");
            };
            if 100.0 * score < floor {
                eprintln!(
                    "urai: {name} F1 {:.2} is under its floor {floor}",
                    100.0 * score
                );
                failed = true;
            }
        }
        if failed {
            return Ok(crate::EXIT_REGRESSION);
        }
    }
    Ok(crate::EXIT_OK)
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn parse_floors(spec: &str) -> Result<Vec<(String, f64)>> {
    if let Ok(all) = spec.trim().parse::<f64>() {
        return Ok(["Tokens", "Sentences", "Words"]
            .iter()
            .map(|n| (n.to_string(), all))
            .collect());
    }
    spec.split(',')
        .map(|item| {
            let (name, value) = item
                .split_once('=')
                .ok_or_else(|| anyhow::anyhow!("--min-f1: expected NAME=VALUE, found {item:?}"))?;
            let value: f64 = value
                .trim()
                .parse()
                .map_err(|_| anyhow::anyhow!("--min-f1: {value:?} is not a number"))?;
            Ok((name.trim().to_string(), value))
        })
        .collect()
}

fn stem(args: StemArgs) -> Result<u8> {
    let stemmer = crate::stem::stemmer(args.lexicon.as_ref())?;
    let gold = urai_stem::eval::read_gold(&args.gold)?;
    let r = urai_stem::eval::evaluate(&stemmer, &gold);
    if args.json {
        let misses: Vec<_> = r
            .misses
            .iter()
            .take(args.misses)
            .map(
                |m| json!({"word": m.word, "expected": m.expected, "got": m.got, "count": m.count}),
            )
            .collect();
        outln!(
            "{}",
            json!({
                "accuracy": round(100.0 * r.accuracy()), "correct": r.correct, "total": r.total,
                "content_accuracy": round(100.0 * r.content_accuracy()),
                "content_correct": r.content_correct, "content_total": r.content_total,
                "misses": misses,
            })
        )?;
    } else {
        outln!(
            "accuracy (all tokens)      {:6.2} %  ({} / {})",
            100.0 * r.accuracy(),
            r.correct,
            r.total
        )?;
        outln!(
            "accuracy (non-stopwords)   {:6.2} %  ({} / {})",
            100.0 * r.content_accuracy(),
            r.content_correct,
            r.content_total
        )?;
        for m in r.misses.iter().take(args.misses) {
            outln!(
                "{}\t{}\texpected {}\t×{}",
                m.word,
                m.got,
                m.expected,
                m.count
            )?;
        }
    }
    if let Some(floor) = args.min_accuracy
        && 100.0 * r.accuracy() < floor
    {
        eprintln!(
            "urai: accuracy {:.2} is under its floor {floor}",
            100.0 * r.accuracy()
        );
        return Ok(crate::EXIT_REGRESSION);
    }
    Ok(crate::EXIT_OK)
}

fn ner(args: NerArgs) -> Result<u8> {
    use urai_ner::eval::{Scheme, evaluate_files, evaluate_files_mapped};
    let scheme = if args.strict {
        Scheme::StrictIob2
    } else {
        Scheme::Conlleval
    };
    let r = if args.map_labels {
        evaluate_files_mapped(&args.gold, &args.system, scheme)?
    } else {
        evaluate_files(&args.gold, &args.system, scheme)?
    };
    if args.json {
        let score = |s: &urai_ner::eval::TypeScore| {
            json!({"precision": round(100.0 * s.precision), "recall": round(100.0 * s.recall),
                   "f1": round(100.0 * s.f1), "correct": s.tp, "gold": s.gold, "system": s.pred})
        };
        let per_type: serde_json::Map<String, serde_json::Value> = r
            .per_type
            .iter()
            .map(|(k, v)| (k.clone(), score(v)))
            .collect();
        outln!(
            "{}",
            json!({"micro": score(&r.micro), "macro_f1": round(100.0 * r.macro_f1), "per_type": per_type,
                   "tokens": r.tokens, "sentences": r.sentences,
                   "token_accuracy": round(100.0 * r.token_accuracy())})
        )?;
    } else {
        outln!("{r}")?;
    }
    if let Some(floor) = args.min_f1
        && 100.0 * r.micro.f1 < floor
    {
        eprintln!(
            "urai: NER micro F1 {:.2} is under its floor {floor}",
            100.0 * r.micro.f1
        );
        return Ok(crate::EXIT_REGRESSION);
    }
    Ok(crate::EXIT_OK)
}
