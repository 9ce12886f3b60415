//! Word clusters computed from unlabelled text with the project's own code, used as features that carry
//! to words never seen in the labelled data.
//!
//! Each frequent lower-cased word gets a vector of its left and right neighbours (the most frequent words),
//! weighted by positive pointwise mutual information and normalised; spherical k-means then groups the words
//! at several granularities (see [`ClusterConfig::levels`]). A word's cluster ids at every level are
//! features. Clusters are stored inside the model file.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::hash::{IdMap, hash_str};

/// Maximum number of granularity levels.
pub const MAX_LEVELS: usize = 3;

/// Settings of [`build_clusters`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterConfig {
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// At most this many words (the most frequent) are clustered.
    pub max_words: usize,
    /// Number of context words (the most frequent) of the left and right neighbour vectors.
    pub contexts: usize,
    /// Number of clusters at each level (at most [`MAX_LEVELS`]).
    pub levels: Vec<u16>,
    /// k-means iterations.
    pub iterations: u32,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            min_count: 3,
            max_words: 40_000,
            contexts: 1500,
            levels: vec![64, 256, 1024],
            iterations: 12,
        }
    }
}

/// Word → cluster ids (one per level), keyed by the hash of the lower-cased word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clusters {
    pub(crate) map: IdMap<[u16; MAX_LEVELS]>,
    pub(crate) levels: u8,
}

impl Clusters {
    /// Number of clustered words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// `true` when no word is clustered.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Cluster ids of a lower-cased word's hash.
    #[inline]
    pub(crate) fn get(&self, lower_h: u64) -> Option<&[u16; MAX_LEVELS]> {
        self.map.get(&lower_h)
    }

    /// Serialises the clusters (the same bytes as inside a model file).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.write(&mut out);
        out
    }

    /// Parses bytes written by [`Clusters::to_bytes`]; `None` if they are malformed.
    pub fn from_bytes(bytes: &[u8]) -> Option<Clusters> {
        let mut pos = 0;
        let c = Clusters::read(bytes, &mut pos)?;
        (pos == bytes.len()).then_some(c)
    }

    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        let mut e: Vec<(&u64, &[u16; MAX_LEVELS])> = self.map.iter().collect();
        e.sort_unstable();
        out.push(self.levels);
        out.extend_from_slice(&(e.len() as u32).to_le_bytes());
        for (k, c) in e {
            out.extend_from_slice(&k.to_le_bytes());
            for x in c {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
    }

    pub(crate) fn read(b: &[u8], pos: &mut usize) -> Option<Clusters> {
        let levels = *b.get(*pos)?;
        if levels as usize > MAX_LEVELS {
            return None;
        }
        let n = u32::from_le_bytes(b.get(*pos + 1..*pos + 5)?.try_into().ok()?) as usize;
        *pos += 5;
        let rec = 8 + 2 * MAX_LEVELS;
        let body = b.get(*pos..*pos + n.checked_mul(rec)?)?;
        *pos += n * rec;
        let mut map = IdMap::with_capacity_and_hasher(n, Default::default());
        for r in body.chunks_exact(rec) {
            let k = u64::from_le_bytes(r[..8].try_into().ok()?);
            let mut c = [0u16; MAX_LEVELS];
            for (l, x) in c.iter_mut().enumerate() {
                *x = u16::from_le_bytes([r[8 + 2 * l], r[9 + 2 * l]]);
            }
            map.insert(k, c);
        }
        Some(Clusters { map, levels })
    }
}

