//! The binary lexicon table, shared by `build.rs` (which compiles the embedded lexicon at build time, so the
//! stemmer starts without parsing anything) and the runtime loader of users' lexicons.
//!
//! Layout, all integers little-endian:
//! `MAGIC` (8 bytes), version `u32`, then `u32` counts: slots, entries, combos, text bytes; then
//! `slots: [u32; slots]` (0 = empty, else entry index + 1; open addressing, linear probing, power-of-two size),
//! `entries: [[u32; 4]; entries]` (word start and length in `text`, first combo and count),
//! `combos: [u16; combos]` (prefix chain in 4-bit codes << 2 | suffix code), `text` (the words, concatenated).
//!
//! This file must stay self-contained: `build.rs` includes it with `#[path]`.

/// First bytes of a table.
pub const MAGIC: &[u8; 8] = b"URAISTEM";
/// Format version.
pub const VERSION: u32 = 1;
/// Bytes before the slots.
pub const HEADER: usize = 8 + 4 * 5;

/// Prefix tokens of the lexicon format, in code order (code = index + 1).
pub const PREFIX_TOKENS: [&str; 9] = ["ber", "di", "ke", "meN", "peN", "per", "ter", "se", "ku"];
/// Suffix tokens of the lexicon format, in code order.
pub const SUFFIX_TOKENS: [&str; 4] = ["-", "an", "i", "kan"];
/// Most prefixes in a chain.
pub const MAX_CHAIN: usize = 3;

/// The code of a prefix token (1..=9).
pub fn prefix_code(token: &str) -> Option<u8> {
    PREFIX_TOKENS
        .iter()
        .position(|t| *t == token)
        .map(|i| i as u8 + 1)
}

/// The code of a suffix token (0..=3).
pub fn suffix_code(token: &str) -> Option<u8> {
    SUFFIX_TOKENS
        .iter()
        .position(|t| *t == token)
        .map(|i| i as u8)
}

/// Parses `CHAIN/SUFFIX` (`meN+per/kan`, `-/an`) into its 16-bit code.
pub fn parse_combo(text: &str) -> Option<u16> {
    let (chain, suffix) = text.split_once('/')?;
    let mut code: u16 = 0;
    if chain != "-" {
        for (i, token) in chain.split('+').enumerate() {
            if i >= MAX_CHAIN {
                return None;
            }
            code |= u16::from(prefix_code(token)?) << (4 * i);
        }
    }
    Some((code << 2) | u16::from(suffix_code(suffix)?))
}

/// FxHash-style hash of a word (must match at build and run time).
#[inline]
pub fn hash(bytes: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h: u64 = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(chunk);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(SEED);
    }
    let rest = chunks.remainder();
    let mut buf = [0u8; 8];
    buf[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(buf) ^ ((bytes.len() as u64) << 56))
        .wrapping_mul(SEED);
    h ^ (h >> 29)
}

fn is_lexicon_word(word: &str) -> bool {
    !word.is_empty()
        && word
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Builds a table from the lexicon text format. Errors give the 1-based line and a message.
pub fn build(text: &str) -> Result<Vec<u8>, (usize, String)> {
    // word -> combos, in first-seen order; repeated words merge their combinations
    let mut words: Vec<(&str, Vec<u16>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (word, combos) = line.split_once('\t').unwrap_or((line, ""));
        if !is_lexicon_word(word) {
            return Err((
                i + 1,
                format!(
                    "{word:?} is not a lexicon word (lower-case ASCII letters, parts joined by '-')"
                ),
            ));
        }
        let mut parsed = Vec::new();
        for item in combos.split_ascii_whitespace() {
            parsed.push(parse_combo(item).ok_or_else(|| {
                (
                    i + 1,
                    format!("{item:?} is not an affix combination CHAIN/SUFFIX (e.g. meN+per/kan)"),
                )
            })?);
        }
        let at = *index.entry(word).or_insert_with(|| {
            words.push((word, Vec::new()));
            words.len() - 1
        });
        words[at].1.extend(parsed);
    }
    let n_slots = (words.len() * 2).next_power_of_two().max(16);
    let mut slots = vec![0u32; n_slots];
    let mut entries: Vec<[u32; 4]> = Vec::with_capacity(words.len());
    let mut combos: Vec<u16> = Vec::new();
    let mut bytes: Vec<u8> = Vec::new();
    for (i, (word, mut cs)) in words.into_iter().enumerate() {
        cs.sort_unstable();
        cs.dedup();
        let too_big = |_| (0, "lexicon too large".to_string());
        entries.push([
            u32::try_from(bytes.len()).map_err(too_big)?,
            u32::try_from(word.len()).map_err(too_big)?,
            u32::try_from(combos.len()).map_err(too_big)?,
            u32::try_from(cs.len()).map_err(too_big)?,
        ]);
        bytes.extend_from_slice(word.as_bytes());
        combos.extend(cs);
        let mut slot = hash(word.as_bytes()) as usize & (n_slots - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (n_slots - 1);
        }
        slots[slot] = i as u32 + 1;
    }
    let mut out = Vec::with_capacity(
        HEADER + 4 * n_slots + 16 * entries.len() + 2 * combos.len() + bytes.len(),
    );
    out.extend_from_slice(MAGIC);
    for n in [
        VERSION,
        n_slots as u32,
        entries.len() as u32,
        combos.len() as u32,
        bytes.len() as u32,
    ] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    for s in slots {
        out.extend_from_slice(&s.to_le_bytes());
    }
    for e in entries {
        for n in e {
            out.extend_from_slice(&n.to_le_bytes());
        }
    }
    for c in combos {
        out.extend_from_slice(&c.to_le_bytes());
    }
    out.extend_from_slice(&bytes);
    Ok(out)
}
