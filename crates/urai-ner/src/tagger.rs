//! The tagger engine and its per-thread worker.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};

use crate::Result;
use crate::corpus::Sentence;
use crate::eval::{Evaluator, Report, Scheme};
use crate::features::{Extractor, missing_unary};
use crate::hash::IdMap;
use crate::label::{EntityType, Label, NUM_LABELS, TokenTag};
use crate::model::{Compiled, Model, Row};

static EMBEDDED_BYTES: &[u8] = include_bytes!("../data/ner/model.bin");

static EMBEDDED: LazyLock<Tagger> = LazyLock::new(|| {
    // The embedded model is validated by the crate's tests (`embedded_model_loads`); failing here means the
    // build embeds a model trained with different features or gazetteers, a build error of the crate itself.
    let model = Model::from_bytes(EMBEDDED_BYTES, "data/ner/model.bin")
        .expect("embedded urai-ner model is valid");
    Tagger::in_domain(model, MEAN_DOMAIN)
});

/// The domain id meaning "shared features only": what every training corpus's conventions have in common.
pub const SHARED_DOMAIN: u8 = u8::MAX;

/// The domain id meaning "the mean of the model's domains": each feature's shared weights plus the mean of
/// its domain-specific ones, which tags as the average of the models of the domains (the embedded tagger's
/// default).
pub const MEAN_DOMAIN: u8 = u8::MAX - 1;

/// Options of document-level post-processing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DocumentOptions {
    /// A capitalised token left untagged that equals a part (e.g. the surname) of a multi-token person named
    /// elsewhere in the document becomes that person (`Lavrov` after `Sergei Lavrov`).
    pub propagate_person_parts: bool,
    /// A capitalised token sequence left untagged that is tagged as an entity elsewhere in the document, with
    /// exactly the same tokens, gets that entity's type (names recur in news: `Ukraina` tagged in one sentence
    /// and missed in another). Off by default: with the embedded model it moves idner-news-2k's test
    /// by +0.02 points F1 in the default mean domain and costs 0.36 in idner-news-2k's own domain, whose
    /// annotators often left a repeated country untagged.
    pub propagate_entities: bool,
    /// Identical entity strings get the type most often (by total score) given to them in the document.
    pub unify_types: bool,
    /// A seat of government (`Kremlin`, `Gedung Putih`, `Downing Street`, from the team's list) tagged as a name
    /// and not preceded by a locative preposition (`di`, `ke`, `dari` …) is the government: ORG. Applied after
    /// the other rules, so `Kremlin membantah` (ORG) and `di Kremlin` (LOC) stand in one document. Such a seat
    /// also ends a name: where the tagger reads `juru bicara Kremlin Dmitry Peskov` as one name (one that starts at
    /// the seat and runs on for two words or more, the first on no place list), the sentence is decoded again
    /// with the seat as a name of its own and a new name starting after it.
    pub seats_as_organisations: bool,
    /// An acronym in brackets after the words it abbreviates is what those words are: `Komisi Pemberantasan
    /// Korupsi ( KPK )` gets the entity type of the name before it, and `Ujian Nasional Berbasis Komputer
    /// ( UNBK )`, whose capitalised words are no entity, is no entity either. Applies only when the acronym's
    /// letters spell, in order, a word start and letters of the words before the bracket.
    pub acronyms_follow_expansion: bool,
    /// A country or place that opens a sentence as its subject is a place: where the first words of a
    /// sentence, left untagged, are a whole entry of the CLDR country list or of the team's place list and
    /// the next word is in lower case (`Jepang mengirim bantuan`, `Amerika Serikat menolak`), they become
    /// LOC, scored with the probability the model gave to a name there. The corpora disagree here:
    /// idner-news-2k's annotators left most such subjects untagged, which taught the tagger to skip them,
    /// while NER-UI and NERGrit tag them.
    pub places_open_sentences: bool,
}

impl Default for DocumentOptions {
    fn default() -> Self {
        DocumentOptions {
            propagate_person_parts: true,
            propagate_entities: false,
            unify_types: true,
            seats_as_organisations: true,
            acronyms_follow_expansion: true,
            places_open_sentences: true,
        }
    }
}

/// The named-entity tagger: an immutable, `Send + Sync` engine, cheap to clone (the model is shared).
///
/// It works on tokenized text: a document is a slice of sentences, each a slice of token strings; the result
/// is one [`TokenTag`] (IOB2 label and marginal probability) per token. Documents matter: names recur, and
/// the features and the post-processing use the whole document (see [`DocumentOptions`]).
#[derive(Clone)]
pub struct Tagger {
    model: Arc<Model>,
    /// The model's stages fused for `domain`.
    fused: Arc<Vec<Compiled>>,
    /// Identifies `fused` (a cache of its weights is valid for no other tables).
    fused_id: u64,
    options: DocumentOptions,
    domain: u8,
}

