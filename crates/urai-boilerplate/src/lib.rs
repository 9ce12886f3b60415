//! urai-boilerplate: which blocks of a web page (or lines of a crawled page flattened to text) are the
//! article, and which are boilerplate: menus, `Baca juga:` inserts and related-article lists, share bars,
//! comment sections, notification and cookie instructions, ads, footers and bylines. Photo captions are
//! kept as content but marked.
//!
//! The classifier works on a page's blocks in order, each with its text and, for HTML, the markup it sits in
//! ([`Block`]). It follows jusText's design with the markup signals trafilatura uses and Indonesian cue
//! phrases:
//!
//! 1. **Cues decide first.** A block that is a cue alone (`Komentar`, `Berita Terkait`, `LOADING`) is
//!    boilerplate of that kind and heads a region; a block that opens with one (`Baca juga: ...`,
//!    `Penulis: ...`), a share bar (`Facebook Twitter WhatsApp`), a short block naming notifications or
//!    cookies, a photo caption (`... (ANTARA FOTO/Budi)`) or a byline (`(FJR)`, `... 19:36 WIB`) is too. Then
//!    the markup: the nearest ancestor that names a region (`<nav>`, `<footer>`, `class="share-bar"`,
//!    `id="comments"`) decides, unless an article container (`<article>`, `class="entry-content"`) is nearer.
//! 2. **The rest by density.** A block with over 40 % of its bytes in links is bad; a short one (under 60
//!    bytes) waits for its context; a long one (100 bytes or more) whose words are often function words
//!    (Indonesian stopwords, from the caller) or that reads as sentences is good, a middling one near-good,
//!    a title-like line (capitalised words, no full stop) short, the others bad.
//! 3. **Context.** A near-good block next to a good one is good; a short block is good unless bad blocks
//!    (or the page's ends) are on both sides; a heading followed by good text is good. A region headed by
//!    `Komentar` runs to the next good block that is not in it (comments are prose too, so a comments region
//!    runs to the page's end unless markup or a cue ends it).
//! 4. **Kinds.** A bad block takes the kind of its cue or markup, else of the region it is in, else by place:
//!    navigation before the article, footer after it, related links inside it. A page with no good block
//!    (a lone sentence, a list) has no article to set the rest against: only cues and markup flag blocks there.
//!
//! ```
//! use urai_boilerplate::{Classifier, Kind, Label};
//!
//! let stop = |w: &str| ["yang", "di", "dan", "ini", "itu", "untuk", "dengan", "akan", "dari", "ke"]
//!     .contains(&w.to_lowercase().as_str());
//! let classifier = Classifier::new(stop);
//! let text = "Menlu Bertemu di Jenewa\n\
//!             Pertemuan ini dilakukan untuk mengurangi ketegangan di perbatasan dan akan dilanjutkan \
//!             dengan pembicaraan yang lebih luas dari pekan lalu, kata juru bicara itu kepada wartawan.\n\
//!             Baca juga: Biden dan Putin Bertelepon\n\
//!             Komentar\n\
//!             LOADING";
//! let labels: Vec<Label> = classifier.classify_text(text).into_iter().map(|(_, l)| l).collect();
//! assert_eq!(labels, [
//!     Label::Content,
//!     Label::Content,
//!     Label::Boilerplate(Kind::Related),
//!     Label::Boilerplate(Kind::Comments),
//!     Label::Boilerplate(Kind::Comments),
//! ]);
//! ```
//!
//! # Panics
//!
//! Nothing here panics on any input; the classifier holds no state between calls and is `Send + Sync`.
#![warn(missing_docs)]

mod cues;

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use cues::Strength;
use serde::{Deserialize, Serialize};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A string that names no [`Kind`].
    #[error("unknown boilerplate kind {0:?} (expected one of {list})", list = Kind::ALL.map(Kind::as_str).join(", "))]
    UnknownKind(String),
}

