//! `cargo run --release -p urai-stem --example stem -- WORD...`: prints `WORD<TAB>ROOT` per word (what
//! `urai stem` does), reading one word per line from stdin when no word is given.

use std::io::{BufRead, Write};

use urai_stem::Stemmer;

fn main() -> std::io::Result<()> {
    let stemmer = Stemmer::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        for line in std::io::stdin().lock().lines() {
            let line = line?;
            let word = line.trim();
            writeln!(out, "{word}\t{}", stemmer.stem(word))?;
        }
    } else {
        for word in &args {
            writeln!(out, "{word}\t{}", stemmer.stem(word))?;
        }
    }
    out.flush()
}
