//! Indonesian (and the usual English) cue phrases of boilerplate, and the class names and ids of page
//! markup that name a region. Written for this crate; every list is lower case.

use crate::Kind;

/// How strongly a cue says what a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// The whole block is the cue (`Komentar`, `Berita Terkait`): it heads a region of that kind.
    Heading,
    /// The block starts with the cue or is made of cue words (`Baca juga: ...`, `Facebook Twitter`).
    Line,
}

/// Blocks that are the cue alone (after trimming punctuation, counts and arrows).
const WHOLE: &[(&str, Kind)] = &[
    // comments
    ("komentar", Kind::Comments),
    ("komentar terbaru", Kind::Comments),
    ("tulis komentar", Kind::Comments),
    ("kirim komentar", Kind::Comments),
    ("lihat komentar", Kind::Comments),
    ("lihat semua komentar", Kind::Comments),
    ("beri komentar", Kind::Comments),
    ("berikan komentar", Kind::Comments),
    ("komentar pembaca", Kind::Comments),
    ("loading", Kind::Comments),
    ("memuat", Kind::Comments),
    ("muat lebih banyak", Kind::Comments),
    ("muat komentar", Kind::Comments),
    ("balas", Kind::Comments),
    ("laporkan", Kind::Comments),
    ("comments", Kind::Comments),
    ("comment", Kind::Comments),
    ("leave a reply", Kind::Comments),
    // related
    ("baca juga", Kind::Related),
    ("baca pula", Kind::Related),
    ("berita terkait", Kind::Related),
    ("artikel terkait", Kind::Related),
    ("topik terkait", Kind::Related),
    ("video terkait", Kind::Related),
    ("terkait", Kind::Related),
    ("terpopuler", Kind::Related),
    ("populer", Kind::Related),
    ("berita populer", Kind::Related),
    ("artikel populer", Kind::Related),
    ("paling populer", Kind::Related),
    ("terpopuler hari ini", Kind::Related),
    ("terkini", Kind::Related),
    ("berita terkini", Kind::Related),
    ("terbaru", Kind::Related),
    ("berita terbaru", Kind::Related),
    ("artikel terbaru", Kind::Related),
    ("berita lainnya", Kind::Related),
    ("artikel lainnya", Kind::Related),
    ("lainnya", Kind::Related),
    ("rekomendasi", Kind::Related),
    ("rekomendasi untuk anda", Kind::Related),
    ("pilihan editor", Kind::Related),
    ("pilihan redaksi", Kind::Related),
    ("trending", Kind::Related),
    ("lihat juga", Kind::Related),
    ("simak juga", Kind::Related),
    ("most popular", Kind::Related),
    ("related", Kind::Related),
    ("related posts", Kind::Related),
    ("read more", Kind::Related),
    ("video pilihan", Kind::Related),
    ("tonton juga", Kind::Related),
    ("simak video", Kind::Related),
    ("berita pilihan", Kind::Related),
    // share
    ("bagikan", Kind::Share),
    ("bagikan artikel", Kind::Share),
    ("bagikan artikel ini", Kind::Share),
    ("bagikan berita", Kind::Share),
    ("share", Kind::Share),
    ("share this", Kind::Share),
    ("share artikel", Kind::Share),
    ("salin tautan", Kind::Share),
    ("salin link", Kind::Share),
    ("copy link", Kind::Share),
    ("tautan disalin", Kind::Share),
    ("link disalin", Kind::Share),
    // navigation
    ("beranda", Kind::Navigation),
    ("home", Kind::Navigation),
    ("menu", Kind::Navigation),
    ("tag", Kind::Navigation),
    ("tags", Kind::Navigation),
    ("topik", Kind::Navigation),
    ("cari", Kind::Navigation),
    ("search", Kind::Navigation),
    ("indeks", Kind::Navigation),
    ("indeks berita", Kind::Navigation),
    ("selanjutnya", Kind::Navigation),
    ("sebelumnya", Kind::Navigation),
    ("berikutnya", Kind::Navigation),
    ("halaman selanjutnya", Kind::Navigation),
    ("lihat semua", Kind::Navigation),
    ("selengkapnya", Kind::Navigation),
    ("masuk", Kind::Navigation),
    ("daftar", Kind::Navigation),
    ("login", Kind::Navigation),
    ("kembali ke atas", Kind::Navigation),
    ("lihat foto", Kind::Navigation),
    ("baca selengkapnya", Kind::Navigation),
    ("halaman", Kind::Navigation),
    // ads
    ("advertisement", Kind::Ads),
    ("advertisment", Kind::Ads),
    ("iklan", Kind::Ads),
    ("ads", Kind::Ads),
    ("sponsored", Kind::Ads),
    ("konten sponsor", Kind::Ads),
    ("advertorial", Kind::Ads),
    ("scroll to continue with content", Kind::Ads),
    ("scroll to resume content", Kind::Ads),
    ("gulir untuk melanjutkan", Kind::Ads),
    ("scroll untuk melanjutkan", Kind::Ads),
    // footer
    ("tentang kami", Kind::Footer),
    ("redaksi", Kind::Footer),
    ("susunan redaksi", Kind::Footer),
    ("kontak", Kind::Footer),
    ("kontak kami", Kind::Footer),
    ("hubungi kami", Kind::Footer),
    ("kebijakan privasi", Kind::Footer),
    ("pedoman media siber", Kind::Footer),
    ("pedoman pemberitaan media siber", Kind::Footer),
    ("syarat dan ketentuan", Kind::Footer),
    ("syarat & ketentuan", Kind::Footer),
    ("karir", Kind::Footer),
    ("karier", Kind::Footer),
    ("disclaimer", Kind::Footer),
    ("info iklan", Kind::Footer),
    ("sitemap", Kind::Footer),
    ("privacy policy", Kind::Footer),
    ("about us", Kind::Footer),
    // bylines
    ("penulis", Kind::Byline),
    ("editor", Kind::Byline),
    ("reporter", Kind::Byline),
    ("pewarta", Kind::Byline),
    ("redaktur", Kind::Byline),
    ("fotografer", Kind::Byline),
    ("kontributor", Kind::Byline),
    // instructions
    ("setuju", Kind::Instructions),
    ("saya setuju", Kind::Instructions),
    ("terima", Kind::Instructions),
    ("tolak", Kind::Instructions),
    ("izinkan", Kind::Instructions),
    ("nanti saja", Kind::Instructions),
    ("tidak sekarang", Kind::Instructions),
    ("anda selesai", Kind::Instructions),
    ("accept", Kind::Instructions),
    ("ok", Kind::Instructions),
    ("oke", Kind::Instructions),
    ("tutup", Kind::Instructions),
    ("close", Kind::Instructions),
    ("langganan", Kind::Instructions),
    ("berlangganan", Kind::Instructions),
    ("subscribe", Kind::Instructions),
];

