//! Affix inventory and the candidate search that strips them.
//!
//! The search enumerates every way the word can be split into prefixes (with their recodings),
//! a root, a derivational suffix, a possessive and a particle, keeps the splits whose root is in the
//! lexicon, and scores them with the evidence the lexicon gives (which affix combinations hunspell-id
//! says the root takes), instead of stopping at the first dictionary hit.

use crate::lexicon::{Chain, Combo, Combos, Lexicon};

/// A derivational prefix, as a token that collapses its allomorphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
#[non_exhaustive]
pub enum Prefix {
    /// `ber-` (`be-`, `bel-`): `bermain`, `bekerja`, `belajar`.
    Ber = 1,
    /// `di-`: `dibuang`.
    Di,
    /// `ke-`: `kenaikan`.
    Ke,
    /// `meN-` (`me-`, `mem-`, `men-`, `meng-`, `meny-`, `menge-`): `menyerahkan`.
    MeN,
    /// `peN-` (`pe-`, `pem-`, `pen-`, `peng-`, `peny-`, `penge-`): `pembicaraan`.
    PeN,
    /// `per-` (`pe-`, `pel-`): `perbankan`, `pelajari`.
    Per,
    /// `ter-` (`te-`): `terbesar`, `teraup`.
    Ter,
    /// `se-`: `sebuah`.
    Se,
    /// `ku-`, `kau-`: `kubaca`, `kauambil`.
    Ku,
}

impl Prefix {
    pub(crate) fn code(self) -> u8 {
        self as u8
    }

    pub(crate) fn from_code(code: u8) -> Option<Prefix> {
        Some(match code {
            1 => Prefix::Ber,
            2 => Prefix::Di,
            3 => Prefix::Ke,
            4 => Prefix::MeN,
            5 => Prefix::PeN,
            6 => Prefix::Per,
            7 => Prefix::Ter,
            8 => Prefix::Se,
            9 => Prefix::Ku,
            _ => return None,
        })
    }

    /// The token used in the lexicon file (`ber`, `di`, `ke`, `meN`, `peN`, `per`, `ter`, `se`, `ku`).
    pub fn token(self) -> &'static str {
        match self {
            Prefix::Ber => "ber",
            Prefix::Di => "di",
            Prefix::Ke => "ke",
            Prefix::MeN => "meN",
            Prefix::PeN => "peN",
            Prefix::Per => "per",
            Prefix::Ter => "ter",
            Prefix::Se => "se",
            Prefix::Ku => "ku",
        }
    }

    #[cfg(test)]
    pub(crate) fn from_token(token: &str) -> Option<Prefix> {
        (1..=9)
            .filter_map(Prefix::from_code)
            .find(|p| p.token() == token)
    }
}

/// A derivational suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[repr(u8)]
pub enum Suffix {
    /// No derivational suffix.
    #[default]
    None = 0,
    /// `-an`: `makanan`.
    An = 1,
    /// `-i`: `dikurangi`.
    I = 2,
    /// `-kan`: `menyerahkan`.
    Kan = 3,
}

impl Suffix {
    pub(crate) fn from_code(code: u8) -> Suffix {
        match code & 3 {
            1 => Suffix::An,
            2 => Suffix::I,
            3 => Suffix::Kan,
            _ => Suffix::None,
        }
    }

    /// The token used in the lexicon file (`-`, `an`, `i`, `kan`).
    pub fn token(self) -> &'static str {
        match self {
            Suffix::None => "-",
            Suffix::An => "an",
            Suffix::I => "i",
            Suffix::Kan => "kan",
        }
    }
}

/// Longest word (in bytes) the search handles; longer words are returned as they are.
pub(crate) const MAX_WORD: usize = 48;
/// Shortest root accepted once an affix has been removed.
const MIN_ROOT: usize = 3;
/// Words this short are never stemmed.
const MIN_STEMMABLE: usize = 4;

