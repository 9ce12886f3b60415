//! End-to-end tests of the `urai` command.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn urai() -> Command {
    Command::cargo_bin("urai").expect("the urai binary is built")
}

/// Runs `cmd`, asserts it succeeds, and returns its standard output.
fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).expect("UTF-8 output")
}

/// `urai annotate FILE` fails with exit 2 and a message that starts with the file name.
fn annotate_fails(file: &std::path::Path, message: &str) {
    urai()
        .arg("annotate")
        .arg(file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}{message}",
            file.display()
        )));
}

const NEWS: &str = "Jakarta: Menteri Luar Negeri bertemu di Jenewa pukul 19:36 WIB. Rusia mengumpulkan \
100.000 tentara, yang dibantahnya.\n\nKomentar\nLOADING\n";

#[test]
fn help_and_version() {
    urai()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("annotate"))
        .stdout(predicate::str::contains("Exit codes"));
    urai()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("urai "));
    for sub in [
        &["annotate", "--help"][..],
        &["eval", "--help"],
        &["eval", "tokens", "--help"],
    ] {
        urai()
            .args(sub)
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}

#[test]
fn stdin_text_to_jsonl() {
    let text = stdout_of(urai().arg("annotate").write_stdin(NEWS));
    assert_eq!(text.lines().count(), 1, "one document, one line");
    let v: Value = serde_json::from_str(text.trim_end()).unwrap();
    assert_eq!(v["schema"], "urai/1");
    assert_eq!(v["text"], NEWS);
    assert_eq!(v["lang"], "ind");
    let spans = v["tokens"].as_array().unwrap();
    let forms: Vec<&str> = spans
        .iter()
        .map(|s| &NEWS[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize])
        .collect();
    for expected in ["19:36", "100.000", "dibantahnya", "Komentar", "LOADING"] {
        assert!(
            forms.contains(&expected),
            "{expected} missing from {forms:?}"
        );
    }
    // Headline-like lines are sentences of their own.
    assert_eq!(v["sentences"].as_array().unwrap().len(), 4);
}

#[test]
fn jsonl_records_keep_order_ids_and_extra_fields() {
    let mut input = String::new();
    for i in 0..300 {
        input.push_str(&format!(
            "{{\"url\":\"u{i}\",\"body\":\"Kalimat {i}. Kalimat lain.\",\"src\":{i}}}\n"
        ));
    }
    for jobs in ["1", "2", "8"] {
        let lines: Vec<Value> = stdout_of(
            urai()
                .args([
                    "annotate",
                    "--from",
                    "jsonl",
                    "--text-field",
                    "body",
                    "--id-field",
                    "url",
                    "-j",
                    jobs,
                ])
                .write_stdin(input.clone()),
        )
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
        assert_eq!(lines.len(), 300);
        for (i, v) in lines.iter().enumerate() {
            assert_eq!(v["id"], format!("u{i}"));
            assert_eq!(v["src"], i);
        }
    }
}

#[test]
fn conllu_output_is_accepted_by_the_evaluator_against_itself() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("berita.txt");
    fs::write(&raw, NEWS).unwrap();
    let sys = dir.path().join("sys.conllu");
    urai()
        .args(["annotate", "--to", "conllu", "-o"])
        .arg(&sys)
        .arg(&raw)
        .assert()
        .success()
        .stdout("");
    let conllu = fs::read_to_string(&sys).unwrap();
    assert!(conllu.starts_with("# newdoc id = berita.txt\n# sent_id = berita.txt-1\n"));
    assert!(conllu.contains("\tdibantahnya\t"));
    urai()
        .args(["eval", "tokens", "--gold"])
        .arg(&sys)
        .arg("--system")
        .arg(&sys)
        .args(["--min-f1", "100"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Tokens     |    100.00 |    100.00 |    100.00 |",
        ));
}

#[test]
fn eval_reports_differences_and_floors() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.conllu");
    let sys = dir.path().join("sys.conllu");
    fs::write(
        &gold,
        "# text = Dr. Ani\n1\tDr.\t_\t_\t_\t_\t0\troot\t_\t_\n2\tAni\t_\t_\t_\t_\t1\tdep\t_\t_\n\n",
    )
    .unwrap();
    fs::write(
        &sys,
        "1\tDr\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\t.\t_\t_\t_\t_\t1\tdep\t_\t_\n3\tAni\t_\t_\t_\t_\t1\tdep\t_\t_\n\n",
    )
    .unwrap();
    let v: Value = serde_json::from_str(&stdout_of(
        urai()
            .args(["eval", "tokens", "--json", "--gold"])
            .arg(&gold)
            .arg("--system")
            .arg(&sys),
    ))
    .unwrap();
    assert_eq!(v["tokens"]["correct"], 1);
    assert_eq!(v["tokens"]["gold"], 2);
    assert_eq!(v["tokens"]["system"], 3);
    urai()
        .args(["eval", "tokens", "--gold"])
        .arg(&gold)
        .arg("--system")
        .arg(&sys)
        .args(["--min-f1", "tokens=90"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "Tokens F1 40.00 is under its floor 90",
        ));
}

