//! Pathological pages: deep nesting (past the depth cap), big pages, arbitrary bytes.

use proptest::prelude::*;
use urai_html::{MAX_DEPTH, Options, Page};

/// The invariants every page keeps, whatever its bytes.
fn invariants(page: &Page, input: &[u8]) {
    let text = &page.text;
    let mut last_end = 0;
    for (i, b) in page.blocks.iter().enumerate() {
        assert_eq!(b.index, i);
        assert!(b.start <= b.end && b.end <= text.len());
        assert!(b.start >= last_end, "blocks overlap");
        assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
        assert!(b.link_bytes <= b.end - b.start);
        assert!(b.path.len() <= urai_html::Block::CAP);
        if let Some(r) = page.html_range(b.start, b.end) {
            assert!(
                r.start <= r.end && r.end <= input.len(),
                "{r:?} of {} bytes",
                input.len()
            );
        }
        last_end = b.end;
    }
    let mut last_start = 0;
    for s in &page.source_map {
        assert!(s.text_start <= s.text_end && s.text_end <= text.len());
        assert!(
            s.html_start <= s.html_end && s.html_end <= input.len(),
            "{s:?}"
        );
        assert!(text.is_char_boundary(s.text_start) && text.is_char_boundary(s.text_end));
        assert!(s.text_start >= last_start, "segments out of order");
        last_start = s.text_start;
    }
}

/// Inputs the fuzz target found: a partial character at the end of a UTF-16 page, a malformed gb18030
/// sequence.
#[test]
fn multi_byte_charsets_map_inside_the_page() {
    for (bytes, charset) in [
        (&b"\n"[..], "utf-16le"),
        (b"a", "utf-16le"),
        (b"a\0b", "utf-16be"),
        (b"\xc7\x30<<", "gb18030"),
        (b"\x81\x30<p>x", "gb18030"),
    ] {
        let options = Options::default().with_charset(charset).unwrap();
        invariants(&Page::parse_with(bytes, options), bytes);
    }
}

fn deep(open: &str, close: &str, depth: usize, closed: bool) {
    let mut html = open.repeat(depth);
    html.push_str("dalam");
    if closed {
        html.push_str(&close.repeat(depth));
    }
    let page = Page::parse(html.as_bytes());
    invariants(&page, html.as_bytes());
    assert_eq!(page.text, "dalam", "{open}");
    let r = page
        .html_range(0, 5)
        .unwrap_or_else(|| panic!("{open} {closed}: {:?}", page.text));
    assert_eq!(&html[r], "dalam");
    assert!(page.blocks[0].depth <= MAX_DEPTH + 8);
}

#[test]
fn nesting_100000_deep() {
    for (open, close) in [
        ("<div>", "</div>"),
        ("<b>", "</b>"),
        ("<span>", "</span>"),
        ("<table>", "</table>"),
        ("<a href=x>", "</a>"),
        ("<ul><li>", "</li></ul>"),
        ("<dl><dd>", "</dd></dl>"),
    ] {
        deep(open, close, 100_000, false);
        deep(open, close, 100_000, true);
    }
}

#[test]
fn nesting_past_the_cap_keeps_the_text_in_order() {
    let mut html = String::new();
    for i in 0..2000 {
        html.push_str(&format!("<div>k{i} "));
    }
    for _ in 0..2000 {
        html.push_str("</div>");
    }
    html.push_str("<p>akhir</p>");
    let page = Page::parse(html.as_bytes());
    invariants(&page, html.as_bytes());
    let words: Vec<&str> = page.text.split_whitespace().collect();
    assert_eq!(words.len(), 2001);
    assert_eq!(words[1999], "k1999");
    assert_eq!(words[2000], "akhir");
    assert_eq!(page.blocks.last().unwrap().tag.as_ref(), "p");
}

/// A news-like page of about `mb` megabytes.
fn news_page(mb: usize) -> String {
    let article = "<div class=\"artikel\"><h2>Banjir merendam Kemang</h2><p>Hujan deras sejak pagi &amp; \
                   angin kencang membuat <a href=\"/kemang\">Kemang</a> terendam.</p><ul><li>Satu</li>\
                   <li>Dua</li></ul><script>var x = 1;</script><table><tr><td>Rp10.000</td></tr></table></div>\n";
    let mut html = String::from("<html lang=id><head><title>Berita</title></head><body>");
    while html.len() < mb << 20 {
        html.push_str(article);
    }
    html.push_str("</body></html>");
    html
}

#[test]
fn a_big_page() {
    let html = news_page(2);
    let page = Page::parse(html.as_bytes());
    invariants(&page, html.as_bytes());
    assert!(page.text.len() > html.len() / 4);
    let at = page.text.rfind("Kemang terendam").unwrap();
    assert_eq!(&html[page.html_range(at, at + 6).unwrap()], "Kemang");
}

/// `cargo test --release -p urai-html --test robust -- --ignored`
#[test]
#[ignore]
fn a_50_mb_page() {
    let html = news_page(50);
    let start = std::time::Instant::now();
    let page = Page::parse(html.as_bytes());
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} MB in {secs:.2} s: {:.1} MB/s, {} blocks",
        html.len() >> 20,
        html.len() as f64 / 1048576.0 / secs,
        page.blocks.len()
    );
    invariants(&page, html.as_bytes());
    let mut deep = "<div>".repeat(50 << 20 >> 5);
    deep.push('x');
    let start = std::time::Instant::now();
    let page = Page::parse(deep.as_bytes());
    eprintln!(
        "{} MB of unclosed <div>s in {:.2} s",
        deep.len() >> 20,
        start.elapsed().as_secs_f64()
    );
    assert_eq!(page.text, "x");
}

proptest! {
    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let page = Page::parse(&bytes);
        invariants(&page, &bytes);
    }

    #[test]
    fn any_markup_soup(parts in prop::collection::vec(prop::sample::select(vec![
        "<", ">", "</", "<p>", "<div class=a>", "</div>", "<table>", "<td>", "x", " ", "&amp;", "&", "&#", ";",
        "<!--", "-->", "<script>", "</script>", "\"", "'", "=", "\r\n", "\0", "é", "<br/>", "<title>", "<a href=1>",
        "<meta charset=latin1>", "\u{feff}", "\u{fffd}", "&NotEqualTilde;", "<svg>", "<math>", "</b>", "<b>",
    ]), 0..60)) {
        let html = parts.concat();
        let page = Page::parse(html.as_bytes());
        invariants(&page, html.as_bytes());
    }
}
