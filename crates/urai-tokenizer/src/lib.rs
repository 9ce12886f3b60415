//! Indonesian sentence and token segmentation following the conventions of the Universal Dependencies
//! Indonesian treebanks (GSD and CSUI).
//!
//! Every token, word and sentence is a byte span into the original text: tokens borrow the input, nothing
//! is copied, and no later stage moves an offset. A Unicode-normalised form of a token is available on
//! demand ([`Token::normalized`]) without changing its span.
//!
//! - **Tokens** are what the text shows: reduplications and hyphenated words stay whole (`anak-anak`,
//!   `e-KTP`, `ke-21`, `1990-an`), so do numbers in Indonesian format (`100.000`, `1.250,5`), times (`19:36`),
//!   URLs, e-mail addresses, hashtags and mentions; abbreviations keep their period (`dll.`, `Prof.`, `S.H.`).
//! - **Words** are UD's syntactic words: the clitics `-nya -lah -kah -pun -ku -mu` and `ku- kau-` are split
//!   off their host (`dibantahnya` → `dibantah` + `nya`), lexicalised forms (`lainnya`, `adalah`) stay whole.
//! - **Sentences** end at `. ? ! …` before a capitalised word, at blank lines, and at line breaks after a line
//!   that stands on its own (a headline, a menu item, a numbered instruction).
//!
//! ```
//! use urai_tokenizer::Tokenizer;
//!
//! let tokenizer = Tokenizer::new();
//! let text = "Rusia mengumpulkan 100.000 tentara, yang dibantahnya. Blinken tiba pukul 19:36 WIB.";
//! let doc = tokenizer.tokenize(text);
//! assert_eq!(doc.sentences().len(), 2);
//! let tokens: Vec<&str> = doc.tokens().iter().map(|t| t.text).collect();
//! assert_eq!(&tokens[..6], ["Rusia", "mengumpulkan", "100.000", "tentara", ",", "yang"]);
//! let words: Vec<&str> = doc.words().iter().map(|w| w.text).collect();
//! assert!(words.windows(2).any(|w| w == ["dibantah", "nya"]));
//! // Spans always point into the original text.
//! for t in doc.tokens() {
//!     assert_eq!(&text[t.start..t.end], t.text);
//! }
//! ```
//!
//! # Panics
//!
//! No function of this crate panics on any `&str` input. The embedded lexicon is validated by the crate's
//! tests; a user-supplied lexicon ([`Lexicon::from_files`]) is validated when it is loaded and reports errors
//! with the file and line.
#![deny(missing_docs)]

mod lexicon;
mod scan;
mod sentence;
mod words;

use std::borrow::Cow;
use std::ops::Range;

pub use lexicon::Lexicon;

/// Errors of this crate: only loading user-supplied resources can fail.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a resource file is malformed.
    #[error("{path}:{line}: {message}")]
    Format {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Result type of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, possibly hyphenated or reduplicated (`anak-anak`, `e-KTP`, `ke-21`).
    Word,
    /// A word with its abbreviation period (`dll.`, `Prof.`, `S.H.`, an initial `A.`).
    Abbreviation,
    /// A number, date or time (`100.000`, `3,5`, `19:36`, `1990-an`, `21/01/2022`).
    Number,
    /// A URL or a bare domain name (`https://m.medcom.id`, `Medcom.id`).
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag (`#Pemilu2024`).
    Hashtag,
    /// A mention (`@kemenkes`).
    Mention,
    /// Punctuation, including multi-character marks (`...`, `--`, `?!`).
    Punct,
    /// Any other symbol or emoji (one grapheme cluster).
    Symbol,
}

/// A token: a slice of the original text with its byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The token as it appears in the text (`&text[start..end]`).
    pub text: &'a str,
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte in the original text.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
    /// Whether whitespace (or the end of the text) follows the token; `false` means CoNLL-U's `SpaceAfter=No`.
    pub space_after: bool,
    /// Indices of this token's words in [`Tokenized::words`].
    pub words: Range<usize>,
}

