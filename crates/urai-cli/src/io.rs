//! Inputs (files, directories, standard input) and outputs (a file written atomically, or standard output).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// One input source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The name used in ids and error messages.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Opens the source for buffered reading.
    pub fn open(&self) -> Result<Box<dyn BufRead + Send>> {
        Ok(match self {
            Source::Stdin => Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
            Source::File(p) => {
                let f = File::open(p).with_context(|| format!("{}: cannot open", p.display()))?;
                Box::new(BufReader::with_capacity(1 << 16, f))
            }
        })
    }
}

/// Expands the command line's inputs: no input or `-` is standard input, a directory is every file below it
/// (sorted, hidden files skipped), anything else a file.
pub fn expand(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    if inputs.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            files.sort();
            out.extend(files.into_iter().map(Source::File));
        } else {
            out.push(Source::File(input.clone()));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot read directory", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot read directory", dir.display()))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}

/// Where output goes: standard output, or a file that appears only when everything was written (a temporary
/// file in the same directory, renamed at the end; an interrupted run leaves no partial output file).
pub struct Output {
    writer: Box<dyn Write>,
    target: Option<(tempfile::TempPath, PathBuf)>,
}

impl Output {
    /// Opens `path`, or standard output when `None` or `-`.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::stdout()),
            Some(p) if p.as_os_str() == "-" => Ok(Output::stdout()),
            Some(p) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let tmp = tempfile::Builder::new()
                    .prefix(".urai-")
                    .suffix(".tmp")
                    .tempfile_in(dir)
                    .with_context(|| format!("{}: cannot create output file", p.display()))?;
                let (file, tmp_path) = tmp.into_parts();
                Ok(Output {
                    writer: Box::new(BufWriter::with_capacity(1 << 16, file)),
                    target: Some((tmp_path, p.to_path_buf())),
                })
            }
        }
    }

    fn stdout() -> Output {
        Output {
            writer: Box::new(BufWriter::with_capacity(1 << 16, io::stdout())),
            target: None,
        }
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut dyn Write {
        &mut self.writer
    }

    /// Flushes and, for a file, moves it into place.
    pub fn finish(mut self) -> Result<()> {
        let name = self
            .target
            .as_ref()
            .map_or("<stdout>".to_string(), |(_, p)| p.display().to_string());
        self.writer
            .flush()
            .with_context(|| format!("{name}: write failed"))?;
        drop(self.writer);
        if let Some((tmp, path)) = self.target {
            tmp.persist(&path)
                .with_context(|| format!("{}: cannot move output into place", path.display()))?;
        }
        Ok(())
    }
}

/// Whether an error chain ends in a broken pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Whether progress should be shown.
pub fn stderr_is_terminal() -> bool {
    io::stderr().is_terminal()
}

/// Reads all of a source into a string (for small files such as gold lists).
#[allow(dead_code)]
pub fn read_to_string(source: &Source) -> Result<String> {
    let mut s = String::new();
    source
        .open()?
        .read_to_string(&mut s)
        .with_context(|| format!("{}: not valid UTF-8 or unreadable", source.name()))?;
    Ok(s)
}
