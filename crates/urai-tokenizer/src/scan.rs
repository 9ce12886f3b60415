//! The token scanner: one pass over the text, no regular expressions, no allocation besides the output.

use unicode_normalization::char::is_combining_mark;
use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::Lexicon;
use crate::{Token, TokenKind};

/// Characters that separate tokens without being whitespace to `char::is_whitespace`.
#[inline]
pub(crate) fn is_separator(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    c.is_whitespace()
        || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
        || c.is_control()
}

/// Letters, digits and the marks and joiners that live inside words.
#[inline]
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric()
        || is_combining_mark(c)
        || matches!(c, '\u{200C}' | '\u{200D}' | '\u{00AD}' | '_')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

const TLDS: &[&str] = &[
    "id", "com", "net", "org", "edu", "gov", "info", "io", "co", "ac", "go", "or", "web", "sch",
    "mil", "biz", "tv", "me", "asia", "uk", "us", "au", "sg", "my", "jp", "news", "xyz", "online",
    "site", "app", "ly", "de", "fr", "nl",
];

const URL_PREFIXES: &[&str] = &["https://", "http://", "ftp://", "www."];

/// Tokenizes `text` into tokens (the word layer is filled in later).
pub(crate) fn scan<'a>(text: &'a str, lexicon: &Lexicon, split_periods: bool) -> Vec<Token<'a>> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < text.len() {
        // Skip separators.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if is_separator(c) {
            i += c.len_utf8();
            continue;
        }
        // A chunk is a maximal run of non-separators.
        let chunk_end = text[i..].find(is_separator).map_or(text.len(), |k| i + k);
        scan_chunk(text, i, chunk_end, lexicon, &mut tokens);
        i = chunk_end;
    }
    if split_periods {
        tokens = split_abbreviation_periods(tokens);
    }
    // space_after: whitespace or end of text after the token.
    for t in &mut tokens {
        t.space_after = text[t.end..].chars().next().is_none_or(char::is_whitespace);
    }
    tokens
}

fn push<'a>(tokens: &mut Vec<Token<'a>>, text: &'a str, start: usize, end: usize, kind: TokenKind) {
    if end > start {
        tokens.push(Token {
            text: &text[start..end],
            start,
            end,
            kind,
            space_after: false,
            words: 0..0,
        });
    }
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

fn scan_chunk<'a>(
    text: &'a str,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    out: &mut Vec<Token<'a>>,
) {
    let chunk = &text[start..end];
    let has_at = chunk.contains('@');
    let has_dot = chunk.contains('.');
    let mut i = start;
    while i < end {
        let Some(c) = char_at(text, i) else { return };
        let prev = if i > start {
            char_before(text, i)
        } else {
            None
        };
        let prev_is_word = prev.is_some_and(is_word_char);

        // URLs.
        if !prev_is_word && let Some(j) = url_end(text, i, end) {
            push(out, text, i, j, TokenKind::Url);
            i = j;
            continue;
        }
        if is_word_char(c) {
            if has_at && let Some(j) = email_end(text, i, end) {
                push(out, text, i, j, TokenKind::Email);
                i = j;
                continue;
            }
            if has_dot && let Some(j) = domain_end(text, i, end) {
                push(out, text, i, j, TokenKind::Url);
                i = j;
                continue;
            }
            let (j, kind) = word_end(text, i, end, lexicon, out.last());
            push(out, text, i, j, kind);
            i = j;
            continue;
        }
        // Hashtags and mentions.
        if (c == '#' || c == '@') && !prev_is_word {
            let body = i + 1;
            let j = run_end(text, body, end, |ch| {
                ch.is_alphanumeric() || ch == '_' || is_combining_mark(ch)
            });
            if j > body {
                let kind = if c == '#' {
                    TokenKind::Hashtag
                } else {
                    TokenKind::Mention
                };
                push(out, text, i, j, kind);
                i = j;
                continue;
            }
        }
        // Negative and signed numbers: "-4,9" after a separator or an opening bracket.
        if (c == '-' || c == '\u{2212}' || c == '+')
            && !prev_is_word
            && prev.is_none_or(|p| matches!(p, '(' | '[' | '/' | '='))
            && char_at(text, i + c.len_utf8()).is_some_and(|d| d.is_ascii_digit())
        {
            let (j, _) = word_end(text, i + c.len_utf8(), end, lexicon, None);
            push(out, text, i, j, TokenKind::Number);
            i = j;
            continue;
        }
        // Multi-character punctuation.
        // Possessive 's of foreign names (`Moody's`) is a token of its own, as in UD.
        if is_apostrophe(c)
            && prev_is_word
            && char_at(text, i + c.len_utf8()) == Some('s')
            && char_at(text, i + c.len_utf8() + 1).is_none_or(|n| !is_word_char(n))
        {
            push(out, text, i, i + c.len_utf8() + 1, TokenKind::Word);
            i += c.len_utf8() + 1;
            continue;
        }
        if matches!(c, '.' | '-' | '`' | '\'') {
            let j = run_end(text, i, end, |ch| ch == c);
            push(out, text, i, j, TokenKind::Punct);
            i = j;
            continue;
        }
        // One grapheme cluster: punctuation, symbol or emoji.
        let g = text[i..end]
            .graphemes(true)
            .next()
            .map_or(c.len_utf8(), str::len);
        let kind = if is_punctuation(c) {
            TokenKind::Punct
        } else {
            TokenKind::Symbol
        };
        push(out, text, i, i + g, kind);
        i += g;
    }
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '+' | '<' | '=' | '>' | '^' | '|' | '~' | '%' | '&' | '#' | '@'
        )
        || matches!(
            c,
            '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '·' | '、' | '。' | '「' | '」'
        )
}