/// Source of [`Tagger::fused_id`]s.
static NEXT_FUSED_ID: AtomicU64 = AtomicU64::new(1);

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("model", &self.model)
            .field("options", &self.options)
            .field("domain", &self.domain)
            .finish()
    }
}

impl Default for Tagger {
    /// The embedded model (a cheap clone of [`Tagger::embedded`]).
    fn default() -> Self {
        Tagger::embedded().clone()
    }
}

impl Tagger {
    /// A tagger over `model` with default document options, tagging as the mean of the model's domains
    /// ([`MEAN_DOMAIN`]), as the embedded model does. For a model trained on one domain that is exactly the
    /// domain it was trained in, whatever its id; [`Tagger::with_domain`] picks one corpus's conventions.
    pub fn new(model: Model) -> Tagger {
        Tagger::in_domain(model, MEAN_DOMAIN)
    }

    fn in_domain(model: Model, domain: u8) -> Tagger {
        let fused = fuse(&model, domain);
        Tagger {
            model: Arc::new(model),
            fused,
            fused_id: NEXT_FUSED_ID.fetch_add(1, Ordering::Relaxed),
            options: DocumentOptions::default(),
            domain,
        }
    }

    /// The annotation domain this tagger applies (see [`Tagger::with_domain`]).
    pub fn domain(&self) -> u8 {
        self.domain
    }

    /// The model embedded in the crate (trained on idner-news-2k train+dev, NER-UI, NERGrit train+valid),
    /// parsed once on first use. It tags as the mean of the three corpora's conventions ([`MEAN_DOMAIN`]),
    /// chosen on the corpora's development sets: on average it beats the shared features alone
    /// ([`SHARED_DOMAIN`]), and it is never far behind a corpus's own domain on that corpus, while each domain
    /// falls far behind on the others (the main README has the table). `with_domain(0)` follows
    /// idner-news-2k's annotators, who often left `Ukraina` in `pejabat Ukraina` untagged.
    ///
    /// ```
    /// use urai_ner::{EntityType::*, Label, Tagger};
    ///
    /// let tags = Tagger::embedded().tag_sentence(&["Presiden", "Joko", "Widodo", "tiba", "di", "Bali", "."]);
    /// let labels: Vec<Label> = tags.iter().map(|t| t.label).collect();
    /// assert_eq!(labels[1..3], [Label::B(Per), Label::I(Per)]);
    /// assert_eq!(labels[5], Label::B(Loc));
    /// ```
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Loads a model file written by [`Model::save`] (e.g. by `urai train-ner`).
    pub fn from_path(path: impl AsRef<Path>) -> Result<Tagger> {
        Ok(Tagger::new(Model::from_path(path)?))
    }

