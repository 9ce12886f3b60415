//! The annotated document.

use std::ops::Range;

use serde::{Deserialize, Serialize};
use urai_boilerplate::Kind;
use urai_expressions::Expression;
use urai_tokenizer::TokenKind;

/// A document: its text and every annotation as byte spans into that text.
///
/// Offsets are byte offsets into [`Document::text`], which is the input text unchanged (a byte-order mark at the
/// start of a file is not part of the text). No stage of the pipeline moves an offset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document's identifier (from the input record, or the file name and line).
    pub id: String,
    /// The original text.
    pub text: String,
    /// The language identified for the whole document.
    pub lang: Option<Language>,
    /// Sentences in text order.
    pub sentences: Vec<SentenceSpan>,
    /// Tokens in text order.
    pub tokens: Vec<TokenSpan>,
    /// Syntactic words in text order (a multiword token has several).
    pub words: Vec<WordSpan>,
    /// Named entities in text order (empty until an entity tagger is part of the pipeline).
    pub entities: Vec<Entity>,
    /// Dates, times, durations, money, percentages, numbers and quantities in text order, with their
    /// canonical values (empty when the pipeline does not look for them).
    #[serde(default)]
    pub expressions: Vec<Expression>,
    /// Blocks that are not the article (menus, `Baca juga:` inserts, share bars, comments, ...), and photo
    /// captions, which are, in text order. Words in a block of any kind but [`Kind::Caption`] have no stem
    /// and hold no entity; expressions are found there too (a byline's date is the article's). Empty when
    /// boilerplate detection is off.
    #[serde(default)]
    pub boilerplate: Vec<Boilerplate>,
    /// For a document read from HTML: ranges of [`Document::text`] mapped to byte ranges of the page as
    /// given, in text order (empty for text input). [`Document::html_range`] maps a span.
    #[serde(default)]
    pub source_map: Vec<urai_html::Segment>,
    /// For a document read from HTML: what the page says about itself (title, `lang`, canonical URL,
    /// publication date, charset).
    #[serde(default)]
    pub meta: Option<urai_html::Metadata>,
    /// Fields of the input record other than the id and the text, carried through to the output.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// A block of the text that is not the article, or a caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    /// First byte of the block.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What it is.
    pub kind: Kind,
}

/// Whether byte `at` lies in a flagged block of `spans` (in text order, disjoint).
pub(crate) fn flagged_at(spans: &[Boilerplate], at: usize) -> bool {
    let i = spans.partition_point(|b| b.end <= at);
    spans
        .get(i)
        .is_some_and(|b| b.is_flagged() && b.start <= at)
}

impl Boilerplate {
    /// Whether the block is left out of the annotation (every kind but [`Kind::Caption`]).
    pub fn is_flagged(&self) -> bool {
        !self.kind.is_content()
    }
}

/// A sentence: a byte span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    /// Byte offset of the first token.
    pub start: usize,
    /// Byte offset one past the last token.
    pub end: usize,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A token: a byte span of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// Indices into [`Document::words`].
    pub words: Range<usize>,
}

/// A syntactic word: a byte span inside its token, with its annotations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Index of the token into [`Document::tokens`].
    pub token: usize,
    /// The word's stem (root), once a stemmer is part of the pipeline.
    pub stem: Option<String>,
    /// Whether the word is a stopword, once a stopword list is part of the pipeline.
    pub stop: Option<bool>,
}

/// A named entity: a byte span covering whole tokens, a label and a confidence score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The label (`PER`, `LOC`, `ORG`).
    pub label: String,
    /// Confidence in `0.0..=1.0`.
    pub score: f32,
    /// Indices into [`Document::tokens`].
    pub tokens: Range<usize>,
}

/// A language identified for a document (ISO 639-3 code and whatlang's verdict).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    /// ISO 639-3 code, e.g. `ind`, `jav`, `eng`.
    pub code: String,
    /// whatlang's confidence in `0.0..=1.0`.
    pub confidence: f64,
    /// Whether whatlang considers the detection reliable.
    pub reliable: bool,
}

