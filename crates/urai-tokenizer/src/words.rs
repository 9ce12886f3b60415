//! The word layer: clitics split off their host as UD Indonesian's multiword tokens.

use crate::lexicon::Lexicon;
use crate::{Token, TokenKind, Word};

/// Enclitics, tried in this order. `-lah`, `-kah` and `-pun` may stack on `-nya`, `-ku` and `-mu`.
const ENCLITICS: &[&str] = &["nya", "lah", "kah", "pun", "ku", "mu"];
const OUTER: &[&str] = &["lah", "kah", "pun"];
const PROCLITICS: &[&str] = &["kau", "ku"];
/// Function words that take `-kah`, `-pun` and `-lah` as clitics even where the dictionary lists the fused form
/// (`apakah`, `ataupun`): UD splits these.
const FUNCTION_HOSTS: &[&str] = &[
    "apa",
    "siapa",
    "bagaimana",
    "mana",
    "mengapa",
    "kenapa",
    "berapa",
    "kapan",
    "atau",
    "kalau",
    "bila",
    "ada",
    "bukan",
    "akan",
    "mau",
    "boleh",
    "sudah",
    "belum",
    "tidak",
    "bisa",
    "dapat",
    "inilah",
    "itulah",
    "ini",
    "itu",
];

/// Fills in each token's word range and returns the words.
/// `initial[i]` says whether token `i` opens a sentence (its capital letter then says nothing about names).
pub(crate) fn words<'a>(
    tokens: &mut [Token<'a>],
    lexicon: &Lexicon,
    split: bool,
    initial: &[bool],
) -> Vec<Word<'a>> {
    let mut words = Vec::with_capacity(tokens.len() + tokens.len() / 16);
    for (index, token) in tokens.iter_mut().enumerate() {
        let first = words.len();
        let mut push = |a: usize, b: usize| {
            words.push(Word {
                text: &token.text[a..b],
                start: token.start + a,
                end: token.start + b,
                token: index,
            })
        };
        let opens = initial.get(index).copied().unwrap_or(false);
        match (split && token.kind == TokenKind::Word)
            .then(|| split_points(token.text, lexicon, opens))
        {
            Some(Some(points)) => {
                let mut a = 0;
                for &p in points.iter().flatten() {
                    push(a, p);
                    a = p;
                }
                push(a, token.text.len());
            }
            _ => push(0, token.text.len()),
        }
        token.words = first..words.len();
    }
    words
}

/// A cheap test before any allocation: does the word end like an enclitic or start like a proclitic?
fn may_have_clitic(word: &str) -> bool {
    let b = word.as_bytes();
    let ends = |s: &[u8]| b.len() > s.len() && b[b.len() - s.len()..].eq_ignore_ascii_case(s);
    ENCLITICS.iter().any(|c| ends(c.as_bytes()))
        || (b.len() > 4
            && (b[..2].eq_ignore_ascii_case(b"ku") || b[..3].eq_ignore_ascii_case(b"kau")))
}

/// Byte offsets inside `word` where clitics begin or end; `None` when the word stays whole.
pub(crate) fn split_points(
    word: &str,
    lexicon: &Lexicon,
    sentence_initial: bool,
) -> Option<[Option<usize>; 3]> {
    if word.len() < 5
        || !may_have_clitic(word)
        || !word.chars().all(|c| c.is_alphabetic() || c == '-')
    {
        return None;
    }
    let lower = word.to_lowercase();
    if lower.len() != word.len() || lexicon.is_whole(&lower) {
        return None;
    }
    // A capital letter marks a name (`Maluku`, `Kuala`) except at the start of a sentence; for -ku, -mu, ku- and
    // kau- a capital always counts, since sentence-initial names are too common to guess at.
    let upper = word.starts_with(|c: char| c.is_uppercase());
    let capitalised = upper && !sentence_initial;
    let mut points = [None; 3];
    let mut n = 0;
    let mut host_start = 0;
    // Proclitic ku-/kau- (not on capitalised words, which are names: `Kuala`, `Kautsar`).
    if !upper {
        for p in PROCLITICS {
            if let Some(rest) = lower.strip_prefix(p)
                && rest.len() >= 3
                && !rest.starts_with('-')
                && !lexicon.is_known(&lower)
                && (lexicon.is_known(rest) || enclitic_split(rest, false, lexicon).is_some())
            {
                points[n] = Some(p.len());
                n += 1;
                host_start = p.len();
                break;
            }
        }
    }
    if let Some(cuts) = enclitic_split(&lower[host_start..], capitalised, lexicon) {
        for cut in cuts.into_iter().flatten() {
            let clitic = &lower[host_start + cut..];
            if upper && (clitic.starts_with("ku") || clitic.starts_with("mu")) {
                // `Maluku`, `Baku`: a capitalised word ending in -ku/-mu is a name far more often than not.
                break;
            }
            points[n] = Some(host_start + cut);
            n += 1;
        }
    }
    (n > 0).then_some(points)
}

