//! urai ("to unravel"): an Indonesian NLP pipeline that turns raw text into annotated documents.
//!
//! A [`Pipeline`] is built once (it is `Send + Sync`) and annotates one text or a batch of texts in parallel.
//! Each [`Document`] holds the original text and every annotation as byte spans into it: sentences, tokens,
//! syntactic words (clitics split as in UD Indonesian), the language identified for the whole document, and
//! room for stems and entities.
//!
//! ```
//! use urai::Pipeline;
//!
//! let pipeline = Pipeline::new();
//! let doc = pipeline.annotate("seed-1", "Menlu Rusia bertemu di Jenewa. Pertemuan itu dibantahnya.");
//! assert_eq!(doc.sentences.len(), 2);
//! assert_eq!(doc.lang.as_ref().map(|l| l.code.as_str()), Some("ind"));
//! let words: Vec<&str> = (0..doc.words.len()).map(|i| doc.word_text(i)).collect();
//! assert!(words.contains(&"dibantah") && words.contains(&"nya"));
//! // Offsets point into the original text.
//! assert_eq!(doc.token_text(0), &doc.text[doc.tokens[0].start..doc.tokens[0].end]);
//! ```
//!
//! Formats ([`format`](mod@format)): JSON Lines (one compact object per document), CoNLL-U and CoNLL, each documented in
//! its module. Evaluation ([`eval`]): the CoNLL 2018 shared task's figures for tokens, sentences, words and
//! lemmas.
//!
//! # Panics
//!
//! Nothing in this crate panics on any input text or file content: malformed input is an [`Error`] that names
//! the file and line. Embedded resources are validated by the tests of the crates that own them.
#![deny(missing_docs)]

mod document;
pub mod eval;
pub mod format;
pub mod lang;
pub mod options;
mod pipeline;

pub use document::{Boilerplate, Document, Entity, Language, SentenceSpan, TokenSpan, WordSpan};
pub use pipeline::{BoilerplateMode, Input, Pipeline, PipelineConfig, Worker, runs};
pub use urai_boilerplate as boilerplate;
pub use urai_expressions as expressions;
pub use urai_html as html;
pub use urai_ner as ner;
pub use urai_stem as stem;
pub use urai_tokenizer as tokenizer;

/// Errors of the pipeline crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing failed.
    #[error("{path}: {source}")]
    Io {
        /// The file (or `<stdin>`, `<stdout>`).
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An input record is malformed.
    #[error("{path}:{line}: {message}")]
    Input {
        /// The file (or `<stdin>`).
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An input file is not valid UTF-8.
    #[error("{path}:{line}: invalid UTF-8 at byte offset {offset}")]
    Utf8 {
        /// The file.
        path: String,
        /// 1-based line number of the bad byte.
        line: usize,
        /// Byte offset of the first invalid byte in the file.
        offset: u64,
    },
    /// Evaluation failed (the two files do not describe the same text, or one is malformed).
    #[error("{0}")]
    Eval(String),
}

/// Result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An I/O error on a path.
    pub fn io(path: impl Into<String>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Where in the input the error is, `file:line`, for the errors that have a line.
    ///
    /// ```
    /// let e = urai::Error::input("news.jsonl", 7, "missing field `text`");
    /// assert_eq!(e.location().as_deref(), Some("news.jsonl:7"));
    /// ```
    pub fn location(&self) -> Option<String> {
        match self {
            Error::Input { path, line, .. } | Error::Utf8 { path, line, .. } => {
                Some(format!("{path}:{line}"))
            }
            _ => None,
        }
    }

    /// A malformed input record.
    pub fn input(path: impl Into<String>, line: usize, message: impl Into<String>) -> Error {
        Error::Input {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}