/// Blocks that start with the cue (followed by `:`, a space or the end).
const PREFIX: &[(&str, Kind)] = &[
    ("baca juga", Kind::Related),
    ("baca pula", Kind::Related),
    ("baca:", Kind::Related),
    ("simak juga", Kind::Related),
    ("simak:", Kind::Related),
    ("lihat juga", Kind::Related),
    ("tonton juga", Kind::Related),
    ("saksikan juga", Kind::Related),
    ("berita terkait", Kind::Related),
    ("artikel terkait", Kind::Related),
    ("read also", Kind::Related),
    ("baca berita", Kind::Related),
    ("klik untuk baca", Kind::Related),
    ("[gambas", Kind::Related),
    ("simak video", Kind::Related),
    ("artikel ini telah tayang", Kind::Byline),
    ("artikel ini telah terbit", Kind::Byline),
    ("sumber:", Kind::Byline),
    ("tag:", Kind::Navigation),
    ("tags:", Kind::Navigation),
    ("topik:", Kind::Navigation),
    ("kata kunci:", Kind::Navigation),
    ("keyword:", Kind::Navigation),
    ("kategori:", Kind::Navigation),
    ("penulis:", Kind::Byline),
    ("penulis :", Kind::Byline),
    ("editor:", Kind::Byline),
    ("editor :", Kind::Byline),
    ("reporter:", Kind::Byline),
    ("reporter :", Kind::Byline),
    ("pewarta:", Kind::Byline),
    ("pewarta :", Kind::Byline),
    ("redaktur:", Kind::Byline),
    ("kontributor:", Kind::Byline),
    ("oleh:", Kind::Byline),
    ("oleh ", Kind::Byline),
    ("ditulis oleh", Kind::Byline),
    ("diterbitkan", Kind::Byline),
    ("dipublikasikan", Kind::Byline),
    ("diperbarui", Kind::Byline),
    ("terakhir diperbarui", Kind::Byline),
    ("foto:", Kind::Caption),
    ("foto :", Kind::Caption),
    ("(foto:", Kind::Caption),
    ("ilustrasi", Kind::Caption),
    ("foto ilustrasi", Kind::Caption),
    ("dok.", Kind::Caption),
    ("©", Kind::Footer),
    ("(c) ", Kind::Footer),
    ("copyright", Kind::Footer),
    ("hak cipta", Kind::Footer),
    ("powered by", Kind::Footer),
    ("all rights reserved", Kind::Footer),
    ("advertisement", Kind::Ads),
    ("scroll to continue", Kind::Ads),
    ("iklan:", Kind::Ads),
    ("download aplikasi", Kind::Instructions),
    ("unduh aplikasi", Kind::Instructions),
    ("ikuti kami", Kind::Instructions),
    ("ikuti berita", Kind::Instructions),
    ("follow us", Kind::Instructions),
    ("dapatkan update", Kind::Instructions),
    ("dapatkan berita", Kind::Instructions),
    ("dapatkan informasi", Kind::Instructions),
    ("cara untuk mendapatkan", Kind::Instructions),
    ("simak breaking news", Kind::Instructions),
    ("ikuti whatsapp", Kind::Instructions),
    ("ikuti saluran", Kind::Instructions),
    ("gabung grup", Kind::Instructions),
    ("ikuti langkah", Kind::Instructions),
    ("klik di sini", Kind::Instructions),
    ("klik ikon", Kind::Instructions),
    ("kami menggunakan cookie", Kind::Instructions),
    ("situs ini menggunakan", Kind::Instructions),
    ("website ini menggunakan", Kind::Instructions),
    ("bagaimana tanggapan anda", Kind::Comments),
    ("bagaimana reaksi anda", Kind::Comments),
    ("apa reaksi anda", Kind::Comments),
    ("login untuk", Kind::Comments),
    ("masuk untuk", Kind::Comments),
    ("silakan login", Kind::Comments),
    ("komentar (", Kind::Comments),
    ("bagikan:", Kind::Share),
    ("share:", Kind::Share),
    ("bagikan artikel", Kind::Share),
];

