//! Any bytes, with or without a transport charset, read as a web page: the source map's segments lie inside
//! the input and on char boundaries of the text, ascending; the blocks lie on char boundaries, in order,
//! without overlap; `html_range` of any block or segment stays inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai_html::{Options, Page};

fuzz_target!(|data: &[u8]| {
    // The first byte picks a transport charset (or none).
    let (options, page_bytes) = match data.split_first() {
        Some((&b, rest)) => {
            let label = ["", "utf-8", "windows-1252", "shift_jis", "utf-16le", "gb18030"][usize::from(b % 6)];
            let options = if label.is_empty() {
                Options::default()
            } else {
                Options::default().with_charset(label).expect("a known label")
            };
            (options, rest)
        }
        None => (Options::default(), data),
    };
    let page = Page::parse_with(page_bytes, options);
    let text = &page.text;
    let mut last_end = 0;
    for (i, b) in page.blocks.iter().enumerate() {
        assert_eq!(b.index, i);
        assert!(b.start >= last_end && b.start <= b.end && b.end <= text.len());
        assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
        assert!(b.link_bytes <= b.end - b.start);
        last_end = b.end;
        if let Some(r) = page.html_range(b.start, b.end) {
            assert!(r.start <= r.end && r.end <= page_bytes.len());
        }
    }
    let mut last_start = 0;
    for s in &page.source_map {
        assert!(s.text_start <= s.text_end && s.text_end <= text.len());
        assert!(text.is_char_boundary(s.text_start) && text.is_char_boundary(s.text_end));
        assert!(s.html_start <= s.html_end && s.html_end <= page_bytes.len());
        assert!(s.text_start >= last_start);
        last_start = s.text_start;
    }
    for (i, _) in text.char_indices().step_by(7) {
        if let Some(r) = page.html_range(i, (i + 5).min(text.len())) {
            assert!(r.start <= r.end && r.end <= page_bytes.len());
        }
    }
});
