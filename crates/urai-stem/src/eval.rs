//! Accuracy of the stemmer against gold `word → root` pairs (what `urai eval stem --gold PAIRS.tsv` runs).
//!
//! Gold files are tab-separated, one pair a line, read by [`read_gold`]:
//! - plain: `WORD<TAB>ROOT` (more columns are ignored; blank lines and lines starting with `#` are skipped);
//! - with a header line naming the columns: the word column is `word`, `form` or `form_lc`; the root column
//!   `root`, `lemma`, `lemma_lc` or `expected_root`. An `enabled` column skips rows whose value is `0`;
//!   a `count` column weights the row; a `sent_id` column gives sentence context, so that a capitalised word
//!   that does not start its sentence is treated as a name ([`StemHint::is_name`]), as the pipeline does.
//!
//! Words and roots are compared lower-cased. A gold word made of several space-separated words with the
//! same number of roots counts as that many pairs.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

use crate::{Error, Result, StemHint, Stemmer, is_stopword};

/// One gold pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldPair {
    /// The word as written in the gold file.
    pub word: String,
    /// The expected root, lower-cased.
    pub root: String,
    /// The word is a name by its context (capitalised, not sentence-initial); only with a `sent_id` column.
    pub is_name: bool,
    /// How many tokens the row stands for (`count` column, else 1).
    pub count: u64,
}

/// Reads a gold file (see the module documentation for the formats).
pub fn read_gold(path: impl AsRef<Path>) -> Result<Vec<GoldPair>> {
    let path = path.as_ref();
    let file = File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read_gold_from(BufReader::new(file), path)
}

struct Columns {
    word: usize,
    root: usize,
    sent: Option<usize>,
    enabled: Option<usize>,
    count: Option<usize>,
}

fn header(cols: &[&str]) -> Option<Columns> {
    let find = |names: &[&str]| cols.iter().position(|c| names.contains(&c.trim()));
    Some(Columns {
        word: find(&["word", "form", "form_lc"])?,
        root: find(&["root", "lemma", "lemma_lc", "expected_root"])?,
        sent: find(&["sent_id"]),
        enabled: find(&["enabled"]),
        count: find(&["count"]),
    })
}

/// Reads a gold file from a reader; `name` is used in error messages.
pub fn read_gold_from<R: BufRead>(reader: R, name: impl AsRef<Path>) -> Result<Vec<GoldPair>> {
    let name = name.as_ref();
    let mut pairs = Vec::new();
    let mut columns: Option<Columns> = None;
    let mut first = true;
    let mut last_sent: Option<String> = None;
    for (index, line) in reader.lines().enumerate() {
        let lineno = index + 1;
        let line = line.map_err(|source| Error::Io {
            path: name.to_path_buf(),
            source,
        })?;
        let line = line.strip_suffix('\r').unwrap_or(&line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if first {
            first = false;
            if let Some(c) = header(&cols) {
                columns = Some(c);
                continue;
            }
        }
        let err = |message: String| Error::Parse {
            path: name.to_path_buf(),
            line: lineno,
            message,
        };
        let (wi, ri) = columns.as_ref().map_or((0, 1), |c| (c.word, c.root));
        let (Some(word), Some(root)) = (cols.get(wi), cols.get(ri)) else {
            return Err(err(format!(
                "expected at least {} tab-separated columns",
                wi.max(ri) + 1
            )));
        };
        if word.trim().is_empty() || root.trim().is_empty() {
            return Err(err("empty word or root".into()));
        }
        let mut count = 1;
        let mut sentence_start = true;
        if let Some(c) = &columns {
            if c.enabled
                .and_then(|i| cols.get(i))
                .is_some_and(|v| v.trim() == "0")
            {
                continue;
            }
            if let Some(v) = c.count.and_then(|i| cols.get(i)) {
                count = v
                    .trim()
                    .parse()
                    .map_err(|_| err(format!("count {v:?} is not a number")))?;
            }
            if let Some(sent) = c.sent.and_then(|i| cols.get(i)) {
                sentence_start = last_sent.as_deref() != Some(*sent);
                last_sent = Some((*sent).to_owned());
            }
        }
        let has_context = columns.as_ref().is_some_and(|c| c.sent.is_some());
        let words: Vec<&str> = word.split(' ').filter(|w| !w.is_empty()).collect();
        let roots: Vec<&str> = root.split(' ').filter(|w| !w.is_empty()).collect();
        if words.len() != roots.len() {
            return Err(err(format!(
                "{} words but {} roots",
                words.len(),
                roots.len()
            )));
        }
        for (i, (w, r)) in words.iter().zip(&roots).enumerate() {
            let capitalised = w.chars().next().is_some_and(char::is_uppercase);
            pairs.push(GoldPair {
                word: (*w).to_owned(),
                root: r.to_lowercase(),
                is_name: has_context && capitalised && !(sentence_start && i == 0),
                count,
            });
        }
    }
    Ok(pairs)
}

/// One kind of error, with how often it occurred.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    /// The word, lower-cased.
    pub word: String,
    /// The gold root.
    pub expected: String,
    /// What the stemmer gave.
    pub got: String,
    /// Number of tokens.
    pub count: u64,
}