    /// Parses a model from bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger> {
        Ok(Tagger::new(Model::from_bytes(bytes, "<bytes>")?))
    }

    /// The same tagger with other document options.
    pub fn with_options(mut self, options: DocumentOptions) -> Tagger {
        self.options = options;
        self
    }

    /// The same tagger using the features of annotation domain `domain` (see [`crate::train::Document`]);
    /// the embedded model's domains are 0 = news (idner-news-2k), 1 = NER-UI, 2 = NERGrit; [`MEAN_DOMAIN`]
    /// (its default) tags as the mean of a model's domains and [`SHARED_DOMAIN`] uses the shared features only.
    /// A model of one's own starts, like the embedded one, in [`MEAN_DOMAIN`].
    pub fn with_domain(mut self, domain: u8) -> Tagger {
        if domain != self.domain {
            self.fused = fuse(&self.model, domain);
            self.fused_id = NEXT_FUSED_ID.fetch_add(1, Ordering::Relaxed);
        }
        self.domain = domain;
        self
    }

    /// The model.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// A worker with reusable buffers; keep one per thread (e.g. with rayon's `map_init`).
    pub fn worker(&self) -> Worker<'_> {
        self.worker_with(WorkerCache::default())
    }

    /// A worker that starts from the buffers and word cache of an earlier worker ([`Worker::into_cache`]),
    /// so that a new batch does not start cold. A cache made by another tagger (another model or domain) is
    /// cleared first: tags never depend on where the cache came from.
    ///
    /// ```
    /// use urai_ner::Tagger;
    ///
    /// let tagger = Tagger::embedded();
    /// let mut worker = tagger.worker();
    /// let first = worker.tag_document(&[["Lavrov", "tiba", "di", "Jenewa", "."]]);
    /// let cache = worker.into_cache();
    /// let mut again = tagger.worker_with(cache);
    /// assert_eq!(again.tag_document(&[["Lavrov", "tiba", "di", "Jenewa", "."]]), first);
    /// ```
    pub fn worker_with(&self, cache: WorkerCache) -> Worker<'_> {
        let mut b = cache.buffers;
        if cache.fused_id != self.fused_id {
            b.cache.clear();
            b.edges.clear();
        }
        Worker { tagger: self, b }
    }
    /// Tags a document (sentences of tokens). Convenience for `self.worker().tag_document(doc)`.
    ///
    /// Each sentence gets one [`TokenTag`] per token: an IOB2 label and its marginal probability.
    /// [`spans`](crate::spans) turns a sentence's tags into entities.
    ///
    /// ```
    /// use urai_ner::{EntityType, Tagger, spans};
    ///
    /// let doc = [
    ///     vec!["Menlu", "AS", "Antony", "Blinken", "bertemu", "Sergei", "Lavrov", "di", "Jenewa", "."],
    ///     vec!["Blinken", "mengatakan", "NATO", "tidak", "akan", "mundur", "."],
    /// ];
    /// let tags = Tagger::embedded().tag_document(&doc);
    /// let found: Vec<(EntityType, String)> = tags
    ///     .iter()
    ///     .zip(&doc)
    ///     .flat_map(|(t, s)| spans(t).into_iter().map(move |e| (e.kind, s[e.start..e.end].join(" "))))
    ///     .collect();
    /// assert!(found.contains(&(EntityType::Per, "Antony Blinken".into())));
    /// assert!(found.contains(&(EntityType::Per, "Sergei Lavrov".into())));
    /// assert!(found.contains(&(EntityType::Loc, "Jenewa".into())));
    /// // the surname alone, in the next sentence, is the same person
    /// assert!(found.contains(&(EntityType::Per, "Blinken".into())));
    /// ```
    pub fn tag_document<S: AsRef<[T]>, T: AsRef<str>>(&self, doc: &[S]) -> Vec<Vec<TokenTag>> {
        self.worker().tag_document(doc)
    }

    /// Tags a single sentence as a one-sentence document.
    pub fn tag_sentence<T: AsRef<str>>(&self, tokens: &[T]) -> Vec<TokenTag> {
        self.worker()
            .tag_document(&[tokens])
            .pop()
            .unwrap_or_default()
    }

    /// Tags gold sentences, grouped into documents of `doc_size` consecutive sentences (corpora without
    /// document boundaries), and scores the output against their labels.
    pub fn evaluate(&self, sentences: &[Sentence], doc_size: usize) -> Report {
        let mut ev = Evaluator::new(Scheme::Conlleval);
        let mut w = self.worker();
        for doc in sentences.chunks(doc_size.max(1)) {
            let toks: Vec<&[String]> = doc.iter().map(|s| s.tokens.as_slice()).collect();
            let tags = w.tag_document(&toks);
            for (s, t) in doc.iter().zip(&tags) {
                let gold: Vec<String> = s.labels.iter().map(Label::to_string).collect();
                let pred: Vec<String> = t.iter().map(|t| t.label.to_string()).collect();
                ev.add(&gold, &pred);
            }
        }
        ev.report()
    }
}

/// A per-thread tagging worker holding reusable buffers (feature extraction allocates nothing per token once
/// the buffers have grown).
pub struct Worker<'t> {
    tagger: &'t Tagger,
    b: Buffers,
}

/// A worker's buffers and word cache detached from its tagger ([`Worker::into_cache`]), for a later worker
/// ([`Tagger::worker_with`]).
#[derive(Default)]
pub struct WorkerCache {
    /// The [`Tagger::fused_id`] the word cache was computed with (0: none).
    fused_id: u64,
    buffers: Buffers,
}

impl std::fmt::Debug for WorkerCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerCache")
            .field(
                "words",
                &self.buffers.cache.iter().map(IdMap::len).sum::<usize>(),
            )
            .finish()
    }
}

#[derive(Default)]
struct Buffers {
    ext: Extractor,
    em: Vec<Row>,
    back: Vec<[u8; NUM_LABELS]>,
    path: Vec<usize>,
    alpha: Vec<[f64; NUM_LABELS]>,
    probs: Vec<f32>,
    s1: Vec<u8>,
    /// Seat-of-government spans of the current sentence.
    seats: Vec<(usize, usize)>,
    /// Per stage: a word's unary feature weights at offsets -2..=2 (exact: integer sums).
    cache: Vec<IdMap<[[i32; 8]; 5]>>,
    /// The current sentence's tokens' entries of `cache`.
    parts: Vec<[[i32; 8]; 5]>,
    /// Per stage: the unary weights of the missing positions at offsets -2, -1, 1, 2 (index `offset + 2`).
    edges: Vec<[[i32; 8]; 5]>,
    /// The contextual feature keys of one token.
    keys: Vec<u64>,
}

/// Emission score that rules a label out at a position (finite, so the forward-backward stays exact).
const FORBIDDEN: f32 = -1.0e6;

/// Words cached per stage before the cache is cleared.
const CACHE_LIMIT: usize = 200_000;

