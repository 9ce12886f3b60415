//! The crate's error type.

use std::path::PathBuf;

/// Everything that can go wrong in `urai-ner`: reading corpora, loading models, evaluating.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An I/O error while reading or writing `path`.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A malformed line in a CoNLL-style file.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file (or `<reader>` name) being read.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A model file that is not a urai-ner model, has an unsupported version or is truncated/corrupt.
    #[error("{path}: invalid model: {message}")]
    Model {
        /// The model file (or `<bytes>`).
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// Invalid training configuration or empty training data.
    #[error("invalid training setup: {0}")]
    Train(String),
}

/// `Result` with this crate's [`Error`] as the default error type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
