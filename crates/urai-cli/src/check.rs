//! `urai check`: regression tests against gold files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use urai::eval::conll18;
use urai::format::{self, Format, Offsets, ReadOptions, Reader};
use urai::{Document, Pipeline};

use crate::io::Output;

pub const AFTER_HELP: &str = "\
Each DIR holds inputs and their expected outputs, and optionally a check.toml:

  news-1.txt                  an input (any format `urai annotate` reads: .txt, .html, .jsonl, .conll, .conllu)
  news-1.expected.conllu      what `urai annotate` must produce for it (.jsonl, .conllu, .conll, .html for
                              the HTML view, or .txt for the article text: the text without its flagged
                              boilerplate, a block a line)
  check.toml                  optional:
      exact = true            # every expected file must match byte for byte (default true)
      annotate = [\"--abbrev-period\", \"split\"]   # options for `urai annotate`
      tokens.f1 = 0.997       # metric floors, each a minimum
      sentences.f1 = 0.90
      stem.accuracy = 0.96
      ner.f1 = 0.88
      expressions.f1 = 0.97
      expressions.value_accuracy = 0.97
      content.f1 = 0.95       # article text against an .expected.txt

Metrics compare the output with the expected file: tokens.f1, sentences.f1, words.f1, lemmas.f1 (CoNLL 2018
evaluator, .conllu expected files), stem.accuracy (words whose stem matches, .conllu or .conll), and ner.f1,
ner.precision, ner.recall (entity spans, conlleval; .conll expected files, tag in the last column),
expressions.f1 and expressions.value_accuracy (exact expression spans and their values; .jsonl expected
files with `expressions`), content.f1, content.precision, content.recall (the article text's lower-cased
word tokens as a multiset, against an .expected.txt, micro-averaged) and content.sentences_kept (the share of
the expected text's sentences of four words or more found whole in the article text). README files in a
directory are not inputs.
With exact = false only the floors count: the way to keep human gold annotations next to their texts.

Exit codes: 0 everything holds; 1 a difference or a metric under its floor; 2 an error.
`--bless` rewrites the expected files with the current output (and creates NAME.expected.jsonl for an input
that has none).";

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directories of inputs and expected outputs.
    #[arg(value_name = "DIR", required = true)]
    dirs: Vec<PathBuf>,
    /// Rewrite the expected outputs with what urai produces now.
    #[arg(long)]
    bless: bool,
    /// How many differing lines to show per file.
    #[arg(long, value_name = "N", default_value_t = 5)]
    show: usize,
}

#[derive(Debug, Default)]
struct Config {
    exact: bool,
    annotate: Vec<String>,
    floors: BTreeMap<String, f64>,
}

const METRICS: &[&str] = &[
    "tokens.f1",
    "sentences.f1",
    "words.f1",
    "lemmas.f1",
    "stem.accuracy",
    "ner.f1",
    "ner.precision",
    "ner.recall",
    "expressions.f1",
    "expressions.value_accuracy",
    "content.f1",
    "content.precision",
    "content.recall",
    "content.sentences_kept",
];

fn read_config(dir: &Path) -> Result<Config> {
    let path = dir.join("check.toml");
    let mut config = Config {
        exact: true,
        ..Config::default()
    };
    if !path.exists() {
        return Ok(config);
    }
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map_or(0, |s| text[..s.start].matches('\n').count() + 1);
        anyhow::anyhow!("{}:{line}: {}", path.display(), e.message())
    })?;
    for (key, value) in &table {
        match (key.as_str(), value) {
            ("exact", toml::Value::Boolean(b)) => config.exact = *b,
            ("annotate", toml::Value::Array(items)) => {
                for item in items {
                    let Some(s) = item.as_str() else {
                        bail!("{}: `annotate` must be a list of strings", path.display());
                    };
                    config.annotate.push(s.to_string());
                }
            }
            (group, toml::Value::Table(metrics)) => {
                for (name, floor) in metrics {
                    let metric = format!("{group}.{name}");
                    let floor = floor
                        .as_float()
                        .or_else(|| floor.as_integer().map(|i| i as f64));
                    let Some(floor) = floor.filter(|_| METRICS.contains(&metric.as_str())) else {
                        bail!(
                            "{}: `{metric}` is not a metric floor (known: {})",
                            path.display(),
                            METRICS.join(", ")
                        );
                    };
                    config.floors.insert(metric, floor);
                }
            }
            (other, _) => bail!("{}: unknown setting `{other}`", path.display()),
        }
    }
    Ok(config)
}