/// Cues found anywhere in a short block (under [`CONTAINS_MAX`] bytes).
const CONTAINS: &[(&str, Kind)] = &[
    ("notifikasi", Kind::Instructions),
    ("notification", Kind::Instructions),
    ("cookie", Kind::Instructions),
    ("izinkan", Kind::Instructions),
    ("klik allow", Kind::Instructions),
    ("setting browser", Kind::Instructions),
    ("pengaturan browser", Kind::Instructions),
    ("pengaturan/setting", Kind::Instructions),
    ("berlangganan", Kind::Instructions),
    ("newsletter", Kind::Instructions),
    ("aktifkan", Kind::Instructions),
    ("unduh aplikasi", Kind::Instructions),
    ("download aplikasi", Kind::Instructions),
    ("google news", Kind::Instructions),
    ("saluran whatsapp", Kind::Instructions),
    ("channel whatsapp", Kind::Instructions),
    ("whatsapp channel", Kind::Instructions),
    ("grup telegram", Kind::Instructions),
    ("tanggapan anda", Kind::Comments),
    ("komentar anda", Kind::Comments),
    ("berkomentar", Kind::Comments),
    ("hak cipta", Kind::Footer),
    ("all rights reserved", Kind::Footer),
    ("dilindungi undang-undang", Kind::Footer),
    ("scroll to continue", Kind::Ads),
];

