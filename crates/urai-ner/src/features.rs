//! Feature extraction: every feature is a 64-bit hash of a template id and its values, computed from reusable
//! buffers without per-token allocation.
//!
//! Templates (token i of a sentence, words lower-cased unless "raw"): bias; word at i-2..i+2; raw word; word
//! bigrams around i; prefixes and suffixes of 1–4 characters; word shape (`Xxxx`, `XX`, `dd`…) full and
//! collapsed at i-1, i, i+1 and as a trigram; previous word × current shape; current shape × next word;
//! orthographic flags (capitalised, all caps, digits, hyphen, mixed case, length) and sentence position;
//! capitalised-run length and position; gazetteer classes at i-1, i, i+1 (with capitalisation); trigger words
//! at i-2, i-1, i+1; and label-free document features: whether the same word occurs elsewhere in the
//! document in lower case, capitalised inside a sentence, as the first or as a later token of a capitalised run.
//! In a headline-cased sentence (`Putin Siap Bertemu Biden di Jenewa`) every feature that reads capitalisation
//! (shapes, flags, raw word, runs, gazetteer and trigger matches) is learnt apart from its running-text twin, so headlines teach the tagger about headlines without blurring what capitals mean in text.

use crate::clusters::{BASE_LEVELS, Clusters, MAX_LEVELS};
use crate::gazetteer::{
    Class, GAZETTEER, NAME_AND_TRIGGER_BITS, NUM_CLASSES, b_bit, lower_token_hash,
};
use crate::hash::{Hasher, IdMap, feat, hash_str};

/// Words a headline may leave in lower case (prepositions and conjunctions).
pub(crate) const HEADLINE_LOWER: &[&str] = &[
    "di", "ke", "dari", "dan", "yang", "untuk", "dengan", "atau", "pada", "oleh",
];

/// Bumped whenever the feature templates change; stored in model files.
pub(crate) const FEATURE_VERSION: u32 = 5;

const F_INITCAP: u16 = 1;
const F_ALLCAP: u16 = 2;
const F_DIGIT: u16 = 4;
const F_ALLDIGIT: u16 = 8;
const F_HYPHEN: u16 = 16;
const F_PUNCT: u16 = 32;
const F_MIXED: u16 = 64;
const F_DOT: u16 = 128;

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TokInfo {
    lower: (u32, u32),
    lower_h: u64,
    raw_h: u64,
    shape_h: u64,
    short_h: u64,
    flags: u16,
    nchars: u16,
    gaz: u32,
    run_len: u8,
    run_pos: u8,
    doc: u8,
    /// Word cluster ids of the main clustering (`u16::MAX` = unknown word); a second clustering's are in
    /// [`Extractor::classes`].
    cl: [u16; BASE_LEVELS],
    /// Stage-1 label index (when a second stage runs).
    s1: u8,
    /// The token's sentence is headline-cased (capitalisation says little there).
    head: bool,
    /// Stage-1 document memory bits: the same word labelled PER / LOC / ORG elsewhere, left O while capitalised
    /// elsewhere, part of a multi-token person elsewhere.
    mem: u8,
}

