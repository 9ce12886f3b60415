//! Span-level NER evaluation, computed exactly as conlleval and seqeval's default mode do.
//!
//! Chunking ([`Scheme::Conlleval`], the default): a chunk starts at `B-X`, or at `I-X` when the previous tag is
//! not of type X (an orphan `I-X` starts a new chunk); it ends at `O`, at `B-`, at a change of type or at the end
//! of the sentence. [`Scheme::StrictIob2`] is seqeval's `mode='strict', scheme=IOB2`: only `B-X I-X*` chunks
//! count, orphan `I-` chunks are dropped. A predicted chunk is correct when type, start and end all match a gold
//! chunk. Precision, recall and F1 are per type and micro-averaged over all chunks; the macro F1 is the
//! unweighted mean of the per-type F1 over every type present in the gold or the prediction (IndoNLU's
//! published "F1" for NERGrit/NERP). Tags are compared as strings, so any tag set (`PERSON`, `PLC` …) works.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::corpus::read_raw;
use crate::label::Label;
use crate::{Error, Result};

/// How tags are grouped into chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Scheme {
    /// conlleval and seqeval's default mode (orphan `I-X` starts a chunk).
    #[default]
    Conlleval,
    /// seqeval `mode='strict', scheme=IOB2` (orphan `I-X` is not a chunk).
    StrictIob2,
}

/// Counts and scores of one entity type.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct TypeScore {
    /// Predicted chunks that match a gold chunk exactly.
    pub tp: usize,
    /// Predicted chunks.
    pub pred: usize,
    /// Gold chunks.
    pub gold: usize,
    /// Precision `tp / pred` (0 when `pred == 0`).
    pub precision: f64,
    /// Recall `tp / gold` (0 when `gold == 0`).
    pub recall: f64,
    /// Harmonic mean of precision and recall (0 when both are 0).
    pub f1: f64,
}

impl TypeScore {
    fn from_counts(tp: usize, pred: usize, gold: usize) -> TypeScore {
        let p = if pred == 0 {
            0.0
        } else {
            tp as f64 / pred as f64
        };
        let r = if gold == 0 {
            0.0
        } else {
            tp as f64 / gold as f64
        };
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        TypeScore {
            tp,
            pred,
            gold,
            precision: p,
            recall: r,
            f1,
        }
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Report {
    /// Number of sentences.
    pub sentences: usize,
    /// Number of tokens.
    pub tokens: usize,
    /// Tokens whose predicted tag equals the gold tag.
    pub correct_tokens: usize,
    /// Scores per entity type (the type name without the `B-`/`I-` prefix).
    pub per_type: BTreeMap<String, TypeScore>,
    /// Micro-averaged scores over all chunks.
    pub micro: TypeScore,
    /// Unweighted mean of the per-type F1.
    pub macro_f1: f64,
}

impl Report {
    /// Token accuracy (`correct_tokens / tokens`).
    pub fn token_accuracy(&self) -> f64 {
        if self.tokens == 0 {
            0.0
        } else {
            self.correct_tokens as f64 / self.tokens as f64
        }
    }
}

impl std::fmt::Display for Report {
    /// A conlleval-like table (percentages with two decimals).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "processed {} tokens with {} phrases; found: {} phrases; correct: {}.",
            self.tokens, self.micro.gold, self.micro.pred, self.micro.tp
        )?;
        writeln!(
            f,
            "accuracy: {:6.2}%; precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}; macro FB1: {:6.2}",
            100.0 * self.token_accuracy(),
            100.0 * self.micro.precision,
            100.0 * self.micro.recall,
            100.0 * self.micro.f1,
            100.0 * self.macro_f1
        )?;
        for (t, s) in &self.per_type {
            writeln!(
                f,
                "{t:>17}: precision: {:6.2}%; recall: {:6.2}%; FB1: {:6.2}  {}",
                100.0 * s.precision,
                100.0 * s.recall,
                100.0 * s.f1,
                s.pred
            )?;
        }
        Ok(())
    }
}

fn split_tag(tag: &str) -> (&str, &str) {
    if tag == "O" || tag.is_empty() {
        return ("O", "");
    }
    match tag.split_at_checked(1) {
        Some((p, rest))
            if (p == "B" || p == "I") && (rest.starts_with('-') || rest.starts_with('_')) =>
        {
            (p, &rest[1..])
        }
        // A tag without prefix (e.g. `PER`) is an inside tag of that type, as conlleval treats it.
        _ => ("I", tag),
    }
}

