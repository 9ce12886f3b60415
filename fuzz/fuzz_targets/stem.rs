//! Any string: the stemmer returns, and stemming a root gives the root.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai_stem::{Language, StemHint, Stemmer};

fuzz_target!(|data: &[u8]| {
    let Ok(word) = std::str::from_utf8(data) else { return };
    static STEMMER: std::sync::LazyLock<Stemmer> = std::sync::LazyLock::new(Stemmer::new);
    let root = STEMMER.stem(word);
    let _ = STEMMER.stem_with(word, StemHint { is_name: true });
    let _ = STEMMER.stem_in(Language::English, word);
    let _ = urai_stem::is_stopword(word);
    if STEMMER.is_root(&root) {
        assert_eq!(STEMMER.stem(&root), root);
    }
});
