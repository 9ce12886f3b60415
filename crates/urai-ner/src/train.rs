//! Training: an averaged structured perceptron over the hashed features, with constrained (IOB2) Viterbi
//! decoding. Deterministic for a given configuration and input order (seeded shuffling, single thread).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::clusters::Clusters;
use crate::corpus::Sentence;
use crate::features::{Extractor, HEADLINE_LOWER};
use crate::label::NUM_LABELS;
use crate::model::{Model, Row, Stage};
use crate::{DocumentOptions, MEAN_DOMAIN, Tagger, judged_spans};
use crate::{Error, Result};

const L: usize = NUM_LABELS;

/// Training configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: u32,
    /// Seed of the sentence shuffling.
    pub seed: u64,
    /// Features seen fewer times in the training data are dropped (default 1: all are learnt; a model is made
    /// small by pruning its weights afterwards, `prune_threshold`).
    pub min_feature_count: u32,
    /// Features whose largest absolute averaged weight is below this are pruned from the saved model.
    pub prune_threshold: f32,
    /// Train a second stage that reads the first stage's labels over the whole document (stacking). The first
    /// stage's labels on the training data come from `folds`-fold jackknifing over documents.
    pub stacked: bool,
    /// Number of jackknife folds for `stacked` (at least 2).
    pub folds: u32,
    /// Train this many perceptrons with different shuffling seeds and average their weights into one model
    /// (less variance, same size and speed).
    pub ensemble: u32,
    /// The learning algorithm.
    pub algorithm: Algorithm,
    /// L2 regularisation of the CRF (per sentence: `l2 / number of sentences`).
    pub l2: f32,
    /// Initial learning rate of the CRF's SGD (decays as `lr / (1 + epoch / 2)`).
    pub learning_rate: f32,
    /// Fraction of the training sentences learnt a second time in headline casing (`Putin Siap Bertemu Biden
    /// di Jenewa`), chosen by the seed, so that the tagger does not take every capitalised word of a title for a
    /// name. `0.0` turns this off.
    #[serde(default)]
    pub headlines: f32,
    /// Calibrate the entity scores: a model trained on four fifths of the documents tags the fifth left out,
    /// and the temperature that makes its entity scores best predict whether an entity is right (log loss) is
    /// applied to the model trained on everything. Labels are unchanged; scores become usable probabilities.
    /// The held-out documents are tagged in their domain when they all have one, else as the mean of the
    /// domains ([`crate::MEAN_DOMAIN`], the embedded tagger's default), for which the scores are then calibrated. Needs at least 10
    /// documents; costs one more training run.
    #[serde(default)]
    pub calibrate: bool,
}

/// How the weights are learnt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Algorithm {
    /// Averaged structured perceptron (Collins 2002).
    Perceptron,
    /// Linear-chain CRF trained by stochastic gradient descent with L2 regularisation.
    Crf,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 12,
            seed: 42,
            min_feature_count: 1,
            prune_threshold: 1e-3,
            stacked: false,
            folds: 5,
            ensemble: 8,
            algorithm: Algorithm::Perceptron,
            l2: 1.0,
            learning_rate: 0.1,
            headlines: 0.15,
            calibrate: true,
        }
    }
}

/// A training document: consecutive sentences and the annotation domain they come from.
///
/// Features are learnt twice, once shared by all domains and once specific to the document's domain
/// ("frustratingly easy" domain adaptation): corpora with different annotation habits then help each other
/// without blurring the conventions of the domain the tagger is used for ([`crate::Tagger::with_domain`];
/// domain 0, news, by default).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// The sentences, in text order.
    pub sentences: Vec<Sentence>,
    /// Annotation domain (corpus) id, below [`MAX_DOMAINS`] (tagging also knows [`crate::MEAN_DOMAIN`] and
    /// [`crate::SHARED_DOMAIN`]).
    pub domain: u8,
}

/// Groups consecutive sentences into pseudo-documents of `doc_size` sentences of `domain`, for corpora without
/// document boundaries (the document features then see neighbouring sentences, as in running news text).
pub fn into_documents(sentences: Vec<Sentence>, doc_size: usize, domain: u8) -> Vec<Document> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for s in sentences {
        cur.push(s);
        if cur.len() >= doc_size.max(1) {
            out.push(Document {
                sentences: std::mem::take(&mut cur),
                domain,
            });
        }
    }
    if !cur.is_empty() {
        out.push(Document {
            sentences: cur,
            domain,
        });
    }
    out
}

