//! Inputs (files, directories, standard input; gzip and zstd read transparently) and outputs (a file written
//! atomically, compressed by its extension, or standard output).

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};

/// One input source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

const BUF: usize = 1 << 16;

impl Source {
    /// The name used in ids and error messages.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// Opens the source for buffered reading; gzip and zstd streams (recognised by their magic bytes) are
    /// decompressed on the fly.
    pub fn open(&self) -> Result<Box<dyn BufRead + Send>> {
        let raw: Box<dyn BufRead + Send> = match self {
            Source::Stdin => Box::new(BufReader::with_capacity(BUF, io::stdin())),
            Source::File(p) => {
                let f = File::open(p).with_context(|| format!("{}: cannot open", p.display()))?;
                Box::new(BufReader::with_capacity(BUF, f))
            }
        };
        decompress(raw).with_context(|| format!("{}: cannot read", self.name()))
    }
}

fn decompress(mut raw: Box<dyn BufRead + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    let head = raw.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        return Ok(Box::new(BufReader::with_capacity(
            BUF,
            flate2::bufread::MultiGzDecoder::new(raw),
        )));
    }
    if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        return Ok(Box::new(BufReader::with_capacity(
            BUF,
            zstd::Decoder::with_buffer(raw)?,
        )));
    }
    Ok(raw)
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

enum Sink {
    Stdout(BufWriter<io::Stdout>),
    Plain(BufWriter<File>),
    Gz(flate2::write::GzEncoder<BufWriter<File>>),
    Zst(zstd::Encoder<'static, BufWriter<File>>),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::Plain(w) => w.write(buf),
            Sink::Gz(w) => w.write(buf),
            Sink::Zst(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.write_all(buf),
            Sink::Plain(w) => w.write_all(buf),
            Sink::Gz(w) => w.write_all(buf),
            Sink::Zst(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::Plain(w) => w.flush(),
            Sink::Gz(w) => w.flush(),
            Sink::Zst(w) => w.flush(),
        }
    }
}

impl Sink {
    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::Plain(mut w) => w.flush().and_then(|()| w.get_ref().sync_all()),
            Sink::Gz(w) => w.finish()?.flush(),
            Sink::Zst(w) => w.finish()?.flush(),
        }
    }
}

/// Where output goes: standard output, a device or pipe named on the command line, or a regular file that
/// appears only when everything was written (a temporary file in the same directory, renamed at the end, so an
/// interrupted or failed run leaves no partial output). `.gz` and `.zst` file names are compressed.
pub struct Output {
    sink: Sink,
    name: String,
    target: Option<(tempfile::TempPath, PathBuf)>,
}

impl Output {
    /// Opens `path`, or standard output when `None` or `-`.
    pub fn open(path: Option<&Path>) -> Result<Output> {
        let Some(p) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                sink: Sink::Stdout(BufWriter::with_capacity(BUF, io::stdout())),
                name: "<stdout>".into(),
                target: None,
            });
        };
        let name = p.display().to_string();
        // A device or a pipe (`/dev/full`, `/dev/stdout`, a FIFO) is written in place.
        if let Ok(meta) = std::fs::metadata(p)
            && !meta.is_file()
        {
            if meta.is_dir() {
                bail!("{name}: is a directory");
            }
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("{name}: cannot open for writing"))?;
            return Ok(Output {
                sink: wrap(p, BufWriter::with_capacity(BUF, file))?,
                name,
                target: None,
            });
        }
        let dir = p
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(".urai-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("{name}: cannot create output file"))?;
        let (file, tmp_path) = tmp.into_parts();
        Ok(Output {
            sink: wrap(p, BufWriter::with_capacity(BUF, file))?,
            name,
            target: Some((tmp_path, p.to_path_buf())),
        })
    }

    /// The output's name for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The writer.
    pub fn writer(&mut self) -> &mut dyn Write {
        &mut self.sink
    }

    /// Flushes (and finishes compression) and, for a regular file, moves it into place.
    pub fn finish(self) -> Result<()> {
        let name = self.name;
        self.sink
            .finish()
            .with_context(|| format!("{name}: write failed"))?;
        if let Some((tmp, path)) = self.target {
            tmp.persist(&path)
                .with_context(|| format!("{}: cannot move output into place", path.display()))?;
        }
        Ok(())
    }
}

fn wrap(path: &Path, w: BufWriter<File>) -> Result<Sink> {
    let lower = path.to_string_lossy().to_ascii_lowercase();
    Ok(if lower.ends_with(".gz") {
        Sink::Gz(flate2::write::GzEncoder::new(
            w,
            flate2::Compression::default(),
        ))
    } else if lower.ends_with(".zst") {
        Sink::Zst(zstd::Encoder::new(w, 3).context("cannot start zstd")?)
    } else {
        Sink::Plain(w)
    })
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

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Installs a Ctrl-C (SIGINT/SIGTERM) handler that asks the running command to stop at the next record.
pub fn catch_interrupts() {
    // Failing to install the handler only means Ctrl-C kills the process the ordinary way.
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
}

/// The run was interrupted by a signal.
#[derive(Debug)]
pub struct Interrupted;

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted; no output file was written")
    }
}

impl std::error::Error for Interrupted {}

/// Fails when the user interrupted the run: the caller then drops its temporary output.
pub fn check_interrupted() -> Result<()> {
    if INTERRUPTED.load(Ordering::SeqCst) {
        return Err(Interrupted.into());
    }
    Ok(())
}
