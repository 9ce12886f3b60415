//! Evaluation of CoNLL-U output with the figures of the CoNLL 2018 shared task.
//!
//! [`evaluate`] compares a gold CoNLL-U text with a system CoNLL-U text and
//! returns the thirteen scores printed by the shared task's reference
//! evaluator `conll18_ud_eval.py` (version 1.2): Tokens, Sentences, Words,
//! UPOS, XPOS, UFeats, AllTags, Lemmas, UAS, LAS, CLAS, MLAS and BLEX.
//! [`render_table`] and [`render_counts`] print them the way the reference
//! prints them with `-v` and `-c`, so results can be compared byte for byte.
//!
//! # How the comparison works
//!
//! * Both texts are reduced to the concatenation of their token forms with
//!   every Unicode space separator (category `Zs`) removed. The two
//!   concatenations must be identical, otherwise [`EvalError::TextMismatch`]
//!   says where they part.
//! * Tokens and sentences are character spans over that concatenation; a
//!   system span is correct when a gold span has the same start and end.
//! * Words are aligned one to one where their spans agree. Where multiword
//!   tokens are involved (on either side), the smallest region that no
//!   multiword token crosses is found, and the words inside it are aligned by
//!   a longest common subsequence of their lower-cased forms.
//! * Tag, lemma and dependency scores count aligned word pairs that agree.
//!   Only universal features are compared (sorted), only the universal part
//!   of a relation (before the first `:`) is compared, a gold lemma `_`
//!   accepts any system lemma, and a head is correct when it points to the
//!   word aligned with the gold head. CLAS, MLAS and BLEX only count words
//!   with a content relation; MLAS also compares the functional children
//!   (relation, UPOS, features, head) of each word, BLEX the lemma.
//!
//! Lines are split on `\n`, `\r\n` and `\r`, as the reference does when it
//! reads a file. Empty nodes (IDs with a `.`) are ignored. The loader
//! reports the reference's validation errors (column count, IDs, heads,
//! cycles, number of roots, missing final empty line) as
//! [`EvalError::Format`] with the side and the 1-based line.
//!
//! Deviations, all on input the reference cannot handle either: integers
//! are read with ASCII digits only (the reference also accepts other
//! Unicode decimal digits), an unparsable head inside a multiword token is
//! an error (the reference crashes), and a single multiword region with more
//! than [`MAX_ALIGNMENT_CELLS`] word pairs is refused with
//! [`EvalError::SpanTooLarge`] instead of exhausting memory.
//!
//! ```
//! use urai::eval::conll18::{evaluate, render_table};
//!
//! let gold = "1\tDia\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
//!             2\tmakan\tmakan\tVERB\t_\t_\t0\troot\t_\t_\n\n";
//! let system = "1\tDia\tdia\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
//!               2\tmakan\tmakan\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
//! let evaluation = evaluate(gold, system)?;
//! assert_eq!(evaluation.words.f1(), 1.0);
//! assert_eq!(evaluation.upos.correct, 1);
//! assert_eq!(evaluation.upos.aligned_accuracy(), Some(0.5));
//! assert!(render_table(&evaluation).contains("UPOS       |     50.00 |"));
//! # Ok::<(), urai::eval::conll18::EvalError>(())
//! ```

use std::borrow::Cow;
use std::fmt;

/// Largest number of gold × system word pairs aligned inside one multiword
/// region (the alignment table needs one `u32` per pair).
pub const MAX_ALIGNMENT_CELLS: usize = 1 << 24;

/// Relations whose words are counted by CLAS, MLAS and BLEX.
const CONTENT_DEPRELS: [&str; 29] = [
    "nsubj",
    "obj",
    "iobj",
    "csubj",
    "ccomp",
    "xcomp",
    "obl",
    "vocative",
    "expl",
    "dislocated",
    "advcl",
    "advmod",
    "discourse",
    "nmod",
    "appos",
    "nummod",
    "acl",
    "amod",
    "conj",
    "fixed",
    "flat",
    "compound",
    "list",
    "parataxis",
    "orphan",
    "goeswith",
    "reparandum",
    "root",
    "dep",
];

/// Relations whose words are the functional children compared by MLAS.
const FUNCTIONAL_DEPRELS: [&str; 7] = ["aux", "cop", "mark", "det", "clf", "case", "cc"];

/// Feature names kept when features are compared.
const UNIVERSAL_FEATURES: [&str; 21] = [
    "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
    "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
    "Polarity", "Person", "Polite",
];

/// Counts behind one metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    /// Number of system items judged correct.
    pub correct: usize,
    /// Number of gold items.
    pub gold: usize,
    /// Number of system items.
    pub system: usize,
    /// Number of aligned word pairs the metric was computed on; `None` for
    /// Tokens, Sentences and Words, which the reference gives no accuracy for.
    pub aligned: Option<usize>,
}

impl Score {
    /// `correct / system`, or 0 when there are no system items.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.system)
    }

    /// `correct / gold`, or 0 when there are no gold items.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// `2 · correct / (gold + system)`, or 0 when both are empty.
    pub fn f1(&self) -> f64 {
        let total = self.gold as f64 + self.system as f64;
        if total == 0.0 {
            0.0
        } else {
            2.0 * self.correct as f64 / total
        }
    }

    /// `correct / aligned`; 0 when nothing was aligned, `None` for metrics
    /// without an aligned count.
    pub fn aligned_accuracy(&self) -> Option<f64> {
        self.aligned.map(|aligned| ratio(self.correct, aligned))
    }
}

/// `numerator / denominator`, or 0 for an empty denominator.
fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// All the scores of one gold/system comparison.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Evaluation {
    /// Tokens with the same character span.
    pub tokens: Score,
    /// Sentences with the same character span.
    pub sentences: Score,
    /// Aligned words.
    pub words: Score,
    /// Aligned words with the same UPOS.
    pub upos: Score,
    /// Aligned words with the same XPOS.
    pub xpos: Score,
    /// Aligned words with the same universal features.
    pub ufeats: Score,
    /// Aligned words with the same UPOS, XPOS and universal features.
    pub alltags: Score,
    /// Aligned words with the same lemma (any lemma when the gold one is `_`).
    pub lemmas: Score,
    /// Aligned words with the same head.
    pub uas: Score,
    /// Aligned words with the same head and universal relation.
    pub las: Score,
    /// LAS restricted to words with a content relation.
    pub clas: Score,
    /// CLAS that also requires UPOS, features and functional children to agree.
    pub mlas: Score,
    /// CLAS that also requires the lemma to agree.
    pub blex: Score,
}