struct Data {
    /// Feature ids, flattened over all tokens.
    feats: Vec<u32>,
    /// Per token: end offset into `feats`.
    tok_end: Vec<u32>,
    /// Per sentence: token range and gold labels (flattened in `gold`).
    sents: Vec<(u32, u32)>,
    gold: Vec<u8>,
    keys: Vec<u64>,
}

fn extract(
    docs: &[Document],
    clusters: Option<&Clusters>,
    stacked: Option<&[Vec<u8>]>,
    min_count: u32,
) -> Data {
    let mut ext = Extractor::default();
    let mut ids: HashMap<u64, u32> = HashMap::new();
    let mut keys = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let mut feats = Vec::new();
    let mut tok_end = Vec::new();
    let mut sents = Vec::new();
    let mut gold = Vec::new();
    for (di, doc) in docs.iter().enumerate() {
        let toks: Vec<&[String]> = doc.sentences.iter().map(|s| s.tokens.as_slice()).collect();
        ext.load(&toks, clusters);
        if let Some(st) = stacked {
            ext.set_stage1(st.get(di).map_or(&[][..], Vec::as_slice));
        }
        for (s, sent) in doc.sentences.iter().enumerate() {
            let start = tok_end.len() as u32;
            for i in 0..sent.tokens.len() {
                ext.features_in_domain(s, i, doc.domain, &mut |k| {
                    let id = *ids.entry(k).or_insert_with(|| {
                        keys.push(k);
                        counts.push(0);
                        (keys.len() - 1) as u32
                    });
                    counts[id as usize] += 1;
                    feats.push(id);
                });
                tok_end.push(feats.len() as u32);
                gold.push(sent.labels.get(i).map_or(0, |l| l.index()) as u8);
            }
            sents.push((start, tok_end.len() as u32));
        }
    }
    if min_count > 1 {
        // Drop rare features by remapping them to a sentinel that is skipped.
        let mut keep = Vec::with_capacity(keys.len());
        let mut new_keys = Vec::new();
        for (k, &c) in keys.iter().zip(&counts) {
            if c >= min_count {
                keep.push(new_keys.len() as u32);
                new_keys.push(*k);
            } else {
                keep.push(u32::MAX);
            }
        }
        for f in feats.iter_mut() {
            *f = keep[*f as usize];
        }
        keys = new_keys;
    }
    Data {
        feats,
        tok_end,
        sents,
        gold,
        keys,
    }
}

/// `docs` with a fraction of their sentences also in headline casing, each copy placed just before its
/// sentence (as a title is followed by the text that repeats its words): every word capitalised, or every
/// word but a few prepositions and conjunctions (both styles occur in Indonesian news). Labels are unchanged.
/// A sentence that the tagger would not recognise as a headline once capitalised (one made of names and
/// titles) gets no copy.
fn add_headlines(docs: &[Document], fraction: f32, seed: u64) -> Vec<Document> {
    let mut ext = Extractor::default();
    let mut rng = Rng(seed ^ 0x4EAD_11E5_u64.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let threshold = (fraction.clamp(0.0, 1.0) as f64 * u32::MAX as f64) as u64;
    let mut out = Vec::with_capacity(docs.len());
    for doc in docs {
        let mut sentences = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let r = rng.next();
            if r & 0xFFFF_FFFF < threshold {
                let all_words = r >> 63 == 1;
                let tokens: Vec<String> = s
                    .tokens
                    .iter()
                    .map(|t| headline_word(t, all_words))
                    .collect();
                ext.load(&[&tokens], None);
                if ext.is_headline(0) {
                    sentences.push(Sentence {
                        tokens,
                        labels: s.labels.clone(),
                    });
                }
            }
            sentences.push(s.clone());
        }
        out.push(Document {
            sentences,
            domain: doc.domain,
        });
    }
    out
}

