//! urai-html: the HTML reader of urai. A web page's bytes become its text, with
//!
//! - its **blocks**: one per line of the text, each with the markup it sits in (the block element, the names,
//!   classes and ids of its ancestors, how much of it is link text), for a boilerplate classifier to judge;
//! - a **source map**: segments `[text_start, text_end, html_start, html_end]` from byte ranges of the text to
//!   byte ranges of the page as given (before decoding), so that a span of the text can be found in the page;
//! - its **metadata**: title, `<html lang>`, canonical URL, publication date.
//!
//! The page is decoded from the charset its byte-order mark, the caller (an HTTP header), its `<meta>` or its
//! bytes say (in that order), parsed by html5ever (the HTML5 parsing algorithm, as browsers do), and walked
//! without recursion, so that any nesting depth is safe. `script`, `style`, `noscript`, `template`, the
//! `head` and elements marked `hidden` are left out; block elements (headings, paragraphs, list items, table
//! cells, `div`, `br`, ...) end lines; runs of whitespace become one space; entities are decoded.
//!
//! ```
//! let html = "<html lang=id><head><title>Banjir di Jakarta</title>\
//!             <link rel=canonical href='https://berita.example/banjir'></head>\
//!             <body><nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav>\
//!             <h1>Banjir di Jakarta</h1><p>Hujan deras &amp; angin merendam <b>Kemang</b>.</p></body></html>";
//! let page = urai_html::Page::parse(html.as_bytes());
//! assert_eq!(page.text, "Beranda Nasional\nBanjir di Jakarta\nHujan deras & angin merendam Kemang.");
//! assert_eq!(page.meta.title.as_deref(), Some("Banjir di Jakarta"));
//! assert_eq!(page.meta.lang.as_deref(), Some("id"));
//! assert_eq!(page.meta.canonical.as_deref(), Some("https://berita.example/banjir"));
//! // The first line sits in a <nav> and is all links.
//! assert!(page.blocks[0].markup.starts_with("a nav"));
//! assert_eq!(page.blocks[0].link_bytes, "BerandaNasional".len());
//! // The source map finds "Kemang" in the page.
//! let at = page.text.find("Kemang").unwrap();
//! let r = page.html_range(at, at + 6).unwrap();
//! assert_eq!(&html[r], "Kemang");
//! let amp = page.text.find('&').unwrap();
//! assert_eq!(&html[page.html_range(amp, amp + 1).unwrap()], "&amp;");
//! ```
//!
//! # Panics
//!
//! Nothing here panics on any bytes: every page parses (HTML has no syntax errors that stop a parser), and a
//! charset label given by the caller that names no encoding is an [`Error`].
#![warn(missing_docs)]

mod align;
mod decode;
mod depth;
mod dom;

pub use depth::MAX_DEPTH;

use std::collections::BTreeMap;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use dom::{Data, Id, Tree};
use html5ever::tendril::{StrTendril, TendrilSink};
use serde::{Deserialize, Serialize};

pub use decode::CharsetSource;

/// Errors of the HTML reader.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A charset label names no encoding the WHATWG Encoding Standard knows.
    #[error("unknown charset {label:?}")]
    UnknownCharset {
        /// The label as given.
        label: String,
    },
}

/// Result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One segment of the source map: bytes `text_start..text_end` of the text come from bytes
/// `html_start..html_end` of the page. Where the two lengths are equal the bytes are the same characters and
/// every offset inside maps one to one; otherwise (an entity, a run of whitespace, a character of a legacy
/// charset) the segment maps as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// First byte in the text.
    pub text_start: usize,
    /// One past the last byte in the text.
    pub text_end: usize,
    /// First byte in the page.
    pub html_start: usize,
    /// One past the last byte in the page.
    pub html_end: usize,
}

impl Segment {
    fn identity(&self) -> bool {
        self.text_end.checked_sub(self.text_start) == self.html_end.checked_sub(self.html_start)
    }
}

