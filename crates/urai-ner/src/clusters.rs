//! Word clusters computed from unlabelled text with the project's own code, used as features that carry
//! to words never seen in the labelled data.
//!
//! Each frequent lower-cased word gets a vector of its left and right neighbours (the most frequent words),
//! weighted by positive pointwise mutual information and normalised; spherical k-means then groups the words
//! at several granularities (see [`ClusterConfig::levels`]). A word's cluster ids at every level are
//! features. Clusters are stored inside the model file.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::hash::{IdMap, hash_str};

/// Maximum number of levels of a [`Clusters`]: the [`BASE_LEVELS`] of the main clustering, then those of a
/// second one joined to it ([`Clusters::join`]).
pub const MAX_LEVELS: usize = 7;

/// Levels of the main clustering; levels past these come from a second clustering ([`Clusters::join`]).
pub const BASE_LEVELS: usize = 3;

/// Settings of [`build_clusters`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClusterConfig {
    /// Words seen fewer times are not clustered.
    pub min_count: u32,
    /// At most this many words (the most frequent) are clustered.
    pub max_words: usize,
    /// Number of context words (the most frequent) of the left and right neighbour vectors.
    pub contexts: usize,
    /// Number of clusters at each level (at most [`BASE_LEVELS`]).
    pub levels: Vec<u16>,
    /// k-means iterations.
    pub iterations: u32,
    /// Words found in fewer documents are not clustered and are read, as neighbours, as one placeholder word
    /// (see [`build_clusters_in_documents`]; 1 keeps every word).
    #[serde(default = "one")]
    pub min_docs: u32,
}

impl ClusterConfig {
    /// The settings of a second set of word classes learnt from a large text of its own
    /// ([`build_clusters_in_documents`], [`Clusters::join`]): every word found in at least `min_docs`
    /// documents may be clustered, however rare elsewhere.
    pub fn classes(min_docs: u32) -> Self {
        ClusterConfig {
            min_count: 1,
            min_docs,
            ..ClusterConfig::default()
        }
    }
}