const PARTICLES: [&[u8]; 4] = [b"lah", b"kah", b"tah", b"pun"];
const POSSESSIVES: [&[u8]; 3] = [b"nya", b"ku", b"mu"];
const DERIVATIONAL: [(&[u8], Suffix); 3] = [
    (b"kan", Suffix::Kan),
    (b"an", Suffix::An),
    (b"i", Suffix::I),
];
/// Loan suffixes, removed when the word (or what remains after native affixes) is not itself in the lexicon but
/// its base is: `finalisasi` -> final, `idealisme` -> ideal, `idealis` -> ideal; never `tangis` -> tang.
const LOAN_SUFFIXES: [&[u8]; 3] = [b"isasi", b"isme", b"is"];

/// Numerals that form ordinals with ke- (`kedua`, `ketiga`): those are lexemes, not stemmed.
const NUMERALS: [&[u8]; 12] = [
    b"dua",
    b"tiga",
    b"empat",
    b"lima",
    b"enam",
    b"tujuh",
    b"delapan",
    b"sembilan",
    b"sepuluh",
    b"sebelas",
    b"seratus",
    b"seribu",
];

/// Scores used to rank candidate analyses.
mod weight {
    /// A word that is itself a root and takes affixes of its own in the lexicon.
    pub const AS_IS: f32 = 4.0;
    /// A word that is itself a root but takes no affixes (a plain list entry, often a derived form).
    pub const AS_IS_PLAIN: f32 = 2.0;
    /// Every analysis that removes a derivational affix starts here.
    pub const DERIVED: f32 = 1.0;
    /// The root takes exactly this prefix chain with this suffix.
    pub const EXACT: f32 = 3.0;
    /// The root takes the same affixes in the other voice (meN- for di-/ku- and back).
    pub const VOICE: f32 = 2.5;
    /// The root takes this prefix chain (with another suffix), or this suffix with the outermost prefix.
    pub const CLOSE: f32 = 1.5;
    /// The root takes the innermost prefix or the suffix in some combination.
    pub const WEAK: f32 = 0.5;
    /// The root has affix flags, none of which fits.
    pub const CONTRADICTED: f32 = -0.5;
    /// Per derivational affix removed.
    pub const PER_AFFIX: f32 = -0.3;
    /// Per particle or possessive removed.
    pub const PER_CLITIC: f32 = -0.1;
    /// Per byte of root: prefer the longer of two otherwise equal roots.
    pub const PER_BYTE: f32 = 0.1;
    /// Prefer removing a suffix over a prefix when the evidence ties (`berikan` = beri-kan, not ber-ikan).
    pub const SUFFIX_TIE: f32 = 0.05;
    /// `ku-`/`kau-` are rare as prefixes and often the start of a root.
    pub const KU: f32 = -0.5;
    /// Root formed with a loan suffix the lexicon does not list.
    pub const LOAN: f32 = -0.5;
    /// Prefix-suffix pairs Indonesian does not form (be-i, di-an, ke-i, ke-kan, me-an, se-i, se-kan, te-an)
    /// when the lexicon gives no evidence for them.
    pub const BAD_CONFIX: f32 = -1.0;
    /// Using the be-/te-/pe- allomorph before r instead of ber-/ter-/per-.
    pub const ALLOMORPH: f32 = 0.15;
    /// Analyses must score above this.
    pub const THRESHOLD: f32 = 0.0;
}

/// The best analysis found so far.
#[derive(Clone, Copy)]
pub(crate) struct Best {
    pub score: f32,
    pub root: [u8; MAX_WORD],
    pub root_len: usize,
    pub chain: Chain,
    pub suffix: Suffix,
}

impl Best {
    fn new() -> Best {
        Best {
            score: f32::NEG_INFINITY,
            root: [0; MAX_WORD],
            root_len: 0,
            chain: Chain::EMPTY,
            suffix: Suffix::None,
        }
    }

    pub(crate) fn root(&self) -> &str {
        // The root is always a slice of lower-case ASCII letters and hyphens.
        std::str::from_utf8(&self.root[..self.root_len]).unwrap_or_default()
    }
}

#[inline]
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[inline]
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

#[inline]
fn is_consonant(b: u8) -> bool {
    b.is_ascii_lowercase() && !is_vowel(b)
}