/// The pipeline a directory's `annotate = [...]` options describe (parsed as `urai annotate` would), and how
/// they read records.
fn pipeline_for(options: &[String]) -> Result<(Pipeline, ReadOptions)> {
    use clap::Parser;
    #[derive(Parser)]
    struct Wrapper {
        #[command(flatten)]
        args: crate::annotate::Args,
    }
    let argv = std::iter::once("urai-annotate".to_string()).chain(options.iter().cloned());
    let w = Wrapper::try_parse_from(argv).context("check.toml: bad `annotate` options")?;
    Ok((w.args.pipeline()?, w.args.read_options()))
}

fn is_expected(name: &str) -> bool {
    name.contains(".expected.")
}

pub fn run(args: Args) -> Result<u8> {
    let mut regressions = 0usize;
    let mut checked = 0usize;
    for dir in &args.dirs {
        let config = read_config(dir)?;
        let (pipeline, read_options) = pipeline_for(&config.annotate)?;
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .with_context(|| format!("{}: cannot read directory", dir.display()))?
            .map(|e| e.map(|e| e.path()))
            .collect::<std::io::Result<_>>()
            .with_context(|| format!("{}: cannot read directory", dir.display()))?;
        files.sort();
        let inputs: Vec<&PathBuf> = files
            .iter()
            .filter(|p| {
                let name = p
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned());
                p.is_file()
                    && !name.starts_with('.')
                    && !name.starts_with("README")
                    && !is_expected(&name)
                    && name != "check.toml"
            })
            .collect();
        let mut metric_sums: BTreeMap<String, (f64, f64)> = BTreeMap::new();
        for input in inputs {
            let stem = input
                .file_stem()
                .map_or(String::new(), |s| s.to_string_lossy().into_owned());
            let stem = stem
                .strip_suffix(".gz")
                .or_else(|| stem.strip_suffix(".zst"))
                .unwrap_or(&stem)
                .to_string();
            let base = Path::new(&stem)
                .file_stem()
                .map_or(stem.clone(), |s| s.to_string_lossy().into_owned());
            let mut expected: Vec<PathBuf> = files
                .iter()
                .filter(|p| {
                    p.file_name().is_some_and(|n| {
                        n.to_string_lossy()
                            .starts_with(&format!("{base}.expected."))
                    })
                })
                .cloned()
                .collect();
            if expected.is_empty() {
                if args.bless {
                    expected.push(dir.join(format!("{base}.expected.jsonl")));
                } else {
                    eprintln!(
                        "urai: {}: no {base}.expected.* file (run with --bless to create one)",
                        input.display()
                    );
                    regressions += 1;
                    continue;
                }
            }
            let docs = annotate_file(&pipeline, &read_options, input)?;
            for exp in expected {
                checked += 1;
                let to = Format::from_path(&exp.to_string_lossy());
                let got = render(&docs, to)?;
                if args.bless {
                    let mut out = Output::open(Some(&exp))?;
                    out.writer()
                        .write_all(&got)
                        .with_context(|| format!("{}: write failed", exp.display()))?;
                    out.finish()?;
                    outln!("blessed {}", exp.display())?;
                    continue;
                }
                let want = std::fs::read(&exp)
                    .with_context(|| format!("{}: cannot read", exp.display()))?;
                if config.exact && want != got {
                    regressions += 1;
                    report_diff(&exp, &want, &got, args.show)?;
                }
                for (metric, (num, den)) in metrics(&exp, to, &want, &got)? {
                    let e = metric_sums.entry(metric).or_default();
                    e.0 += num;
                    e.1 += den;
                }
            }
        }
        for (metric, floor) in &config.floors {
            let Some(&(num, den)) = metric_sums.get(metric) else {
                eprintln!("urai: {}: no expected file gives `{metric}`", dir.display());
                regressions += 1;
                continue;
            };
            let value = if den > 0.0 { num / den } else { 0.0 };
            let ok = value >= *floor;
            outln!(
                "{} {}: {metric} = {value:.4} (floor {floor})",
                if ok { "ok  " } else { "FAIL" },
                dir.display()
            )?;
            if !ok && !args.bless {
                regressions += 1;
            }
        }
    }
    if args.bless {
        return Ok(crate::EXIT_OK);
    }
    if regressions > 0 {
        outln!("{regressions} regression(s) in {checked} expected file(s)")?;
        Ok(crate::EXIT_REGRESSION)
    } else {
        outln!("all {checked} expected file(s) hold")?;
        Ok(crate::EXIT_OK)
    }
}

