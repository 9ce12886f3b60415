//! JSON Lines: one compact JSON object per document.
//!
//! # Input
//!
//! Each non-blank line is a JSON object. The text is read from the field `text` (`--text-field`), the id
//! from `id` (`--id-field`; a number is turned into a string; without one the id is `NAME:LINE`). All other
//! fields are carried through to the output unchanged.
//!
//! # Output (schema `urai/1`)
//!
//! ```json
//! {"schema":"urai/1","id":"d1","text":"Dia datang. Rumahnya jauh.","lang":"ind","lang_confidence":0.22,
//!  "offsets":"byte","sentences":[[0,11,0,3],[12,26,3,6]],
//!  "tokens":[[0,3],[4,10],[10,11],[12,20],[21,25],[25,26]],
//!  "words":[[0,3],[4,10],[10,11],[12,17],[17,20],[21,25],[25,26]]}
//! ```
//!
//! | key | value |
//! |---|---|
//! | `schema` | `"urai/1"`; a change that breaks readers changes the number |
//! | `id`, `text` | the document's id and its original text |
//! | `lang`, `lang_confidence` | ISO 639-3 code and whatlang's confidence; `null` when no language was found |
//! | `offsets` | `"byte"` (UTF-8 byte offsets, the default) or `"char"` (code points, as Python indexes `str`) |
//! | `sentences` | `[start, end, first_token, end_token]` per sentence; tokens `first_token..end_token` |
//! | `tokens` | `[start, end]` per token |
//! | `words` | `[start, end]` per syntactic word; a token with several words is a multiword token (clitics) |
//! | `stems`, `stop` | per word: the stem (string) and whether it is a stopword (0/1), when a stemmer ran |
//! | `entities` | `[start, end, label, score]` per entity, when a tagger ran |
//! | `boilerplate` | `[start, end, kind]` per block that is not the article: `navigation`, `related` (`Baca juga:`, link lists), `share`, `comments`, `instructions` (notifications, cookies, apps), `ads`, `footer`, `byline`; and `caption` for photo captions, which are article text, only marked. Words in a block of any kind but `caption` have a `null` stem and hold no entity (`--boilerplate flag`, the default); with `--boilerplate drop` they have no sentences, tokens or words at all. Present when any block was found |
//! | `meta` | for a web page: `{"title", "lang", "description", "canonical", "published", "og": {...}, "charset", "charset_source"}` as the page gives them (`null` when it does not) |
//! | `source_map` | for a web page: `[text_start, text_end, html_start, html_end]` segments in text order: the text range (in the `offsets` unit) comes from that byte range of the page as given (before charset decoding). A segment whose two ranges have the same length maps byte for byte; any other (an entity reference such as `&amp;`, a transcoded character) maps as a whole. A span of the text is in the page from the `html_start` of the first segment it touches to the `html_end` of the last |
//! | `expressions` | `[start, end, type, value]` per expression (dates, times, money, numbers...; the value formats are in [`urai_expressions`]), with a fifth element, the list of flags (`["weekday-mismatch"]`), when it has any; present when any was found |
//!
//! Adding a key does not change the schema number: readers ignore keys they do not know.
//! Any other key comes from the input record. Input keys that clash with the keys above are kept under
//! `input.KEY`.

use std::io::{BufRead, Write};

use serde_json::Value;

use super::{LineReader, OffsetMap, Offsets, ReadOptions, chomp};
use crate::{Document, Error, Input, Result};

/// The schema version written in every record.
pub const SCHEMA: &str = "urai/1";

const OWN_KEYS: &[&str] = &[
    "schema",
    "id",
    "text",
    "lang",
    "lang_confidence",
    "offsets",
    "sentences",
    "tokens",
    "words",
    "stems",
    "stop",
    "entities",
    "expressions",
    "boilerplate",
    "source_map",
    "meta",
];

