//! The root lexicon: roots with the affix combinations hunspell-id says they take.
//!
//! The lexicon is a binary hash table (see `table.rs`), read in place: the embedded one is compiled by
//! `build.rs`, a user's lexicon file is compiled when it is loaded.

use std::borrow::Cow;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;
use std::path::Path;

use crate::table;
use crate::{Error, Prefix, Result, Suffix};

/// The lexicon shipped with the crate, compiled by `build.rs` from `data/stem/lexicon.tsv`.
pub(crate) static EMBEDDED_TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

/// A small, fast, non-cryptographic hasher (the multiply-rotate scheme of rustc's FxHasher) for short keys.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(buf));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;

/// Most prefixes a chain holds (`di+per+ke...` never needs more).
pub(crate) const MAX_CHAIN: usize = table::MAX_CHAIN;

/// A sequence of prefixes, outermost first, packed in 12 bits (4 per prefix).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Chain(u16);

impl Chain {
    pub(crate) const EMPTY: Chain = Chain(0);

    pub(crate) fn len(self) -> usize {
        (0..MAX_CHAIN)
            .filter(|i| (self.0 >> (4 * i)) & 0xf != 0)
            .count()
    }

    /// The prefix at position `i` (0 = outermost).
    pub(crate) fn get(self, i: usize) -> Option<Prefix> {
        if i >= MAX_CHAIN {
            return None;
        }
        Prefix::from_code(((self.0 >> (4 * i)) & 0xf) as u8)
    }

    pub(crate) fn contains(self, p: Prefix) -> bool {
        (0..MAX_CHAIN).any(|i| self.get(i) == Some(p))
    }

    /// Appends an inner prefix; `None` when the chain is full.
    pub(crate) fn push(self, p: Prefix) -> Option<Chain> {
        let n = self.len();
        (n < MAX_CHAIN).then(|| Chain(self.0 | (u16::from(p.code()) << (4 * n))))
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = Prefix> {
        (0..MAX_CHAIN).map_while(move |i| self.get(i))
    }

    #[cfg(test)]
    fn parse(text: &str) -> Option<Chain> {
        if text == "-" {
            return Some(Chain::EMPTY);
        }
        let mut chain = Chain::EMPTY;
        for token in text.split('+') {
            chain = chain.push(Prefix::from_token(token)?)?;
        }
        Some(chain)
    }
}

/// One affix combination a root takes: a prefix chain and a derivational suffix, packed in 16 bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Combo(u16);

impl Combo {
    pub(crate) fn new(chain: Chain, suffix: Suffix) -> Combo {
        Combo((chain.0 << 2) | u16::from(suffix as u8))
    }

    pub(crate) fn chain(self) -> Chain {
        Chain(self.0 >> 2)
    }

    pub(crate) fn suffix(self) -> Suffix {
        Suffix::from_code((self.0 & 3) as u8)
    }

    #[cfg(test)]
    fn parse(text: &str) -> Option<Combo> {
        table::parse_combo(text).map(Combo)
    }
}

/// The combinations of one root.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Combos<'a>(&'a [Combo]);

impl<'a> Combos<'a> {
    pub(crate) fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn iter(self) -> impl Iterator<Item = Combo> + 'a {
        self.0.iter().copied()
    }

    pub(crate) fn contains(self, combo: Combo) -> bool {
        self.0.contains(&combo)
    }

    #[cfg(test)]
    pub(crate) fn len(self) -> usize {
        self.0.len()
    }
}

/// One root: its word in the table's text and its combinations.
#[derive(Clone, Copy, Debug)]
struct Entry {
    start: u32,
    len: u32,
    combos_start: u32,
    combos_len: u32,
}

/// The roots, each with its affix combinations: the table's slots, entries and combinations decoded into
/// vectors (a few hundred microseconds), the words read in place from the table.
#[derive(Default)]
pub(crate) struct Lexicon {
    data: Cow<'static, [u8]>,
    /// Offset of the words in `data`.
    text: usize,
    /// Entry index + 1 (0 = empty) in the low 32 bits, the high half of the word's hash above.
    slots: Vec<u64>,
    entries: Vec<Entry>,
    combos: Vec<Combo>,
}

#[inline]
fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    let b = data.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("roots", &self.entries.len())
            .finish_non_exhaustive()
    }
}

fn le_u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
}

impl Lexicon {
    /// Reads a compiled table; `None` when it is not a valid table.
    pub(crate) fn from_table(data: Cow<'static, [u8]>) -> Option<Lexicon> {
        if data.get(..8)? != table::MAGIC || u32_at(&data, 8)? != table::VERSION {
            return None;
        }
        let n_slots = u32_at(&data, 12)? as usize;
        let n_entries = u32_at(&data, 16)? as usize;
        let n_combos = u32_at(&data, 20)? as usize;
        let n_text = u32_at(&data, 24)? as usize;
        if !n_slots.is_power_of_two() || n_entries >= n_slots {
            return None;
        }
        let slots_at = table::HEADER;
        let entries_at = slots_at + 4 * n_slots;
        let combos_at = entries_at + 16 * n_entries;
        let text = combos_at + 2 * n_combos;
        if data.len() != text + n_text {
            return None;
        }
        let raw_slots: Vec<u32> = le_u32s(data.get(slots_at..entries_at)?).collect();
        if raw_slots.iter().any(|&s| s as usize > n_entries) {
            return None;
        }
        let raw: Vec<u32> = le_u32s(data.get(entries_at..combos_at)?).collect();
        let entries: Vec<Entry> = raw
            .chunks_exact(4)
            .map(|e| Entry {
                start: e[0],
                len: e[1],
                combos_start: e[2],
                combos_len: e[3],
            })
            .collect();
        // every entry must point inside the table, so lookups never leave it
        if entries.iter().any(|e| {
            e.start as usize + e.len as usize > n_text
                || e.combos_start as usize + e.combos_len as usize > n_combos
        }) {
            return None;
        }
        let combos = data
            .get(combos_at..text)?
            .chunks_exact(2)
            .map(|c| Combo(u16::from_le_bytes([c[0], c[1]])))
            .collect();
        let mut lexicon = Lexicon {
            data,
            text,
            slots: Vec::new(),
            entries,
            combos,
        };
        let slots = raw_slots
            .iter()
            .map(|&n| {
                let word = n
                    .checked_sub(1)
                    .and_then(|i| lexicon.entries.get(i as usize))
                    .and_then(|&e| lexicon.word(e));
                word.map_or(0, |w| (table::hash(w) >> 32 << 32) | u64::from(n))
            })
            .collect();
        lexicon.slots = slots;
        Some(lexicon)
    }