#[test]
fn malformed_jsonl_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.jsonl");
    fs::write(&f, "{\"text\":\"Satu.\"}\n{\"text\": oops}\n").unwrap();
    annotate_fails(&f, ":2: malformed JSON");
    fs::write(&f, "{\"text\":\"Satu.\"}\n{\"id\":\"x\"}\n").unwrap();
    annotate_fails(&f, ":2: missing text field \"text\"");
}

#[test]
fn invalid_utf8_is_an_error_with_line_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.txt");
    fs::write(&f, b"baris satu\nbaris \xff dua\n").unwrap();
    annotate_fails(&f, ":2: invalid UTF-8 at byte offset 17");
}

#[test]
fn missing_input_file_is_an_error_and_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    urai()
        .arg("annotate")
        .arg(dir.path().join("tidak-ada.txt"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tidak-ada.txt: cannot open"));
    assert!(!out.exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no temporary file is left behind"
    );
}

#[test]
fn directory_inputs_are_read_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("b.txt"), "Dua.").unwrap();
    fs::write(dir.path().join("a.txt"), "Satu.").unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    fs::write(dir.path().join("sub").join("c.txt"), "Tiga.").unwrap();
    let ids: Vec<String> = stdout_of(urai().arg("annotate").arg(dir.path()))
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a.txt", "b.txt", "c.txt"]);
}

#[test]
fn conll_in_conll_out_keeps_gold_tokens() {
    let input = "Menlu\tB-PER\nAS-Rusia\tB-LOC\nbertemu\tO\n\nDr.\tO\nAni\tB-PER\n";
    let out = stdout_of(
        urai()
            .args(["annotate", "--from", "conll", "--to", "conll"])
            .write_stdin(input),
    );
    // The given tokens and sentences, each with its stem; the tagger's IOB2 label in the last column, the
    // expression tag before it.
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    let tokens: Vec<String> = rows.iter().map(|r| r[..r.len().min(2)].join(" ")).collect();
    assert_eq!(
        tokens,
        [
            "Menlu menlu",
            "AS-Rusia as-rusia",
            "bertemu temu",
            "",
            "Dr. dr.",
            "Ani ani",
            ""
        ],
        "{out}"
    );
    assert_eq!(rows[2][3], "O", "{out}");
    assert_eq!(rows[5][3], "B-PER", "{out}");
    // The expression column (none here) before it.
    assert_eq!(rows[5][2], "O", "{out}");
    assert!(out.ends_with("\n\n"), "{out}");
}

#[test]
fn empty_input_gives_an_empty_document() {
    let v: Value =
        serde_json::from_str(&stdout_of(urai().arg("annotate").write_stdin(""))).unwrap();
    assert_eq!(v["tokens"].as_array().unwrap().len(), 0);
    assert_eq!(v["lang"], Value::Null);
}

#[test]
fn stem_prints_word_and_root_in_order() {
    urai()
        .args(["stem", "pembicaraan", "memperingatkan", "buku-buku"])
        .assert()
        .success()
        .stdout("pembicaraan\tbicara\nmemperingatkan\tingat\nbuku-buku\tbuku\n");
    urai()
        .arg("stem")
        .write_stdin("keanggotaan\n\ndibantahnya\n")
        .assert()
        .success()
        .stdout("keanggotaan\tanggota\n\t\ndibantahnya\tbantah\n");
    urai()
        .args(["stem", "--lang", "eng", "running"])
        .assert()
        .success()
        .stdout("running\trun\n");
}

#[test]
fn eval_stem_reports_accuracy_and_floor() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("pairs.tsv");
    fs::write(
        &gold,
        "pembicaraan\tbicara\nmenyerahkan\tserah\nkeanggotaan\tanggota\nmakanan\tminum\n",
    )
    .unwrap();
    urai()
        .args(["eval", "stem", "--gold"])
        .arg(&gold)
        .assert()
        .success()
        .stdout(predicate::str::contains("75.00 %  (3 / 4)"));
    urai()
        .args(["eval", "stem", "--min-accuracy", "80", "--gold"])
        .arg(&gold)
        .assert()
        .code(1);
    fs::write(&gold, "pembicaraan\n").unwrap();
    urai()
        .args(["eval", "stem", "--gold"])
        .arg(&gold)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pairs.tsv:1"));
}

