//! Accuracy on a gold file, with the most frequent errors:
//! `cargo run --release -p urai-stem --example stem_eval -- GOLD.tsv [N_ERRORS]`
//! (`urai eval stem --gold GOLD.tsv` is the CLI form of the same.)

use urai_stem::{Stemmer, eval};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: stem_eval GOLD.tsv [N_ERRORS]")?;
    let n: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(40);
    let gold = eval::read_gold(&path)?;
    let report = eval::evaluate(&Stemmer::new(), &gold);
    println!(
        "{path}: all tokens {}/{} = {:.2} %; non-stopword tokens {}/{} = {:.2} %",
        report.correct,
        report.total,
        100.0 * report.accuracy(),
        report.content_correct,
        report.content_total,
        100.0 * report.content_accuracy()
    );
    for m in report.misses.iter().take(n) {
        println!(
            "{}\t{}\texpected {}\tgot {}",
            m.count, m.word, m.expected, m.got
        );
    }
    Ok(())
}
