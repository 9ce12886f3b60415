//! # urai-stem
//!
//! An Indonesian root stemmer, an Indonesian stopword list, and Snowball stemming for other languages.
//!
//! The Indonesian stemmer is dictionary based, in the Nazief–Adriani / confix-stripping family: it removes
//! particles (`-lah -kah -tah -pun`), possessives (`-ku -mu -nya`), derivational suffixes (`-i -kan -an`) and up
//! to three prefixes (`di- ke- se- ku- ber- ter- per- meN- peN-` with their recodings), and maps
//! reduplications to their root (`buku-buku` → `buku`, `berbalas-balasan` → `balas`). Unlike the
//! first-dictionary-hit search of Sastrawi, it considers every analysis whose root is in the lexicon and ranks
//! them by the evidence the lexicon gives: hunspell-id's affix flags say which prefixes and suffixes each root
//! takes, so `perbankan` is `per-bank-an` (bank takes per-an), not `perban-kan`, and `menangis` is `tangis`.
//!
//! ```
//! use urai_stem::{Language, StemHint, Stemmer};
//!
//! let stemmer = Stemmer::new();
//! assert_eq!(stemmer.stem("pembicaraan"), "bicara");
//! assert_eq!(stemmer.stem("Memperingatkan"), "ingat");
//! assert_eq!(stemmer.stem("berbalas-balasan"), "balas");
//! assert_eq!(stemmer.stem("menangis"), "tangis");
//! // a token the caller knows is a name is returned as it is
//! assert_eq!(stemmer.stem_with("Bekasi", StemHint { is_name: true }), "Bekasi");
//! // other languages go through Snowball (rust-stemmers) where it has the language
//! assert_eq!(stemmer.stem_in(Language::English, "running"), "run");
//! // a per-thread worker memoises results in a bounded cache
//! let mut worker = stemmer.worker();
//! assert_eq!(worker.stem("keanggotaan"), "anggota");
//! assert!(urai_stem::is_stopword("yang"));
//! ```
//!
//! ## Panic policy
//! No function panics on any `&str`. The embedded lexicon, exception list and stopword list are parsed once
//! (behind `LazyLock`) and validated by the crate's tests; a lexicon given by the user is validated when it is
//! loaded and errors name the file and line.
//!
//! ## Licence of the data
//! The embedded root lexicon is derived from Debian's `hunspell-id` and is LGPL-3 (see `data/README.md`).
#![deny(missing_docs)]

mod affix;
mod error;
pub mod eval;
mod lexicon;
mod stopwords;
mod table;

use std::borrow::Cow;
use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::{Arc, LazyLock};

pub use affix::{Prefix, Suffix};
pub use error::{Error, Result};
pub use stopwords::{is_stopword, stopwords};

use affix::{MAX_WORD, Search};
use lexicon::{EMBEDDED_TABLE, FxBuild, Lexicon};

/// Curated exceptions: words whose root is given, not searched (`word<TAB>root<TAB>reason`).
static EMBEDDED_EXCEPTIONS: &str = include_str!("../data/stem/exceptions.tsv");

static DEFAULT_LEXICON: LazyLock<Arc<Lexicon>> = LazyLock::new(|| {
    // Read in place (compiled by build.rs); validated by the tests, so a broken table fails `cargo test`.
    Arc::new(Lexicon::from_table(Cow::Borrowed(EMBEDDED_TABLE)).unwrap_or_default())
});

type Exceptions = HashMap<Box<str>, Box<str>, FxBuild>;

static DEFAULT_EXCEPTIONS: LazyLock<Arc<Exceptions>> = LazyLock::new(|| {
    Arc::new(
        parse_exceptions(EMBEDDED_EXCEPTIONS, Path::new("data/stem/exceptions.tsv"))
            .unwrap_or_default(),
    )
});

