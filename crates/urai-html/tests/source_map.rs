//! The source map, property-tested: for generated pages (nested p/div/span/a/b/li/td/br/script, entity
//! references, Indonesian-ish words, UTF-8 and windows-1252), every word of the extracted text maps to a byte
//! range of the page that, once decoded, stripped of tags and scripts and with its entities decoded, holds the
//! word.

use proptest::prelude::*;
use urai_html::{Options, Page};

const WORDS: &[&str] = &[
    "rumah",
    "makan",
    "Jakarta",
    "kafé",
    "Sürabaya",
    "banjir",
    "di",
    "dan",
    "ke",
    "pasar–ikan",
    "Rp10.000",
    "«kata»",
    "O'Brien",
    "jalan-jalan",
];

const ENTITIES: &[(&str, char)] = &[
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&eacute;", 'é'),
    ("&#x41;", 'A'),
    ("&#233;", 'é'),
    ("&quot;", '"'),
];

const TAGS: &[&str] = &["p", "div", "span", "a", "b", "li", "td"];

#[derive(Debug, Clone)]
enum Node {
    Word(usize),
    Entity(usize),
    Space(u8),
    Br,
    Script,
    Element(usize, Vec<Node>),
}

fn node() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        4 => (0..WORDS.len()).prop_map(Node::Word),
        1 => (0..ENTITIES.len()).prop_map(Node::Entity),
        3 => (0u8..4).prop_map(Node::Space),
        1 => Just(Node::Br),
        1 => Just(Node::Script),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        (0..TAGS.len(), prop::collection::vec(inner, 0..6)).prop_map(|(t, c)| Node::Element(t, c))
    })
}

fn render(n: &Node, out: &mut String) {
    match n {
        Node::Word(w) => out.push_str(WORDS[*w]),
        Node::Entity(e) => out.push_str(ENTITIES[*e].0),
        Node::Space(k) => out.push_str([" ", "\n", "  \t", "\r\n"][usize::from(*k)]),
        Node::Br => out.push_str("<br>"),
        Node::Script => out.push_str("<script>var s = \"<p>rumah</p>\";</script>"),
        Node::Element(t, children) => {
            let tag = TAGS[*t];
            out.push('<');
            out.push_str(tag);
            if tag == "a" {
                out.push_str(" href=\"/berita?id=1&amp;x=2\"");
            } else if tag == "div" {
                out.push_str(" class='isi berita'");
            }
            out.push('>');
            for c in children {
                render(c, out);
            }
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
    }
}

/// The text a byte range of the page stands for, loosely: tags and scripts removed, entities decoded.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("<script>") {
            rest = rest
                .find("</script>")
                .map_or("", |e| &rest[e + "</script>".len()..]);
        } else if c == '<' && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
            rest = rest.find('>').map_or("", |e| &rest[e + 1..]);
        } else if let Some((name, ch)) = ENTITIES.iter().find(|(name, _)| rest.starts_with(name)) {
            out.push(*ch);
            rest = &rest[name.len()..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn check(page: &Page, bytes: &[u8], decode: impl Fn(&[u8]) -> String) -> Result<(), TestCaseError> {
    let text = &page.text;
    let mut at = 0;
    for word in text.split(|c: char| c.is_whitespace()) {
        let (start, end) = (at, at + word.len());
        at = end + text[end..].chars().next().map_or(0, char::len_utf8);
        if word.is_empty() {
            continue;
        }
        let range = page.html_range(start, end);
        prop_assert!(range.is_some(), "{word:?} at {start} has no source");
        let range = range.unwrap();
        prop_assert!(range.end <= bytes.len());
        let source = decode(&bytes[range.clone()]);
        prop_assert!(
            visible(&source).contains(word),
            "{word:?} maps to {range:?} = {source:?}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn words_map_back_in_utf8(nodes in prop::collection::vec(node(), 1..8)) {
        let mut html = String::from("<html><body>");
        for n in &nodes {
            render(n, &mut html);
        }
        let page = Page::parse(html.as_bytes());
        check(&page, html.as_bytes(), |b| String::from_utf8_lossy(b).into_owned())?;
    }

    #[test]
    fn words_map_back_in_windows_1252(nodes in prop::collection::vec(node(), 1..8), declared in 0..3u8) {
        let mut html = String::from(match declared {
            0 => "<html><head><meta charset=\"windows-1252\"></head><body>",
            _ => "<html><body>",
        });
        for n in &nodes {
            render(n, &mut html);
        }
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&html);
        prop_assert!(!unmappable);
        let options = if declared == 1 {
            Options::default().with_charset("iso-8859-1").unwrap()
        } else {
            Options::default()
        };
        let page = Page::parse_with(&bytes, options);
        // An undeclared page is decoded as whatever chardetng guesses (or UTF-8 when it is all ASCII): the
        // source map is checked against that decoding.
        if declared != 2 {
            prop_assert_eq!(&page.meta.charset, "windows-1252");
        }
        let enc = encoding_rs::Encoding::for_label(page.meta.charset.as_bytes()).unwrap();
        check(&page, &bytes, |b| enc.decode_without_bom_handling(b).0.into_owned())?;
    }
}