/// The block length under which [`CONTAINS`] cues count.
pub(crate) const CONTAINS_MAX: usize = 160;

/// Words a share bar is made of.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "line",
    "linkedin",
    "email",
    "e-mail",
    "x",
    "pinterest",
    "copy",
    "link",
    "salin",
    "tautan",
    "bagikan",
    "share",
    "fb",
    "wa",
    "tweet",
    "instagram",
    "tiktok",
    "youtube",
    "print",
    "cetak",
    "kirim",
    "reddit",
    "threads",
    "messenger",
    "tw",
    "in",
];

/// Agencies and sources whose name closes a photo caption (`... /ANTARA`, `(AFP)`).
const CAPTION_SOURCES: &[&str] = &[
    "antara",
    "antara foto",
    "afp",
    "reuters",
    "ap",
    "getty images",
    "epa",
    "shutterstock",
    "istimewa",
    "dok",
    "dok.",
    "dokumentasi",
    "ist",
    "ist.",
];

/// The lower-cased block with leading and trailing punctuation, digits in brackets and arrows trimmed.
fn core(lower: &str) -> &str {
    let t = lower.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | '.' | '!' | '>' | '<' | '»' | '«' | '|' | '-' | '–' | '—' | '…' | '*'
            )
    });
    // "Komentar (12)", "Komentar 12"
    let t = match t.rfind(['(', ' ']) {
        Some(i)
            if t[i + 1..]
                .trim_end_matches(')')
                .chars()
                .all(|c| c.is_ascii_digit())
                && t.len() > i + 1 =>
        {
            t[..i].trim_end()
        }
        _ => t,
    };
    t.trim_end_matches(|c: char| c.is_whitespace() || c == ':')
}

/// The kind a block's text announces, if any, and how strongly.
pub(crate) fn text_cue(text: &str) -> Option<(Kind, Strength)> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    // Cues sit at the start: look at a bounded prefix, lower-cased.
    let head: String = text
        .chars()
        .take(200)
        .flat_map(char::to_lowercase)
        .collect();
    let c = core(&head);
    if let Some(&(_, kind)) = WHOLE.iter().find(|(w, _)| *w == c) {
        return Some((kind, Strength::Heading));
    }
    for &(p, kind) in PREFIX {
        if let Some(rest) = head.strip_prefix(p) {
            let boundary = p.ends_with([':', ' ', '(', '.'])
                || rest.is_empty()
                || rest.starts_with(|ch: char| !ch.is_alphanumeric());
            // A long paragraph that opens with "oleh" or "ilustrasi" is prose, not a byline or caption.
            let short_enough = !matches!(kind, Kind::Byline | Kind::Caption)
                || text.len() < 300
                || p.ends_with(':');
            if boundary && short_enough {
                return Some((kind, Strength::Line));
            }
        }
    }
    if text.len() < CONTAINS_MAX
        && let Some(&(_, kind)) = CONTAINS.iter().find(|(w, _)| head.contains(w))
    {
        return Some((kind, Strength::Line));
    }
    if is_share_bar(&head) {
        return Some((Kind::Share, Strength::Line));
    }
    if is_caption(text, &head) {
        return Some((Kind::Caption, Strength::Line));
    }
    if is_byline(text, &head) {
        return Some((Kind::Byline, Strength::Line));
    }
    // A lone lower-case word (a tracker's name left in the text: `comscore`).
    if !text.contains(char::is_whitespace)
        && text.len() < 40
        && text.chars().next().is_some_and(char::is_lowercase)
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return Some((Kind::Ads, Strength::Line));
    }
    None
}

