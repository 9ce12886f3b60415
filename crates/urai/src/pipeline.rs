//! The pipeline: tokenizer, language identification and the later stages, chained over documents.

use std::ops::Range;
use std::sync::Mutex;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use urai_ner::Tagger;
use urai_stem::{Language, StemHint, StemWorker, Stemmer};
use urai_tokenizer::{Tokenized, Tokenizer};

use crate::document::{
    Boilerplate, Document, Entity, SentenceSpan, TokenSpan, WordSpan, flagged_at,
};
use crate::lang;

/// What the pipeline does with boilerplate (menus, `Baca juga:` inserts, share bars, comments, ...).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerplateMode {
    /// Find it and list it in [`Document::boilerplate`]; its words are tokenized but neither stemmed nor
    /// tagged (a name in a menu is not a mention in the article). The default.
    #[default]
    Flag,
    /// Find it and leave it out of the annotation: no sentences, tokens or words there. The text stays
    /// whole, so offsets still point into the original.
    Drop,
    /// Do not look for it: every block is annotated.
    Keep,
}

impl std::str::FromStr for BoilerplateMode {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<BoilerplateMode, String> {
        match s {
            "flag" => Ok(BoilerplateMode::Flag),
            "drop" => Ok(BoilerplateMode::Drop),
            "keep" => Ok(BoilerplateMode::Keep),
            _ => Err(format!(
                "unknown boilerplate mode {s:?} (expected flag, drop or keep)"
            )),
        }
    }
}

/// The boilerplate classifier, with urai's Indonesian stopword list, built once.
fn classifier() -> &'static urai_boilerplate::Classifier {
    static CLASSIFIER: std::sync::LazyLock<urai_boilerplate::Classifier> =
        std::sync::LazyLock::new(|| urai_boilerplate::Classifier::new(urai_stem::is_stopword));
    &CLASSIFIER
}

/// One input record: an id, a text, the record's other fields, and optionally a given tokenization.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Input {
    /// The document's identifier.
    pub id: String,
    /// The text.
    pub text: String,
    /// Other fields of the input record, carried through to the output.
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// Sentences of token byte spans when the input is already tokenized (CoNLL, CoNLL-U); the tokenizer then
    /// keeps them as given and only computes the word layer.
    pub tokens: Option<Vec<Vec<Range<usize>>>>,
    /// The document's date (its publication date), which relative dates (`kemarin`, `pekan lalu`) are
    /// resolved against; it takes precedence over [`PipelineConfig::doc_date`].
    pub doc_date: Option<urai_expressions::Date>,
    /// For a page read from HTML ([`Input::from_html`]): its blocks, one per line of the text, with the
    /// markup the boilerplate classifier reads. Without them the text is classified line by line.
    pub blocks: Option<Vec<urai_html::Block>>,
    /// For a page read from HTML: its source map (kept on the document).
    pub source_map: Vec<urai_html::Segment>,
    /// For a page read from HTML: its metadata (kept on the document).
    pub meta: Option<urai_html::Metadata>,
}

impl Input {
    /// An input record with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Input {
        Input {
            id: id.into(),
            text: text.into(),
            ..Input::default()
        }
    }

    /// A web page: its bytes decoded (from the byte-order mark, `charset` when given, the page's `<meta>`,
    /// or its bytes), parsed as HTML5, and turned into its text, its blocks, a source map back to the bytes
    /// and its metadata (see [`urai_html`]). The publication date, when the page gives one, is the
    /// document's date for relative dates.
    ///
    /// ```
    /// use urai::{Input, Pipeline};
    ///
    /// let html = "<html lang=id><body><nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav>\
    ///             <p>Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Jenewa pada hari Jumat \
    ///             untuk membahas krisis yang terjadi di perbatasan Ukraina dan Rusia.</p></body></html>";
    /// let input = Input::from_html("p1", html.as_bytes(), None).unwrap();
    /// let doc = Pipeline::new().annotate_input(input);
    /// assert_eq!(doc.boilerplate[0].kind.as_str(), "navigation");
    /// let blinken = doc.entities.iter().find(|e| doc.slice(e.start, e.end) == "Antony Blinken").unwrap();
    /// let range = doc.html_range(blinken.start, blinken.end).unwrap();
    /// assert_eq!(&html[range], "Antony Blinken");
    /// ```
    pub fn from_html(
        id: impl Into<String>,
        bytes: &[u8],
        charset: Option<&str>,
    ) -> std::result::Result<Input, urai_html::Error> {
        let mut options = urai_html::Options::default();
        if let Some(label) = charset {
            options = options.with_charset(label)?;
        }
        let page = urai_html::Page::parse_with(bytes, options);
        let doc_date = page
            .meta
            .published
            .as_deref()
            .and_then(|d| d.get(..10))
            .and_then(|d| d.parse().ok());
        Ok(Input {
            id: id.into(),
            text: page.text,
            doc_date,
            blocks: Some(page.blocks),
            source_map: page.source_map,
            meta: Some(page.meta),
            ..Input::default()
        })
    }
}