/// One line of the text and the markup it came from: the features a boilerplate classifier needs.
///
/// A block is one run of text between two line breaks, so a `<p>` split by a `<br>` or by a nested `<div>` gives
/// several blocks. Its element is the innermost block element (`p`, `li`, `td`, `div`, ...) around its first
/// character. The strings are capped in length and shared between the blocks of a page that have the same
/// ones, so a page's blocks cost about the same whatever its nesting depth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// Position of the block among the page's blocks (0, 1, 2, ...).
    pub index: usize,
    /// First byte of the line in the text.
    pub start: usize,
    /// One past the last byte of the line (the line break is not part of it).
    pub end: usize,
    /// The innermost block element holding the line's first character (`p`, `li`, `h2`, `div`, ...), or `""`
    /// for text directly in the document.
    pub tag: Arc<str>,
    /// The names of the elements holding the line's first character, innermost first, separated by spaces
    /// (`"b p article body html"`), at most [`Block::CAP`] bytes.
    pub path: Arc<str>,
    /// The class names and ids of those elements, lower-cased, innermost element first, separated by spaces
    /// (`"share-bar footer"`), at most [`Block::CAP`] bytes.
    pub tokens: Arc<str>,
    /// Each of those elements as its name followed by its class names and id, innermost first, separated by
    /// spaces (`"a share-bar div footer body html"`), at most [`Block::CAP`] bytes.
    pub markup: Arc<str>,
    /// Bytes of the line inside `<a href>` links.
    pub link_bytes: usize,
    /// Level of the innermost heading (`h1`..`h6`) holding the line's first character, 0 when none does.
    pub heading: u8,
    /// The line sits in a list item (`li`, `dt`, `dd`).
    pub list_item: bool,
    /// The line sits in a table cell (`td`, `th`).
    pub table_cell: bool,
    /// How many elements hold the line's first character (after the depth cap).
    pub depth: usize,
}

impl Block {
    /// The length cap of [`Block::path`], [`Block::tokens`] and [`Block::markup`], in bytes.
    pub const CAP: usize = 600;

    /// The block's byte range in [`Page::text`].
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The block's text.
    pub fn text<'p>(&self, page: &'p Page) -> &'p str {
        page.text.get(self.range()).unwrap_or("")
    }

    /// Whether the line sits in an element with this name (`"nav"`, `"footer"`, ...), as far as
    /// [`Block::path`] reaches.
    pub fn in_element(&self, name: &str) -> bool {
        self.path.split(' ').any(|t| t == name)
    }

    /// Whether a class name or id of an element holding the line contains `needle` (`"share"`,
    /// `"comment"`, ...), as far as [`Block::tokens`] reaches.
    pub fn has_token_containing(&self, needle: &str) -> bool {
        self.tokens.split(' ').any(|t| t.contains(needle))
    }

    /// The share of the line's bytes inside links, from 0 to 1.
    pub fn link_density(&self) -> f32 {
        let len = self.end - self.start;
        if len == 0 {
            0.0
        } else {
            self.link_bytes as f32 / len as f32
        }
    }
}

/// What the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The `<title>`, whitespace collapsed.
    pub title: Option<String>,
    /// The `lang` attribute of `<html>`.
    pub lang: Option<String>,
    /// `<meta name="description">`, else `og:description`.
    pub description: Option<String>,
    /// `<link rel="canonical">`, else `og:url`.
    pub canonical: Option<String>,
    /// The publication date as the page gives it: `article:published_time`, `og:published_time`,
    /// `datePublished` (microdata or JSON-LD), `pubdate`, `publishdate`, `date` meta tags, then a
    /// `<time pubdate datetime>` and at last the first `<time datetime>`, in that order of preference. The raw
    /// string, not parsed.
    pub published: Option<String>,
    /// Every Open Graph property (`<meta property="og:...">` and `article:...`), the first value of each.
    pub og: BTreeMap<String, String>,
    /// The encoding the page was decoded from (its WHATWG name, e.g. `UTF-8`, `windows-1252`).
    pub charset: String,
    /// Where that encoding came from.
    pub charset_source: Option<CharsetSource>,
}

