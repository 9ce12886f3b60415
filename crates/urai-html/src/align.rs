//! Aligning decoded text nodes, in document order, to the decoded source with a forward cursor.

/// Elements whose content the aligner skips when looking for the next text node: they are never part of the
/// extracted text.
pub(crate) const RAW: &[&str] = &[
    "script", "style", "noscript", "title", "textarea", "xmp", "iframe", "noembed", "noframes",
];

/// How many character comparisons one text node may cost before the aligner gives up on it.
const WORK: usize = 4 << 20;

/// How many source bytes the aligner looks through for the start of a text node before giving up.
const WINDOW: usize = 1 << 20;

/// One character of a text node in the source: its byte range and whether the source holds the character
/// itself (not an entity, not a CR LF pair).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub start: usize,
    pub end: usize,
    pub direct: bool,
}

/// The forward cursor over the decoded source.
pub(crate) struct Aligner<'s> {
    src: &'s str,
    cursor: usize,
}

impl<'s> Aligner<'s> {
    pub fn new(src: &'s str) -> Self {
        Aligner { src, cursor: 0 }
    }

    /// The places of `text`'s characters in the source, in order, or `None` when the text node cannot be found
    /// ahead of the cursor (the parser moved it, as it does with text inside a table); the cursor then stays.
    pub fn align(&mut self, text: &str, out: &mut Vec<Place>) -> bool {
        out.clear();
        let Some(first) = text.chars().next() else {
            return true;
        };
        let bytes = self.src.as_bytes();
        let mut p = self.cursor;
        let limit = self.cursor.saturating_add(WINDOW).min(bytes.len());
        let mut work = 0usize;
        loop {
            // Find a start: the next character of text content (outside tags, comments and raw elements) that
            // can be `first` (the character itself, an entity, or a CR standing for a line feed).
            let start = loop {
                if p >= limit {
                    return false;
                }
                let b = bytes[p];
                if b == b'<' {
                    match skip_markup(bytes, p) {
                        Some(q) => {
                            p = q;
                            continue;
                        }
                        None => {
                            if first == '<' {
                                break p;
                            }
                            p += 1;
                            continue;
                        }
                    }
                }
                let c = self.src[p..].chars().next().unwrap_or('\0');
                if c == first || b == b'&' || (b == b'\r' && first == '\n') {
                    break p;
                }
                p += c.len_utf8();
            };
            let mut q = start;
            let mut ok = true;
            let mut after_entity = false;
            for c in text.chars() {
                work += 1;
                match self.step(&mut q, c, after_entity) {
                    Some(place) => {
                        after_entity = place.end > place.start
                            && !place.direct
                            && bytes.get(place.start) == Some(&b'&');
                        out.push(place);
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                self.cursor = q;
                return true;
            }
            // Not here (a space or an `&` that only looked like the start): look further on.
            out.clear();
            if work > WORK {
                return false;
            }
            p = start + self.src[start..].chars().next().map_or(1, char::len_utf8);
        }
    }

    /// Matches one character at `*p`.
    /// `after_entity`: the previous character was an entity's, so this one may be the entity's second.
    fn step(&self, p: &mut usize, c: char, after_entity: bool) -> Option<Place> {
        let bytes = self.src.as_bytes();
        let mut at = *p;
        // Tags the tree builder ignored (a `<td>` outside a table, a stray end tag) leave one text node around
        // them: skip them, and comments.
        while bytes.get(at) == Some(&b'<') {
            match skip_markup(bytes, at) {
                Some(q) => at = q,
                None => break,
            }
        }
        let b = *bytes.get(at)?;
        if b == b'\r' {
            // CR LF and a lone CR are both a line feed in the parsed text.
            let end = if bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
            if c == '\n' {
                *p = end;
                return Some(Place {
                    start: at,
                    end,
                    direct: false,
                });
            }
            return None;
        }
        if b == b'&' {
            let end = entity_end(bytes, at);
            // A `&` of the text is the page's own `&` unless the page spells it as an entity.
            let literal_amp = c == '&' && !is_amp_entity(&bytes[at..end]);
            if end > at + 1 && !literal_amp {
                // An entity may decode to two characters (`&NotEqualTilde;`): the second one maps to an empty
                // range at the entity's end.
                *p = end;
                return Some(Place {
                    start: at,
                    end,
                    direct: false,
                });
            }
        }
        let mut sc = self.src[at..].chars().next()?;
        // The tree builder drops U+0000 from text in the body.
        while sc == '\0' && c != '\u{fffd}' && c != '\0' {
            at += 1;
            sc = self.src[at..].chars().next()?;
        }
        if sc == c || (sc == '\0' && c == '\u{fffd}') {
            *p = at + sc.len_utf8();
            return Some(Place {
                start: at,
                end: *p,
                direct: sc == c,
            });
        }
        if after_entity && !c.is_whitespace() {
            // The second character of a two-character entity.
            return Some(Place {
                start: at,
                end: at,
                direct: false,
            });
        }
        None
    }
}

/// Whether `e` (an entity as `entity_end` delimits it) is a spelling of `&`.
fn is_amp_entity(e: &[u8]) -> bool {
    let e = e.strip_suffix(b";").unwrap_or(e);
    e.eq_ignore_ascii_case(b"&amp") || e == b"&#38" || e.eq_ignore_ascii_case(b"&#x26")
}

/// The end of an entity (`&name;`, `&#123;`, `&#x1F;`, or a legacy name without `;`) starting at `at`.
fn entity_end(bytes: &[u8], at: usize) -> usize {
    let mut q = at + 1;
    if bytes.get(q) == Some(&b'#') {
        q += 1;
        if matches!(bytes.get(q), Some(b'x' | b'X')) {
            q += 1;
            while bytes.get(q).is_some_and(u8::is_ascii_hexdigit) {
                q += 1;
            }
        } else {
            while bytes.get(q).is_some_and(u8::is_ascii_digit) {
                q += 1;
            }
        }
    } else {
        while bytes.get(q).is_some_and(u8::is_ascii_alphanumeric) && q - at < 40 {
            q += 1;
        }
    }
    if bytes.get(q) == Some(&b';') {
        q += 1;
    }
    q
}

/// The end of the tag, comment, doctype or raw element starting at `p` (a `<`), or `None` when the `<` is text.
pub(crate) fn skip_markup(bytes: &[u8], p: usize) -> Option<usize> {
    let next = *bytes.get(p + 1)?;
    if bytes[p + 1..].starts_with(b"!--") {
        return Some(find(bytes, p + 4, b"-->").map_or(bytes.len(), |e| e + 3));
    }
    if next == b'!' || next == b'?' {
        return Some(find(bytes, p + 2, b">").map_or(bytes.len(), |e| e + 1));
    }
    let closing = next == b'/';
    let name_start = p + 1 + usize::from(closing);
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        if closing && bytes.get(name_start).is_some() {
            // `</>` is dropped, `</ ...>` is a bogus comment.
            return Some(find(bytes, name_start, b">").map_or(bytes.len(), |e| e + 1));
        }
        return None;
    }
    let mut q = name_start;
    while bytes
        .get(q)
        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'/')
    {
        q += 1;
    }
    let name = String::from_utf8_lossy(&bytes[name_start..q]).to_ascii_lowercase();
    // Attributes: values quoted right after their `=` may hold `>`.
    let mut quote = None;
    let mut after_eq = false;
    while let Some(&b) = bytes.get(q) {
        match quote {
            Some(qc) if b == qc => quote = None,
            Some(_) => {}
            None if after_eq && (b == b'"' || b == b'\'') => quote = Some(b),
            None if b == b'>' => break,
            None => {}
        }
        if quote.is_none() {
            after_eq = b == b'=' || (after_eq && b.is_ascii_whitespace());
        } else {
            after_eq = false;
        }
        q += 1;
    }
    let end = (q + 1).min(bytes.len());
    if !closing && RAW.contains(&name.as_str()) {
        let close = format!("</{name}");
        let lower_find = find_ci(bytes, end, close.as_bytes());
        return Some(lower_find.map_or(bytes.len(), |e| {
            find(bytes, e, b">").map_or(bytes.len(), |g| g + 1)
        }));
    }
    Some(end)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|k| from + k)
}

fn find_ci(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_and_tags_are_skipped() {
        let src = "<p class=\"a>b\">Tom &amp; Jerry</p><script>x='Tom'</script><p>Tom</p>";
        let mut a = Aligner::new(src);
        let mut out = Vec::new();
        assert!(a.align("Tom & Jerry", &mut out));
        assert_eq!(
            out[4],
            Place {
                start: 19,
                end: 24,
                direct: false
            }
        );
        assert!(a.align("Tom", &mut out));
        assert_eq!(&src[out[0].start..out[2].end], "Tom");
        assert!(out[0].start > src.find("</script>").unwrap());
    }
}