/// Streaming JSONL reader.
pub struct JsonlReader<R> {
    lines: LineReader<R>,
    text_field: String,
    id_field: String,
    date_field: Option<String>,
    html_field: Option<String>,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over `input`, called `name` in ids and errors.
    ///
    /// ```
    /// use urai::format::{ReadOptions, jsonl::JsonlReader};
    ///
    /// let mut options = ReadOptions::default();
    /// options.text_field = "body".into();
    /// let input = "{\"id\": 7, \"body\": \"NATO menolak.\", \"url\": \"https://x.id\"}\n";
    /// let record = JsonlReader::new(input.as_bytes(), "shard-1.jsonl", &options).next().unwrap().unwrap();
    /// assert_eq!((record.id.as_str(), record.text.as_str()), ("7", "NATO menolak."));
    /// assert_eq!(record.extra["url"], "https://x.id"); // other fields are carried through
    /// ```
    pub fn new(input: R, name: &str, options: &ReadOptions) -> Self {
        JsonlReader {
            lines: LineReader::new(input, name, options.lossy),
            text_field: options.text_field.clone(),
            id_field: options.id_field.clone(),
            date_field: options.date_field.clone(),
            html_field: options.html_field.clone(),
        }
    }

    /// The 1-based line number of the record (or error) last returned.
    pub fn line(&self) -> usize {
        self.lines.line()
    }

    /// The text field of a record, taken out of it.
    fn text(&self, map: &mut serde_json::Map<String, Value>) -> Result<String> {
        let (name, n) = (self.lines.name(), self.lines.line());
        Ok(match map.remove(&self.text_field) {
            Some(Value::String(s)) => s,
            Some(other) => {
                return Err(Error::input(
                    name,
                    n,
                    format!(
                        "field {:?} must be a string, found {}",
                        self.text_field,
                        kind(&other)
                    ),
                ));
            }
            None => {
                return Err(Error::input(
                    name,
                    n,
                    format!("missing text field {:?}", self.text_field),
                ));
            }
        })
    }

    fn parse(&self, line: &str) -> Result<Input> {
        let (name, n) = (self.lines.name(), self.lines.line());
        let value: Value = serde_json::from_str(line)
            .map_err(|e| Error::input(name, n, format!("malformed JSON: {e}")))?;
        let Value::Object(mut map) = value else {
            return Err(Error::input(name, n, "expected a JSON object"));
        };
        let page = match self.html_field.as_ref().map(|f| (f, map.remove(f))) {
            None | Some((_, None | Some(Value::Null))) => None,
            Some((_, Some(Value::String(html)))) => Some(html),
            Some((f, Some(other))) => {
                return Err(Error::input(
                    name,
                    n,
                    format!(
                        "field {f:?} must be a string (a web page), found {}",
                        kind(&other)
                    ),
                ));
            }
        };
        let text = match page {
            Some(_) => String::new(),
            None => self.text(&mut map)?,
        };
        let id = match map.remove(&self.id_field) {
            Some(Value::String(s)) => s,
            Some(Value::Number(x)) => x.to_string(),
            Some(other) => {
                return Err(Error::input(
                    name,
                    n,
                    format!(
                        "field {:?} must be a string or a number, found {}",
                        self.id_field,
                        kind(&other)
                    ),
                ));
            }
            None => format!("{name}:{n}"),
        };
        let doc_date = match self
            .date_field
            .as_ref()
            .and_then(|f| map.get(f).map(|v| (f, v)))
        {
            None | Some((_, Value::Null)) => None,
            Some((f, Value::String(s))) => {
                let day = s.get(..10).unwrap_or(s);
                Some(day.parse().map_err(|_| {
                    Error::input(
                        name,
                        n,
                        format!("field {f:?}: expected a date YYYY-MM-DD, found {s:?}"),
                    )
                })?)
            }
            Some((f, other)) => {
                return Err(Error::input(
                    name,
                    n,
                    format!("field {f:?} must be a date string, found {}", kind(other)),
                ));
            }
        };
        if let Some(html) = page {
            let mut input = Input::from_html(id, html.as_bytes(), None)
                .map_err(|e| Error::input(name, n, e.to_string()))?;
            input.extra = map;
            input.doc_date = doc_date.or(input.doc_date);
            return Ok(input);
        }
        Ok(Input {
            id,
            text,
            extra: map,
            doc_date,
            ..Input::default()
        })
    }
}