fn one() -> u32 {
    1
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            min_count: 3,
            max_words: 40_000,
            contexts: 1500,
            levels: vec![64, 256, 1024],
            iterations: 12,
            min_docs: 1,
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

    /// Number of levels (cluster ids per word).
    pub fn levels(&self) -> usize {
        self.levels as usize
    }

    /// The clusters of `self` (padded to [`BASE_LEVELS`] levels) followed by those of `other` (at most
    /// `MAX_LEVELS - BASE_LEVELS` of its levels), for every word either clusters; a word the other side does
    /// not know gets `u16::MAX` there. The tagger reads the second clustering's levels as features of their own.
    pub fn join(&self, other: &Clusters) -> Clusters {
        let extra = other.levels().min(MAX_LEVELS - BASE_LEVELS);
        let mut map: IdMap<[u16; MAX_LEVELS]> =
            IdMap::with_capacity_and_hasher(self.map.len() + other.map.len(), Default::default());
        for (&k, c) in &self.map {
            let mut ids = [u16::MAX; MAX_LEVELS];
            ids[..self.levels().min(BASE_LEVELS)]
                .copy_from_slice(&c[..self.levels().min(BASE_LEVELS)]);
            map.insert(k, ids);
        }
        for (&k, c) in &other.map {
            let ids = map.entry(k).or_insert([u16::MAX; MAX_LEVELS]);
            ids[BASE_LEVELS..BASE_LEVELS + extra].copy_from_slice(&c[..extra]);
        }
        Clusters {
            map,
            levels: (BASE_LEVELS + extra) as u8,
        }
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
            for x in &c[..self.levels as usize] {
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
        let rec = 8 + 2 * levels as usize;
        let body = b.get(*pos..*pos + n.checked_mul(rec)?)?;
        *pos += n * rec;
        let mut map = IdMap::with_capacity_and_hasher(n, Default::default());
        for r in body.chunks_exact(rec) {
            let k = u64::from_le_bytes(r[..8].try_into().ok()?);
            let mut c = [u16::MAX; MAX_LEVELS];
            for (l, x) in c.iter_mut().enumerate().take(levels as usize) {
                *x = u16::from_le_bytes([r[8 + 2 * l], r[9 + 2 * l]]);
            }
            map.insert(k, c);
        }
        Some(Clusters { map, levels })
    }
}

/// Clusters the words of `sentences` (tokens; lower-cased here), each sentence a document of its own for
/// [`ClusterConfig::min_docs`]. Deterministic.
pub fn build_clusters<S: AsRef<[T]>, T: AsRef<str>>(
    sentences: &[S],
    config: &ClusterConfig,
) -> Clusters {
    let sents: Vec<Vec<Cow<str>>> = sentences.iter().map(|s| lower_all(s.as_ref())).collect();
    let docs: Vec<u32> = (0..sents.len() as u32).collect();
    cluster(sents, &docs, config)
}

/// Clusters the words of `documents` (each a list of sentences of tokens; lower-cased here). A word found in
/// fewer than [`ClusterConfig::min_docs`] documents is not clustered, so that the clusters keep no name that only
/// a few documents hold. Deterministic.
pub fn build_clusters_in_documents<D: AsRef<[S]>, S: AsRef<[T]>, T: AsRef<str>>(
    documents: &[D],
    config: &ClusterConfig,
) -> Clusters {
    let mut sents = Vec::new();
    let mut docs = Vec::new();
    for (d, doc) in documents.iter().enumerate() {
        for s in doc.as_ref() {
            sents.push(lower_all(s.as_ref()));
            docs.push(d as u32);
        }
    }
    cluster(sents, &docs, config)
}

/// The placeholder of words found in fewer than [`ClusterConfig::min_docs`] documents (never a token).
const RARE: &str = "\u{1}rare";

fn lower_all<T: AsRef<str>>(tokens: &[T]) -> Vec<Cow<'_, str>> {
    tokens
        .iter()
        .map(|t| {
            let t = t.as_ref();
            if t.chars().any(char::is_uppercase) {
                Cow::Owned(t.chars().flat_map(char::to_lowercase).collect())
            } else {
                Cow::Borrowed(t)
            }
        })
        .collect()
}