/// One way to remove a prefix: drop `skip` bytes, then put `recode` in front of the rest.
#[derive(Clone, Copy)]
struct Strip {
    /// The allomorph before r (be-rV, te-rV, pe-rV) is tried after the regular form (beradu is ber-adu, not be-radu).
    allomorph: bool,
    skip: usize,
    recode: &'static [u8],
    prefix: Prefix,
}

/// Fixed-capacity list of strips.
struct Strips {
    items: [Strip; 8],
    len: usize,
}

impl Strips {
    fn push(&mut self, skip: usize, recode: &'static [u8], prefix: Prefix) {
        if self.len < self.items.len() {
            self.items[self.len] = Strip {
                allomorph: false,
                skip,
                recode,
                prefix,
            };
            self.len += 1;
        }
    }

    fn push_allomorph(&mut self, skip: usize, prefix: Prefix) {
        self.push(skip, b"", prefix);
        if let Some(last) = self.len.checked_sub(1).and_then(|i| self.items.get_mut(i)) {
            last.allomorph = true;
        }
    }

    fn as_slice(&self) -> &[Strip] {
        &self.items[..self.len]
    }
}

/// Adds the ways a nasal prefix (`me`/`pe` + N) can be removed, with their recodings.
fn nasal_strips(s: &[u8], p: Prefix, out: &mut Strips) {
    let c2 = at(s, 2);
    let c3 = at(s, 3);
    let c4 = at(s, 4);
    match c2 {
        // me-l, me-r, me-w, me-y, and roots starting with a nasal: menanti, meminum, menyanyi, menganga
        b'l' | b'r' | b'w' | b'y' => out.push(2, b"", p),
        b'n' if c3 == b'g' => {
            // meng-
            if is_vowel(c4) {
                out.push(4, b"", p); // mengambil -> ambil
                out.push(4, b"k", p); // mengirim -> kirim, pengering -> kering
                if c4 == b'e' && is_consonant(at(s, 5)) {
                    out.push(5, b"", p); // mengebom -> bom, pengecatan -> cat
                }
            } else if matches!(c4, b'g' | b'h' | b'k' | b'q' | b'x') {
                out.push(4, b"", p); // menggali, menghapus, mengkritik
            }
            out.push(2, b"", p); // menganga -> nganga
        }
        b'n' if c3 == b'y' => {
            if is_vowel(c4) {
                out.push(4, b"s", p); // menyerahkan -> serah
            }
            out.push(2, b"", p); // menyanyi -> nyanyi
        }
        b'n' => {
            if matches!(c3, b'c' | b'd' | b'j' | b'z' | b's' | b't') {
                out.push(3, b"", p); // mencari, mendua, menjual, menziarahi, mensyukuri, mentransfer
            } else if is_vowel(c3) {
                out.push(3, b"t", p); // menangis -> tangis
                out.push(2, b"", p); // menikah -> nikah
            }
        }
        b'm' => {
            if matches!(c3, b'b' | b'f' | b'v' | b'p') {
                out.push(3, b"", p); // membangun, memfitnah, memvonis, memproses
            } else if is_vowel(c3) {
                out.push(3, b"p", p); // memukul -> pukul
                out.push(2, b"", p); // meminum -> minum
            } else if c3 == b'r' || c3 == b'l' {
                out.push(3, b"p", p); // pemrograman -> program, pemrosesan -> proses
                out.push(3, b"", p);
            }
        }
        _ => {
            if p == Prefix::PeN && is_consonant(c2) {
                out.push(2, b"", p); // petani, pekerja, pesuruh
            }
        }
    }
}

