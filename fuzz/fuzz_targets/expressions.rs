//! Any string, split into sentences at line breaks and into tokens at spaces, with any anchor date: the
//! expressions found lie on char boundaries inside their sentence, in order and without overlap, each with a
//! value.
#![no_main]
use std::ops::Range;

use libfuzzer_sys::fuzz_target;
use urai_expressions::{Date, find};

fuzz_target!(|data: &[u8]| {
    let (anchor, data) = match data.split_first() {
        Some((&b, rest)) if b & 1 == 1 => (
            Date::new(
                1900 + i32::from(b),
                u32::from(b % 12) + 1,
                u32::from(b % 28) + 1,
            ),
            rest,
        ),
        Some((_, rest)) => (None, rest),
        None => (None, data),
    };
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut tokens: Vec<Range<usize>> = Vec::new();
    let mut sentences: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let first = tokens.len();
        let mut start = None;
        for (i, c) in line.char_indices() {
            match (c == ' ' || c == '\n', start) {
                (true, Some(s)) => {
                    tokens.push(offset + s..offset + i);
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            tokens.push(offset + s..offset + line.len());
        }
        if tokens.len() > first {
            sentences.push(first..tokens.len());
        }
        offset += line.len();
    }
    let found = find(text, &tokens, &sentences, anchor);
    let mut last = 0;
    for e in &found {
        assert!(
            e.start < e.end && e.start >= last,
            "spans out of order or overlapping"
        );
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        assert!(!e.value.is_empty());
        let inside = sentences.iter().any(|s| {
            let (Some(a), Some(b)) = (tokens.get(s.start), tokens.get(s.end - 1)) else {
                return false;
            };
            a.start <= e.start && e.end <= b.end
        });
        assert!(inside, "span crosses a sentence");
        last = e.end;
    }
});