/// Options of the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PipelineConfig {
    /// Tokenizer options.
    pub tokenizer: urai_tokenizer::Config,
    /// Identify the language of each document (default `true`).
    pub identify_language: bool,
    /// Give every word a stem and a stopword flag (default `true`).
    pub stem: bool,
    /// Find named entities (PER, LOC, ORG) (default `true`). Documents identified reliably as a language other
    /// than Indonesian are not tagged: the model knows Indonesian news.
    pub ner: bool,
    /// Find dates, times, durations, money, percentages, numbers and quantities with their values (default
    /// `true`; documents identified reliably as another language than Indonesian are skipped). An entity
    /// lying inside an expression is dropped: a date or an amount is never a name.
    pub expressions: bool,
    /// The date relative dates are resolved against when the input record gives none ([`Input::doc_date`]).
    /// Without either, the date of the document's dateline is used (a full date, with or without a time, in
    /// one of the first five sentences and its first 600 bytes, the sentence holding at most five tokens
    /// besides it);
    /// without a dateline relative dates keep relative values (`-P1D`).
    pub doc_date: Option<urai_expressions::Date>,
    /// Boilerplate: flagged (the default), dropped from the annotation, or kept as article text. Input that
    /// comes tokenized (CoNLL, CoNLL-U) is always kept whole.
    #[serde(default)]
    pub boilerplate: BoilerplateMode,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig {
            tokenizer: urai_tokenizer::Config::default(),
            identify_language: true,
            stem: true,
            ner: true,
            expressions: true,
            doc_date: None,
            boilerplate: BoilerplateMode::Flag,
        }
    }
}

/// The pipeline engine: build it once and share it; it is `Send + Sync` and annotating never mutates it.
#[derive(Debug, Clone)]
pub struct Pipeline {
    config: PipelineConfig,
    tokenizer: Tokenizer,
    stemmer: Stemmer,
    tagger: TaggerRef,
    /// Stemmer memos and tagger caches of finished workers, handed to the next workers so that each batch
    /// starts warm.
    kept: std::sync::Arc<Mutex<Vec<Kept>>>,
}

/// What a finished worker leaves for the next one.
type Kept = (urai_stem::StemMemo, urai_ner::WorkerCache);

/// Finished workers' caches kept for reuse, at most this many (one per thread in use is enough).
const MAX_KEPT_CACHES: usize = 64;

#[derive(Debug, Clone)]
enum TaggerRef {
    Embedded,
    Owned(std::sync::Arc<Tagger>),
}

/// Per-thread state of a pipeline: reusable caches (the stemmer's bounded memo, the tagger's word cache).
/// Make one per thread with [`Pipeline::worker`]; [`Pipeline::annotate_batch`] does this for each rayon
/// thread. A worker that is dropped gives its tagger cache back to its pipeline for the next worker, so
/// many short batches run as fast as one long one.
pub struct Worker<'p> {
    stem: Option<StemWorker<'p>>,
    ner: Option<urai_ner::Worker<'p>>,
    home: &'p Mutex<Vec<Kept>>,
}

impl Drop for Worker<'_> {
    fn drop(&mut self) {
        if let Some(stem) = self.stem.take()
            && let Ok(mut kept) = self.home.lock()
            && kept.len() < MAX_KEPT_CACHES
        {
            let ner = self.ner.take().map(urai_ner::Worker::into_cache);
            kept.push((stem.into_memo(), ner.unwrap_or_default()));
        }
    }
}

impl std::fmt::Debug for Worker<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("stem", &self.stem)
            .finish_non_exhaustive()
    }
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new()
    }
}

impl Pipeline {
    /// A pipeline with the default configuration and the embedded resources.
    pub fn new() -> Pipeline {
        Pipeline::with_config(PipelineConfig::default())
    }