/// Options of the reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    transport: Option<&'static encoding_rs::Encoding>,
}

impl Options {
    /// The charset the transport declared (an HTTP `Content-Type` header's `charset`): it wins over the page's
    /// `<meta>`, a byte-order mark wins over it.
    ///
    /// ```
    /// let options = urai_html::Options::default().with_charset("latin1").unwrap();
    /// let page = urai_html::Page::parse_with(b"<p>Caf\xe9</p>", options);
    /// assert_eq!(page.text, "Café");
    /// assert_eq!(page.meta.charset, "windows-1252");
    /// assert!(urai_html::Options::default().with_charset("klingon").is_err());
    /// ```
    pub fn with_charset(mut self, label: &str) -> Result<Options> {
        let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Error::UnknownCharset {
                label: label.to_string(),
            }
        })?;
        self.transport = Some(enc);
        Ok(self)
    }
}

/// A page read: its text, blocks, source map and metadata.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The extracted text: one line per block, no trailing line break.
    pub text: String,
    /// The lines of the text, in order.
    pub blocks: Vec<Block>,
    /// Segments ascending by text offset (and by page offset).
    pub source_map: Vec<Segment>,
    /// Title, language, canonical URL, date, charset.
    pub meta: Metadata,
}

/// Elements whose content is never text of the page.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed", "svg",
    "math", "select", "textarea", "button", "canvas", "audio", "video", "map",
];

/// Elements that end a line before and after them.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

impl Page {
    /// Reads a page with the default options.
    pub fn parse(bytes: &[u8]) -> Page {
        Page::parse_with(bytes, Options::default())
    }

    /// Reads a page.
    pub fn parse_with(bytes: &[u8], options: Options) -> Page {
        let mut decoded = decode::decode(bytes, options.transport);
        // The parser reads the decoded text as a tendril, and the text nodes it makes share that buffer, so the
        // aligner reads the same copy.
        let source = StrTendril::from_slice(&decoded.text);
        decoded.text = String::new();
        let tree =
            match depth::cap_depth(&source) {
                Some(capped) => html5ever::parse_document(dom::Dom::new(), Default::default())
                    .one(capped.as_str()),
                None => html5ever::parse_document(dom::Dom::new(), Default::default())
                    .one(source.clone()),
            };
        let mut walker = Walker {
            out: Builder::default(),
            aligner: align::Aligner::new(&source),
            decoded: &decoded,
            places: Vec::new(),
            meta: Metadata::default(),
            json_ld: Vec::new(),
            frames: Vec::new(),
            published_rank: usize::MAX,
            canonical_from_link: false,
            quiet: 0,
            strings: HashSet::new(),
        };
        walker.walk(&tree);
        drop(tree);
        let Walker {
            mut out,
            mut meta,
            json_ld,
            published_rank,
            ..
        } = walker;
        out.line_break();
        if out.text.ends_with('\n') {
            out.text.pop();
        }
        if published_rank > JSON_LD_RANK
            && let Some(d) = json_ld.iter().find_map(|s| json_ld_date(s))
        {
            meta.published = Some(d);
        }
        meta.charset = decoded.encoding.name().to_string();
        meta.charset_source = Some(decoded.source);
        // They grew by doubling; a large page's text and source map live on in its document.
        out.text.shrink_to_fit();
        out.blocks.shrink_to_fit();
        out.segments.shrink_to_fit();
        Page {
            text: out.text,
            blocks: out.blocks,
            source_map: out.segments,
            meta,
        }
    }

    /// The byte range of the page that text bytes `start..end` come from, or `None` when no part of the span
    /// comes from the page (a line break between blocks) or the span does not fit the text.
    pub fn html_range(&self, start: usize, end: usize) -> Option<Range<usize>> {
        if start >= end || end > self.text.len() {
            return None;
        }
        map_range(&self.source_map, start, end)
    }
}

