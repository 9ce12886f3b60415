//! Compiles the embedded lexicon (`data/stem/lexicon.tsv`) into the binary table the stemmer reads in place,
//! so `Stemmer::new()` parses nothing at run time.

use std::path::{Path, PathBuf};

#[path = "src/table.rs"]
#[allow(dead_code)]
mod table;

fn main() {
    let source = Path::new("data/stem/lexicon.tsv");
    println!("cargo::rerun-if-changed=data/stem/lexicon.tsv");
    println!("cargo::rerun-if-changed=src/table.rs");
    let text = std::fs::read_to_string(source)
        .unwrap_or_else(|e| panic!("data/stem/lexicon.tsv: {e} (run data/stem/build_lexicon.py)"));
    let blob = table::build(&text)
        .unwrap_or_else(|(line, message)| panic!("data/stem/lexicon.tsv:{line}: {message}"));
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("lexicon.bin");
    std::fs::write(&out, blob).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