impl Worker<'_> {
    /// Detaches the worker's buffers and word cache from its tagger, to start a later worker warm
    /// ([`Tagger::worker_with`]).
    pub fn into_cache(self) -> WorkerCache {
        WorkerCache {
            fused_id: self.tagger.fused_id,
            buffers: self.b,
        }
    }

    /// Tags a document: one `Vec<TokenTag>` per sentence, one tag per token. A worker holds the buffers and
    /// caches of one thread; make one per thread and reuse it across documents.
    ///
    /// ```
    /// use urai_ner::Tagger;
    ///
    /// let mut worker = Tagger::embedded().worker();
    /// for doc in [[vec!["Kremlin", "membantah", "."]], [vec!["Lavrov", "tiba", "."]]] {
    ///     let tags = worker.tag_document(&doc);
    ///     assert_eq!(tags[0].len(), doc[0].len());
    /// }
    /// ```
    pub fn tag_document<S: AsRef<[T]>, T: AsRef<str>>(&mut self, doc: &[S]) -> Vec<Vec<TokenTag>> {
        let mut out = Vec::with_capacity(doc.len());
        self.tag_document_into(doc, &mut out);
        out
    }

    /// Like [`Worker::tag_document`], reusing `out`'s allocations.
    pub fn tag_document_into<S: AsRef<[T]>, T: AsRef<str>>(
        &mut self,
        doc: &[S],
        out: &mut Vec<Vec<TokenTag>>,
    ) {
        out.resize_with(doc.len(), Vec::new);
        self.b.ext.load(doc, self.tagger.model.clusters.as_ref());
        let stages = &*self.tagger.fused;
        let nst = stages.len();
        for (si, stage) in stages.iter().enumerate() {
            let last = si + 1 == nst;
            if !last {
                self.b.s1.clear();
            }
            for (s, tags) in out.iter_mut().enumerate() {
                let (a, b) = self.b.ext.sentence_range(s);
                let n = b - a;
                self.b.em.clear();
                self.b.em.resize(n, [0.0; 8]);
                if self.b.cache.len() <= si {
                    self.b.cache.resize_with(si + 1, IdMap::default);
                }
                if self.b.edges.len() <= si {
                    // The weights of the unary features of the positions before and after the sentence.
                    let mut e = [[0i32; 8]; 5];
                    for (o, p) in e.iter_mut().enumerate() {
                        if o != 2 {
                            missing_unary(o as isize - 2, &mut |key| stage.add(key, p));
                        }
                    }
                    self.b.edges.push(e);
                }
                let cache = &mut self.b.cache[si];
                if cache.len() > CACHE_LIMIT {
                    cache.clear();
                }
                let ext = &self.b.ext;
                // Each token's unary weights, seen from every offset, looked up once per sentence.
                let parts = &mut self.b.parts;
                parts.clear();
                for j in a..b {
                    let p = cache.entry(ext.token_key(j)).or_insert_with(|| {
                        let mut parts = [[0i32; 8]; 5];
                        for (o, p) in parts.iter_mut().enumerate() {
                            ext.unary(j, o as isize - 2, &mut |key| stage.add(key, p));
                        }
                        parts
                    });
                    parts.push(*p);
                }
                let edges = &self.b.edges[si];
                let keys = &mut self.b.keys;
                for i in 0..n {
                    let mut acc = [0i32; 8];
                    for k in -2..=2isize {
                        let j = i as isize + k;
                        let p = if j < 0 || j >= n as isize {
                            &edges[(k + 2) as usize]
                        } else {
                            &parts[j as usize][(k + 2) as usize]
                        };
                        for l in 0..8 {
                            acc[l] += p[l];
                        }
                    }
                    keys.clear();
                    ext.contextual(s, i, &mut |key| keys.push(key));
                    stage.add_all(keys, &mut acc);
                    self.b.em[i] = stage.row(&acc);
                }
                let stage = stage.decoder();
                stage.viterbi(&self.b.em, &mut self.b.back, &mut self.b.path);
                if self.tagger.options.seats_as_organisations {
                    ext.seat_spans(s, &mut self.b.seats);
                    if end_names_at_seats(ext, s, &self.b.seats, &self.b.path, &mut self.b.em) {
                        stage.viterbi(&self.b.em, &mut self.b.back, &mut self.b.path);
                    }
                }
                if last {
                    stage.marginals(
                        &self.b.em,
                        &self.b.path,
                        &mut self.b.alpha,
                        &mut self.b.probs,
                    );
                    tags.clear();
                    tags.extend(
                        self.b
                            .path
                            .iter()
                            .zip(&self.b.probs)
                            .map(|(&l, &p)| TokenTag {
                                label: Label::from_index(l),
                                score: p,
                            }),
                    );
                } else {
                    self.b.s1.extend(self.b.path.iter().map(|&l| l as u8));
                }
            }
            if !last {
                debug_assert_eq!(self.b.s1.len(), self.b.ext.num_tokens());
                self.b.ext.set_stage1(&self.b.s1);
            }
        }
        postprocess(doc, out, self.tagger.options);
        // After the document rules: a seat's type depends on how each mention is used (`Kremlin membantah`,
        // `di Kremlin`), so unifying the types of identical strings must not undo it.
        if self.tagger.options.seats_as_organisations {
            for (s, tags) in out.iter_mut().enumerate() {
                self.b.ext.seat_spans(s, &mut self.b.seats);
                for &(a, b) in &self.b.seats {
                    if b > tags.len() || a >= b {
                        continue;
                    }
                    // Only when the tagger saw a name there (not inside a longer entity).
                    let inside_longer = tags.get(b).is_some_and(|t| matches!(t.label, Label::I(_)))
                        || matches!(tags[a].label, Label::I(_));
                    if inside_longer || tags[a..b].iter().all(|t| t.label == Label::O) {
                        continue;
                    }
                    relabel(&mut tags[a..b], EntityType::Org);
                }
            }
        }
        if self.tagger.options.places_open_sentences {
            for (s, tags) in out.iter_mut().enumerate() {
                let Some(k) = self.b.ext.place_opening(s) else {
                    continue;
                };
                let untagged = tags
                    .get(..k)
                    .is_some_and(|t| t.iter().all(|x| x.label == Label::O));
                if untagged {
                    for t in &mut tags[..k] {
                        t.score = 1.0 - t.score;
                    }
                    relabel(&mut tags[..k], EntityType::Loc);
                }
            }
        }
    }
}