/// Clusters lower-cased sentences; `docs[i]` is sentence `i`'s document.
fn cluster(mut sents: Vec<Vec<Cow<str>>>, docs: &[u32], config: &ClusterConfig) -> Clusters {
    if config.min_docs > 1 {
        // Documents per word (documents are consecutive runs of sentences or not: the last one seen counts).
        let mut df: HashMap<&str, (u32, u32)> = HashMap::new();
        for (s, &d) in sents.iter().zip(docs) {
            for w in s {
                let e = df.entry(w.as_ref()).or_insert((u32::MAX, 0));
                if e.0 != d {
                    *e = (d, e.1 + 1);
                }
            }
        }
        let rare: std::collections::HashSet<String> = df
            .into_iter()
            .filter(|(_, (_, n))| *n < config.min_docs)
            .map(|(w, _)| w.to_string())
            .collect();
        for s in sents.iter_mut() {
            for w in s.iter_mut() {
                if rare.contains(w.as_ref()) {
                    *w = Cow::Borrowed(RARE);
                }
            }
        }
    }
    let mut freq: HashMap<&str, u32> = HashMap::new();
    for s in &sents {
        for w in s {
            *freq.entry(w.as_ref()).or_default() += 1;
        }
    }
    let mut by_freq: Vec<(&str, u32)> = freq.iter().map(|(w, c)| (*w, *c)).collect();
    by_freq.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let ctx: HashMap<&str, usize> = by_freq
        .iter()
        .take(config.contexts)
        .enumerate()
        .map(|(i, (w, _))| (*w, i))
        .collect();
    let words: Vec<&str> = by_freq
        .iter()
        .filter(|(w, c)| *c >= config.min_count && *w != RARE)
        .take(config.max_words)
        .map(|(w, _)| *w)
        .collect();
    let widx: HashMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
    let dims = 2 * config.contexts + 2;
    // Co-occurrence counts (sparse, per word).
    let mut co: Vec<HashMap<u32, f32>> = vec![HashMap::new(); words.len()];
    for s in &sents {
        for (i, w) in s.iter().enumerate() {
            let Some(&wi) = widx.get(w.as_ref()) else {
                continue;
            };
            let left = if i == 0 {
                Some(2 * config.contexts)
            } else {
                ctx.get(s[i - 1].as_ref()).copied()
            };
            let right = if i + 1 == s.len() {
                Some(2 * config.contexts + 1)
            } else {
                ctx.get(s[i + 1].as_ref()).map(|c| c + config.contexts)
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
    let mut assign: Vec<[u16; MAX_LEVELS]> = vec![[u16::MAX; MAX_LEVELS]; words.len()];
    let levels: Vec<u16> = config.levels.iter().copied().take(BASE_LEVELS).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Documents in which `budi` and `ani` follow `terdakwa`/`saksi` in every document, and `joko` in one only.
    fn decisions() -> Vec<Vec<Vec<String>>> {
        (0..6)
            .map(|d| {
                let mut doc = vec![
                    "putusan terdakwa budi bin ali".to_string(),
                    "saksi ani binti umar di desa baru".to_string(),
                ];
                if d == 0 {
                    doc.push("terdakwa joko bin ali".to_string());
                }
                doc.iter()
                    .map(|s| s.split(' ').map(str::to_string).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_word_in_too_few_documents_gets_no_class() {
        let config = ClusterConfig {
            levels: vec![2, 4],
            ..ClusterConfig::classes(3)
        };
        let c = build_clusters_in_documents(&decisions(), &config);
        assert!(c.get(hash_str("budi")).is_some());
        assert!(c.get(hash_str("desa")).is_some());
        assert!(c.get(hash_str("joko")).is_none(), "in one document of six");
        assert!(c.get(hash_str(RARE)).is_none());
        let all = build_clusters_in_documents(
            &decisions(),
            &ClusterConfig {
                levels: vec![2, 4],
                ..ClusterConfig::classes(1)
            },
        );
        assert!(all.get(hash_str("joko")).is_some());
    }

    #[test]
    fn joined_classes_follow_the_base_levels_and_round_trip() {
        let base = build_clusters(
            &[["Budi", "datang"], ["Ani", "pergi"]],
            &ClusterConfig {
                min_count: 1,
                ..ClusterConfig::default()
            },
        );
        let law = build_clusters_in_documents(
            &decisions(),
            &ClusterConfig {
                levels: vec![2, 4],
                ..ClusterConfig::classes(3)
            },
        );
        let joined = base.join(&law);
        assert_eq!(joined.levels(), BASE_LEVELS + 2);
        let budi = joined.get(hash_str("budi")).unwrap();
        assert_eq!(
            budi[..BASE_LEVELS],
            base.get(hash_str("budi")).unwrap()[..BASE_LEVELS]
        );
        assert_eq!(
            budi[BASE_LEVELS..BASE_LEVELS + 2],
            law.get(hash_str("budi")).unwrap()[..2]
        );
        // A word of one side only: the other side's levels are unknown.
        assert_eq!(
            joined.get(hash_str("datang")).unwrap()[BASE_LEVELS],
            u16::MAX
        );
        assert_eq!(joined.get(hash_str("terdakwa")).unwrap()[0], u16::MAX);
        assert_eq!(
            Clusters::from_bytes(&joined.to_bytes()),
            Some(joined.clone())
        );
        // Three levels are written as before (14 bytes a word).
        assert_eq!(base.to_bytes().len(), 5 + 14 * base.len());
    }
}