fn parse_exceptions(text: &str, name: &Path) -> Result<Exceptions> {
    let mut map = Exceptions::default();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        match (cols.next(), cols.next(), cols.next()) {
            (Some(word), Some(root), Some(reason))
                if !word.is_empty() && !root.is_empty() && !reason.trim().is_empty() =>
            {
                map.insert(word.into(), root.into());
            }
            _ => {
                return Err(Error::Parse {
                    path: name.to_path_buf(),
                    line: index + 1,
                    message: "expected word<TAB>root<TAB>reason".into(),
                });
            }
        }
    }
    Ok(map)
}

/// What the caller knows about a token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StemHint {
    /// The token is a proper name (capitalised inside a sentence, or inside a named entity): it is returned
    /// as it is, neither lower-cased nor stemmed (`Bekasi` stays `Bekasi`, not `bekas`).
    pub is_name: bool,
}

/// The analysis of a word: its root and the derivational affixes removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The root, lower-cased.
    pub root: String,
    /// Prefixes removed, outermost first.
    pub prefixes: Vec<Prefix>,
    /// The derivational suffix removed.
    pub suffix: Suffix,
}

/// A language for [`Stemmer::stem_in`]. Languages other than Indonesian are stemmed with the Snowball
/// algorithms of `rust-stemmers`; [`Language::Other`] (a language it lacks) is only lower-cased.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Language {
    Indonesian,
    Arabic,
    Danish,
    Dutch,
    English,
    Finnish,
    French,
    German,
    Greek,
    Hungarian,
    Italian,
    Norwegian,
    Portuguese,
    Romanian,
    Russian,
    Spanish,
    Swedish,
    Tamil,
    Turkish,
    /// Any language without a stemmer here: words are lower-cased, not stemmed.
    Other,
}

impl Language {
    /// Maps an ISO 639-3 code (as `whatlang::Lang::code()` gives) or ISO 639-1 code to a language;
    /// unknown codes give [`Language::Other`].
    pub fn from_code(code: &str) -> Language {
        match code {
            "ind" | "id" => Language::Indonesian,
            "ara" | "ar" => Language::Arabic,
            "dan" | "da" => Language::Danish,
            "nld" | "nl" => Language::Dutch,
            "eng" | "en" => Language::English,
            "fin" | "fi" => Language::Finnish,
            "fra" | "fr" => Language::French,
            "deu" | "de" => Language::German,
            "ell" | "el" => Language::Greek,
            "hun" | "hu" => Language::Hungarian,
            "ita" | "it" => Language::Italian,
            "nob" | "nno" | "nor" | "no" | "nb" | "nn" => Language::Norwegian,
            "por" | "pt" => Language::Portuguese,
            "ron" | "ro" => Language::Romanian,
            "rus" | "ru" => Language::Russian,
            "spa" | "es" => Language::Spanish,
            "swe" | "sv" => Language::Swedish,
            "tam" | "ta" => Language::Tamil,
            "tur" | "tr" => Language::Turkish,
            _ => Language::Other,
        }
    }

    fn algorithm(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        Some(match self {
            Language::Arabic => A::Arabic,
            Language::Danish => A::Danish,
            Language::Dutch => A::Dutch,
            Language::English => A::English,
            Language::Finnish => A::Finnish,
            Language::French => A::French,
            Language::German => A::German,
            Language::Greek => A::Greek,
            Language::Hungarian => A::Hungarian,
            Language::Italian => A::Italian,
            Language::Norwegian => A::Norwegian,
            Language::Portuguese => A::Portuguese,
            Language::Romanian => A::Romanian,
            Language::Russian => A::Russian,
            Language::Spanish => A::Spanish,
            Language::Swedish => A::Swedish,
            Language::Tamil => A::Tamil,
            Language::Turkish => A::Turkish,
            Language::Indonesian | Language::Other => return None,
        })
    }
}

/// The stemmer engine: immutable, `Send + Sync`, cheap to clone (the lexicon is shared).
#[derive(Clone, Debug)]
pub struct Stemmer {
    lexicon: Arc<Lexicon>,
    exceptions: Arc<Exceptions>,
}

impl Default for Stemmer {
    fn default() -> Self {
        Stemmer::new()
    }
}