/// Clusters the words of `sentences` (tokens; lower-cased here). Deterministic.
pub fn build_clusters<S: AsRef<[T]>, T: AsRef<str>>(
    sentences: &[S],
    config: &ClusterConfig,
) -> Clusters {
    let lower = |t: &str| t.chars().flat_map(char::to_lowercase).collect::<String>();
    let mut freq: HashMap<String, u32> = HashMap::new();
    let sents: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| s.as_ref().iter().map(|t| lower(t.as_ref())).collect())
        .collect();
    for s in &sents {
        for w in s {
            *freq.entry(w.clone()).or_default() += 1;
        }
    }
    let mut by_freq: Vec<(&String, u32)> = freq.iter().map(|(w, c)| (w, *c)).collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let ctx: HashMap<&str, usize> = by_freq
        .iter()
        .take(config.contexts)
        .enumerate()
        .map(|(i, (w, _))| (w.as_str(), i))
        .collect();
    let words: Vec<&str> = by_freq
        .iter()
        .filter(|(_, c)| *c >= config.min_count)
        .take(config.max_words)
        .map(|(w, _)| w.as_str())
        .collect();
    let widx: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let dims = 2 * config.contexts + 2;
    // Co-occurrence counts (sparse, per word).
    let mut co: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    for s in &sents {
        for (i, w) in s.iter().enumerate() {
            let Some(&wi) = widx.get(w.as_str()) else {
                continue;
            };
            let left = if i == 0 {
                Some(2 * config.contexts)
            } else {
                ctx.get(s[i - 1].as_str()).copied()
            };
            let right = if i + 1 == s.len() {
                Some(2 * config.contexts + 1)
            } else {
                ctx.get(s[i + 1].as_str()).map(|c| c + config.contexts)
            };
            for d in [left, right].into_iter().flatten() {
                *co[wi].entry(d as u32).or_default() += 1.0;
            }
        }
    }
    // PPMI and normalisation.
    let mut col = vec![0f64; dims];
    let mut total = 0f64;
    for row in &co {
        for (&d, &c) in row {
            col[d as usize] += c as f64;
            total += c as f64;
        }
    }
    let vecs: Vec<Vec<(u32, f32)>> = co
        .iter()
        .map(|row| {
            let rs: f64 = row.values().map(|&c| c as f64).sum();
            let mut v: Vec<(u32, f32)> = row
                .iter()
                .filter_map(|(&d, &c)| {
                    let pmi = ((c as f64 * total) / (rs * col[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_unstable_by_key(|x| x.0);
            let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for x in v.iter_mut() {
                    x.1 /= norm;
                }
            }
            v
        })
        .collect();
    let mut assign: Vec<[u16; MAX_LEVELS]> = vec![[0; MAX_LEVELS]; words.len()];
    let levels: Vec<u16> = config.levels.iter().copied().take(MAX_LEVELS).collect();
    for (li, &k) in levels.iter().enumerate() {
        let k = (k as usize).clamp(1, words.len().max(1));
        // Initial centroids: words spread evenly over the frequency ranking.
        let mut cent: Vec<Vec<f32>> = (0..k)
            .map(|c| {
                let mut v = vec![0f32; dims];
                if let Some(wv) = vecs.get(c * words.len() / k) {
                    for &(d, x) in wv {
                        v[d as usize] = x;
                    }
                }
                v
            })
            .collect();
        let mut a = vec![0usize; words.len()];
        for _ in 0..config.iterations {
            for (wi, wv) in vecs.iter().enumerate() {
                let mut best = (f32::NEG_INFINITY, 0usize);
                for (c, cv) in cent.iter().enumerate() {
                    let s: f32 = wv.iter().map(|&(d, x)| x * cv[d as usize]).sum();
                    if s > best.0 {
                        best = (s, c);
                    }
                }
                a[wi] = best.1;
            }
            for cv in cent.iter_mut() {
                cv.iter_mut().for_each(|x| *x = 0.0);
            }
            for (wi, wv) in vecs.iter().enumerate() {
                for &(d, x) in wv {
                    cent[a[wi]][d as usize] += x;
                }
            }
            for cv in cent.iter_mut() {
                let n = cv.iter().map(|x| x * x).sum::<f32>().sqrt();
                if n > 0.0 {
                    cv.iter_mut().for_each(|x| *x /= n);
                }
            }
        }
        for (wi, c) in a.iter().enumerate() {
            assign[wi][li] = *c as u16;
        }
    }
    let map = words
        .iter()
        .zip(assign)
        .map(|(w, c)| (hash_str(w), c))
        .collect();
    Clusters {
        map,
        levels: levels.len() as u8,
    }
}