/// What a boilerplate block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Menus, breadcrumbs, tag lists, pagination, login links.
    Navigation,
    /// `Baca juga:` inserts and lists of links to other articles (`Berita Terkait`, `Terpopuler`).
    Related,
    /// Share bars and prompts (`Bagikan`, `Facebook Twitter WhatsApp`, `Salin tautan`).
    Share,
    /// Comment sections, their headings, forms and reactions (`Komentar`, `LOADING`, `Bagaimana tanggapan
    /// anda ...?`).
    Comments,
    /// Notices addressed to the reader: browser notifications, cookies, newsletters, apps.
    Instructions,
    /// Advertisements and their labels (`ADVERTISEMENT`, `Scroll to continue with content`), trackers.
    Ads,
    /// Footers: copyright, `Tentang Kami`, `Pedoman Media Siber`, addresses.
    Footer,
    /// Author, editor and time-stamp lines (`Penulis: ...`, `(FJR)`, `21 Januari 2022 19:36 WIB`).
    Byline,
    /// Photo and video captions: content, kept and annotated, but marked.
    Caption,
}

impl Kind {
    /// Every kind, in the order of the enum.
    pub const ALL: [Kind; 9] = [
        Kind::Navigation,
        Kind::Related,
        Kind::Share,
        Kind::Comments,
        Kind::Instructions,
        Kind::Ads,
        Kind::Footer,
        Kind::Byline,
        Kind::Caption,
    ];

    /// The kind's name, as written in JSONL (`"navigation"`, `"related"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Navigation => "navigation",
            Kind::Related => "related",
            Kind::Share => "share",
            Kind::Comments => "comments",
            Kind::Instructions => "instructions",
            Kind::Ads => "ads",
            Kind::Footer => "footer",
            Kind::Byline => "byline",
            Kind::Caption => "caption",
        }
    }

    /// Whether blocks of this kind are part of the article all the same (captions are).
    pub fn is_content(self) -> bool {
        self == Kind::Caption
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Kind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Kind, Error> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| Error::UnknownKind(s.to_owned()))
    }
}

/// The verdict on one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Label {
    /// Article text.
    Content,
    /// Not the article (or, for [`Kind::Caption`], article text that is marked).
    Boilerplate(Kind),
}

impl Label {
    /// Whether the block belongs to the article's text (content and captions).
    pub fn is_content(self) -> bool {
        match self {
            Label::Content => true,
            Label::Boilerplate(kind) => kind.is_content(),
        }
    }

    /// The kind, for a boilerplate block.
    pub fn kind(self) -> Option<Kind> {
        match self {
            Label::Content => None,
            Label::Boilerplate(kind) => Some(kind),
        }
    }
}

/// One block of a page: a line of text and, for HTML, the markup around it. Every field but `text` may be
/// left at its default for plain text ([`Block::line`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Block<'a> {
    /// The block's text.
    pub text: &'a str,
    /// The names of the elements holding the block, innermost first, separated by spaces (`"a li ul nav
    /// body html"`).
    pub path: &'a str,
    /// Each of those elements as its name followed by its class names and id, lower-cased, innermost first,
    /// separated by spaces (`"a li ul nav main-menu body html"`).
    pub markup: &'a str,
    /// Bytes of `text` inside links.
    pub link_bytes: usize,
    /// The level of the heading (`h1`..`h6`) the block is in, 0 for none.
    pub heading: u8,
    /// The block is a list item.
    pub list_item: bool,
}

impl<'a> Block<'a> {
    /// A block of plain text, with no markup.
    pub fn line(text: &'a str) -> Block<'a> {
        Block {
            text,
            ..Block::default()
        }
    }
}

/// The thresholds of the density classification (jusText's parameters, tuned for Indonesian text and
/// urai's stopword list).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Blocks shorter than this many bytes are short: their context decides.
    pub short: usize,
    /// Blocks at least this long, with stopword density at least [`Params::good_stopwords`], are good.
    pub long: usize,
    /// The stopword density of good blocks.
    pub good_stopwords: f32,
    /// The stopword density of near-good blocks.
    pub near_stopwords: f32,
    /// Blocks with more of their bytes in links than this are bad.
    pub link_density: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            short: 60,
            long: 140,
            good_stopwords: 0.22,
            near_stopwords: 0.12,
            link_density: 0.4,
        }
    }
}

/// The classifier: immutable, `Send + Sync`, cheap to share between threads.
pub struct Classifier {
    is_stopword: Box<dyn Fn(&str) -> bool + Send + Sync>,
    params: Params,
}

impl fmt::Debug for Classifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Classifier")
            .field("params", &self.params)
            .finish_non_exhaustive()
    }
}