/// A name does not run on past a seat of government used for the government: in `juru bicara Kremlin Dmitry
/// Peskov` the seat is the organisation and a new name starts after it. For each seat of sentence `s` where the
/// best `path` starts a name and runs on for two words or more, the first beginning no place (`Kompleks Istana
/// Kepresidenan Jakarta` and `Istana Kepresidenan RI` stay places), rules out in `em` every label but a name of
/// its own at the seat and a new name's start after it. Returns whether the sentence must be decoded again (its
/// scores are then marginals under that constraint; the seats rule makes the seat ORG afterwards).
fn end_names_at_seats(
    ext: &Extractor,
    s: usize,
    seats: &[(usize, usize)],
    path: &[usize],
    em: &mut [Row],
) -> bool {
    let label = |i: usize| path.get(i).map(|&l| Label::from_index(l));
    let inside = |i: usize| matches!(label(i), Some(Label::I(_)));
    let mut again = false;
    for &(a, b) in seats {
        let runs_on = matches!(label(a), Some(Label::B(_))) && inside(b) && inside(b + 1);
        if a >= b || !runs_on || ext.begins_place(s, b) {
            continue;
        }
        for (i, row) in em[a..=b].iter_mut().enumerate() {
            let continues = i > 0 && a + i < b;
            for l in Label::ALL {
                let allowed = match l {
                    Label::O => false,
                    Label::B(_) => !continues,
                    Label::I(_) => continues,
                };
                if !allowed {
                    row[l.index()] = FORBIDDEN;
                }
            }
        }
        again = true;
    }
    again
}

/// The model's stages compiled for tagging in `domain`.
fn fuse(model: &Model, domain: u8) -> Arc<Vec<Compiled>> {
    Arc::new(
        model
            .stages
            .iter()
            .map(|s| Compiled::new(s, domain))
            .collect(),
    )
}

/// A capitalised word of three letters or more (a name part worth propagating; `Dr`, `AS` are too short).
fn is_cap(t: &str) -> bool {
    starts_upper(t) && t.chars().count() >= 3
}

