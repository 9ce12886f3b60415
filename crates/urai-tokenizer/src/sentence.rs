//! Sentence boundaries over the token sequence.

use crate::lexicon::Lexicon;
use crate::{Sentence, Token, TokenKind};

fn is_terminal(t: &Token<'_>) -> bool {
    t.kind == TokenKind::Punct && (t.text.starts_with(['.', '?', '!', '…']) || t.text == "。")
}

fn is_closing(t: &Token<'_>, open_straight: bool) -> bool {
    match t.text {
        "”" | "’" | "»" | ")" | "]" | "}" | "''" => true,
        "\"" | "'" => open_straight,
        _ => false,
    }
}

fn is_opening(t: &Token<'_>, open_straight: bool) -> bool {
    match t.text {
        "“" | "‘" | "«" | "(" | "[" | "``" => true,
        "\"" | "'" => !open_straight,
        _ => false,
    }
}

fn starts_upper(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(t: &Token<'_>) -> bool {
    t.text.chars().next().is_some_and(char::is_lowercase)
}

/// With abbreviation periods split off (UD GSD's convention), the abbreviation a `.` token belongs to.
fn period_of_abbreviation<'a>(tokens: &[Token<'a>], k: usize) -> Option<&'a str> {
    let tok = tokens.get(k)?;
    let prev = tokens.get(k.checked_sub(1)?)?;
    (tok.text == "." && prev.kind == TokenKind::Abbreviation && prev.end == tok.start)
        .then_some(prev.text)
}

/// Number of line breaks in a gap between tokens (`\r\n` counts once).
fn line_breaks(gap: &str) -> usize {
    let mut n = 0;
    let mut prev_cr = false;
    for c in gap.chars() {
        match c {
            '\n' if prev_cr => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => n += 1,
            _ => {}
        }
        prev_cr = c == '\r';
    }
    n
}

/// A quotation longer than this many tokens is not kept in one sentence.
const MAX_QUOTE_TOKENS: usize = 80;

/// For every token, whether it lies strictly inside a short quotation (`"…"`, `“…”`) that closes in the same
/// paragraph: UD Indonesian keeps a quoted passage of several sentences in one sentence with its attribution
/// (`"… di Jenewa. Kita hanya harus saling pengertian," kata Blinken.`).
fn inside_quotes(text: &str, tokens: &[Token<'_>]) -> Vec<bool> {
    let mut inside = vec![false; tokens.len()];
    let mut open: Option<usize> = None;
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 && line_breaks(text.get(tokens[k - 1].end..t.start).unwrap_or("")) > 0 {
            open = None;
        }
        let (opens, closes) = match t.text {
            "“" => (true, false),
            "”" => (false, true),
            "\"" => (open.is_none(), open.is_some()),
            _ => (false, false),
        };
        if closes {
            if let Some(o) = open.take()
                && k - o <= MAX_QUOTE_TOKENS
            {
                for flag in &mut inside[o + 1..k] {
                    *flag = true;
                }
            }
        } else if opens {
            open = Some(k);
        }
    }
    inside
}