/// Accuracy figures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Tokens evaluated.
    pub total: u64,
    /// Tokens whose root was right.
    pub correct: u64,
    /// Tokens that are not stopwords ([`is_stopword`]).
    pub content_total: u64,
    /// Non-stopword tokens whose root was right.
    pub content_correct: u64,
    /// The errors, most frequent first.
    pub misses: Vec<Miss>,
}

impl Report {
    /// Accuracy on all tokens, in [0, 1] (0 when there are none).
    pub fn accuracy(&self) -> f64 {
        ratio(self.correct, self.total)
    }

    /// Accuracy on tokens that are not stopwords.
    pub fn content_accuracy(&self) -> f64 {
        ratio(self.content_correct, self.content_total)
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Evaluates any stemming function on gold pairs: `stem(word, hint)` returns the root.
pub fn evaluate_with<F>(gold: &[GoldPair], mut stem: F) -> Report
where
    F: FnMut(&str, StemHint) -> String,
{
    let mut report = Report::default();
    let mut misses: HashMap<(String, String, String), u64> = HashMap::new();
    for pair in gold {
        let got = stem(
            &pair.word,
            StemHint {
                is_name: pair.is_name,
            },
        )
        .to_lowercase();
        let ok = got == pair.root;
        let content = !is_stopword(&pair.word);
        report.total += pair.count;
        if ok {
            report.correct += pair.count;
        }
        if content {
            report.content_total += pair.count;
            if ok {
                report.content_correct += pair.count;
            }
        }
        if !ok {
            *misses
                .entry((pair.word.to_lowercase(), pair.root.clone(), got))
                .or_default() += pair.count;
        }
    }
    report.misses = misses
        .into_iter()
        .map(|((word, expected, got), count)| Miss {
            word,
            expected,
            got,
            count,
        })
        .collect();
    report
        .misses
        .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
    report
}

/// Evaluates the stemmer on gold pairs.
pub fn evaluate(stemmer: &Stemmer, gold: &[GoldPair]) -> Report {
    let mut worker = stemmer.worker();
    evaluate_with(gold, |word, hint| worker.stem_with(word, hint).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_pairs() {
        let gold = read_gold_from(
            "# c\nmakanan\tmakan\nMinuman\tminum\textra\n".as_bytes(),
            "g.tsv",
        )
        .unwrap();
        assert_eq!(gold.len(), 2);
        assert!(!gold[1].is_name);
        let report = evaluate(&Stemmer::new(), &gold);
        assert_eq!((report.correct, report.total), (2, 2));
        assert!((report.accuracy() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn headed_tokens_with_sentence_context() {
        let text = "treebank\tsent_id\tform\tlemma\tupos\tkind\n\
                    G\ts1\tBekasi\tbekasi\tPROPN\tword\n\
                    G\ts1\tdi\tdi\tADP\tword\n\
                    G\ts1\tBekasi\tBekasi\tPROPN\tword\n\
                    G\ts2\tmakanan\tmakan\tNOUN\tword\n";
        let gold = read_gold_from(text.as_bytes(), "t.tsv").unwrap();
        assert_eq!(
            gold.iter().map(|p| p.is_name).collect::<Vec<_>>(),
            [false, false, true, false]
        );
        let report = evaluate(&Stemmer::new(), &gold);
        assert_eq!(report.total, 4);
        assert_eq!(report.content_total, 3);
    }

    #[test]
    fn enabled_column_and_sentences() {
        let text = "word\texpected_root\tsuite\tenabled\nsiapakah makanan\tsiapa makan\tf\t1\nx\ty\tf\t0\n";
        let gold = read_gold_from(text.as_bytes(), "s.tsv").unwrap();
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[1].root, "makan");
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = read_gold_from("a\tb\nonlyone\n".as_bytes(), "bad.tsv").unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.tsv:2: expected at least 2 tab-separated columns"
        );
        let err = read_gold_from("form\tlemma\tcount\na\tb\tx\n".as_bytes(), "c.tsv").unwrap_err();
        assert!(err.to_string().starts_with("c.tsv:2: count"), "{err}");
        let err = read_gold("/nonexistent/gold.tsv").unwrap_err();
        assert!(err.to_string().starts_with("/nonexistent/gold.tsv:"));
    }
}
