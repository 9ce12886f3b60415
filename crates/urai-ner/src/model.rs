//! The model: hashed feature weights per label, label transitions, and its binary file format.
//!
//! # File format (version 1, little-endian)
//! | bytes | content |
//! |---|---|
//! | 8 | magic `URAINER\0` |
//! | 4 | format version (`1`) |
//! | 4 | feature-template version |
//! | 8 | gazetteer fingerprint (the embedded lists the model was trained with) |
//! | 4 | number of labels (`7`: `O B-PER I-PER B-LOC I-LOC B-ORG I-ORG`) |
//! | 4 | number of stages *s* (1, or 2 when the second stage reads the first stage's document-wide output) |
//! | | then *s* times: |
//! | 4 | number of features *n* |
//! | 4 | weight scale (f32) |
//! | 4×49 | transition scores `prev → cur` (f32) |
//! | 4×7 | start scores (f32) |
//! | 8×n | feature keys (u64, ascending) |
//! | 2×7×n | quantised weights (i16 × scale) |
//! | 1 | 1 if word clusters follow, else 0 |
//! | 1 + 4 + (8+2l)×m | clusters: number of levels *l* (3, or up to 7 with a second set of word classes), number of words *m*, then per word its lower-case hash (u64) and *l* cluster ids (u16) |
//! | | and finally: |
//! | 8 | checksum of everything before |

use std::path::Path;

use crate::clusters::Clusters;
use crate::features::{FEATURE_VERSION, domain_key};
use crate::gazetteer::GAZETTEER;
use crate::hash::{Hasher, IdMap};
use crate::label::NUM_LABELS;
use crate::tagger::{MEAN_DOMAIN, SHARED_DOMAIN};
use crate::train::MAX_DOMAINS;
use crate::{Error, Result};

const MAGIC: &[u8; 8] = b"URAINER\0";
const FORMAT_VERSION: u32 = 1;
const L: usize = NUM_LABELS;

/// Weights of one feature (padded to 8 lanes).
pub(crate) type Row = [f32; 8];

/// `true` when label `cur` may follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`).
#[inline]
pub(crate) fn allowed(prev: Option<usize>, cur: usize) -> bool {
    if cur == 0 || cur % 2 == 1 {
        return true;
    }
    matches!(prev, Some(p) if p == cur || p + 1 == cur)
}

/// One decoding stage: feature weights and transitions.
#[derive(Clone)]
pub(crate) struct Stage {
    keys: Vec<u64>,
    rows: Vec<u32>,
    mask: usize,
    pub(crate) weights: Vec<Row>,
    pub(crate) trans: [[f32; L]; L],
    pub(crate) start: [f32; L],
}