/// The expressions of a JSONL record as `urai annotate` writes it (`[start, end, type, value]` spans, with an
/// optional list of flags; `"offsets": "char"` records are converted to byte offsets). A record without an
/// `expressions` key has none.
///
/// ```
/// let record = serde_json::json!({"text": "Kamis lalu", "expressions": [[0, 10, "DATE", "XXXX-WXX-4"]]});
/// let found = urai::format::jsonl::expressions_of(&record).unwrap();
/// assert_eq!((found[0].end, found[0].value.as_str()), (10, "XXXX-WXX-4"));
/// ```
pub fn expressions_of(
    record: &Value,
) -> std::result::Result<Vec<urai_expressions::Expression>, String> {
    let Some(spans) = record.get("expressions") else {
        return Ok(Vec::new());
    };
    let text = record.get("text").and_then(Value::as_str).unwrap_or("");
    let chars = record.get("offsets").and_then(Value::as_str) == Some("char");
    let byte = |x: usize| -> std::result::Result<usize, String> {
        if !chars {
            return Ok(x);
        }
        text.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .nth(x)
            .ok_or_else(|| format!("offset {x} is past the end of the text"))
    };
    let Value::Array(spans) = spans else {
        return Err("`expressions` must be an array".into());
    };
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let bad = || format!("bad expression {span}: expected [start, end, type, value]");
        let Value::Array(a) = span else {
            return Err(bad());
        };
        let (Some(start), Some(end), Some(kind), Some(value)) = (
            a.first().and_then(Value::as_u64),
            a.get(1).and_then(Value::as_u64),
            a.get(2).and_then(Value::as_str),
            a.get(3).and_then(Value::as_str),
        ) else {
            return Err(bad());
        };
        let kind = kind.parse().map_err(|e| format!("{e}"))?;
        let flags = match a.get(4) {
            Some(f) => serde_json::from_value(f.clone())
                .map_err(|e| format!("bad flags in {span}: {e}"))?,
            None => Vec::new(),
        };
        out.push(urai_expressions::Expression {
            start: byte(usize::try_from(start).map_err(|_| bad())?)?,
            end: byte(usize::try_from(end).map_err(|_| bad())?)?,
            kind,
            value: value.to_string(),
            flags,
        });
    }
    Ok(out)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(line)) => line,
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            };
            let line = chomp(&line);
            if line.trim().is_empty() {
                continue;
            }
            return Some(self.parse(line));
        }
    }
}