    /// A pipeline with the given configuration.
    pub fn with_config(config: PipelineConfig) -> Pipeline {
        Pipeline {
            tokenizer: Tokenizer::with_config(config.tokenizer),
            stemmer: Stemmer::new(),
            tagger: TaggerRef::Embedded,
            kept: Default::default(),
            config,
        }
    }

    /// Replaces the entity tagger (a model of your own: `Tagger::from_path`).
    pub fn with_tagger(mut self, tagger: Tagger) -> Pipeline {
        self.tagger = TaggerRef::Owned(std::sync::Arc::new(tagger));
        self.kept = Default::default();
        self
    }

    /// The entity tagger in use.
    pub fn tagger(&self) -> &Tagger {
        match &self.tagger {
            TaggerRef::Embedded => Tagger::embedded(),
            TaggerRef::Owned(t) => t,
        }
    }

    /// Replaces the stemmer (for a user's own lexicon: `Stemmer::from_lexicon`).
    pub fn with_stemmer(mut self, stemmer: Stemmer) -> Pipeline {
        self.stemmer = stemmer;
        self.kept = Default::default();
        self
    }

    /// The stemmer in use.
    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }

    /// A per-thread worker.
    pub fn worker(&self) -> Worker<'_> {
        let (memo, cache) = self
            .kept
            .lock()
            .ok()
            .and_then(|mut kept| kept.pop())
            .unwrap_or_default();
        Worker {
            stem: Some(self.stemmer.worker_with_memo(memo)),
            // Without entities the tagger (and its model) is never loaded.
            ner: self.config.ner.then(|| self.tagger().worker_with(cache)),
            home: &self.kept,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &PipelineConfig {
        &self.config
    }

    /// Annotates one text: sentences, tokens, words, language, stems and stopword flags, entities (each
    /// stage as [`PipelineConfig`] says).
    ///
    /// ```
    /// use urai::Pipeline;
    ///
    /// let pipeline = Pipeline::new();
    /// let text = "Menlu AS Antony Blinken bertemu Sergei Lavrov di Jenewa. Pertemuan itu membahas krisis \
    ///             yang semakin memanas di perbatasan.";
    /// let doc = pipeline.annotate("d1", text);
    /// let entities: Vec<(&str, &str)> =
    ///     doc.entities.iter().map(|e| (doc.slice(e.start, e.end), e.label.as_str())).collect();
    /// assert!(entities.contains(&("Antony Blinken", "PER")));
    /// assert!(entities.contains(&("Jenewa", "LOC")));
    /// let bertemu = doc.words.iter().find(|w| doc.slice(w.start, w.end) == "bertemu").unwrap();
    /// assert_eq!(bertemu.stem.as_deref(), Some("temu"));
    /// assert_eq!(doc.lang.as_ref().map(|l| l.code.as_str()), Some("ind"));
    /// ```
    pub fn annotate(&self, id: impl Into<String>, text: impl Into<String>) -> Document {
        self.annotate_input(Input::new(id, text))
    }

    /// Annotates one input record.
    pub fn annotate_input(&self, input: Input) -> Document {
        self.annotate_with(&mut self.worker(), input)
    }

    /// Annotates one input record with a per-thread worker (reuses its caches).
    pub fn annotate_with(&self, worker: &mut Worker<'_>, input: Input) -> Document {
        let mut one = [self.read(input)];
        self.later_stages(worker, &mut one);
        let [(doc, _)] = one;
        doc
    }

    /// Annotates a run of input records with one worker, stage by stage: each stage (entities, expressions,
    /// stems) goes over every document of the run before the next begins, so that its tables and code stay in
    /// the cache. The documents are the ones [`Pipeline::annotate_with`] makes one at a time, in input order;
    /// [`runs`] cuts a batch into runs of a good length.
    ///
    /// ```
    /// use urai::{Input, Pipeline};
    ///
    /// let pipeline = Pipeline::new();
    /// let inputs = vec![Input::new("a", "Kremlin membantah, Senin (24/1/2022)."), Input::new("b", "NATO menolak.")];
    /// let docs = pipeline.annotate_many_with(&mut pipeline.worker(), inputs.clone());
    /// let one_by_one: Vec<_> = inputs.into_iter().map(|i| pipeline.annotate_input(i)).collect();
    /// assert_eq!(docs, one_by_one);
    /// assert_eq!(docs[0].expressions[0].value, "2022-01-24");
    /// ```
    pub fn annotate_many_with(&self, worker: &mut Worker<'_>, inputs: Vec<Input>) -> Vec<Document> {
        let mut docs: Vec<(Document, Option<urai_expressions::Date>)> =
            inputs.into_iter().map(|input| self.read(input)).collect();
        self.later_stages(worker, &mut docs);
        docs.into_iter().map(|(doc, _)| doc).collect()
    }

    /// The first stages, which need no worker: boilerplate, tokens and words, language. Returns the document
    /// and the date its relative expressions are read against, if the input gives one.
    fn read(&self, input: Input) -> (Document, Option<urai_expressions::Date>) {
        let Input {
            id,
            text,
            extra,
            tokens,
            doc_date,
            blocks,
            source_map,
            meta,
        } = input;
        let boilerplate = match self.config.boilerplate {
            BoilerplateMode::Flag | BoilerplateMode::Drop if tokens.is_none() => {
                find_boilerplate(&text, blocks.as_deref())
            }
            _ => Vec::new(),
        };
        let tokenized = match &tokens {
            Some(sentences) => self.tokenizer.from_spans(&text, sentences),
            None => self.tokenizer.tokenize(&text),
        };
        let (mut sentences, mut tokens, mut words) = convert(tokenized);
        if self.config.boilerplate == BoilerplateMode::Drop
            && boilerplate.iter().any(Boilerplate::is_flagged)
        {
            let keep: Vec<bool> = tokens
                .iter()
                .map(|t| !flagged_at(&boilerplate, t.start))
                .collect();
            (sentences, tokens, words) = retain_tokens(sentences, tokens, words, &keep);
        }
        // Language from the tokens' extent only: what surrounds them (spaces, zero-width characters) says
        // nothing about the language and is not kept by every format (a CoNLL-U round trip drops it).
        let lang = if self.config.identify_language {
            let extent = match (tokens.first(), tokens.last()) {
                (Some(a), Some(b)) => text.get(a.start..b.end).unwrap_or(""),
                _ => "",
            };
            lang::identify(extent)
        } else {
            None
        };
        let doc = Document {
            id,
            lang,
            sentences,
            tokens,
            words,
            entities: Vec::new(),
            expressions: Vec::new(),
            boilerplate,
            source_map,
            meta,
            extra,
            text,
        };
        (doc, doc_date)
    }

    /// The stages after [`Pipeline::read`], each over all of `docs` before the next: entities, expressions
    /// (which drop the entities inside them), stems.
    fn later_stages(
        &self,
        worker: &mut Worker<'_>,
        docs: &mut [(Document, Option<urai_expressions::Date>)],
    ) {
        // Documents identified reliably as another language get no entities and no expressions.
        let foreign = |doc: &Document| {
            doc.lang
                .as_ref()
                .is_some_and(|l| l.reliable && l.code != "ind")
        };
        if self.config.ner
            && let Some(ner) = worker.ner.as_mut()
        {
            for (doc, _) in docs.iter_mut().filter(|(doc, _)| !foreign(doc)) {
                tag_entities(doc, ner);
            }
        }
        if self.config.expressions {
            for (doc, date) in docs.iter_mut().filter(|(doc, _)| !foreign(doc)) {
                find_expressions(doc, date.or(self.config.doc_date));
            }
        }
        if self.config.stem {
            for (doc, _) in docs.iter_mut() {
                self.stem(doc, worker);
            }
        }
    }

    /// Gives every word its stem and stopword flag. Indonesian words are stemmed to their root, except names
    /// (capitalised inside a sentence, or inside an entity), which are only lower-cased; documents identified
    /// reliably as another language are stemmed with that language's Snowball stemmer where there is one.
    fn stem(&self, doc: &mut Document, worker: &mut Worker<'_>) {
        let language = match &doc.lang {
            Some(l) if l.reliable && l.code != "ind" => Language::from_code(&l.code),
            _ => Language::Indonesian,
        };
        let names = name_tokens(doc);
        let any_flagged = doc.boilerplate.iter().any(Boilerplate::is_flagged);
        for i in 0..doc.words.len() {
            let w = &doc.words[i];
            if any_flagged && doc.in_boilerplate(w.start) {
                continue;
            }
            let text = doc.text.get(w.start..w.end).unwrap_or("");
            let hint = StemHint {
                is_name: names.get(w.token).copied().unwrap_or(false),
            };
            // Stems are lower-case keys: a name keeps its letters, not its capitals (UD GSD's lemmas).
            let stem = if hint.is_name {
                text.to_lowercase()
            } else if language == Language::Indonesian {
                match worker.stem.as_mut() {
                    Some(stem) => stem.stem(text).to_string(),
                    None => self.stemmer.stem(text).into_owned(),
                }
            } else {
                self.stemmer.stem_in(language, text).into_owned()
            };
            let stop = language == Language::Indonesian && urai_stem::is_stopword(text);
            let w = &mut doc.words[i];
            w.stem = Some(stem);
            w.stop = Some(stop);
        }
    }

    /// Annotates a batch in parallel (on rayon's current thread pool); the output is in input order.
    ///
    /// ```
    /// use urai::{Input, Pipeline};
    ///
    /// let inputs = vec![Input::new("a", "Kremlin membantah."), Input::new("b", "NATO menolak.")];
    /// let docs = Pipeline::new().annotate_batch(inputs);
    /// assert_eq!(docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    /// ```
    pub fn annotate_batch(&self, inputs: Vec<Input>) -> Vec<Document> {
        runs(inputs, |input| input.text.len())
            .into_par_iter()
            .map_init(|| self.worker(), |w, run| self.annotate_many_with(w, run))
            .flatten_iter()
            .collect()
    }
}

