//! CoNLL-U, as Universal Dependencies defines it.
//!
//! # Output
//!
//! ```text
//! # newdoc id = d1
//! # sent_id = d1-1
//! # text = Rumahnya jauh.
//! 1-2	Rumahnya	_	_	_	_	_	_	_	TokenRange=0:8
//! 1	Rumah	rumah	_	_	_	0	root	_	_
//! 2	nya	dia	_	_	_	1	dep	_	_
//! 3	jauh	jauh	_	_	_	1	dep	_	SpaceAfter=No|TokenRange=9:13
//! 4	.	.	_	_	_	1	dep	_	SpacesAfter=\n|TokenRange=13:14
//! ```
//!
//! - `# newdoc id` opens each document, `# sent_id` is `DOCID-N`, `# text` is the sentence's original text
//!   with line breaks and tabs shown as spaces.
//! - Multiword tokens (clitics) get a range line `A-B` with the surface form; their words follow.
//! - Columns: ID, FORM (the text exactly as in the input), LEMMA (the stem when a stemmer ran, else `_`),
//!   UPOS, XPOS and FEATS `_`, HEAD and DEPREL a trivial tree (word 1 is the `root`, every other word a `dep`
//!   of it) so that the CoNLL 2018 evaluator and ordinary CoNLL-U parsers accept the file, DEPS `_`, MISC.
//! - MISC: `SpaceAfter=No` when no whitespace follows the token, `SpacesAfter=...` when what follows is other
//!   than one space (`\s` space, `\t` tab, `\n` line feed, `\r` carriage return, `\uXXXX` others),
//!   `TokenRange=START:END` (byte offsets into the document's text), `NER=B-PER` etc. when a tagger ran,
//!   `Expr=B-DATE|ExprValue=2022-01-21` on the first token of an expression and `Expr=I-DATE` on the tokens
//!   after it (a space in a value is written `\s`, as in `SpacesAfter`: `ExprValue=IDR\s5000`; values hold no
//!   other whitespace and no `|`).
//!   Together they rebuild the input: every non-space character appears unchanged.
//!
//! # Input
//!
//! The FORM of every token (a multiword range line, or a word outside any range) is read; sentences are kept
//! as given. The text is rebuilt from the forms with `SpacesAfter`/`SpaceAfter=No`. `# newdoc id` starts a new
//! document; without it the whole file is one document named after the file.
// The examples above show the real, tab-separated lines.
#![allow(clippy::tabs_in_doc_comments)]

use std::fmt::Write as _;
use std::io::{BufRead, Write};
use std::ops::Range;

use super::{LineReader, chomp};
use crate::{Document, Error, Input, Result};

/// Writes one document.
///
/// ```
/// use urai::Pipeline;
/// use urai::format::conllu;
///
/// let doc = Pipeline::new().annotate("d1", "Rumahnya jauh.");
/// let mut out = Vec::new();
/// conllu::write(&doc, &mut out).unwrap();
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with("# newdoc id = d1\n"));
/// assert!(text.contains("\n1-2\tRumahnya\t")); // a multiword token and its two words
/// ```
pub fn write<W: Write + ?Sized>(doc: &Document, out: &mut W) -> std::io::Result<()> {
    let tags = (!doc.entities.is_empty()).then(|| doc.iob2());
    let expr_tags = doc.expression_tags();
    let mut buf = String::with_capacity(doc.text.len() * 4);
    let _ = writeln!(buf, "# newdoc id = {}", one_line(&doc.id));
    for (n, sent) in doc.sentences.iter().enumerate() {
        let _ = writeln!(buf, "# sent_id = {}-{}", one_line(&doc.id), n + 1);
        let _ = writeln!(
            buf,
            "# text = {}",
            one_line(doc.slice(sent.start, sent.end))
        );
        let mut id = 1usize;
        for ti in sent.tokens.clone() {
            let Some(tok) = doc.tokens.get(ti) else {
                continue;
            };
            let mut misc = Vec::new();
            let gap = doc.gap_after(ti);
            if gap.is_empty() {
                if ti + 1 < doc.tokens.len() {
                    misc.push("SpaceAfter=No".to_string());
                }
            } else if gap != " " {
                misc.push(format!("SpacesAfter={}", escape_spaces(gap)));
            }
            misc.push(format!("TokenRange={}:{}", tok.start, tok.end));
            if let Some(tags) = &tags {
                let tag = &tags[ti];
                if tag != "O" {
                    misc.push(format!("NER={tag}"));
                }
            }
            if let Some(Some((e, first))) = expr_tags.get(ti) {
                if *first {
                    misc.push(format!("Expr=B-{}", e.kind));
                    misc.push(format!("ExprValue={}", e.value.replace(' ', "\\s")));
                } else {
                    misc.push(format!("Expr=I-{}", e.kind));
                }
            }
            let misc = misc.join("|");
            let words = doc.token_words(tok);
            let word_line =
                |buf: &mut String, id: usize, form: &str, stem: Option<&str>, misc: &str| {
                    let (head, rel) = if id == 1 { (0, "root") } else { (1, "dep") };
                    let lemma = stem.map_or("_", |s| if s.is_empty() { "_" } else { s });
                    let _ = writeln!(
                        buf,
                        "{id}\t{form}\t{lemma}\t_\t_\t_\t{head}\t{rel}\t_\t{misc}"
                    );
                };
            if words.len() > 1 {
                let _ = writeln!(
                    buf,
                    "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                    id,
                    id + words.len() - 1,
                    doc.slice(tok.start, tok.end),
                    misc
                );
                for w in words {
                    word_line(
                        &mut buf,
                        id,
                        doc.slice(w.start, w.end),
                        w.stem.as_deref(),
                        "_",
                    );
                    id += 1;
                }
            } else {
                let stem = words.first().and_then(|w| w.stem.as_deref());
                word_line(&mut buf, id, doc.slice(tok.start, tok.end), stem, &misc);
                id += 1;
            }
        }
        buf.push('\n');
    }
    out.write_all(buf.as_bytes())
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\r' || c == '\n' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn escape_spaces(gap: &str) -> String {
    let mut s = String::new();
    for c in gap.chars() {
        match c {
            ' ' => s.push_str("\\s"),
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '|' => s.push_str("\\p"),
            '\\' => s.push_str("\\\\"),
            c => {
                let _ = write!(s, "\\u{:04X}", c as u32);
            }
        }
    }
    s
}

