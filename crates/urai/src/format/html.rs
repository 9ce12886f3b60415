//! HTML: a self-contained page that shows annotated documents.
//!
//! One page holds every document of an input, in input order: [`write_head`] starts it, [`write_document`]
//! renders one document as an `<article id="doc-N">`, and [`Toc::write_foot`] ends it with a list of the
//! documents (when there is more than one). Documents are written as they come: nothing but a bounded list
//! of ids is kept between them.
//!
//! The page needs nothing outside itself (no scripts, fonts or style sheets from elsewhere) and runs no
//! script at all: its Content-Security-Policy forbids scripts, and the sentence-boundary switch is a CSS-only
//! checkbox. In the text:
//!
//! - an entity is one `<mark class="e e-LABEL" data-label="LABEL" data-score="0.973">`, its label shown after
//!   it and in its tooltip with its score;
//! - an expression (date, money, number, ...) is underlined: `<span class="x" data-type="DATE"
//!   data-value="2023-03-14">`, its type and normalised value in the tooltip; an expression that crosses an
//!   entity's edge is split into several such spans, so that every entity stays one element;
//! - boilerplate (navigation, comments, ads, ...) is greyed: `<span class="bp" data-kind="navigation">`;
//! - every sentence starts with an empty `<span class="sb">` that is shown when "sentence boundaries" is
//!   ticked.
//!
//! Everything taken from a document (text, id, labels, values, extra fields) is escaped; bidirectional
//! controls (U+202A–U+202E, U+2066–U+2069, ...) are isolated in a `<bdi class="cc">` and shown as their code
//! point, and other control characters are shown as their code point instead of being written.
//!
//! ```
//! use urai::format::html;
//!
//! let doc = urai::Pipeline::new().annotate("d1", "Menlu AS Antony Blinken tiba di Jenewa.");
//! let mut out = Vec::new();
//! html::write_page(&[doc], "berita", &mut out).unwrap();
//! let page = String::from_utf8(out).unwrap();
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("<title>urai: berita</title>"));
//! assert!(page.contains("data-label=\"PER\""));
//! ```

use std::io::Write;
use std::ops::Range;

use crate::Document;

/// The most documents listed in the document list at the end of a page (the rest are counted), which keeps
/// memory bounded on corpora of any size.
pub const TOC_LIMIT: usize = 10_000;

/// A boilerplate block to grey out: a byte span of the text and its kind (`navigation`, `related`, `share`,
/// `comments`, `instructions`, `ads`, `footer`, `caption`).
pub type Boilerplate<'a> = (Range<usize>, &'a str);

/// The blocks of a document to grey out: its flagged boilerplate ([`Document::boilerplate`] without the
/// captions, which are article text).
pub fn flagged(doc: &Document) -> Vec<Boilerplate<'static>> {
    doc.boilerplate
        .iter()
        .filter(|b| b.is_flagged())
        .map(|b| (b.start..b.end, b.kind.as_str()))
        .collect()
}

