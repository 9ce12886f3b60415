//! Times the reader on a synthetic page: `cargo run --release -p urai-html --example throughput -- KIND N`,
//! KIND `news` (a news-like page of N MB) or a tag name (N nested elements of it, closed, around a word).
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "news".to_string());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let html = if kind == "news" {
        let article = "<div class=\"artikel\"><h2>Banjir merendam Kemang</h2><p>Hujan deras sejak pagi &amp; \
                       angin kencang membuat <a href=\"/kemang\">Kemang</a> terendam.</p><ul><li>Satu</li>\
                       <li>Dua</li></ul><script>var x = 1;</script><table><tr><td>Rp10.000</td></tr></table>\
                       </div>\n";
        let mut html = String::from("<html lang=id><head><title>Berita</title></head><body>");
        while html.len() < n << 20 {
            html.push_str(article);
        }
        html
    } else {
        format!(
            "{}dalam{}",
            format!("<{kind}>").repeat(n),
            format!("</{kind}>").repeat(n)
        )
    };
    let start = Instant::now();
    let page = urai_html::Page::parse(html.as_bytes());
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{kind} {n}: {} bytes in {secs:.3} s ({:.1} MB/s), {} text bytes, {} blocks, {} segments",
        html.len(),
        html.len() as f64 / 1_048_576.0 / secs,
        page.text.len(),
        page.blocks.len(),
        page.source_map.len()
    );
}
