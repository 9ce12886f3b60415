//! The bad-input matrix: every case a user can throw at `urai annotate`, each with the behaviour promised in
//! the README (a clear error naming the file and line, or a clean result; never a panic, never lost records).

use std::fs;
use std::io::{Read, Write};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin;
use predicates::prelude::*;
use serde_json::Value;

fn urai() -> Command {
    Command::cargo_bin("urai").expect("the urai binary is built")
}

fn jsonl(out: &[u8]) -> Vec<Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn invalid_utf8_lossy_goes_on() {
    let out = urai()
        .args(["annotate", "--lossy"])
        .write_stdin(&b"Kata \xff\xfe rusak.\n"[..])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(jsonl(&out)[0]["text"], "Kata \u{fffd}\u{fffd} rusak.\n");
}

#[test]
fn nul_bytes_bom_and_crlf_keep_offsets() {
    let text = "\u{feff}Baris satu.\r\nBaris\0dua.\r\n";
    let out = urai()
        .arg("annotate")
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v = &jsonl(&out)[0];
    // The BOM at the start of the input is not part of the document.
    let doc = v["text"].as_str().unwrap();
    assert_eq!(doc, &text[3..]);
    let forms: Vec<&str> = v["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &doc[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize])
        .collect();
    assert_eq!(forms, ["Baris", "satu", ".", "Baris", "dua", "."]);
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn empty_file_and_empty_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("kosong.txt");
    fs::write(&f, "").unwrap();
    let out = urai()
        .arg("annotate")
        .arg(&f)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(jsonl(&out)[0]["id"], "kosong.txt");
    urai()
        .args(["annotate", "--from", "jsonl"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
}

#[test]
fn skip_bad_reports_each_line_and_counts() {
    let input = "{\"id\":\"a\",\"text\":\"Satu.\"}\n{oops\n{\"id\":\"c\",\"text\":[1]}\n{\"id\":\"d\"}\n{\"id\":\"e\",\"text\":\"Lima.\"}\n";
    let assert = urai()
        .args(["annotate", "--skip-bad", "--from", "jsonl"])
        .write_stdin(input)
        .assert()
        .success();
    let out = assert.get_output();
    let ids: Vec<Value> = jsonl(&out.stdout).iter().map(|v| v["id"].clone()).collect();
    assert_eq!(ids, ["a", "e"]);
    let err = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "<stdin>:2: malformed JSON",
        "<stdin>:3: field \"text\" must be a string, found an array",
        "<stdin>:4: missing text field",
        "3 malformed record(s) skipped, 2 document(s) written",
    ] {
        assert!(err.contains(needle), "{needle} not in {err}");
    }
}

#[test]
fn non_string_text_field_is_an_error() {
    urai()
        .args(["annotate", "--from", "jsonl"])
        .write_stdin("{\"text\": null}\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "<stdin>:1: field \"text\" must be a string, found null",
        ));
}

#[test]
fn unreadable_input_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("hilang.txt");
    std::os::unix::fs::symlink(dir.path().join("tidak-ada"), &link).unwrap();
    urai()
        .arg("annotate")
        .arg(&link)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hilang.txt: cannot open"));
}

#[test]
fn directory_of_mixed_files() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Teks biasa.").unwrap();
    fs::write(
        dir.path().join("b.jsonl"),
        "{\"id\":\"b1\",\"text\":\"Satu.\"}\n{\"id\":\"b2\",\"text\":\"Dua.\"}\n",
    )
    .unwrap();
    fs::write(dir.path().join("c.conll"), "Token\tO\nlain\tO\n").unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"id\":\"d1\",\"text\":\"Terkompresi.\"}\n")
        .unwrap();
    fs::write(dir.path().join("d.jsonl.gz"), gz.finish().unwrap()).unwrap();
    fs::write(
        dir.path().join("e.jsonl.zst"),
        zstd::encode_all(&b"{\"id\":\"e1\",\"text\":\"Zstd.\"}\n"[..], 3).unwrap(),
    )
    .unwrap();
    let out = urai()
        .arg("annotate")
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ids: Vec<String> = jsonl(&out)
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a.txt", "b1", "b2", "c.conll", "d1", "e1"]);
}

#[test]
fn compressed_output_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    for ext in ["gz", "zst"] {
        let out = dir.path().join(format!("out.jsonl.{ext}"));
        urai()
            .arg("annotate")
            .arg("-o")
            .arg(&out)
            .write_stdin("Halo dunia.")
            .assert()
            .success();
        let raw = fs::read(&out).unwrap();
        let mut plain = String::new();
        if ext == "gz" {
            flate2::read::GzDecoder::new(&raw[..])
                .read_to_string(&mut plain)
                .unwrap();
        } else {
            plain = String::from_utf8(zstd::decode_all(&raw[..]).unwrap()).unwrap();
        }
        assert_eq!(jsonl(plain.as_bytes())[0]["text"], "Halo dunia.");
    }
}

