//! The depth cap: a linear pre-pass that drops the tags of elements nested deeper than [`MAX_DEPTH`] before
//! html5ever sees the page.
//!
//! html5ever's tree builder looks through its stack of open elements at most start and end tags ("has an element
//! in scope"), so a page nested `n` elements deep costs `O(n²)`: 100,000 nested `<div>`s took minutes. Past the
//! cap the pre-pass removes start tags (and as many end tags as it removed start tags), so that the content of
//! the too-deep elements becomes text of the element at the cap, and the parse is linear again. Pages below the
//! cap (every real page) are not copied at all.

use crate::align::skip_markup;

/// How deep elements may nest: the tags of elements nested deeper are dropped before parsing, so that their
/// content is text of the element at this depth (html5ever's cost per tag grows with the depth).
pub const MAX_DEPTH: usize = 512;

/// Elements without content (never pushed on the stack of open elements).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr", "frame", "basefont", "bgsound",
];

/// Elements a start tag of the same name closes (an approximation of the implied end tags of HTML).
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "rb", "rt", "rp", "a",
];

/// Start tags that close an open `p`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "div",
    "dl",
    "fieldset",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

/// The page with the tags past [`MAX_DEPTH`] removed, or `None` when no element is nested that deep.
pub(crate) fn cap_depth(src: &str) -> Option<String> {
    let bytes = src.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut excess = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0usize;
    let mut p = 0usize;
    while let Some(k) = bytes
        .get(p..)
        .and_then(|r| r.iter().position(|&b| b == b'<'))
    {
        let at = p + k;
        let Some(end) = skip_markup(bytes, at) else {
            p = at + 1;
            continue;
        };
        p = end.max(at + 1);
        let closing = bytes.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = bytes[name_start..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
            .map_or(bytes.len(), |n| name_start + n);
        let name = src
            .get(name_start..name_end)
            .unwrap_or("")
            .to_ascii_lowercase();
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                // Close up to the innermost open element of that name, if there is one.
                if let Some(i) = stack.iter().rposition(|n| *n == name) {
                    stack.truncate(i);
                }
                false
            }
        } else {
            if VOID.contains(&name.as_str()) || raw_element(&name) {
                continue;
            }
            if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) {
                // The nearest open element of the name, unless a list, table or other scope boundary is
                // nearer: `<ul><li><ul><li>` nests (html5ever nests it too), `<ul><li>a<li>b` does not.
                let low = stack.len().saturating_sub(4);
                let found = stack[low..]
                    .iter()
                    .rev()
                    .take_while(|n| !is_scope_boundary(&name, n))
                    .position(|n| *n == name);
                if let Some(from_top) = found {
                    stack.truncate(stack.len() - 1 - from_top);
                }
            }
            if CLOSES_P.contains(&name.as_str()) && stack.last().is_some_and(|n| n == "p") {
                stack.pop();
            }
            // Text may not sit in a table's structure (the parser would move it before the table, out of
            // the page's order): at the cap, a table, body or row still gets its row or cell.
            let in_table_structure = matches!(
                stack.last().map(String::as_str),
                Some("table" | "tbody" | "thead" | "tfoot" | "tr" | "colgroup")
            );
            if stack.len() >= MAX_DEPTH && !(in_table_structure && stack.len() < MAX_DEPTH + 4) {
                excess += 1;
                true
            } else {
                stack.push(name);
                false
            }
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(src.len()));
            o.push_str(&src[copied..at]);
            copied = end.min(src.len());
        }
    }
    let mut o = out?;
    o.push_str(&src[copied..]);
    Some(o)
}

/// Whether an open element `open` stops a start tag `name` from closing an element of its name further out
/// (the scopes of HTML's tree construction, approximated).
fn is_scope_boundary(name: &str, open: &str) -> bool {
    let lists: &[&str] = match name {
        "li" => &["ul", "ol", "menu"],
        "dt" | "dd" => &["dl"],
        "option" | "optgroup" => &["select", "datalist"],
        "tr" | "td" | "th" => &["table", "tbody", "thead", "tfoot"],
        _ => &[],
    };
    lists.contains(&open)
        || matches!(
            open,
            "table"
                | "td"
                | "th"
                | "caption"
                | "html"
                | "template"
                | "object"
                | "marquee"
                | "applet"
        ) && !matches!(name, "tr" | "td" | "th" if open == "td" || open == "th")
}

/// Elements whose whole content `skip_markup` skips with the start tag.
fn raw_element(name: &str) -> bool {
    crate::align::RAW.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_left_alone() {
        let page = "<div><p>a<p>b<ul><li>c<li>d</ul></div>".repeat(2000);
        assert_eq!(cap_depth(&page), None);
    }

    #[test]
    fn tags_past_the_cap_are_dropped() {
        let page = format!("{}x{}", "<div>".repeat(600), "</div>".repeat(600));
        let capped = cap_depth(&page).unwrap();
        assert_eq!(
            capped,
            format!(
                "{}x{}",
                "<div>".repeat(MAX_DEPTH),
                "</div>".repeat(MAX_DEPTH)
            )
        );
    }
}