impl<'a> Token<'a> {
    /// The byte span in the original text.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The token in Unicode normalisation form NFKC with default-ignorable characters (zero-width spaces and
    /// joiners outside emoji, soft hyphens, BOM) removed. Borrowed when nothing changes. The token's span is
    /// not affected.
    pub fn normalized(&self) -> Cow<'a, str> {
        normalize(self.text)
    }

    /// Whether the token is a multiword token (more than one syntactic word).
    pub fn is_multiword(&self) -> bool {
        self.words.len() > 1
    }
}

/// Normalises a string as [`Token::normalized`] does.
pub fn normalize(text: &str) -> Cow<'_, str> {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};
    let ignorable = |c: char| {
        matches!(
            c,
            '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
        )
    };
    let has_ignorable = text.chars().any(ignorable);
    if !has_ignorable && (text.is_ascii() || is_nfkc_quick(text.chars()) == IsNormalized::Yes) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !ignorable(c)).nfkc().collect())
}

/// A syntactic word: a token itself, or one part of a multiword token (`dibantah` and `nya` of
/// `dibantahnya`). Its span always lies inside its token's span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word's text, a slice of the original text.
    pub text: &'a str,
    /// Byte offset of the first byte in the original text.
    pub start: usize,
    /// Byte offset one past the last byte in the original text.
    pub end: usize,
    /// Index of the token this word belongs to in [`Tokenized::tokens`].
    pub token: usize,
}

/// A sentence: a byte span and the range of its tokens and words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte offset of the sentence's first token.
    pub start: usize,
    /// Byte offset one past the sentence's last token.
    pub end: usize,
    /// Indices of the sentence's tokens in [`Tokenized::tokens`].
    pub tokens: Range<usize>,
    /// Indices of the sentence's words in [`Tokenized::words`].
    pub words: Range<usize>,
}

/// The result of tokenizing one text: tokens, words and sentences borrowing the text.
#[derive(Debug, Clone)]
pub struct Tokenized<'a> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    words: Vec<Word<'a>>,
    sentences: Vec<Sentence>,
}

impl<'a> Tokenized<'a> {
    /// The original text.
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// All tokens in text order: what the text shows, each with its byte span and kind.
    ///
    /// ```
    /// use urai_tokenizer::{TokenKind, Tokenizer};
    ///
    /// let doc = Tokenizer::new().tokenize("Harga naik 12,5 persen, kata Dr. Sri.");
    /// let texts: Vec<&str> = doc.tokens().iter().map(|t| t.text).collect();
    /// assert_eq!(texts, ["Harga", "naik", "12,5", "persen", ",", "kata", "Dr.", "Sri", "."]);
    /// assert_eq!(doc.tokens()[2].kind, TokenKind::Number);
    /// assert!(!doc.tokens()[3].space_after); // "persen" is followed by ","
    /// ```
    pub fn tokens(&self) -> &[Token<'a>] {
        &self.tokens
    }
    /// All syntactic words in text order: the words layer, where clitics are split off their host as in UD
    /// Indonesian. A word's span lies inside its token's span; [`Token::words`] indexes this slice.
    ///
    /// ```
    /// use urai_tokenizer::Tokenizer;
    ///
    /// let text = "Rumahnya jauh, katanya.";
    /// let doc = Tokenizer::new().tokenize(text);
    /// let words: Vec<&str> = doc.words().iter().map(|w| w.text).collect();
    /// assert_eq!(words, ["Rumah", "nya", "jauh", ",", "kata", "nya", "."]);
    /// let first = &doc.tokens()[0];
    /// assert!(first.is_multiword());
    /// assert_eq!(doc.token_words(first).len(), 2);
    /// assert_eq!(&text[doc.words()[1].start..doc.words()[1].end], "nya");
    /// ```
    pub fn words(&self) -> &[Word<'a>] {
        &self.words
    }
    /// All sentences in text order; together they hold every token exactly once.
    ///
    /// ```
    /// use urai_tokenizer::Tokenizer;
    ///
    /// let doc = Tokenizer::new().tokenize("Blinken tiba di Jenewa. Ia bertemu Lavrov.");
    /// let sentences: Vec<&str> = doc.sentences().iter().map(|s| &doc.text()[s.start..s.end]).collect();
    /// assert_eq!(sentences, ["Blinken tiba di Jenewa.", "Ia bertemu Lavrov."]);
    /// assert_eq!(doc.sentence_tokens(&doc.sentences()[1]).len(), 4);
    /// ```
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }
    /// Takes the result apart into its sentences, tokens and words, for a caller that turns each into
    /// something of its own and can then free it before the next (a whole web page has hundreds of thousands
    /// of tokens).
    ///
    /// ```
    /// use urai_tokenizer::Tokenizer;
    ///
    /// let (sentences, tokens, words) = Tokenizer::new().tokenize("Rumahnya jauh.").into_parts();
    /// assert_eq!((sentences.len(), tokens.len(), words.len()), (1, 3, 4));
    /// ```
    pub fn into_parts(self) -> (Vec<Sentence>, Vec<Token<'a>>, Vec<Word<'a>>) {
        (self.sentences, self.tokens, self.words)
    }
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token<'a>] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }
    /// The words of one sentence.
    pub fn sentence_words(&self, sentence: &Sentence) -> &[Word<'a>] {
        self.words.get(sentence.words.clone()).unwrap_or(&[])
    }
    /// The words of one token.
    pub fn token_words(&self, token: &Token<'a>) -> &[Word<'a>] {
        self.words.get(token.words.clone()).unwrap_or(&[])
    }
}