fn run_end(text: &str, mut i: usize, end: usize, pred: impl Fn(char) -> bool) -> usize {
    while i < end {
        match char_at(text, i) {
            Some(ch) if pred(ch) => i += ch.len_utf8(),
            _ => break,
        }
    }
    i.min(end)
}

fn url_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let rest = text.get(i..end)?;
    let bytes = rest.as_bytes();
    let prefix = URL_PREFIXES
        .iter()
        .find(|p| bytes.len() > p.len() && bytes[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?;
    let body = rest.get(prefix.len()..)?;
    if !body.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    Some(i + trim_url(rest))
}

/// Length of a URL-like run without trailing punctuation that belongs to the sentence.
fn trim_url(s: &str) -> usize {
    let mut len = s.len();
    // Stop at characters that cannot be in a URL written in running text.
    if let Some(k) = s.find(['"', '<', '>', '“', '”', '«', '»']) {
        len = k;
    }
    loop {
        let Some(last) = s[..len].chars().next_back() else {
            return len;
        };
        let trim = match last {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ']' | '}' => true,
            ')' => s[..len].matches('(').count() < s[..len].matches(')').count(),
            _ => false,
        };
        if !trim {
            return len;
        }
        len -= last.len_utf8();
    }
}

/// At most the first `n` bytes of `s`, cut at a character boundary.
fn prefix(s: &str, n: usize) -> &str {
    if s.len() <= n {
        return s;
    }
    let mut k = n;
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    &s[..k]
}

fn email_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let s = text.get(i..end)?;
    // The local part of an address is at most 64 bytes.
    let at = prefix(s, 65).find('@')?;
    let local = &s[..at];
    if local.is_empty()
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
    {
        return None;
    }
    let domain_len = domain_len(&s[at + 1..])?;
    Some(i + at + 1 + domain_len)
}

/// Length of `label(.label)+` at the start of `s` whose last label is a letter-only TLD of two or more letters,
/// followed by the end or by a non-word character.
fn domain_len(s: &str) -> Option<usize> {
    // DNS names are at most 253 bytes: looking no further keeps long runs of dotted text linear.
    let s = prefix(s, 254);
    let mut len = 0;
    let mut labels = 0;
    let mut last_label = "";
    for label in s.split('.') {
        let l = label
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .unwrap_or(label.len());
        if l == 0 {
            break;
        }
        let complete = l == label.len();
        labels += 1;
        len += if labels > 1 { 1 } else { 0 } + l;
        last_label = &label[..l];
        if !complete {
            break;
        }
    }
    if labels < 2 || last_label.len() < 2 || !last_label.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(len)
}

/// A bare domain name (`Medcom.id`, `detik.com/berita`) counts as a URL when its last label is a known TLD.
fn domain_end(text: &str, i: usize, end: usize) -> Option<usize> {
    let s = text.get(i..end)?;
    let len = domain_len(s)?;
    let domain = &s[..len];
    let tld = domain.rsplit('.').next()?;
    if !TLDS.contains(&tld.to_ascii_lowercase().as_str()) {
        return None;
    }
    // The first label must look like a name, not an abbreviation chain such as `a.n.` or `S.H.`.
    if domain
        .split('.')
        .next()
        .is_none_or(|first| first.chars().count() < 2)
    {
        return None;
    }
    match s[len..].chars().next() {
        None => Some(i + len),
        Some('/') => Some(i + trim_url(s)),
        Some(c) if c.is_alphanumeric() => None,
        Some(_) => Some(i + len),
    }
}

