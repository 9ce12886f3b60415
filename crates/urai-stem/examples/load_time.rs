//! Prints how long the embedded lexicon takes to load and the first word to stem (what `urai stem makan` pays).
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let stemmer = urai_stem::Stemmer::new();
    let root = stemmer.stem("makanan").into_owned();
    let first = t.elapsed();
    let t = Instant::now();
    let again = urai_stem::Stemmer::new().stem("pembicaraan").into_owned();
    println!(
        "first stem (load + stem): {first:?} ({root}); second: {:?} ({again})",
        t.elapsed()
    );
}