/// A word as a headline writes it: capitalised, unless `all_words` is false and it is one of the
/// prepositions and conjunctions headlines may leave in lower case.
fn headline_word(t: &str, all_words: bool) -> String {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if c.is_lowercase() && (all_words || !HEADLINE_LOWER.contains(&t)) => {
            c.to_uppercase().chain(cs).collect()
        }
        _ => t.to_string(),
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Number of annotation domains a model can learn: [`Document::domain`] is `0..MAX_DOMAINS`.
pub const MAX_DOMAINS: u8 = 8;

/// Trains a model on documents of gold sentences.
pub fn train(docs: &[Document], config: &TrainConfig) -> Result<Model> {
    train_with_callback(docs, config, |_, _| {})
}

/// Like [`train`], calling `on_epoch(epoch, &averaged_model_so_far)` after each epoch (for tuning the number
/// of epochs on a dev set).
pub fn train_with_callback(
    docs: &[Document],
    config: &TrainConfig,
    on_epoch: impl FnMut(u32, &Model),
) -> Result<Model> {
    train_with(docs, config, None, on_epoch)
}

/// Like [`train_with_callback`], with word clusters (from [`crate::clusters::build_clusters`]) as features;
/// the clusters are stored in the model.
pub fn train_with(
    docs: &[Document],
    config: &TrainConfig,
    clusters: Option<Clusters>,
    on_epoch: impl FnMut(u32, &Model),
) -> Result<Model> {
    let mut model = train_uncalibrated(docs, config, clusters.clone(), on_epoch)?;
    if config.calibrate && docs.len() >= 10 {
        let held: Vec<Document> = docs.iter().skip(4).step_by(5).cloned().collect();
        let rest: Vec<Document> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 5 != 4)
            .map(|(_, d)| d.clone())
            .collect();
        let probe = train_uncalibrated(&rest, config, clusters, |_, _| {})?;
        model.scale_scores(calibration_factor(&probe, &held));
    }
    Ok(model)
}

/// Log loss of the entity scores of `model × factor` on `held`: each predicted entity's score against whether
/// it matches a gold entity exactly.
fn entity_log_loss(model: &Model, factor: f32, held: &[Document]) -> f64 {
    let mut m = model.clone();
    m.scale_scores(factor);
    // Tagged as the model will be used: in the documents' domain when they have one, else as the mean of
    // the domains (as the embedded tagger tags).
    let mut domains: Vec<u8> = held.iter().map(|d| d.domain).collect();
    domains.sort_unstable();
    domains.dedup();
    let domain = match domains[..] {
        [d] => d,
        _ => MEAN_DOMAIN,
    };
    let tagger = Tagger::new(m).with_domain(domain);
    let mut w = tagger.worker();
    let (mut loss, mut n) = (0f64, 0usize);
    for doc in held {
        let toks: Vec<&[String]> = doc.sentences.iter().map(|s| s.tokens.as_slice()).collect();
        for (s, tags) in doc.sentences.iter().zip(w.tag_document(&toks)) {
            for (sp, right) in judged_spans(&tags, &s.labels) {
                let p = f64::from(sp.score).clamp(1e-6, 1.0 - 1e-6);
                loss -= if right { p.ln() } else { (1.0 - p).ln() };
                n += 1;
            }
        }
    }
    loss / n.max(1) as f64
}

/// The score factor (inverse temperature) that minimises [`entity_log_loss`] on `held`: a log-spaced search
/// over 0.01–2, refined around the best point.
fn calibration_factor(model: &Model, held: &[Document]) -> f32 {
    let search = |lo: f64, hi: f64, steps: usize| -> f64 {
        let mut best = (f64::INFINITY, 1.0);
        for k in 0..=steps {
            let f = (lo.ln() + (hi.ln() - lo.ln()) * k as f64 / steps as f64).exp();
            let l = entity_log_loss(model, f as f32, held);
            if l < best.0 {
                best = (l, f);
            }
        }
        best.1
    };
    let coarse = search(0.01, 2.0, 24);
    search(coarse / 1.25, coarse * 1.25, 10) as f32
}