/// The ways a prefix can be removed from the start of `s`.
fn strips(s: &[u8]) -> Strips {
    let mut out = Strips {
        items: [Strip {
            allomorph: false,
            skip: 0,
            recode: b"",
            prefix: Prefix::Di,
        }; 8],
        len: 0,
    };
    let c0 = at(s, 0);
    let c1 = at(s, 1);
    let c2 = at(s, 2);
    let c3 = at(s, 3);
    match (c0, c1) {
        (b'd', b'i') => out.push(2, b"", Prefix::Di),
        (b'k', b'e') => out.push(2, b"", Prefix::Ke),
        (b's', b'e') => out.push(2, b"", Prefix::Se),
        (b'k', b'u') => out.push(2, b"", Prefix::Ku),
        (b'k', b'a') if c2 == b'u' => out.push(3, b"", Prefix::Ku),
        (b'b', b'e') => {
            if c2 == b'r' {
                out.push(3, b"", Prefix::Ber); // bermain
                if is_vowel(c3) {
                    out.push_allomorph(2, Prefix::Ber); // berambut -> rambut
                }
            } else if s.starts_with(b"belajar") {
                out.push(3, b"", Prefix::Ber); // belajar -> ajar
            } else if is_consonant(c2) && s.get(3..5) == Some(b"er") {
                out.push(2, b"", Prefix::Ber); // bekerja, beternak, bepergian
            }
        }
        (b't', b'e') => {
            if c2 == b'r' {
                out.push(3, b"", Prefix::Ter); // terbesar
                if is_vowel(c3) {
                    out.push_allomorph(2, Prefix::Ter); // teraup -> raup
                }
            } else if is_consonant(c2) && s.get(3..5) == Some(b"er") {
                out.push(2, b"", Prefix::Ter); // teterbang -> terbang
            }
        }
        (b'p', b'e') => {
            if c2 == b'r' {
                out.push(3, b"", Prefix::Per); // perbankan
                if is_vowel(c3) {
                    out.push_allomorph(2, Prefix::Per); // perumahan? per-rumah: pe-rumah
                }
            } else if s.starts_with(b"pelajar") {
                out.push(3, b"", Prefix::Per); // pelajari -> ajar
            }
            nasal_strips(s, Prefix::PeN, &mut out);
        }
        (b'm', b'e') => nasal_strips(s, Prefix::MeN, &mut out),
        _ => {}
    }
    out
}

/// How well the lexicon's combinations for a root support removing `chain` and `suffix`.
fn evidence(combos: Combos<'_>, chain: Chain, suffix: Suffix) -> f32 {
    if combos.is_empty() {
        return 0.0;
    }
    let target = Combo::new(chain, suffix);
    if combos.contains(target) {
        return weight::EXACT;
    }
    let outer = chain.get(0);
    let inner = chain.get(chain.len().saturating_sub(1));
    let voiced = voice(chain);
    let mut best = weight::CONTRADICTED;
    for c in combos.iter() {
        let cc = c.chain();
        if c.suffix() == suffix && voice(cc) == voiced && chain != Chain::EMPTY {
            // di-/ku- and meN- are the voices of one verb: dirilis is as good as merilis
            best = best.max(weight::VOICE);
            continue;
        }
        let same_chain = cc == chain && chain != Chain::EMPTY;
        let same_suffix_outer =
            suffix != Suffix::None && c.suffix() == suffix && cc.get(0) == outer;
        if same_chain || same_suffix_outer {
            best = best.max(weight::CLOSE);
        } else if (inner.is_some() && cc.iter().last() == inner)
            || (suffix != Suffix::None && c.suffix() == suffix)
        {
            best = best.max(weight::WEAK);
        }
    }
    best
}

/// The chain with the outermost di- or ku- replaced by meN- (passive and active voice of the same verb).
fn voice(chain: Chain) -> Chain {
    match chain.get(0) {
        Some(Prefix::Di | Prefix::Ku) => {
            let mut voiced = Chain::EMPTY.push(Prefix::MeN).unwrap_or(Chain::EMPTY);
            for p in chain.iter().skip(1) {
                voiced = voiced.push(p).unwrap_or(voiced);
            }
            voiced
        }
        _ => chain,
    }
}

fn bad_confix(chain: Chain, suffix: Suffix) -> bool {
    matches!(
        (chain.get(0), suffix),
        (Some(Prefix::Ber), Suffix::I)
            | (Some(Prefix::Di), Suffix::An)
            | (Some(Prefix::Ke), Suffix::I | Suffix::Kan)
            | (Some(Prefix::MeN), Suffix::An)
            | (Some(Prefix::Se), Suffix::I | Suffix::Kan)
            | (Some(Prefix::Ter), Suffix::An)
    )
}