fn annotate_file(
    pipeline: &Pipeline,
    options: &ReadOptions,
    input: &Path,
) -> Result<Vec<Document>> {
    let source = crate::io::Source::File(input.to_path_buf());
    let reader = source.open()?;
    let format = Format::from_path(&input.to_string_lossy());
    let records: Vec<urai::Input> =
        Reader::new(reader, &source.name(), format, options).collect::<urai::Result<_>>()?;
    Ok(pipeline.annotate_batch(records))
}

fn render(docs: &[Document], to: Format) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        match to {
            Format::Conllu => format::conllu::write(d, &mut out)?,
            Format::Conll => format::conll::write(d, i == 0, &mut out)?,
            Format::Jsonl => format::jsonl::write(d, Offsets::Byte, &mut out)?,
            // An `.expected.txt` is the article text.
            Format::Text => {
                for line in d.content_lines() {
                    out.extend_from_slice(line.as_bytes());
                    out.push(b'\n');
                }
            }
            // An `.expected.html` is the whole HTML view of the file's documents.
            Format::Html => {}
        }
    }
    if to == Format::Html {
        format::html::write_page(docs, "urai", &mut out)?;
    }
    Ok(out)
}

fn report_diff(path: &Path, want: &[u8], got: &[u8], show: usize) -> std::io::Result<()> {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    outln!("DIFF {}", path.display())?;
    let mut shown = 0;
    let total = w.len().max(g.len());
    for i in 0..total {
        let (a, b) = (w.get(i).copied(), g.get(i).copied());
        if a == b {
            continue;
        }
        let (a, b) = (a.unwrap_or("<end of file>"), b.unwrap_or("<end of file>"));
        // Long lines (JSONL) are shown around their first difference.
        let (a, b, col) = window(a, b);
        match col {
            Some(c) => outln!(
                "  line {}, column {c}:\n    expected: {a}\n    got:      {b}",
                i + 1
            )?,
            None => outln!("  line {}:\n    expected: {a}\n    got:      {b}", i + 1)?,
        }
        shown += 1;
        if shown >= show {
            let rest = (i + 1..total).filter(|&k| w.get(k) != g.get(k)).count();
            if rest > 0 {
                outln!("  ... and {rest} more differing line(s)")?;
            }
            break;
        }
    }
    Ok(())
}

/// Both lines, or for long lines a window of each around the first differing character and its 1-based column.
fn window<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str, Option<usize>) {
    const LONG: usize = 160;
    const CONTEXT: usize = 60;
    if a.len() <= LONG && b.len() <= LONG {
        return (a, b, None);
    }
    let first = a
        .char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((k, _), _)| k);
    let cut = |s: &'a str| -> &'a str {
        let mut start = first.saturating_sub(CONTEXT).min(s.len());
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (first + CONTEXT).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        &s[start..end]
    };
    (cut(a), cut(b), Some(a[..first].chars().count() + 1))
}