fn train_uncalibrated(
    docs: &[Document],
    config: &TrainConfig,
    clusters: Option<Clusters>,
    mut on_epoch: impl FnMut(u32, &Model),
) -> Result<Model> {
    if config.epochs == 0 {
        return Err(Error::Train("epochs must be at least 1".into()));
    }
    for doc in docs {
        if doc.domain >= MAX_DOMAINS {
            return Err(Error::Train(format!(
                "annotation domain {} (domains are 0-{})",
                doc.domain,
                MAX_DOMAINS - 1
            )));
        }
        for s in &doc.sentences {
            if s.tokens.len() != s.labels.len() {
                return Err(Error::Train(format!(
                    "sentence with {} tokens but {} labels",
                    s.tokens.len(),
                    s.labels.len()
                )));
            }
        }
    }
    let with_headlines;
    let docs = if config.headlines > 0.0 {
        with_headlines = add_headlines(docs, config.headlines, config.seed);
        &with_headlines[..]
    } else {
        docs
    };
    if !config.stacked {
        let data = extract(docs, clusters.as_ref(), None, config.min_feature_count);
        let st = train_stage(&data, config, |e, st| {
            on_epoch(
                e,
                &Model {
                    stages: vec![st.clone()],
                    clusters: clusters.clone(),
                },
            )
        })?;
        return Ok(Model {
            stages: vec![st],
            clusters,
        });
    }
    let k = config.folds.max(2) as usize;
    let mut stacked: Vec<Vec<u8>> = vec![Vec::new(); docs.len()];
    let no_post = DocumentOptions {
        propagate_person_parts: false,
        propagate_entities: false,
        unify_types: false,
        seats_as_organisations: false,
        acronyms_follow_expansion: false,
        places_open_sentences: false,
    };
    for fold in 0..k {
        let train_docs: Vec<Document> = docs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, d)| d.clone())
            .collect();
        if train_docs.is_empty() {
            continue;
        }
        let data = extract(
            &train_docs,
            clusters.as_ref(),
            None,
            config.min_feature_count,
        );
        let st = train_stage(&data, config, |_, _| {})?;
        let tagger = Tagger::new(Model {
            stages: vec![st],
            clusters: clusters.clone(),
        })
        .with_options(no_post);
        for (i, d) in docs.iter().enumerate().filter(|(i, _)| i % k == fold) {
            let t = tagger.clone().with_domain(d.domain);
            let toks: Vec<&[String]> = d.sentences.iter().map(|s| s.tokens.as_slice()).collect();
            stacked[i] = t
                .tag_document(&toks)
                .iter()
                .flatten()
                .map(|t| t.label.index() as u8)
                .collect();
        }
    }
    let data = extract(docs, clusters.as_ref(), None, config.min_feature_count);
    let s1 = train_stage(&data, config, |_, _| {})?;
    let data = extract(
        docs,
        clusters.as_ref(),
        Some(&stacked),
        config.min_feature_count,
    );
    let s2 = train_stage(&data, config, |e, st| {
        on_epoch(
            e,
            &Model {
                stages: vec![s1.clone(), st.clone()],
                clusters: clusters.clone(),
            },
        )
    })?;
    Ok(Model {
        stages: vec![s1, s2],
        clusters,
    })
}

fn train_stage(
    data: &Data,
    config: &TrainConfig,
    mut on_epoch: impl FnMut(u32, &Stage),
) -> Result<Stage> {
    let n = config.ensemble.max(1);
    if n == 1 {
        return train_one(data, config, on_epoch);
    }
    let mut sum: HashMap<u64, Row> = HashMap::new();
    let mut trans = [[0f32; L]; L];
    let mut start = [0f32; L];
    for m in 0..n {
        let cfg = TrainConfig {
            seed: config.seed.wrapping_add(m as u64 * 7919),
            ..config.clone()
        };
        let st = if m + 1 == n {
            train_one(data, &cfg, &mut on_epoch)?
        } else {
            train_one(data, &cfg, |_, _| {})?
        };
        for (k, row) in st.entries() {
            let e = sum.entry(k).or_insert([0.0; 8]);
            for l in 0..L {
                e[l] += row[l] / n as f32;
            }
        }
        for p in 0..L {
            start[p] += st.start[p] / n as f32;
            for q in 0..L {
                trans[p][q] += st.trans[p][q] / n as f32;
            }
        }
    }
    let feats = sum
        .into_iter()
        .filter(|(_, r)| r.iter().any(|w| w.abs() >= config.prune_threshold))
        .collect();
    Ok(Stage::from_parts(feats, trans, start))
}