const STYLE: &str = "\
:root{--fg:#1a1a1a;--bg:#fff;--muted:#888}
*{box-sizing:border-box}
body{margin:0;padding:0 1rem 2rem;font:16px/1.6 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--fg);background:var(--bg);max-width:50rem;margin-inline:auto;overflow-wrap:anywhere}
header{position:sticky;top:0;background:var(--bg);border-bottom:1px solid #ddd;padding:.5rem 0;z-index:1}
h1{font-size:1.1rem;margin:.2rem 0}
h2{font-size:1rem;margin:1.5rem 0 .3rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.85rem;align-items:center}
.legend mark::after{content:none}
article{border-top:1px solid #eee;margin-top:1rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;font-size:.8rem;color:#555;margin:.2rem 0}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
.text{white-space:pre-wrap;margin:.5rem 0}
.text:empty::before{content:'(empty document)';color:var(--muted);font-style:italic}
.error{color:#a00;white-space:pre-wrap}
mark.e{background:#eee;border-radius:3px;padding:0 2px;color:inherit}
mark.e::after{content:attr(data-label);font-size:.6em;font-weight:700;vertical-align:super;margin-left:2px;color:#333}
mark.e-PER{background:#ffd8a8}
mark.e-LOC{background:#b2f2bb}
mark.e-ORG{background:#a5d8ff}
mark.e-MISC{background:#e5dbff}
.x{text-decoration:underline 2px #c2255c;text-underline-offset:3px}
.bp{color:var(--muted);background:#f6f6f6}
.bp.bp0::before{content:attr(data-kind);font-size:.65em;text-transform:uppercase;border:1px solid #ccc;border-radius:3px;padding:0 3px;margin-right:3px}
.bp mark.e{background:#eee}
.sb{display:none}
#show-s:checked~main .sb{display:inline}
#show-s:checked~main .sb::before{content:'\\2503';color:#c92a2a;font-weight:700;margin:0 1px}
.cc{unicode-bidi:isolate;color:#c92a2a;font-size:.8em}
.cc::before{content:'\\27E8' attr(data-cp) '\\27E9'}
.cc>*{display:none}
nav ol{padding-left:1.5rem}
@media (max-width:30rem){body{font-size:15px;padding:0 .5rem 1rem}}
";

/// Starts a page: the document type, the head (title `urai: TITLE`, the viewport, the Content-Security-Policy,
/// the style), the header with the legend and the sentence switch, and the opening of `<main>`.
pub fn write_head<W: Write + ?Sized>(title: &str, out: &mut W) -> std::io::Result<()> {
    let mut s = String::with_capacity(STYLE.len() + 2048);
    s.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'none'; img-src 'none'; base-uri 'none'; \
         form-action 'none'\">\n",
    );
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    s.push_str("<title>urai: ");
    escape_attr(title, &mut s);
    s.push_str("</title>\n<style>\n");
    s.push_str(STYLE);
    s.push_str(
        "</style>\n</head>\n<body>\n<input type=\"checkbox\" id=\"show-s\">\n<header>\n<h1>urai: ",
    );
    escape_text(title, &mut s);
    s.push_str("</h1>\n<div class=\"legend\">");
    for label in ["PER", "LOC", "ORG", "MISC"] {
        s.push_str("<mark class=\"e e-");
        s.push_str(label);
        s.push_str("\">");
        s.push_str(label);
        s.push_str("</mark>");
    }
    s.push_str(
        "<span class=\"x\">expression</span><span class=\"bp\">boilerplate</span>\
         <label for=\"show-s\">&#x2503; sentence boundaries</label></div>\n</header>\n<main>\n",
    );
    out.write_all(s.as_bytes())
}

/// Renders document number `index` (0-based; its anchor is `doc-{index + 1}`) as an `<article>`: its id, its
/// language and extra fields, and its text with entities, expressions, sentence boundaries and the
/// `boilerplate` blocks marked. Spans that do not fit the text are clipped to it (or left out when nothing is
/// left); an entity that overlaps an earlier one starts where the earlier one ends.
pub fn write_document<W: Write + ?Sized>(
    doc: &Document,
    index: usize,
    boilerplate: &[Boilerplate<'_>],
    out: &mut W,
) -> std::io::Result<()> {
    let mut s = String::with_capacity(doc.text.len() * 3 + 512);
    s.push_str("<article id=\"doc-");
    push_usize(index.saturating_add(1), &mut s);
    s.push_str("\">\n<h2 class=\"id\">");
    escape_text(&doc.id, &mut s);
    s.push_str("</h2>\n");
    render_meta(doc, &mut s);
    s.push_str("<div class=\"text\">");
    render_text(doc, boilerplate, &mut s);
    s.push_str("</div>\n</article>\n");
    out.write_all(s.as_bytes())
}

/// Renders an input record that could not be read (`name` is where it was, `message` why) as an
/// `<article class="error">` in the place of the document, anchored `doc-{index + 1}`.
pub fn write_error<W: Write + ?Sized>(
    name: &str,
    message: &str,
    index: usize,
    out: &mut W,
) -> std::io::Result<()> {
    let mut s = String::with_capacity(message.len() + 128);
    s.push_str("<article class=\"error\" id=\"doc-");
    push_usize(index.saturating_add(1), &mut s);
    s.push_str("\">\n<h2 class=\"id\">");
    escape_text(name, &mut s);
    s.push_str("</h2>\n<p class=\"error\">");
    escape_text(message, &mut s);
    s.push_str("</p>\n</article>\n");
    out.write_all(s.as_bytes())
}

/// The document list written at the end of a page: the ids of the documents written, in order, up to
/// [`TOC_LIMIT`] of them.
#[derive(Debug, Clone, Default)]
pub struct Toc {
    ids: Vec<String>,
    count: usize,
}

impl Toc {
    /// An empty list.
    pub fn new() -> Toc {
        Toc::default()
    }

    /// Records the next document (or error entry) written, by its id.
    pub fn push(&mut self, id: &str) {
        if self.ids.len() < TOC_LIMIT {
            self.ids.push(id.to_string());
        }
        self.count += 1;
    }

    /// How many documents were recorded.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether no document was recorded.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Ends a page: closes `<main>`, writes the document list (a `<nav>` of links to every document's
    /// anchor) when there is more than one document, and closes the page.
    pub fn write_foot<W: Write + ?Sized>(&self, out: &mut W) -> std::io::Result<()> {
        let mut s = String::from("</main>\n");
        if self.count > 1 {
            s.push_str("<nav id=\"documents\">\n<h2>");
            push_usize(self.count, &mut s);
            s.push_str(" documents</h2>\n<ol>\n");
            for (i, id) in self.ids.iter().enumerate() {
                s.push_str("<li><a href=\"#doc-");
                push_usize(i + 1, &mut s);
                s.push_str("\">");
                escape_text(id, &mut s);
                s.push_str("</a></li>\n");
            }
            s.push_str("</ol>\n");
            if self.count > self.ids.len() {
                s.push_str("<p>and ");
                push_usize(self.count - self.ids.len(), &mut s);
                s.push_str(" more</p>\n");
            }
            s.push_str("</nav>\n");
        }
        s.push_str("</body>\n</html>\n");
        out.write_all(s.as_bytes())
    }
}

/// Writes a whole page of `docs`, their flagged boilerplate greyed, called `title`.
pub fn write_page<W: Write + ?Sized>(
    docs: &[Document],
    title: &str,
    out: &mut W,
) -> std::io::Result<()> {
    write_head(title, out)?;
    let mut toc = Toc::new();
    for (i, doc) in docs.iter().enumerate() {
        write_document(doc, i, &flagged(doc), out)?;
        toc.push(&doc.id);
    }
    toc.write_foot(out)
}

fn push_usize(n: usize, s: &mut String) {
    s.push_str(itoa::Buffer::new().format(n));
}

fn render_meta(doc: &Document, s: &mut String) {
    if doc.lang.is_none() && doc.extra.is_empty() {
        return;
    }
    s.push_str("<dl class=\"meta\">");
    if let Some(lang) = &doc.lang {
        s.push_str("<dt>lang</dt><dd>");
        escape_text(&lang.code, s);
        s.push_str(" (");
        s.push_str(&format!("{:.2}", lang.confidence));
        s.push_str(")</dd>");
    }
    for (key, value) in &doc.extra {
        s.push_str("<dt>");
        escape_text(key, s);
        s.push_str("</dt><dd>");
        match value {
            serde_json::Value::String(v) => escape_text(v, s),
            other => escape_text(&other.to_string(), s),
        }
        s.push_str("</dd>");
    }
    s.push_str("</dl>\n");
}

/// Whether `c` changes the direction of the text around it.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` is a control character HTML text should not hold (tab, line feed and carriage return are
/// kept).
fn is_hidden_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{FEFF}' | '\u{2028}' | '\u{2029}')
}

fn push_code_point(c: char, s: &mut String) {
    use std::fmt::Write as _;
    // Writing to a String cannot fail.
    let _ = write!(s, "U+{:04X}", u32::from(c));
}

/// The character reference for one of `& < > " '`, the characters that must not appear as themselves in text
/// or in a quoted attribute value.
fn reference(c: char) -> Option<&'static str> {
    Some(match c {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => return None,
    })
}

/// Escapes text content: `& < > " '` as character references, bidirectional controls isolated and labelled,
/// other controls replaced by their labelled code point.
fn escape_text(text: &str, s: &mut String) {
    for c in text.chars() {
        if let Some(r) = reference(c) {
            s.push_str(r);
            continue;
        }
        match c {
            c if is_bidi_control(c) => {
                s.push_str("<bdi class=\"cc\" data-cp=\"");
                push_code_point(c, s);
                s.push_str("\"><span>");
                s.push(c);
                s.push_str("</span></bdi>");
            }
            c if is_hidden_control(c) => {
                s.push_str("<span class=\"cc\" data-cp=\"");
                push_code_point(c, s);
                s.push_str("\"></span>");
            }
            c => s.push(c),
        }
    }
}

/// Escapes an attribute value (to be written between double quotes); controls, bidirectional ones included,
/// are written as `<U+XXXX>`.
fn escape_attr(text: &str, s: &mut String) {
    for c in text.chars() {
        if let Some(r) = reference(c) {
            s.push_str(r);
            continue;
        }
        match c {
            c if is_bidi_control(c) || is_hidden_control(c) => {
                s.push_str("&lt;");
                push_code_point(c, s);
                s.push_str("&gt;");
            }
            c => s.push(c),
        }
    }
}

/// A label as a class name: ASCII letters, digits, `-` and `_` kept, anything else makes it `other`.
fn class_name(label: &str) -> &str {
    if !label.is_empty()
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        label
    } else {
        "other"
    }
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Spans of one layer clipped to the text, widened to whole characters, sorted, and made disjoint (a span
/// starts no earlier than the end of the one before; one left empty is dropped). Each keeps its index.
fn layer(text: &str, spans: impl Iterator<Item = (usize, usize)>) -> Vec<(usize, usize, usize)> {
    let mut v: Vec<(usize, usize, usize)> = spans
        .enumerate()
        .map(|(k, (a, b))| (floor_boundary(text, a), ceil_boundary(text, b), k))
        .filter(|&(a, b, _)| a < b)
        .collect();
    v.sort_by_key(|&(a, b, k)| (a, std::cmp::Reverse(b), k));
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(v.len());
    let mut last_end = 0;
    for (a, b, k) in v {
        let a = a.max(last_end);
        if a < b {
            out.push((a, b, k));
            last_end = b;
        }
    }
    out
}

/// Which span of a disjoint, sorted layer covers byte `pos`, walking a cursor forward.
fn covering(layer: &[(usize, usize, usize)], cursor: &mut usize, pos: usize) -> Option<usize> {
    while layer.get(*cursor).is_some_and(|&(_, b, _)| b <= pos) {
        *cursor += 1;
    }
    layer
        .get(*cursor)
        .filter(|&&(a, _, _)| a <= pos)
        .map(|_| *cursor)
}

fn render_text(doc: &Document, boilerplate: &[Boilerplate<'_>], s: &mut String) {
    let text = doc.text.as_str();
    let ents = layer(text, doc.entities.iter().map(|e| (e.start, e.end)));
    let exprs = layer(text, doc.expressions.iter().map(|e| (e.start, e.end)));
    let bps = layer(text, boilerplate.iter().map(|(r, _)| (r.start, r.end)));
    let mut sentence_starts: Vec<usize> = doc
        .sentences
        .iter()
        .map(|x| floor_boundary(text, x.start))
        .filter(|&a| a < text.len())
        .collect();
    sentence_starts.sort_unstable();
    sentence_starts.dedup();

    // Every place something starts or ends; between two of them nothing changes.
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * (ents.len() + exprs.len() + bps.len()) + 2);
    cuts.push(0);
    cuts.push(text.len());
    for l in [&ents, &exprs, &bps] {
        for &(a, b, _) in l.iter() {
            cuts.push(a);
            cuts.push(b);
        }
    }
    cuts.extend(sentence_starts.iter().copied());
    cuts.sort_unstable();
    cuts.dedup();

    let (mut ce, mut cx, mut cb, mut cs) = (0, 0, 0, 0);
    // What is open: the entity (outermost, never split), then boilerplate, then expression, as layer indices.
    let mut open_ent: Option<usize> = None;
    let mut open_bp: Option<usize> = None;
    let mut open_x: Option<usize> = None;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let ent = covering(&ents, &mut ce, a);
        let bp = covering(&bps, &mut cb, a);
        let x = covering(&exprs, &mut cx, a);
        let sentence_start = {
            while sentence_starts.get(cs).is_some_and(|&p| p < a) {
                cs += 1;
            }
            sentence_starts.get(cs) == Some(&a)
        };
        if ent != open_ent || bp != open_bp || x != open_x || sentence_start {
            // Close from the inside out up to the first layer that changes, then open from there.
            let ent_changes = ent != open_ent;
            let bp_changes = ent_changes || bp != open_bp;
            let x_changes = bp_changes || x != open_x || sentence_start;
            if x_changes && open_x.take().is_some() {
                s.push_str("</span>");
            }
            if bp_changes && open_bp.take().is_some() {
                s.push_str("</span>");
            }
            if ent_changes && open_ent.take().is_some() {
                s.push_str("</mark>");
            }
            // A sentence that starts where an entity does is marked before it.
            let mark_sentence_first = sentence_start && ent_changes;
            if mark_sentence_first {
                push_sentence_mark(cs, s);
            }
            if ent_changes && let Some(i) = ent {
                open_mark(doc, ents[i].2, s);
                open_ent = ent;
            }
            if bp_changes && let Some(i) = bp {
                let (start, _, k) = bps[i];
                let kind = boilerplate.get(k).map_or("", |(_, kind)| *kind);
                s.push_str("<span class=\"bp");
                if start == a {
                    s.push_str(" bp0");
                }
                s.push_str("\" data-kind=\"");
                escape_attr(kind, s);
                s.push_str("\" title=\"boilerplate: ");
                escape_attr(kind, s);
                s.push_str("\">");
                open_bp = bp;
            }
            if sentence_start && !mark_sentence_first {
                push_sentence_mark(cs, s);
            }
            if x_changes && let Some(i) = x {
                open_span_x(doc, exprs[i].2, s);
                open_x = x;
            }
        }
        escape_text(&text[a..b], s);
    }
    if open_x.is_some() {
        s.push_str("</span>");
    }
    if open_bp.is_some() {
        s.push_str("</span>");
    }
    if open_ent.is_some() {
        s.push_str("</mark>");
    }
}

fn push_sentence_mark(n: usize, s: &mut String) {
    s.push_str("<span class=\"sb\" title=\"sentence ");
    push_usize(n + 1, s);
    s.push_str("\"></span>");
}

fn open_mark(doc: &Document, k: usize, s: &mut String) {
    let Some(e) = doc.entities.get(k) else {
        s.push_str("<mark class=\"e\">");
        return;
    };
    let score = if e.score.is_finite() {
        format!("{:.3}", e.score)
    } else {
        String::from("?")
    };
    s.push_str("<mark class=\"e e-");
    s.push_str(class_name(&e.label));
    s.push_str("\" data-label=\"");
    escape_attr(&e.label, s);
    s.push_str("\" data-score=\"");
    s.push_str(&score);
    s.push_str("\" title=\"");
    escape_attr(&e.label, s);
    s.push_str(" (score ");
    s.push_str(&score);
    s.push(')');
    // An expression with exactly the entity's span gives the entity a normalised value.
    if let Some(x) = doc
        .expressions
        .iter()
        .find(|x| x.start == e.start && x.end == e.end)
    {
        s.push_str(" = ");
        escape_attr(&x.value, s);
    }
    s.push_str("\">");
}

fn open_span_x(doc: &Document, k: usize, s: &mut String) {
    let Some(x) = doc.expressions.get(k) else {
        s.push_str("<span class=\"x\">");
        return;
    };
    let kind = x.kind.as_str();
    s.push_str("<span class=\"x x-");
    s.push_str(class_name(kind));
    s.push_str("\" data-type=\"");
    escape_attr(kind, s);
    s.push_str("\" data-value=\"");
    escape_attr(&x.value, s);
    s.push_str("\" title=\"");
    escape_attr(kind, s);
    s.push_str(": ");
    escape_attr(&x.value, s);
    if !x.flags.is_empty() {
        s.push_str(" [");
        for (i, f) in x.flags.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(f.as_str());
        }
        s.push(']');
    }
    s.push_str("\">");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Entity;
    use urai_expressions::{ExprType, Expression, Flag};

    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "</mark></div></article><h1>x</h1>",
        "\" onmouseover=\"alert(1)\" '",
        "&amp; &lt;",
        "\u{202E}gnp.exe\u{202C} \u{2066}x\u{2069} \u{200F}",
        "nul\u{0}bell\u{7}",
    ];

    fn doc(id: &str, text: &str) -> Document {
        let mut d = crate::Pipeline::new().annotate(id, text);
        d.entities.clear();
        d.expressions.clear();
        d
    }

    fn entity(start: usize, end: usize, label: &str) -> Entity {
        Entity {
            start,
            end,
            label: label.into(),
            score: 0.5,
            tokens: 0..0,
        }
    }

    fn expression(start: usize, end: usize, value: &str) -> Expression {
        Expression {
            start,
            end,
            kind: ExprType::Date,
            value: value.into(),
            flags: vec![Flag::Approximate],
        }
    }

    fn render(d: &Document, bp: &[Boilerplate<'_>]) -> String {
        let mut out = Vec::new();
        write_document(d, 0, bp, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// A tag of the renderer's output: its name and whether it closes.
    fn tags(html: &str) -> Vec<(String, bool)> {
        let mut v = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            let j = rest[i..].find('>').map(|j| i + j).expect("every tag ends");
            let inner = &rest[i + 1..j];
            let closing = inner.starts_with('/');
            let name: String = inner
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            v.push((name, closing));
            rest = &rest[j + 1..];
        }
        v
    }

    /// Checks that the tags nest, and returns the tags opened.
    fn assert_well_nested(html: &str) -> Vec<String> {
        let mut stack: Vec<String> = Vec::new();
        let mut opened = Vec::new();
        for (name, closing) in tags(html) {
            if closing {
                assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "in {html}");
            } else {
                stack.push(name.clone());
                opened.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?} in {html}");
        opened
    }

    /// The text content of the `<div class="text">` of a rendered document.
    fn text_content(html: &str) -> String {
        let start = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
        let end = html.rfind("</div>").unwrap();
        let mut out = String::new();
        let mut in_tag = false;
        for c in html[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn hostile_strings_are_text() {
        for h in HOSTILE {
            let text = format!("Kata {h} akhir.");
            let mut d = doc(h, &text);
            d.entities.push(entity(5, 5 + h.len(), h));
            d.expressions.push(expression(0, 4, h));
            d.extra
                .insert((*h).into(), serde_json::Value::String((*h).into()));
            let html = render(&d, &[(0..text.len(), h)]);
            let opened = assert_well_nested(&html);
            for t in &opened {
                assert!(
                    [
                        "article", "h2", "dl", "dt", "dd", "div", "span", "mark", "bdi"
                    ]
                    .contains(&t.as_str()),
                    "{t} in {html}"
                );
            }
            assert_eq!(opened.iter().filter(|t| *t == "mark").count(), 1);
            assert!(!html.contains("<script") && !html.contains("<img"));
            // No tag has an event handler attribute: the only ` on` inside a tag is within a quoted value.
            for tag in html
                .split('<')
                .skip(1)
                .map(|t| t.split('>').next().unwrap_or(""))
            {
                let unquoted: String = tag.split('"').step_by(2).collect();
                assert!(!unquoted.contains(" on"), "<{tag}> in {html}");
            }
            // No raw control character of the hostile text survives, except bidi ones inside their `<bdi>`.
            for c in h.chars().filter(|&c| is_hidden_control(c)) {
                assert!(!html.contains(c));
            }
            for c in h.chars().filter(|&c| is_bidi_control(c)) {
                let isolated = format!("\"><span>{c}</span></bdi>");
                assert_eq!(
                    html.matches(c).count(),
                    html.matches(&isolated).count(),
                    "{html}"
                );
            }
            // The text is all there, controls aside.
            let expected: String = text.chars().filter(|&c| !is_hidden_control(c)).collect();
            assert_eq!(text_content(&html), expected);
        }
        let mut page = Vec::new();
        write_head("</title><script>alert(1)</script>\u{202E}", &mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(page.contains(
            "<title>urai: &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;U+202E&gt;</title>"
        ));
        assert_eq!(page.matches("<script").count(), 0);
        assert!(page.contains("script-src 'none'"));
    }

    #[test]
    fn overlapping_entity_and_expression_nest() {
        let text = "Pada 14 Maret 2023 di Jakarta Timur hujan.";
        let mut d = doc("d", text);
        let at = |s: &str| text.find(s).unwrap();
        // The expression starts before the entity and ends inside it; a second one lies inside another entity.
        d.expressions
            .push(expression(at("14"), at("Timur"), "2023-03-14"));
        d.entities.push(entity(at("Maret"), at(" di"), "MISC"));
        d.entities.push(entity(at("Jakarta"), at(" hujan"), "LOC"));
        d.expressions
            .push(expression(at("Timur"), at(" hujan"), "x"));
        let html = render(&d, &[]);
        let opened = assert_well_nested(&html);
        assert_eq!(opened.iter().filter(|t| *t == "mark").count(), 2);
        assert!(html.contains("title=\"LOC (score 0.500)\"><span class=\"x x-DATE\" data-type=\"DATE\" data-value=\"2023-03-14\" title=\"DATE: 2023-03-14 [approximate]\">Jakarta </span><span class=\"x x-DATE\" data-type=\"DATE\" data-value=\"x\" title=\"DATE: x [approximate]\">Timur</span></mark> hujan."), "{html}");
        // The first expression is split at every entity edge it crosses: 14 | Maret 2023 | di | Jakarta.
        assert_eq!(
            html.matches("data-value=\"2023-03-14\"").count(),
            4,
            "{html}"
        );
        assert_eq!(text_content(&html), text);
    }

    #[test]
    fn entity_with_expression_of_same_span_shows_value() {
        let text = "Harga Rp12.500 naik.";
        let mut d = doc("d", text);
        d.entities.push(entity(6, 14, "MONEY"));
        d.expressions.push(expression(6, 14, "IDR 12500"));
        let html = render(&d, &[]);
        assert!(
            html.contains("title=\"MONEY (score 0.500) = IDR 12500\""),
            "{html}"
        );
        assert_well_nested(&html);
    }

    #[test]
    fn boilerplate_is_greyed_with_its_kind() {
        let text = "Berita utama.\nBaca juga: Bulog janji.\nKomentar\n";
        let mut d = doc("d", text);
        let nav = text.find("Baca").unwrap()..text.find("\nKomentar").unwrap();
        let comments = text.find("Komentar").unwrap()..text.len();
        d.entities.push(entity(
            text.find("Bulog").unwrap(),
            text.find(" janji").unwrap(),
            "ORG",
        ));
        let html = render(&d, &[(nav, "related"), (comments, "comments")]);
        assert_well_nested(&html);
        assert!(html.contains("<span class=\"bp bp0\" data-kind=\"related\" title=\"boilerplate: related\"><span class=\"sb\" title=\"sentence 2\"></span>Baca juga: </span>"), "{html}");
        // The block goes on inside the entity and after it, without its kind label again.
        assert!(html.contains("<mark class=\"e e-ORG\" data-label=\"ORG\" data-score=\"0.500\" title=\"ORG (score 0.500)\"><span class=\"bp\" data-kind=\"related\" title=\"boilerplate: related\">Bulog</span></mark>"), "{html}");
        assert_eq!(html.matches("bp bp0").count(), 2);
        assert!(html.contains("data-kind=\"comments\""));
        assert!(html.contains("Berita utama.\n<span class=\"bp bp0\""));
        assert!(!html[..html.find("Berita").unwrap()].contains("class=\"bp"));
        assert_eq!(text_content(&html), text);
    }

    #[test]
    fn sentence_marks() {
        let text = "Dia datang. Rumahnya jauh.";
        let d = crate::Pipeline::new().annotate("d", text);
        assert_eq!(d.sentences.len(), 2);
        let html = render(&d, &[]);
        assert_eq!(html.matches("<span class=\"sb\"").count(), 2);
        assert!(html.contains("datang. <span class=\"sb\" title=\"sentence 2\"></span>Rumahnya"));
    }

    #[test]
    fn pages_list_documents() {
        let docs = vec![doc("satu <b>", "Satu."), doc("dua", "Dua.")];
        let mut out = Vec::new();
        write_page(&docs, "korpus", &mut out).unwrap();
        let page = String::from_utf8(out).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(
            page.contains(
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            )
        );
        assert!(page.contains("<article id=\"doc-1\">\n<h2 class=\"id\">satu &lt;b&gt;</h2>"));
        assert!(page.contains("<article id=\"doc-2\">"));
        assert!(page.contains(
            "<li><a href=\"#doc-1\">satu &lt;b&gt;</a></li>\n<li><a href=\"#doc-2\">dua</a></li>"
        ));
        assert!(page.find("doc-1\">satu").unwrap() < page.find("doc-2\">dua").unwrap());
        assert!(page.ends_with("</body>\n</html>\n"));
        assert!(
            !page.contains("http://") && !page.contains("https://"),
            "nothing from elsewhere"
        );
        // One document: no list.
        let mut out = Vec::new();
        write_page(&docs[..1], "satu", &mut out).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains("<nav"));
    }

    #[test]
    fn list_is_bounded() {
        let mut toc = Toc::new();
        for i in 0..TOC_LIMIT + 5 {
            toc.push(&i.to_string());
        }
        assert_eq!(toc.len(), TOC_LIMIT + 5);
        let mut out = Vec::new();
        toc.write_foot(&mut out).unwrap();
        let foot = String::from_utf8(out).unwrap();
        assert_eq!(foot.matches("<li>").count(), TOC_LIMIT);
        assert!(foot.contains("<p>and 5 more</p>"));
    }

    #[test]
    fn error_entries_are_escaped() {
        let mut out = Vec::new();
        write_error("in.jsonl:3", "malformed JSON: <x>", 2, &mut out).unwrap();
        let html = String::from_utf8(out).unwrap();
        assert!(html.contains("id=\"doc-3\""));
        assert!(html.contains("malformed JSON: &lt;x&gt;"));
        assert_well_nested(&html);
    }

    #[test]
    fn empty_document() {
        let d = doc("kosong", "");
        let html = render(&d, &[(0..0, "ads")]);
        assert!(html.contains("<div class=\"text\"></div>"), "{html}");
        assert_well_nested(&html);
    }

    #[test]
    fn multibyte_offsets_and_bad_spans() {
        let text = "Café di Zürich, 東京 dan Jenewa.";
        let mut d = doc("d", text);
        let at = |s: &str| text.find(s).unwrap();
        d.entities.push(entity(at("Zürich"), at(","), "LOC"));
        d.entities.push(entity(at("東京"), at(" dan"), "LOC"));
        // Inside a character: widened to whole characters.
        d.entities.push(entity(at("京") + 1, at("京") + 2, "X"));
        // Past the end, reversed, empty: clipped or left out, never a panic.
        d.entities
            .push(entity(at("Jenewa"), text.len() + 10, "LOC"));
        d.entities.push(entity(9, 3, "LOC"));
        d.expressions.push(expression(4, 5, "é")); // the second byte of `é`
        d.expressions
            .push(expression(usize::MAX - 1, usize::MAX, "x"));
        let reversed = Range {
            start: usize::MAX,
            end: 0,
        };
        let html = render(&d, &[(reversed, "ads"), (2..3, "ads")]);
        assert_well_nested(&html);
        assert!(html.contains(">Zürich</mark>"));
        assert!(html.contains(">東京</mark>"));
        assert!(html.contains(">Jenewa.</mark>"));
        assert_eq!(
            html.matches("<mark").count(),
            3,
            "the entity inside 京 overlaps 東京: {html}"
        );
        assert!(
            html.contains("title=\"DATE: é [approximate]\">é</span>"),
            "{html}"
        );
        assert!(
            html.contains("title=\"boilerplate: ads\">f</span>"),
            "{html}"
        );
        assert_eq!(text_content(&html), text);
    }

    proptest::proptest! {
        #[test]
        fn any_spans_render_well_nested(
            text in "[a-zé東 <>&\"'\u{202E}\n]{0,40}",
            ents in proptest::collection::vec((0usize..50, 0usize..50), 0..6),
            exprs in proptest::collection::vec((0usize..50, 0usize..50), 0..6),
            bps in proptest::collection::vec((0usize..50, 0usize..50), 0..3),
        ) {
            let mut d = doc("p", &text);
            d.entities = ents.iter().map(|&(a, b)| entity(a, b, "PER")).collect();
            d.expressions = exprs.iter().map(|&(a, b)| expression(a, b, "v")).collect();
            let bps: Vec<Boilerplate<'_>> = bps.iter().map(|&(a, b)| (a..b, "ads")).collect();
            let html = render(&d, &bps);
            let opened = assert_well_nested(&html);
            let kept = layer(&text, d.entities.iter().map(|e| (e.start, e.end))).len();
            proptest::prop_assert_eq!(opened.iter().filter(|t| *t == "mark").count(), kept);
            proptest::prop_assert_eq!(text_content(&html), text);
        }
    }
}
