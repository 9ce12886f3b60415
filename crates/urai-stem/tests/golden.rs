//! Golden file of derived words and their roots (`tests/golden/derived.tsv`, the team's own list covering
//! every prefix rule and recoding). Run with `UPDATE_GOLD=1` to rewrite the expected column (the bless step).

use std::fmt::Write as _;
use std::path::PathBuf;

use urai_stem::Stemmer;

fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/derived.tsv")
}

#[test]
fn derived_words_have_their_roots() {
    let path = golden_path();
    let text = std::fs::read_to_string(&path).expect("golden file");
    let stemmer = Stemmer::new();
    let mut failures = Vec::new();
    let mut blessed = String::new();
    for (index, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            blessed.push_str(line);
            blessed.push('\n');
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            3,
            "{}:{}: expected word, root, rule",
            path.display(),
            index + 1
        );
        let got = stemmer.stem(cols[0]);
        if got != cols[1] {
            failures.push(format!(
                "line {}: {} -> {} (expected {}; {})",
                index + 1,
                cols[0],
                got,
                cols[1],
                cols[2]
            ));
        }
        let _ = writeln!(blessed, "{}\t{}\t{}", cols[0], got, cols[2]);
    }
    if std::env::var_os("UPDATE_GOLD").is_some() {
        std::fs::write(&path, blessed).expect("write golden file");
        return;
    }
    assert!(
        failures.is_empty(),
        "{} golden mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