/// Metric numerators and denominators of one expected file against the output.
fn metrics(path: &Path, to: Format, want: &[u8], got: &[u8]) -> Result<Vec<(String, (f64, f64))>> {
    let want =
        std::str::from_utf8(want).with_context(|| format!("{}: not UTF-8", path.display()))?;
    let got = std::str::from_utf8(got).unwrap_or_default();
    let mut out = Vec::new();
    match to {
        Format::Conllu => {
            let e = conll18::evaluate(want, got)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            for (name, s) in [
                ("tokens", &e.tokens),
                ("sentences", &e.sentences),
                ("words", &e.words),
                ("lemmas", &e.lemmas),
            ] {
                // F1 summed over files by its counts: 2·correct / (gold + system).
                out.push((
                    format!("{name}.f1"),
                    (2.0 * s.correct as f64, (s.gold + s.system) as f64),
                ));
            }
            out.push((
                "stem.accuracy".into(),
                (e.lemmas.correct as f64, e.words.gold as f64),
            ));
        }
        Format::Conll => {
            let col = |text: &str| -> Vec<(String, String)> {
                text.lines()
                    .filter(|l| !l.trim().is_empty() && !l.starts_with("-DOCSTART-"))
                    .map(|l| {
                        let mut c = l.split('\t');
                        (
                            c.next().unwrap_or("").to_string(),
                            c.next().unwrap_or("_").to_string(),
                        )
                    })
                    .collect()
            };
            let (w, g) = (col(want), col(got));
            let same = w
                .iter()
                .zip(&g)
                .filter(|(a, b)| a.0 == b.0 && a.1 == b.1)
                .count();
            out.push((
                "stem.accuracy".into(),
                (same as f64, w.len().max(g.len()) as f64),
            ));
            let r = urai_ner::eval::evaluate_readers(
                want.as_bytes(),
                path,
                got.as_bytes(),
                Path::new("<output>"),
                urai_ner::eval::Scheme::Conlleval,
            )
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            let m = &r.micro;
            out.push((
                "ner.f1".into(),
                (2.0 * m.tp as f64, (m.gold + m.pred) as f64),
            ));
            out.push(("ner.precision".into(), (m.tp as f64, m.pred as f64)));
            out.push(("ner.recall".into(), (m.tp as f64, m.gold as f64)));
        }
        Format::Jsonl => {
            let read = |text: &str,
                        name: &str|
             -> Result<Vec<(String, Vec<urai::expressions::Expression>)>> {
                let mut docs = Vec::new();
                for (n, line) in text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| !l.trim().is_empty())
                {
                    let v: serde_json::Value = serde_json::from_str(line)
                        .with_context(|| format!("{name}:{}: malformed JSON", n + 1))?;
                    let id = v
                        .get("id")
                        .and_then(|x| x.as_str())
                        .unwrap_or("")
                        .to_string();
                    let found = urai::format::jsonl::expressions_of(&v)
                        .map_err(|e| anyhow::anyhow!("{name}:{}: {e}", n + 1))?;
                    docs.push((id, found));
                }
                Ok(docs)
            };
            let gold = read(want, &path.display().to_string())?;
            let system = read(got, "<output>")?;
            let t = crate::eval::score_expressions(&gold, &system).total();
            out.push((
                "expressions.f1".into(),
                (2.0 * t.exact as f64, (t.gold + t.system) as f64),
            ));
            out.push((
                "expressions.value_accuracy".into(),
                (t.value_ok as f64, t.exact as f64),
            ));
        }
        Format::Text => {
            let (matched, got_n, want_n) = token_overlap(want, got);
            out.push(("content.precision".into(), (matched, got_n)));
            out.push(("content.recall".into(), (matched, want_n)));
            out.push(("content.f1".into(), (2.0 * matched, got_n + want_n)));
            let got_norm = normalise(got);
            let sentences: Vec<String> = want
                .lines()
                .flat_map(sentences_of)
                .filter(|s| words(s).count() >= 4)
                .map(|s| normalise(&s))
                .collect();
            let kept = sentences
                .iter()
                .filter(|s| got_norm.contains(s.as_str()))
                .count();
            out.push((
                "content.sentences_kept".into(),
                (kept as f64, sentences.len() as f64),
            ));
        }
        Format::Html => {}
    }
    Ok(out)
}

/// Lower-cased word tokens (runs of letters, digits and `_`), as the content metrics count them.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Tokens of `got` matched in `want` as multisets, and the two token counts.
fn token_overlap(want: &str, got: &str) -> (f64, f64, f64) {
    let mut bag: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut want_n = 0usize;
    for w in words(want) {
        *bag.entry(w).or_default() += 1;
        want_n += 1;
    }
    let (mut matched, mut got_n) = (0usize, 0usize);
    for w in words(got) {
        got_n += 1;
        if let Some(n) = bag.get_mut(&w).filter(|n| **n > 0) {
            *n -= 1;
            matched += 1;
        }
    }
    (matched as f64, got_n as f64, want_n as f64)
}

/// A line's sentences: split after `.`, `!` or `?` followed by white space.
fn sentences_of(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') && chars.peek().is_some_and(|(_, n)| n.is_whitespace()) {
            out.push(line[start..i + c.len_utf8()].to_string());
            start = i + c.len_utf8();
        }
    }
    out.push(line[start..].to_string());
    out.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// Lower case, white space collapsed.
fn normalise(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_metrics_count_token_multisets_and_whole_sentences() {
        let (m, g, w) = token_overlap("Banjir di Jakarta, banjir lagi.", "banjir BANJIR menu");
        assert_eq!((m, g, w), (2.0, 3.0, 5.0));
        assert_eq!(
            sentences_of("Satu dua. Tiga empat? Lima"),
            ["Satu dua.", " Tiga empat?", " Lima"]
        );
        assert_eq!(normalise("  A\n b "), "a b");
    }
}