/// The byte range of a page that text bytes `start..end` come from, by the page's source map (as
/// [`Page::html_range`], for a source map kept without its page, such as a document's).
pub fn map_range(segments: &[Segment], start: usize, end: usize) -> Option<Range<usize>> {
    if start >= end {
        return None;
    }
    // The first segment ending after `start`, and the last one starting before `end`.
    let i = segments.partition_point(|s| s.text_end <= start);
    let j = segments.partition_point(|s| s.text_start < end);
    if i >= j {
        return None;
    }
    let (a, b) = (&segments[i], &segments[j - 1]);
    let hs = if a.identity() && start >= a.text_start {
        a.html_start + (start - a.text_start)
    } else {
        a.html_start
    };
    let he = if b.identity() && end <= b.text_end {
        b.html_end.saturating_sub(b.text_end - end)
    } else {
        b.html_end
    };
    Some(hs..he.max(hs))
}

/// The text being built.
#[derive(Default)]
struct Builder {
    text: String,
    blocks: Vec<Block>,
    segments: Vec<Segment>,
    /// A space waiting for the next character on the same line, with its page range.
    pending_space: Option<Option<(usize, usize, bool)>>,
    /// The pending space was inside a link.
    pending_link: bool,
    /// The block of the current line, once it has a character.
    block: Option<Block>,
}

impl Builder {
    fn push(&mut self, c: char, place: Option<(usize, usize, bool)>) {
        let start = self.text.len();
        self.text.push(c);
        if let Some((hs, he, direct)) = place {
            let seg = Segment {
                text_start: start,
                text_end: self.text.len(),
                html_start: hs,
                // A malformed sequence in a multi-byte charset can map a character's end before its start.
                html_end: he.max(hs),
            };
            let he = seg.html_end;
            let ident = direct && seg.identity();
            if let Some(last) = self.segments.last_mut()
                && ident
                && last.identity()
                && last.text_end == start
                && last.html_end == hs
            {
                last.text_end = seg.text_end;
                last.html_end = he;
            } else if let Some(last) = self.segments.last_mut()
                && !ident
                && hs == he
                && last.text_end == start
            {
                // The second character of a two-character entity joins the entity's segment.
                last.text_end = seg.text_end;
            } else {
                self.segments.push(seg);
            }
        }
    }

    fn line_break(&mut self) {
        self.pending_space = None;
        if let Some(b) = self.block.take() {
            let mut b = b;
            b.end = self.text.len();
            self.blocks.push(b);
            self.text.push('\n');
        }
    }
}

struct Frame {
    tag: String,
    /// Class names and id, lower-cased, separated by spaces.
    tokens: String,
    link: bool,
    block: bool,
    quiet: bool,
}

enum Step {
    Enter(Id),
    Exit,
}

struct Walker<'a> {
    out: Builder,
    aligner: align::Aligner<'a>,
    decoded: &'a decode::Decoded,
    places: Vec<align::Place>,
    meta: Metadata,
    json_ld: Vec<String>,
    frames: Vec<Frame>,
    published_rank: usize,
    canonical_from_link: bool,
    /// How many open elements hide their text (`head`).
    quiet: usize,
    /// The blocks' strings, each kept once.
    strings: HashSet<Arc<str>>,
}

fn attr(attrs: &[html5ever::Attribute], name: &str) -> Option<String> {
    attrs
        .iter()
        .find(|a| a.name.local.eq_str_ignore_ascii_case(name))
        .map(|a| a.value.to_string())
}