/// The density class of a block, before and after context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

#[derive(Debug, Clone, Copy)]
struct Judged {
    class: Class,
    /// A kind fixed by a cue or by markup: context does not change it.
    fixed: Option<Kind>,
    /// The cue heads a region (`Komentar`, `Berita Terkait`, `Tentang Kami`).
    heading_cue: bool,
    /// The block is a heading element.
    heading: bool,
    link_heavy: bool,
    list_item: bool,
    /// Words in the block.
    words: usize,
    /// The block reads as a title (capitalised words, no full stop).
    title: bool,
    /// An article container is the nearest region around it.
    in_article: bool,
}

impl Classifier {
    /// A classifier that counts function words with `is_stopword` (give it the language's stopword list:
    /// `urai_stem::is_stopword` for Indonesian), with the default [`Params`].
    pub fn new(is_stopword: impl Fn(&str) -> bool + Send + Sync + 'static) -> Classifier {
        Classifier {
            is_stopword: Box::new(is_stopword),
            params: Params::default(),
        }
    }

    /// The same classifier with other thresholds.
    pub fn with_params(mut self, params: Params) -> Classifier {
        self.params = params;
        self
    }

    /// The thresholds in use.
    pub fn params(&self) -> Params {
        self.params
    }

    /// The label of each block, in order.
    pub fn classify(&self, blocks: &[Block<'_>]) -> Vec<Label> {
        let judged: Vec<Judged> = blocks.iter().map(|b| self.judge(b)).collect();
        let classes = context(&judged);
        kinds(&judged, &classes)
    }

    /// Plain text, line by line: the byte range of each non-blank line (without its line break) and its
    /// label. Blank lines separate blocks and are not blocks themselves.
    pub fn classify_text(&self, text: &str) -> Vec<(Range<usize>, Label)> {
        let ranges = lines(text);
        let blocks: Vec<Block<'_>> = ranges
            .iter()
            .map(|r| Block::line(&text[r.clone()]))
            .collect();
        ranges.into_iter().zip(self.classify(&blocks)).collect()
    }

    fn judge(&self, block: &Block<'_>) -> Judged {
        let text = block.text.trim();
        let p = &self.params;
        let mut words = 0usize;
        let mut stops = 0usize;
        for w in text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if (self.is_stopword)(w) {
                stops += 1;
            }
        }
        let density = if words == 0 {
            0.0
        } else {
            stops as f32 / words as f32
        };
        let link_density = if block.text.is_empty() {
            0.0
        } else {
            block.link_bytes.min(block.text.len()) as f32 / block.text.len() as f32
        };
        let link_heavy = link_density > p.link_density;
        let markup = cues::markup_cue(block.path, block.markup);
        let (mut fixed, mut heading_cue) = (None, false);
        match cues::text_cue(text) {
            // Inside an article container, a line that merely mentions apps or permissions ("Unduh
            // aplikasi ...", "izinkan akses kamera") is the article's own (a how-to); notices in an article
            // sit in markup of their own.
            Some((Kind::Instructions, Strength::Line)) if markup == Some(None) => {}
            Some((kind, strength)) => {
                fixed = Some(kind);
                heading_cue = strength == Strength::Heading
                    && matches!(kind, Kind::Comments | Kind::Related | Kind::Footer);
            }
            None => {}
        }
        if let Some(Some(kind)) = markup {
            // Markup names the region where the text names none, or only calls itself a caption; an ad
            // label in a caption's markup (`<p class="para_caption">ADVERTISEMENT`) is an ad label.
            if fixed.is_none() || fixed == Some(Kind::Caption) {
                fixed = Some(kind);
            }
        }
        // Prose: sentences that end, enough words, some function words (figures and names make a news
        // lead's density low, so a lead that reads as sentences need not reach the density of prose).
        let sentence_like = words >= 8
            && ends_sentence(text)
            && (density >= p.near_stopwords / 2.0 || lower_case_share(text) >= 0.5);
        let class = if link_heavy {
            Class::Bad
        } else if text.len() < p.short {
            Class::Short
        } else if text.len() >= p.long && (density >= p.good_stopwords || sentence_like) {
            Class::Good
        } else if density >= p.near_stopwords || sentence_like {
            Class::NearGood
        } else if is_title(text) && !link_heavy {
            // Headlines and subheadings have few function words: their context decides.
            Class::Short
        } else {
            Class::Bad
        };
        Judged {
            class,
            fixed,
            heading_cue,
            heading: block.heading > 0,
            link_heavy,
            list_item: block.list_item,
            words,
            title: is_title(text),
            in_article: markup == Some(None),
        }
    }
}

