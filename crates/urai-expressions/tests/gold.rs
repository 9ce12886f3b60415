//! The hand-written gold set (`tests/gold/expressions/source/gold.txt`, built into `gold.expected.jsonl`) through the
//! recogniser, with floors; and the built file must be current.

use std::path::PathBuf;

use urai_expressions::eval::Report;
use urai_expressions::{Date, ExprType, Expression, find_in_text};

fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold/expressions")
}

struct Doc {
    text: String,
    anchor: Option<Date>,
    expressions: Vec<Expression>,
}

/// Parses gold.txt the way build.py does.
fn parse_markup(src: &str) -> Vec<(usize, Doc)> {
    let mut anchor = None;
    let mut docs = Vec::new();
    for (n, line) in src.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(a) = line.strip_prefix('@') {
            anchor = if a.trim().is_empty() {
                None
            } else {
                Some(a.trim().parse().expect("anchor"))
            };
            continue;
        }
        let mut text = String::new();
        let mut expressions = Vec::new();
        let mut rest = line;
        while let Some(open) = rest.find('[') {
            let Some(close) = rest[open..].find(']').map(|c| open + c) else {
                break;
            };
            let inner = &rest[open + 1..close];
            let parts: Vec<&str> = inner.rsplitn(3, '|').collect();
            let [value, kind, span] = parts.as_slice() else {
                text.push_str(&rest[..close + 1]);
                rest = &rest[close + 1..];
                continue;
            };
            let Ok(kind) = kind.parse::<ExprType>() else {
                text.push_str(&rest[..close + 1]);
                rest = &rest[close + 1..];
                continue;
            };
            text.push_str(&rest[..open]);
            let start = text.len();
            text.push_str(span);
            expressions.push(Expression {
                start,
                end: text.len(),
                kind,
                value: value.to_string(),
                flags: vec![],
            });
            rest = &rest[close + 1..];
        }
        text.push_str(rest);
        docs.push((
            n + 1,
            Doc {
                text,
                anchor,
                expressions,
            },
        ));
    }
    docs
}

fn gold() -> Vec<(usize, Doc)> {
    set("gold")
}

fn set(name: &str) -> Vec<(usize, Doc)> {
    let src = std::fs::read_to_string(gold_dir().join(format!("source/{name}.txt")))
        .expect("source file");
    parse_markup(&src)
}

#[test]
fn built_sets_are_current() {
    for name in ["gold", "heldout"] {
        built_set_is_current(name);
    }
}

fn built_set_is_current(name: &str) {
    let stale = format!("{name}: run python3 tests/gold/expressions/source/build.py");
    let docs = set(name);
    let input =
        std::fs::read_to_string(gold_dir().join(format!("{name}.jsonl"))).expect("input file");
    let inputs: Vec<serde_json::Value> = input
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(inputs.len(), docs.len(), "{stale}");
    for ((n, d), v) in docs.iter().zip(&inputs) {
        assert_eq!(v["id"], format!("{name}-{n}"), "{stale}");
        assert_eq!(v["text"], d.text.as_str(), "{stale}");
        assert!(
            v.get("expressions").is_none(),
            "{name}.jsonl must not hold the answers"
        );
    }
    let jsonl = std::fs::read_to_string(gold_dir().join(format!("{name}.expected.jsonl")))
        .expect("expected file");
    let lines: Vec<&str> = jsonl.lines().collect();
    assert_eq!(lines.len(), docs.len(), "{stale}");
    for ((n, d), line) in docs.iter().zip(lines) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        assert_eq!(v["id"], format!("{name}-{n}"), "{stale}");
        assert_eq!(v["text"], d.text.as_str(), "{stale}");
        assert_eq!(
            v.get("doc_date").and_then(|x| x.as_str()),
            d.anchor.map(|a| a.to_string()).as_deref()
        );
        let spans: Vec<(usize, usize, String, String)> =
            serde_json::from_value(v["expressions"].clone()).expect("spans");
        let want: Vec<(usize, usize, String, String)> = d
            .expressions
            .iter()
            .map(|e| (e.start, e.end, e.kind.to_string(), e.value.clone()))
            .collect();
        assert_eq!(spans, want, "{stale} (line {n})");
    }
}

#[test]
fn gold_set_floors() {
    let docs = gold();
    let mut report = Report::default();
    let mut misses = Vec::new();
    for (n, d) in &docs {
        let found = find_in_text(&d.text, d.anchor);
        report.add(&d.expressions, &found);
        let show = |v: &[Expression]| -> Vec<String> {
            v.iter()
                .map(|e| format!("[{}|{}|{}]", &d.text[e.start..e.end], e.kind, e.value))
                .collect()
        };
        let (g, s) = (show(&d.expressions), show(&found));
        if g != s {
            misses.push(format!(
                "line {n}: {}\n  gold:   {}\n  system: {}",
                d.text,
                g.join(" "),
                s.join(" ")
            ));
        }
    }
    println!("{}", report.table());
    for m in &misses {
        println!("{m}");
    }
    let total = report.total();
    assert!(
        total.gold >= 400,
        "the gold set must hold at least 400 expressions, has {}",
        total.gold
    );
    for t in ExprType::ALL {
        assert!(
            report.per_type.get(&t).is_some_and(|c| c.gold > 0),
            "no gold {t}"
        );
    }
    assert!(
        total.exact_f1() >= 0.97,
        "span F1 {:.4} under 0.97",
        total.exact_f1()
    );
    assert!(
        total.value_accuracy() >= 0.97,
        "value accuracy {:.4} under 0.97",
        total.value_accuracy()
    );
}