fn lowercase(word: &str) -> Cow<'_, str> {
    let upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if upper {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

impl Stemmer {
    /// The stemmer with the embedded lexicon (parsed once, on first use, for the whole process).
    pub fn new() -> Self {
        Stemmer {
            lexicon: Arc::clone(&DEFAULT_LEXICON),
            exceptions: Arc::clone(&DEFAULT_EXCEPTIONS),
        }
    }

    /// A stemmer with the user's own lexicon file, in the format of `data/stem/lexicon.tsv`:
    /// `root<TAB>CHAIN/SUFFIX ...` per line (the second column may be empty; `#` starts a comment line).
    /// The curated exceptions (`ia` → `dia`, …) are kept.
    pub fn from_lexicon(path: impl AsRef<Path>) -> Result<Self> {
        let path = path.as_ref();
        let file = File::open(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::from_reader(BufReader::new(file), path)
    }

    /// Like [`Stemmer::from_lexicon`], from a reader; `name` is used in error messages.
    pub fn from_reader<R: BufRead>(reader: R, name: impl AsRef<Path>) -> Result<Self> {
        let lexicon = Lexicon::read(reader, name.as_ref())?;
        Ok(Stemmer {
            lexicon: Arc::new(lexicon),
            exceptions: Arc::clone(&DEFAULT_EXCEPTIONS),
        })
    }

    /// Number of roots in the lexicon.
    pub fn lexicon_len(&self) -> usize {
        self.lexicon.len()
    }

    /// Whether `word` (lower-case) is a root of the lexicon.
    pub fn is_root(&self, word: &str) -> bool {
        self.lexicon.contains(word)
    }

    /// The roots of the lexicon, in no particular order.
    pub fn roots(&self) -> impl Iterator<Item = &str> {
        self.lexicon.words()
    }

    /// The root of an Indonesian word, lower-cased. Words that are not derived (or not Indonesian) come back
    /// lower-cased and otherwise unchanged; borrowed when that is the input itself.
    ///
    /// ```
    /// use urai_stem::Stemmer;
    ///
    /// let stemmer = Stemmer::new();
    /// assert_eq!(stemmer.stem("perbankan"), "bank");
    /// assert_eq!(stemmer.stem("Pembicaraan"), "bicara");
    /// assert_eq!(stemmer.stem("anak-anak"), "anak");
    /// assert_eq!(stemmer.stem("Jakarta"), "jakarta"); // not derived: lower-cased only
    /// ```
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        self.stem_with(word, StemHint::default())
    }

    /// Like [`Stemmer::stem`], with what the caller knows about the token (see [`StemHint`]).
    ///
    /// ```
    /// use urai_stem::{StemHint, Stemmer};
    ///
    /// let stemmer = Stemmer::new();
    /// // "Bekasi" would otherwise be read as be- + kasi(h); a name is returned as it is.
    /// assert_eq!(stemmer.stem_with("Bekasi", StemHint { is_name: true }), "Bekasi");
    /// ```
    pub fn stem_with<'a>(&self, word: &'a str, hint: StemHint) -> Cow<'a, str> {
        if hint.is_name {
            return Cow::Borrowed(word);
        }
        let lower = lowercase(word);
        match self.stem_lower(&lower) {
            // A root that is itself analysable (`berapakahan` → `apakah` → `apa`) is taken one step further, so
            // that stemming is idempotent: stem(stem(w)) == stem(w).
            Some(root) if root != *lower => match self.stem_lower(&root) {
                Some(deeper) if deeper != root => Cow::Owned(deeper),
                _ => Cow::Owned(root),
            },
            Some(root) => Cow::Owned(root),
            None => lower,
        }
    }

    /// The root of a word in the given language: Indonesian with this stemmer, other languages with Snowball
    /// (`rust-stemmers`), [`Language::Other`] only lower-cased.
    ///
    /// ```
    /// use urai_stem::{Language, Stemmer};
    ///
    /// let stemmer = Stemmer::new();
    /// assert_eq!(stemmer.stem_in(Language::English, "running"), "run");
    /// assert_eq!(stemmer.stem_in(Language::Indonesian, "berlari"), "lari");
    /// ```
    pub fn stem_in<'a>(&self, language: Language, word: &'a str) -> Cow<'a, str> {
        if language == Language::Indonesian {
            return self.stem(word);
        }
        let lower = lowercase(word);
        match language.algorithm() {
            Some(algorithm) => match rust_stemmers::Stemmer::create(algorithm).stem(&lower) {
                Cow::Borrowed(s) if s.len() == lower.len() => lower,
                stemmed => Cow::Owned(stemmed.into_owned()),
            },
            None => lower,
        }
    }

    /// The analysis behind [`Stemmer::stem`] for one word: root and the derivational affixes removed
    /// (`None` for words with no analysis, which stem to themselves).
    pub fn analyse(&self, word: &str) -> Option<Analysis> {
        let lower = lowercase(word);
        if lower.contains('-')
            || self.exceptions.contains_key(&*lower)
            || !is_plain(&lower)
            || is_stopword(&lower)
        {
            return None;
        }
        let mut search = Search::new(&self.lexicon);
        if !search.run(lower.as_bytes()) || search.best.root_len == 0 {
            return None;
        }
        let best = search.best;
        Some(Analysis {
            root: best.root().to_owned(),
            prefixes: best.chain.iter().collect(),
            suffix: best.suffix,
        })
    }

    /// A worker for one thread, memoising up to `DEFAULT_CACHE` words.
    ///
    /// ```
    /// use urai_stem::Stemmer;
    ///
    /// let stemmer = Stemmer::new();
    /// let mut worker = stemmer.worker();
    /// let roots: Vec<String> = ["keanggotaan", "anggotanya"].iter().map(|w| worker.stem(w).to_owned()).collect();
    /// assert_eq!(roots, ["anggota", "anggota"]);
    /// assert_eq!(worker.cached(), 2);
    /// ```
    pub fn worker(&self) -> StemWorker<'_> {
        self.worker_with_capacity(StemWorker::DEFAULT_CACHE)
    }

    /// A worker that starts from the memo of an earlier worker ([`StemWorker::into_memo`]), so that a new
    /// batch does not start cold. A memo made by another stemmer (another lexicon) is cleared first.
    ///
    /// ```
    /// use urai_stem::Stemmer;
    ///
    /// let stemmer = Stemmer::new();
    /// let mut worker = stemmer.worker();
    /// assert_eq!(worker.stem("menyelesaikan"), "selesai");
    /// let mut again = stemmer.worker_with_memo(worker.into_memo());
    /// assert_eq!(again.stem("menyelesaikan"), "selesai");
    /// ```
    pub fn worker_with_memo(&self, memo: StemMemo) -> StemWorker<'_> {
        let mut cache = memo.cache;
        let same = memo.owner.is_some_and(|(lexicon, exceptions)| {
            Arc::ptr_eq(&lexicon, &self.lexicon) && Arc::ptr_eq(&exceptions, &self.exceptions)
        });
        if !same {
            cache.clear();
        }
        StemWorker {
            stemmer: self,
            cache,
            capacity: StemWorker::DEFAULT_CACHE,
        }
    }

    /// A worker memoising up to `capacity` words (0 disables the cache).
    pub fn worker_with_capacity(&self, capacity: usize) -> StemWorker<'_> {
        StemWorker {
            stemmer: self,
            cache: HashMap::default(),
            capacity,
        }
    }

    /// Stems a lower-case word; `None` means the word is its own root.
    fn stem_lower(&self, word: &str) -> Option<String> {
        if let Some(root) = self.exceptions.get(word) {
            return (**root != *word).then(|| root.to_string());
        }
        if !word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || word.len() > MAX_WORD {
            return None;
        }
        if is_stopword(word) {
            // Function words keep their form (`adalah`, `merupakan`, `sebagai`), except the question particle
            // on a function word: `apakah` -> apa, `siapakah` -> siapa.
            return ["kah", "tah"].iter().find_map(|p| {
                word.strip_suffix(p)
                    .filter(|rest| rest.len() >= 2 && is_stopword(rest))
                    .map(str::to_owned)
            });
        }
        if word.contains('-') {
            // clitics written with a hyphen: kuasa-mu, nikmat-ku, allah-lah, malaikat-malaikat-nya
            for clitic in ["-nya", "-ku", "-mu", "-lah", "-kah", "-pun"] {
                if let Some(host) = word
                    .strip_suffix(clitic)
                    .filter(|h| !h.is_empty() && !h.ends_with('-'))
                {
                    return Some(self.stem_lower(host).unwrap_or_else(|| host.to_owned()));
                }
            }
            return self.stem_reduplication(word);
        }
        self.stem_plain(word)
    }

    fn stem_plain(&self, word: &str) -> Option<String> {
        if let Some(root) = self.exceptions.get(word) {
            return (**root != *word).then(|| root.to_string());
        }
        let mut search = Search::new(&self.lexicon);
        if !search.run(word.as_bytes()) || search.best.root_len == 0 {
            return None;
        }
        let root = search.best.root();
        (root != word).then(|| root.to_owned())
    }

    /// `buku-buku` → buku, `berbalas-balasan` → balas, `sebaik-baiknya` → baik;
    /// parts with different roots (`sayur-mayur`, `non-keuangan`) are a compound, kept whole.
    fn stem_reduplication(&self, word: &str) -> Option<String> {
        let (a, b) = word.split_once('-')?;
        if a.is_empty() || b.is_empty() || b.contains('-') {
            return None;
        }
        let ra = self.stem_plain(a);
        let rb = self.stem_plain(b);
        let ra_str = ra.as_deref().unwrap_or(a);
        let rb_str = rb.as_deref().unwrap_or(b);
        if ra_str == rb_str {
            // the root must be a lexicon root (kupu-kupu and hura-hura stay whole: kupu is no word)
            return (ra.is_some() || self.lexicon.contains(a)).then(|| ra_str.to_owned());
        }
        // the second part repeats the first without its prefix: memanggil-manggil, menyebut-nyebut, meniru-nirukan
        if ra.is_some() && self.stem_plain(&format!("me{b}")).as_deref() == Some(ra_str) {
            return Some(ra_str.to_owned());
        }
        // different roots (`sayur-mayur`, `non-keuangan`): a compound, kept whole
        None
    }
}