/// Whether an element is hidden: `hidden`, `aria-hidden="true"`, or an inline `display: none` /
/// `visibility: hidden` style.
fn hidden(attrs: &[html5ever::Attribute]) -> bool {
    attrs.iter().any(|a| {
        let name = &*a.name.local;
        if name.eq_ignore_ascii_case("hidden") {
            return true;
        }
        if name.eq_ignore_ascii_case("aria-hidden") {
            return a.value.trim().eq_ignore_ascii_case("true");
        }
        if name.eq_ignore_ascii_case("style") {
            let style: String = a
                .value
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            return style.contains("display:none") || style.contains("visibility:hidden");
        }
        false
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
];

/// Rank of `<time pubdate datetime>` among [`DATE_KEYS`] (after all of them); JSON-LD comes next.
const TIME_PUBDATE_RANK: usize = DATE_KEYS.len();
/// Rank of a plain `<time datetime>`: the last resort, after JSON-LD.
const TIME_RANK: usize = DATE_KEYS.len() + 2;
/// Rank of JSON-LD's `datePublished`.
const JSON_LD_RANK: usize = DATE_KEYS.len() + 1;

/// Schedules the children of `node` to be entered next, in document order.
fn push_children(stack: &mut Vec<Step>, tree: &Tree, node: Id) {
    let mut c = tree.get(node).map_or(dom::NONE, |n| n.last_child);
    while let Some(n) = tree.get(c) {
        stack.push(Step::Enter(c));
        c = n.prev;
    }
}

impl Walker<'_> {
    fn walk(&mut self, tree: &Tree) {
        let mut stack = vec![Step::Enter(Tree::DOCUMENT)];
        // Each node is entered once in a tree; the budget only guards against a cycle.
        let mut budget = tree.nodes.len().saturating_mul(2);
        while let Some(step) = stack.pop() {
            if matches!(step, Step::Enter(_)) {
                if budget == 0 {
                    break;
                }
                budget -= 1;
            }
            match step {
                Step::Exit => {
                    if let Some(f) = self.frames.pop() {
                        if f.quiet {
                            self.quiet -= 1;
                        }
                        if f.block {
                            self.out.line_break();
                        }
                    }
                }
                Step::Enter(node) => match tree.get(node).map(|n| &n.data) {
                    Some(Data::Text(contents)) => self.text(contents),
                    Some(Data::Element { local, attrs, .. }) => {
                        let tag = local.to_ascii_lowercase().to_string();
                        let attrs = tree.attrs(*attrs);
                        self.element(&tag, attrs, tree, node);
                        if tag == "head" {
                            // Its metadata is read; its text is not the page's.
                            self.quiet += 1;
                            self.frames.push(Frame {
                                tag,
                                tokens: String::new(),
                                link: false,
                                block: false,
                                quiet: true,
                            });
                            stack.push(Step::Exit);
                            push_children(&mut stack, tree, node);
                            continue;
                        }
                        if DROPPED.contains(&tag.as_str()) || hidden(attrs) {
                            continue;
                        }
                        if tag == "br" {
                            self.out.line_break();
                            continue;
                        }
                        let block = BLOCKS.contains(&tag.as_str());
                        if block {
                            self.out.line_break();
                        }
                        let mut tokens = String::new();
                        for key in ["class", "id"] {
                            if let Some(v) = attr(attrs, key) {
                                for w in v.split_whitespace().take(8) {
                                    if !tokens.is_empty() {
                                        tokens.push(' ');
                                    }
                                    tokens.extend(w.chars().take(40).flat_map(char::to_lowercase));
                                }
                            }
                        }
                        let link = tag == "a" && attr(attrs, "href").is_some();
                        self.frames.push(Frame {
                            tag,
                            tokens,
                            link,
                            block,
                            quiet: false,
                        });
                        stack.push(Step::Exit);
                        push_children(&mut stack, tree, node);
                    }
                    Some(Data::Document) => push_children(&mut stack, tree, node),
                    _ => {}
                },
            }
        }
    }

    /// Metadata from an element, wherever it is.
    fn element(&mut self, tag: &str, attrs: &[html5ever::Attribute], tree: &Tree, node: Id) {
        match tag {
            "html" if self.meta.lang.is_none() => {
                self.meta.lang = attr(attrs, "lang")
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty());
            }
            "title" if self.meta.title.is_none() => {
                let t = collapse(&tree.text_of(node));
                if !t.is_empty() {
                    self.meta.title = Some(t);
                }
            }
            "link" if !self.canonical_from_link => {
                let rel = attr(attrs, "rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical")
                    && let Some(href) = attr(attrs, "href").map(|h| h.trim().to_string())
                    && !href.is_empty()
                {
                    self.meta.canonical = Some(href);
                    self.canonical_from_link = true;
                }
            }
            "script"
                if attr(attrs, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                self.json_ld.push(tree.text_of(node));
            }
            "time" => {
                if let Some(dt) = attr(attrs, "datetime")
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
                {
                    let rank = if attr(attrs, "pubdate").is_some() {
                        TIME_PUBDATE_RANK
                    } else {
                        TIME_RANK
                    };
                    self.offer_date(rank, dt);
                }
            }
            _ => {}
        }
        let key = attr(attrs, "property")
            .or_else(|| attr(attrs, "name"))
            .or_else(|| attr(attrs, "itemprop"))
            .map(|k| k.trim().to_ascii_lowercase());
        let Some(key) = key else { return };
        let value = attr(attrs, "content").or_else(|| attr(attrs, "datetime"));
        let Some(value) = value
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
        else {
            return;
        };
        if tag == "meta" {
            if key.starts_with("og:") || key.starts_with("article:") {
                self.meta
                    .og
                    .entry(key.clone())
                    .or_insert_with(|| value.clone());
            }
            if key == "og:url" && self.meta.canonical.is_none() {
                self.meta.canonical = Some(value.clone());
            }
            if key == "description" || (key == "og:description" && self.meta.description.is_none())
            {
                self.meta.description = Some(collapse(&value));
            }
        }
        if let Some(rank) = DATE_KEYS.iter().position(|k| *k == key) {
            self.offer_date(rank, value);
        }
    }

    /// Keeps `value` as the publication date if nothing of a better `rank` (lower) has been seen.
    fn offer_date(&mut self, rank: usize, value: String) {
        if rank < self.published_rank {
            self.published_rank = rank;
            self.meta.published = Some(value);
        }
    }

    fn text(&mut self, s: &str) {
        if self.quiet > 0 {
            return;
        }
        let in_link = self.frames.iter().any(|f| f.link);
        if s.chars().all(char::is_whitespace) {
            if !s.is_empty() && self.out.block.is_some() && self.out.pending_space.is_none() {
                self.out.pending_space = Some(None);
                self.out.pending_link = in_link;
            }
            return;
        }
        let mut places = std::mem::take(&mut self.places);
        let found = self.aligner.align(s, &mut places);
        for (k, c) in s.chars().enumerate() {
            let place = if found {
                places.get(k).map(|p| {
                    (
                        self.decoded.original(p.start),
                        self.decoded.original(p.end),
                        p.direct,
                    )
                })
            } else {
                None
            };
            if c.is_whitespace() {
                if self.out.block.is_some() && self.out.pending_space.is_none() {
                    // One literal space is the page's own byte, and its segment can join its neighbours'.
                    self.out.pending_space =
                        Some(place.map(|(a, b, direct)| (a, b, direct && c == ' ')));
                    self.out.pending_link = in_link;
                } else if let Some(Some((_, end, exact))) = &mut self.out.pending_space
                    && let Some((_, b, _)) = place
                {
                    *end = b;
                    *exact = false;
                }
                continue;
            }
            if self.out.block.is_none() {
                self.start_block();
            }
            if let Some(space) = self.out.pending_space.take() {
                self.out.push(' ', space);
                // A space counts as link text only inside a link (not the one between two links).
                if in_link && self.out.pending_link {
                    self.bump_links(1);
                }
            }
            self.out.push(c, place);
            if in_link {
                self.bump_links(c.len_utf8());
            }
        }
        self.places = places;
    }

    fn bump_links(&mut self, n: usize) {
        if let Some(b) = self.out.block.as_mut() {
            b.link_bytes += n;
        }
    }

    fn start_block(&mut self) {
        let (mut tag, mut path, mut tokens, mut markup) =
            (None, String::new(), String::new(), String::new());
        let (mut heading, mut list_item, mut table_cell) = (0, false, false);
        for f in self.frames.iter().rev() {
            if tag.is_none() && f.block {
                tag = Some(f.tag.as_str());
            }
            match f.tag.as_str() {
                "li" | "dt" | "dd" => list_item = true,
                "td" | "th" => table_cell = true,
                h @ ("h1" | "h2" | "h3" | "h4" | "h5" | "h6") if heading == 0 => {
                    heading = h.as_bytes()[1] - b'0';
                }
                _ => {}
            }
            push_capped(&mut path, &f.tag);
            push_capped(&mut tokens, &f.tokens);
            push_capped(&mut markup, &f.tag);
            push_capped(&mut markup, &f.tokens);
        }
        let tag = intern(&mut self.strings, tag.unwrap_or(""));
        let block = Block {
            index: self.out.blocks.len(),
            start: self.out.text.len(),
            end: self.out.text.len(),
            tag,
            path: intern(&mut self.strings, &path),
            tokens: intern(&mut self.strings, &tokens),
            markup: intern(&mut self.strings, &markup),
            link_bytes: 0,
            heading,
            list_item,
            table_cell,
            depth: self.frames.len(),
        };
        self.out.block = Some(block);
    }
}