/// Writes one document as one line of JSON (terminated by `\n`), with byte or code-point offsets.
///
/// ```
/// use urai::Pipeline;
/// use urai::format::{Offsets, jsonl};
///
/// let doc = Pipeline::new().annotate("d1", "Café di Jenewa.");
/// let mut out = Vec::new();
/// jsonl::write(&doc, Offsets::Char, &mut out).unwrap();
/// let record: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(record["schema"], "urai/1");
/// assert_eq!(record["offsets"], "char");
/// assert_eq!(record["tokens"][2], serde_json::json!([8, 14])); // "Jenewa" in code points
/// ```
pub fn write<W: Write + ?Sized>(
    doc: &Document,
    offsets: Offsets,
    out: &mut W,
) -> std::io::Result<()> {
    let map = OffsetMap::new(&doc.text, offsets);
    let o = |b: usize| map.get(b);
    let mut buf = Chunks {
        buf: Vec::with_capacity(CHUNK + 4096),
        out,
        error: None,
    };
    buf.extend_from_slice(b"{\"schema\":\"");
    buf.extend_from_slice(SCHEMA.as_bytes());
    buf.extend_from_slice(b"\",\"id\":");
    serde_json::to_writer(&mut buf, &doc.id)?;
    buf.extend_from_slice(b",\"text\":");
    serde_json::to_writer(&mut buf, &doc.text)?;
    match &doc.lang {
        Some(l) => {
            buf.extend_from_slice(b",\"lang\":");
            serde_json::to_writer(&mut buf, &l.code)?;
            buf.extend_from_slice(b",\"lang_confidence\":");
            serde_json::to_writer(&mut buf, &((l.confidence * 1000.0).round() / 1000.0))?;
        }
        None => buf.extend_from_slice(b",\"lang\":null,\"lang_confidence\":null"),
    }
    buf.extend_from_slice(match offsets {
        Offsets::Byte => b",\"offsets\":\"byte\"",
        Offsets::Char => b",\"offsets\":\"char\"",
    });
    buf.extend_from_slice(b",\"sentences\":[");
    for (k, s) in doc.sentences.iter().enumerate() {
        push_numbers(
            &mut buf,
            k == 0,
            &[o(s.start), o(s.end), s.tokens.start, s.tokens.end],
        );
    }
    // Written span by span: a web page's document has hundreds of thousands of tokens, and a copy of their
    // offsets would only add to its peak memory.
    buf.extend_from_slice(b"],\"tokens\":[");
    for (k, t) in doc.tokens.iter().enumerate() {
        push_numbers(&mut buf, k == 0, &[o(t.start), o(t.end)]);
    }
    buf.extend_from_slice(b"],\"words\":[");
    for (k, w) in doc.words.iter().enumerate() {
        push_numbers(&mut buf, k == 0, &[o(w.start), o(w.end)]);
    }
    buf.push(b']');
    if doc.words.iter().any(|w| w.stem.is_some()) {
        buf.extend_from_slice(b",\"stems\":");
        for (k, w) in doc.words.iter().enumerate() {
            buf.push(if k == 0 { b'[' } else { b',' });
            serde_json::to_writer(&mut buf, &w.stem.as_deref())?;
        }
        buf.push(b']');
    }
    if doc.words.iter().any(|w| w.stop.is_some()) {
        buf.extend_from_slice(b",\"stop\":");
        for (k, w) in doc.words.iter().enumerate() {
            buf.push(if k == 0 { b'[' } else { b',' });
            buf.push(if w.stop == Some(true) { b'1' } else { b'0' });
        }
        buf.push(b']');
    }
    if !doc.entities.is_empty() {
        buf.extend_from_slice(b",\"entities\":");
        let ents: Vec<Value> = doc
            .entities
            .iter()
            .map(|e| {
                let score = (f64::from(e.score) * 1000.0).round() / 1000.0;
                serde_json::json!([o(e.start), o(e.end), e.label, score])
            })
            .collect();
        serde_json::to_writer(&mut buf, &ents)?;
    }
    if !doc.expressions.is_empty() {
        // Written straight into the buffer: `[start,end,"TYPE","value"]`, and the flags when there are any.
        buf.extend_from_slice(b",\"expressions\":[");
        for (k, e) in doc.expressions.iter().enumerate() {
            push_span_start(&mut buf, k, o(e.start), o(e.end));
            serde_json::to_writer(&mut buf, e.kind.as_str())?;
            buf.push(b',');
            serde_json::to_writer(&mut buf, &e.value)?;
            if !e.flags.is_empty() {
                buf.push(b',');
                let flags: Vec<&str> = e.flags.iter().map(|f| f.as_str()).collect();
                serde_json::to_writer(&mut buf, &flags)?;
            }
            buf.push(b']');
        }
        buf.push(b']');
    }
    if !doc.boilerplate.is_empty() {
        buf.extend_from_slice(b",\"boilerplate\":[");
        for (k, b) in doc.boilerplate.iter().enumerate() {
            push_span_start(&mut buf, k, o(b.start), o(b.end));
            buf.push(b'"');
            buf.extend_from_slice(b.kind.as_str().as_bytes());
            buf.extend_from_slice(b"\"]");
        }
        buf.push(b']');
    }
    if let Some(meta) = &doc.meta {
        buf.extend_from_slice(b",\"meta\":");
        serde_json::to_writer(&mut buf, meta)?;
    }
    if !doc.source_map.is_empty() {
        buf.extend_from_slice(b",\"source_map\":[");
        for (k, seg) in doc.source_map.iter().enumerate() {
            let mapped = [
                o(seg.text_start),
                o(seg.text_end),
                seg.html_start,
                seg.html_end,
            ];
            push_numbers(&mut buf, k == 0, &mapped);
        }
        buf.push(b']');
    }
    for (k, v) in &doc.extra {
        buf.push(b',');
        if OWN_KEYS.contains(&k.as_str()) {
            serde_json::to_writer(&mut buf, &format!("input.{k}"))?;
        } else {
            serde_json::to_writer(&mut buf, k)?;
        }
        buf.push(b':');
        serde_json::to_writer(&mut buf, v)?;
    }
    buf.extend_from_slice(b"}\n");
    buf.finish()
}

/// The record being written, handed to the writer in chunks of about [`CHUNK`] bytes, so that a large
/// document's record is never held whole in memory. The first write error is kept and returned by
/// [`Chunks::finish`]; nothing is written after it.
struct Chunks<'a, W: Write + ?Sized> {
    buf: Vec<u8>,
    out: &'a mut W,
    error: Option<std::io::Error>,
}

/// How many bytes of a record are gathered before they go to the writer.
const CHUNK: usize = 1 << 16;