/// A line made of share-network names only (at least two of them, or one with a share word).
fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',' | ':'))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.len() <= 12 && words.iter().all(|w| SHARE_WORDS.contains(w))
}

/// A photo caption: a line that closes with a source in brackets or after a slash (`(Foto: ANTARA/Budi)`,
/// `... di Jenewa./AFP`).
fn is_caption(text: &str, lower: &str) -> bool {
    if text.len() > 400 || lower.len() >= 200 * 4 {
        return false;
    }
    let t = lower.trim_end();
    if let Some(open) = t.rfind('(') {
        let inner = t[open + 1..].trim_end_matches(')');
        if t.ends_with(')')
            && (inner.starts_with("foto")
                || inner.starts_with("dok")
                || inner.starts_with("ilustrasi"))
        {
            return true;
        }
        if t.ends_with(')')
            && inner.contains('/')
            && CAPTION_SOURCES.iter().any(|s| inner.starts_with(s))
        {
            return true;
        }
    }
    if let Some(slash) = t.rfind('/') {
        let source = t[slash + 1..].trim().trim_end_matches('.');
        let before = t[..slash].trim_end();
        if before.ends_with(['.', ')']) && CAPTION_SOURCES.iter().any(|s| source.starts_with(s)) {
            return true;
        }
    }
    false
}

/// A byline or dateline line: editor initials alone (`(FJR)`, `(ant/fjr)`), or a short line with a clock time
/// and a time zone (`Budi Santoso - 21 Januari 2022 19:36 WIB`).
fn is_byline(text: &str, lower: &str) -> bool {
    let t = text.trim();
    if t.len() <= 24 && t.starts_with('(') && t.ends_with(')') {
        let inner = &t[1..t.len() - 1];
        if !inner.is_empty()
            && inner
                .split(['/', ',', ' '])
                .filter(|p| !p.is_empty())
                .all(|p| (2..=6).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        {
            return true;
        }
    }
    if t.len() > 120 {
        return false;
    }
    let zone = [" wib", " wita", " wit", " gmt", " utc"].iter().any(|z| {
        lower.match_indices(z).any(|(i, _)| {
            let after = &lower[i + z.len()..];
            after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric())
        })
    });
    let clock = lower
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && (w[1] == b':' || w[1] == b'.') && w[2].is_ascii_digit());
    // Names, a date and a time: at most one lower-case word (`oleh`, `diperbarui`); a sentence has more.
    let lower_words = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    zone && clock && lower_words <= 1
}

/// The kind the class names, ids and element names of a block's ancestors announce, innermost first: the
/// nearest element that names a region decides. `Some(None)` means the nearest such element is an article
/// container (`<article>`, `class="entry-content"`), which shields the block from regions further out.
pub(crate) fn markup_cue(path: &str, markup: &str) -> Option<Option<Kind>> {
    let names: Vec<&str> = path.split(' ').filter(|s| !s.is_empty()).collect();
    let mut words = markup.split(' ').filter(|s| !s.is_empty()).peekable();
    for (i, &name) in names.iter().enumerate() {
        // markup: each element's name, then its class names and id.
        match words.peek() {
            Some(&w) if w == name => {
                words.next();
            }
            _ => {}
        }
        let next = names.get(i + 1).copied();
        let mut tokens = Vec::new();
        while let Some(&w) = words.peek() {
            if Some(w) == next {
                break;
            }
            tokens.push(w);
            words.next();
        }
        if matches!(name, "body" | "html") {
            return None;
        }
        if let Some(found) = element_cue(name) {
            return Some(found);
        }
        for token in &tokens {
            if let Some(kind) = token_kind(token) {
                return Some(Some(kind));
            }
        }
        if tokens.iter().any(|t| is_content_token(t)) {
            return Some(None);
        }
    }
    None
}