fn train_one(
    data: &Data,
    config: &TrainConfig,
    mut on_epoch: impl FnMut(u32, &Stage),
) -> Result<Stage> {
    if data.sents.is_empty() {
        return Err(Error::Train("no training sentences".into()));
    }
    if config.algorithm == Algorithm::Crf {
        return train_crf(data, config, on_epoch);
    }
    let nf = data.keys.len();
    let mut w: Vec<Row> = vec![[0.0; 8]; nf];
    let mut acc: Vec<[f64; L]> = vec![[0.0; L]; nf];
    let mut trans = [[0f32; L]; L];
    let mut trans_acc = [[0f64; L]; L];
    let mut start = [0f32; L];
    let mut start_acc = [0f64; L];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..data.sents.len()).collect();
    let mut rng = Rng(config.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut em: Vec<Row> = Vec::new();
    let mut back = Vec::new();
    let mut pred = Vec::new();
    let mut scratch = Stage::from_parts(Vec::new(), trans, start);
    for epoch in 1..=config.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &si in &order {
            let (a, b) = data.sents[si];
            let (a, b) = (a as usize, b as usize);
            em.clear();
            for t in a..b {
                let fs = if t == 0 {
                    0
                } else {
                    data.tok_end[t - 1] as usize
                };
                let mut row = [0f32; 8];
                for &f in &data.feats[fs..data.tok_end[t] as usize] {
                    if let Some(wr) = w.get(f as usize) {
                        for l in 0..L {
                            row[l] += wr[l];
                        }
                    }
                }
                em.push(row);
            }
            scratch.trans = trans;
            scratch.start = start;
            scratch.viterbi(&em, &mut back, &mut pred);
            let gold = &data.gold[a..b];
            for t in 0..(b - a) {
                let (g, p) = (gold[t] as usize, pred[t]);
                if g != p {
                    let tt = a + t;
                    let fs = if tt == 0 {
                        0
                    } else {
                        data.tok_end[tt - 1] as usize
                    };
                    for &f in &data.feats[fs..data.tok_end[tt] as usize] {
                        let f = f as usize;
                        if f >= nf {
                            continue;
                        }
                        w[f][g] += 1.0;
                        w[f][p] -= 1.0;
                        acc[f][g] += c;
                        acc[f][p] -= c;
                    }
                }
                let (gp, pp) = if t == 0 {
                    (None, None)
                } else {
                    (Some(gold[t - 1] as usize), Some(pred[t - 1]))
                };
                if (gp, g) != (pp, p) {
                    match (gp, pp) {
                        (Some(gp), Some(pp)) => {
                            trans[gp][g] += 1.0;
                            trans[pp][p] -= 1.0;
                            trans_acc[gp][g] += c;
                            trans_acc[pp][p] -= c;
                        }
                        _ => {
                            start[g] += 1.0;
                            start[p] -= 1.0;
                            start_acc[g] += c;
                            start_acc[p] -= c;
                        }
                    }
                }
            }
            c += 1.0;
        }
        let model = average(
            &data.keys,
            &w,
            &acc,
            &trans,
            &trans_acc,
            &start,
            &start_acc,
            c,
            config.prune_threshold,
        );
        if epoch == config.epochs {
            return Ok(model);
        }
        on_epoch(epoch, &model);
    }
    Err(Error::Train("epochs must be at least 1".into()))
}

