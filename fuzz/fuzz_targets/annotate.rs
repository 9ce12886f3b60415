//! Any string through the whole pipeline and every writer.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai::format::{Offsets, conll, conllu, jsonl};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    static PIPELINE: std::sync::LazyLock<urai::Pipeline> = std::sync::LazyLock::new(urai::Pipeline::new);
    let doc = PIPELINE.annotate("fuzz", text);
    let mut out = Vec::new();
    jsonl::write(&doc, Offsets::Char, &mut out).unwrap();
    conllu::write(&doc, &mut out).unwrap();
    conll::write(&doc, true, &mut out).unwrap();
});
