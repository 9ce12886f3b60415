//! # urai-expressions: dates, times, numbers and money in Indonesian text, as normalised values
//!
//! The recogniser takes a text, its tokens as byte spans and its sentences as ranges of token indices (any
//! tokenizer will do; it knows nothing of urai's) and finds, per sentence, the expressions below, each with a
//! canonical value. An optional anchor date (the document's date) resolves relative dates; without one they
//! stay relative, never guessed from the clock.
//!
//! ```
//! use urai_expressions::{find_in_text, Date, ExprType};
//!
//! let text = "Jumat, 21 Januari 2022 19:36 WIB harga naik 12,5 persen menjadi Rp5.000,00 sejak pekan lalu.";
//! let anchor: Date = "2022-01-21".parse().unwrap();
//! let found = find_in_text(text, Some(anchor));
//! let got: Vec<(&str, ExprType, &str)> =
//!     found.iter().map(|e| (&text[e.start..e.end], e.kind, e.value.as_str())).collect();
//! assert_eq!(got, [
//!     ("Jumat, 21 Januari 2022 19:36 WIB", ExprType::Time, "2022-01-21T19:36+07:00"),
//!     ("12,5 persen", ExprType::Percent, "12.5"),
//!     ("Rp5.000,00", ExprType::Money, "IDR 5000"),
//!     ("pekan lalu", ExprType::Date, "2022-W02"),
//! ]);
//! // Without an anchor the relative date keeps its offset.
//! assert_eq!(find_in_text("pekan lalu", None)[0].value, "-P1W");
//! ```
//!
//! # Values
//!
//! | type | examples (text → value) |
//! |---|---|
//! | `DATE` | `21 Januari 2022` → `2022-01-21`; `Januari 2022` → `2022-01`; `tahun 2009` → `2009`; `1990-an` → `199X`; `21 Januari` → `XXXX-01-21` (year unknown, no anchor); `Jumat (21/1)` → `XXXX-01-21`; `Senin` → `XXXX-WXX-1`; `21-23 Januari 2022` → `2022-01-21..2022-01-23`; `awal Maret 2022` → `2022-03` with flag `start` |
//! | `DATE`, relative | `kemarin` → `-P1D`, `besok` → `+P1D`, `hari ini` → `+P0D`, `pekan lalu` → `-P1W`, `bulan ini` → `+P0M`, `dua tahun lalu` → `-P2Y`; with anchor 2022-01-21: `2022-01-20`, `2022-01-22`, `2022-01-21`, `2022-W02`, `2022-01`, `2020`; `saat ini` → `PRESENT_REF`, `baru-baru ini` → `PAST_REF`; from a time the text names, with or without an anchor: `sehari sebelumnya` → `-P1D`, `dua pekan kemudian` → `+P2W` |
//! | `DATE`, other | `kuartal pertama 2023` → `2023-Q1`, `semester kedua` → `XXXX-H2`; `April-Mei` → `XXXX-04..XXXX-05`; `Natal` → `XXXX-12-25`, `Tahun Baru` → `XXXX-01-01` (with an anchor, the nearest one) |
//! | `DATE`, Islamic | `1 Ramadan 1443 H` → `2022-04-03` (arithmetic calendar, flag `approximate`); `Ramadan 1443 H` → `2022-04-03..2022-05-02`; `1 Syawal` → resolved with the anchor, else `XXXX-XX-XX` with flag `unresolved` |
//! | `TIME` | `19:36` → `T19:36`; `19.36 WIB` → `T19:36+07:00` (WITA `+08:00`, WIT `+09:00`); `pukul 7 malam` → `T19:00`; `tengah malam` → `T00:00`; `pukul 15.00-17.00 WITA` → `T15:00+08:00..T17:00+08:00`; `21 Januari 2022 19:36 WIB` → `2022-01-21T19:36+07:00`; `Senin pagi` → `XXXX-WXX-1TMO` (`TMO`, `TAF`, `TEV`, `TNI` for morning, afternoon, evening, night) |
//! | `DURATION` | `tiga jam` → `PT3H`; `dua pekan` → `P2W`; `selama 10 tahun` → `P10Y`; `1,5 jam` → `PT1.5H`; `beberapa hari` → `PXD`; `2-3 hari` → `P2D..P3D` |
//! | `SET` | `setiap Senin` → `XXXX-WXX-1`; `tiap tahun` → `P1Y`; `setiap dua pekan` → `P2W` |
//! | `MONEY` | `Rp5.000,00` → `IDR 5000`; `US$2 miliar` → `USD 2000000000`; `Rp 3 - 4 ribu` → `IDR 3000..4000`; `1,2 triliun rupiah` → `IDR 1200000000000`; `€91` → `EUR 91` |
//! | `PERCENT` | `12,5 persen` → `12.5`; `0,2 %` → `0.2`; `10-12 persen` → `10..12` |
//! | `CARDINAL` | `100.000` → `100000`; `1,5 juta` → `1500000`; `dua ratus lima puluh` → `250`; `ratusan` → `~100`, `puluhan ribu` → `~10000` (of the order of) |
//! | `ORDINAL` | `ke-21` → `21`; `kedua` → `2`; `pertama` → `1` |
//! | `QUANTITY` | `50 kilogram` → `50 kg`; `46 juta kiloliter` → `46000000 kl`; `30 km` → `30 km`; `25 derajat Celsius` → `25 °C`; `3 hektare` → `3 ha` |
//!
//! A range is written `low..high`. Numbers are read in Indonesian format (`.` thousands, `,` decimals); a
//! number only English format fits (`1.2`, `1,234,567`) is read so and flagged `english-number`; a shape both
//! fit (`1.234`, `2,615`) is read as thousands and flagged `ambiguous-number` (`100.000`, `2,000`: three zeros
//! are never decimals, so they are not flagged). A weekday written beside a date it does not fall on
//! (`Senin, 21 Januari 2022`) is flagged `weekday-mismatch`; the date is kept.
//!
//! A weekday alone is resolved with an anchor to the nearest such day (three days either way); with `lalu`
//! to the last one before the anchor, with `depan` to the next one after it, with `ini` to the one in the
//! anchor's week. A day and month without a year take the anchor's year.
//!
//! # Spans
//! Spans are byte offsets into the original text, on character boundaries, inside one sentence, in text order
//! and never overlapping. They may end inside a token (`1 Ramadan 1443 H` in a token `H.`).
//!
//! # Panic policy
//! No function panics on any input: text is only sliced with `str::get`, token spans that do not fit the text
//! are skipped, and all arithmetic on values read from the text is checked.