/// Options of the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Config {
    /// Split clitics into syntactic words (UD's multiword tokens). Default `true`.
    pub split_clitics: bool,
    /// Keep the period of an abbreviation in its token (`Dr.`, `dll.`, `S.H.`: UD CSUI's convention, the
    /// default) or make it a token of its own (`Dr` `.`: UD GSD's convention).
    pub abbreviation_periods: AbbreviationPeriods,
    /// Treat a single line break as a sentence boundary when the line stands on its own (web pages, lists,
    /// headlines). When `false`, only blank lines and punctuation end sentences. Default `true`.
    pub line_breaks_end_sentences: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            split_clitics: true,
            abbreviation_periods: AbbreviationPeriods::Keep,
            line_breaks_end_sentences: true,
        }
    }
}

/// Where the period of an abbreviation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum AbbreviationPeriods {
    /// `Dr.` is one token (UD CSUI).
    #[default]
    Keep,
    /// `Dr` and `.` are two tokens (UD GSD); the period still does not end the sentence.
    Split,
}

/// The tokenizer engine: immutable, `Send + Sync`, cheap to clone and to share between threads.
#[derive(Debug, Clone)]
pub struct Tokenizer {
    config: Config,
    lexicon: Lexi,
}

#[derive(Debug, Clone)]
enum Lexi {
    Embedded,
    Owned(std::sync::Arc<Lexicon>),
}

impl Default for Tokenizer {
    fn default() -> Self {
        Tokenizer::new()
    }
}

impl Tokenizer {
    /// A tokenizer with the default configuration and the embedded lexicon.
    pub fn new() -> Tokenizer {
        Tokenizer::with_config(Config::default())
    }

    /// A tokenizer with the given configuration and the embedded lexicon.
    pub fn with_config(config: Config) -> Tokenizer {
        Tokenizer {
            config,
            lexicon: Lexi::Embedded,
        }
    }