#[test]
fn annotate_gives_stems_and_keeps_names() {
    let text = stdout_of(
        urai()
            .args(["annotate", "--to", "conll"])
            .write_stdin("Warga Bekasi membicarakan keanggotaan itu."),
    );
    assert!(text.contains("Bekasi\tbekasi\t"), "{text}");
    assert!(text.contains("membicarakan\tbicara\t"), "{text}");
    assert!(text.contains("keanggotaan\tanggota\t"), "{text}");
}

/// The entity labels `urai annotate` gives `text`, in order, as `name/LABEL`.
fn entities_of(text: &str, extra: &[&str]) -> Vec<String> {
    let out = stdout_of(
        urai()
            .args(["annotate", "--no-stem", "--no-lang"])
            .args(extra)
            .write_stdin(text),
    );
    let doc: Value = serde_json::from_str(out.trim()).expect("one JSON record");
    doc["entities"]
        .as_array()
        .map(|es| {
            es.iter()
                .map(|e| {
                    let (a, b) = (
                        e[0].as_u64().unwrap() as usize,
                        e[1].as_u64().unwrap() as usize,
                    );
                    format!("{}/{}", &text[a..b], e[2].as_str().unwrap())
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn ner_rules_switch_document_rules() {
    let text = "Kremlin menolak tuntutan itu. Pertemuan itu digelar di Kremlin pada Jumat.\n";
    // By default the seat of government acting is the government, the place where a meeting is held a place.
    assert_eq!(entities_of(text, &[]), ["Kremlin/ORG", "Kremlin/LOC"]);
    // Without the seats rule, one type for the string across the document.
    assert_eq!(
        entities_of(text, &["--ner-rules", "no-seats"]),
        ["Kremlin/LOC", "Kremlin/LOC"]
    );
    // `none` first, then the rules named.
    assert_eq!(
        entities_of(text, &["--ner-rules", "none,seats"]),
        ["Kremlin/ORG", "Kremlin/LOC"]
    );
    urai()
        .args(["annotate", "--ner-rules", "seats,bogus"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule \"bogus\""));
}

/// `urai eval ner --map-labels` scores a corpus's gold tags (NERGrit's `PERSON`, `PLACE`, `ORGANISATION`, and
/// types the tagger does not know) against the tagger's PER / LOC / ORG, as training maps them.
#[test]
fn eval_ner_map_labels_reads_corpus_tags() {
    let dir = tempfile::tempdir().unwrap();
    let (gold, system) = (dir.path().join("gold.conll"), dir.path().join("sys.conll"));
    std::fs::write(
        &gold,
        "Joko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nBali\tB-PLACE\nbersama\tO\nPBB\tB-ORGANISATION\npada\tO\nHUT\tB-EVT\n",
    )
    .unwrap();
    std::fs::write(
        &system,
        "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nBali\tB-LOC\nbersama\tO\nPBB\tB-LOC\npada\tO\nHUT\tO\n",
    )
    .unwrap();
    let f1 = |extra: &[&str]| -> f64 {
        let out = stdout_of(
            urai()
                .args(["eval", "ner", "--json", "--gold"])
                .arg(&gold)
                .arg("--system")
                .arg(&system)
                .args(extra),
        );
        let v: Value = serde_json::from_str(out.trim()).unwrap();
        v["micro"]["f1"].as_f64().unwrap()
    };
    // As written, no type matches; mapped, two of the three entities are right (PBB is ORG, not LOC) and the
    // event is no entity.
    assert_eq!(f1(&[]), 0.0);
    assert!(
        (f1(&["--map-labels"]) - 66.67).abs() < 0.01,
        "{}",
        f1(&["--map-labels"])
    );
}

/// `--ner-domain`: the default is the mean of the embedded model's three corpora, which finds an unlisted
/// surname standing alone that the shared features alone leave untagged.
#[test]
fn ner_domain_mean_is_the_default() {
    let text = "Pertemuan dengan Nebenzia berlangsung dua jam.\n";
    assert_eq!(entities_of(text, &[]), ["Nebenzia/PER"]);
    assert_eq!(
        entities_of(text, &["--ner-domain", "mean"]),
        ["Nebenzia/PER"]
    );
    assert!(entities_of(text, &["--ner-domain", "shared"]).is_empty());
    urai()
        .args(["annotate", "--ner-domain", "8"])
        .write_stdin(text)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "expected `mean`, `shared` or a domain id 0-7",
        ));
}

/// The tags `urai annotate` gives the tokens of a CoNLL text with the entity model at `model`.
fn tags_with_model(model: &std::path::Path, conll: &str) -> Vec<String> {
    stdout_of(
        urai()
            .args([
                "annotate",
                "--from",
                "conll",
                "--to",
                "conll",
                "--ner-model",
            ])
            .arg(model)
            .write_stdin(conll.to_string()),
    )
    .lines()
    .filter(|l| !l.is_empty())
    .map(|l| l.rsplit('\t').next().unwrap_or("").to_string())
    .collect()
}

/// A CoNLL corpus of `NAME tinggal di CITY .`, five sentences for each pair.
fn residents(pairs: &[(&str, &str)]) -> String {
    let mut corpus = String::new();
    for (name, city) in pairs {
        for _ in 0..5 {
            corpus.push_str(&format!(
                "{name}\tB-PERSON\ntinggal\tO\ndi\tO\n{city}\tB-LOCATION\n.\tO\n\n"
            ));
        }
    }
    corpus
}

#[test]
fn train_ner_on_a_tiny_corpus_gives_a_model_annotate_can_use() {
    let dir = tempfile::tempdir().unwrap();
    let train = dir.path().join("train.conll");
    let pairs = [
        ("Budi", "Medan"),
        ("Sari", "Padang"),
        ("Andi", "Malang"),
        ("Rina", "Bogor"),
    ];
    fs::write(&train, residents(&pairs)).unwrap();
    let model = dir.path().join("model.bin");
    urai()
        .args(["train-ner", "--epochs", "3", "--train"])
        .arg(&train)
        .arg("-o")
        .arg(&model)
        .assert()
        .success();
    let tags = tags_with_model(&model, "Sari\ntinggal\ndi\nMedan\n.\n");
    assert_eq!(tags, ["B-PER", "O", "O", "B-LOC", "O"]);
    urai()
        .args(["annotate", "--ner-model"])
        .arg(dir.path().join("tidak-ada.bin"))
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot load the entity model"));
}

/// `--classes-text` learns a second set of word classes from plain text (here zstd-compressed, documents opened
/// by a marker line): only words of enough documents get a class, the model grows by them and still tags.
#[test]
fn train_ner_with_classes_text_keeps_words_of_enough_documents() {
    let dir = tempfile::tempdir().unwrap();
    let train = dir.path().join("train.conll");
    fs::write(&train, residents(&[("Budi", "Medan"), ("Sari", "Padang")])).unwrap();
    let mut text = String::new();
    for d in 0..4 {
        text.push_str(
            "putusan\nterdakwa budi tinggal di desa medan\nsaksi sari tinggal di padang\n",
        );
        if d == 0 {
            text.push_str("terdakwa joko tinggal di desa sukamaju\n");
        }
    }
    let classes = dir.path().join("decisions.txt.zst");
    fs::write(&classes, zstd::encode_all(text.as_bytes(), 3).unwrap()).unwrap();
    let train_with = |extra: &[&str], out: &str| {
        let mut cmd = urai();
        cmd.args(["train-ner", "--epochs", "2", "--no-calibrate", "--train"])
            .arg(&train)
            .arg("-o")
            .arg(dir.path().join(out))
            .args(extra);
        let out = cmd.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    train_with(&[], "plain.bin");
    let with_classes = [
        "--classes-text",
        classes.to_str().unwrap(),
        "--classes-doc-start",
        "putusan",
        "--classes-min-docs",
        "2",
    ];
    let log = train_with(&with_classes, "classes.bin");
    // budi, sari, terdakwa, saksi, tinggal, di, desa, medan, padang, putusan: 10 words; joko and sukamaju
    // are in one document of four.
    assert!(
        log.contains("word classes: 10 words in at least 2 of 4 documents"),
        "{log}"
    );
    let size = |f: &str| fs::metadata(dir.path().join(f)).unwrap().len();
    assert!(size("classes.bin") > size("plain.bin"));
    let tags = tags_with_model(
        &dir.path().join("classes.bin"),
        "Sari\ntinggal\ndi\nMedan\n.\n",
    );
    assert!(
        tags.contains(&"B-PER".to_string()) && tags.contains(&"B-LOC".to_string()),
        "{tags:?}"
    );
    // --exclude reaches the classes text too: the witness line, cased and punctuated as a test corpus
    // has it, is dropped from each decision, and with it the words only that line had.
    let test = dir.path().join("test.conll");
    fs::write(
        &test,
        "Saksi\tO\nSari\tB-PER\ntinggal\tO\ndi\tO\nPadang\tB-LOC\n.\tO\n\n",
    )
    .unwrap();
    let log = train_with(
        &[&with_classes[..], &["--exclude", test.to_str().unwrap()]].concat(),
        "excluded.bin",
    );
    assert!(
        log.contains("--classes-text: 4 of 13 lines dropped by --exclude"),
        "{log}"
    );
    // putusan, terdakwa, budi, tinggal, di, desa, medan.
    assert!(
        log.contains("word classes: 7 words in at least 2 of 4 documents"),
        "{log}"
    );
    urai()
        .args(["train-ner", "--epochs", "1", "--train"])
        .arg(&train)
        .args(["--classes-text", "tidak-ada.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("tidak-ada.txt"));
}

/// `urai licences` carries the notice of every third-party source whose data is embedded, and the LGPL text.
#[test]
fn licences_name_every_embedded_source() {
    let text = stdout_of(urai().arg("licences"));
    for needle in [
        "Ali Ahmadi",
        "Kevin Atkinson",
        "UNICODE LICENSE V3",
        "geonames.org",
        "Ramiro Gómez",
        "Lokal contributors",
        "Noviyanto Rahmadi",
        "Daniele Faraglia",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "GNU GENERAL PUBLIC LICENSE",
        "NER-UI",
    ] {
        assert!(text.contains(needle), "`urai licences` lacks {needle:?}");
    }
    let short = stdout_of(urai().args(["licences", "--short"]));
    assert!(short.contains("hunspell-id") && !short.contains("GNU LESSER GENERAL PUBLIC LICENSE"));
}

/// Every data file the crates embed is named in the notice that `urai licences` prints.
#[test]
fn every_embedded_data_file_is_in_the_notice() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let notice = fs::read_to_string(root.join("data/licences/NOTICE.md")).unwrap();
    let mut seen = 0;
    for krate in fs::read_dir(root.join("crates")).unwrap() {
        let krate = krate.unwrap().path();
        let mut files = vec![krate.join("build.rs")];
        let mut dirs = vec![krate.join("src")];
        while let Some(d) = dirs.pop() {
            for e in fs::read_dir(&d).into_iter().flatten() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        for f in files {
            let Ok(src) = fs::read_to_string(&f) else {
                continue;
            };
            for part in src.split("include_").skip(1) {
                let Some(path) = part.split('"').nth(1) else {
                    continue;
                };
                let Some(i) = path.find("data/") else {
                    continue;
                };
                let path = &path[i..];
                if path.starts_with("data/licences/") || path.ends_with(".COPYRIGHT") {
                    continue;
                }
                let name = path.rsplit('/').next().unwrap();
                assert!(
                    notice.contains(path) || notice.contains(&format!("`{name}`")),
                    "{path} (embedded by {}) is not in data/licences/NOTICE.md",
                    f.display()
                );
                seen += 1;
            }
        }
    }
    assert!(seen >= 20, "only {seen} embedded files found");
}

#[test]
fn html_view_is_one_escaped_page_with_every_document_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("docs.jsonl");
    fs::write(
        &input,
        concat!(
            r#"{"id": "a", "text": "Menlu AS Antony Blinken bertemu Sergei Lavrov di Jenewa pada 21 Januari 2022."}"#,
            "\n",
            r#"{"id": "<b>x</b>", "text": "NATO menolak tuntutan Rusia di Brussel, kata juru bicara yang tidak mau disebut namanya kepada para wartawan yang menunggu di depan gedung itu sejak pagi. <script>alert(document.cookie)</script> </mark> <img src=x onerror=alert(this)> \"q\" 'q' \u202e akhir."}"#,
            "\n",
        ),
    )
    .unwrap();
    let page = stdout_of(urai().args(["annotate", "--to", "html"]).arg(&input));
    assert!(
        page.starts_with("<!DOCTYPE html>"),
        "{}",
        &page[..page.len().min(200)]
    );
    assert_eq!(page.matches("<html").count(), 1);
    assert!(page.trim_end().ends_with("</html>"));
    // The hostile text is shown, not run: no script or img element, no event handler attribute.
    assert!(!page.contains("<script"));
    assert!(!page.contains("<img"));
    assert!(page.contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(this)&gt;"));
    assert!(!page.contains("<b>x</b>"));
    // Entities are highlighted, the first document before the second.
    let blinken = page
        .find(">Antony Blinken</mark>")
        .expect("Blinken highlighted");
    let nato = page.find(">NATO</mark>").expect("NATO highlighted");
    assert!(blinken < nato);
    assert!(page.contains("2022-01-21"), "the date's value in the view");
}