#![deny(missing_docs)]

mod calendar;
pub mod eval;
mod lexicon;
mod number;
mod recognise;
mod starters;

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

pub use calendar::{Date, hijri_to_gregorian};

/// Errors of this crate.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date that is not `YYYY-MM-DD` or does not exist.
    #[error("invalid date {0:?}: expected YYYY-MM-DD")]
    InvalidDate(String),
    /// An expression type name that is not one of [`ExprType::ALL`].
    #[error("unknown expression type {0:?}")]
    UnknownType(String),
}

/// The kind of an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum ExprType {
    /// A calendar date or period, absolute or relative.
    Date,
    /// A time of day, alone or with its date.
    Time,
    /// An amount of time.
    Duration,
    /// A recurring time.
    Set,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A count.
    Cardinal,
    /// A rank.
    Ordinal,
    /// An amount with a unit of measure.
    Quantity,
}

impl ExprType {
    /// Every type, in the order used in reports.
    pub const ALL: [ExprType; 9] = [
        ExprType::Date,
        ExprType::Time,
        ExprType::Duration,
        ExprType::Set,
        ExprType::Money,
        ExprType::Percent,
        ExprType::Cardinal,
        ExprType::Ordinal,
        ExprType::Quantity,
    ];

    /// The type's name: `DATE`, `TIME`, ...
    ///
    /// ```
    /// use urai_expressions::ExprType;
    /// assert_eq!(ExprType::Money.as_str(), "MONEY");
    /// assert_eq!("MONEY".parse::<ExprType>(), Ok(ExprType::Money));
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            ExprType::Date => "DATE",
            ExprType::Time => "TIME",
            ExprType::Duration => "DURATION",
            ExprType::Set => "SET",
            ExprType::Money => "MONEY",
            ExprType::Percent => "PERCENT",
            ExprType::Cardinal => "CARDINAL",
            ExprType::Ordinal => "ORDINAL",
            ExprType::Quantity => "QUANTITY",
        }
    }
}

impl fmt::Display for ExprType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for ExprType {
    type Err = Error;
    fn from_str(s: &str) -> Result<ExprType, Error> {
        ExprType::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| Error::UnknownType(s.to_string()))
    }
}

/// Something to know about a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Flag {
    /// The weekday written beside the date is not the date's weekday.
    WeekdayMismatch,
    /// Converted from the arithmetic Islamic calendar: the announced date can differ by a day or two.
    Approximate,
    /// A number both formats fit (`1.234`, `2,615`), read as thousands.
    AmbiguousNumber,
    /// A number only English format fits (`1.2`, `1,234,567`).
    EnglishNumber,
    /// A date that could not be placed on the calendar (no year and no anchor).
    Unresolved,
    /// `awal`: the start of the period.
    Start,
    /// `pertengahan`, `medio`: the middle of the period.
    Mid,
    /// `akhir`: the end of the period.
    End,
    /// `akhir pekan`: the weekend of the week the value names.
    Weekend,
}

