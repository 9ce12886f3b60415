//! Web pages end to end: every entity found in a page maps back, through the document's source map, to a
//! range of the page's bytes that holds the entity's text once tags are stripped and character references
//! decoded. Over the project's gold pages (tests/gold/web) and over generated pages.

use std::path::Path;

use proptest::prelude::*;
use urai::{Document, Input, Pipeline};

/// The text of a piece of HTML: tags removed, character references decoded, white space collapsed.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            rest = rest.find('>').map_or("", |i| &rest[i + 1..]);
            out.push(' ');
        } else if c == '&' {
            let end = rest.find(';').filter(|&i| i <= 10);
            let decoded = end.and_then(|i| reference(&rest[1..i]));
            match (end, decoded) {
                (Some(i), Some(ch)) => {
                    out.push(ch);
                    rest = &rest[i + 1..];
                }
                _ => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    collapse(&out)
}

fn reference(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "eacute" => 'é',
        "ldquo" => '“',
        "rdquo" => '”',
        "ndash" => '–',
        "mdash" => '—',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            return char::from_u32(code);
        }
    })
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every entity's page range holds the entity's text; returns how many entities were checked.
fn check_entities(doc: &Document, page: &[u8], name: &str) -> usize {
    let encoding = doc
        .meta
        .as_ref()
        .and_then(|m| encoding_rs::Encoding::for_label(m.charset.as_bytes()))
        .unwrap_or(encoding_rs::UTF_8);
    for e in &doc.entities {
        let want = collapse(&doc.slice(e.start, e.end).replace('\u{a0}', " "));
        let range = doc
            .html_range(e.start, e.end)
            .unwrap_or_else(|| panic!("{name}: entity {want:?} has no page range"));
        let bytes = page
            .get(range.clone())
            .unwrap_or_else(|| panic!("{name}: range {range:?} outside the page"));
        let (html, _) = encoding.decode_without_bom_handling(bytes);
        let got = collapse(&visible_text(&html).replace('\u{a0}', " "));
        assert!(
            got.contains(&want),
            "{name}: entity {want:?} maps to {range:?}, whose text is {got:?}"
        );
    }
    doc.entities.len()
}

#[test]
fn every_entity_of_every_gold_page_maps_to_its_text_in_the_page() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gold/web");
    let mut pages: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 30, "{} gold pages", pages.len());
    let pipeline = Pipeline::new();
    let mut checked = 0;
    for path in &pages {
        let bytes = std::fs::read(path).unwrap();
        let name = path.display().to_string();
        let doc = pipeline.annotate_input(Input::from_html(name.as_str(), &bytes, None).unwrap());
        assert!(!doc.source_map.is_empty() && doc.meta.is_some(), "{name}");
        checked += check_entities(&doc, &bytes, &name);
    }
    assert!(checked >= 300, "only {checked} entities in the gold pages");
}

/// Pages made of news sentences with names in inline markup, character references, menus and comments.
fn pages() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        Just("Antony Blinken"),
        Just("Sergei Lavrov"),
        Just("Retno Marsudi"),
        Just("Jenewa"),
        Just("NATO"),
        Just("Kremlin"),
        Just("Komisi Pemberantasan Korupsi"),
        Just("Jawa Tengah"),
    ];
    let wrap = prop_oneof![
        Just(("", "")),
        Just(("<b>", "</b>")),
        Just(("<a href='/t'>", "</a>")),
        Just(("<span class=x><i>", "</i></span>")),
        Just(("<!-- c -->", "")),
    ];
    let sentence = (name.clone(), wrap, name, any::<bool>()).prop_map(|(a, (open, close), b, amp)| {
        let join = if amp { " &amp; " } else { " dan " };
        format!("Menteri {open}{a}{close}{join}{b} bertemu di Jakarta pada hari Jumat untuk membahas krisis.")
    });
    let block = prop_oneof![
        prop::collection::vec(sentence.clone(), 1..4)
            .prop_map(|s| format!("<p>{}</p>", s.join(" "))),
        prop::collection::vec(sentence, 1..3)
            .prop_map(|s| format!("<div>{}<br>Baca juga: Harga Naik</div>", s.join("<br>"))),
        Just("<nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav>".to_string()),
        Just(
            "<div id=comments><h3>Komentar</h3><p>Bagus sekali, Pak Joko Widodo.</p></div>"
                .to_string()
        ),
        Just("<script>var x = '<p>Blinken</p>';</script>".to_string()),
        Just(
            "<figure><figcaption>Retno Marsudi di Jenewa. (Foto: ANTARA)</figcaption></figure>"
                .to_string()
        ),
    ];
    (prop::collection::vec(block, 1..8), any::<bool>()).prop_map(|(blocks, doctype)| {
        let head = if doctype {
            "<!DOCTYPE html><html lang=id><head><title>T</title></head><body>"
        } else {
            ""
        };
        format!("{head}{}", blocks.concat())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn entities_of_generated_pages_map_to_their_text(page in pages()) {
        let doc = Pipeline::new().annotate_input(Input::from_html("p", page.as_bytes(), None).unwrap());
        check_entities(&doc, page.as_bytes(), "generated page");
        // Flagged blocks hold no entity.
        for e in &doc.entities {
            prop_assert!(!doc.in_boilerplate(e.start));
        }
    }
}