/// Document-level consistency (see [`DocumentOptions`]).
fn postprocess<S: AsRef<[T]>, T: AsRef<str>>(
    doc: &[S],
    tags: &mut [Vec<TokenTag>],
    opt: DocumentOptions,
) {
    use std::collections::HashMap;
    if opt.acronyms_follow_expansion {
        for (s, t) in doc.iter().zip(tags.iter_mut()) {
            acronyms(s.as_ref(), t);
        }
    }
    if opt.unify_types {
        let votes = entity_votes(doc, tags);
        for (s, t) in doc.iter().zip(tags.iter_mut()) {
            let toks = s.as_ref();
            for sp in crate::label::spans(t) {
                let key: Vec<&str> = toks[sp.start..sp.end].iter().map(AsRef::as_ref).collect();
                let Some(v) = votes.get(&key) else { continue };
                let kind = v.best();
                if kind != sp.kind && v.score[kind as usize] > v.score[sp.kind as usize] {
                    relabel(&mut t[sp.start..sp.end], kind);
                }
            }
        }
    }
    if opt.propagate_entities {
        propagate_entities(doc, tags);
    }
    if opt.propagate_person_parts {
        let mut parts: HashMap<&str, f32> = HashMap::new();
        for (s, t) in doc.iter().zip(tags.iter()) {
            for sp in crate::label::spans(t) {
                if sp.kind == EntityType::Per && sp.end - sp.start >= 2 {
                    for tok in &s.as_ref()[sp.start..sp.end] {
                        if is_cap(tok.as_ref()) {
                            parts.insert(tok.as_ref(), sp.score);
                        }
                    }
                }
            }
        }
        if parts.is_empty() {
            return;
        }
        for (s, t) in doc.iter().zip(tags.iter_mut()) {
            let toks = s.as_ref();
            let mut i = 0;
            while i < t.len() {
                // An untagged token, or a one-token entity of another type, that is a part of a person's name.
                let single_other = |j: usize| {
                    matches!(t[j].label, Label::B(e) if e != EntityType::Per)
                        && !t.get(j + 1).is_some_and(|x| matches!(x.label, Label::I(_)))
                };
                let matches = |j: usize| {
                    (t[j].label == Label::O || single_other(j))
                        && toks.get(j).is_some_and(|x| parts.contains_key(x.as_ref()))
                };
                if !matches(i) {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < t.len() && matches(j) {
                    j += 1;
                }
                // Only when the run is not glued to another entity (`Lavrov` inside `Lavrov Institute` stays).
                let next_entity = t.get(j).is_some_and(|x| matches!(x.label, Label::I(_)));
                if !next_entity {
                    relabel(&mut t[i..j], EntityType::Per);
                    for (tag, tok) in t[i..j].iter_mut().zip(&toks[i..j]) {
                        tag.score = parts.get(tok.as_ref()).copied().unwrap_or(0.5);
                    }
                }
                i = j;
            }
        }
    }
}

/// Words that may join the capitalised words of a name an acronym abbreviates (`Badan Meteorologi ,
/// Klimatologi , dan Geofisika`).
const ACRONYM_JOINERS: &[&str] = &[
    ",", "-", "&", "dan", "serta", "untuk", "bagi", "and", "of", "for", "the",
];

/// Longest name (in tokens) an acronym is checked against.
const MAX_EXPANSION: usize = 12;

/// See [`DocumentOptions::acronyms_follow_expansion`]; one sentence.
fn acronyms<T: AsRef<str>>(toks: &[T], tags: &mut [TokenTag]) {
    let n = toks.len().min(tags.len());
    for i in 2..n.saturating_sub(1) {
        if toks[i - 1].as_ref() != "(" || toks[i + 1].as_ref() != ")" {
            continue;
        }
        let Some((letters, caps)) = acronym_letters(toks[i].as_ref()) else {
            continue;
        };
        let end = i - 1; // the words abbreviated end before the bracket
        // The acronym alone is an entity (`( KPK )` in one tag), or nothing.
        let single =
            !matches!(tags[i].label, Label::I(_)) && !matches!(tags[i + 1].label, Label::I(_));
        if !single {
            continue;
        }
        if tags[end - 1].label != Label::O {
            // The entity that ends before the bracket (conlleval's spans, as everywhere else).
            let Some(sp) = crate::label::spans(&tags[..end]).pop() else {
                continue;
            };
            if sp.end != end || !spells(&letters, &toks[sp.start..end]) {
                continue;
            }
            if tags[i].label != Label::B(sp.kind) {
                tags[i] = TokenTag {
                    label: Label::B(sp.kind),
                    score: sp.score,
                };
            }
        } else if tags[i].label != Label::O && caps >= 2 {
            // Capitalised words, no entity: the run of them before the bracket.
            let mut start = end;
            while start > 0 && end - start < MAX_EXPANSION {
                let w = toks[start - 1].as_ref();
                if tags[start - 1].label != Label::O
                    || !(starts_upper(w) || ACRONYM_JOINERS.contains(&w))
                {
                    break;
                }
                start -= 1;
            }
            while start < end && !starts_upper(toks[start].as_ref()) {
                start += 1;
            }
            if start < end
                && starts_upper(toks[end - 1].as_ref())
                && spells(&letters, &toks[start..end])
            {
                let score = tags[i].score;
                tags[i] = TokenTag {
                    label: Label::O,
                    score: 1.0 - score,
                };
            }
        }
    }
}

/// The lower-cased letters and the number of capitals of an acronym (`KPK`, `Kemenhub`, `Lapan`): a word of
/// letters only starting with a capital; `None` for anything else.
fn acronym_letters(w: &str) -> Option<(Vec<char>, usize)> {
    let mut caps = 0;
    let mut out = Vec::new();
    for (k, c) in w.chars().enumerate() {
        if !c.is_alphabetic() || (k == 0 && !c.is_uppercase()) {
            return None;
        }
        caps += c.is_uppercase() as usize;
        out.extend(c.to_lowercase());
    }
    (out.len() >= 2 && out.len() <= 12).then_some((out, caps))
}

/// Whether `letters` start one of `words` and the rest follow in order in that word and the words after it.
fn spells<T: AsRef<str>>(letters: &[char], words: &[T]) -> bool {
    let Some(&first) = letters.first() else {
        return false;
    };
    (0..words.len()).any(|k| {
        let w = words[k].as_ref();
        if w.chars().next().and_then(|c| c.to_lowercase().next()) != Some(first) {
            return false;
        }
        let mut rest = letters[1..].iter().peekable();
        let after = words[k + 1..].iter().flat_map(|w| w.as_ref().chars());
        for c in w.chars().skip(1).chain(after).flat_map(char::to_lowercase) {
            if rest.peek() == Some(&&c) {
                rest.next();
            }
        }
        rest.peek().is_none()
    })
}

/// Longest entity (in tokens) that [`propagate_entities`] copies.
const MAX_PROPAGATED: usize = 6;

/// How often, and with what summed score per type, each entity token sequence is tagged in a document.
#[derive(Default)]
struct Votes {
    score: [f32; 3],
    count: u32,
}

impl Votes {
    /// The type with the highest summed score.
    fn best(&self) -> EntityType {
        let best = (0..3)
            .max_by(|&a, &b| self.score[a].total_cmp(&self.score[b]))
            .unwrap_or(0);
        EntityType::ALL[best]
    }
}

/// The document's entities, keyed by their tokens.
fn entity_votes<'d, S: AsRef<[T]>, T: AsRef<str> + 'd>(
    doc: &'d [S],
    tags: &[Vec<TokenTag>],
) -> std::collections::HashMap<Vec<&'d str>, Votes> {
    let mut votes: std::collections::HashMap<Vec<&str>, Votes> = Default::default();
    for (s, t) in doc.iter().zip(tags) {
        let toks = s.as_ref();
        for sp in crate::label::spans(t) {
            let key = toks[sp.start..sp.end].iter().map(AsRef::as_ref).collect();
            let v = votes.entry(key).or_default();
            v.score[sp.kind as usize] += sp.score;
            v.count += 1;
        }
    }
    votes
}

