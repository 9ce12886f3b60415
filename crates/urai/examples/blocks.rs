//! Prints each block of a web page with its boilerplate label and the markup the classifier read: a way to
//! see why a block was flagged.
//!
//! `cargo run --release -p urai --example blocks -- page.html`

use urai::{Input, Pipeline};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: blocks PAGE.html")?;
    let bytes = std::fs::read(&path)?;
    let input = Input::from_html(path.as_str(), &bytes, None)?;
    let blocks = input.blocks.clone().unwrap_or_default();
    let doc = Pipeline::new().annotate_input(input);
    for b in &blocks {
        let kind = doc
            .boilerplate
            .iter()
            .find(|x| x.start == b.start)
            .map_or("content", |x| x.kind.as_str());
        let text: String = doc.slice(b.start, b.end).chars().take(70).collect();
        let markup: String = b.markup.chars().take(70).collect();
        println!(
            "{kind:<12} {:>3}% {text:<70} | {markup}",
            100 * b.link_bytes / (b.end - b.start).max(1)
        );
    }
    Ok(())
}