impl TokInfo {
    #[inline]
    fn cap(&self) -> bool {
        self.flags & (F_INITCAP | F_ALLCAP) != 0
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct DocStat {
    lc: u32,
    cap_mid: u32,
    run_first: u32,
    run_later: u32,
}

/// Word features of a missing neighbour at offset `k` (before the sentence start or after its end).
#[inline]
pub(crate) fn missing_unary(k: isize, f: &mut impl FnMut(u64)) {
    let edge = if k < 0 { BOS } else { EOS };
    f(feat(T_W + (k + 2) as u64, edge, 0));
    let levels = if k.abs() == 1 { 1..BASE_LEVELS } else { 0..1 };
    for l in levels {
        f(feat(T_CL + l as u64, (k + 2) as u64, (u16::MAX - 1) as u64));
    }
    if k.abs() == 1 {
        f(feat(T_SSHAPE + (k + 1) as u64, edge, 0));
    }
}

/// The domain-specific twin of feature key `k`.
#[inline]
pub(crate) fn domain_key(k: u64, domain: u8) -> u64 {
    let d = domain as u64 + 1;
    crate::hash::mix(k ^ d.wrapping_mul(0xD6E8_FEB8_6659_FD93)).max(1)
}

const BOS: u64 = 0xB05;
const EOS: u64 = 0xE05;

// Template ids.
const T_BIAS: u64 = 1;
const T_W: u64 = 2; // + offset
const T_RAW: u64 = 10;
const T_BI_L: u64 = 11;
const T_BI_R: u64 = 12;
const T_PRE: u64 = 13;
const T_SUF: u64 = 14;
const T_SHAPE: u64 = 15;
const T_SSHAPE: u64 = 16; // + offset
const T_SS_TRI: u64 = 24;
const T_WM1_SS0: u64 = 25;
const T_SS0_WP1: u64 = 26;
const T_FLAGS: u64 = 27;
const T_FLAGS_POS: u64 = 28;
const T_LEN: u64 = 29;
const T_RUN: u64 = 30;
const T_GAZ: u64 = 31; // + offset
const T_GAZ_CAP: u64 = 40;
const T_TRIG: u64 = 41;
const T_DOC: u64 = 42;
const T_DOC_POS: u64 = 43;
const T_WM2_WM1: u64 = 44;
const T_GAZ_RUN: u64 = 45;
const T_S1: u64 = 50; // +0..2
const T_MEM: u64 = 53; // +0..2
const T_CL: u64 = 60; // + level
const T_CL_SHAPE: u64 = 64;
const T_PAREN: u64 = 65;
const T_CL_BI: u64 = 66; // +0..1
const T_HEAD: u64 = 68;
const T_TRIGRAM: u64 = 69;
const T_CLX: u64 = 70; // + level (BASE_LEVELS..MAX_LEVELS: 73..76)
/// Added to the template id of every feature that reads capitalisation, in a headline-cased sentence: those
/// are learnt apart from the ones of running text.
const HEADLINE_SHIFT: u64 = 1000;

/// Three characters packed into one key (every `char` fits in 21 bits).
#[inline]
fn trigram(a: char, b: char, c: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | c as u64
}

/// Reusable buffers for one document.
#[derive(Default)]
pub(crate) struct Extractor {
    arena: String,
    toks: Vec<TokInfo>,
    sents: Vec<(usize, usize)>,
    h: Vec<u64>,
    cap: Vec<bool>,
    gaz: Vec<u32>,
    stats: IdMap<DocStat>,
    stacked: bool,
    mem: IdMap<[u32; 5]>,
    /// Cluster levels of the loaded document's clusters.
    levels: usize,
    /// Per token, the class ids of a second clustering ([`Clusters::join`]); empty when there is none.
    classes: Vec<[u16; MAX_LEVELS - BASE_LEVELS]>,
}

fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_ascii() {
        c
    } else if c.is_alphabetic() {
        'x'
    } else {
        '*'
    }
}

impl Extractor {
    /// Token range of sentence `s` in the document's flat token list.
    pub(crate) fn sentence_range(&self, s: usize) -> (usize, usize) {
        self.sents[s]
    }

    fn token_info(&mut self, tok: &str) -> TokInfo {
        let start = self.arena.len();
        let mut flags = 0u16;
        let mut shape = Hasher::new(3);
        let mut short = Hasher::new(4);
        let mut last_class = '\0';
        let (mut n, mut upper, mut lower_n, mut digits, mut alnum) = (0u16, 0u16, 0u16, 0u16, 0u16);
        for c in tok.chars() {
            n = n.saturating_add(1);
            if c.is_uppercase() {
                upper += 1;
                if n > 1 && lower_n > 0 {
                    flags |= F_MIXED;
                }
            } else if c.is_lowercase() {
                lower_n += 1;
            }
            if c.is_numeric() {
                digits += 1;
            }
            if c.is_alphanumeric() {
                alnum += 1;
            }
            if c == '-' {
                flags |= F_HYPHEN;
            }
            if c == '.' {
                flags |= F_DOT;
            }
            let sc = shape_class(c);
            if n <= 12 {
                shape.add(sc as u64);
            }
            if sc != last_class {
                short.add(sc as u64);
                last_class = sc;
            }
            self.arena.extend(c.to_lowercase());
        }
        if tok.chars().next().is_some_and(char::is_uppercase) {
            flags |= F_INITCAP;
        }
        if upper >= 2 && lower_n == 0 {
            flags |= F_ALLCAP;
        }
        if digits > 0 {
            flags |= F_DIGIT;
            if digits == n {
                flags |= F_ALLDIGIT;
            }
        }
        if alnum == 0 {
            flags |= F_PUNCT;
        }
        let lower = &self.arena[start..];
        TokInfo {
            lower: (start as u32, self.arena.len() as u32),
            lower_h: lower_token_hash(lower),
            raw_h: hash_str(tok),
            shape_h: shape.finish(),
            short_h: short.finish(),
            flags,
            nchars: n,
            ..TokInfo::default()
        }
    }