/// Non-blank lines of `text`, without their line breaks (and `\r`).
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(start..start + body.len());
        }
        start = end;
    }
    out
}

/// Whether a block ends as a sentence does (a full stop, a question or exclamation mark, a closing quote).
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    t.ends_with(['.', '!', '?', '…']) || t.len() < text.len()
}

/// The share of a block's words that start with a lower-case letter: most of prose's, few of a menu's or
/// an address's.
fn lower_case_share(text: &str) -> f32 {
    let (mut words, mut lower) = (0usize, 0usize);
    for w in text.split_whitespace() {
        if let Some(first) = w.chars().find(|c| c.is_alphanumeric()) {
            words += 1;
            lower += usize::from(first.is_lowercase());
        }
    }
    if words == 0 {
        0.0
    } else {
        lower as f32 / words as f32
    }
}

/// A line that reads as a title: a few words, most of them capitalised, not ending a sentence.
fn is_title(text: &str) -> bool {
    if text.len() > 200 || text.ends_with(['.', ':', ';', ',']) {
        return false;
    }
    let (mut words, mut capitalised) = (0usize, 0usize);
    for w in text.split_whitespace() {
        let Some(first) = w.chars().find(|c| c.is_alphanumeric()) else {
            continue;
        };
        words += 1;
        if first.is_uppercase() || first.is_numeric() {
            capitalised += 1;
        }
    }
    words >= 2 && capitalised * 10 >= words * 6
}

/// Whether a judged block counts as good or bad for its neighbours' context. Inserts count as neither: a
/// byline stands between a headline and its article, and a `Baca juga:` line, an ad label or a share bar
/// inside the article does not end it (a heading such as `Berita Terkait` does).
fn decided(j: &Judged, class: Class) -> Option<bool> {
    match j.fixed {
        Some(Kind::Byline | Kind::Ads | Kind::Share) => None,
        Some(Kind::Related) if !j.heading_cue => None,
        Some(kind) => Some(kind.is_content()),
        None => match class {
            Class::Good => Some(true),
            Class::Bad => Some(false),
            Class::NearGood | Class::Short => None,
        },
    }
}

/// How many blocks after a heading its text may start (past bylines, photo and share blocks).
const HEADING_REACH: usize = 10;

/// jusText's context pass: near-good and short blocks, then headings, from their neighbours.
fn context(judged: &[Judged]) -> Vec<Class> {
    let n = judged.len();
    let mut classes: Vec<Class> = judged.iter().map(|j| j.class).collect();
    // The nearest decided block before and after each block (None: the page's edge, which counts as bad), for
    // every block at once: one pass each way, so a page of many undecided blocks stays linear.
    let near = |classes: &[Class]| -> Vec<(Option<bool>, Option<bool>)> {
        let mut out = vec![(None, None); n];
        let mut seen = None;
        for (k, slot) in out.iter_mut().enumerate() {
            slot.0 = seen;
            seen = decided(&judged[k], classes[k]).or(seen);
        }
        seen = None;
        for (k, slot) in out.iter_mut().enumerate().rev() {
            slot.1 = seen;
            seen = decided(&judged[k], classes[k]).or(seen);
        }
        out
    };
    // Near-good blocks: good next to a good block.
    let snapshot = classes.clone();
    let around = near(&snapshot);
    for i in 0..n {
        if judged[i].fixed.is_none() && snapshot[i] == Class::NearGood {
            let (prev, next) = around[i];
            classes[i] = if prev == Some(true) || next == Some(true) {
                Class::Good
            } else {
                Class::Bad
            };
        }
    }
    // Short blocks: good unless bad on both sides (the page's edges count as bad).
    let snapshot = classes.clone();
    let around = near(&snapshot);
    for i in 0..n {
        if judged[i].fixed.is_none() && snapshot[i] == Class::Short {
            let (prev, next) = around[i];
            let bad_before = prev != Some(true);
            let bad_after = next != Some(true);
            // Between bad and good: a line of a few words is a headline or a subheading, a word or two
            // next to a menu is the menu's.
            classes[i] = match (bad_before, bad_after) {
                (true, true) => Class::Bad,
                (false, false) => Class::Good,
                _ if judged[i].words >= 3 => Class::Good,
                _ => Class::Bad,
            };
        }
    }
    // Headings: good when good text follows within the next few blocks, past bylines, share bars and
    // the like, up to a block that heads a region.
    for i in 0..n {
        if judged[i].heading
            && judged[i].fixed.is_none()
            && !judged[i].link_heavy
            && classes[i] == Class::Bad
        {
            let follows = (i + 1..n.min(i + HEADING_REACH))
                .take_while(|&k| !judged[k].heading_cue)
                .any(|k| judged[k].fixed.is_none() && classes[k] == Class::Good);
            if follows {
                classes[i] = Class::Good;
            }
        }
    }
    classes
}