impl Flag {
    /// The flag's name as written in outputs: `weekday-mismatch`, `approximate`, ...
    ///
    /// ```
    /// assert_eq!(urai_expressions::Flag::WeekdayMismatch.as_str(), "weekday-mismatch");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Flag::WeekdayMismatch => "weekday-mismatch",
            Flag::Approximate => "approximate",
            Flag::AmbiguousNumber => "ambiguous-number",
            Flag::EnglishNumber => "english-number",
            Flag::Unresolved => "unresolved",
            Flag::Start => "start",
            Flag::Mid => "mid",
            Flag::End => "end",
            Flag::Weekend => "weekend",
        }
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An expression found: a byte span of the text, its type, its canonical value and flags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expression {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The type.
    pub kind: ExprType,
    /// The canonical value (see the crate documentation).
    pub value: String,
    /// What to know about the value.
    pub flags: Vec<Flag>,
}

/// Finds the expressions of a tokenized text: `tokens` are byte spans into `text`, `sentences` ranges of
/// indices into `tokens`. Expressions never cross a sentence; tokens whose spans do not fit the text are
/// skipped.
///
/// ```
/// use urai_expressions::{find, ExprType};
///
/// let text = "Harga naik 10 persen. Besok turun.";
/// let tokens = [0..5, 6..10, 11..13, 14..20, 20..21, 22..27, 28..33, 33..34];
/// let found = find(text, &tokens, &[0..5, 5..8], None);
/// assert_eq!(found.len(), 2);
/// assert_eq!((found[0].kind, found[0].value.as_str()), (ExprType::Percent, "10"));
/// assert_eq!((found[1].kind, found[1].value.as_str()), (ExprType::Date, "+P1D"));
/// ```
pub fn find(
    text: &str,
    tokens: &[Range<usize>],
    sentences: &[Range<usize>],
    anchor: Option<Date>,
) -> Vec<Expression> {
    let mut out = Vec::new();
    // The span the sentences' tokens cover, lower-cased once for all their words.
    let (mut lo, mut hi) = (usize::MAX, 0);
    for t in sentences
        .iter()
        .filter_map(|s| tokens.get(s.clone()))
        .flatten()
    {
        lo = lo.min(t.start);
        hi = hi.max(t.end);
    }
    let lower = text
        .get(lo..hi)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let text = recognise::Text::new(text, &lower, lo);
    let mut ctx = recognise::Ctx::new(anchor);
    for s in sentences {
        recognise::sentence(&mut ctx, text, tokens, s.clone(), &mut out, true);
    }
    out
}

/// Finds the expressions of a text taken as one sentence, tokens split at whitespace.
///
/// ```
/// let found = urai_expressions::find_in_text("sekitar 100.000 tentara", None);
/// assert_eq!(found[0].value, "100000");
/// ```
pub fn find_in_text(text: &str, anchor: Option<Date>) -> Vec<Expression> {
    let tokens = whitespace_tokens(text);
    let sentences = [Range {
        start: 0,
        end: tokens.len(),
    }];
    find(text, &tokens, &sentences, anchor)
}

/// The byte spans of the runs of non-whitespace in `text`: a tokenization for [`find`] when no tokenizer is
/// at hand.
///
/// ```
/// assert_eq!(urai_expressions::whitespace_tokens(" Rp5.000  naik"), [1..8, 10..14]);
/// ```
pub fn whitespace_tokens(text: &str) -> Vec<Range<usize>> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                tokens.push(s..i);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(s..text.len());
    }
    tokens
}

/// The date a document carries in its dateline: the first expression that names a full calendar date
/// (`DATE` or `TIME`, not relative) starting in the first `within` bytes of the text.
///
/// ```
/// use urai_expressions::{dateline, find_in_text};
///
/// let text = "Marcheilla Ariesta - 21 Januari 2022 19:36 WIB Jenewa: Pembicaraan dimulai kemarin.";
/// let found = find_in_text(text, None);
/// assert_eq!(dateline(&found, 500).map(|d| d.to_string()).as_deref(), Some("2022-01-21"));
/// ```
pub fn dateline(expressions: &[Expression], within: usize) -> Option<Date> {
    expressions
        .iter()
        .take_while(|e| e.start < within)
        .filter(|e| matches!(e.kind, ExprType::Date | ExprType::Time))
        .find_map(|e| e.value.get(..10).and_then(|v| v.parse().ok()))
}

/// Whether a value depends on the document's date (a relative date, or a date without a year) and would
/// change with an anchor.
///
/// ```
/// use urai_expressions::is_relative;
/// assert!(is_relative("-P1D") && is_relative("XXXX-01-21") && !is_relative("2022-01-21"));
/// ```
pub fn is_relative(value: &str) -> bool {
    value.starts_with(['-', '+']) || value.starts_with("XXXX")
}