impl Evaluation {
    /// The scores with the reference's metric names, in its order
    /// (`Tokens`, `Sentences`, `Words`, `UPOS`, `XPOS`, `UFeats`, `AllTags`,
    /// `Lemmas`, `UAS`, `LAS`, `CLAS`, `MLAS`, `BLEX`).
    pub fn rows(&self) -> [(&'static str, &Score); 13] {
        [
            ("Tokens", &self.tokens),
            ("Sentences", &self.sentences),
            ("Words", &self.words),
            ("UPOS", &self.upos),
            ("XPOS", &self.xpos),
            ("UFeats", &self.ufeats),
            ("AllTags", &self.alltags),
            ("Lemmas", &self.lemmas),
            ("UAS", &self.uas),
            ("LAS", &self.las),
            ("CLAS", &self.clas),
            ("MLAS", &self.mlas),
            ("BLEX", &self.blex),
        ]
    }
}

/// Which of the two inputs an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The gold CoNLL-U text.
    Gold,
    /// The system CoNLL-U text.
    System,
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Side::Gold => "gold",
            Side::System => "system",
        })
    }
}

/// Why an evaluation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum EvalError {
    /// One input is not CoNLL-U the evaluator accepts.
    Format {
        /// The input at fault.
        side: Side,
        /// 1-based line number, when the fault is on a line.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// The token forms of the two inputs, with spaces removed, differ.
    TextMismatch {
        /// Index (in characters, spaces removed) of the first difference.
        offset: usize,
        /// Up to 20 gold characters from `offset`.
        gold: String,
        /// Up to 20 system characters from `offset`.
        system: String,
    },
    /// A multiword region holds more word pairs than [`MAX_ALIGNMENT_CELLS`].
    SpanTooLarge {
        /// Gold words in the region.
        gold_words: usize,
        /// System words in the region.
        system_words: usize,
    },
}

impl EvalError {
    /// The input at fault, if the error is about one of them.
    pub fn side(&self) -> Option<Side> {
        match self {
            EvalError::Format { side, .. } => Some(*side),
            EvalError::TextMismatch { .. } | EvalError::SpanTooLarge { .. } => None,
        }
    }

    /// The 1-based line at fault, if known.
    pub fn line(&self) -> Option<usize> {
        match self {
            EvalError::Format { line, .. } => *line,
            EvalError::TextMismatch { .. } | EvalError::SpanTooLarge { .. } => None,
        }
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Format {
                side,
                line: Some(line),
                message,
            } => write!(f, "{side} file, line {line}: {message}"),
            EvalError::Format {
                side,
                line: None,
                message,
            } => write!(f, "{side} file: {message}"),
            EvalError::TextMismatch {
                offset,
                gold,
                system,
            } => write!(
                f,
                "the concatenation of tokens in the gold and system files differs at character \
                 {offset}: gold has '{gold}', system has '{system}'"
            ),
            EvalError::SpanTooLarge {
                gold_words,
                system_words,
            } => write!(
                f,
                "a multiword region of {gold_words} gold and {system_words} system words is too \
                 large to align"
            ),
        }
    }
}

impl std::error::Error for EvalError {}

/// Compares a system CoNLL-U text with a gold one.
///
/// # Errors
///
/// [`EvalError::Format`] when either text breaks the evaluator's CoNLL-U
/// rules, [`EvalError::TextMismatch`] when their token forms do not spell the
/// same text, [`EvalError::SpanTooLarge`] for an oversized multiword region.
pub fn evaluate(gold: &str, system: &str) -> Result<Evaluation, EvalError> {
    let gold = Document::load(gold, Side::Gold)?;
    let system = Document::load(system, Side::System)?;
    check_same_text(&gold.text, &system.text)?;
    let alignment = Alignment::new(&gold.words, &system.words)?;

    let las = |g: &Word<'_>, s: &Word<'_>, a: &Alignment| {
        alignment_parent(g, s, a) && g.deprel == s.deprel
    };
    Ok(Evaluation {
        tokens: spans_score(&gold.tokens, &system.tokens),
        sentences: spans_score(&gold.sentences, &system.sentences),
        words: alignment.words_score(&gold.words, &system.words),
        upos: alignment.score(&gold.words, &system.words, None, |g, s, _| g.upos == s.upos),
        xpos: alignment.score(&gold.words, &system.words, None, |g, s, _| g.xpos == s.xpos),
        ufeats: alignment.score(&gold.words, &system.words, None, |g, s, _| {
            g.feats == s.feats
        }),
        alltags: alignment.score(&gold.words, &system.words, None, |g, s, _| {
            g.upos == s.upos && g.xpos == s.xpos && g.feats == s.feats
        }),
        lemmas: alignment.score(&gold.words, &system.words, None, |g, s, _| {
            lemma_matches(g, s)
        }),
        uas: alignment.score(&gold.words, &system.words, None, alignment_parent),
        las: alignment.score(&gold.words, &system.words, None, las),
        clas: alignment.score(&gold.words, &system.words, Some(is_content), las),
        mlas: alignment.score(&gold.words, &system.words, Some(is_content), |g, s, a| {
            las(g, s, a)
                && g.upos == s.upos
                && g.feats == s.feats
                && functional_children_match(g, s, a, &gold.words, &system.words)
        }),
        blex: alignment.score(&gold.words, &system.words, Some(is_content), |g, s, a| {
            las(g, s, a) && lemma_matches(g, s)
        }),
    })
}

/// The evaluator's `-v` table: one row per metric with precision, recall,
/// F1 and aligned accuracy in percent, without a final newline.
pub fn render_table(e: &Evaluation) -> String {
    let mut out = String::from(
        "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n\
         -----------+-----------+-----------+-----------+-----------",
    );
    for (name, score) in e.rows() {
        let accuracy = score
            .aligned_accuracy()
            .map(|a| format!("{:10.2}", 100.0 * a))
            .unwrap_or_default();
        out.push_str(&format!(
            "\n{name:<11}|{:10.2} |{:10.2} |{:10.2} |{accuracy}",
            100.0 * score.precision(),
            100.0 * score.recall(),
            100.0 * score.f1(),
        ));
    }
    out
}