/// Labels from classes: fixed kinds, regions, and kinds by place for the other bad blocks.
fn kinds(judged: &[Judged], classes: &[Class]) -> Vec<Label> {
    let n = judged.len();
    let first_good = (0..n).find(|&i| judged[i].fixed.is_none() && classes[i] == Class::Good);
    let last_good = (0..n)
        .rev()
        .find(|&i| judged[i].fixed.is_none() && classes[i] == Class::Good);
    let mut labels = Vec::with_capacity(n);
    // The region a heading cue opened, and whether it swallows good blocks (comments do).
    let mut region: Option<Kind> = None;
    for i in 0..n {
        let j = &judged[i];
        if let Some(kind) = j.fixed {
            // Comments, related lists and footers are regions; an ad label or a share prompt is one block.
            if j.heading_cue && matches!(kind, Kind::Comments | Kind::Related | Kind::Footer) {
                region = Some(kind);
            } else if !kind.is_content() && region.is_some_and(|r| r != kind) {
                region = None;
            }
            labels.push(Label::Boilerplate(kind));
            continue;
        }
        let good = classes[i] == Class::Good;
        match region {
            Some(Kind::Comments) if !j.in_article => {
                labels.push(Label::Boilerplate(Kind::Comments));
                continue;
            }
            // A related list runs over links, list items, titles and labels of a word or three (dates,
            // sections); a footer over all but paragraphs. Both end at a heading that is not a link.
            Some(kind)
                if (j.link_heavy
                    || j.list_item
                    || j.words < 4
                    || (j.title && !j.heading)
                    || (kind == Kind::Footer && j.class != Class::Good))
                    && (!j.heading || j.link_heavy) =>
            {
                labels.push(Label::Boilerplate(kind));
                continue;
            }
            _ => region = None,
        }
        // A page with no good block at all (a sentence, a tweet, a list) is not judged by density: without
        // an article to set it against, nothing is boilerplate but what a cue or the markup names.
        if good || first_good.is_none() {
            labels.push(Label::Content);
            continue;
        }
        // A bad block with no cue: the kind of an adjacent fixed block, else by place.
        let adjacent = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter(|&k| k < n)
            .find_map(|k| judged[k].fixed.filter(|k| !k.is_content()));
        let kind = adjacent.unwrap_or(match (first_good, last_good) {
            (Some(f), _) if i < f => Kind::Navigation,
            (_, Some(l)) if i > l => {
                if j.link_heavy || j.list_item {
                    Kind::Related
                } else {
                    Kind::Footer
                }
            }
            _ => Kind::Related,
        });
        labels.push(Label::Boilerplate(kind));
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stop(w: &str) -> bool {
        const LIST: &[&str] = &[
            "yang", "di", "dan", "ini", "itu", "untuk", "dengan", "akan", "dari", "ke", "pada",
            "dalam", "tidak", "juga", "telah", "oleh", "bahwa", "mereka", "kita", "sebagai",
            "adalah", "ada", "atau", "saat",
        ];
        LIST.contains(&w.to_lowercase().as_str())
    }

    const PROSE: &str = "Pemerintah telah menyiapkan anggaran untuk perbaikan jalan yang rusak akibat banjir di \
                         wilayah itu, dan pekerjaan akan dimulai pada pekan depan dengan pengawasan dari dinas.";

    fn labels(text: &str) -> Vec<Label> {
        Classifier::new(stop)
            .classify_text(text)
            .into_iter()
            .map(|(_, l)| l)
            .collect()
    }

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in Kind::ALL {
            assert_eq!(kind.as_str().parse::<Kind>().unwrap(), kind);
        }
        let err = "menu".parse::<Kind>().unwrap_err().to_string();
        assert!(
            err.contains("\"menu\"") && err.contains("navigation"),
            "{err}"
        );
    }

    #[test]
    fn prose_between_menus_is_content() {
        let text =
            format!("Beranda\nNasional\n\n{PROSE}\n{PROSE}\nTentang Kami\nKebijakan Privasi");
        assert_eq!(
            labels(&text),
            [
                Label::Boilerplate(Kind::Navigation),
                Label::Boilerplate(Kind::Navigation),
                Label::Content,
                Label::Content,
                Label::Boilerplate(Kind::Footer),
                Label::Boilerplate(Kind::Footer),
            ]
        );
    }

    #[test]
    fn a_comments_region_runs_over_the_comments() {
        let text = format!("{PROSE}\nKomentar\n{PROSE}\nBalas\n{PROSE}");
        let got = labels(&text);
        assert_eq!(got[0], Label::Content);
        assert!(
            got[1..]
                .iter()
                .all(|l| *l == Label::Boilerplate(Kind::Comments)),
            "{got:?}"
        );
    }

    #[test]
    fn a_related_list_ends_at_the_next_paragraph() {
        let text = format!(
            "{PROSE}\nBerita Terkait\nHarga Cabai Naik Lagi\nBanjir Rendam Kemang\n{PROSE}"
        );
        assert_eq!(
            labels(&text),
            [
                Label::Content,
                Label::Boilerplate(Kind::Related),
                Label::Boilerplate(Kind::Related),
                Label::Boilerplate(Kind::Related),
                Label::Content,
            ]
        );
    }

    #[test]
    fn markup_names_regions_and_article_containers_shield() {
        let c = Classifier::new(stop);
        let blocks = [
            Block {
                text: "Nasional Internasional Ekonomi",
                path: "a li ul nav body",
                markup: "a li ul nav body",
                link_bytes: 28,
                ..Block::default()
            },
            Block {
                text: PROSE,
                path: "p div div body",
                markup: "p div entry-content div comments-open body",
                ..Block::default()
            },
            Block {
                text: "Facebook",
                path: "a div body",
                markup: "a div share-bar body",
                link_bytes: 8,
                ..Block::default()
            },
            Block {
                text: PROSE,
                path: "p li ol div body",
                markup: "p li ol div comment-list body",
                ..Block::default()
            },
            Block {
                text: "Warga menyeberangi sungai.",
                path: "figcaption figure div",
                markup: "figcaption figure div",
                ..Block::default()
            },
        ];
        assert_eq!(
            c.classify(&blocks),
            [
                Label::Boilerplate(Kind::Navigation),
                Label::Content,
                Label::Boilerplate(Kind::Share),
                Label::Boilerplate(Kind::Comments),
                Label::Boilerplate(Kind::Caption),
            ]
        );
        assert!(Label::Boilerplate(Kind::Caption).is_content());
    }

    #[test]
    fn link_lists_inside_the_article_are_related() {
        let c = Classifier::new(stop);
        let link = "Harga Cabai Naik Lagi di Pasar Induk";
        let blocks = [
            Block::line(PROSE),
            Block {
                text: link,
                path: "a li ul div",
                markup: "a li ul div",
                link_bytes: link.len(),
                list_item: true,
                ..Block::default()
            },
            Block::line(PROSE),
        ];
        assert_eq!(
            c.classify(&blocks),
            [
                Label::Content,
                Label::Boilerplate(Kind::Related),
                Label::Content
            ]
        );
    }

    #[test]
    fn text_ranges_skip_blank_lines_and_carriage_returns() {
        let text = "satu dua\r\n\r\n  \nBaca juga: tiga\n";
        let got = Classifier::new(stop).classify_text(text);
        let ranges: Vec<&str> = got.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(ranges, ["satu dua", "Baca juga: tiga"]);
        assert!(Classifier::new(stop).classify_text("").is_empty());
    }
}