/// Labels `tags` as one entity of type `kind` (IOB2).
fn relabel(tags: &mut [TokenTag], kind: EntityType) {
    for (k, tag) in tags.iter_mut().enumerate() {
        tag.label = if k == 0 {
            Label::B(kind)
        } else {
            Label::I(kind)
        };
    }
}

/// See [`DocumentOptions::propagate_entities`].
fn propagate_entities<S: AsRef<[T]>, T: AsRef<str>>(doc: &[S], tags: &mut [Vec<TokenTag>]) {
    let seen = entity_votes(doc, tags);
    if seen.is_empty() {
        return;
    }
    let mut key: Vec<&str> = Vec::with_capacity(MAX_PROPAGATED);
    for (s, t) in doc.iter().zip(tags.iter_mut()) {
        let toks = s.as_ref();
        let n = toks.len().min(t.len());
        let mut i = 0;
        while i < n {
            if t[i].label != Label::O || !starts_upper(toks[i].as_ref()) {
                i += 1;
                continue;
            }
            // The longest untagged run from i that was tagged elsewhere, not glued to an entity after it.
            let mut found = None;
            for len in (1..=MAX_PROPAGATED.min(n - i)).rev() {
                let end = i + len;
                if t[i..end].iter().any(|x| x.label != Label::O)
                    || t.get(end).is_some_and(|x| matches!(x.label, Label::I(_)))
                {
                    continue;
                }
                key.clear();
                key.extend(toks[i..end].iter().map(AsRef::as_ref));
                if let Some(v) = seen.get(&key) {
                    found = Some((end, v.best(), v));
                    break;
                }
            }
            let Some((end, kind, v)) = found else {
                i += 1;
                continue;
            };
            relabel(&mut t[i..end], kind);
            // The mean score of the tagged occurrences, counting those of other types as 0.
            let score = v.score[kind as usize] / v.count.max(1) as f32;
            t[i..end].iter_mut().for_each(|x| x.score = score);
            i = end;
        }
    }
}

