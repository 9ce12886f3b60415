//! Times the reader on a page: `cargo run --release -p urai-html --example throughput -- KIND N`, KIND
//! - `news`: a news-like page of N MB;
//! - `ulli`: N nested `<ul><li>`, closed, around a word; `ulli-open`: N `<ul><li>x ` never closed;
//! - `div-open`: N `<div>` never closed;
//! - `file`: the page at path N;
//! - any other tag name: N nested elements of it, closed, around a word.
//!
//! Run it under `/usr/bin/time -v` for the reader's peak memory (`bash benches/html_memory.sh` does).
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let kind = args.next().unwrap_or_else(|| "news".to_string());
    let arg = args.next().unwrap_or_else(|| "50".to_string());
    let n: usize = arg.parse().unwrap_or(50);
    let html: Vec<u8> = match kind.as_str() {
        "news" => {
            let article = "<div class=\"artikel\"><h2>Banjir merendam Kemang</h2><p>Hujan deras sejak pagi &amp; \
                           angin kencang membuat <a href=\"/kemang\">Kemang</a> terendam.</p><ul><li>Satu</li>\
                           <li>Dua</li></ul><script>var x = 1;</script><table><tr><td>Rp10.000</td></tr></table>\
                           </div>\n";
            let mut html = String::from("<html lang=id><head><title>Berita</title></head><body>");
            while html.len() < n << 20 {
                html.push_str(article);
            }
            html.into_bytes()
        }
        "ulli" => format!("{}dalam{}", "<ul><li>".repeat(n), "</li></ul>".repeat(n)).into_bytes(),
        "ulli-open" => "<ul><li>x ".repeat(n).into_bytes(),
        "div-open" => "<div>".repeat(n).into_bytes(),
        "file" => match std::fs::read(&arg) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("throughput: {arg}: {e}");
                std::process::exit(2);
            }
        },
        tag => format!(
            "{}dalam{}",
            format!("<{tag}>").repeat(n),
            format!("</{tag}>").repeat(n)
        )
        .into_bytes(),
    };
    let start = Instant::now();
    let page = urai_html::Page::parse(&html);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{kind} {arg}: {} bytes in {secs:.3} s ({:.1} MB/s), {} text bytes, {} blocks, {} segments",
        html.len(),
        html.len() as f64 / 1_048_576.0 / secs,
        page.text.len(),
        page.blocks.len(),
        page.source_map.len()
    );
}