/// Scans a word or number starting at `i` and returns its end and kind.
fn word_end(
    text: &str,
    i: usize,
    end: usize,
    lexicon: &Lexicon,
    prev_token: Option<&Token<'_>>,
) -> (usize, TokenKind) {
    let numeric_start = char_at(text, i).is_some_and(|c| c.is_ascii_digit());
    // Currency written solid with the amount: `Rp42,03` → `Rp` `42,03`.
    if let Some(s) = text.get(i..end)
        && (s.starts_with("Rp") || s.starts_with("RP"))
        && s[2..].starts_with(|c: char| c.is_ascii_digit())
    {
        return (i + 2, TokenKind::Word);
    }
    let mut j = i;
    let mut seg_start = i;
    let mut numeric = numeric_start;
    loop {
        j = run_end(text, j, end, is_word_char);
        if numeric && !text[i..j].chars().all(|c| c.is_ascii_digit()) {
            numeric = false;
        }
        let Some(next) = char_at(text, j) else { break };
        if j >= end {
            break;
        }
        let after = char_at(text, j + next.len_utf8()).filter(|_| j + next.len_utf8() < end);
        let after_word = after.is_some_and(is_word_char);
        let prev = char_before(text, j);
        let joins = match next {
            h if is_hyphen(h) => {
                after_word && {
                    let right_end = segment_end(text, j + h.len_utf8(), end);
                    !hyphen_splits(&text[seg_start..j], &text[j + h.len_utf8()..right_end])
                }
            }
            a if is_apostrophe(a) => {
                prev.is_some_and(char::is_alphabetic)
                    && after.is_some_and(char::is_alphabetic)
                    && !(after == Some('s')
                        && char_at(text, j + a.len_utf8() + 1).is_none_or(|n| !is_word_char(n)))
            }
            '/' => {
                let right_end = segment_end(text, j + 1, end);
                prev.is_some_and(char::is_alphanumeric)
                    && after.is_some_and(char::is_alphanumeric)
                    && slash_joins(&text[seg_start..j], &text[j + 1..right_end])
            }
            '.' | ',' | ':' => {
                // Digit groups, decimals, times, IP addresses, chapter:verse.
                prev.is_some_and(|p| p.is_ascii_digit())
                    && after.is_some_and(|d| d.is_ascii_digit())
            }
            '&' => {
                prev.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
            }
            _ => false,
        };
        if !joins {
            break;
        }
        j += next.len_utf8();
        if is_hyphen(next) || next == '/' {
            seg_start = j;
        }
        if matches!(next, '.' | ',' | ':') {
            // keep the numeric flag: digits follow
            continue;
        }
        numeric = false;
    }
    let word = &text[i..j];
    let starts_with_digit = numeric_start;
    // Ratings and grades keep their sign: `idA-`, `BB+`, `A-`.
    if let Some(sign @ ('+' | '-')) = char_at(text, j)
        && word.len() <= 6
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && char_at(text, j + 1)
            .filter(|_| j + 1 < end)
            .is_none_or(|n| !is_word_char(n) && n != sign)
    {
        return (j + 1, TokenKind::Word);
    }
    // Abbreviations keep their period.
    if char_at(text, j) == Some('.') && j < end {
        if let Some(k) = abbreviation_chain(text, i, j, end) {
            return (k, TokenKind::Abbreviation);
        }
        let single_capital = {
            let mut cs = word.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
        };
        let roman_after_word = matches!(word, "I" | "V" | "X")
            && prev_token.is_some_and(|t| {
                t.kind == TokenKind::Word && t.text.starts_with(char::is_lowercase)
            });
        if !starts_with_digit
            && ((single_capital && !roman_after_word) || lexicon.abbreviation(word).is_some())
        {
            return (j + 1, TokenKind::Abbreviation);
        }
    }
    // `100.000`, `1990-an`, `2-2`, `21/01/2022` are numbers; `5G`, `10km` are words.
    let number = numeric || is_decade(word) || !word.chars().any(char::is_alphabetic);
    let kind = if starts_with_digit && number {
        TokenKind::Number
    } else {
        TokenKind::Word
    };
    (j, kind)
}

/// End of the word segment starting at `k` (word characters and digit-group separators between digits).
fn segment_end(text: &str, k: usize, end: usize) -> usize {
    let mut j = k;
    loop {
        j = run_end(text, j, end, is_word_char);
        match (char_before(text, j), char_at(text, j), char_at(text, j + 1)) {
            (Some(p), Some('.' | ',' | ':'), Some(a))
                if p.is_ascii_digit() && a.is_ascii_digit() && j + 1 < end =>
            {
                j += 1
            }
            _ => return j.min(end),
        }
    }
}