fn starts_upper(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A worker cache handed to another tagger (another domain's weights) is not trusted: the tags are those
    /// of a fresh worker; handed back to its own tagger, it gives the same tags as before.
    #[test]
    fn worker_caches_follow_their_tagger() {
        let doc = [
            vec![
                "Menlu", "Ukraina", "Dmytro", "Kuleba", "tiba", "di", "Brussel", ".",
            ],
            vec!["Kuleba", "bertemu", "pejabat", "NATO", "."],
        ];
        let mean = Tagger::embedded();
        let news = mean.clone().with_domain(0);
        let fresh_news = news.worker().tag_document(&doc);
        let fresh_mean = mean.worker().tag_document(&doc);
        assert_ne!(
            fresh_news, fresh_mean,
            "the domains should score differently"
        );
        let mut w = mean.worker();
        assert_eq!(w.tag_document(&doc), fresh_mean);
        let mut w = news.worker_with(w.into_cache());
        assert_eq!(w.tag_document(&doc), fresh_news);
        let mut w = mean.worker_with(w.into_cache());
        assert_eq!(w.tag_document(&doc), fresh_mean);
    }

    fn tags(labels: &[Label]) -> Vec<TokenTag> {
        labels
            .iter()
            .map(|&label| TokenTag { label, score: 0.9 })
            .collect()
    }

    fn labels_after_acronyms(toks: &[&str], labels: &[Label]) -> Vec<Label> {
        let mut t = tags(labels);
        acronyms(toks, &mut t);
        t.iter().map(|x| x.label).collect()
    }

    #[test]
    fn acronyms_in_brackets_take_the_type_of_the_words_they_abbreviate() {
        use EntityType::{Org, Per};
        use Label::{B, I, O};
        // The tagger saw the name but not its acronym, or gave the acronym another type.
        let toks = [
            "Komisi",
            "Pemberantasan",
            "Korupsi",
            "(",
            "KPK",
            ")",
            "menahan",
        ];
        let got = labels_after_acronyms(&toks, &[B(Org), I(Org), I(Org), O, O, O, O]);
        assert_eq!(got, [B(Org), I(Org), I(Org), O, B(Org), O, O]);
        let toks = ["Wakil", "Presiden", "Jusuf", "Kalla", "(", "JK", ")"];
        let got = labels_after_acronyms(&toks, &[O, O, B(Per), I(Per), O, B(Org), O]);
        assert_eq!(got[5], B(Per));
        // A short form with one capital still abbreviates the name before it.
        let toks = [
            "Lembaga",
            "Penerbangan",
            "dan",
            "Antariksa",
            "Nasional",
            "(",
            "Lapan",
            ")",
        ];
        let got = labels_after_acronyms(&toks, &[B(Org), I(Org), I(Org), I(Org), I(Org), O, O, O]);
        assert_eq!(got[6], B(Org));
        // Capitalised words that are no entity: their acronym is none either.
        let toks = [
            "ikut", "Ujian", "Nasional", "Berbasis", "Komputer", "(", "UNBK", ")",
        ];
        let got = labels_after_acronyms(&toks, &[O, O, O, O, O, O, B(Org), O]);
        assert_eq!(got[6], O);
        // Letters that do not spell the words before the bracket: nothing changes.
        let toks = ["saham", "Matahari", "(", "LPPF", ")"];
        let got = labels_after_acronyms(&toks, &[O, B(Per), O, B(Org), O]);
        assert_eq!(got[3], B(Org));
        let toks = ["Badan", "Pusat", "Statistik", "(", "KPK", ")"];
        let got = labels_after_acronyms(&toks, &[B(Org), I(Org), I(Org), O, O, O]);
        assert_eq!(got[4], O);
        // Not an acronym (digits, lower case), or more than one token in the brackets.
        for (toks, labels) in [
            (
                ["PT", "Pos", "(", "persero", ")"],
                [B(Org), I(Org), O, O, O],
            ),
            (
                ["Samsung", "Galaxy", "(", "B7300", ")"],
                [B(Org), I(Org), O, O, O],
            ),
        ] {
            assert_eq!(labels_after_acronyms(&toks, &labels), labels);
        }
        let toks = ["Bank", "Dunia", "(", "World", "Bank", ")"];
        let labels = [B(Org), I(Org), O, B(Org), I(Org), O];
        assert_eq!(labels_after_acronyms(&toks, &labels), labels);
        // Any input, however short or odd, is safe.
        for toks in [
            &[][..],
            &["("][..],
            &["(", "KPK", ")"][..],
            &["X", "(", "AB", ")"][..],
        ] {
            let mut t = tags(&vec![O; toks.len()]);
            acronyms(toks, &mut t);
            acronyms(toks, &mut t[..toks.len().saturating_sub(1)]);
        }
    }

    #[test]
    fn entities_tagged_once_are_tagged_where_missed() {
        use EntityType::*;
        use Label::{B, I, O};
        let doc = [
            vec!["Pejabat", "Korea", "Selatan", "tiba", "di", "Ukraina"],
            vec!["Ukraina", "dan", "Korea", "Selatan", "sepakat", "."],
            // Glued to a following entity, or lower case: left alone.
            vec!["Ukraina", "Airlines", "terbang", "ke", "ukraina"],
        ];
        let mut t = vec![
            tags(&[O, B(Loc), I(Loc), O, O, B(Loc)]),
            tags(&[O, O, O, O, O, O]),
            tags(&[O, I(Org), O, O, O]),
        ];
        let options = DocumentOptions {
            propagate_person_parts: false,
            propagate_entities: true,
            unify_types: false,
            seats_as_organisations: false,
            acronyms_follow_expansion: false,
            places_open_sentences: false,
        };
        postprocess(&doc, &mut t, options);
        let labels: Vec<Vec<Label>> = t
            .iter()
            .map(|s| s.iter().map(|x| x.label).collect())
            .collect();
        assert_eq!(labels[1], [B(Loc), O, B(Loc), I(Loc), O, O]);
        assert_eq!(labels[2], [O, I(Org), O, O, O]);
        // The copied label carries the mean score of the occurrences it was copied from.
        assert!((t[1][0].score - 0.9).abs() < 1e-6);
        // Off: nothing changes.
        let mut t2 = vec![tags(&[B(Loc)]), tags(&[O])];
        let off = DocumentOptions {
            propagate_entities: false,
            ..options
        };
        postprocess(&[vec!["Ukraina"], vec!["Ukraina"]], &mut t2, off);
        assert_eq!(t2[1][0].label, O);
    }
}