/// Text in one run of [`runs`], at most.
const RUN_BYTES: usize = 256 << 10;

/// Cuts a batch into runs of consecutive items for [`Pipeline::annotate_many_with`], in order: a run holds
/// up to 256 KiB of text (`text_len` of each item), and at most an eighth of an even share of the batch per
/// thread of rayon's current pool, so that the runs still spread over the threads. A run has at least one
/// item; an item larger than the limit is a run alone.
///
/// ```
/// let sizes = vec![30_000, 30_000, 30_000, 100_000, 5];
/// let runs = urai::runs(sizes.clone(), |&n| n);
/// assert_eq!(runs.concat(), sizes);
/// assert!(runs.iter().all(|run| !run.is_empty()));
/// ```
pub fn runs<T>(items: Vec<T>, text_len: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let total = items
        .iter()
        .map(&text_len)
        .fold(0usize, usize::saturating_add);
    let share = total / (8 * rayon::current_num_threads()).max(1);
    let limit = RUN_BYTES.min(share).max(1);
    let mut out = Vec::new();
    let mut run = Vec::new();
    let mut bytes = 0usize;
    for item in items {
        let n = text_len(&item);
        if !run.is_empty() && bytes.saturating_add(n) > limit {
            out.push(std::mem::take(&mut run));
            bytes = 0;
        }
        bytes = bytes.saturating_add(n);
        run.push(item);
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Finds the entities of a document, sentence by sentence with document-level consistency, as byte spans.
fn tag_entities(doc: &mut Document, worker: &mut urai_ner::Worker<'_>) {
    // A sentence in a flagged block is given to the tagger empty: it holds no mention, and its names take
    // no part in the document's consistency rules.
    let sentences: Vec<Vec<&str>> = doc
        .sentences
        .iter()
        .map(|s| {
            if doc.in_boilerplate(s.start) {
                Vec::new()
            } else {
                s.tokens.clone().map(|i| doc.token_text(i)).collect()
            }
        })
        .collect();
    let tags = worker.tag_document(&sentences);
    let mut entities = Vec::new();
    for (s, sentence_tags) in doc.sentences.iter().zip(&tags) {
        for span in urai_ner::spans(sentence_tags) {
            let (first, last) = (s.tokens.start + span.start, s.tokens.start + span.end);
            let (Some(a), Some(b)) = (
                doc.tokens.get(first),
                doc.tokens.get(last.saturating_sub(1)),
            ) else {
                continue;
            };
            entities.push(Entity {
                start: a.start,
                end: b.end,
                label: span.kind.as_str().to_string(),
                score: span.score,
                tokens: first..last,
            });
        }
    }
    doc.entities = entities;
}

/// How far into a document its dateline may start, in bytes.
const DATELINE_WITHIN: usize = 600;

/// Sentences of a dateline hold little besides the date (`Marcheilla Ariesta - 21 Januari 2022 19:36 WIB`):
/// at most this many tokens outside it.
const DATELINE_OTHER_TOKENS: usize = 5;

/// The expressions that can be a dateline: those that make up most of a sentence among the first few.
fn dateline_candidates(
    doc: &Document,
    found: &[urai_expressions::Expression],
) -> Vec<urai_expressions::Expression> {
    found
        .iter()
        .filter(|e| {
            doc.sentences.iter().take(5).any(|s| {
                if !(s.start <= e.start && e.end <= s.end) {
                    return false;
                }
                let inside = doc
                    .sentence_tokens(s)
                    .iter()
                    .filter(|t| t.start < e.end && e.start < t.end)
                    .count();
                s.tokens.len().saturating_sub(inside) <= DATELINE_OTHER_TOKENS
            })
        })
        .cloned()
        .collect()
}

/// Finds the expressions of a document, resolving relative dates against `anchor` or else the document's
/// dateline, and drops the entities that lie inside an expression.
fn find_expressions(doc: &mut Document, anchor: Option<urai_expressions::Date>) {
    let tokens: Vec<Range<usize>> = doc.tokens.iter().map(|t| t.start..t.end).collect();
    let sentences: Vec<Range<usize>> = doc.sentences.iter().map(|s| s.tokens.clone()).collect();
    let mut found = urai_expressions::find(&doc.text, &tokens, &sentences, anchor);
    if anchor.is_none()
        && found
            .iter()
            .any(|e| urai_expressions::is_relative(&e.value))
        && let Some(dateline) =
            urai_expressions::dateline(&dateline_candidates(doc, &found), DATELINE_WITHIN)
    {
        found = find_again(&doc.text, &tokens, &sentences, found, dateline);
    }
    if !found.is_empty() {
        // Expressions are ordered and do not overlap: the one that may hold an entity is the last one starting
        // at or before it.
        doc.entities.retain(|en| {
            let k = found.partition_point(|ex| ex.start <= en.start);
            k.checked_sub(1)
                .and_then(|k| found.get(k))
                .is_none_or(|ex| en.end > ex.end)
        });
    }
    doc.expressions = found;
}

/// The expressions `found` without an anchor, found again against the dateline in the sentences that hold a
/// relative one: the values of the other sentences do not depend on the anchor.
fn find_again(
    text: &str,
    tokens: &[Range<usize>],
    sentences: &[Range<usize>],
    found: Vec<urai_expressions::Expression>,
    dateline: urai_expressions::Date,
) -> Vec<urai_expressions::Expression> {
    let mut out = Vec::with_capacity(found.len());
    let mut rest = found.into_iter().peekable();
    for (k, s) in sentences.iter().enumerate() {
        let end = tokens
            .get(s.clone())
            .and_then(|t| t.last())
            .map_or(0, |t| t.end);
        let mut own = Vec::new();
        while let Some(e) = rest.next_if(|e| e.start < end) {
            own.push(e);
        }
        if own.iter().any(|e| urai_expressions::is_relative(&e.value)) {
            let again = urai_expressions::find(text, tokens, &sentences[k..=k], Some(dateline));
            out.extend(again);
        } else {
            out.extend(own);
        }
    }
    out.extend(rest);
    out
}

/// Tokens taken for names: capitalised words that do not open their sentence (after any opening quotes or
/// brackets), and every token inside an entity.
fn name_tokens(doc: &Document) -> Vec<bool> {
    let mut names = vec![false; doc.tokens.len()];
    for s in &doc.sentences {
        let mut opening = true;
        for i in s.tokens.clone() {
            let t = doc.token_text(i);
            let is_open_punct = matches!(
                t,
                "\"" | "“" | "'" | "‘" | "(" | "[" | "«" | "``" | "-" | "–" | "—"
            );
            if opening && is_open_punct {
                continue;
            }
            let capitalised = t.starts_with(char::is_uppercase);
            if !opening && capitalised {
                names[i] = true;
            }
            opening = false;
        }
    }
    for e in &doc.entities {
        for i in e.tokens.clone() {
            if let Some(n) = names.get_mut(i) {
                *n = true;
            }
        }
    }
    names
}

/// The boilerplate blocks of a text: its HTML blocks when it comes from a page, else its lines.
fn find_boilerplate(text: &str, blocks: Option<&[urai_html::Block]>) -> Vec<Boilerplate> {
    let c = classifier();
    let labelled: Vec<(Range<usize>, urai_boilerplate::Label)> = match blocks {
        Some(blocks) => {
            let features: Vec<urai_boilerplate::Block<'_>> = blocks
                .iter()
                .map(|b| urai_boilerplate::Block {
                    text: text.get(b.range()).unwrap_or(""),
                    path: &b.path,
                    markup: &b.markup,
                    link_bytes: b.link_bytes,
                    heading: b.heading,
                    list_item: b.list_item,
                })
                .collect();
            let labels = c.classify(&features);
            blocks.iter().map(|b| b.range()).zip(labels).collect()
        }
        None => c.classify_text(text),
    };
    labelled
        .into_iter()
        .filter_map(|(r, label)| {
            label.kind().map(|kind| Boilerplate {
                start: r.start,
                end: r.end,
                kind,
            })
        })
        .collect()
}

/// The sentences, tokens and words left when only the tokens marked in `keep` stay, with every index
/// renumbered (a sentence left with no token goes).
fn retain_tokens(
    sentences: Vec<SentenceSpan>,
    tokens: Vec<TokenSpan>,
    words: Vec<WordSpan>,
    keep: &[bool],
) -> (Vec<SentenceSpan>, Vec<TokenSpan>, Vec<WordSpan>) {
    let mut new_tokens = Vec::with_capacity(tokens.len());
    let mut new_words = Vec::with_capacity(words.len());
    let mut new_index = vec![usize::MAX; tokens.len()];
    for (i, t) in tokens.into_iter().enumerate() {
        if !keep.get(i).copied().unwrap_or(true) {
            continue;
        }
        new_index[i] = new_tokens.len();
        let first = new_words.len();
        for w in words.get(t.words.clone()).unwrap_or(&[]) {
            new_words.push(WordSpan {
                token: new_tokens.len(),
                ..w.clone()
            });
        }
        new_tokens.push(TokenSpan {
            words: first..new_words.len(),
            ..t
        });
    }
    let mut new_sentences = Vec::with_capacity(sentences.len());
    for s in sentences {
        let kept: Vec<usize> = s
            .tokens
            .clone()
            .filter_map(|i| new_index.get(i).copied().filter(|&k| k != usize::MAX))
            .collect();
        if let (Some(&a), Some(&b)) = (kept.first(), kept.last()) {
            new_sentences.push(SentenceSpan {
                start: new_tokens[a].start,
                end: new_tokens[b].end,
                tokens: a..b + 1,
            });
        }
    }
    (new_sentences, new_tokens, new_words)
}

/// The tokenizer's spans as the document's; each of the tokenizer's lists is freed once converted, so that
/// the two copies of a large document's tokens and words are never all in memory at once.
fn convert(t: Tokenized<'_>) -> (Vec<SentenceSpan>, Vec<TokenSpan>, Vec<WordSpan>) {
    let (sentences, tokens, words) = t.into_parts();
    let sentences = sentences
        .into_iter()
        .map(|s| SentenceSpan {
            start: s.start,
            end: s.end,
            tokens: s.tokens,
        })
        .collect();
    let tokens = tokens
        .into_iter()
        .map(|tok| TokenSpan {
            start: tok.start,
            end: tok.end,
            kind: tok.kind,
            words: tok.words,
        })
        .collect();
    let words = words
        .into_iter()
        .map(|w| WordSpan {
            start: w.start,
            end: w.end,
            token: w.token,
            stem: None,
            stop: None,
        })
        .collect();
    (sentences, tokens, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipeline_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Pipeline>();
    }

    #[test]
    fn batch_keeps_input_order_and_ids() {
        let p = Pipeline::new();
        let inputs: Vec<Input> = (0..50)
            .map(|i| Input::new(format!("d{i}"), format!("Kalimat nomor {i}.")))
            .collect();
        let docs = p.annotate_batch(inputs);
        for (i, d) in docs.iter().enumerate() {
            assert_eq!(d.id, format!("d{i}"));
            assert_eq!(d.token_text(2), i.to_string());
        }
    }

    #[test]
    fn runs_annotate_each_document_as_it_would_be_alone() {
        // Documents that take different paths: an anchored relative date, a dateline, boilerplate lines,
        // another language (no entities, no expressions), an empty text, and entities beside expressions.
        let mut anchored = Input::new(
            "anchored",
            "Menlu AS Antony Blinken tiba di Jenewa kemarin.",
        );
        anchored.doc_date = "2022-01-21".parse().ok();
        let inputs = vec![
            anchored,
            Input::new(
                "dateline",
                "Redaksi - 21 Januari 2022 19:36 WIB\nSergei Lavrov tiba kemarin dengan Rp5.000,00.",
            ),
            Input::new(
                "boilerplate",
                "Baca juga: Kremlin membantah\nNATO menolak tuntutan Rusia pada Jumat (21/1/2022).\nKomentar",
            ),
            Input::new(
                "english",
                "The foreign ministers met in Geneva on Friday to discuss the crisis in Europe.",
            ),
            Input::new("empty", ""),
            Input::new(
                "plain",
                "Harga beras naik 12,5 persen dalam dua pekan di Jakarta.",
            ),
        ];
        let p = Pipeline::new();
        let alone: Vec<Document> = inputs
            .iter()
            .cloned()
            .map(|i| p.annotate_input(i))
            .collect();
        assert!(alone.iter().any(|d| !d.entities.is_empty()));
        assert!(alone.iter().any(|d| !d.expressions.is_empty()));
        assert!(alone.iter().any(|d| !d.boilerplate.is_empty()));
        assert!(
            alone[3]
                .lang
                .as_ref()
                .is_some_and(|l| l.reliable && l.code == "eng")
        );
        let together = p.annotate_many_with(&mut p.worker(), inputs.clone());
        assert_eq!(together, alone);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let many: Vec<Input> = inputs.iter().cycle().take(60).cloned().collect();
        let batch = pool.install(|| p.annotate_batch(many));
        assert_eq!(batch.len(), 60);
        for (d, a) in batch.iter().zip(alone.iter().cycle()) {
            assert_eq!(d, a);
        }
    }

    #[test]
    fn runs_are_bounded_and_keep_every_item_in_order() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        // 4 MB in 4 KB items: runs of at most 256 KiB, many of them.
        let items: Vec<usize> = vec![4096; 1024];
        let cut = pool.install(|| runs(items.clone(), |&n| n));
        assert_eq!(cut.concat(), items);
        assert!(
            cut.iter()
                .all(|r| !r.is_empty() && r.iter().sum::<usize>() <= RUN_BYTES)
        );
        assert!(cut.len() >= 16, "{}", cut.len());
        // A small batch is still spread over the threads, and an item larger than a run is a run alone.
        let small = pool.install(|| runs(vec![100; 8], |&n| n));
        assert_eq!(small.len(), 8);
        let big = pool.install(|| runs(vec![10, 10 << 20, 10], |&n| n));
        assert_eq!(big, vec![vec![10], vec![10 << 20], vec![10]]);
        assert!(runs(Vec::<usize>::new(), |&n| n).is_empty());
    }

    #[test]
    fn expressions_resolve_against_the_anchor_or_the_dateline() {
        let p = Pipeline::new();
        let mut input = Input::new("a", "Mereka tiba kemarin.");
        input.doc_date = "2022-01-21".parse().ok();
        let d = p.annotate_input(input);
        assert_eq!(d.expressions[0].value, "2022-01-20");
        let d = p.annotate("b", "Mereka tiba kemarin.");
        assert_eq!(d.expressions[0].value, "-P1D");
        let d = p.annotate(
            "c",
            "Redaksi - 21 Januari 2022 19:36 WIB\nMereka tiba kemarin.",
        );
        assert_eq!(d.expressions[1].value, "2022-01-20");
        // A date in a long sentence is no dateline.
        let d = p.annotate(
            "d",
            "Surat tertanggal 3 Maret 2020 itu dibacakan di depan para hakim kemarin.",
        );
        assert_eq!(d.expressions[1].value, "-P1D");
        let config = PipelineConfig {
            expressions: false,
            ..Default::default()
        };
        assert!(
            Pipeline::with_config(config)
                .annotate("e", "kemarin")
                .expressions
                .is_empty()
        );
    }

    #[test]
    fn entities_inside_expressions_are_dropped() {
        let p = Pipeline::new();
        let d = p.annotate(
            "a",
            "Menlu Rusia Sergei Lavrov tiba di Jenewa pada Jumat, 21 Januari 2022.",
        );
        let date = d
            .expressions
            .iter()
            .find(|e| e.kind == urai_expressions::ExprType::Date)
            .unwrap();
        assert!(
            d.entities
                .iter()
                .all(|e| !(date.start <= e.start && e.end <= date.end))
        );
        assert!(
            d.entities
                .iter()
                .any(|e| d.slice(e.start, e.end) == "Sergei Lavrov")
        );
    }

    #[test]
    fn given_tokens_are_kept() {
        let p = Pipeline::new();
        let text = "Rp 100.000 dibantahnya\nBaris dua";
        let input = Input {
            tokens: Some(vec![vec![0..2, 3..10, 11..22], vec![23..28, 29..32]]),
            ..Input::new("x", text)
        };
        let d = p.annotate_input(input);
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.tokens.len(), 5);
        assert_eq!(d.token_words(&d.tokens[2]).len(), 2);
    }
}