fn is_numeric(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ':'))
}

/// UD Indonesian splits a hyphen between two numbers (a range, `1887-1899`) and between two different
/// capitalised names (`Bapepam-LK`, `Januari-September`, `AS-Rusia`); reduplications (`Undang-Undang`),
/// affixed forms (`e-KTP`, `ke-21`, `1990-an`, `non-migas`) and codes (`COVID-19`, `APBN-P`) stay whole.
fn hyphen_splits(left: &str, right: &str) -> bool {
    // A clitic after a hyphen (`APBD-nya`, `kematian-Nya`) is a token of its own.
    if matches!(right, "nya" | "Nya" | "Ku" | "Mu") && left.chars().count() >= 2 {
        return true;
    }
    if is_numeric(left) && is_numeric(right) {
        // ISO dates stay whole.
        return !(left.len() == 4 && right.len() == 2);
    }
    let upper = |s: &str| s.starts_with(char::is_uppercase) && s.chars().count() >= 2;
    upper(left)
        && upper(right)
        && !left.eq_ignore_ascii_case(right)
        && !right.chars().all(|c| c.is_ascii_digit())
}

fn is_roman(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

/// A slash stays inside a token in codes and short forms (`C/D`, `II/2007`, `33/2006`, `km/jam`) and
/// separates alternatives (`MPR/DPR`, `departemen/instansi`, `9.405/9.415`).
fn slash_joins(left: &str, right: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let short = |s: &str| s.chars().count() <= 2;
    (digits(left) && digits(right))
        || (is_roman(left) && digits(right))
        || (short(left) && short(right))
        || (short(left) && digits(right))
}

fn is_decade(word: &str) -> bool {
    word.strip_suffix("-an")
        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
}

/// `S.H.`, `a.n.`, `M.Si.`, `U.S.A.`: two or more short letter groups each followed by a period.
fn abbreviation_chain(text: &str, i: usize, first_end: usize, end: usize) -> Option<usize> {
    let first = &text[i..first_end];
    if first.chars().count() > 3 || !first.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut j = first_end + 1; // after the first period
    let mut groups = 1;
    loop {
        let k = run_end(text, j, end, char::is_alphabetic);
        let len = text[j..k].chars().count();
        if groups >= 6 || len == 0 || len > 3 || char_at(text, k) != Some('.') || k >= end {
            break;
        }
        groups += 1;
        j = k + 1;
    }
    (groups >= 2).then_some(j)
}

/// UD GSD's convention: `Dr.` → `Dr` `.`, `S.H.` → `S` `.` `H` `.`. The letters keep the kind `Abbreviation`
/// so that the sentence splitter knows the periods after them.
fn split_abbreviation_periods(tokens: Vec<Token<'_>>) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 32);
    for t in tokens {
        if t.kind != TokenKind::Abbreviation {
            out.push(t);
            continue;
        }
        let mut a = 0;
        for (k, _) in t.text.match_indices('.') {
            for (from, to, kind) in [
                (a, k, TokenKind::Abbreviation),
                (k, k + 1, TokenKind::Punct),
            ] {
                if to > from {
                    out.push(Token {
                        text: &t.text[from..to],
                        start: t.start + from,
                        end: t.start + to,
                        kind,
                        space_after: false,
                        words: 0..0,
                    });
                }
            }
            a = k + 1;
        }
        if a < t.text.len() {
            out.push(Token {
                text: &t.text[a..],
                start: t.start + a,
                end: t.end,
                kind: TokenKind::Abbreviation,
                space_after: false,
                words: 0..0,
            });
        }
    }
    out
}

/// Classifies a token given by a gold tokenization.
pub(crate) fn classify(piece: &str) -> TokenKind {
    let first = piece.chars().next().unwrap_or(' ');
    let lower = piece.to_ascii_lowercase();
    if URL_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        TokenKind::Url
    } else if piece.contains('@') && piece.len() > 1 && !piece.starts_with('@') {
        TokenKind::Email
    } else if first == '#' && piece.len() > 1 {
        TokenKind::Hashtag
    } else if first == '@' && piece.len() > 1 {
        TokenKind::Mention
    } else if first.is_ascii_digit() || (first == '-' && piece.len() > 1) {
        TokenKind::Number
    } else if is_word_char(first) {
        if piece.ends_with('.') && piece.len() > 1 {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        }
    } else if is_punctuation(first) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}