    /// Loads a document (sentences of tokens) and computes all per-token information.
    pub(crate) fn load<S: AsRef<[T]>, T: AsRef<str>>(
        &mut self,
        doc: &[S],
        clusters: Option<&Clusters>,
    ) {
        self.arena.clear();
        self.toks.clear();
        self.sents.clear();
        self.stats.clear();
        self.stacked = false;
        self.levels = clusters.map_or(0, Clusters::levels);
        self.classes.clear();
        // A document can be a whole web page: its token table is allocated once, at its size.
        let total: usize = doc.iter().map(|s| s.as_ref().len()).sum();
        self.toks.reserve_exact(total);
        if self.levels > BASE_LEVELS {
            self.classes.reserve_exact(total);
        }
        for sent in doc {
            let start = self.toks.len();
            for tok in sent.as_ref() {
                let mut info = self.token_info(tok.as_ref());
                let ids = clusters
                    .and_then(|c| c.get(info.lower_h))
                    .copied()
                    .unwrap_or([u16::MAX; MAX_LEVELS]);
                info.cl.copy_from_slice(&ids[..BASE_LEVELS]);
                if self.levels > BASE_LEVELS {
                    let mut x = [u16::MAX; MAX_LEVELS - BASE_LEVELS];
                    x.copy_from_slice(&ids[BASE_LEVELS..]);
                    self.classes.push(x);
                }
                self.toks.push(info);
            }
            self.sents.push((start, self.toks.len()));
        }
        // Gazetteer matches and capitalised runs, per sentence.
        for s in 0..self.sents.len() {
            let (a, b) = self.sents[s];
            self.h.clear();
            self.cap.clear();
            self.h.extend(self.toks[a..b].iter().map(|t| t.lower_h));
            self.cap.extend(self.toks[a..b].iter().map(TokInfo::cap));
            self.gaz.clear();
            self.gaz.resize(b - a, 0);
            GAZETTEER.mark(&self.h, &self.cap, &mut self.gaz);
            for (t, g) in self.toks[a..b].iter_mut().zip(&self.gaz) {
                t.gaz = *g;
            }
            if self.headline(a, b) {
                for t in &mut self.toks[a..b] {
                    t.head = true;
                }
            }
            let mut i = a;
            while i < b {
                if !self.toks[i].cap() {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < b && self.toks[j].cap() {
                    j += 1;
                }
                let len = j - i;
                for k in i..j {
                    let t = &mut self.toks[k];
                    t.run_len = len.min(4) as u8;
                    t.run_pos = if len == 1 {
                        3
                    } else if k == i {
                        0
                    } else if k + 1 == j {
                        2
                    } else {
                        1
                    };
                }
                i = j;
            }
        }
        // Document statistics.
        for &(a, b) in &self.sents {
            for i in a..b {
                let t = &self.toks[i];
                let st = self.stats.entry(t.lower_h).or_default();
                Self::contribution(t, i == a, st, 1);
            }
        }
        for s in 0..self.sents.len() {
            let (a, b) = self.sents[s];
            for i in a..b {
                let t = self.toks[i];
                if !t.cap() {
                    continue;
                }
                let mut st = self.stats.get(&t.lower_h).copied().unwrap_or_default();
                Self::contribution(&t, i == a, &mut st, -1);
                let mut d = 0u8;
                if st.lc > 0 {
                    d |= 1;
                }
                if st.cap_mid > 0 {
                    d |= 2;
                }
                if st.run_first > 0 {
                    d |= 4;
                }
                if st.run_later > 0 {
                    d |= 8;
                }
                self.toks[i].doc = d | 16;
            }
        }
    }

    /// Whether tokens `a..b` are headline-cased (`Biden dan Putin Komunikasi Lewat Telepon`): after the first
    /// token, at most one word in lower case (the prepositions and conjunctions headlines leave in lower case
    /// aside), at least four capitalised, and at least two of those ordinary Indonesian words that are neither
    /// listed names nor trigger words — which tells a headline from a sentence dense with names and titles.
    fn headline(&self, a: usize, b: usize) -> bool {
        let names = NAME_AND_TRIGGER_BITS;
        let common = b_bit(Class::CommonId);
        let (mut lower, mut caps, mut ordinary) = (0usize, 0usize, 0usize);
        for t in self.toks.get(a + 1..b).unwrap_or(&[]) {
            if t.flags & (F_PUNCT | F_DIGIT) != 0
                || t.nchars < 2
                || HEADLINE_LOWER.contains(&self.lower(t))
            {
                continue;
            }
            if t.flags & F_INITCAP == 0 {
                lower += 1;
                if lower > 1 {
                    // Running text: decided after its first few words (this runs for every sentence tagged).
                    return false;
                }
            } else {
                caps += 1;
                if t.gaz & common != 0 && t.gaz & names == 0 {
                    ordinary += 1;
                }
            }
        }
        lower <= 1 && caps >= 4 && ordinary >= 2
    }

    /// Whether sentence `s` of the loaded document is headline-cased (see [`Extractor::headline`]).
    pub(crate) fn is_headline(&self, s: usize) -> bool {
        let (a, b) = self.sents[s];
        a < b && self.toks[a].head
    }

    /// Spans `(start, end)` of sentence `s` matching the seats-of-government list and not preceded by a
    /// locative preposition (`di Kremlin` is a place, `Kremlin membantah` the government).
    pub(crate) fn seat_spans(&self, s: usize, out: &mut Vec<(usize, usize)>) {
        out.clear();
        let (a, b) = self.sents[s];
        let toks = &self.toks[a..b];
        let bb = b_bit(Class::Seat);
        for i in 0..toks.len() {
            if toks[i].gaz & bb == 0 {
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && toks[j].gaz & (bb << 1) != 0 {
                j += 1;
            }
            let locative = i > 0
                && matches!(
                    self.lower(&toks[i - 1]),
                    "di" | "ke"
                        | "dari"
                        | "menuju"
                        | "depan"
                        | "dalam"
                        | "luar"
                        | "halaman"
                        | "sekitar"
                );
            if !locative {
                out.push((i, j));
            }
        }
    }

    /// `true` when token `i` of sentence `s` begins an entry of a place list.
    pub(crate) fn begins_place(&self, s: usize, i: usize) -> bool {
        const PLACES: u32 = b_bit(Class::LocCldr)
            | b_bit(Class::LocGeonames)
            | b_bit(Class::LocWilayah)
            | b_bit(Class::LocTeam);
        let (a, b) = self.sents[s];
        a + i < b && self.toks[a + i].gaz & PLACES != 0
    }

    /// The length in tokens of the place that opens sentence `s` as its subject, if any: a whole entry of the
    /// CLDR country and territory list or of the team's place list, followed by a word in lower case
    /// (`Jepang mengirim bantuan`, `Amerika Serikat menolak`).
    pub(crate) fn place_opening(&self, s: usize) -> Option<usize> {
        let (a, b) = self.sents[s];
        let toks = &self.toks[a..b];
        let first = toks.first()?;
        let mut longest = None;
        for c in [Class::LocCldr, Class::LocTeam] {
            if first.gaz & b_bit(c) == 0 {
                continue;
            }
            let inside = b_bit(c) << 1;
            let k = 1 + toks[1..].iter().take_while(|t| t.gaz & inside != 0).count();
            let lower_next = toks
                .get(k)
                .is_some_and(|t| !t.cap() && t.flags & (F_PUNCT | F_DIGIT) == 0);
            if lower_next && longest.is_none_or(|l| l < k) {
                longest = Some(k);
            }
        }
        longest
    }

    /// Number of tokens of the loaded document.
    pub(crate) fn num_tokens(&self) -> usize {
        self.toks.len()
    }

    /// Records the first stage's labels (flat over the document) and computes the memory features.
    pub(crate) fn set_stage1(&mut self, labels: &[u8]) {
        self.stacked = true;
        self.mem.clear();
        let contrib = |toks: &[TokInfo], i: usize, labels: &[u8]| -> Option<[u32; 5]> {
            let t = &toks[i];
            if !t.cap() {
                return None;
            }
            let l = *labels.get(i)? as usize;
            let mut c = [0u32; 5];
            if l == 0 {
                c[3] = 1;
            } else {
                c[(l - 1) / 2] = 1;
                // part of a multi-token person: PER label with a PER neighbour
                let per = |j: usize| labels.get(j).is_some_and(|&x| x == 1 || x == 2);
                if l <= 2 && ((i > 0 && l == 2) || per(i + 1) && labels.get(i + 1) == Some(&2)) {
                    c[4] = 1;
                }
            }
            Some(c)
        };
        for (i, t) in self.toks.iter_mut().enumerate() {
            t.s1 = labels.get(i).copied().unwrap_or(0);
        }
        for i in 0..self.toks.len() {
            if let Some(c) = contrib(&self.toks, i, labels) {
                let e = self.mem.entry(self.toks[i].lower_h).or_default();
                for k in 0..5 {
                    e[k] += c[k];
                }
            }
        }
        for i in 0..self.toks.len() {
            let Some(own) = contrib(&self.toks, i, labels) else {
                continue;
            };
            let tot = self
                .mem
                .get(&self.toks[i].lower_h)
                .copied()
                .unwrap_or_default();
            let mut bits = 0u8;
            for k in 0..5 {
                if tot[k].saturating_sub(own[k]) > 0 {
                    bits |= 1 << k;
                }
            }
            self.toks[i].mem = bits | 32;
        }
    }

    fn contribution(t: &TokInfo, initial: bool, st: &mut DocStat, sign: i32) {
        let add = |x: &mut u32| *x = x.wrapping_add_signed(sign);
        if t.flags & F_PUNCT != 0 {
            return;
        }
        if !t.cap() {
            add(&mut st.lc);
            return;
        }
        if !initial {
            add(&mut st.cap_mid);
        }
        if t.run_len >= 2 {
            if t.run_pos == 0 {
                add(&mut st.run_first);
            } else {
                add(&mut st.run_later);
            }
        }
    }

    fn lower(&self, t: &TokInfo) -> &str {
        self.arena
            .get(t.lower.0 as usize..t.lower.1 as usize)
            .unwrap_or("")
    }

    /// Calls `f` with every feature of token `i` of sentence `s`, each as a shared key and, unless `domain` is
    /// 255, as a key specific to `domain` (training; tagging uses stages fused for one domain).
    #[inline]
    pub(crate) fn features_in_domain(
        &self,
        s: usize,
        i: usize,
        domain: u8,
        f: &mut impl FnMut(u64),
    ) {
        if domain == u8::MAX {
            self.features(s, i, f);
        } else {
            self.features(s, i, &mut |k| {
                f(k);
                f(domain_key(k, domain));
            });
        }
    }

    /// Calls `f` with every feature of token `i` (index within sentence `s`): the word features of the tokens
    /// at offsets -2..=2 ([`Extractor::unary`]) and the contextual ones ([`Extractor::contextual`]).
    #[inline]
    pub(crate) fn features(&self, s: usize, i: usize, f: &mut impl FnMut(u64)) {
        let (a, b) = self.sents[s];
        for k in -2..=2isize {
            let j = i as isize + k;
            if j < 0 || j >= (b - a) as isize {
                missing_unary(k, f);
            } else {
                self.unary(a + j as usize, k, f);
            }
        }
        self.contextual(s, i, f);
    }

    /// Token `j` (flat index) of the loaded document, as a hashable identity for caching its word features.
    #[inline]
    pub(crate) fn token_key(&self, j: usize) -> u64 {
        let t = &self.toks[j];
        t.raw_h ^ (t.head as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// Features that depend only on token `j` (flat index) seen from offset `k` (-2..=2) of the tagged token.
    #[inline]
    pub(crate) fn unary(&self, j: usize, k: isize, f: &mut impl FnMut(u64)) {
        let t = &self.toks[j];
        let hs = if t.head { HEADLINE_SHIFT } else { 0 };
        f(feat(T_W + (k + 2) as u64, t.lower_h, 0));
        let levels = match k {
            0 => 0..BASE_LEVELS,
            -1 | 1 => 1..BASE_LEVELS,
            _ => 0..1,
        };
        for l in levels {
            f(feat(T_CL + l as u64, (k + 2) as u64, t.cl[l] as u64));
        }
        // The second clustering's classes (from other text), at the word and its neighbours.
        if (-1..=1).contains(&k)
            && let Some(x) = self.classes.get(j)
        {
            for (l, &id) in x.iter().enumerate().take(self.levels - BASE_LEVELS) {
                f(feat(
                    T_CLX + (BASE_LEVELS + l) as u64,
                    (k + 2) as u64,
                    id as u64,
                ));
            }
        }
        if (-1..=1).contains(&k) {
            f(feat(hs + T_SSHAPE + (k + 1) as u64, t.short_h, 0));
        }
        if k != 0 {
            return;
        }
        f(feat(hs + T_RAW, t.raw_h, 0));
        let lower = self.lower(t);
        if t.nchars >= 3 && t.flags & F_PUNCT == 0 {
            let mut ends = [0usize; 5];
            let mut m = 0;
            for (pos, _) in lower.char_indices().skip(1).take(4) {
                m += 1;
                ends[m] = pos;
            }
            for (n, &e) in ends.iter().enumerate().take(m + 1).skip(1) {
                f(feat(
                    T_PRE,
                    n as u64,
                    hash_str(lower.get(..e).unwrap_or("")),
                ));
            }
            for (n, (pos, _)) in lower.char_indices().rev().take(4).enumerate() {
                f(feat(
                    T_SUF,
                    n as u64,
                    hash_str(lower.get(pos..).unwrap_or("")),
                ));
            }
        }
        // Character trigrams of the word between boundary marks (`^ja`, `jak`, ..., `ta$`): name-like
        // spellings (`-sky`, `-ov$`, `sch`, `-indo`) carry to words never seen in training.
        if (4..=24).contains(&t.nchars) && t.flags & F_PUNCT == 0 {
            let (mut c1, mut c2) = ('\0', '^');
            for c in lower.chars().chain(std::iter::once('$')) {
                if c1 != '\0' {
                    f(feat(T_TRIGRAM, trigram(c1, c2, c), 0));
                }
                (c1, c2) = (c2, c);
            }
        }
        f(feat(hs + T_SHAPE, t.shape_h, 0));
        f(feat(hs + T_FLAGS, t.flags as u64, 0));
        f(feat(
            hs + T_LEN,
            t.nchars.min(10) as u64,
            (t.flags & F_ALLCAP != 0) as u64,
        ));
        f(feat(
            hs + T_CL_SHAPE,
            t.cl[BASE_LEVELS - 1] as u64,
            t.short_h,
        ));
    }

    /// Features of token `i` of sentence `s` that depend on its context.
    #[inline]
    pub(crate) fn contextual(&self, s: usize, i: usize, f: &mut impl FnMut(u64)) {
        let (a, b) = self.sents[s];
        let n = b - a;
        let toks = &self.toks[a..b];
        let t = &toks[i];
        let at = |k: isize| -> Option<&TokInfo> {
            let j = i as isize + k;
            if j < 0 || j >= n as isize {
                None
            } else {
                Some(&toks[j as usize])
            }
        };
        let wh = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.lower_h);
        let ss = |k: isize| at(k).map_or(if k < 0 { BOS } else { EOS }, |t| t.short_h);

        let hs = if t.head { HEADLINE_SHIFT } else { 0 };
        f(feat(T_BIAS, 0, 0));
        f(feat(T_BI_L, wh(-1), t.lower_h));
        f(feat(T_BI_R, t.lower_h, wh(1)));
        f(feat(T_WM2_WM1, wh(-2), wh(-1)));
        f(feat(hs + T_SS_TRI, ss(-1) ^ ss(0).rotate_left(21), ss(1)));
        f(feat(hs + T_WM1_SS0, wh(-1), t.short_h));
        f(feat(hs + T_SS0_WP1, t.short_h, wh(1)));
        // Cluster bigrams (middle level).
        let cl = |k: isize| at(k).map_or(u16::MAX - 1, |t| t.cl[1]) as u64;
        f(feat(T_CL_BI, cl(-1), cl(0)));
        f(feat(T_CL_BI + 1, cl(0), cl(1)));
        // Parentheses: a name followed by its acronym in brackets, or the acronym itself.
        let is = |k: isize, c: &str| at(k).is_some_and(|o| self.lower(o) == c);
        let caps = |k: isize| at(k).is_some_and(|o| o.flags & (F_ALLCAP | F_INITCAP) != 0);
        let paren = is(1, "(") as u64
            | ((is(1, "(") && caps(2)) as u64) << 1
            | (is(-1, "(") as u64) << 2
            | (is(1, ")") as u64) << 3;
        if paren != 0 {
            f(feat(
                hs + T_PAREN,
                paren,
                (t.flags & (F_INITCAP | F_ALLCAP)) as u64,
            ));
        }
        // Flags and position.
        let first = i == 0;
        let prev_punct = at(-1).is_some_and(|p| p.flags & F_PUNCT != 0);
        f(feat(
            hs + T_FLAGS_POS,
            t.flags as u64 & 3,
            first as u64 | (prev_punct as u64) << 1 | ((i + 1 == n) as u64) << 2,
        ));
        f(feat(
            hs + T_RUN,
            t.run_len as u64,
            t.run_pos as u64 | (first as u64) << 3,
        ));
        if t.head {
            f(feat(T_HEAD, 0, 0));
        }
        // Gazetteers.
        let capbits = (t.flags & (F_INITCAP | F_ALLCAP)) as u64;
        for k in -1..=1isize {
            let Some(o) = at(k) else { continue };
            let mut g = o.gaz;
            while g != 0 {
                let bit = g.trailing_zeros() as u64;
                g &= g - 1;
                f(feat(hs + T_GAZ + (k + 1) as u64, bit, 0));
                if k == 0 {
                    f(feat(hs + T_GAZ_CAP, bit, capbits | (first as u64) << 2));
                    f(feat(
                        hs + T_GAZ_RUN,
                        bit,
                        t.run_len as u64 | (t.run_pos as u64) << 3,
                    ));
                }
            }
        }
        // Trigger words before and after (any class bit of the trigger lists).
        const TRIG: [Class; 3] = [Class::TrigPer, Class::TrigOrg, Class::TrigLoc];
        for k in [-2isize, -1, 1] {
            let Some(o) = at(k) else { continue };
            for (ci, c) in TRIG.iter().enumerate() {
                if o.gaz & (b_bit(*c) | b_bit(*c) << 1) != 0 {
                    f(feat(
                        hs + T_TRIG,
                        (k + 2) as u64 * NUM_CLASSES as u64 + ci as u64,
                        capbits,
                    ));
                }
            }
        }
        // Second stage: first-stage labels around i and the document memory.
        if self.stacked {
            let s1 = |k: isize| at(k).map_or(7, |t| t.s1 as u64);
            f(feat(T_S1, s1(0), 0));
            f(feat(T_S1 + 1, s1(-1), s1(0)));
            f(feat(T_S1 + 2, s1(0), s1(1)));
            if t.mem != 0 {
                f(feat(T_MEM, t.mem as u64, 0));
                f(feat(T_MEM + 1, t.mem as u64, s1(0)));
                f(feat(T_MEM + 2, t.mem as u64, first as u64));
            }
        }
        // Document features.
        if t.doc != 0 {
            f(feat(T_DOC, t.doc as u64, 0));
            f(feat(
                T_DOC_POS,
                t.doc as u64,
                first as u64 | (t.run_pos as u64) << 1,
            ));
        }
    }
}
