//! Input and output formats.
//!
//! | format | read | write | one record is |
//! |---|---|---|---|
//! | `text` | yes | – | a whole file (or all of standard input) |
//! | `html` (in) | yes | – | a whole file: a web page in any charset ([`Input::from_html`]) |
//! | `jsonl` | yes | yes | one line holding a JSON object ([`jsonl`]) |
//! | `conllu` | yes | yes | a `# newdoc` block, or a whole file ([`conllu`]) |
//! | `conll` | yes | yes | a `-DOCSTART-` block, or a whole file ([`conll`]) |
//! | `html` | – | yes | an `<article>` of one page that shows every document ([`html`]) |
//!
//! Readers stream: they hand out one [`Input`] at a time and never hold more than one record of the input in
//! memory. Every error names the file and the line.

pub mod conll;
pub mod conllu;
pub mod html;
pub mod jsonl;

use std::io::BufRead;

use serde::{Deserialize, Serialize};

use crate::{Error, Input, Result};

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: a whole file is one document.
    Text,
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// CoNLL-U (Universal Dependencies).
    Conllu,
    /// CoNLL: one token per line, first column the token, blank lines between sentences.
    Conll,
    /// A web page: a whole file is one document, read by [`Input::from_html`].
    Html,
}

impl Format {
    /// The format a file name suggests (`.jsonl`/`.ndjson`, `.conllu`, `.conll`/`.iob`/`.bio`/`.tsv`,
    /// `.html`/`.htm`, else text);
    /// a `.gz` or `.zst` ending is looked through.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        let base = lower
            .strip_suffix(".gz")
            .or_else(|| lower.strip_suffix(".zst"))
            .unwrap_or(&lower);
        let ext = base.rsplit_once('.').map_or("", |(_, e)| e);
        match ext {
            "jsonl" | "ndjson" | "json" => Format::Jsonl,
            "conllu" => Format::Conllu,
            "conll" | "iob" | "bio" | "iob2" | "tsv" | "conll03" => Format::Conll,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => Format::Text,
        }
    }

    /// The format the first non-blank line of a stream suggests: a JSON object → JSON Lines, a `# ` comment or
    /// a line starting with a number and a tab → CoNLL-U, `<!DOCTYPE html`, `<html` or `<?xml` → HTML,
    /// otherwise plain text.
    pub fn sniff(first_line: &str) -> Format {
        let line = first_line.trim_start_matches('\u{feff}').trim_end();
        let comment = ["# newdoc", "# sent_id", "# text"]
            .iter()
            .any(|p| line.starts_with(p));
        let word_line = line.split('\t').count() == 10
            && line
                .split('\t')
                .next()
                .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()));
        let lower = line
            .trim_start()
            .get(..14)
            .unwrap_or(line)
            .to_ascii_lowercase();
        if line.starts_with('{') {
            Format::Jsonl
        } else if ["<!doctype html", "<html", "<?xml", "<!--"]
            .iter()
            .any(|p| lower.starts_with(p))
        {
            Format::Html
        } else if comment || word_line {
            Format::Conllu
        } else {
            Format::Text
        }
    }
}

/// Options for reading input records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOptions {
    /// JSONL: the field holding the text (default `text`).
    pub text_field: String,
    /// JSONL: the field holding the id (default `id`); records without it get `NAME:LINE`.
    pub id_field: String,
    /// JSONL: the field holding the document's date (`YYYY-MM-DD`, or a timestamp starting with one), read
    /// into [`Input::doc_date`](crate::Input::doc_date); the field stays in the record. `None`: no date field.
    pub date_field: Option<String>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    pub lossy: bool,
    /// JSONL: a field holding a web page, read as HTML ([`Input::from_html`]) in place of the text field
    /// (records without it are read from the text field). `None`: none.
    pub html_field: Option<String>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            text_field: "text".into(),
            id_field: "id".into(),
            date_field: None,
            lossy: false,
            html_field: None,
        }
    }
}