    /// A tokenizer with the given configuration and a user-supplied lexicon.
    pub fn with_lexicon(config: Config, lexicon: Lexicon) -> Tokenizer {
        Tokenizer {
            config,
            lexicon: Lexi::Owned(std::sync::Arc::new(lexicon)),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        match &self.lexicon {
            Lexi::Embedded => Lexicon::embedded(),
            Lexi::Owned(l) => l,
        }
    }

    /// Tokenizes a text into sentences, tokens and words. Never panics.
    ///
    /// ```
    /// use urai_tokenizer::{AbbreviationPeriods, Config, Tokenizer};
    ///
    /// let text = "Rusia mengumpulkan 100.000 tentara di e-KTP.go.id pukul 19:36 WIB.";
    /// let doc = Tokenizer::new().tokenize(text);
    /// for t in doc.tokens() {
    ///     assert_eq!(&text[t.start..t.end], t.text); // byte spans into the original text
    /// }
    /// // UD GSD's convention: the abbreviation's period is a token of its own.
    /// let mut config = Config::default();
    /// config.abbreviation_periods = AbbreviationPeriods::Split;
    /// let gsd = Tokenizer::with_config(config).tokenize("Dr. Sri datang.");
    /// assert_eq!(gsd.tokens()[0].text, "Dr");
    /// assert_eq!(gsd.sentences().len(), 1);
    /// ```
    pub fn tokenize<'a>(&self, text: &'a str) -> Tokenized<'a> {
        let lexicon = self.lexicon();
        let split_periods = self.config.abbreviation_periods == AbbreviationPeriods::Split;
        let mut tokens = scan::scan(text, lexicon, split_periods);
        let sentences = sentence::split(
            text,
            &tokens,
            lexicon,
            self.config.line_breaks_end_sentences,
        );
        let initial = sentence::initial_tokens(&sentences, &tokens);
        let words = words::words(&mut tokens, lexicon, self.config.split_clitics, &initial);
        let sentences = sentence::with_words(sentences, &tokens);
        Tokenized {
            text,
            tokens,
            words,
            sentences,
        }
    }

    /// Tokenizes text whose tokens and sentence breaks are already given (gold-tokenized corpora): each inner
    /// slice is a sentence, each item a byte span of one token in `text`. Only the word layer is computed.
    /// Spans that are out of bounds, not on character boundaries, overlapping or out of order are dropped.
    pub fn from_spans<'a>(&self, text: &'a str, sentences: &[Vec<Range<usize>>]) -> Tokenized<'a> {
        let lexicon = self.lexicon();
        let mut tokens = Vec::new();
        let mut bounds = Vec::new();
        let mut last_end = 0;
        for sent in sentences {
            let first = tokens.len();
            for span in sent {
                let Some(piece) = text.get(span.clone()) else {
                    continue;
                };
                if span.start < last_end || piece.is_empty() {
                    continue;
                }
                last_end = span.end;
                let space_after = text[span.end..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace);
                tokens.push(Token {
                    text: piece,
                    start: span.start,
                    end: span.end,
                    kind: scan::classify(piece),
                    space_after,
                    words: 0..0,
                });
            }
            if tokens.len() > first {
                bounds.push(first..tokens.len());
            }
        }
        let initial = sentence::initial_in(bounds.iter().cloned(), &tokens);
        let words = words::words(&mut tokens, lexicon, self.config.split_clitics, &initial);
        let sentences = bounds
            .into_iter()
            .map(|r| Sentence {
                start: tokens[r.start].start,
                end: tokens[r.end - 1].end,
                tokens: r,
                words: 0..0,
            })
            .collect();
        let sentences = sentence::with_words(sentences, &tokens);
        Tokenized {
            text,
            tokens,
            words,
            sentences,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Tokenizer>();
        check::<Tokenized<'static>>();
    }

    #[test]
    fn given_tokens_split_words_as_raw_text_does() {
        // A capitalised word after an opening quote opens the sentence in both paths, so its clitic is split
        // alike (found by the CoNLL-U round-trip property test).
        let tokenizer = Tokenizer::new();
        for text in [
            "'ARumahnya dibantahnya, kata Blinken.",
            "(Rumahnya dijual.",
            "Rumahnya dijual.",
        ] {
            let raw = tokenizer.tokenize(text);
            let spans: Vec<Vec<Range<usize>>> = raw
                .sentences()
                .iter()
                .map(|s| {
                    raw.tokens()[s.tokens.clone()]
                        .iter()
                        .map(|t| t.start..t.end)
                        .collect()
                })
                .collect();
            let given = tokenizer.from_spans(text, &spans);
            fn words<'a>(d: &Tokenized<'a>) -> Vec<&'a str> {
                d.words().iter().map(|w| w.text).collect()
            }
            assert_eq!(words(&given), words(&raw), "{text}");
            assert!(words(&raw).contains(&"nya"), "{text}");
        }
    }

    #[test]
    fn normalized_keeps_span_and_folds_compatibility_forms() {
        let text = "ﬁlm\u{200B} Ｒｐ";
        let doc = Tokenizer::new().tokenize(text);
        let first = &doc.tokens()[0];
        assert_eq!(first.text, "ﬁlm");
        assert_eq!(first.normalized(), "film");
        assert!(matches!(Token::normalized(&doc.tokens()[0]), Cow::Owned(_)));
        let plain = Tokenizer::new().tokenize("rumah");
        assert!(matches!(
            plain.tokens()[0].normalized(),
            Cow::Borrowed("rumah")
        ));
    }
}
