//! One sentence through each packaged crate's public API, as a user's code would call it.

const SENTENCE: &str = "Menteri Luar Negeri Rusia Sergei Lavrov membantah tuduhan itu di Jenewa.";

#[test]
fn tokenizes_stems_and_tags_one_sentence() {
    let tokenizer = urai_tokenizer::Tokenizer::new();
    let doc = tokenizer.tokenize(SENTENCE);
    let tokens: Vec<&str> = doc.tokens().iter().map(|t| t.text).collect();
    assert_eq!(tokens.len(), 12);
    assert_eq!(tokens[11], ".");
    assert_eq!(doc.sentences().len(), 1);

    let stemmer = urai_stem::Stemmer::new();
    let stems: Vec<String> = tokens
        .iter()
        .map(|t| stemmer.stem(t).into_owned())
        .collect();
    assert_eq!(stems[6], "bantah");
    assert_eq!(stems[7], "tuduh");
    assert!(urai_stem::is_stopword("itu"));

    let tags = urai_ner::Tagger::embedded().tag_sentence(&tokens);
    let found: Vec<(urai_ner::EntityType, String)> = urai_ner::spans(&tags)
        .into_iter()
        .map(|s| (s.kind, tokens[s.start..s.end].join(" ")))
        .collect();
    assert!(
        found.contains(&(urai_ner::EntityType::Per, "Sergei Lavrov".to_string())),
        "{found:?}"
    );
    assert!(
        found.contains(&(urai_ner::EntityType::Loc, "Jenewa".to_string())),
        "{found:?}"
    );
}

#[test]
fn the_pipeline_chains_them_with_offsets_into_the_text() {
    let doc = urai::Pipeline::new().annotate("d1", SENTENCE);
    assert_eq!(doc.tokens.len(), 12);
    let per: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.label == "PER")
        .map(|e| &doc.text[e.start..e.end])
        .collect();
    assert_eq!(per, ["Sergei Lavrov"]);
    let mut out = Vec::new();
    urai::format::conllu::write(&doc, &mut out).unwrap();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("\tmembantah\tbantah\t")
    );
}

#[test]
fn finds_dates_and_money_with_their_values() {
    let text = "Jumat (21/1/2022) harga naik menjadi Rp5.000,00.";
    let doc = urai_tokenizer::Tokenizer::new().tokenize(text);
    let tokens: Vec<std::ops::Range<usize>> = doc.tokens().iter().map(|t| t.start..t.end).collect();
    let sentences = [0..tokens.len()];
    let found = urai_expressions::find(text, &tokens, &sentences, None);
    let values: Vec<(urai_expressions::ExprType, &str)> =
        found.iter().map(|e| (e.kind, e.value.as_str())).collect();
    assert!(
        values.contains(&(urai_expressions::ExprType::Date, "2022-01-21")),
        "{values:?}"
    );
    assert!(
        values.contains(&(urai_expressions::ExprType::Money, "IDR 5000")),
        "{values:?}"
    );
}

#[test]
fn reads_a_web_page_and_flags_its_boilerplate() {
    let html = "<html lang=id><body><nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav>\
                <p>Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Jenewa pada hari Jumat \
                untuk membahas krisis yang terjadi di perbatasan Ukraina dan Rusia.</p>\
                <p>Baca juga: Harga Cabai Naik Lagi</p></body></html>";
    let doc = urai::Pipeline::new()
        .annotate_input(urai::Input::from_html("p", html.as_bytes(), None).unwrap());
    let kinds: Vec<&str> = doc.boilerplate.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["navigation", "related"]);
    let e = doc
        .entities
        .iter()
        .find(|e| doc.slice(e.start, e.end) == "Retno Marsudi")
        .unwrap();
    assert_eq!(
        &html[doc.html_range(e.start, e.end).unwrap()],
        "Retno Marsudi"
    );
    let classifier = urai_boilerplate::Classifier::new(urai_stem::is_stopword);
    assert_eq!(classifier.classify_text("Komentar").len(), 1);
    assert_eq!(
        urai_html::Page::parse(html.as_bytes()).meta.lang.as_deref(),
        Some("id")
    );
}
