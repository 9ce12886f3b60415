//! `urai annotate` with expressions (`--no-expressions`, `--doc-date`, `--date-field`) and `urai eval
//! expressions`.

use assert_cmd::Command;
use predicates::prelude::*;

fn urai() -> Command {
    Command::cargo_bin("urai").expect("the urai binary is built")
}

fn annotate(args: &[&str], input: &str) -> serde_json::Value {
    let out = urai()
        .arg("annotate")
        .args(args)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("one JSON record")
}

#[test]
fn expressions_are_on_by_default_and_can_be_turned_off() {
    let text = "{\"id\":\"a\",\"text\":\"Harga naik 12,5 persen kemarin.\"}\n";
    let v = annotate(&["--from", "jsonl"], text);
    assert_eq!(
        v["expressions"],
        serde_json::json!([[11, 22, "PERCENT", "12.5"], [23, 30, "DATE", "-P1D"]])
    );
    let v = annotate(&["--from", "jsonl", "--no-expressions"], text);
    assert!(v.get("expressions").is_none());
}

#[test]
fn anchors_from_the_flag_the_field_and_the_dateline() {
    let text =
        "{\"id\":\"a\",\"text\":\"Mereka tiba kemarin.\",\"published\":\"2022-01-21T08:00:00Z\"}\n";
    let v = annotate(&["--from", "jsonl", "--doc-date", "2023-03-01"], text);
    assert_eq!(v["expressions"][0][3], "2023-02-28");
    let v = annotate(
        &[
            "--from",
            "jsonl",
            "--doc-date",
            "2023-03-01",
            "--date-field",
            "published",
        ],
        text,
    );
    assert_eq!(v["expressions"][0][3], "2022-01-20");
    assert_eq!(v["published"], "2022-01-21T08:00:00Z");
    let dateline = "Redaksi - 21 Januari 2022 19:36 WIB\nMereka tiba kemarin.\n";
    let v = annotate(&["--from", "text"], dateline);
    assert_eq!(v["expressions"][1][3], "2022-01-20");
}

#[test]
fn bad_dates_are_errors() {
    urai()
        .args(["annotate", "--doc-date", "2022-13-01"])
        .write_stdin("x")
        .assert()
        .code(2);
    urai()
        .args(["annotate", "--from", "jsonl", "--date-field", "d"])
        .write_stdin("{\"text\":\"x\",\"d\":\"kemarin\"}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:1: field \"d\": expected a date",
        ));
}

#[test]
fn conllu_and_conll_carry_expressions() {
    let out = urai()
        .args(["annotate", "--to", "conllu"])
        .write_stdin("Harga Rp5.000 naik.")
        .assert()
        .success();
    let s = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(s.contains("Expr=B-MONEY|ExprValue=IDR\\s5000"), "{s}");
    let out = urai()
        .args(["annotate", "--to", "conll"])
        .write_stdin("Harga Rp5.000 naik.")
        .assert()
        .success();
    let s = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        s.contains("Rp\trp\tB-MONEY\tO\n5.000\t5.000\tI-MONEY\tO\n"),
        "{s}"
    );
}

#[test]
fn eval_expressions_scores_and_floors() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.jsonl");
    let sys = dir.path().join("sys.jsonl");
    std::fs::write(
        &gold,
        "{\"id\":\"a\",\"text\":\"x\",\"expressions\":[[0,4,\"DATE\",\"2022\"],[5,7,\"CARDINAL\",\"12\"]]}\n",
    )
    .unwrap();
    std::fs::write(
        &sys,
        "{\"id\":\"a\",\"text\":\"x\",\"expressions\":[[0,4,\"DATE\",\"2021\"]]}\n",
    )
    .unwrap();
    let out = urai()
        .args(["eval", "expressions", "--json", "--gold"])
        .arg(&gold)
        .arg("--system")
        .arg(&sys)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["all"]["exact"]["precision"], 100.0);
    assert_eq!(v["all"]["exact"]["recall"], 50.0);
    assert_eq!(v["all"]["value_accuracy"], 0.0);
    urai()
        .args([
            "eval",
            "expressions",
            "--min-value-accuracy",
            "50",
            "--gold",
        ])
        .arg(&gold)
        .arg("--system")
        .arg(&sys)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("value accuracy 0.00 is under"));
}
