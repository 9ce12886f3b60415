//! Charset: choosing the page's encoding and decoding it with a map from decoded offsets back to the bytes.

use encoding_rs::{DecoderResult, Encoding, UTF_8};

/// Where the page's charset came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// Given by the caller (an HTTP `Content-Type` header).
    Transport,
    /// A `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 1024 bytes.
    Meta,
    /// The bytes are valid UTF-8.
    Utf8,
    /// Guessed from the bytes (chardetng).
    Detected,
}

/// The decoded page: its text and the anchors that map decoded offsets back to byte offsets of the input.
pub(crate) struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub source: CharsetSource,
    /// `(decoded, original)` pairs, ascending; between two anchors one decoded byte is one original byte.
    anchors: Vec<(usize, usize)>,
    /// The input's length: no offset maps past it.
    len: usize,
}

impl Decoded {
    /// The byte offset in the input of decoded offset `d` (a char boundary).
    pub fn original(&self, d: usize) -> usize {
        let i = self.anchors.partition_point(|&(a, _)| a <= d);
        match i.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(&(a, o)) => (o + (d - a)).min(self.len),
            None => d.min(self.len),
        }
    }
}

/// The charset a `<meta>` in the first 1024 bytes declares, if any.
pub(crate) fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(k) = find(&lower[from..], b"<meta") {
        let start = from + k;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label: Vec<u8> = rest
                    .iter()
                    .copied()
                    .take_while(|b| b.is_ascii_alphanumeric() || b"-_.:".contains(b))
                    .collect();
                if let Some(enc) = Encoding::for_label(&label) {
                    // A page cannot declare itself UTF-16 in ASCII bytes: the HTML standard reads that as UTF-8.
                    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        return Some(UTF_8);
                    }
                    return Some(enc.output_encoding());
                }
            }
        }
        from = end.max(start + 1);
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Chooses the encoding (BOM, then `transport`, then the meta prescan, then UTF-8 if valid, then chardetng) and
/// decodes.
pub(crate) fn decode(bytes: &[u8], transport: Option<&'static Encoding>) -> Decoded {
    let (encoding, source, skip) = if let Some((enc, n)) = Encoding::for_bom(bytes) {
        (enc, CharsetSource::Bom, n)
    } else if let Some(enc) = transport {
        (enc, CharsetSource::Transport, 0)
    } else if let Some(enc) = prescan(bytes) {
        (enc, CharsetSource::Meta, 0)
    } else if std::str::from_utf8(bytes).is_ok() {
        (UTF_8, CharsetSource::Utf8, 0)
    } else {
        let mut det = chardetng::EncodingDetector::new();
        det.feed(bytes, true);
        (det.guess(None, true), CharsetSource::Detected, 0)
    };
    let body = &bytes[skip..];
    if encoding == UTF_8
        && let Ok(text) = std::str::from_utf8(body)
    {
        return Decoded {
            text: text.to_string(),
            encoding,
            source,
            anchors: vec![(0, skip)],
            len: bytes.len(),
        };
    }
    let (text, anchors) = decode_mapped(body, encoding, skip);
    Decoded {
        text,
        encoding,
        source,
        anchors,
        len: bytes.len(),
    }
}

/// Decodes byte by byte where needed, recording an anchor wherever a character's decoded length differs from
/// its length in the input. ASCII bytes are copied directly while the decoder holds no partial character
/// (every encoding the HTML standard allows in a page is ASCII-compatible, except UTF-16 and ISO-2022-JP,
/// which always go through the decoder).
fn decode_mapped(
    body: &[u8],
    encoding: &'static Encoding,
    skip: usize,
) -> (String, Vec<(usize, usize)>) {
    let ascii_ok = encoding.is_ascii_compatible() && encoding != encoding_rs::ISO_2022_JP;
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(body.len() + body.len() / 4);
    let mut anchors = vec![(0, skip)];
    let mut idle = true;
    // Where the character being decoded started in the input.
    let mut char_start = 0usize;
    let mut i = 0usize;
    let mut buf = [0u8; 16];
    while i < body.len() {
        if ascii_ok && idle {
            let run = body[i..].iter().take_while(|b| b.is_ascii()).count();
            if run > 0 {
                // Safe: ASCII bytes are UTF-8.
                text.push_str(std::str::from_utf8(&body[i..i + run]).unwrap_or(""));
                i += run;
                continue;
            }
        }
        if idle {
            char_start = i;
        }
        let before = text.len();
        let (result, read, written) =
            decoder.decode_to_utf8_without_replacement(&body[i..i + 1], &mut buf, false);
        i += read.max(1);
        let mut out_len = written;
        let mut extra = String::new();
        if let DecoderResult::Malformed(_, _) = result {
            extra.push('\u{fffd}');
        }
        let s = std::str::from_utf8(&buf[..out_len]).unwrap_or("");
        text.push_str(s);
        text.push_str(&extra);
        out_len += extra.len();
        if out_len > 0 {
            idle = true;
            let consumed = i - char_start;
            if out_len != consumed {
                // The next character starts at `text.len()` decoded and `i` in the input.
                anchors.push((before, skip + char_start));
                anchors.push((text.len(), skip + i));
            }
        } else {
            idle = false;
        }
    }
    // A partial character at the end of the input.
    let before = text.len();
    let (result, _, written) = decoder.decode_to_utf8_without_replacement(&[], &mut buf, true);
    text.push_str(std::str::from_utf8(&buf[..written]).unwrap_or(""));
    if let DecoderResult::Malformed(_, _) = result {
        text.push('\u{fffd}');
    }
    if text.len() > before {
        // The replacement character stands for the partial character's bytes, up to the end of the input.
        anchors.push((before, skip + char_start));
        anchors.push((text.len(), skip + body.len()));
    }
    (text, anchors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_maps_back() {
        let bytes = b"<meta charset=\"windows-1252\"><p>Caf\xe9 di Jenewa</p>";
        let d = decode(bytes, None);
        assert_eq!(d.source, CharsetSource::Meta);
        assert!(d.text.contains("Café di Jenewa"));
        let at = d.text.find(" di").unwrap();
        assert_eq!(&bytes[d.original(at)..d.original(at) + 3], b" di");
        let e = d.text.find('é').unwrap();
        assert_eq!(bytes[d.original(e)], 0xe9);
    }

    #[test]
    fn utf8_is_identity_and_bom_is_skipped() {
        let bytes = "\u{feff}<p>Café</p>".as_bytes();
        let d = decode(bytes, None);
        assert_eq!(d.source, CharsetSource::Bom);
        assert_eq!(d.text, "<p>Café</p>");
        assert_eq!(d.original(0), 3);
    }

    #[test]
    fn invalid_utf8_is_detected_not_lost() {
        let bytes = b"<p>Caf\xe9 \xe0 la cr\xe8me, d\xe9j\xe0 vu, \xe9t\xe9</p>";
        let d = decode(bytes, None);
        assert_eq!(d.source, CharsetSource::Detected);
        assert!(d.text.contains("Café"), "{}", d.text);
    }
}