/// Reads one line (terminator included) as UTF-8, returning `Ok(None)` at the end of the input.
pub(crate) struct LineReader<R> {
    inner: R,
    name: String,
    line: usize,
    offset: u64,
    buf: Vec<u8>,
    lossy: bool,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R, name: &str, lossy: bool) -> Self {
        LineReader {
            inner,
            name: name.to_string(),
            line: 0,
            offset: 0,
            buf: Vec::new(),
            lossy,
        }
    }

    /// The 1-based number of the line last read.
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn next_line(&mut self) -> Result<Option<String>> {
        self.buf.clear();
        let n = self
            .inner
            .read_until(b'\n', &mut self.buf)
            .map_err(|e| Error::io(&self.name, e))?;
        if n == 0 {
            return Ok(None);
        }
        self.line += 1;
        let start = self.offset;
        self.offset += n as u64;
        let bytes = if self.line == 1 {
            self.buf.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.buf)
        } else {
            &self.buf[..]
        };
        match std::str::from_utf8(bytes) {
            Ok(s) => Ok(Some(s.to_string())),
            Err(_) if self.lossy => Ok(Some(String::from_utf8_lossy(bytes).into_owned())),
            Err(e) => Err(Error::Utf8 {
                path: self.name.clone(),
                line: self.line,
                offset: start + (n - bytes.len()) as u64 + e.valid_up_to() as u64,
            }),
        }
    }
}

/// Strips a line terminator (`\n`, `\r\n`).
pub(crate) fn chomp(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// A streaming reader of input records in one format.
pub struct Reader<R> {
    inner: Inner<R>,
}

enum Inner<R> {
    Text(Option<(R, String, bool)>),
    Jsonl(jsonl::JsonlReader<R>),
    Conllu(conllu::ConlluReader<R>),
    Conll(conll::ConllReader<R>),
    Html(Option<(R, String)>),
}

impl<R: BufRead> Reader<R> {
    /// A reader of `format` over `input`, which is called `name` in ids and error messages. It yields one
    /// [`Input`] per record, or an error naming the input and line; after an error it goes on with the next
    /// record.
    ///
    /// ```
    /// use urai::format::{Format, ReadOptions, Reader};
    ///
    /// let corpus = "{\"id\": \"a\", \"text\": \"Blinken tiba.\"}\nnot json\n{\"text\": \"Lavrov pulang.\"}\n";
    /// let records: Vec<_> = Reader::new(corpus.as_bytes(), "berita.jsonl", Format::Jsonl, &ReadOptions::default()).collect();
    /// assert_eq!(records[0].as_ref().unwrap().id, "a");
    /// assert!(records[1].as_ref().unwrap_err().to_string().starts_with("berita.jsonl:2: malformed JSON"));
    /// assert_eq!(records[2].as_ref().unwrap().id, "berita.jsonl:3"); // no id field: NAME:LINE
    /// ```
    pub fn new(input: R, name: &str, format: Format, options: &ReadOptions) -> Reader<R> {
        let inner = match format {
            Format::Text => Inner::Text(Some((input, name.to_string(), options.lossy))),
            Format::Jsonl => Inner::Jsonl(jsonl::JsonlReader::new(input, name, options)),
            Format::Conllu => Inner::Conllu(conllu::ConlluReader::new(input, name, options.lossy)),
            Format::Conll => Inner::Conll(conll::ConllReader::new(input, name, options.lossy)),
            Format::Html => Inner::Html(Some((input, name.to_string()))),
        };
        Reader { inner }
    }
}

impl<R: BufRead> Iterator for Reader<R> {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        match &mut self.inner {
            Inner::Text(slot) => {
                let (input, name, lossy) = slot.take()?;
                Some(read_text(input, &name, lossy))
            }
            Inner::Jsonl(r) => r.next(),
            Inner::Conllu(r) => r.next(),
            Inner::Conll(r) => r.next(),
            Inner::Html(slot) => {
                let (mut input, name) = slot.take()?;
                let mut bytes = Vec::new();
                Some(match input.read_to_end(&mut bytes) {
                    Ok(_) => Input::from_html(doc_id(&name, 1), &bytes, None)
                        .map_err(|e| Error::input(&name, 1, e.to_string())),
                    Err(e) => Err(Error::io(&name, e)),
                })
            }
        }
    }
}

fn read_text<R: BufRead>(input: R, name: &str, lossy: bool) -> Result<Input> {
    let mut lines = LineReader::new(input, name, lossy);
    let mut text = String::new();
    while let Some(line) = lines.next_line()? {
        text.push_str(&line);
    }
    Ok(Input::new(doc_id(name, 1), text))
}