fn is_plain(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_lowercase())
}

/// A per-thread stemmer with a bounded memo of the words it has stemmed. Create one per thread or task
/// (with rayon, in `map_init`); when the memo is full it is cleared, so memory stays bounded.
#[derive(Debug)]
pub struct StemWorker<'s> {
    stemmer: &'s Stemmer,
    cache: HashMap<Box<str>, Box<str>, FxBuild>,
    capacity: usize,
}

/// A [`StemWorker`]'s memo detached from its stemmer ([`StemWorker::into_memo`]), for a later worker
/// ([`Stemmer::worker_with_memo`]).
#[derive(Default)]
pub struct StemMemo {
    /// The resources the memo was computed with (it holds them, so they cannot be replaced under it).
    owner: Option<(Arc<Lexicon>, Arc<Exceptions>)>,
    cache: HashMap<Box<str>, Box<str>, FxBuild>,
}

impl std::fmt::Debug for StemMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StemMemo")
            .field("words", &self.cache.len())
            .finish()
    }
}

impl StemWorker<'_> {
    /// Words memoised by [`Stemmer::worker`].
    pub const DEFAULT_CACHE: usize = 1 << 16;

    /// Detaches the memo from its stemmer, to start a later worker warm ([`Stemmer::worker_with_memo`]).
    pub fn into_memo(self) -> StemMemo {
        StemMemo {
            owner: Some((
                self.stemmer.lexicon.clone(),
                self.stemmer.exceptions.clone(),
            )),
            cache: self.cache,
        }
    }

    /// The root of `word`, as [`Stemmer::stem`] gives it, memoised.
    pub fn stem(&mut self, word: &str) -> &str {
        if self.capacity == 0 {
            let root = self.stemmer.stem(word).into_owned();
            self.cache.clear();
            return self.cache.entry(word.into()).or_insert(root.into());
        }
        if self.cache.contains_key(word) {
            return self.cache.get(word).map(|s| &**s).unwrap_or_default();
        }
        if self.cache.len() >= self.capacity {
            self.cache.clear();
        }
        let root: Box<str> = self.stemmer.stem(word).into();
        self.cache.entry(word.into()).or_insert(root)
    }

    /// Like [`StemWorker::stem`] with a hint; names bypass the memo and are returned as they are.
    pub fn stem_with<'w>(&'w mut self, word: &'w str, hint: StemHint) -> &'w str {
        if hint.is_name { word } else { self.stem(word) }
    }

    /// Number of words memoised now.
    pub fn cached(&self) -> usize {
        self.cache.len()
    }

    /// The engine this worker uses.
    pub fn stemmer(&self) -> &Stemmer {
        self.stemmer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_parses() {
        let lexicon = Lexicon::from_table(Cow::Borrowed(EMBEDDED_TABLE)).expect("embedded lexicon");
        assert!(
            lexicon.len() > 25_000,
            "lexicon has {} roots",
            lexicon.len()
        );
        let exceptions =
            parse_exceptions(EMBEDDED_EXCEPTIONS, Path::new("exceptions.tsv")).expect("exceptions");
        assert!(!exceptions.is_empty());
        assert_eq!(Stemmer::new().lexicon_len(), lexicon.len());
    }

    #[test]
    fn engine_is_send_sync() {
        fn check<T: Send + Sync>() {}
        check::<Stemmer>();
    }

    #[test]
    fn worker_cache_is_bounded() {
        let stemmer = Stemmer::new();
        let mut worker = stemmer.worker_with_capacity(4);
        for w in [
            "makanan",
            "minuman",
            "pembicaraan",
            "dibantahnya",
            "menyerahkan",
            "keanggotaan",
        ] {
            let expected = stemmer.stem(w).into_owned();
            assert_eq!(worker.stem(w), expected);
            assert!(worker.cached() <= 4);
        }
        assert_eq!(worker.stem("keanggotaan"), "anggota");
        let mut uncached = stemmer.worker_with_capacity(0);
        assert_eq!(uncached.stem("makanan"), "makan");
        assert_eq!(
            uncached.stem_with("Bekasi", StemHint { is_name: true }),
            "Bekasi"
        );
    }

    #[test]
    fn analysis_names_the_affixes() {
        let s = Stemmer::new();
        let a = s.analyse("memperingatkan").expect("analysis");
        assert_eq!(a.root, "ingat");
        assert_eq!(a.prefixes, [Prefix::MeN, Prefix::Per]);
        assert_eq!(a.suffix, Suffix::Kan);
        let a = s.analyse("Perbankan").expect("analysis");
        assert_eq!(
            (a.root.as_str(), a.prefixes.as_slice(), a.suffix),
            ("bank", &[Prefix::Per][..], Suffix::An)
        );
        assert_eq!(
            s.analyse("adalah"),
            None,
            "stopwords are not analysed, as stem() keeps them"
        );
        assert_eq!(s.analyse("buku-buku"), None);
    }

    #[test]
    fn other_languages() {
        let s = Stemmer::new();
        assert_eq!(s.stem_in(Language::English, "Running"), "run");
        assert_eq!(s.stem_in(Language::from_code("deu"), "Häuser"), "haus");
        assert_eq!(s.stem_in(Language::from_code("jav"), "Mangan"), "mangan");
        assert_eq!(s.stem_in(Language::from_code("ind"), "makanan"), "makan");
    }

    #[test]
    fn user_lexicon_errors_name_file_and_line() {
        let err = Stemmer::from_reader("makan\tmeN/-\nmakan\tbogus\n".as_bytes(), "mine.tsv")
            .unwrap_err();
        assert!(err.to_string().starts_with("mine.tsv:2:"), "{err}");
        let err = Stemmer::from_lexicon("/nonexistent/lex.tsv").unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent/lex.tsv:"),
            "{err}"
        );
        let own = Stemmer::from_reader("makan\t-/an meN/-\n".as_bytes(), "mine.tsv").unwrap();
        assert_eq!(own.stem("makanan"), "makan");
        assert_eq!(own.stem("minuman"), "minuman");
    }
}
