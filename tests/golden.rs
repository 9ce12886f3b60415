//! Golden files: the team's own texts in `tests/golden/*.txt`, annotated with the embedded defaults and
//! rendered as diff-friendly text in `*.golden`. Run with `UPDATE_GOLD=1` to bless a deliberate change, then
//! review the diff.
//!
//! One line per token: `surface<TAB>start..end<TAB>kind<TAB>words` where `words` lists a multiword token's
//! syntactic words joined by `+` (`-` for a single-word token); a blank line ends each sentence.

use std::fmt::Write as _;
use std::path::Path;

use urai::{Document, Pipeline};

fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# lang = {}",
        doc.lang.as_ref().map_or("-", |l| l.code.as_str())
    );
    for s in &doc.sentences {
        for ti in s.tokens.clone() {
            let t = &doc.tokens[ti];
            let words: Vec<&str> = t.words.clone().map(|w| doc.word_text(w)).collect();
            let words = if words.len() > 1 {
                words.join("+")
            } else {
                "-".to_string()
            };
            let kind = serde_json::to_value(t.kind).unwrap();
            let _ = writeln!(
                out,
                "{}\t{}..{}\t{}\t{}",
                doc.token_text(ti),
                t.start,
                t.end,
                kind.as_str().unwrap(),
                words
            );
        }
        out.push('\n');
    }
    out
}

#[test]
fn golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let pipeline = Pipeline::new();
    let bless = std::env::var_os("UPDATE_GOLD").is_some();
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 4, "golden inputs missing");
    let mut failures = Vec::new();
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let doc = pipeline.annotate(input.file_name().unwrap().to_string_lossy(), text);
        let got = render(&doc);
        let golden = input.with_extension("golden");
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            let first = got
                .lines()
                .zip(want.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: first difference at line {}:\n  expected: {:?}\n  got:      {:?}",
                golden.display(),
                first + 1,
                want.lines().nth(first).unwrap_or(""),
                got.lines().nth(first).unwrap_or("")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "golden files differ (UPDATE_GOLD=1 to bless):\n{}",
        failures.join("\n")
    );
}