/// The evaluator's `-c` table: one row per metric with the correct, gold,
/// system and aligned counts, without a final newline.
///
/// As in the reference, the aligned column is blank when the count is
/// missing or zero, except for Words, which shows its correct count there.
pub fn render_counts(e: &Evaluation) -> String {
    let mut out = String::from(
        "Metric     | Correct   |      Gold | Predicted | Aligned\n\
         -----------+-----------+-----------+-----------+-----------",
    );
    for (name, score) in e.rows() {
        let aligned = match score.aligned {
            Some(aligned) if aligned != 0 => format!("{aligned:10}"),
            _ if name == "Words" => format!("{:10}", score.correct),
            _ => " ".repeat(10),
        };
        out.push_str(&format!(
            "\n{name:<11}|{:10} |{:10} |{:10} |{aligned}",
            score.correct, score.gold, score.system,
        ));
    }
    out
}

/// A half-open range of byte offsets into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
}

/// One syntactic word with the columns the metrics look at.
#[derive(Debug)]
struct Word<'a> {
    /// Span of the word, or of its whole multiword token.
    span: Span,
    /// Whether the word belongs to a multiword token.
    multiword: bool,
    /// FORM (spaces removed for words that are tokens themselves).
    form: Cow<'a, str>,
    lemma: &'a str,
    upos: &'a str,
    xpos: &'a str,
    /// Universal features only, sorted, joined by `|`.
    feats: String,
    /// Raw HEAD column.
    head: &'a str,
    /// Relation without subtype.
    deprel: &'a str,
    content: bool,
    functional: bool,
    /// Index of the head word in the document, `None` for the root.
    parent: Option<usize>,
    /// Indices of the children with a functional relation, in order.
    functional_children: Vec<usize>,
}

impl<'a> Word<'a> {
    fn new(span: Span, multiword: bool, form: Cow<'a, str>, columns: &[&'a str; 10]) -> Self {
        let [_, _, lemma, upos, xpos, feats, head, deprel, _, _] = *columns;
        let mut universal: Vec<&str> = feats
            .split('|')
            .filter(|feat| {
                let name = feat.split('=').next().unwrap_or("");
                UNIVERSAL_FEATURES.contains(&name)
            })
            .collect();
        universal.sort_unstable();
        let deprel = deprel.split(':').next().unwrap_or("");
        Word {
            span,
            multiword,
            form,
            lemma,
            upos,
            xpos,
            feats: universal.join("|"),
            head,
            deprel,
            content: CONTENT_DEPRELS.contains(&deprel),
            functional: FUNCTIONAL_DEPRELS.contains(&deprel),
            parent: None,
            functional_children: Vec::new(),
        }
    }
}

/// A loaded CoNLL-U text.
#[derive(Debug, Default)]
struct Document<'a> {
    /// Concatenated token forms with spaces removed.
    text: String,
    tokens: Vec<Span>,
    sentences: Vec<Span>,
    words: Vec<Word<'a>>,
}

impl<'a> Document<'a> {
    fn load(input: &'a str, side: Side) -> Result<Self, EvalError> {
        let error = |line: Option<usize>, message: String| EvalError::Format {
            side,
            line,
            message,
        };
        let mut doc = Document::default();
        let mut lines = Lines { rest: input };
        let mut line_no = 0usize;
        let mut sentence_start: Option<usize> = None;

        while let Some(line) = lines.next() {
            line_no += 1;
            let start = match sentence_start {
                Some(start) => start,
                None => {
                    if line.starts_with('#') {
                        continue;
                    }
                    doc.sentences.push(Span {
                        start: doc.text.len(),
                        end: 0,
                    });
                    sentence_start = Some(doc.words.len());
                    doc.words.len()
                }
            };

            if line.is_empty() {
                let sentence = doc.words.get_mut(start..).unwrap_or_default();
                link_sentence(sentence, start).map_err(|message| error(Some(line_no), message))?;
                if let Some(span) = doc.sentences.last_mut() {
                    span.end = doc.text.len();
                }
                sentence_start = None;
                continue;
            }

            let columns = split_columns(line).ok_or_else(|| {
                error(
                    Some(line_no),
                    format!("the line does not contain 10 tab-separated columns: '{line}'"),
                )
            })?;
            let [id, form, ..] = columns;
            if id.contains('.') {
                continue;
            }
            let form = strip_space_separators(form);
            if form.is_empty() {
                return Err(error(Some(line_no), "there is an empty FORM".to_owned()));
            }
            let span_start = doc.text.len();
            doc.text.push_str(&form);
            let span = Span {
                start: span_start,
                end: doc.text.len(),
            };
            doc.tokens.push(span);

            if id.contains('-') {
                let (first, last) = parse_range(id).ok_or_else(|| {
                    error(
                        Some(line_no),
                        format!("cannot parse multi-word token ID '{id}'"),
                    )
                })?;
                let count = (i128::from(last) - i128::from(first) + 1).max(0);
                let mut read = 0i128;
                while read < count {
                    read += 1;
                    let word_line = lines.next().unwrap_or("");
                    line_no += 1;
                    let word_columns = split_columns(word_line).ok_or_else(|| {
                        error(
                            Some(line_no),
                            format!(
                                "the line does not contain 10 tab-separated columns: \
                                 '{word_line}'"
                            ),
                        )
                    })?;
                    let [_, word_form, ..] = word_columns;
                    doc.words.push(Word::new(
                        span,
                        true,
                        Cow::Borrowed(word_form),
                        &word_columns,
                    ));
                }
            } else {
                let expected = doc.words.len() - start + 1;
                let word_id = parse_int(id)
                    .ok_or_else(|| error(Some(line_no), format!("cannot parse word ID '{id}'")))?;
                if i128::from(word_id) != expected as i128 {
                    return Err(error(
                        Some(line_no),
                        format!(
                            "incorrect word ID '{id}' for word '{form}', expected '{expected}'"
                        ),
                    ));
                }
                let head = columns[6];
                let head_id = parse_int(head)
                    .ok_or_else(|| error(Some(line_no), format!("cannot parse HEAD '{head}'")))?;
                if head_id < 0 {
                    return Err(error(Some(line_no), "HEAD cannot be negative".to_owned()));
                }
                doc.words.push(Word::new(span, false, form, &columns));
            }
        }

        if sentence_start.is_some() {
            return Err(error(
                None,
                "the CoNLL-U file does not end with an empty line".to_owned(),
            ));
        }
        Ok(doc)
    }
}

