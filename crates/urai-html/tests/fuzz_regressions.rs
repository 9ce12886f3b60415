//! Inputs the fuzz target found, kept as tests.

use urai_html::{Options, Page};

/// Every block's and segment's page range lies inside the page's bytes.
fn ranges_inside(bytes: &[u8], options: Options) {
    let page = Page::parse_with(bytes, options);
    for b in &page.blocks {
        if let Some(r) = page.html_range(b.start, b.end) {
            assert!(
                r.start <= r.end && r.end <= bytes.len(),
                "{r:?} of {} bytes",
                bytes.len()
            );
        }
    }
    for s in &page.source_map {
        assert!(
            s.html_start <= s.html_end && s.html_end <= bytes.len(),
            "{s:?}"
        );
    }
}

#[test]
fn an_odd_byte_of_utf16_maps_inside_the_page() {
    ranges_inside(b"\n", Options::default().with_charset("utf-16le").unwrap());
    ranges_inside(b"a", Options::default().with_charset("utf-16le").unwrap());
    ranges_inside(
        b"a\0b",
        Options::default().with_charset("utf-16be").unwrap(),
    );
}

#[test]
fn a_malformed_gb18030_sequence_maps_inside_the_page() {
    ranges_inside(
        b"\xc7\x30<<",
        Options::default().with_charset("gb18030").unwrap(),
    );
    ranges_inside(
        b"\x81\x30<p>x",
        Options::default().with_charset("gb18030").unwrap(),
    );
}