/// SGD for a linear-chain CRF over the same features (IOB2-constrained lattice).
fn train_crf(
    data: &Data,
    config: &TrainConfig,
    mut on_epoch: impl FnMut(u32, &Stage),
) -> Result<Stage> {
    use crate::model::allowed;
    let nf = data.keys.len();
    let n_sent = data.sents.len() as f64;
    let mut w: Vec<Row> = vec![[0.0; 8]; nf];
    let mut scale = 1f64;
    let mut trans = [[0f32; L]; L];
    let mut start = [0f32; L];
    let mut order: Vec<usize> = (0..data.sents.len()).collect();
    let mut rng = Rng(config.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut ex: Vec<[f64; L]> = Vec::new();
    let mut alpha: Vec<[f64; L]> = Vec::new();
    let mut beta: Vec<[f64; L]> = Vec::new();
    let lambda = config.l2 as f64 / n_sent;
    let feats_of = |t: usize| {
        let fs = if t == 0 {
            0
        } else {
            data.tok_end[t - 1] as usize
        };
        &data.feats[fs..data.tok_end[t] as usize]
    };
    let build = |w: &[Row], scale: f64, trans: &[[f32; L]; L], start: &[f32; L]| {
        let feats: Vec<(u64, Row)> = data
            .keys
            .iter()
            .zip(w)
            .filter(|(_, r)| r.iter().any(|x| *x != 0.0))
            .map(|(k, r)| {
                let mut row = [0f32; 8];
                for l in 0..L {
                    row[l] = (r[l] as f64 * scale) as f32;
                }
                (*k, row)
            })
            .collect();
        Stage::from_parts(feats, *trans, *start)
    };
    for epoch in 1..=config.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let lr = config.learning_rate as f64 / (1.0 + (epoch - 1) as f64 / 2.0);
        for &si in &order {
            let (a, b) = data.sents[si];
            let (a, b) = (a as usize, b as usize);
            let n = b - a;
            if n == 0 {
                continue;
            }
            // Potentials.
            ex.clear();
            for t in a..b {
                let mut row = [0f64; L];
                for &f in feats_of(t) {
                    if let Some(wr) = w.get(f as usize) {
                        for l in 0..L {
                            row[l] += wr[l] as f64;
                        }
                    }
                }
                let m = row.iter().fold(f64::NEG_INFINITY, |m, &x| m.max(x * scale));
                for l in 0..L {
                    row[l] = (row[l] * scale - m).max(-60.0).exp();
                }
                ex.push(row);
            }
            let mut tp = [[0f64; L]; L];
            for p in 0..L {
                for c in 0..L {
                    if allowed(Some(p), c) {
                        tp[p][c] = (trans[p][c] as f64).clamp(-60.0, 60.0).exp();
                    }
                }
            }
            alpha.clear();
            alpha.resize(n, [0.0; L]);
            beta.clear();
            beta.resize(n, [0.0; L]);
            for l in 0..L {
                if allowed(None, l) {
                    alpha[0][l] = (start[l] as f64).clamp(-60.0, 60.0).exp() * ex[0][l];
                }
            }
            norm(&mut alpha[0]);
            for i in 1..n {
                let mut next = [0f64; L];
                for p in 0..L {
                    for c in 0..L {
                        next[c] += alpha[i - 1][p] * tp[p][c];
                    }
                }
                for c in 0..L {
                    next[c] *= ex[i][c];
                }
                norm(&mut next);
                alpha[i] = next;
            }
            beta[n - 1] = [1.0; L];
            for i in (1..n).rev() {
                let mut nb = [0f64; L];
                for p in 0..L {
                    for c in 0..L {
                        nb[p] += tp[p][c] * ex[i][c] * beta[i][c];
                    }
                }
                norm(&mut nb);
                beta[i - 1] = nb;
            }
            // L2 shrinkage as a global scale.
            scale *= 1.0 - lr * lambda;
            if scale < 1e-6 {
                for r in w.iter_mut() {
                    for x in r.iter_mut() {
                        *x = (*x as f64 * scale) as f32;
                    }
                }
                scale = 1.0;
            }
            let gold = &data.gold[a..b];
            let step = (lr / scale) as f32;
            for i in 0..n {
                let mut m = [0f64; L];
                for l in 0..L {
                    m[l] = alpha[i][l] * beta[i][l];
                }
                norm(&mut m);
                let mut g = [0f32; L];
                for l in 0..L {
                    g[l] = -(m[l] as f32);
                }
                g[gold[i] as usize] += 1.0;
                for &f in feats_of(a + i) {
                    if let Some(wr) = w.get_mut(f as usize) {
                        for l in 0..L {
                            wr[l] += step * g[l];
                        }
                    }
                }
                if i == 0 {
                    for l in 0..L {
                        start[l] += lr as f32 * g[l];
                    }
                } else {
                    let mut e = [[0f64; L]; L];
                    let mut z = 0f64;
                    for p in 0..L {
                        for c in 0..L {
                            e[p][c] = alpha[i - 1][p] * tp[p][c] * ex[i][c] * beta[i][c];
                            z += e[p][c];
                        }
                    }
                    if z > 0.0 {
                        for p in 0..L {
                            for c in 0..L {
                                trans[p][c] -= (lr * e[p][c] / z) as f32;
                            }
                        }
                    }
                    trans[gold[i - 1] as usize][gold[i] as usize] += lr as f32;
                }
            }
        }
        let stage = build(&w, scale, &trans, &start);
        if epoch == config.epochs {
            return Ok(stage);
        }
        on_epoch(epoch, &stage);
    }
    Err(Error::Train("epochs must be at least 1".into()))
}