impl Stage {
    /// Builds a model from (key, weights) pairs.
    pub(crate) fn from_parts(
        mut feats: Vec<(u64, Row)>,
        trans: [[f32; L]; L],
        start: [f32; L],
    ) -> Stage {
        feats.sort_by_key(|f| f.0);
        feats.dedup_by_key(|f| f.0);
        let cap = (feats.len() * 2).next_power_of_two().max(16);
        let mut keys = vec![0u64; cap];
        let mut rows = vec![0u32; cap];
        let mask = cap - 1;
        let mut weights = Vec::with_capacity(feats.len());
        for (k, w) in feats {
            let k = k.max(1);
            let mut slot = k as usize & mask;
            while keys[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            keys[slot] = k;
            rows[slot] = weights.len() as u32;
            weights.push(w);
        }
        Stage {
            keys,
            rows,
            mask,
            weights,
            trans,
            start,
        }
    }

    /// Multiplies every score (feature weights, transitions, start) by `factor` > 0: the decoded labels stay
    /// the same, the marginals sharpen (`factor` > 1) or soften.
    pub(crate) fn scale_scores(&mut self, factor: f32) {
        for row in &mut self.weights {
            for w in row.iter_mut() {
                *w *= factor;
            }
        }
        for row in &mut self.trans {
            for t in row.iter_mut() {
                *t *= factor;
            }
        }
        for t in &mut self.start {
            *t *= factor;
        }
    }

    /// This stage with its weights fused for `domain` (see [`Stage::fused_rows`]).
    #[cfg(test)]
    pub(crate) fn fused(&self, domain: u8) -> Stage {
        Stage::from_parts(self.fused_rows(domain), self.trans, self.start)
    }

    /// Each shared feature's weights plus those of its twin for `domain` ([`SHARED_DOMAIN`]: shared only;
    /// [`MEAN_DOMAIN`]: plus the mean of its twins over the model's domains, which makes the mean of the
    /// domains' models); domain-specific entries are dropped, so tagging looks up each feature once.
    pub(crate) fn fused_rows(&self, domain: u8) -> Vec<(u64, Row)> {
        let mut domain_keys: IdMap<()> = IdMap::default();
        let mut present = [false; MAX_DOMAINS as usize];
        for (k, _) in self.entries() {
            for d in 0..MAX_DOMAINS {
                let dk = domain_key(k, d);
                if self.row(dk).is_some() {
                    domain_keys.insert(dk, ());
                    present[d as usize] = true;
                }
            }
        }
        let n_domains = present.iter().filter(|&&p| p).count().max(1) as f32;
        let mut feats = Vec::with_capacity(self.num_features());
        for (k, row) in self.entries() {
            if domain_keys.contains_key(&k) {
                continue;
            }
            let mut r = *row;
            if domain == MEAN_DOMAIN {
                for d in (0..MAX_DOMAINS).filter(|&d| present[d as usize]) {
                    if let Some(t) = self.row(domain_key(k, d)) {
                        for l in 0..L {
                            r[l] += t[l] / n_domains;
                        }
                    }
                }
            } else if domain != SHARED_DOMAIN
                && let Some(d) = self.row(domain_key(k, domain))
            {
                for l in 0..L {
                    r[l] += d[l];
                }
            }
            feats.push((k, r));
        }
        feats
    }

    /// All (key, weights) pairs.
    pub(crate) fn entries(&self) -> impl Iterator<Item = (u64, &Row)> + '_ {
        self.keys
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .filter_map(|(k, r)| Some((*k, self.weights.get(*r as usize)?)))
    }

    /// Number of features with non-zero weights.
    pub(crate) fn num_features(&self) -> usize {
        self.weights.len()
    }