/// Resolves heads of one sentence (words `offset..` of the document), checks
/// for cycles and a single root, and records functional children.
fn link_sentence(sentence: &mut [Word<'_>], offset: usize) -> Result<(), String> {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum State {
        Pending,
        Visiting,
        Done,
    }
    let len = sentence.len();
    let mut state = vec![State::Pending; len];
    let mut path = Vec::new();
    for first in 0..len {
        let mut current = first;
        loop {
            match state[current] {
                State::Done => break,
                State::Visiting => return Err("there is a cycle in the sentence".to_owned()),
                State::Pending => {}
            }
            let word = &mut sentence[current];
            let head =
                parse_int(word.head).ok_or_else(|| format!("cannot parse HEAD '{}'", word.head))?;
            if head < 0 || head > len as i64 {
                return Err(format!(
                    "HEAD '{}' points outside of the sentence",
                    word.head
                ));
            }
            if head == 0 {
                word.parent = None;
                state[current] = State::Done;
                break;
            }
            let parent = (head - 1) as usize;
            word.parent = Some(offset + parent);
            state[current] = State::Visiting;
            path.push(current);
            current = parent;
        }
        for visited in path.drain(..) {
            state[visited] = State::Done;
        }
    }

    for child in 0..len {
        let word = &sentence[child];
        let head = match word.parent {
            Some(parent) if word.functional => parent.checked_sub(offset),
            _ => None,
        };
        if let Some(head) = head.and_then(|h| sentence.get_mut(h)) {
            head.functional_children.push(offset + child);
        }
    }

    let roots = sentence.iter().filter(|w| w.parent.is_none()).count();
    if roots != 1 {
        return Err(format!("there are {roots} roots in the sentence"));
    }
    Ok(())
}

/// Lines split on `\n`, `\r\n` or `\r` (Python's universal newlines).
struct Lines<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.rest.is_empty() {
            return None;
        }
        let Some(end) = self.rest.find(['\r', '\n']) else {
            let line = self.rest;
            self.rest = "";
            return Some(line);
        };
        let (line, tail) = self.rest.split_at(end);
        let skip = if tail.starts_with("\r\n") { 2 } else { 1 };
        self.rest = tail.get(skip..).unwrap_or("");
        Some(line)
    }
}

/// The ten tab-separated columns of a line, or `None` for any other count.
fn split_columns(line: &str) -> Option<[&str; 10]> {
    let mut columns = [""; 10];
    let mut parts = line.split('\t');
    for column in &mut columns {
        *column = parts.next()?;
    }
    match parts.next() {
        Some(_) => None,
        None => Some(columns),
    }
}

/// Whether `c` is in the Unicode category `Zs` (space separator).
fn is_space_separator(c: char) -> bool {
    matches!(
        c,
        '\u{20}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// `form` without its space separators, borrowed when it has none.
fn strip_space_separators(form: &str) -> Cow<'_, str> {
    if form.contains(is_space_separator) {
        Cow::Owned(form.chars().filter(|&c| !is_space_separator(c)).collect())
    } else {
        Cow::Borrowed(form)
    }
}

/// Whitespace as Python's `int()` trims it.
fn is_python_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Parses an integer the way Python's `int()` does for ASCII digits:
/// surrounding whitespace, an optional sign, and single `_` between digits
/// are accepted. Values beyond `i64` saturate (they are never valid IDs).
fn parse_int(text: &str) -> Option<i64> {
    let text = text.trim_matches(is_python_space);
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') {
        return None;
    }
    let mut value: i64 = 0;
    let mut previous_underscore = false;
    for byte in digits.bytes() {
        match byte {
            b'0'..=b'9' => {
                let digit = i64::from(byte - b'0');
                value = value.saturating_mul(10).saturating_add(digit);
                previous_underscore = false;
            }
            b'_' if !previous_underscore => previous_underscore = true,
            _ => return None,
        }
    }
    Some(if negative { -value } else { value })
}

/// Parses a multiword token ID `first-last`.
fn parse_range(id: &str) -> Option<(i64, i64)> {
    let mut parts = id.split('-');
    let first = parse_int(parts.next()?)?;
    let last = parse_int(parts.next()?)?;
    match parts.next() {
        Some(_) => None,
        None => Some((first, last)),
    }
}

/// Fails with [`EvalError::TextMismatch`] unless both texts are equal.
fn check_same_text(gold: &str, system: &str) -> Result<(), EvalError> {
    if gold == system {
        return Ok(());
    }
    let mut gold_chars = gold.char_indices();
    let mut system_chars = system.char_indices();
    let mut offset = 0;
    let (gold_at, system_at) = loop {
        match (gold_chars.next(), system_chars.next()) {
            (Some((_, a)), Some((_, b))) if a == b => offset += 1,
            (Some((g, _)), Some((s, _))) => break (g, s),
            (Some((g, _)), None) => break (g, system.len()),
            (None, Some((s, _))) => break (gold.len(), s),
            (None, None) => break (gold.len(), system.len()),
        }
    };
    let excerpt = |text: &str, at: usize| -> String {
        text.get(at..).unwrap_or("").chars().take(20).collect()
    };
    Err(EvalError::TextMismatch {
        offset,
        gold: excerpt(gold, gold_at),
        system: excerpt(system, system_at),
    })
}

/// Counts spans of the system that start and end where a gold span does.
fn spans_score(gold: &[Span], system: &[Span]) -> Score {
    let (mut correct, mut g, mut s) = (0, 0, 0);
    while let (Some(gold_span), Some(system_span)) = (gold.get(g), system.get(s)) {
        if system_span.start < gold_span.start {
            s += 1;
        } else if gold_span.start < system_span.start {
            g += 1;
        } else {
            correct += usize::from(gold_span.end == system_span.end);
            g += 1;
            s += 1;
        }
    }
    Score {
        correct,
        gold: gold.len(),
        system: system.len(),
        aligned: None,
    }
}

/// What a head points to, seen from the gold side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Root,
    Gold(usize),
    NotAligned,
}

/// One-to-one alignment of gold and system words.
struct Alignment {
    /// Aligned `(gold, system)` word indices, in order.
    pairs: Vec<(usize, usize)>,
    /// Gold word aligned with each system word.
    gold_of_system: Vec<Option<usize>>,
}

impl Alignment {
    fn new(gold: &[Word<'_>], system: &[Word<'_>]) -> Result<Self, EvalError> {
        let mut alignment = Alignment {
            pairs: Vec::new(),
            gold_of_system: vec![None; system.len()],
        };
        let (mut gi, mut si) = (0, 0);
        while let (Some(g), Some(s)) = (gold.get(gi), system.get(si)) {
            if g.multiword || s.multiword {
                let (gs, ss, ge, se) = multiword_region(gold, system, gi, si);
                alignment.align_region(gold, system, gs..ge, ss..se)?;
                gi = ge;
                si = se;
            } else if g.span == s.span {
                alignment.push(gi, si);
                gi += 1;
                si += 1;
            } else if g.span.start <= s.span.start {
                gi += 1;
            } else {
                si += 1;
            }
        }
        Ok(alignment)
    }