impl Document {
    /// The byte range of the original page that holds the text `start..end`, for a document read from HTML
    /// (`None` for text input or a range outside the text).
    pub fn html_range(&self, start: usize, end: usize) -> Option<Range<usize>> {
        if end > self.text.len() {
            return None;
        }
        urai_html::map_range(&self.source_map, start, end)
    }

    /// Whether the byte `at` lies in a flagged boilerplate block (any kind but a caption).
    pub fn in_boilerplate(&self, at: usize) -> bool {
        flagged_at(&self.boilerplate, at)
    }

    /// The article's text: the lines of the text outside flagged boilerplate blocks (captions stay), each
    /// without its surrounding white space, blank ones left out. For a page read from HTML a line is a
    /// block.
    ///
    /// ```
    /// let doc = urai::Pipeline::new().annotate("d", "Beranda\nBaca juga: Harga Cabai Naik\nNATO menolak tuntutan itu.");
    /// assert_eq!(doc.content_lines().collect::<Vec<_>>(), ["NATO menolak tuntutan itu."]);
    /// ```
    pub fn content_lines(&self) -> impl Iterator<Item = &str> + '_ {
        let mut start = 0;
        self.text.split_inclusive('\n').filter_map(move |line| {
            let at = start;
            start += line.len();
            let body = line.trim();
            let lead = line.len() - line.trim_start().len();
            (!body.is_empty() && !self.in_boilerplate(at + lead)).then_some(body)
        })
    }

    /// The text of a byte span (empty if the span does not fit the text; never panics).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or("")
    }

    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| self.slice(t.start, t.end))
    }

    /// The text of word `i`.
    pub fn word_text(&self, i: usize) -> &str {
        self.words.get(i).map_or("", |w| self.slice(w.start, w.end))
    }

    /// The tokens of a sentence.
    pub fn sentence_tokens(&self, sentence: &SentenceSpan) -> &[TokenSpan] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// The words of a token.
    pub fn token_words(&self, token: &TokenSpan) -> &[WordSpan] {
        self.words.get(token.words.clone()).unwrap_or(&[])
    }

    /// Whether whitespace (or the end of the text) follows token `i`.
    pub fn space_after(&self, i: usize) -> bool {
        self.tokens.get(i).is_none_or(|t| {
            self.text
                .get(t.end..)
                .and_then(|s| s.chars().next())
                .is_none_or(char::is_whitespace)
        })
    }

    /// The text between token `i` and the next token (or the end of the text).
    pub fn gap_after(&self, i: usize) -> &str {
        let Some(t) = self.tokens.get(i) else {
            return "";
        };
        let next = self.tokens.get(i + 1).map_or(self.text.len(), |n| n.start);
        self.slice(t.end, next)
    }

    /// For every token, the expression it is part of (the first, when a token holds several) and whether it
    /// is the expression's first token.
    pub fn expression_tags(&self) -> Vec<Option<(&Expression, bool)>> {
        let mut tags = vec![None; self.tokens.len()];
        let mut k = 0;
        for e in &self.expressions {
            while self.tokens.get(k).is_some_and(|t| t.end <= e.start) {
                k += 1;
            }
            let mut first = true;
            let mut i = k;
            while let Some(t) = self.tokens.get(i) {
                if t.start >= e.end {
                    break;
                }
                if let Some(tag) = tags.get_mut(i)
                    && tag.is_none()
                {
                    *tag = Some((e, first));
                }
                first = false;
                i += 1;
            }
        }
        tags
    }

    /// The IOB2 tag of every token (`O`, `B-PER`, `I-PER`, ...) from [`Document::entities`].
    pub fn iob2(&self) -> Vec<String> {
        let mut tags = vec!["O".to_string(); self.tokens.len()];
        for e in &self.entities {
            for (k, i) in e.tokens.clone().enumerate() {
                if let Some(tag) = tags.get_mut(i) {
                    *tag = format!("{}-{}", if k == 0 { "B" } else { "I" }, e.label);
                }
            }
        }
        tags
    }
}
