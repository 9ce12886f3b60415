//! Readers for CoNLL-style NER corpora.
//!
//! Accepted format: one token per line, columns separated by tabs (if the line has a tab) or else by runs of
//! spaces; the token in the first column, the tag in the **last**; a blank line between sentences; `\r\n` or
//! `\n` line endings; `-DOCSTART-` lines end the sentence and are skipped. Tags are mapped with
//! [`Label::from_corpus_tag`] (PERSON/PPL → PER, LOCATION/PLACE/PLC → LOC, ORGANIZATION/ORGANISATION → ORG,
//! other types → O) and orphan `I-` tags are repaired to `B-` ([`repair_iob2`]).

use std::io::BufRead;
use std::path::Path;

use crate::label::{Label, repair_iob2};
use crate::{Error, Result};

/// A gold sentence: tokens and one label per token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The tokens.
    pub tokens: Vec<String>,
    /// One IOB2 label per token.
    pub labels: Vec<Label>,
}

/// One token line split into its columns; `None` for a sentence break.
pub(crate) fn split_columns(line: &str) -> Option<Vec<&str>> {
    let line = line.trim_end_matches(['\r', '\n']);
    if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
        return None;
    }
    let cols: Vec<&str> = if line.contains('\t') {
        line.split('\t').filter(|c| !c.is_empty()).collect()
    } else {
        line.split(' ').filter(|c| !c.is_empty()).collect()
    };
    Some(cols)
}

/// Reads sentences with raw string tags (token, tag-in-last-column), as the evaluator needs them.
/// Each sentence also records the 1-based line number of each token.
pub(crate) fn read_raw<R: BufRead>(
    reader: R,
    path: &Path,
) -> Result<Vec<Vec<(String, String, usize)>>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        match split_columns(&line) {
            None => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            Some(cols) => {
                if cols.len() < 2 {
                    return Err(Error::Format {
                        path: path.to_path_buf(),
                        line: n + 1,
                        message: format!(
                            "expected at least 2 columns (token … tag), found {}",
                            cols.len()
                        ),
                    });
                }
                let tag = cols[cols.len() - 1].to_string();
                cur.push((cols[0].to_string(), tag, n + 1));
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads a CoNLL-style NER corpus from `reader`; `name` is used in error messages.
pub fn read_conll<R: BufRead>(reader: R, name: impl AsRef<Path>) -> Result<Vec<Sentence>> {
    let raw = read_raw(reader, name.as_ref())?;
    Ok(raw
        .into_iter()
        .map(|s| {
            let mut sent = Sentence::default();
            for (tok, tag, _) in s {
                sent.tokens.push(tok);
                sent.labels.push(Label::from_corpus_tag(&tag));
            }
            repair_iob2(&mut sent.labels);
            sent
        })
        .collect())
}

/// Reads a CoNLL-style NER corpus file (see the module docs for the format).
pub fn read_conll_file(path: impl AsRef<Path>) -> Result<Vec<Sentence>> {
    let path = path.as_ref();
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read_conll(std::io::BufReader::new(file), path)
}

/// Reads the sentences of a CoNLL-U file (FORM column; comments, multi-word token ranges and empty nodes
/// skipped) with all labels `O`: unlabelled text, e.g. for [`crate::clusters::build_clusters`].
pub fn read_conllu_file(path: impl AsRef<Path>) -> Result<Vec<Sentence>> {
    let path = path.as_ref();
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if line.starts_with('#') || cols.len() < 2 || cols[0].contains('-') || cols[0].contains('.')
        {
            continue;
        }
        cur.tokens.push(cols[1].to_string());
        cur.labels.push(Label::O);
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Writes sentences as `TOKEN<TAB>LABEL` lines with a blank line after each sentence.
pub fn write_conll<W: std::io::Write>(mut w: W, sentences: &[Sentence]) -> std::io::Result<()> {
    for s in sentences {
        for (t, l) in s.tokens.iter().zip(&s.labels) {
            writeln!(w, "{t}\t{l}")?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// Drops every sentence of `sentences` whose text (lower-cased letters and digits only) occurs in `exclude`.
/// Use it to remove test sentences from an overlapping training corpus (NERP vs idner-news-2k).
pub fn drop_overlapping(sentences: Vec<Sentence>, exclude: &[Sentence]) -> Vec<Sentence> {
    let set: std::collections::HashSet<String> =
        exclude.iter().map(|s| overlap_key(&s.tokens)).collect();
    sentences
        .into_iter()
        .filter(|s| !set.contains(&overlap_key(&s.tokens)))
        .collect()
}

/// What [`drop_overlapping`] compares of a sentence: its letters and digits, lower-cased, so that the same
/// sentence tokenised, cased or punctuated differently (plain lower-cased text without punctuation, as
/// `unlabelled-indo-law` is) has the same key.
///
/// ```
/// use urai_ner::corpus::overlap_key;
/// assert_eq!(overlap_key(&["Saksi", "Budi", ",", "SH", "."]), overlap_key(&["saksi", "budi", "sh"]));
/// ```
pub fn overlap_key<T: AsRef<str>>(tokens: &[T]) -> String {
    tokens
        .iter()
        .flat_map(|t| t.as_ref().chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Splits plain unlabelled text into documents of sentences of tokens, for
/// [`crate::clusters::build_clusters_in_documents`]: one sentence per line, tokens separated by whitespace. A
/// blank line ends a document; so does, when `doc_start` is given, a line equal to it, which begins the next
/// (court decisions each open with the line `putusan`).
pub fn text_documents<'a>(text: &'a str, doc_start: Option<&str>) -> Vec<Vec<Vec<&'a str>>> {
    let mut docs: Vec<Vec<Vec<&str>>> = Vec::new();
    let mut cur: Vec<Vec<&str>> = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || doc_start.is_some_and(|d| line.trim() == d) {
            if !cur.is_empty() {
                docs.push(std::mem::take(&mut cur));
            }
            if line.trim().is_empty() {
                continue;
            }
        }
        cur.push(line.split_whitespace().collect());
    }
    if !cur.is_empty() {
        docs.push(cur);
    }
    docs
}

#[cfg(test)]
mod text_tests {
    use super::text_documents;

    #[test]
    fn documents_end_at_blank_lines_and_start_at_the_marker() {
        let text = "putusan\nterdakwa budi\nputusan\nsaksi  ani\r\n\ndesa baru\n";
        let docs = text_documents(text, Some("putusan"));
        assert_eq!(
            docs,
            vec![
                vec![vec!["putusan"], vec!["terdakwa", "budi"]],
                vec![vec!["putusan"], vec!["saksi", "ani"]],
                vec![vec!["desa", "baru"]],
            ]
        );
        assert_eq!(text_documents(text, None).len(), 2);
        assert!(text_documents("\n\n", None).is_empty());
    }
}
