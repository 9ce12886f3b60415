//! `urai check`: the regression workflow of a research group keeping gold files in its own repository.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;

fn urai() -> Command {
    Command::cargo_bin("urai").expect("the urai binary is built")
}

#[test]
fn bless_then_check_then_catch_a_regression() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("satu.txt"), "Rumahnya jauh. Dia pulang.\n").unwrap();
    fs::write(d.join("satu.expected.conllu"), "").unwrap();
    urai()
        .arg("check")
        .arg(d)
        .arg("--bless")
        .assert()
        .success()
        .stdout(predicate::str::contains("blessed"));
    // A second input without expected output is created as JSONL by --bless.
    fs::write(d.join("dua.txt"), "Kalimat kedua.").unwrap();
    urai().arg("check").arg(d).arg("--bless").assert().success();
    assert!(d.join("dua.expected.jsonl").exists());
    urai()
        .arg("check")
        .arg(d)
        .assert()
        .success()
        .stdout(predicate::str::contains("all 2 expected file(s) hold"));

    // Someone edits the expected output by hand (or the tokenizer changes): exit 1 and a readable diff.
    let path = d.join("satu.expected.conllu");
    let edited = fs::read_to_string(&path)
        .unwrap()
        .replace("\tpulang\tpulang\t", "\tpulang\tpulangan\t");
    fs::write(&path, edited).unwrap();
    urai()
        .arg("check")
        .arg(d)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!("DIFF {}", path.display())))
        .stdout(predicate::str::contains("expected: 2\tpulang\tpulangan"))
        .stdout(predicate::str::contains("got:      2\tpulang\tpulang"))
        .stdout(predicate::str::contains("1 regression(s)"));
}

#[test]
fn floors_decide_when_exact_is_off() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), "Dr. Ani datang.").unwrap();
    // Hand-made gold in GSD's convention (`Dr` `.`): tokens F1 is 2/3 against urai's default output.
    fs::write(
        d.join("a.expected.conllu"),
        "# text = Dr. Ani datang.\n1\tDr\tdr\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t.\t_\t_\t_\t1\tdep\t_\t_\n\
         3\tAni\tani\t_\t_\t_\t1\tdep\t_\t_\n4\tdatang\tdatang\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n5\t.\t.\t_\t_\t_\t1\tdep\t_\t_\n\n",
    )
    .unwrap();
    fs::write(d.join("check.toml"), "exact = false\ntokens.f1 = 0.6\n").unwrap();
    urai()
        .arg("check")
        .arg(d)
        .assert()
        .success()
        .stdout(predicate::str::contains("tokens.f1 = 0.6667"));
    fs::write(d.join("check.toml"), "exact = false\ntokens.f1 = 0.9\n").unwrap();
    urai()
        .arg("check")
        .arg(d)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("FAIL"));
    // With GSD's convention as the annotate option the floor holds again.
    fs::write(
        d.join("check.toml"),
        "exact = false\nannotate = [\"--abbrev-period\", \"split\"]\ntokens.f1 = 0.99\n",
    )
    .unwrap();
    urai().arg("check").arg(d).assert().success();
}

#[test]
fn bad_check_toml_is_an_error_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("check.toml"),
        "exact = true\nner.accuracy = 0.5\n",
    )
    .unwrap();
    urai()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "`ner.accuracy` is not a metric floor",
        ));
    fs::write(dir.path().join("check.toml"), "exact = \n").unwrap();
    urai()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("check.toml:1"));
}

#[test]
fn the_projects_own_gold_files_hold() {
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold");
    let dirs: Vec<_> = fs::read_dir(&gold)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    assert!(dirs.len() >= 2);
    urai().arg("check").args(&dirs).assert().success();
}
