//! CoNLL: one token per line, a blank line between sentences.
//!
//! # Input
//!
//! Only the first column is read (columns may be separated by tabs or spaces; CRLF line ends are accepted), so
//! gold-tokenized corpora keep their tokens and sentence breaks exactly as given. A line starting with
//! `-DOCSTART-` begins a new document; without one the whole file is a document named after the file. The text
//! of a document is its tokens joined by single spaces, sentences by line breaks.
//!
//! # Output
//!
//! Tab-separated, one token per line, a blank line after every sentence:
//!
//! ```text
//! Blinken	blinken	O	B-PER
//! tiba	tiba	O	O
//! kemarin	kemarin	B-DATE	O
//! di	di	O	O
//! Jenewa	jenewa	O	B-LOC
//! ```
//!
//! Column 1 is the token exactly as in the text, column 2 its stem (for a multiword token the stems of its
//! words joined by `+`; `_` when no stemmer ran), column 3 the IOB2 tag of the expression the token is part of
//! (`B-DATE`, `I-MONEY`...; `O` outside every expression or when expressions are off; the values are in the
//! JSONL and CoNLL-U outputs), the last column the IOB2 entity tag (`O` when no tagger ran
//! or the token is outside every entity). Documents are separated by a `-DOCSTART-` line.
// The examples above show the real, tab-separated lines.
#![allow(clippy::tabs_in_doc_comments)]

use std::io::{BufRead, Write};
use std::ops::Range;

use super::{LineReader, chomp};
use crate::{Document, Input, Result};

/// Writes one document. `first` says whether it is the first document of the output (no `-DOCSTART-` is
/// written before the first one). Columns: the token, its stem, its expression tag and its IOB2 entity tag.
///
/// ```
/// use urai::Pipeline;
/// use urai::format::conll;
///
/// let doc = Pipeline::new().annotate("d1", "Menlu Rusia Sergei Lavrov tiba di Jenewa.");
/// let mut out = Vec::new();
/// conll::write(&doc, true, &mut out).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.contains("\nSergei\tsergei\tO\tB-PER\nLavrov\tlavrov\tO\tI-PER\n"));
/// assert!(text.contains("\nJenewa\tjenewa\tO\tB-LOC\n"));
/// ```
pub fn write<W: Write + ?Sized>(doc: &Document, first: bool, out: &mut W) -> std::io::Result<()> {
    let tags = doc.iob2();
    let expr_tags = doc.expression_tags();
    let mut buf = String::with_capacity(doc.text.len() * 3);
    if !first {
        buf.push_str("-DOCSTART-\n\n");
    }
    for sent in &doc.sentences {
        for ti in sent.tokens.clone() {
            let Some(tok) = doc.tokens.get(ti) else {
                continue;
            };
            buf.push_str(doc.slice(tok.start, tok.end));
            buf.push('\t');
            let words = doc.token_words(tok);
            if words.iter().all(|w| w.stem.is_none()) {
                buf.push('_');
            } else {
                for (k, w) in words.iter().enumerate() {
                    if k > 0 {
                        buf.push('+');
                    }
                    buf.push_str(w.stem.as_deref().unwrap_or(doc.slice(w.start, w.end)));
                }
            }
            buf.push('\t');
            match expr_tags.get(ti) {
                Some(Some((e, first))) => {
                    buf.push_str(if *first { "B-" } else { "I-" });
                    buf.push_str(e.kind.as_str());
                }
                _ => buf.push('O'),
            }
            buf.push('\t');
            buf.push_str(tags.get(ti).map_or("O", String::as_str));
            buf.push('\n');
        }
        buf.push('\n');
    }
    out.write_all(buf.as_bytes())
}

/// Streaming CoNLL reader.
pub struct ConllReader<R> {
    lines: LineReader<R>,
    done: bool,
    docs: usize,
}

impl<R: BufRead> ConllReader<R> {
    /// A reader over `input`, called `name` in ids and errors. A `-DOCSTART-` line starts a document.
    ///
    /// ```
    /// use urai::format::conll::ConllReader;
    ///
    /// let input = "Lavrov B-PER\ntiba O\n. O\n\n";
    /// let doc = ConllReader::new(input.as_bytes(), "x.conll", false).next().unwrap().unwrap();
    /// assert_eq!(doc.text, "Lavrov tiba .");
    /// ```
    pub fn new(input: R, name: &str, lossy: bool) -> Self {
        ConllReader {
            lines: LineReader::new(input, name, lossy),
            done: false,
            docs: 0,
        }
    }

    fn read_doc(&mut self) -> Result<Option<Input>> {
        let mut text = String::new();
        let mut sentences: Vec<Vec<Range<usize>>> = Vec::new();
        let mut current: Vec<Range<usize>> = Vec::new();
        loop {
            let Some(raw) = self.lines.next_line()? else {
                self.done = true;
                break;
            };
            let line = chomp(&raw);
            let first = line.split([' ', '\t']).find(|c| !c.is_empty());
            let Some(token) = first else {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
                continue;
            };
            if token == "-DOCSTART-" {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                }
                if sentences.is_empty() {
                    continue;
                }
                break;
            }
            if !text.is_empty() {
                text.push(if current.is_empty() { '\n' } else { ' ' });
            }
            let start = text.len();
            text.push_str(token);
            current.push(start..text.len());
        }
        if !current.is_empty() {
            sentences.push(current);
        }
        if sentences.is_empty() {
            return Ok(None);
        }
        self.docs += 1;
        let id = super::doc_id(self.lines.name(), self.docs);
        Ok(Some(Input {
            id,
            text,
            extra: Default::default(),
            tokens: Some(sentences),
            doc_date: None,
            ..Input::default()
        }))
    }
}

impl<R: BufRead> Iterator for ConllReader<R> {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        if self.done {
            return None;
        }
        self.read_doc().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use crate::format::Format;

    #[test]
    fn keeps_given_tokens_and_sentences() {
        let data = "Menlu B-PER\r\nAS-Rusia\tB-LOC\r\nbertemu O\r\n\r\nDr.  O\r\nX O\r\n";
        let inputs: Vec<Input> = crate::format::read_all(data, "a.conll", Format::Conll)
            .into_iter()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].text, "Menlu AS-Rusia bertemu\nDr. X");
        // Entities off: this test is about the given tokens and sentences (the tagger's labels vary by model).
        let config = crate::PipelineConfig {
            ner: false,
            ..Default::default()
        };
        let doc = Pipeline::with_config(config).annotate_input(inputs[0].clone());
        assert_eq!(doc.sentences.len(), 2);
        let toks: Vec<&str> = (0..doc.tokens.len()).map(|i| doc.token_text(i)).collect();
        assert_eq!(toks, ["Menlu", "AS-Rusia", "bertemu", "Dr.", "X"]);
        let mut out = Vec::new();
        write(&doc, true, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "Menlu\tmenlu\tO\tO\nAS-Rusia\tas-rusia\tO\tO\nbertemu\ttemu\tO\tO\n\nDr.\tdr.\tO\tO\nX\tx\tO\tO\n\n"
        );
    }

    #[test]
    fn docstart_splits_documents() {
        let data = "-DOCSTART- -X- O\n\nSatu O\n\n-DOCSTART- -X- O\n\nDua O\n";
        let inputs: Vec<Input> = crate::format::read_all(data, "b.txt", Format::Conll)
            .into_iter()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(
            inputs.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
            ["Satu", "Dua"]
        );
        assert_eq!(inputs[1].id, "b.txt#2");
    }
}
