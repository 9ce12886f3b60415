//! Evaluation against gold files.
//!
//! [`conll18`] computes the figures of the CoNLL 2018 shared task's evaluator (`conll18_ud_eval.py`) for two
//! CoNLL-U files: Tokens, Sentences and Words (character alignment without whitespace, LCS inside multiword
//! spans), Lemmas, and the tagging and parsing scores.

pub mod conll18;

use std::path::Path;

use crate::{Error, Result};

/// Reads a file as UTF-8, naming it in errors.
pub fn read_file(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path.display().to_string(), e))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::Utf8 {
            path: path.display().to_string(),
            line,
            offset: offset as u64,
        }
    })
}

/// Evaluates a system CoNLL-U file against a gold one.
pub fn evaluate_conllu_files(gold: &Path, system: &Path) -> Result<conll18::Evaluation> {
    let g = read_file(gold)?;
    let s = read_file(system)?;
    conll18::evaluate(&g, &s).map_err(|e| {
        let path = |side: &conll18::Side| match side {
            conll18::Side::Gold => gold.display().to_string(),
            conll18::Side::System => system.display().to_string(),
        };
        match e {
            conll18::EvalError::Format {
                side,
                line: Some(line),
                message,
            } => Error::input(path(&side), line, message),
            conll18::EvalError::Format {
                side,
                line: None,
                message,
            } => Error::Eval(format!("{}: {message}", path(&side))),
            other => Error::Eval(other.to_string()),
        }
    })
}