fn element_cue(name: &str) -> Option<Option<Kind>> {
    Some(match name {
        "nav" => Some(Kind::Navigation),
        "footer" => Some(Kind::Footer),
        "aside" => Some(Kind::Related),
        "figcaption" | "caption" => Some(Kind::Caption),
        "button" | "select" | "label" => Some(Kind::Navigation),
        "article" | "main" => None,
        _ => return None,
    })
}

/// Parts of class names and ids that name a boilerplate region, matched against the parts of a token split
/// at `-` and `_` (`share-bar` → `share`).
const TOKEN_PARTS: &[(&str, Kind)] = &[
    ("nav", Kind::Navigation),
    ("navbar", Kind::Navigation),
    ("navigation", Kind::Navigation),
    ("menu", Kind::Navigation),
    ("breadcrumb", Kind::Navigation),
    ("breadcrumbs", Kind::Navigation),
    ("topbar", Kind::Navigation),
    ("tag", Kind::Navigation),
    ("tags", Kind::Navigation),
    ("topic", Kind::Navigation),
    ("topik", Kind::Navigation),
    ("pagination", Kind::Navigation),
    ("pager", Kind::Navigation),
    ("masthead", Kind::Navigation),
    ("related", Kind::Related),
    ("terkait", Kind::Related),
    ("bacajuga", Kind::Related),
    ("readalso", Kind::Related),
    ("populer", Kind::Related),
    ("popular", Kind::Related),
    ("terpopuler", Kind::Related),
    ("trending", Kind::Related),
    ("recommended", Kind::Related),
    ("recommendation", Kind::Related),
    ("rekomendasi", Kind::Related),
    ("lainnya", Kind::Related),
    ("sidebar", Kind::Related),
    ("widget", Kind::Related),
    ("terbaru", Kind::Related),
    ("latest", Kind::Related),
    ("share", Kind::Share),
    ("sharing", Kind::Share),
    ("social", Kind::Share),
    ("sosmed", Kind::Share),
    ("bagikan", Kind::Share),
    ("comment", Kind::Comments),
    ("comments", Kind::Comments),
    ("komentar", Kind::Comments),
    ("disqus", Kind::Comments),
    ("respond", Kind::Comments),
    ("replies", Kind::Comments),
    ("cookie", Kind::Instructions),
    ("cookies", Kind::Instructions),
    ("consent", Kind::Instructions),
    ("gdpr", Kind::Instructions),
    ("notif", Kind::Instructions),
    ("notification", Kind::Instructions),
    ("newsletter", Kind::Instructions),
    ("subscribe", Kind::Instructions),
    ("langganan", Kind::Instructions),
    ("popup", Kind::Instructions),
    ("modal", Kind::Instructions),
    ("onesignal", Kind::Instructions),
    ("ad", Kind::Ads),
    ("ads", Kind::Ads),
    ("advert", Kind::Ads),
    ("advertisement", Kind::Ads),
    ("iklan", Kind::Ads),
    ("banner", Kind::Ads),
    ("sponsor", Kind::Ads),
    ("sponsored", Kind::Ads),
    ("promo", Kind::Ads),
    ("dfp", Kind::Ads),
    ("adsbygoogle", Kind::Ads),
    ("footer", Kind::Footer),
    ("copyright", Kind::Footer),
    ("caption", Kind::Caption),
    ("figcaption", Kind::Caption),
    ("author", Kind::Byline),
    ("byline", Kind::Byline),
    ("penulis", Kind::Byline),
    ("editor", Kind::Byline),
    ("reporter", Kind::Byline),
    ("dateline", Kind::Byline),
    ("date", Kind::Byline),
    ("time", Kind::Byline),
    ("timestamp", Kind::Byline),
    ("published", Kind::Byline),
];