/// The chunks of one sentence as `(type, start, end)` with `end` exclusive.
pub fn chunks<S: AsRef<str>>(tags: &[S], scheme: Scheme) -> Vec<(&str, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(&str, usize)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let (p, t) = split_tag(tag.as_ref());
        let continues = p == "I" && matches!(cur, Some((ct, _)) if ct == t);
        if continues {
            continue;
        }
        if let Some((ct, s)) = cur.take() {
            out.push((ct, s, i));
        }
        match (p, scheme) {
            ("B", _) => cur = Some((t, i)),
            ("I", Scheme::Conlleval) => cur = Some((t, i)),
            _ => {}
        }
    }
    if let Some((ct, s)) = cur {
        out.push((ct, s, tags.len()));
    }
    out
}

/// Accumulates counts over sentences; [`Evaluator::report`] computes the scores.
#[derive(Debug, Clone, Default)]
pub struct Evaluator {
    scheme: Scheme,
    sentences: usize,
    tokens: usize,
    correct: usize,
    counts: BTreeMap<String, (usize, usize, usize)>,
}

impl Evaluator {
    /// A new evaluator with the given chunking scheme.
    pub fn new(scheme: Scheme) -> Evaluator {
        Evaluator {
            scheme,
            ..Evaluator::default()
        }
    }

    /// Adds one sentence; `gold` and `pred` must have the same length (extra tags of the longer are ignored).
    pub fn add<G: AsRef<str>, P: AsRef<str>>(&mut self, gold: &[G], pred: &[P]) {
        let n = gold.len().min(pred.len());
        let (gold, pred) = (&gold[..n], &pred[..n]);
        self.sentences += 1;
        self.tokens += n;
        self.correct += gold
            .iter()
            .zip(pred)
            .filter(|(g, p)| g.as_ref() == p.as_ref())
            .count();
        let gc = chunks(gold, self.scheme);
        let pc = chunks(pred, self.scheme);
        for c in &gc {
            self.counts.entry(c.0.to_string()).or_default().2 += 1;
        }
        for c in &pc {
            let e = self.counts.entry(c.0.to_string()).or_default();
            e.1 += 1;
            if gc.contains(c) {
                e.0 += 1;
            }
        }
    }

    /// The scores so far.
    pub fn report(&self) -> Report {
        let mut per_type = BTreeMap::new();
        let (mut tp, mut pred, mut gold) = (0, 0, 0);
        for (t, &(a, b, c)) in &self.counts {
            per_type.insert(t.clone(), TypeScore::from_counts(a, b, c));
            tp += a;
            pred += b;
            gold += c;
        }
        let macro_f1 = if per_type.is_empty() {
            0.0
        } else {
            per_type.values().map(|s| s.f1).sum::<f64>() / per_type.len() as f64
        };
        Report {
            sentences: self.sentences,
            tokens: self.tokens,
            correct_tokens: self.correct,
            per_type,
            micro: TypeScore::from_counts(tp, pred, gold),
            macro_f1,
        }
    }
}

/// Evaluates tag sequences (one `Vec` per sentence).
pub fn evaluate<G: AsRef<str>, P: AsRef<str>>(
    gold: &[Vec<G>],
    pred: &[Vec<P>],
    scheme: Scheme,
) -> Report {
    let mut ev = Evaluator::new(scheme);
    for (g, p) in gold.iter().zip(pred) {
        ev.add(g, p);
    }
    ev.report()
}

fn open(path: &Path) -> Result<std::io::BufReader<std::fs::File>> {
    let f = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(std::io::BufReader::new(f))
}

/// Evaluates a system output against gold, both CoNLL-style (token first, tag in the last column, blank line
/// between sentences). Tokens are paired in order; a sentence-count, sentence-length or token mismatch is an
/// error naming the system file and its line.
pub fn evaluate_readers<G: BufRead, S: BufRead>(
    gold: G,
    gold_name: &Path,
    system: S,
    system_name: &Path,
    scheme: Scheme,
) -> Result<Report> {
    evaluate_readers_with(gold, gold_name, system, system_name, scheme, false)
}