fn unescape_spaces(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('s') => out.push(' '),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('p') => out.push('|'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            _ => {}
        }
    }
    out
}

/// Streaming CoNLL-U reader.
pub struct ConlluReader<R> {
    lines: LineReader<R>,
    /// A `# newdoc id` seen while reading the previous document.
    pending_id: Option<String>,
    done: bool,
    docs: usize,
}

impl<R: BufRead> ConlluReader<R> {
    /// A reader over `input`, called `name` in ids and errors. Each `# newdoc` starts a document; the
    /// tokens are kept as the file gives them.
    ///
    /// ```
    /// use urai::format::conllu::ConlluReader;
    ///
    /// let input = "# newdoc id = d1\n# text = Ia datang.\n1\tIa\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdatang\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    /// let doc = ConlluReader::new(input.as_bytes(), "x.conllu", false).next().unwrap().unwrap();
    /// assert_eq!((doc.id.as_str(), doc.text.as_str()), ("d1", "Ia datang."));
    /// assert_eq!(doc.tokens.unwrap()[0].len(), 3);
    /// ```
    pub fn new(input: R, name: &str, lossy: bool) -> Self {
        ConlluReader {
            lines: LineReader::new(input, name, lossy),
            pending_id: None,
            done: false,
            docs: 0,
        }
    }

    fn read_doc(&mut self) -> Result<Option<Input>> {
        let mut id = self.pending_id.take();
        let mut text = String::new();
        let mut sentences: Vec<Vec<Range<usize>>> = Vec::new();
        let mut current: Vec<Range<usize>> = Vec::new();
        let mut mwt_end = 0usize;
        let mut gap = String::new();
        let mut saw_any = id.is_some();
        loop {
            let Some(raw) = self.lines.next_line()? else {
                self.done = true;
                break;
            };
            let line = chomp(&raw);
            let n = self.lines.line();
            if let Some(comment) = line.strip_prefix('#') {
                if let Some(rest) = comment.trim_start().strip_prefix("newdoc") {
                    let new_id = rest
                        .trim_start()
                        .strip_prefix("id")
                        .and_then(|r| r.trim_start().strip_prefix('='));
                    let new_id = new_id.map(|s| s.trim().to_string()).unwrap_or_default();
                    if saw_any && (!sentences.is_empty() || !current.is_empty()) {
                        self.pending_id = Some(new_id);
                        break;
                    }
                    id = Some(new_id);
                    saw_any = true;
                }
                continue;
            }
            if line.trim().is_empty() {
                if !current.is_empty() {
                    sentences.push(std::mem::take(&mut current));
                    mwt_end = 0;
                }
                continue;
            }
            saw_any = true;
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 {
                return Err(Error::input(
                    self.lines.name(),
                    n,
                    "expected tab-separated columns (ID and FORM at least)",
                ));
            }
            let id_col = cols[0];
            let form = cols[1];
            let misc = cols.get(9).copied().unwrap_or("_");
            let is_token = if let Some((a, b)) = id_col.split_once('-') {
                let (Ok(_), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                    return Err(Error::input(
                        self.lines.name(),
                        n,
                        format!("bad ID {id_col:?}"),
                    ));
                };
                mwt_end = b;
                true
            } else if id_col.contains('.') {
                false
            } else {
                let Ok(i) = id_col.parse::<usize>() else {
                    return Err(Error::input(
                        self.lines.name(),
                        n,
                        format!("bad ID {id_col:?}"),
                    ));
                };
                i > mwt_end
            };
            if !is_token {
                continue;
            }
            if form.is_empty() || form.chars().any(char::is_whitespace) {
                return Err(Error::input(
                    self.lines.name(),
                    n,
                    format!("FORM {form:?} is empty or holds whitespace"),
                ));
            }
            text.push_str(&gap);
            let start = text.len();
            text.push_str(form);
            current.push(start..text.len());
            gap = spaces_after(misc);
        }
        if !current.is_empty() {
            sentences.push(current);
        }
        if sentences.is_empty() && !saw_any {
            return Ok(None);
        }
        self.docs += 1;
        let id = id
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| super::doc_id(self.lines.name(), self.docs));
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

fn spaces_after(misc: &str) -> String {
    let mut gap = " ".to_string();
    for item in misc.split('|') {
        if item == "SpaceAfter=No" {
            gap.clear();
        } else if let Some(v) = item.strip_prefix("SpacesAfter=") {
            gap = unescape_spaces(v);
        }
    }
    gap
}

impl<R: BufRead> Iterator for ConlluReader<R> {
    type Item = Result<Input>;