    /// Parses the lexicon text format (see `data/stem/build_lexicon.py`); `name` is used in error messages.
    pub(crate) fn parse(text: &str, name: &Path) -> Result<Lexicon> {
        let blob = table::build(text).map_err(|(line, message)| Error::Parse {
            path: name.to_path_buf(),
            line,
            message,
        })?;
        Lexicon::from_table(Cow::Owned(blob)).ok_or_else(|| Error::Parse {
            path: name.to_path_buf(),
            line: 0,
            message: "lexicon too large".into(),
        })
    }

    /// Reads the lexicon text format from a reader.
    pub(crate) fn read<R: BufRead>(mut reader: R, name: &Path) -> Result<Lexicon> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|source| Error::Io {
                path: name.to_path_buf(),
                source,
            })?;
        Lexicon::parse(&text, name)
    }

    #[inline]
    fn word(&self, e: Entry) -> Option<&[u8]> {
        let start = self.text + e.start as usize;
        self.data.get(start..start + e.len as usize)
    }

    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<Combos<'_>> {
        self.get_bytes(word.as_bytes())
    }

    /// Looks a word up by its bytes. Each slot holds the entry index (low 32 bits) and the high 32 bits of the
    /// word's hash, so a miss rarely touches an entry.
    #[inline]
    pub(crate) fn get_bytes(&self, word: &[u8]) -> Option<Combos<'_>> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let h = table::hash(word);
        let tag = h >> 32;
        let mut slot = h as usize & mask;
        for _ in 0..self.slots.len() {
            let packed = *self.slots.get(slot)?;
            let n = (packed & 0xffff_ffff) as usize;
            if n == 0 {
                return None;
            }
            if packed >> 32 == tag {
                let e = *self.entries.get(n - 1)?;
                if e.len as usize == word.len() && self.word(e)? == word {
                    let from = e.combos_start as usize;
                    return self
                        .combos
                        .get(from..from + e.combos_len as usize)
                        .map(Combos);
                }
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .filter_map(|&e| std::str::from_utf8(self.word(e)?).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_packs_in_order() {
        let c = Chain::EMPTY
            .push(Prefix::MeN)
            .and_then(|c| c.push(Prefix::Per))
            .unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c.iter().collect::<Vec<_>>(), vec![Prefix::MeN, Prefix::Per]);
        assert_eq!(Chain::parse("meN+per"), Some(c));
        assert_eq!(Chain::parse("meN+per+di+ke"), None);
    }

    #[test]
    fn combo_round_trips() {
        let c = Combo::parse("di+per/kan").unwrap();
        assert_eq!(c.suffix(), Suffix::Kan);
        assert_eq!(
            c.chain().iter().collect::<Vec<_>>(),
            vec![Prefix::Di, Prefix::Per]
        );
        assert!(Combo::parse("xx/kan").is_none());
        assert!(Combo::parse("di/nya").is_none());
    }

    #[test]
    fn bad_lines_name_the_line() {
        let err = Lexicon::parse("makan\tmeN/-\nMakan\n", Path::new("my.tsv")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "my.tsv:2: \"Makan\" is not a lexicon word (lower-case ASCII letters, parts joined by '-')"
        );
        let err = Lexicon::parse("# c\nmakan\tmeN/nya\n", Path::new("x")).unwrap_err();
        assert!(err.to_string().starts_with("x:2: \"meN/nya\""), "{err}");
    }

    #[test]
    fn embedded_table_is_valid_and_matches_the_text() {
        let lex = Lexicon::from_table(Cow::Borrowed(EMBEDDED_TABLE)).expect("valid embedded table");
        let text = include_str!("../data/stem/lexicon.tsv");
        let parsed = Lexicon::parse(text, Path::new("lexicon.tsv")).expect("lexicon parses");
        assert_eq!(lex.len(), parsed.len());
        assert!(lex.len() > 25_000);
        let bank = lex.get("bank").expect("bank");
        assert!(bank.contains(Combo::parse("per/an").unwrap()));
        assert!(lex.get("xyzzy").is_none());
        assert!(Lexicon::from_table(Cow::Borrowed(&EMBEDDED_TABLE[..100])).is_none());
        let mut corrupt = EMBEDDED_TABLE.to_vec();
        corrupt[table::HEADER] = 0xff;
        corrupt[table::HEADER + 3] = 0xff;
        assert!(Lexicon::from_table(Cow::Owned(corrupt)).is_none());
    }

    #[test]
    fn duplicate_entries_merge() {
        let lex = Lexicon::parse("makan\tmeN/-\nmakan\tdi/-\n", Path::new("x")).unwrap();
        assert_eq!(lex.get("makan").map(Combos::len), Some(2));
    }
}