fn evaluate_readers_with<G: BufRead, S: BufRead>(
    gold: G,
    gold_name: &Path,
    system: S,
    system_name: &Path,
    scheme: Scheme,
    map_labels: bool,
) -> Result<Report> {
    let g = read_raw(gold, gold_name)?;
    let s = read_raw(system, system_name)?;
    let mut ev = Evaluator::new(scheme);
    for (i, gs) in g.iter().enumerate() {
        let Some(ss) = s.get(i) else {
            let line = gs.first().map_or(0, |t| t.2);
            return Err(Error::Format {
                path: system_name.to_path_buf(),
                line: s.last().and_then(|x| x.last()).map_or(1, |t| t.2 + 1),
                message: format!(
                    "ends before sentence {} (gold {}:{line})",
                    i + 1,
                    gold_name.display()
                ),
            });
        };
        for (k, gt) in gs.iter().enumerate() {
            match ss.get(k) {
                Some(st) if st.0 == gt.0 => {}
                Some(st) => {
                    return Err(Error::Format {
                        path: system_name.to_path_buf(),
                        line: st.2,
                        message: format!(
                            "token {:?} does not match gold {:?} ({}:{})",
                            st.0,
                            gt.0,
                            gold_name.display(),
                            gt.2
                        ),
                    });
                }
                None => {
                    return Err(Error::Format {
                        path: system_name.to_path_buf(),
                        line: ss.last().map_or(0, |t| t.2 + 1),
                        message: format!(
                            "sentence ends early: gold token {:?} at {}:{}",
                            gt.0,
                            gold_name.display(),
                            gt.2
                        ),
                    });
                }
            }
        }
        if ss.len() > gs.len() {
            return Err(Error::Format {
                path: system_name.to_path_buf(),
                line: ss[gs.len()].2,
                message: format!(
                    "extra token {:?}: gold sentence ends at {}:{}",
                    ss[gs.len()].0,
                    gold_name.display(),
                    gs.last().map_or(0, |t| t.2 + 1)
                ),
            });
        }
        ev.add(&tags(gs, map_labels), &tags(ss, map_labels));
    }
    if s.len() > g.len() {
        return Err(Error::Format {
            path: system_name.to_path_buf(),
            line: s[g.len()].first().map_or(0, |t| t.2),
            message: format!(
                "extra sentence: {} has only {} sentences",
                gold_name.display(),
                g.len()
            ),
        });
    }
    Ok(ev.report())
}

/// The tags of a sentence read by [`read_raw`], as written or through [`Label::from_corpus_tag`].
fn tags(sentence: &[(String, String, usize)], map_labels: bool) -> Vec<Cow<'_, str>> {
    sentence
        .iter()
        .map(|t| {
            if map_labels {
                Cow::Owned(Label::from_corpus_tag(&t.1).to_string())
            } else {
                Cow::Borrowed(t.1.as_str())
            }
        })
        .collect()
}

/// [`evaluate_readers`] on two files.
pub fn evaluate_files(
    gold: impl AsRef<Path>,
    system: impl AsRef<Path>,
    scheme: Scheme,
) -> Result<Report> {
    let (g, s) = (gold.as_ref(), system.as_ref());
    evaluate_readers(open(g)?, g, open(s)?, s, scheme)
}

/// [`evaluate_files`] with every tag of both files first read through the corpus label mapping of
/// [`Label::from_corpus_tag`] (`B-PERSON` → `B-PER`, `I-PLACE` → `I-LOC`, `B-ORGANISATION` → `B-ORG`, any other
/// type → `O`): a corpus's gold file (NER-UI, NERGrit) scored against the tagger's output as it is.
pub fn evaluate_files_mapped(
    gold: impl AsRef<Path>,
    system: impl AsRef<Path>,
    scheme: Scheme,
) -> Result<Report> {
    let (g, s) = (gold.as_ref(), system.as_ref());
    evaluate_readers_with(open(g)?, g, open(s)?, s, scheme, true)
}

/// Evaluates a conlleval-style file where each line is `TOKEN … GOLD PRED` (gold in the second-to-last column,
/// prediction in the last).
pub fn evaluate_conlleval_file(path: impl AsRef<Path>, scheme: Scheme) -> Result<Report> {
    let path = path.as_ref();
    let mut ev = Evaluator::new(scheme);
    let (mut gold, mut pred) = (Vec::new(), Vec::new());
    for (n, line) in open(path)?.lines().enumerate() {
        let line = line.map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        match crate::corpus::split_columns(&line) {
            None => {
                if !gold.is_empty() {
                    ev.add(&gold, &pred);
                    gold.clear();
                    pred.clear();
                }
            }
            Some(cols) if cols.len() >= 3 => {
                gold.push(cols[cols.len() - 2].to_string());
                pred.push(cols[cols.len() - 1].to_string());
            }
            Some(cols) => {
                return Err(Error::Format {
                    path: path.to_path_buf(),
                    line: n + 1,
                    message: format!(
                        "expected at least 3 columns (token … gold pred), found {}",
                        cols.len()
                    ),
                });
            }
        }
    }
    if !gold.is_empty() {
        ev.add(&gold, &pred);
    }
    Ok(ev.report())
}