fn norm(v: &mut [f64; L]) {
    let s: f64 = v.iter().sum();
    if s > 0.0 && s.is_finite() {
        for x in v.iter_mut() {
            *x /= s;
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn average(
    keys: &[u64],
    w: &[Row],
    acc: &[[f64; L]],
    trans: &[[f32; L]; L],
    trans_acc: &[[f64; L]; L],
    start: &[f32; L],
    start_acc: &[f64; L],
    c: f64,
    prune: f32,
) -> Stage {
    let mut feats = Vec::new();
    for ((k, wr), ar) in keys.iter().zip(w).zip(acc) {
        let mut row = [0f32; 8];
        let mut max = 0f32;
        for l in 0..L {
            row[l] = (wr[l] as f64 - ar[l] / c) as f32;
            max = max.max(row[l].abs());
        }
        if max >= prune && max > 0.0 {
            feats.push((*k, row));
        }
    }
    let mut t = [[0f32; L]; L];
    for p in 0..L {
        for q in 0..L {
            t[p][q] = (trans[p][q] as f64 - trans_acc[p][q] / c) as f32;
        }
    }
    let mut s = [0f32; L];
    for l in 0..L {
        s[l] = (start[l] as f64 - start_acc[l] / c) as f32;
    }
    Stage::from_parts(feats, t, s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::TokenTag;
    use crate::label::{EntityType, Label};

    fn sent(toks: &[&str], labels: &[Label]) -> Sentence {
        Sentence {
            tokens: toks.iter().map(|t| t.to_string()).collect(),
            labels: labels.to_vec(),
        }
    }

    fn is_headline(line: &str) -> bool {
        let toks: Vec<&str> = line.split(' ').collect();
        let mut ext = Extractor::default();
        ext.load(&[&toks], None);
        ext.is_headline(0)
    }

    /// Calibration keeps the labels and, on data where the model cannot be sure (the same context labelled two
    /// ways), softens the perceptron's near-certain scores.
    #[test]
    fn calibration_keeps_labels_and_softens_scores() {
        let (o, bp, ip, bo, io) = (
            Label::O,
            Label::B(EntityType::Per),
            Label::I(EntityType::Per),
            Label::B(EntityType::Org),
            Label::I(EntityType::Org),
        );
        let names = [
            "Sinar", "Bumi", "Cahaya", "Karya", "Mitra", "Jaya", "Sentosa", "Abadi",
        ];
        let docs: Vec<Document> = (0..40)
            .map(|i| {
                let a = names[i % names.len()];
                let b = names[(i * 3 + 1) % names.len()];
                // The same words are a person in some documents and an organisation in others.
                let (l1, l2) = if i % 3 == 0 { (bo, io) } else { (bp, ip) };
                Document {
                    sentences: vec![
                        sent(
                            &["Kata", a, b, "kepada", "wartawan", "."],
                            &[o, l1, l2, o, o, o],
                        ),
                        sent(&["Ia", "tiba", "di", "kantor", "."], &[o, o, o, o, o]),
                    ],
                    domain: 0,
                }
            })
            .collect();
        let plain = TrainConfig {
            epochs: 4,
            ensemble: 1,
            headlines: 0.0,
            calibrate: false,
            ..TrainConfig::default()
        };
        let calibrated = TrainConfig {
            calibrate: true,
            ..plain.clone()
        };
        let a = Tagger::new(train(&docs, &plain).unwrap());
        let b = Tagger::new(train(&docs, &calibrated).unwrap());
        let probe = ["Kata", "Jaya", "Abadi", "kepada", "wartawan", "."];
        let (ta, tb) = (a.tag_sentence(&probe), b.tag_sentence(&probe));
        let labels = |t: &[TokenTag]| t.iter().map(|x| x.label).collect::<Vec<_>>();
        assert_eq!(labels(&ta), labels(&tb));
        assert!(tb[1].score < ta[1].score, "{ta:?} {tb:?}");
        assert!(tb[1].score < 0.95 && tb[1].score > 0.3, "{tb:?}");
    }

    /// A title is told from running text and from a sentence dense with names and titles.
    #[test]
    fn headlines_are_recognised() {
        assert!(is_headline(
            "Baca juga : Biden dan Putin Komunikasi Lewat Telepon untuk Kedua Kalinya"
        ));
        assert!(is_headline(
            "Harga Beras Naik Lagi , Petani di Karawang Mengeluh"
        ));
        assert!(!is_headline(
            "Harga beras naik lagi , petani di Karawang mengeluh ."
        ));
        assert!(!is_headline(
            "Termasuk dengan Ketua Umum PDIP Megawati Soekarnoputri ."
        ));
        assert!(!is_headline(
            "Kemudian , ada Ketua MA Harifin A Tumpa , Kapolri Bambang Hendarso Danuri ."
        ));
        assert!(!is_headline(""));
    }

    /// Headline copies go right before their sentence, capitalised, with the same labels; none when off.
    #[test]
    fn headline_copies_precede_their_sentence() {
        let (o, bl) = (Label::O, Label::B(EntityType::Loc));
        let s = sent(
            &[
                "harga", "beras", "naik", "lagi", "di", "Karawang", "hari", "ini",
            ],
            &[o, o, o, o, o, bl, o, o],
        );
        let docs = vec![Document {
            sentences: vec![s.clone(); 40],
            domain: 0,
        }];
        let out = add_headlines(&docs, 0.5, 42);
        assert_eq!(out.len(), 1);
        let sents = &out[0].sentences;
        let copies: Vec<usize> = (0..sents.len()).filter(|&i| sents[i] != s).collect();
        assert!((10..=30).contains(&copies.len()), "{} copies", copies.len());
        for &i in &copies {
            assert_eq!(sents[i + 1], s);
            assert_eq!(sents[i].labels, s.labels);
            assert_eq!(sents[i].tokens[0], "Harga");
            assert_eq!(sents[i].tokens[5], "Karawang");
            assert!(["di", "Di"].contains(&sents[i].tokens[4].as_str()));
        }
        assert_eq!(sents.len(), 40 + copies.len());
        assert_eq!(add_headlines(&docs, 0.0, 42)[0].sentences.len(), 40);
    }

    /// Two documents that label the same words differently, in domains 0 and 2, and a short training setup.
    fn two_domains() -> (Vec<Document>, TrainConfig) {
        let (o, bp, ip, bl) = (
            Label::O,
            Label::B(EntityType::Per),
            Label::I(EntityType::Per),
            Label::B(EntityType::Loc),
        );
        let a = sent(
            &["Menteri", "Adi", "Saputra", "ke", "Bandung"],
            &[o, bp, ip, o, bl],
        );
        let b = sent(
            &["Menteri", "Adi", "Saputra", "ke", "Bandung"],
            &[o, bl, o, o, bp],
        );
        let docs = vec![
            Document {
                sentences: vec![a.clone(), a],
                domain: 0,
            },
            Document {
                sentences: vec![b.clone(), b],
                domain: 2,
            },
        ];
        let cfg = TrainConfig {
            epochs: 3,
            ensemble: 1,
            ..TrainConfig::default()
        };
        (docs, cfg)
    }

    /// The mean domain tags as the average of the domains' models: every fused weight is the mean of that
    /// weight fused for each domain the model was trained on (here 0 and 2; domain 1 has no twins).
    #[test]
    fn mean_domain_weights_are_the_mean_of_the_domains() {
        let (docs, cfg) = two_domains();
        let model = train(&docs, &cfg).unwrap();
        let stage = &model.stages[0];
        let (mean, d0, d2, shared) = (
            stage.fused(MEAN_DOMAIN),
            stage.fused(0),
            stage.fused(2),
            stage.fused(crate::SHARED_DOMAIN),
        );
        assert_eq!(mean.num_features(), d0.num_features());
        let mut differs_from_shared = false;
        for (k, w) in mean.entries() {
            let (x, y) = (d0.row(k).unwrap(), d2.row(k).unwrap());
            for l in 0..8 {
                let m = (x[l] + y[l]) / 2.0;
                assert!((w[l] - m).abs() <= 1e-5 * (1.0 + m.abs()), "{k}: {w:?}");
            }
            differs_from_shared |= shared.row(k) != Some(w);
        }
        assert!(differs_from_shared, "the domains' weights were not added");
        // A domain the model cannot hold is an error, not a silently ignored corpus.
        let too_far = vec![Document {
            sentences: docs[0].sentences.clone(),
            domain: MAX_DOMAINS,
        }];
        let e = train(&too_far, &cfg).unwrap_err().to_string();
        assert!(e.contains("annotation domain 8 (domains are 0-7)"), "{e}");
    }

    /// Fusing the shared and domain weights gives exactly the scores of looking both up.
    #[test]
    fn fused_stage_scores_equal_domain_lookups() {
        let (docs, cfg) = two_domains();
        let model = train(&docs, &cfg).unwrap();
        let stage = &model.stages[0];
        for domain in [0u8, 2, 5, u8::MAX] {
            let fused = stage.fused(domain);
            let mut ext = Extractor::default();
            ext.load(&[["Menteri", "Budi", "Saputra", "ke", "Bandung"]], None);
            for i in 0..5 {
                let (mut x, mut y) = ([0f32; 8], [0f32; 8]);
                ext.features_in_domain(0, i, domain, &mut |k| {
                    if let Some(w) = stage.row(k) {
                        (0..8).for_each(|l| x[l] += w[l]);
                    }
                });
                ext.features(0, i, &mut |k| {
                    if let Some(w) = fused.row(k) {
                        (0..8).for_each(|l| y[l] += w[l]);
                    }
                });
                for l in 0..8 {
                    // Equal up to f32 rounding of sums taken in another order.
                    assert!(
                        (x[l] - y[l]).abs() <= 1e-5 * (1.0 + x[l].abs()),
                        "domain {domain} token {i}: {x:?} vs {y:?}"
                    );
                }
            }
        }
    }
}