/// The id of the `n`-th document (1-based) of an input without ids of its own: the file name, then
/// `NAME#2`, `NAME#3`, ... for the documents after the first.
pub(crate) fn doc_id(name: &str, n: usize) -> String {
    let base = std::path::Path::new(name)
        .file_name()
        .map_or(name.to_string(), |f| f.to_string_lossy().into_owned());
    if n <= 1 { base } else { format!("{base}#{n}") }
}

/// Offsets in output: bytes (Rust, the default) or Unicode code points (Python's `str` indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Offsets {
    /// Byte offsets into the UTF-8 text.
    #[default]
    Byte,
    /// Code-point offsets.
    Char,
}

/// Converts byte offsets of one text to the requested unit (what the writers use for `--offsets char`).
///
/// ```
/// use urai::format::{OffsetMap, Offsets};
///
/// let text = "Café di Jenewa";
/// let map = OffsetMap::new(text, Offsets::Char);
/// assert_eq!(map.get(text.find("di").unwrap()), 5); // byte 6, code point 5
/// assert_eq!(map.get(text.len()), text.chars().count());
/// ```
#[derive(Debug, Clone)]
pub struct OffsetMap {
    /// For `Char`: the code-point index of every byte offset that starts a character, plus the end.
    table: Option<Vec<u32>>,
}

impl OffsetMap {
    /// The map of `text`'s byte offsets to `offsets` units.
    pub fn new(text: &str, offsets: Offsets) -> Self {
        let table = match offsets {
            Offsets::Byte => None,
            Offsets::Char if text.is_ascii() => None,
            Offsets::Char => {
                let mut t = vec![0u32; text.len() + 1];
                let mut n = 0u32;
                for (i, c) in text.char_indices() {
                    for slot in &mut t[i..i + c.len_utf8()] {
                        *slot = n;
                    }
                    n += 1;
                }
                t[text.len()] = n;
                Some(t)
            }
        };
        OffsetMap { table }
    }

    /// The offset in the map's unit of the byte offset `byte` (a byte inside a character maps to that
    /// character; past the end, 0).
    pub fn get(&self, byte: usize) -> usize {
        match &self.table {
            None => byte,
            Some(t) => t.get(byte).copied().unwrap_or(0) as usize,
        }
    }
}

/// Reads every record of `data` (for the format modules' tests).
#[cfg(test)]
pub(crate) fn read_all(data: &str, name: &str, format: Format) -> Vec<Result<Input>> {
    Reader::new(data.as_bytes(), name, format, &ReadOptions::default()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_names_and_content() {
        assert_eq!(Format::from_path("a/b.jsonl.gz"), Format::Jsonl);
        assert_eq!(Format::from_path("x.conllu"), Format::Conllu);
        assert_eq!(Format::from_path("train.txt"), Format::Text);
        assert_eq!(Format::from_path("ner.conll.zst"), Format::Conll);
        assert_eq!(Format::sniff("{\"id\": 1}"), Format::Jsonl);
        assert_eq!(Format::sniff("# newdoc id = x"), Format::Conllu);
        assert_eq!(Format::sniff("Jenewa: Putaran kedua"), Format::Text);
        assert_eq!(Format::sniff("<!DOCTYPE html>"), Format::Html);
        assert_eq!(Format::sniff("  <HTML lang=id>"), Format::Html);
        assert_eq!(Format::from_path("halaman/berita.HTM"), Format::Html);
    }

    #[test]
    fn invalid_utf8_names_line_and_offset() {
        let data: &[u8] = b"baris satu\nbaris \xff dua\n";
        let mut r = LineReader::new(data, "in.txt", false);
        assert!(r.next_line().unwrap().is_some());
        let err = r.next_line().unwrap_err().to_string();
        assert_eq!(err, "in.txt:2: invalid UTF-8 at byte offset 17");
        let mut lossy = LineReader::new(data, "in.txt", true);
        lossy.next_line().unwrap();
        assert_eq!(lossy.next_line().unwrap().unwrap(), "baris \u{fffd} dua\n");
    }

    #[test]
    fn char_offsets() {
        let m = OffsetMap::new("é a", Offsets::Char);
        assert_eq!((m.get(0), m.get(2), m.get(3), m.get(4)), (0, 1, 2, 3));
    }
}