/// The shared copy of `s`.
fn intern(strings: &mut HashSet<Arc<str>>, s: &str) -> Arc<str> {
    if let Some(a) = strings.get(s) {
        return a.clone();
    }
    let a: Arc<str> = Arc::from(s);
    strings.insert(a.clone());
    a
}

/// Appends `word` (space-separated words) to `s` after a space, unless that makes `s` longer than
/// [`Block::CAP`].
fn push_capped(s: &mut String, word: &str) {
    if word.is_empty() || s.len() + word.len() + 1 > Block::CAP {
        return;
    }
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(word);
}

/// `datePublished` anywhere in a JSON-LD script (objects, arrays, `@graph`), searched without recursion.
fn json_ld_date(script: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(script.trim()).ok()?;
    let mut stack = vec![&value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(s)) = map.get("datePublished") {
                    return Some(s.trim().to_string());
                }
                stack.extend(map.values().rev());
            }
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_meta_and_json_ld() {
        let p = Page::parse(
            b"<head><meta name=date content='2020-01-01'><meta property='article:published_time' \
              content='2024-03-05T10:00:00+07:00'></head><p>Isi.</p>",
        );
        assert_eq!(
            p.meta.published.as_deref(),
            Some("2024-03-05T10:00:00+07:00")
        );
        let p = Page::parse(
            br#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-12-01"}]}</script><p>Isi.</p>"#,
        );
        assert_eq!(p.meta.published.as_deref(), Some("2023-12-01"));
        assert_eq!(p.text, "Isi.");
    }

    #[test]
    fn scripts_styles_and_hidden_are_dropped_and_br_breaks() {
        let p = Page::parse(
            b"<body><style>p{}</style><p>Satu<br>dua</p><script>alert(1)</script><div hidden>x</div>\
              <noscript>aktifkan</noscript><ul><li>a</li><li>b <a href=/x>c</a></li></ul></body>",
        );
        assert_eq!(p.text, "Satu\ndua\na\nb c");
        assert_eq!(p.blocks.len(), 4);
        assert_eq!(&*p.blocks[3].tag, "li");
        // The space before the link is not link text.
        assert_eq!(p.blocks[3].link_bytes, 1);
        assert!(p.blocks[3].list_item);
    }

    #[test]
    fn nesting_does_not_overflow() {
        deep(5_000);
    }

    /// Past the depth cap the tags are dropped before parsing, so this is linear (html5ever alone is quadratic
    /// in the depth).
    #[test]
    fn nesting_100000_deep_does_not_overflow() {
        deep(100_000);
    }

    fn deep(depth: usize) {
        let mut html = String::with_capacity(depth * 11 + 20);
        for _ in 0..depth {
            html.push_str("<div>");
        }
        html.push_str("dalam");
        for _ in 0..depth {
            html.push_str("</div>");
        }
        let p = Page::parse(html.as_bytes());
        assert_eq!(p.text, "dalam");
        let r = p.html_range(0, 5).unwrap();
        assert_eq!(&html[r], "dalam");
    }
}