#[test]
fn output_to_dev_full_is_an_error() {
    urai()
        .args(["annotate", "-o", "/dev/full"])
        .write_stdin("Satu dua tiga.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("/dev/full: write failed"));
}

#[test]
fn broken_pipe_ends_quietly() {
    let text = "Kalimat yang diulang-ulang untuk mengisi pipa.\n".repeat(20_000);
    let mut child = StdCommand::new(cargo_bin("urai"))
        .args(["annotate", "--to", "conll"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head`
    writer.join().unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn sigint_leaves_no_partial_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("hasil.jsonl");
    let mut child = StdCommand::new(cargo_bin("urai"))
        .args(["annotate", "--from", "jsonl", "-o"])
        .arg(&out)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..2000 {
        writeln!(stdin, "{{\"id\":{i},\"text\":\"Dokumen nomor {i}.\"}}").unwrap();
    }
    stdin.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let status = StdCommand::new("kill")
        .arg("-INT")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    std::thread::sleep(std::time::Duration::from_millis(100));
    drop(stdin);
    let result = child.wait_with_output().unwrap();
    assert_eq!(
        result.status.code(),
        Some(130),
        "stderr: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(String::from_utf8_lossy(&result.stderr).contains("interrupted"));
    assert!(!out.exists(), "no partial output file");
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary file left behind"
    );
}

#[test]
fn output_is_byte_identical_for_any_jobs() {
    let mut input = String::new();
    for i in 0..1500 {
        input.push_str(&format!(
            "{{\"id\":\"n{i}\",\"text\":\"Berita ke-{i}: Menlu bertemu di Jenewa pukul 19:{:02}. Rumahnya jauh.\"}}\n",
            i % 60
        ));
    }
    let run = |jobs: &str| {
        urai()
            .args(["annotate", "--from", "jsonl", "--to", "conllu", "-j", jobs])
            .write_stdin(input.clone())
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("8"));
    assert_eq!(
        String::from_utf8(one)
            .unwrap()
            .matches("# newdoc id = ")
            .count(),
        1500
    );
}

#[test]
#[ignore = "large input; run by .ci/run in release mode"]
fn hundred_megabyte_line_and_million_character_word() {
    // Streamed through pipes: the input is never on disk and only the last line of the ~500 MB of CoNLL
    // output is kept, so the check needs no disk space and little memory beyond the process under test.
    let mut line = "kata-kata panjang 100.000 dibantahnya, ".repeat(100 * 1024 * 1024 / 40);
    line.push_str(&"a".repeat(1_000_000));
    let mut child = StdCommand::new(cargo_bin("urai"))
        .args(["annotate", "--to", "conll"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(line.as_bytes()));
    let mut stderr = child.stderr.take().unwrap();
    let errors = std::thread::spawn(move || {
        let mut s = String::new();
        stderr.read_to_string(&mut s).map(|_| s)
    });
    let (mut last, mut tokens) = (String::new(), 0usize);
    for l in std::io::BufRead::lines(std::io::BufReader::new(child.stdout.take().unwrap())) {
        let l = l.unwrap();
        if !l.is_empty() && !l.starts_with('#') {
            tokens += 1;
            last = l;
        }
    }
    writer.join().unwrap().unwrap();
    let errors = errors.join().unwrap().unwrap();
    assert!(child.wait().unwrap().success(), "{errors}");
    assert_eq!(last.split('\t').next().unwrap().len(), 1_000_000);
    // Each repetition is "kata-kata", "panjang", "100.000", "dibantahnya", "," (the clitic split is a word,
    // not a token), and the long word closes the line.
    assert_eq!(tokens, 100 * 1024 * 1024 / 40 * 5 + 1);
}

#[test]
fn skip_bad_keeps_malformed_records_in_place_in_the_html_view() {
    let input = "{\"id\":\"a\",\"text\":\"Satu.\"}\n{oops\n{\"id\":\"c\",\"text\":\"Tiga.\"}\n";
    let assert = urai()
        .args(["annotate", "--skip-bad", "--from", "jsonl", "--to", "html"])
        .write_stdin(input)
        .assert()
        .success();
    let page = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let at = |needle: &str| {
        page.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in the page"))
    };
    // The error entry stands between the two documents, named by its line.
    let (a, bad, c) = (
        at("<h2 class=\"id\">a</h2>"),
        at("<article class=\"error\" id=\"doc-2\">\n<h2 class=\"id\">&lt;stdin&gt;:2</h2>"),
        at("<h2 class=\"id\">c</h2>"),
    );
    assert!(a < bad && bad < c, "{a} {bad} {c}");
}