/// Parts of class names and ids of article containers.
const CONTENT_PARTS: &[&str] = &[
    "content", "article", "artikel", "entry", "story", "detail", "post", "body", "isi", "read",
    "berita", "text", "txt", "main",
];

fn parts(token: &str) -> impl Iterator<Item = &str> {
    token.split(['-', '_', ':']).filter(|p| !p.is_empty())
}

fn token_kind(token: &str) -> Option<Kind> {
    // "wp-caption-text": a caption; "article-share": a share bar; the first part that names a region decides.
    parts(token).find_map(|p| TOKEN_PARTS.iter().find(|(w, _)| *w == p).map(|&(_, k)| k))
}

fn is_content_token(token: &str) -> bool {
    parts(token).any(|p| CONTENT_PARTS.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_cues_ignore_counts_and_punctuation() {
        assert_eq!(
            text_cue("Komentar (12)"),
            Some((Kind::Comments, Strength::Heading))
        );
        assert_eq!(
            text_cue("  LOADING... "),
            Some((Kind::Comments, Strength::Heading))
        );
        assert_eq!(
            text_cue("Berita Terkait »"),
            Some((Kind::Related, Strength::Heading))
        );
        assert_eq!(
            text_cue("Baca juga: Biden dan Putin Bertelepon"),
            Some((Kind::Related, Strength::Line))
        );
        assert_eq!(
            text_cue("BACA JUGA: Harga Cabai Naik"),
            Some((Kind::Related, Strength::Line))
        );
    }

    #[test]
    fn prose_is_not_a_cue() {
        assert_eq!(
            text_cue("Pemerintah menaikkan harga BBM pada Senin, kata menteri."),
            None
        );
        assert_eq!(text_cue("Bacaan doa itu diajarkan sejak kecil."), None);
        // "oleh" opening a long paragraph is prose.
        let long = format!(
            "Oleh karena itu, {}",
            "pemerintah akan terus memantau situasi di lapangan. ".repeat(8)
        );
        assert_eq!(text_cue(&long), None);
    }

    #[test]
    fn captions_bylines_and_share_bars() {
        assert_eq!(
            text_cue("Menlu AS Antony Blinken dan Menlu Rusia Sergei Lavrov di Jenewa./AFP"),
            Some((Kind::Caption, Strength::Line))
        );
        assert_eq!(
            text_cue("Warga mengungsi dari banjir. (ANTARA FOTO/Budi Santoso)"),
            Some((Kind::Caption, Strength::Line))
        );
        assert_eq!(
            text_cue("Marcheilla Ariesta - 21 Januari 2022 19:36 WIB"),
            Some((Kind::Byline, Strength::Line))
        );
        assert_eq!(text_cue("(FJR)"), Some((Kind::Byline, Strength::Line)));
        assert_eq!(text_cue("Rp12.500 naik 3,5 persen pukul 19:36 WIB"), None);
        assert_eq!(text_cue("(ant/fjr)"), Some((Kind::Byline, Strength::Line)));
        assert_eq!(
            text_cue("Facebook Twitter WhatsApp"),
            Some((Kind::Share, Strength::Line))
        );
        assert_eq!(text_cue("comscore"), Some((Kind::Ads, Strength::Line)));
    }

    #[test]
    fn markup_nearest_region_decides() {
        assert_eq!(
            markup_cue("a li ul div body", "a li ul div share-bar body"),
            Some(Some(Kind::Share))
        );
        assert_eq!(
            markup_cue("p div div body", "p div entry-content div comments body"),
            Some(None)
        );
        assert_eq!(
            markup_cue("p div body", "p div body single-post has-comments"),
            None
        );
        assert_eq!(
            markup_cue("a li ul nav body", "a li ul nav body"),
            Some(Some(Kind::Navigation))
        );
        assert_eq!(markup_cue("p div body", "p div uploads body"), None);
        assert_eq!(
            markup_cue("span figcaption figure", "span figcaption figure"),
            Some(Some(Kind::Caption))
        );
    }
}
