//! Any bytes as a jsonl file: records or errors naming a line, never a panic; records annotate cleanly.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai::format::{Format, ReadOptions, Reader};

fuzz_target!(|data: &[u8]| {
    static PIPELINE: std::sync::LazyLock<urai::Pipeline> = std::sync::LazyLock::new(urai::Pipeline::new);
    for lossy in [false, true] {
        let options = ReadOptions { lossy, ..ReadOptions::default() };
        for record in Reader::new(data, "fuzz.jsonl", Format::Jsonl, &options).take(64) {
            match record {
                Ok(input) => {
                    let _ = PIPELINE.annotate_input(input);
                }
                Err(e) => assert!(e.to_string().starts_with("fuzz.jsonl")),
            }
        }
    }
});