/// Search state for one word.
pub(crate) struct Search<'l> {
    lexicon: &'l Lexicon,
    pub best: Best,
}

impl<'l> Search<'l> {
    pub(crate) fn new(lexicon: &'l Lexicon) -> Self {
        Search {
            lexicon,
            best: Best::new(),
        }
    }

    /// Runs the search on a lower-case ASCII word without hyphens. Returns false if the word is not
    /// searchable (too short, too long).
    pub(crate) fn run(&mut self, word: &[u8]) -> bool {
        if word.len() < MIN_STEMMABLE || word.len() > MAX_WORD {
            return false;
        }
        // ordinals are words of their own: kedua, ketiga, kelima, kedelapan (and keduanya -> kedua)
        let host = word.strip_suffix(b"nya").unwrap_or(word);
        if host
            .strip_prefix(b"ke")
            .is_some_and(|n| NUMERALS.contains(&n))
        {
            self.offer(f32::MAX, host, Chain::EMPTY, Suffix::None);
            return true;
        }
        // particle, possessive, derivational suffix: each optional, removed from the end in that order
        let mut after_particle: [(&[u8], usize); 2] = [(word, 0), (b"", usize::MAX)];
        if let Some(p) = PARTICLES.iter().find(|p| word.ends_with(p)) {
            after_particle[1] = (&word[..word.len() - p.len()], 1);
        }
        for &(w1, n1) in &after_particle {
            if n1 == usize::MAX || w1.len() < MIN_ROOT {
                continue;
            }
            let mut after_poss: [(&[u8], usize); 2] = [(w1, n1), (b"", usize::MAX)];
            if let Some(p) = POSSESSIVES.iter().find(|p| w1.ends_with(p)) {
                after_poss[1] = (&w1[..w1.len() - p.len()], n1 + 1);
            }
            for &(w2, n2) in &after_poss {
                if n2 == usize::MAX || w2.len() < MIN_ROOT {
                    continue;
                }
                self.prefixes(w2, Chain::EMPTY, Suffix::None, n2, 0.0);
                self.infixes(w2, n2);
                for &(d, suffix) in &DERIVATIONAL {
                    if w2.len() >= d.len() + MIN_ROOT && w2.ends_with(d) {
                        self.prefixes(&w2[..w2.len() - d.len()], Chain::EMPTY, suffix, n2, 0.0);
                    }
                }
            }
        }
        true
    }

    fn prefixes(&mut self, s: &[u8], chain: Chain, suffix: Suffix, clitics: usize, penalty: f32) {
        self.consider(s, chain, suffix, clitics, penalty);
        if chain.len() >= crate::lexicon::MAX_CHAIN || s.len() < MIN_ROOT + 2 {
            return;
        }
        for strip in strips(s).as_slice() {
            if chain.contains(strip.prefix) {
                continue;
            }
            // di-, ke-, se-, ku- only stand outermost or after another of them (dike-, seke-); never inside meN-/peN-/ber-
            if matches!(strip.prefix, Prefix::Di | Prefix::Ku) && chain != Chain::EMPTY {
                continue;
            }
            let Some(next) = chain.push(strip.prefix) else {
                continue;
            };
            let Some(rest) = s.get(strip.skip..) else {
                continue;
            };
            let len = strip.recode.len() + rest.len();
            if !(MIN_ROOT..=MAX_WORD).contains(&len) {
                continue;
            }
            let mut buf = [0u8; MAX_WORD];
            buf[..strip.recode.len()].copy_from_slice(strip.recode);
            buf[strip.recode.len()..len].copy_from_slice(rest);
            let penalty = if strip.allomorph {
                penalty + weight::ALLOMORPH
            } else {
                penalty
            };
            self.prefixes(&buf[..len], next, suffix, clitics, penalty);
        }
    }