    /// Weights of feature `key`, if the model has it.
    #[inline]
    pub(crate) fn row(&self, key: u64) -> Option<&Row> {
        let mut slot = key as usize & self.mask;
        loop {
            let k = self.keys[slot];
            if k == key {
                return self.weights.get(self.rows[slot] as usize);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Constrained Viterbi over emission scores; writes label indices into `out`.
    pub(crate) fn viterbi(&self, em: &[Row], back: &mut Vec<[u8; L]>, out: &mut Vec<usize>) {
        out.clear();
        let n = em.len();
        if n == 0 {
            return;
        }
        back.clear();
        back.resize(n, [0; L]);
        let mut score = [f32::NEG_INFINITY; L];
        for (l, s) in score.iter_mut().enumerate() {
            if allowed(None, l) {
                *s = self.start[l] + em[0][l];
            }
        }
        for i in 1..n {
            let mut next = [f32::NEG_INFINITY; L];
            for cur in 0..L {
                let mut best = f32::NEG_INFINITY;
                let mut arg = 0u8;
                for (prev, &ps) in score.iter().enumerate() {
                    if !allowed(Some(prev), cur) {
                        continue;
                    }
                    let s = ps + self.trans[prev][cur];
                    if s > best {
                        best = s;
                        arg = prev as u8;
                    }
                }
                next[cur] = best + em[i][cur];
                back[i][cur] = arg;
            }
            score = next;
        }
        let mut best = 0;
        for l in 1..L {
            if score[l] > score[best] {
                best = l;
            }
        }
        out.resize(n, 0);
        out[n - 1] = best;
        for i in (1..n).rev() {
            out[i - 1] = back[i][out[i]] as usize;
        }
    }

    /// Marginal probability of `labels[i]` at each position under the same scores as [`Compiled::viterbi`]:
    /// a scaled forward-backward in `f64` (fast: a few exponentials per token), or, when that underflows
    /// (perceptron scores can span hundreds of nats), the exact recursion in log space.
    pub(crate) fn marginals(
        &self,
        em: &[Row],
        labels: &[usize],
        alpha: &mut Vec<[f64; L]>,
        out: &mut Vec<f32>,
    ) {
        if !self.marginals_scaled(em, labels, alpha, out) {
            self.marginals_log(em, labels, alpha, out);
        }
    }

    /// The scaled forward-backward; `false` when a scaled vector underflowed to zero.
    fn marginals_scaled(
        &self,
        em: &[Row],
        labels: &[usize],
        alpha: &mut Vec<[f64; L]>,
        out: &mut Vec<f32>,
    ) -> bool {
        out.clear();
        let n = em.len();
        if n == 0 {
            return true;
        }
        // exp of the transitions (0 where IOB2 forbids) and of each position's emissions, shifted by their
        // maximum (the shifts cancel in the normalised marginals).
        let tmax = self
            .trans
            .iter()
            .flatten()
            .fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        let mut t = [[0f64; L]; L];
        for p in 0..L {
            for c in 0..L {
                if allowed(Some(p), c) {
                    t[p][c] = f64::from(self.trans[p][c] - tmax).exp();
                }
            }
        }
        let e = |i: usize| -> [f64; L] {
            let row = &em[i];
            let m = row[..L].iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
            let mut r = [0f64; L];
            for l in 0..L {
                r[l] = f64::from(row[l] - m).exp();
            }
            r
        };
        alpha.clear();
        alpha.resize(n, [0.0; L]);
        let smax = self.start.iter().fold(f32::NEG_INFINITY, |m, &x| m.max(x));
        let e0 = e(0);
        for l in 0..L {
            if allowed(None, l) {
                alpha[0][l] = f64::from(self.start[l] - smax).exp() * e0[l];
            }
        }
        if !normalise(&mut alpha[0]) {
            return false;
        }
        for i in 1..n {
            let ei = e(i);
            let mut next = [0f64; L];
            for p in 0..L {
                let a = alpha[i - 1][p];
                if a == 0.0 {
                    continue;
                }
                for c in 0..L {
                    next[c] += a * t[p][c];
                }
            }
            for c in 0..L {
                next[c] *= ei[c];
            }
            if !normalise(&mut next) {
                return false;
            }
            alpha[i] = next;
        }
        let mut beta = [1f64; L];
        out.resize(n, 0.0);
        for i in (0..n).rev() {
            let y = labels[i];
            let z: f64 = (0..L).map(|l| alpha[i][l] * beta[l]).sum();
            if !(z > 0.0 && z.is_finite()) {
                return false;
            }
            out[i] = ((alpha[i][y] * beta[y] / z) as f32).clamp(0.0, 1.0);
            if i == 0 {
                break;
            }
            let ei = e(i);
            let mut nb = [0f64; L];
            for p in 0..L {
                for c in 0..L {
                    nb[p] += t[p][c] * ei[c] * beta[c];
                }
            }
            if !normalise(&mut nb) {
                return false;
            }
            beta = nb;
        }
        true
    }

    /// The forward-backward in log space (exact for any range of scores, slower).
    fn marginals_log(
        &self,
        em: &[Row],
        labels: &[usize],
        alpha: &mut Vec<[f64; L]>,
        out: &mut Vec<f32>,
    ) {
        out.clear();
        let n = em.len();
        if n == 0 {
            return;
        }
        const NEG: f64 = f64::NEG_INFINITY;
        let trans = |p: usize, c: usize| f64::from(self.trans[p][c]);
        let emit = |i: usize, c: usize| f64::from(em[i][c]);
        alpha.clear();
        alpha.resize(n, [NEG; L]);
        for l in 0..L {
            if allowed(None, l) {
                alpha[0][l] = f64::from(self.start[l]) + emit(0, l);
            }
        }
        let mut terms = [NEG; L];
        for i in 1..n {
            for c in 0..L {
                for p in 0..L {
                    terms[p] = if allowed(Some(p), c) {
                        alpha[i - 1][p] + trans(p, c)
                    } else {
                        NEG
                    };
                }
                alpha[i][c] = log_sum_exp(&terms) + emit(i, c);
            }
        }
        let log_z = log_sum_exp(&alpha[n - 1]);
        out.resize(n, 0.0);
        let mut beta = [0f64; L];
        for i in (0..n).rev() {
            let y = labels[i];
            let p = (alpha[i][y] + beta[y] - log_z).exp();
            out[i] = if p.is_finite() {
                (p as f32).clamp(0.0, 1.0)
            } else {
                0.0
            };
            if i == 0 {
                break;
            }
            let mut prev = [NEG; L];
            for (p, slot) in prev.iter_mut().enumerate() {
                for c in 0..L {
                    terms[c] = if allowed(Some(p), c) {
                        trans(p, c) + emit(i, c) + beta[c]
                    } else {
                        NEG
                    };
                }
                *slot = log_sum_exp(&terms);
            }
            beta = prev;
        }
    }
}

/// `ln(sum(exp(v)))`, `-inf` when every term is `-inf`.
#[inline]
fn log_sum_exp(v: &[f64; L]) -> f64 {
    let m = v.iter().fold(f64::NEG_INFINITY, |m, &x| m.max(x));
    if !m.is_finite() {
        return m;
    }
    let s: f64 = v.iter().map(|&x| (x - m).exp()).sum();
    m + s.ln()
}

/// Scales `v` to sum 1; `false` when its sum is zero or not finite (underflow or overflow).
#[inline]
fn normalise(v: &mut [f64; L]) -> bool {
    let s: f64 = v.iter().sum();
    if !(s > 0.0 && s.is_finite()) {
        return false;
    }
    for x in v.iter_mut() {
        *x /= s;
    }
    true
}

fn checksum(b: &[u8]) -> u64 {
    let mut h = Hasher::new(0xC4EC);
    h.bytes(b);
    h.finish()
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.pos..self.pos.checked_add(n)?)?;
        self.pos += n;
        Some(s)
    }
    fn arr<const N: usize>(&mut self) -> Option<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Some(a)
    }
    fn u32(&mut self) -> Option<u32> {
        self.arr().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.arr().map(u64::from_le_bytes)
    }
    fn f32(&mut self) -> Option<f32> {
        self.arr().map(f32::from_le_bytes)
    }
}