/// Splits the tokens into sentences (word ranges are filled in by [`with_words`]).
pub(crate) fn split(
    text: &str,
    tokens: &[Token<'_>],
    lexicon: &Lexicon,
    line_breaks_end: bool,
) -> Vec<Sentence> {
    let quoted = inside_quotes(text, tokens);
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut open_straight = [false, false]; // inside "…" / '…'
    let mut line_start_token = 0;
    let mut k = 0;
    while k < tokens.len() {
        let tok = &tokens[k];
        match tok.text {
            "\"" => open_straight[0] = !open_straight[0],
            "'" => open_straight[1] = !open_straight[1],
            _ => {}
        }
        let mut end = k; // last token of the sentence if a boundary falls here
        let boundary = if k + 1 >= tokens.len() {
            true
        } else {
            let gap = text.get(tok.end..tokens[k + 1].start).unwrap_or("");
            let breaks = line_breaks(gap);
            if breaks >= 2 {
                true
            } else if breaks == 1 && line_breaks_end {
                // A soft-wrapped line continues with a lower-case word after a word or comma.
                let next = &tokens[k + 1];
                let continues = starts_lower(next)
                    && !is_terminal(tok)
                    && matches!(
                        tok.kind,
                        TokenKind::Word | TokenKind::Number | TokenKind::Punct
                    )
                    && !(tok.kind == TokenKind::Punct && tok.text != "," && tok.text != "-");
                !continues
            } else if let Some(abbr) = period_of_abbreviation(tokens, k) {
                let may_end = lexicon.abbreviation(abbr) == Some(true);
                may_end && starts_upper(&tokens[k + 1]) && !gap.is_empty()
            } else if is_terminal(tok) {
                // Take closing quotes and brackets into this sentence.
                let mut m = k + 1;
                let mut open = open_straight;
                while m < tokens.len()
                    && is_closing(&tokens[m], open[usize::from(tokens[m].text == "'")])
                {
                    if line_breaks(text.get(tokens[m - 1].end..tokens[m].start).unwrap_or("")) > 0 {
                        break;
                    }
                    match tokens[m].text {
                        "\"" => open[0] = false,
                        "'" => open[1] = false,
                        _ => {}
                    }
                    m += 1;
                }
                let list_marker = tok.text == "."
                    && k == line_start_token + 1
                    && tokens[line_start_token].kind == TokenKind::Number;
                match tokens.get(m) {
                    None => {
                        end = m - 1;
                        true
                    }
                    Some(next) => {
                        let next_gap = text.get(tokens[m - 1].end..next.start).unwrap_or("");
                        let dash = matches!(next.text, "-" | "--" | "–" | "—");
                        let starts_sentence = starts_upper(next)
                            || (dash && tokens.get(m + 1).is_some_and(|t| t.start > next.end))
                            || (is_opening(next, open[usize::from(next.text == "'")])
                                && tokens.get(m + 1).is_some_and(|t| !starts_lower(t)))
                            || (next.kind == TokenKind::Number
                                && tok.text != "."
                                && !next_gap.is_empty());
                        let after_word = k > 0 && tokens[k - 1].kind != TokenKind::Number;
                        let number_after_sentence = next.kind == TokenKind::Number
                            && tok.text == "."
                            && after_word
                            && !next_gap.is_empty();
                        // Inside a quotation that goes on after this mark, the sentence goes on too.
                        let quote_goes_on = quoted.get(k).copied().unwrap_or(false) && m == k + 1;
                        if !list_marker
                            && !quote_goes_on
                            && (starts_sentence || number_after_sentence)
                            && !next_gap.is_empty()
                        {
                            end = m - 1;
                            true
                        } else if line_breaks(next_gap) > 0 {
                            // The closing quotes end a line: let the next iteration decide there.
                            false
                        } else {
                            false
                        }
                    }
                }
            } else if tok.kind == TokenKind::Abbreviation {
                let word = tok.text.trim_end_matches('.');
                let may_end = lexicon.abbreviation(word) == Some(true);
                may_end && starts_upper(&tokens[k + 1]) && !gap.is_empty()
            } else {
                false
            }
        };
        if boundary {
            // Update quote state for the closing tokens taken in.
            for t in &tokens[k + 1..=end.max(k)] {
                match t.text {
                    "\"" => open_straight[0] = !open_straight[0],
                    "'" => open_straight[1] = !open_straight[1],
                    _ => {}
                }
            }
            sentences.push(Sentence {
                start: tokens[first].start,
                end: tokens[end].end,
                tokens: first..end + 1,
                words: 0..0,
            });
            first = end + 1;
            k = end + 1;
            if k < tokens.len() {
                let gap = text.get(tokens[end].end..tokens[k].start).unwrap_or("");
                if line_breaks(gap) >= 2 {
                    open_straight = [false, false];
                }
            }
        } else {
            k += 1;
        }
        // Track where the current line starts.
        if k < tokens.len() && k > 0 {
            let gap = text.get(tokens[k - 1].end..tokens[k].start).unwrap_or("");
            if line_breaks(gap) > 0 {
                line_start_token = k;
            }
        }
    }
    sentences
}

/// Whether each token opens a sentence, alone or after opening quotes and brackets.
pub(crate) fn initial_tokens(sentences: &[Sentence], tokens: &[Token<'_>]) -> Vec<bool> {
    initial_in(sentences.iter().map(|s| s.tokens.clone()), tokens)
}

/// [`initial_tokens`] for sentences given as token ranges (pre-tokenized input), so that a word after an
/// opening quote is sentence-initial there too.
pub(crate) fn initial_in(
    sentences: impl Iterator<Item = std::ops::Range<usize>>,
    tokens: &[Token<'_>],
) -> Vec<bool> {
    let mut initial = vec![false; tokens.len()];
    for range in sentences {
        for k in range {
            if let Some(flag) = initial.get_mut(k) {
                *flag = true;
            }
            if !tokens
                .get(k)
                .is_some_and(|t| matches!(t.text, "\"" | "“" | "'" | "‘" | "(" | "[" | "«" | "``"))
            {
                break;
            }
        }
    }
    initial
}

/// Fills in each sentence's word range from its tokens.
pub(crate) fn with_words(mut sentences: Vec<Sentence>, tokens: &[Token<'_>]) -> Vec<Sentence> {
    for s in &mut sentences {
        let (Some(a), Some(b)) = (
            tokens.get(s.tokens.start),
            tokens.get(s.tokens.end.wrapping_sub(1)),
        ) else {
            continue;
        };
        s.words = a.words.start..b.words.end;
    }
    sentences
}