    fn consider(
        &mut self,
        root: &[u8],
        chain: Chain,
        suffix: Suffix,
        clitics: usize,
        penalty: f32,
    ) {
        let derived = chain != Chain::EMPTY || suffix != Suffix::None;
        if root.len() < MIN_ROOT && (derived || clitics > 0) {
            return;
        }
        let mut score;
        match self.lexicon.get_bytes(root) {
            Some(combos) => {
                if derived {
                    let ev = evidence(combos, chain, suffix);
                    if root.len() <= MIN_ROOT && ev <= 0.0 {
                        return; // a three-letter root needs the lexicon's support (asean is not ase-an)
                    }
                    score = weight::DERIVED
                        + ev
                        + weight::PER_AFFIX
                            * (chain.len() + usize::from(suffix != Suffix::None)) as f32;
                    if ev <= weight::WEAK && bad_confix(chain, suffix) {
                        score += weight::BAD_CONFIX;
                    }
                } else if combos.is_empty() {
                    score = weight::AS_IS_PLAIN;
                } else {
                    score = weight::AS_IS;
                }
            }
            None => {
                // a loan suffix on a root the lexicon lacks: finalisasi -> final, idealisme -> ideal
                if suffix != Suffix::None {
                    return;
                }
                let Some(base) = LOAN_SUFFIXES.iter().find_map(|l| {
                    let min = if l.len() == 2 { MIN_ROOT + 1 } else { MIN_ROOT };
                    let base = root.strip_suffix(*l).filter(|b| b.len() >= min)?;
                    self.lexicon.get_bytes(base).map(|_| base)
                }) else {
                    return;
                };
                let score = weight::DERIVED
                    + weight::LOAN
                    + weight::PER_AFFIX * (chain.len() + 1) as f32
                    + weight::PER_CLITIC * clitics as f32
                    + weight::PER_BYTE * base.len() as f32;
                self.offer(score, base, chain, suffix);
                return;
            }
        }
        score +=
            weight::PER_CLITIC * clitics as f32 + weight::PER_BYTE * root.len() as f32 - penalty;
        if suffix != Suffix::None {
            score += weight::SUFFIX_TIE;
        }
        if chain.contains(Prefix::Ku) {
            score += weight::KU;
        }
        self.offer(score, root, chain, suffix);
    }

    /// Infixes (`-em- -in-`: kinerja, gemetar, temali) and the reduplicated first syllable
    /// (`lelembut`, `rerata`, `tetamu`): `s` is a word with no other affix.
    fn infixes(&mut self, s: &[u8], clitics: usize) {
        let (c0, c1, c2) = (at(s, 0), at(s, 1), at(s, 2));
        if !is_consonant(c0) || s.len() < MIN_ROOT + 3 {
            return;
        }
        let mut buf = [0u8; MAX_WORD];
        let try_root = |this: &mut Self, root: &[u8]| {
            if let Some(combos) = this.lexicon.get_bytes(root) {
                let ev = if combos.is_empty() { 0.0 } else { weight::WEAK };
                let score = weight::DERIVED
                    + ev
                    + weight::PER_AFFIX
                    + weight::PER_CLITIC * clitics as f32
                    + weight::PER_BYTE * root.len() as f32;
                this.offer(score, root, Chain::EMPTY, Suffix::None);
            }
        };
        // -el- and -er- are left out: they collide with be-l-, pe-l-, ke-l- and ber-, per-, ter- (kelima is not k-el-ima)
        if matches!((c1, c2), (b'e', b'm') | (b'i', b'n')) {
            let len = s.len() - 2;
            buf[0] = c0;
            buf[1..len].copy_from_slice(&s[3..]);
            try_root(self, &buf[..len]);
        }
        if c1 == b'e' && c2 == c0 {
            try_root(self, &s[2..]);
        }
    }

    fn offer(&mut self, score: f32, root: &[u8], chain: Chain, suffix: Suffix) {
        if score > weight::THRESHOLD && score > self.best.score && root.len() <= MAX_WORD {
            self.best.score = score;
            self.best.root[..root.len()].copy_from_slice(root);
            self.best.root_len = root.len();
            self.best.chain = chain;
            self.best.suffix = suffix;
        }
    }
}