impl Stage {
    fn write(&self, out: &mut Vec<u8>) {
        let mut feats: Vec<(u64, u32)> = self
            .keys
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .map(|(k, r)| (*k, *r))
            .collect();
        feats.sort_unstable();
        let max = self
            .weights
            .iter()
            .flat_map(|r| r[..L].iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for row in &self.trans {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        for w in &self.start {
            out.extend_from_slice(&w.to_le_bytes());
        }
        for (k, _) in &feats {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, r) in &feats {
            for w in &self.weights[*r as usize][..L] {
                let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
                out.extend_from_slice(&q.to_le_bytes());
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Option<Stage> {
        let n = r.u32()? as usize;
        let scale = r.f32()?;
        if !scale.is_finite() {
            return None;
        }
        let mut trans = [[0f32; L]; L];
        for row in trans.iter_mut() {
            for w in row.iter_mut() {
                *w = r.f32()?;
            }
        }
        let mut start = [0f32; L];
        for w in start.iter_mut() {
            *w = r.f32()?;
        }
        let keys = r.take(n.checked_mul(8)?)?;
        let weights = r.take(n.checked_mul(2 * L)?)?;
        let mut feats = Vec::with_capacity(n);
        for (k, w) in keys.chunks_exact(8).zip(weights.chunks_exact(2 * L)) {
            let mut kb = [0u8; 8];
            kb.copy_from_slice(k);
            let mut row = [0f32; 8];
            for (l, q) in w.chunks_exact(2).enumerate() {
                row[l] = i16::from_le_bytes([q[0], q[1]]) as f32 * scale;
            }
            feats.push((u64::from_le_bytes(kb), row));
        }
        Some(Stage::from_parts(feats, trans, start))
    }
}

/// A trained tagging model: one or two decoding stages (the second sees the first stage's output over the
/// whole document).
#[derive(Clone)]
pub struct Model {
    pub(crate) stages: Vec<Stage>,
    pub(crate) clusters: Option<Clusters>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("stages", &self.stages.len())
            .field("features", &self.num_features())
            .finish()
    }
}

impl Model {
    /// Number of features with non-zero weights (all stages).
    pub fn num_features(&self) -> usize {
        self.stages.iter().map(Stage::num_features).sum()
    }

    /// Multiplies every score of every stage by `factor` > 0 (a temperature of `1 / factor`): the labels the
    /// model decodes stay the same, its marginal probabilities sharpen or soften. Training calibrates the
    /// model this way ([`crate::train::TrainConfig::calibrate`]).
    pub fn scale_scores(&mut self, factor: f32) {
        for st in &mut self.stages {
            st.scale_scores(factor);
        }
    }

    /// Number of decoding stages.
    pub fn num_stages(&self) -> usize {
        self.stages.len()
    }

    /// Serialises the model (see the module docs for the format).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(64 + self.num_features() * (8 + 2 * L));
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out.extend_from_slice(&GAZETTEER.fingerprint.to_le_bytes());
        out.extend_from_slice(&(L as u32).to_le_bytes());
        out.extend_from_slice(&(self.stages.len() as u32).to_le_bytes());
        for st in &self.stages {
            st.write(&mut out);
        }
        match &self.clusters {
            None => out.push(0),
            Some(c) => {
                out.push(1);
                c.write(&mut out);
            }
        }
        let sum = checksum(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a model from bytes; `name` is used in error messages.
    pub fn from_bytes(bytes: &[u8], name: impl AsRef<Path>) -> Result<Model> {
        let err = |message: String| Error::Model {
            path: name.as_ref().to_path_buf(),
            message,
        };
        if bytes.len() < 8 + 8 || &bytes[..8] != MAGIC {
            return Err(err("bad magic (not a urai-ner model)".into()));
        }
        let (body, tail) = bytes.split_at(bytes.len() - 8);
        let mut t = [0u8; 8];
        t.copy_from_slice(tail);
        let mut r = Reader { b: body, pos: 8 };
        let too_short = || err("truncated".into());
        let version = r.u32().ok_or_else(too_short)?;
        if version != FORMAT_VERSION {
            return Err(err(format!(
                "unsupported format version {version} (this build reads {FORMAT_VERSION})"
            )));
        }
        if checksum(body) != u64::from_le_bytes(t) {
            return Err(err("checksum mismatch (corrupt or truncated file)".into()));
        }
        let fv = r.u32().ok_or_else(too_short)?;
        if fv != FEATURE_VERSION {
            return Err(err(format!(
                "feature version {fv}, this build extracts version {FEATURE_VERSION}: retrain the model"
            )));
        }
        let fp = r.u64().ok_or_else(too_short)?;
        if fp != GAZETTEER.fingerprint {
            return Err(err(
                "trained with different gazetteer lists than this build embeds: retrain the model"
                    .into(),
            ));
        }
        let nl = r.u32().ok_or_else(too_short)?;
        if nl as usize != L {
            return Err(err(format!("{nl} labels, expected {L}")));
        }
        let ns = r.u32().ok_or_else(too_short)?;
        if !(1..=2).contains(&ns) {
            return Err(err(format!("{ns} stages, expected 1 or 2")));
        }
        let mut stages = Vec::new();
        for _ in 0..ns {
            stages.push(Stage::read(&mut r).ok_or_else(too_short)?);
        }
        let clusters = match r.take(1).ok_or_else(too_short)?[0] {
            0 => None,
            1 => Some(Clusters::read(body, &mut r.pos).ok_or_else(too_short)?),
            x => return Err(err(format!("bad clusters flag {x}"))),
        };
        if r.pos != body.len() {
            return Err(err(format!("{} trailing bytes", body.len() - r.pos)));
        }
        Ok(Model { stages, clusters })
    }

    /// Reads a model file.
    pub fn from_path(path: impl AsRef<Path>) -> Result<Model> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Model::from_bytes(&bytes, path)
    }

    /// Writes the model to a file.
    pub fn save(&self, path: impl AsRef<Path>) -> Result<()> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// One table slot of a compiled stage: a feature key and its quantised weights (24 bytes, one cache access).
#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    w: [i16; 8],
}

/// A stage fused for one domain and laid out for tagging: open addressing over slots holding the weights
/// inline, weights quantised to `i16` and summed in `i32`.
#[derive(Clone)]
pub(crate) struct Compiled {
    slots: Vec<Slot>,
    mask: usize,
    scale: f32,
    stage: Stage,
}

impl Compiled {
    pub(crate) fn new(stage: &Stage, domain: u8) -> Compiled {
        let fused = stage.fused_rows(domain);
        let max = fused
            .iter()
            .flat_map(|(_, r)| r[..L].iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let cap = (fused.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        for (k, row) in &fused {
            let k = *k;
            let mut slot = k as usize & mask;
            while slots[slot].key != 0 {
                slot = (slot + 1) & mask;
            }
            let mut w = [0i16; 8];
            for l in 0..L {
                w[l] = (row[l] / scale).round().clamp(-32767.0, 32767.0) as i16;
            }
            slots[slot] = Slot { key: k, w };
        }
        // Only the transitions are used from `stage` (its weights are dropped).
        let stage = Stage::from_parts(Vec::new(), stage.trans, stage.start);
        Compiled {
            slots,
            mask,
            scale,
            stage,
        }
    }

    /// Adds the weights of feature `key` (if present) to `acc`.
    #[inline]
    pub(crate) fn add(&self, key: u64, acc: &mut [i32; 8]) {
        let mut slot = key as usize & self.mask;
        loop {
            let s = &self.slots[slot];
            if s.key == key {
                for l in 0..8 {
                    acc[l] += s.w[l] as i32;
                }
                return;
            }
            if s.key == 0 {
                return;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    /// Adds the weights of every feature of `keys` present in the table to `acc`. The slots are fetched
    /// into the cache first, so that the lookups' memory accesses overlap.
    #[inline]
    pub(crate) fn add_all(&self, keys: &[u64], acc: &mut [i32; 8]) {
        #[cfg(target_arch = "x86_64")]
        for &key in keys {
            let slot = &self.slots[key as usize & self.mask];
            // SAFETY: a prefetch reads nothing and cannot fault; the pointer is to a live element.
            unsafe {
                std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                    (slot as *const Slot).cast(),
                );
            }
        }
        for &key in keys {
            self.add(key, acc);
        }
    }

    /// The emission row of accumulated weights.
    #[inline]
    pub(crate) fn row(&self, acc: &[i32; 8]) -> Row {
        let mut r = [0f32; 8];
        for l in 0..8 {
            r[l] = acc[l] as f32 * self.scale;
        }
        r
    }

    /// Transitions and decoding.
    pub(crate) fn decoder(&self) -> &Stage {
        &self.stage
    }
}

#[cfg(test)]
mod marginal_tests {
    use super::*;

    /// A small deterministic generator (xorshift) for test scores.
    fn scores(seed: &mut u64, spread: f32) -> f32 {
        *seed ^= *seed << 13;
        *seed ^= *seed >> 7;
        *seed ^= *seed << 17;
        ((*seed >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * spread
    }

    fn stage(seed: &mut u64, spread: f32) -> Stage {
        let mut trans = [[0f32; L]; L];
        for row in trans.iter_mut() {
            for x in row.iter_mut() {
                *x = scores(seed, spread);
            }
        }
        let mut start = [0f32; L];
        for x in start.iter_mut() {
            *x = scores(seed, spread);
        }
        Stage::from_parts(Vec::new(), trans, start)
    }

    fn rows(seed: &mut u64, n: usize, spread: f32) -> Vec<Row> {
        (0..n)
            .map(|_| {
                let mut r = [0f32; 8];
                for x in r.iter_mut().take(L) {
                    *x = scores(seed, spread);
                }
                r
            })
            .collect()
    }

    /// The fast scaled recursion agrees with the log-space one; where scores span thousands of nats the scaled one
    /// underflows and the log-space result is used: marginals stay probabilities and the Viterbi labels' stay high.
    #[test]
    fn scaled_and_log_space_marginals_agree() {
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let (mut back, mut path, mut alpha) = (Vec::new(), Vec::new(), Vec::new());
        let (mut fast, mut exact) = (Vec::new(), Vec::new());
        let mut fell_back = 0;
        for case in 0..200 {
            let spread = if case % 4 == 3 { 4000.0 } else { 20.0 };
            let st = stage(&mut seed, spread / 4.0);
            let em = rows(&mut seed, 1 + case % 30, spread);
            st.viterbi(&em, &mut back, &mut path);
            let ok = st.marginals_scaled(&em, &path, &mut alpha, &mut fast);
            st.marginals_log(&em, &path, &mut alpha, &mut exact);
            if ok {
                for (a, b) in fast.iter().zip(&exact) {
                    assert!((a - b).abs() < 1e-4, "case {case}: {fast:?} vs {exact:?}");
                }
            } else {
                fell_back += 1;
            }
            let mut got = Vec::new();
            st.marginals(&em, &path, &mut alpha, &mut got);
            assert_eq!(
                got,
                if ok { fast.clone() } else { exact.clone() },
                "case {case}"
            );
            assert!(got.iter().all(|p| (0.0..=1.0).contains(p)));
            if spread > 1000.0 {
                // Such scores leave no doubt: the best path's labels have probability near 1.
                assert!(got.iter().all(|&p| p > 0.5), "case {case}: {got:?}");
            }
        }
        assert!(
            fell_back > 0,
            "the extreme cases should need the log-space recursion"
        );
    }
}