    fn push(&mut self, gold: usize, system: usize) {
        self.pairs.push((gold, system));
        if let Some(slot) = self.gold_of_system.get_mut(system) {
            *slot = Some(gold);
        }
    }

    /// Aligns the words of a multiword region by a longest common
    /// subsequence of lower-cased forms, taking matches greedily and
    /// preferring to skip a gold word when that keeps the LCS length.
    fn align_region(
        &mut self,
        gold: &[Word<'_>],
        system: &[Word<'_>],
        gold_range: std::ops::Range<usize>,
        system_range: std::ops::Range<usize>,
    ) -> Result<(), EvalError> {
        let lower = |words: &[Word<'_>], range: std::ops::Range<usize>| -> Vec<String> {
            words
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|w| w.form.to_lowercase())
                .collect()
        };
        let g_forms = lower(gold, gold_range.clone());
        let s_forms = lower(system, system_range.clone());
        let (n, m) = (g_forms.len(), s_forms.len());
        if n == 0 || m == 0 {
            return Ok(());
        }
        let cells = n
            .checked_mul(m)
            .filter(|&cells| cells <= MAX_ALIGNMENT_CELLS)
            .ok_or(EvalError::SpanTooLarge {
                gold_words: n,
                system_words: m,
            })?;

        // lcs[g * m + s]: LCS length of g_forms[g..] and s_forms[s..].
        let mut lcs = vec![0u32; cells];
        let at = |g: usize, s: usize| g * m + s;
        for g in (0..n).rev() {
            for s in (0..m).rev() {
                let mut best = 0;
                if g_forms[g] == s_forms[s] {
                    best = 1 + if g + 1 < n && s + 1 < m {
                        lcs[at(g + 1, s + 1)]
                    } else {
                        0
                    };
                }
                if g + 1 < n {
                    best = best.max(lcs[at(g + 1, s)]);
                }
                if s + 1 < m {
                    best = best.max(lcs[at(g, s + 1)]);
                }
                lcs[at(g, s)] = best;
            }
        }

        let (mut g, mut s) = (0, 0);
        while g < n && s < m {
            if g_forms[g] == s_forms[s] {
                self.push(gold_range.start + g, system_range.start + s);
                g += 1;
                s += 1;
            } else if lcs[at(g, s)] == if g + 1 < n { lcs[at(g + 1, s)] } else { 0 } {
                g += 1;
            } else {
                s += 1;
            }
        }
        Ok(())
    }

    /// Where the system word's head points, mapped to gold words.
    fn system_target(&self, parent: Option<usize>) -> Target {
        match parent {
            None => Target::Root,
            Some(p) => match self.gold_of_system.get(p).copied().flatten() {
                Some(g) => Target::Gold(g),
                None => Target::NotAligned,
            },
        }
    }

    fn words_score(&self, gold: &[Word<'_>], system: &[Word<'_>]) -> Score {
        Score {
            correct: self.pairs.len(),
            gold: gold.len(),
            system: system.len(),
            aligned: None,
        }
    }

    /// Counts aligned pairs (whose gold word passes `filter`) on which
    /// `matches` holds.
    fn score(
        &self,
        gold: &[Word<'_>],
        system: &[Word<'_>],
        filter: Option<fn(&Word<'_>) -> bool>,
        matches: impl Fn(&Word<'_>, &Word<'_>, &Alignment) -> bool,
    ) -> Score {
        let keep = |w: &Word<'_>| filter.is_none_or(|f| f(w));
        let mut aligned = 0;
        let mut correct = 0;
        for &(g, s) in &self.pairs {
            let (Some(gw), Some(sw)) = (gold.get(g), system.get(s)) else {
                continue;
            };
            if keep(gw) {
                aligned += 1;
                correct += usize::from(matches(gw, sw, self));
            }
        }
        Score {
            correct,
            gold: gold.iter().filter(|w| keep(w)).count(),
            system: system.iter().filter(|w| keep(w)).count(),
            aligned: Some(aligned),
        }
    }
}

/// Whether a word's relation is a content relation.
fn is_content(word: &Word<'_>) -> bool {
    word.content
}

/// Whether the gold lemma is `_` or equal to the system lemma.
fn lemma_matches(gold: &Word<'_>, system: &Word<'_>) -> bool {
    gold.lemma == "_" || gold.lemma == system.lemma
}

/// Whether the system head is aligned with the gold head.
fn alignment_parent(gold: &Word<'_>, system: &Word<'_>, alignment: &Alignment) -> bool {
    let gold_target = gold.parent.map_or(Target::Root, Target::Gold);
    gold_target == alignment.system_target(system.parent)
}

/// Whether both words have the same functional children, in the same order,
/// with the same alignment, relation, UPOS and features.
fn functional_children_match(
    gold: &Word<'_>,
    system: &Word<'_>,
    alignment: &Alignment,
    gold_words: &[Word<'_>],
    system_words: &[Word<'_>],
) -> bool {
    if gold.functional_children.len() != system.functional_children.len() {
        return false;
    }
    gold.functional_children
        .iter()
        .zip(&system.functional_children)
        .all(|(&g, &s)| {
            let (Some(gc), Some(sc)) = (gold_words.get(g), system_words.get(s)) else {
                return false;
            };
            Target::Gold(g) == alignment.system_target(Some(s))
                && gc.deprel == sc.deprel
                && gc.upos == sc.upos
                && gc.feats == sc.feats
        })
}

/// Finds the multiword region starting at gold word `gi` / system word `si`
/// (one of which is in a multiword token): the smallest run of words that
/// no multiword token sticks out of. Returns `(gold_start, system_start,
/// gold_end, system_end)`.
fn multiword_region(
    gold: &[Word<'_>],
    system: &[Word<'_>],
    mut gi: usize,
    mut si: usize,
) -> (usize, usize, usize, usize) {
    let (Some(g), Some(s)) = (gold.get(gi), system.get(si)) else {
        return (gi, si, gi, si);
    };
    let mut end;
    if g.multiword {
        end = g.span.end;
        if !s.multiword && s.span.start < g.span.start {
            si += 1;
        }
    } else {
        end = s.span.end;
        if !g.multiword && g.span.start < s.span.start {
            gi += 1;
        }
    }
    let (gs, ss) = (gi, si);

    let beyond = |words: &[Word<'_>], i: usize, end: usize| match words.get(i) {
        None => true,
        Some(w) if w.multiword => w.span.start >= end,
        Some(w) => w.span.end > end,
    };
    let extend = |w: &Word<'_>, end: usize| {
        if w.multiword && w.span.end > end {
            w.span.end
        } else {
            end
        }
    };
    while !beyond(gold, gi, end) || !beyond(system, si, end) {
        match (gold.get(gi), system.get(si)) {
            (Some(g), Some(s)) if g.span.start <= s.span.start => {
                end = extend(g, end);
                gi += 1;
            }
            (Some(g), None) => {
                end = extend(g, end);
                gi += 1;
            }
            (_, Some(s)) => {
                end = extend(s, end);
                si += 1;
            }
            (None, None) => break,
        }
    }
    (gs, ss, gi, si)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a one-sentence CoNLL-U text from a compact description: each
    /// item is a token; `"abc a b c"` is the multiword token `abc` made of
    /// the words `a`, `b`, `c`. Every word hangs on word 1, which is the root.
    fn sentence(items: &[&str]) -> String {
        let mut out = String::new();
        let mut n = 0;
        let word = |out: &mut String, n: &mut usize, form: &str| {
            *n += 1;
            let head = usize::from(*n > 1);
            out.push_str(&format!("{n}\t{form}\t_\t_\t_\t_\t{head}\tdep\t_\t_\n"));
        };
        for item in items {
            let mut parts = item.split(' ');
            let token = parts.next().unwrap_or("");
            let words: Vec<&str> = parts.collect();
            if words.is_empty() {
                word(&mut out, &mut n, token);
            } else {
                out.push_str(&format!(
                    "{}-{}\t{token}\t_\t_\t_\t_\t_\t_\t_\t_\n",
                    n + 1,
                    n + words.len()
                ));
                for w in words {
                    word(&mut out, &mut n, w);
                }
            }
        }
        out.push('\n');
        out
    }

    fn aligned_words(gold: &[&str], system: &[&str]) -> Score {
        match evaluate(&sentence(gold), &sentence(system)) {
            Ok(e) => e.words,
            Err(e) => panic!("{gold:?} vs {system:?}: {e}"),
        }
    }

    fn format_error(gold: &str, system: &str) -> (Option<Side>, Option<usize>, String) {
        match evaluate(gold, system) {
            Ok(_) => panic!("expected an error for {gold:?} / {system:?}"),
            Err(e) => (e.side(), e.line(), e.to_string()),
        }
    }

    const OK: &str = "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n";

    #[test]
    fn identical_plain_tokens_align() {
        assert_eq!(aligned_words(&["a", "b", "c"], &["a", "b", "c"]).correct, 3);
    }

    #[test]
    fn multiword_tokens_align_by_forms() {
        assert_eq!(aligned_words(&["abc a b c"], &["a", "b", "c"]).correct, 3);
        assert_eq!(
            aligned_words(&["x", "yz y z", "w"], &["x", "y", "z", "w"]).correct,
            4
        );
        assert_eq!(
            aligned_words(&["abcd a b c d"], &["ab a b", "cd c d"]).correct,
            4
        );
        assert_eq!(
            aligned_words(&["abc a b c", "de d e"], &["a", "bcd b c d", "e"]).correct,
            5
        );
    }

    #[test]
    fn different_splits_align_only_common_words() {
        assert_eq!(aligned_words(&["abcd"], &["a", "b", "c", "d"]).correct, 0);
        assert_eq!(
            aligned_words(&["abc", "d"], &["a", "b", "c", "d"]).correct,
            1
        );
        assert_eq!(
            aligned_words(&["a", "bc", "d"], &["a", "b", "c", "d"]).correct,
            2
        );
        assert_eq!(
            aligned_words(&["a", "bc b c", "d"], &["a", "b", "cd"]).correct,
            2
        );
        // Lower-cased forms are compared inside multiword regions.
        assert_eq!(
            aligned_words(
                &["abc a BX c", "def d EX f"],
                &["ab a b", "cd c d", "ef e f"]
            )
            .correct,
            4
        );
        assert_eq!(
            aligned_words(&["ab a b", "cd bc d"], &["a", "bc", "d"]).correct,
            2
        );
        assert_eq!(
            aligned_words(&["a", "bc b c", "d"], &["ab AX BX", "cd CX a"]).correct,
            1
        );
    }

    #[test]
    fn multiword_regions_ignore_case() {
        assert_eq!(
            aligned_words(&["Katanya Kata nya"], &["Katanya kata NYA"]).correct,
            2
        );
        assert_eq!(
            aligned_words(&["Katanya Kata nya"], &["Kata", "nya"]).correct,
            2
        );
        // Outside multiword regions spans decide, whatever the word forms.
        assert_eq!(aligned_words(&["Kata", "nya"], &["Kata", "nya"]).correct, 2);
    }

    #[test]
    fn equal_length_alignments_prefer_skipping_gold_words() {
        // Gold words a, b; system words b, a: either pair gives an LCS of one.
        // The evaluator skips the gold word first, so gold b meets system b.
        let gold = "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\
                    1\ta\t_\tNOUN\t_\t_\t0\troot\t_\t_\n\
                    2\tb\t_\tNOUN\t_\t_\t1\tdep\t_\t_\n\n";
        let system = "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\
                      1\tb\t_\tVERB\t_\t_\t0\troot\t_\t_\n\
                      2\ta\t_\tNOUN\t_\t_\t1\tdep\t_\t_\n\n";
        let e = evaluate(gold, system).expect("valid input");
        assert_eq!(e.words.correct, 1);
        assert_eq!(e.upos.correct, 0);
        assert_eq!(e.uas.correct, 0);
    }

    #[test]
    fn multiword_token_split_differently_scores_words_and_tokens() {
        let gold = "1-2\tmakannya\t_\t_\t_\t_\t_\t_\t_\t_\n\
                    1\tmakan\tmakan\tVERB\t_\t_\t0\troot\t_\t_\n\
                    2\tnya\tnya\tPRON\t_\t_\t1\tobj\t_\t_\n\n";
        let system = "1-3\tmakannya\t_\t_\t_\t_\t_\t_\t_\t_\n\
                      1\tmakan\tmakan\tVERB\t_\t_\t0\troot\t_\t_\n\
                      2\tn\tn\tX\t_\t_\t1\tdep\t_\t_\n\
                      3\tya\tya\tPRON\t_\t_\t1\tobj\t_\t_\n\n";
        let e = evaluate(gold, system).expect("valid input");
        assert_eq!(
            e.tokens,
            Score {
                correct: 1,
                gold: 1,
                system: 1,
                aligned: None
            }
        );
        assert_eq!(
            e.words,
            Score {
                correct: 1,
                gold: 2,
                system: 3,
                aligned: None
            }
        );
        assert_eq!(e.upos.aligned, Some(1));
        assert_eq!(e.las.correct, 1);
        assert!((e.words.f1() - 0.4).abs() < 1e-12);
    }

    #[test]
    fn mismatched_text_reports_where() {
        let gold = sentence(&["Saya", "makan"]);
        let system = sentence(&["Saya", "minum"]);
        match evaluate(&gold, &system) {
            Err(EvalError::TextMismatch {
                offset,
                gold,
                system,
            }) => {
                assert_eq!(
                    (offset, gold.as_str(), system.as_str()),
                    (5, "akan", "inum")
                );
            }
            other => panic!("expected a text mismatch, got {other:?}"),
        }
        let err = evaluate(&gold, &sentence(&["Saya"])).expect_err("system is shorter");
        assert!(
            err.to_string().contains("gold has 'makan', system has ''"),
            "{err}"
        );
        assert_eq!(err.side(), None);
    }

    #[test]
    fn spaces_inside_tokens_are_ignored() {
        let gold = sentence(&["tidak", "apa"]);
        let system = "1\ttidak\u{a0} apa\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
        let e = evaluate(&gold, system).expect("same text without spaces");
        assert_eq!(e.tokens.correct, 0);
        assert_eq!((e.tokens.gold, e.tokens.system), (2, 1));
        assert_eq!(e.sentences.correct, 1);
    }

    #[test]
    fn empty_inputs_give_zero_scores() {
        let e = evaluate("", "").expect("empty input is valid");
        for (_, score) in e.rows() {
            assert_eq!((score.correct, score.gold, score.system), (0, 0, 0));
            assert_eq!(score.f1(), 0.0);
        }
        assert_eq!(e.upos.aligned_accuracy(), Some(0.0));
        assert_eq!(e.words.aligned_accuracy(), None);
        let table = render_table(&e);
        assert!(table.contains("\nUPOS       |      0.00 |      0.00 |      0.00 |      0.00"));
        assert!(table.contains("\nWords      |      0.00 |      0.00 |      0.00 |\n"));
        let counts = render_counts(&e);
        assert!(counts.contains("\nUPOS       |         0 |         0 |         0 |          \n"));
        assert!(counts.contains("\nWords      |         0 |         0 |         0 |         0\n"));
    }

    #[test]
    fn rows_follow_reference_order() {
        let names: Vec<&str> = Evaluation::default().rows().iter().map(|r| r.0).collect();
        assert_eq!(
            names,
            [
                "Tokens",
                "Sentences",
                "Words",
                "UPOS",
                "XPOS",
                "UFeats",
                "AllTags",
                "Lemmas",
                "UAS",
                "LAS",
                "CLAS",
                "MLAS",
                "BLEX"
            ]
        );
    }

    #[test]
    fn tags_use_universal_features_and_relations() {
        let gold = "1\tIa\tia\tPRON\tPRP\tNumber=Sing|Person=3\t2\tnsubj:pass\t_\t_\n\
                    2\tdibeli\tbeli\tVERB\tVSA\tVoice=Pass\t0\troot\t_\t_\n\n";
        let system = "1\tIa\tdia\tPRON\tPRP\tPerson=3|Number=Sing|Foo=Bar\t2\tnsubj\t_\t_\n\
                      2\tdibeli\tBeli\tVERB\tVSA\tVoice=Pass\t0\troot:x\t_\t_\n\n";
        let e = evaluate(gold, system).expect("valid input");
        assert_eq!(e.ufeats.correct, 2);
        assert_eq!(e.alltags.correct, 2);
        assert_eq!(e.las.correct, 2);
        // Lemmas are compared case-sensitively.
        assert_eq!(e.lemmas.correct, 0);
        assert_eq!(e.blex.correct, 0);
        assert_eq!(e.mlas.correct, 2);
    }

    #[test]
    fn gold_lemma_underscore_accepts_any_lemma() {
        let gold = "1\tya\t_\tINTJ\t_\t_\t0\troot\t_\t_\n\n";
        let system = "1\tya\tYa\tINTJ\t_\t_\t0\troot\t_\t_\n\n";
        let e = evaluate(gold, system).expect("valid input");
        assert_eq!(e.lemmas.correct, 1);
        let reverse = evaluate(system, gold).expect("valid input");
        assert_eq!(reverse.lemmas.correct, 0);
    }

    #[test]
    fn mlas_compares_functional_children() {
        let gold = "1\tdi\tdi\tADP\t_\t_\t2\tcase\t_\t_\n\
                    2\trumah\trumah\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        let system = "1\tdi\tdi\tX\t_\t_\t2\tcase\t_\t_\n\
                      2\trumah\trumah\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        let e = evaluate(gold, system).expect("valid input");
        assert_eq!((e.clas.correct, e.clas.gold, e.clas.system), (1, 1, 1));
        assert_eq!(e.mlas.correct, 0);
        assert_eq!(e.blex.correct, 1);
        assert_eq!(e.las.correct, 2);
    }

    #[test]
    fn comments_empty_nodes_and_crlf_are_handled() {
        let gold = "# sent_id = 1\r\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\r\n\
                    1.1\tb\t_\t_\t_\t_\t_\t_\t_\t_\r\n\r\n";
        let e = evaluate(gold, OK).expect("valid input");
        assert_eq!(e.words.correct, 1);
        assert_eq!(e.las.correct, 1);
    }

    #[test]
    fn format_errors_name_side_and_line() {
        let (side, line, msg) = format_error(OK, "1\ta\t_\n\n");
        assert_eq!((side, line), (Some(Side::System), Some(1)));
        assert!(msg.contains("10 tab-separated columns"), "{msg}");

        let cycle = "1\ta\t_\t_\t_\t_\t2\tdep\t_\t_\n2\tb\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";
        let (side, line, msg) = format_error(cycle, OK);
        assert_eq!((side, line), (Some(Side::Gold), Some(3)));
        assert!(msg.contains("cycle"), "{msg}");

        let two_roots = "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
        assert!(format_error(two_roots, OK).2.contains("there are 2 roots"));

        let (_, line, msg) = format_error(OK, "1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n");
        assert_eq!(line, None);
        assert!(msg.starts_with("system file: "), "{msg}");
        assert!(msg.contains("empty line"), "{msg}");

        let (_, line, msg) = format_error(OK, &format!("{OK}\n"));
        assert_eq!(line, Some(3));
        assert!(msg.contains("there are 0 roots"), "{msg}");

        let bad_id = "2\ta\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
        assert!(format_error(bad_id, OK).2.contains("expected '1'"));
        let bad_head = "1\ta\t_\t_\t_\t_\t-1\troot\t_\t_\n\n";
        assert!(format_error(bad_head, OK).2.contains("negative"));
        let far_head = "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n\
                        1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n2\tb\t_\t_\t_\t_\t3\tdep\t_\t_\n\n";
        assert!(
            format_error(far_head, OK)
                .2
                .contains("outside of the sentence")
        );
        let bad_range = "1-x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        assert!(
            format_error(bad_range, OK)
                .2
                .contains("multi-word token ID")
        );
        let (_, line, msg) = format_error("1\t \t_\t_\t_\t_\t0\troot\t_\t_\n\n", OK);
        assert_eq!(line, Some(1));
        assert!(msg.contains("empty FORM"), "{msg}");
        let truncated = "# c\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n";
        assert_eq!(format_error(truncated, OK).1, Some(4));
    }

    #[test]
    fn oversized_multiword_region_is_refused() {
        let words = 4097;
        let token = "a".repeat(words);
        let mut text = format!("1-{words}\t{token}\t_\t_\t_\t_\t_\t_\t_\t_\n");
        for id in 1..=words {
            let head = usize::from(id > 1);
            text.push_str(&format!("{id}\ta\t_\t_\t_\t_\t{head}\tdep\t_\t_\n"));
        }
        text.push('\n');
        match evaluate(&text, &text) {
            Err(EvalError::SpanTooLarge {
                gold_words,
                system_words,
            }) => {
                assert_eq!((gold_words, system_words), (words, words));
            }
            other => panic!("expected SpanTooLarge, got {other:?}"),
        }
    }

    #[test]
    fn python_integer_syntax() {
        assert_eq!(parse_int(" 12 "), Some(12));
        assert_eq!(parse_int("+3"), Some(3));
        assert_eq!(parse_int("1_0"), Some(10));
        assert_eq!(parse_int("007"), Some(7));
        assert_eq!(parse_int("1__0"), None);
        assert_eq!(parse_int("_1"), None);
        assert_eq!(parse_int("-"), None);
        assert_eq!(parse_int("٣"), None);
        assert_eq!(parse_int("99999999999999999999999"), Some(i64::MAX));
    }

    #[test]
    fn arbitrary_input_never_panics() {
        const PIECES: [&str; 16] = [
            "\t",
            "\n",
            "\r",
            "1",
            "2",
            "0",
            "-",
            ".",
            "#",
            "_",
            "a",
            "é",
            "\u{a0}",
            " ",
            "case",
            "1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let valid = sentence(&["ab a b", "c"]);
        for _ in 0..3000 {
            let len = (next() % 60) as usize;
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
            }
            let _ = evaluate(&text, &text);
            let _ = evaluate(&valid, &text);
            let _ = evaluate(&text, &valid);
        }
    }

    /// Small deterministic generator for the property tests.
    struct XorShift(u64);

    impl XorShift {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n.max(1) as u64) as usize
        }
    }

    /// A random valid tokenisation of `text` into sentences, tokens and
    /// (sometimes multiword) words, with random trees.
    fn random_document(text: &str, rng: &mut XorShift) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut at = 0;
        while at < chars.len() {
            let sentence_len = 1 + rng.below(chars.len() - at);
            let sentence_end = at + sentence_len;
            let mut lines = Vec::new();
            let mut words = 0usize;
            while at < sentence_end {
                let token_len = 1 + rng.below((sentence_end - at).min(4));
                let token: String = chars[at..at + token_len].iter().collect();
                at += token_len;
                if token_len > 1 && rng.below(3) == 0 {
                    let parts = 1 + rng.below(3);
                    lines.push(format!(
                        "{}-{}\t{token}\t_\t_\t_\t_\t_\t_\t_\t_",
                        words + 1,
                        words + parts
                    ));
                    for part in 0..parts {
                        words += 1;
                        let form = if part == 0 {
                            token.to_uppercase()
                        } else {
                            "x".to_owned()
                        };
                        lines.push(format!("{words}\t{form}\tHEAD\t_\t_\t_"));
                    }
                } else {
                    words += 1;
                    lines.push(format!("{words}\t{token}\tHEAD\t_\t_\t_"));
                }
            }
            let root = 1 + rng.below(words);
            for line in lines {
                let Some(prefix) = line.strip_suffix("\tHEAD\t_\t_\t_") else {
                    out.push_str(&line);
                    out.push('\n');
                    continue;
                };
                let id: usize = prefix
                    .split('\t')
                    .next()
                    .and_then(|i| i.parse().ok())
                    .unwrap_or(0);
                let head = if id == root { 0 } else { root };
                let rel = ["case", "nsubj", "det", "root", "punct"][rng.below(5)];
                let upos = ["NOUN", "ADP"][rng.below(2)];
                out.push_str(&format!("{prefix}\t_\t{upos}\t_\t_\t{head}\t{rel}\t_\t_\n"));
            }
            out.push('\n');
        }
        out
    }

    #[test]
    fn random_tokenisations_evaluate_consistently() {
        let mut rng = XorShift(0x2545_f491_4f6c_dd1d);
        let text = "abcdefghijabcdeabcabc";
        for _ in 0..2000 {
            let gold = random_document(text, &mut rng);
            let system = random_document(text, &mut rng);
            let e = match evaluate(&gold, &system) {
                Ok(e) => e,
                Err(err) => panic!("{err}\n{gold}\n{system}"),
            };
            for (name, score) in e.rows() {
                assert!(score.correct <= score.gold.min(score.system), "{name}");
                if let Some(aligned) = score.aligned {
                    assert!(
                        score.correct <= aligned && aligned <= e.words.correct,
                        "{name}"
                    );
                }
            }
            let same = evaluate(&gold, &gold).expect("gold is valid");
            assert_eq!(same.mlas.correct, same.mlas.gold);
            assert_eq!(same.words.correct, same.words.gold);
        }
    }

    #[test]
    fn large_input_is_linear_outside_multiword_regions() {
        let mut text = String::new();
        for _ in 0..5000 {
            text.push_str(&sentence(&[
                "Saya",
                "makannya makan nya",
                "di",
                "rumah",
                ".",
            ]));
        }
        assert!(text.len() > 500_000);
        let e = evaluate(&text, &text).expect("valid input");
        assert_eq!(e.words.correct, 30_000);
        assert_eq!(e.las.correct, 30_000);
    }
}