/// Where the enclitics of `w` begin (at most two: host + `nya` + `lah`).
fn enclitic_split(w: &str, capitalised: bool, lexicon: &Lexicon) -> Option<[Option<usize>; 2]> {
    if lexicon.is_whole(w) {
        return None;
    }
    let fused_root = lexicon.is_root(w);
    for clitic in ENCLITICS {
        let Some(host) = w.strip_suffix(clitic) else {
            continue;
        };
        let host = host.strip_suffix('-').unwrap_or(host);
        if host.chars().count() < 3
            || (fused_root && !(OUTER.contains(clitic) && FUNCTION_HOSTS.contains(&host)))
        {
            continue;
        }
        // se-...-nya adverbs (`sebenarnya`, `setidaknya`) are lexicalised unless se-X is itself a word.
        if *clitic == "nya"
            && host.starts_with("se")
            && !lexicon.is_root(host)
            && !lexicon.is_whole(host)
            && host.get(2..).is_some_and(|x| lexicon.is_root(x))
        {
            return None;
        }
        let cut = w.len() - clitic.len();
        // -nya is so productive that any host will do (`stakeholdernya`, `karirnya`) unless the word itself is
        // known; the other clitics need a known host.
        let host_ok = lexicon.is_known(host)
            || (*clitic == "nya" && !capitalised && host.chars().count() >= 3);
        if host_ok && (fused_root || !lexicon.is_known(w)) {
            return Some([Some(cut), None]);
        }
        // Stacked: `dirinyalah` = diri + nya + lah.
        if OUTER.contains(clitic)
            && let Some([Some(inner), None]) = enclitic_split(host, capitalised, lexicon)
            && !["lah", "kah", "pun"].iter().any(|o| host.ends_with(o))
        {
            return Some([Some(inner), Some(cut)]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(word: &str) -> Vec<&str> {
        let lex = Lexicon::embedded();
        match split_points(word, lex, false) {
            None => vec![word],
            Some(points) => {
                let mut out = Vec::new();
                let mut a = 0;
                for p in points.into_iter().flatten() {
                    out.push(&word[a..p]);
                    a = p;
                }
                out.push(&word[a..]);
                out
            }
        }
    }

    #[test]
    fn clitics_split_off_known_hosts() {
        assert_eq!(parts("dibantahnya"), ["dibantah", "nya"]);
        assert_eq!(parts("katanya"), ["kata", "nya"]);
        assert_eq!(parts("Menurutnya"), ["Menurut", "nya"]);
        assert_eq!(parts("apakah"), ["apa", "kah"]);
        assert_eq!(parts("bukanlah"), ["bukan", "lah"]);
        assert_eq!(parts("rumahku"), ["rumah", "ku"]);
        assert_eq!(parts("bukumu"), ["buku", "mu"]);
        assert_eq!(parts("kulihat"), ["ku", "lihat"]);
        assert_eq!(parts("kaubawa"), ["kau", "bawa"]);
        assert_eq!(parts("pernyataannya"), ["pernyataan", "nya"]);
        assert_eq!(parts("cita-citanya"), ["cita-cita", "nya"]);
    }

    #[test]
    fn lexicalised_and_accidental_endings_stay_whole() {
        for w in [
            "adalah",
            "lainnya",
            "akhirnya",
            "sebenarnya",
            "setidaknya",
            "hanya",
            "masalah",
            "pemerintah",
            "sekolah",
            "buku",
            "kamu",
            "bertemu",
            "Maluku",
            "kuartal",
            "Kenya",
            "bertanya",
            "naskah",
            "maupun",
            "telah",
        ] {
            assert_eq!(parts(w), [w], "{w}");
        }
    }
}