    fn next(&mut self) -> Option<Result<Input>> {
        if self.done && self.pending_id.is_none() {
            return None;
        }
        self.read_doc().transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use crate::format::{Format, ReadOptions, Reader};

    #[test]
    fn writes_mwt_ranges_space_after_and_trivial_tree() {
        let doc = Pipeline::new().annotate("d1", "Rumahnya jauh.\nBaris dua");
        let mut out = Vec::new();
        write(&doc, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.starts_with("# newdoc id = d1\n# sent_id = d1-1\n# text = Rumahnya jauh.\n"),
            "{s}"
        );
        assert!(
            s.contains("1-2\tRumahnya\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:8\n"),
            "{s}"
        );
        assert!(
            s.contains(
                "1\tRumah\trumah\t_\t_\t_\t0\troot\t_\t_\n2\tnya\tnya\t_\t_\t_\t1\tdep\t_\t_\n"
            ),
            "{s}"
        );
        assert!(
            s.contains("3\tjauh\tjauh\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No|TokenRange=9:13\n"),
            "{s}"
        );
        assert!(s.contains("SpacesAfter=\\n|TokenRange=13:14"), "{s}");
        assert!(s.contains("# sent_id = d1-2\n# text = Baris dua\n"), "{s}");
    }

    #[test]
    fn round_trip_keeps_tokens_sentences_and_text() {
        let text = "Menlu AS-Rusia bertemu.  Lalu\tdia  pulang…\r\nSelesai";
        let doc = Pipeline::new().annotate("x", text);
        let mut out = Vec::new();
        write(&doc, &mut out).unwrap();
        let back: Vec<_> = Reader::new(
            &out[..],
            "x.conllu",
            Format::Conllu,
            &ReadOptions::default(),
        )
        .collect::<Result<_>>()
        .unwrap();
        assert_eq!(back.len(), 1);
        assert_eq!(back[0].id, "x");
        assert_eq!(back[0].text, text);
        let again = Pipeline::new().annotate_input(back[0].clone());
        assert_eq!(again.tokens, doc.tokens);
        assert_eq!(again.sentences, doc.sentences);
        assert_eq!(again.words, doc.words);
    }

    #[test]
    fn bad_id_is_reported_with_line() {
        let data = "# text = a\n1\ta\nx\tb\n";
        let r: Vec<_> = crate::format::read_all(data, "g.conllu", Format::Conllu);
        assert_eq!(
            r[0].as_ref().unwrap_err().to_string(),
            "g.conllu:3: bad ID \"x\""
        );
    }

    #[test]
    fn newdoc_splits_documents() {
        let data = "# newdoc id = a\n1\tSatu\n\n# newdoc id = b\n1\tDua\n2\t.\n\n";
        let r: Vec<_> = crate::format::read_all(data, "g.conllu", Format::Conllu)
            .into_iter()
            .collect::<Result<_>>()
            .unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].id.as_str(), r[0].text.as_str()), ("a", "Satu"));
        assert_eq!((r[1].id.as_str(), r[1].text.as_str()), ("b", "Dua ."));
    }
}