impl<W: Write + ?Sized> Chunks<'_, W> {
    fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        self.spill();
    }

    fn push(&mut self, byte: u8) {
        self.buf.push(byte);
        self.spill();
    }

    fn spill(&mut self) {
        if self.buf.len() >= CHUNK {
            self.hand_over();
        }
    }

    fn hand_over(&mut self) {
        if self.error.is_none()
            && let Err(e) = self.out.write_all(&self.buf)
        {
            self.error = Some(e);
        }
        self.buf.clear();
    }

    fn finish(mut self) -> std::io::Result<()> {
        self.hand_over();
        self.error.map_or(Ok(()), Err)
    }
}

impl<W: Write + ?Sized> Write for Chunks<'_, W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Opens the `k`-th span of an array of spans: `[start,end,` (after a comma but for the first).
fn push_span_start<W: Write + ?Sized>(buf: &mut Chunks<'_, W>, k: usize, start: usize, end: usize) {
    buf.extend_from_slice(if k == 0 { b"[" } else { b",[" });
    push_number(buf, start);
    buf.push(b',');
    push_number(buf, end);
    buf.push(b',');
}

/// Appends a number.
fn push_number<W: Write + ?Sized>(buf: &mut Chunks<'_, W>, x: usize) {
    buf.extend_from_slice(itoa::Buffer::new().format(x).as_bytes());
}

/// Appends an array of numbers, after a comma unless it is the first of its list.
fn push_numbers<W: Write + ?Sized>(buf: &mut Chunks<'_, W>, first: bool, xs: &[usize]) {
    buf.extend_from_slice(if first { b"[" } else { b",[" });
    for (m, &x) in xs.iter().enumerate() {
        if m > 0 {
            buf.push(b',');
        }
        push_number(buf, x);
    }
    buf.push(b']');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use crate::format::Format;

    fn read_all(data: &str) -> Vec<Result<Input>> {
        crate::format::read_all(data, "in.jsonl", Format::Jsonl)
    }

    #[test]
    fn reads_records_and_reports_bad_lines() {
        let recs = read_all(
            "{\"id\":7,\"text\":\"Halo.\",\"src\":\"x\"}\n\n{\"text\":\"Dua.\"}\n{oops\n{\"txt\":1}\n",
        );
        assert_eq!(recs.len(), 4);
        let a = recs[0].as_ref().unwrap();
        assert_eq!(
            (a.id.as_str(), a.text.as_str(), a.extra["src"].as_str()),
            ("7", "Halo.", Some("x"))
        );
        assert_eq!(recs[1].as_ref().unwrap().id, "in.jsonl:3");
        let e = recs[2].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("in.jsonl:4: malformed JSON"), "{e}");
        let e = recs[3].as_ref().unwrap_err().to_string();
        assert_eq!(e, "in.jsonl:5: missing text field \"text\"");
    }

    #[test]
    fn non_string_text_is_an_error() {
        let recs = read_all("{\"text\": 5}\n");
        assert_eq!(
            recs[0].as_ref().unwrap_err().to_string(),
            "in.jsonl:1: field \"text\" must be a string, found a number"
        );
    }

    #[test]
    fn writes_compact_spans_and_carries_fields() {
        let p = Pipeline::new();
        let mut input = Input::new("d1", "Dia datang. Rumahnya jauh.");
        input.extra.insert("source".into(), "kompas".into());
        input.extra.insert("tokens".into(), 3.into());
        let doc = p.annotate_input(input);
        let mut out = Vec::new();
        write(&doc, Offsets::Byte, &mut out).unwrap();
        let line = String::from_utf8(out).unwrap();
        assert!(line.ends_with('\n') && line.matches('\n').count() == 1);
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["schema"], "urai/1");
        assert_eq!(
            v["sentences"],
            serde_json::json!([[0, 11, 0, 3], [12, 26, 3, 6]])
        );
        assert_eq!(v["words"][3], serde_json::json!([12, 17]));
        assert_eq!(v["words"][4], serde_json::json!([17, 20]));
        assert_eq!(v["source"], "kompas");
        assert_eq!(v["input.tokens"], 3);
    }

    #[test]
    fn char_offsets_match_python_indices() {
        let doc = Pipeline::new().annotate("x", "Café Ölü ada.");
        let mut out = Vec::new();
        write(&doc, Offsets::Char, &mut out).unwrap();
        let v: Value = serde_json::from_str(std::str::from_utf8(&out).unwrap()).unwrap();
        assert_eq!(v["tokens"][1], serde_json::json!([5, 8]));
    }
}
