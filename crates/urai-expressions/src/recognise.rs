//! The recogniser: a sentence's tokens are cut into pieces (digit runs, letter runs, single symbols), and
//! patterns over the pieces are tried at each position, the longest match winning.

use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;

use crate::calendar::{hijri_to_gregorian, hijri_year_of};
use crate::lexicon as lx;
use crate::number::{
    Dec, Reading, can_start_number_words, parse_digits, parse_number_words, scale_word,
};
use crate::{Date, ExprType, Expression, Flag};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Num,
    Word,
    Sym,
}

#[derive(Debug)]
struct Piece<'a> {
    start: usize,
    end: usize,
    kind: Kind,
    raw: &'a str,
    /// The lower-case form of a word piece (borrowed when `raw` is already lower-case ASCII).
    lower: Cow<'a, str>,
    /// No space between this piece and the previous one.
    glued: bool,
}

/// A text, and a copy of a span of it with ASCII letters lower-cased (same length, so the same offsets):
/// word pieces borrow their lower-case forms from it instead of each allocating one.
#[derive(Clone, Copy)]
pub(crate) struct Text<'a> {
    raw: &'a str,
    lower: &'a str,
    /// Where `lower` starts in `raw`.
    base: usize,
}

impl<'a> Text<'a> {
    /// `raw` with `lower`, the ASCII-lower-cased copy of `raw[base..base + lower.len()]`.
    pub(crate) fn new(raw: &'a str, lower: &'a str, base: usize) -> Self {
        Text { raw, lower, base }
    }

    /// The ASCII-lower-cased bytes `r` of the text, where the copy covers them.
    fn ascii_lower(&self, r: Range<usize>) -> Option<&'a str> {
        let start = r.start.checked_sub(self.base)?;
        let end = r.end.checked_sub(self.base)?;
        self.lower.get(start..end)
    }
}

/// Cuts a token into pieces.
fn cut<'a>(text: Text<'a>, token: Range<usize>, out: &mut Vec<Piece<'a>>) {
    let Some(tok) = text.raw.get(token.clone()) else {
        return;
    };
    // Most tokens are one word of ASCII letters: one piece, read without decoding.
    if !tok.is_empty() && tok.bytes().all(|b| b.is_ascii_alphabetic()) {
        out.push(Piece {
            start: token.start,
            end: token.end,
            kind: Kind::Word,
            raw: tok,
            lower: match text.ascii_lower(token.clone()) {
                Some(l) => Cow::Borrowed(l),
                None => Cow::Owned(tok.to_ascii_lowercase()),
            },
            glued: out.last().is_some_and(|p| p.end == token.start),
        });
        return;
    }
    let mut chars = tok.char_indices().peekable();
    let mut first = true;
    while let Some((i, c)) = chars.next() {
        let kind = if c.is_ascii_digit() {
            Kind::Num
        } else if c.is_alphabetic() {
            Kind::Word
        } else if c.is_whitespace() {
            first = true;
            continue;
        } else {
            Kind::Sym
        };
        let mut end = i + c.len_utf8();
        if kind != Kind::Sym {
            while let Some(&(j, d)) = chars.peek() {
                let same = match kind {
                    Kind::Num => d.is_ascii_digit(),
                    _ => d.is_alphabetic(),
                };
                if same {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                // A separator inside a number (`5.000,00`, `19:36`, `21/1/2022`) or an apostrophe inside a word
                // (`Jum'at`) joins when the same class follows.
                let joins = match kind {
                    Kind::Num => matches!(d, '.' | ',' | ':' | '/'),
                    _ => d == '\'' || d == '’',
                };
                let after = tok.get(j + d.len_utf8()..).and_then(|r| r.chars().next());
                let continues = after.is_some_and(|a| match kind {
                    Kind::Num => a.is_ascii_digit(),
                    _ => a.is_alphabetic(),
                });
                if joins && continues {
                    chars.next();
                    end = j + d.len_utf8();
                    continue;
                }
                break;
            }
        }
        let raw = tok.get(i..end).unwrap_or("");
        let glued = !first && out.last().is_some_and(|p| p.end == token.start + i);
        let glued = glued || (first && out.last().is_some_and(|p| p.end == token.start + i));
        out.push(Piece {
            start: token.start + i,
            end: token.start + end,
            kind,
            raw,
            lower: if kind != Kind::Word {
                Cow::Borrowed("")
            } else if let Some(l) = text
                .ascii_lower(token.start + i..token.start + end)
                .filter(|_| raw.is_ascii())
            {
                Cow::Borrowed(l)
            } else {
                Cow::Owned(raw.to_lowercase())
            },
            glued,
        });
        first = false;
    }
}

/// One match: pieces `[i, end)`.
#[derive(Debug, Clone)]
struct Hit {
    end: usize,
    kind: ExprType,
    value: String,
    flags: Vec<Flag>,
}

/// A date found: its value, and the calendar date when it names one day.
#[derive(Debug, Clone)]
struct DateHit {
    end: usize,
    value: String,
    date: Option<Date>,
    /// The value names one day (`2022-01-21`, `XXXX-01-21`, `XXXX-WXX-1`): a time may join it.
    day_level: bool,
    flags: Vec<Flag>,
}

/// A number found.
#[derive(Debug, Clone)]
struct NumHit {
    end: usize,
    value: Dec,
    flags: Vec<Flag>,
    /// A scale word (`juta`) was part of it.
    scaled: bool,
    /// Written in digits.
    digits: bool,
}

/// The recogniser's state for one sentence at a time; [`Ctx::load`] reuses its buffers for the next one.
pub(crate) struct Ctx<'a> {
    p: Vec<Piece<'a>>,
    anchor: Option<Date>,
    /// [`Ctx::number`] at each piece: several matchers read the number at the same piece.
    numbers: Memo<NumHit>,
    /// [`Ctx::date`] at each piece (read by the date and the date-time matchers).
    dates: Memo<DateHit>,
}

/// A matcher's result at each piece of a sentence, computed on first use (the table itself too: most
/// sentences never need one).
struct Memo<T> {
    pieces: usize,
    table: RefCell<Vec<Option<Option<T>>>>,
}

impl<T: Clone> Memo<T> {
    fn new() -> Self {
        Memo {
            pieces: 0,
            table: RefCell::new(Vec::new()),
        }
    }

    /// Forgets every result, for a sentence of `pieces` pieces (the table keeps its allocation).
    fn reset(&mut self, pieces: usize) {
        self.pieces = pieces;
        self.table.get_mut().clear();
    }

    /// The result at piece `i`, from `compute` the first time (which may itself read other pieces' results).
    fn get_or(&self, i: usize, compute: impl FnOnce() -> Option<T>) -> Option<T> {
        if let Some(Some(known)) = self.table.borrow().get(i) {
            return known.clone();
        }
        let found = compute();
        let mut table = self.table.borrow_mut();
        if table.is_empty() {
            table.resize(self.pieces, None);
        }
        if let Some(slot) = table.get_mut(i) {
            *slot = Some(found.clone());
        }
        found
    }
}

fn reading_flags(r: Reading) -> Vec<Flag> {
    match r {
        Reading::Indonesian => Vec::new(),
        Reading::English => vec![Flag::EnglishNumber],
        Reading::Ambiguous => vec![Flag::AmbiguousNumber],
    }
}

fn add_flags(into: &mut Vec<Flag>, from: &[Flag]) {
    for f in from {
        if !into.contains(f) {
            into.push(*f);
        }
    }
}

impl<'a> Ctx<'a> {
    /// Whether an expression may start at piece `i`: a number may, a word only if it is in [`crate::starters`],
    /// a symbol only as a currency sign (`$5`, `€91`): every matcher but the currency one needs a number or a
    /// word at its start.
    fn may_start(&self, i: usize) -> bool {
        match self.p.get(i) {
            Some(p) if p.kind == Kind::Word => crate::starters::may_start(self.word(i)),
            Some(p) if p.kind == Kind::Sym => lx::currency_prefix(p.raw).is_some(),
            Some(_) => true,
            None => false,
        }
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.p.get(i).map(|p| p.kind)
    }
    fn word(&self, i: usize) -> &str {
        match self.p.get(i) {
            Some(p) if p.kind == Kind::Word => &p.lower,
            _ => "",
        }
    }
    fn raw(&self, i: usize) -> &str {
        self.p.get(i).map_or("", |p| p.raw)
    }
    fn glued(&self, i: usize) -> bool {
        self.p.get(i).is_some_and(|p| p.glued)
    }
    fn sym(&self, i: usize, s: &str) -> bool {
        self.p
            .get(i)
            .is_some_and(|p| p.kind == Kind::Sym && p.raw == s)
    }
    fn capital(&self, i: usize) -> bool {
        self.raw(i).starts_with(char::is_uppercase)
    }
    /// A plain integer written in digits with no separator.
    fn int(&self, i: usize) -> Option<u32> {
        match self.p.get(i) {
            Some(p) if p.kind == Kind::Num && p.raw.len() <= 9 => p.raw.parse().ok(),
            _ => None,
        }
    }
    fn num_len(&self, i: usize) -> usize {
        match self.p.get(i) {
            Some(p) if p.kind == Kind::Num => p.raw.len(),
            _ => 0,
        }
    }
    /// A word piece glued to nothing on the right that would make it part of a longer word or code.
    fn free_end(&self, end: usize) -> bool {
        match self.p.get(end) {
            Some(p) => !(p.glued && matches!(p.kind, Kind::Word | Kind::Num)),
            None => true,
        }
    }
    /// Whether the number at `i` is part of a code or a name (`Covid-19`, `G20`, `F-16`).
    fn in_code(&self, i: usize) -> bool {
        if !self.glued(i) || i == 0 {
            return false;
        }
        match self.kind(i - 1) {
            Some(Kind::Word) => true,
            Some(Kind::Sym) if self.sym(i - 1, "-") => {
                i >= 2 && self.glued(i - 1) && self.kind(i - 2) == Some(Kind::Word)
            }
            _ => false,
        }
    }

    // ---------------------------------------------------------------- numbers

    /// A number at `i`: digits or number words, with a scale word after.
    fn number(&self, i: usize) -> Option<NumHit> {
        self.numbers.get_or(i, || self.number_at(i))
    }

    fn number_at(&self, i: usize) -> Option<NumHit> {
        let p = self.p.get(i)?;
        let (mut value, mut end, flags, digits) = match p.kind {
            Kind::Num => {
                let (mut v, r) = parse_digits(p.raw)?;
                // `42,195 kilometer`, `2,615 persen`: before a unit, a percent sign or a scale word a
                // comma stays the Indonesian decimal mark; before anything else (`2,615 orang`) it is
                // read as English thousands. Both readings are flagged.
                if r == Reading::Ambiguous
                    && p.raw.contains(',')
                    && (self.unit(i + 1).is_some()
                        || self.sym(i + 1, "%")
                        || matches!(self.word(i + 1), "persen" | "prosen")
                        || scale_word(self.word(i + 1)).is_some()
                        || lx::duration_unit(self.word(i + 1)).is_some())
                    && let Some((int, frac)) = p.raw.split_once(',')
                    && let Some(d) = Dec::from_plain(int, frac)
                {
                    v = d;
                }
                (v, i + 1, reading_flags(r), true)
            }
            Kind::Word if matches!(self.word(i), "setengah" | "separuh") => {
                (Dec::int(5).checked_div10()?, i + 1, Vec::new(), false)
            }
            Kind::Word => {
                if !can_start_number_words(self.word(i))
                    || (self.word(i) == "satu" && i > 0 && self.word(i - 1) == "salah")
                {
                    return None;
                }
                let mut words = [""; 10];
                let mut len = 0;
                for k in i..self.p.len().min(i + words.len()) {
                    if self.kind(k) != Some(Kind::Word) || (k > i && self.glued(k)) {
                        break;
                    }
                    words[len] = self.word(k);
                    len += 1;
                }
                let (v, n) = parse_number_words(&words[..len])?;
                (v, i + n, Vec::new(), false)
            }
            Kind::Sym => return None,
        };
        let mut scaled = false;
        if digits
            && let Some(exp) =
                scale_word(self.word(end)).filter(|_| !matches!(self.raw(end), "M" | "T"))
        {
            // `5rb`, `2 juta`: the scale follows the digits (glued or after a space) and ends there.
            value = value.shift(exp)?;
            end += 1;
            scaled = true;
            if self.word(end - 1).len() <= 2 && self.sym(end, ".") && self.glued(end) {
                end += 1;
            }
        } else if !digits {
            scaled = (i..end).any(|k| scale_word(self.word(k)).is_some());
        }
        Some(NumHit {
            end,
            value,
            flags,
            scaled,
            digits,
        })
    }

    /// A range separator at `i` (`-`, `–`, `hingga`, `sampai`, `s.d.`, `s/d`); the index after it.
    fn range_sep(&self, i: usize) -> Option<usize> {
        if self.sym(i, "-") || self.sym(i, "–") || self.sym(i, "—") {
            return Some(i + 1);
        }
        match self.word(i) {
            "hingga" | "sampai" => Some(i + 1),
            "s" if self.sym(i + 1, "/") && self.word(i + 2) == "d" => Some(i + 3),
            "s" if self.sym(i + 1, ".") && self.word(i + 2) == "d" => {
                Some(i + 3 + usize::from(self.sym(i + 3, ".")))
            }
            "sd" => Some(i + 1),
            _ => None,
        }
    }

    /// A number or a range of numbers at `i`; a scale written only after the second applies to both.
    fn amount(
        &self,
        i: usize,
        second_prefix: impl Fn(usize) -> usize,
    ) -> Option<(Dec, Option<Dec>, usize, Vec<Flag>)> {
        let a = self.number(i)?;
        if let Some(j) = self.range_sep(a.end) {
            let j = second_prefix(j);
            if let Some(b) = self.number(j)
                && a.digits == b.digits
                && a.value.less_than(&b.value)
            {
                let mut lo = a.value;
                if !a.scaled && b.scaled && a.digits {
                    // `3 - 4 ribu`: the scale of the second applies to the first.
                    let exp = (a.end..b.end)
                        .find_map(|k| scale_word(self.word(k)))
                        .unwrap_or(0);
                    lo = lo.shift(exp)?;
                }
                let mut flags = a.flags.clone();
                add_flags(&mut flags, &b.flags);
                return Some((lo, Some(b.value), b.end, flags));
            }
        }
        Some((a.value, None, a.end, a.flags))
    }

    // ---------------------------------------------------------------- dates

    /// A day and month, and a year if written, at `i` (`21 Januari 2022`, `21/1/2022`, `21-01-2022`,
    /// `2022-01-21`, `21/1` when `short` allows it).
    fn absolute_date(&self, i: usize, short: bool) -> Option<DateHit> {
        let p = self.p.get(i)?;
        if p.kind != Kind::Num {
            return self.month_date(i);
        }
        // 21/1/2022, 21/1, 21.01.2022
        for sep in ['/', '.'] {
            if p.raw.contains(sep) && !p.raw.contains(':') && !p.raw.contains(',') {
                let parts: Vec<&str> = p.raw.split(sep).collect();
                let nums: Vec<u32> = parts.iter().filter_map(|s| s.parse().ok()).collect();
                if nums.len() != parts.len() {
                    return None;
                }
                let lens: Vec<usize> = parts.iter().map(|s| s.len()).collect();
                return match (nums.as_slice(), lens.as_slice()) {
                    ([d, m, y], [1..=2, 1..=2, 4]) => self.ymd(Some(*y as i32), *m, *d, i + 1),
                    ([d, m], [1..=2, 1..=2]) if short && sep == '/' => {
                        self.ymd(None, *m, *d, i + 1)
                    }
                    _ => None,
                };
            }
        }
        let dash =
            |k: usize| (self.sym(k, "-") || self.sym(k, "/")) && self.glued(k) && self.glued(k + 1);
        // 2022-01-21
        if self.num_len(i) == 4
            && dash(i + 1)
            && self.num_len(i + 2) == 2
            && dash(i + 3)
            && self.num_len(i + 4) == 2
        {
            let (y, m, d) = (self.int(i)?, self.int(i + 2)?, self.int(i + 4)?);
            return self.ymd(Some(y as i32), m, d, i + 5);
        }
        // 21-01-2022
        if (1..=2).contains(&self.num_len(i))
            && dash(i + 1)
            && (1..=2).contains(&self.num_len(i + 2))
            && dash(i + 3)
            && self.num_len(i + 4) == 4
        {
            let (d, m, y) = (self.int(i)?, self.int(i + 2)?, self.int(i + 4)?);
            return self.ymd(Some(y as i32), m, d, i + 5);
        }
        // 21 Januari 2022, 21-23 Januari 2022
        let d = self
            .int(i)
            .filter(|d| (1..=31).contains(d) && self.num_len(i) <= 2)?;
        let mut j = i + 1;
        let mut last_day = None;
        let to_day =
            self.sym(j, "-") || self.sym(j, "–") || matches!(self.word(j), "hingga" | "sampai");
        if to_day && (1..=2).contains(&self.num_len(j + 1)) {
            last_day = self.int(j + 1);
            j += 2;
        }
        let (m, end, year) = self.month_year(j)?;
        let first = self.ymd(year, m, d, end)?;
        match last_day {
            None => Some(first),
            Some(d2) => {
                let second = self.ymd(year, m, d2, end)?;
                Some(DateHit {
                    value: format!("{}..{}", first.value, second.value),
                    date: None,
                    day_level: false,
                    ..first
                })
            }
        }
    }

    /// A month name (abbreviated names with an optional `.`) at `j`, and the year after it; the index after.
    fn month_year(&self, j: usize) -> Option<(u32, usize, Option<i32>)> {
        let (m, abbr) = lx::month(self.word(j))?;
        let mut end = j + 1;
        if abbr && self.sym(end, ".") && self.glued(end) {
            end += 1;
        }
        let year = (self.num_len(end) == 4 && self.free_end(end + 1))
            .then(|| self.int(end))
            .flatten()
            .map(|y| y as i32);
        if year.is_some() {
            end += 1;
        }
        Some((m, end, year))
    }

    /// `Januari 2022`, `Jan 2022`, and a month alone after a word that makes it a date (`pada Maret`).
    fn month_date(&self, i: usize) -> Option<DateHit> {
        let (m, end, year) = self.month_year(i)?;
        if !self.capital(i) {
            return None;
        }
        let (_, abbr) = lx::month(self.word(i))?;
        let value = match (year, self.anchor) {
            (Some(y), _) => format!("{y:04}-{m:02}"),
            (None, _) if abbr => return None,
            (None, _)
                if !(i > 0
                    && (lx::year_trigger(self.word(i - 1)) || self.word(i - 1) == "bulan")) =>
            {
                return None;
            }
            (None, Some(a)) => format!("{:04}-{m:02}", a.year()),
            (None, None) => format!("XXXX-{m:02}"),
        };
        // `April-Mei`, `Januari hingga Maret 2022`: a range of months.
        if year.is_none()
            && let Some(j) = self.range_sep(end)
            && let Some((m2, end2, year2)) = self.month_year(j).filter(|_| self.capital(j))
            && m2 > m
        {
            let y = year2
                .map(|y| format!("{y:04}"))
                .or(self.anchor.map(|a| format!("{:04}", a.year())));
            let y = y.unwrap_or_else(|| "XXXX".into());
            return Some(DateHit {
                end: end2,
                value: format!("{y}-{m:02}..{y}-{m2:02}"),
                date: None,
                day_level: false,
                flags: Vec::new(),
            });
        }
        Some(DateHit {
            end,
            value,
            date: None,
            day_level: false,
            flags: Vec::new(),
        })
    }

    fn ymd(&self, year: Option<i32>, m: u32, d: u32, end: usize) -> Option<DateHit> {
        let year = year.or(self.anchor.map(|a| a.year()));
        match year {
            Some(y) => {
                let date = Date::new(y, m, d)?;
                Some(DateHit {
                    end,
                    value: date.to_string(),
                    date: Some(date),
                    day_level: true,
                    flags: Vec::new(),
                })
            }
            None => {
                // A date that exists in a leap year.
                Date::new(2000, m, d)?;
                Some(DateHit {
                    end,
                    value: format!("XXXX-{m:02}-{d:02}"),
                    date: None,
                    day_level: true,
                    flags: Vec::new(),
                })
            }
        }
    }

    /// A weekday name at `i` (`Minggu` only capitalised: in lower case it is `week`).
    fn weekday(&self, i: usize) -> Option<u32> {
        let w = lx::weekday(self.word(i))?;
        if w == 7 && self.word(i) == "minggu" && !self.capital(i) {
            return None;
        }
        Some(w)
    }

    /// A weekday, with a date after it (`Jumat, 21 Januari 2022`, `Jumat (21/1)`) or a relative word
    /// (`Senin lalu`), or alone.
    fn weekday_date(&self, i: usize) -> Option<DateHit> {
        let wd = self.weekday(i)?;
        // With a date.
        let (open, j) = if self.sym(i + 1, "(") {
            (true, i + 2)
        } else if self.sym(i + 1, ",") {
            (false, i + 2)
        } else {
            (false, i + 1)
        };
        if let Some(mut d) = self.absolute_date(j, open).filter(|d| d.day_level) {
            if open {
                if !self.sym(d.end, ")") {
                    return None;
                }
                d.end += 1;
            }
            // A day and month with no year: the weekday cannot be checked without one.
            let date = d.date;
            if let Some(date) = date
                && date.weekday() != wd
            {
                d.flags.push(Flag::WeekdayMismatch);
            }
            return Some(d);
        }
        if self.sym(i + 1, "(") || self.sym(i + 1, ",") {
            // `Senin (waktu setempat)`, `Senin, ...`: the weekday alone.
            return Some(self.weekday_alone(i, wd, i + 1, 0));
        }
        let next = self.word(i + 1);
        let (dir, end) = match next {
            "lalu" | "kemarin" => (-1, i + 2),
            "depan" | "mendatang" => (1, i + 2),
            "ini" => (2, i + 2),
            "pekan" | "minggu" if matches!(self.word(i + 2), "lalu" | "depan") => {
                (if self.word(i + 2) == "lalu" { -1 } else { 1 }, i + 3)
            }
            _ => (0, i + 1),
        };
        Some(self.weekday_alone(i, wd, end, dir))
    }

    /// A weekday resolved against the anchor: `dir` -1 the last one before it, 1 the next after it, 2 in its
    /// week, 0 the nearest (within three days either way).
    fn weekday_alone(&self, _i: usize, wd: u32, end: usize, dir: i32) -> DateHit {
        let value_date = self.anchor.map(|a| {
            let diff = i64::from(wd) - i64::from(a.weekday());
            let d = diff.rem_euclid(7);
            let delta = match dir {
                -1 if d == 0 => -7,
                -1 => d - 7,
                1 if d == 0 => 7,
                1 => d,
                2 => diff,
                _ if d > 3 => d - 7,
                _ => d,
            };
            a.add_days(delta)
        });
        DateHit {
            end,
            value: value_date.map_or_else(|| format!("XXXX-WXX-{wd}"), |d| d.to_string()),
            date: value_date,
            day_level: true,
            flags: Vec::new(),
        }
    }

    /// An offset of `n` units from the anchor, at the unit's granularity; unresolved as `-P1D`, `+P2W`.
    fn offset(&self, n: i64, unit: char) -> (String, Option<Date>) {
        let Some(a) = self.anchor else {
            let sign = if n < 0 { '-' } else { '+' };
            return (format!("{sign}P{}{unit}", n.unsigned_abs()), None);
        };
        match unit {
            'D' => {
                let d = a.add_days(n);
                (d.to_string(), Some(d))
            }
            'W' => (a.add_days(n.saturating_mul(7)).iso_week(), None),
            'M' => {
                let d = a.add_months(n);
                (format!("{:04}-{:02}", d.year(), d.month()), None)
            }
            _ => (
                format!("{:04}", (i64::from(a.year()) + n).clamp(1, 9999)),
                None,
            ),
        }
    }

    /// Relative dates: `kemarin`, `besok`, `lusa`, `hari ini`, `pekan lalu`, `bulan ini`, `tahun depan`,
    /// `dua hari lalu`, `tiga tahun mendatang`, `baru-baru ini`.
    fn relative_date(&self, i: usize) -> Option<DateHit> {
        let day = |n: i64, end: usize| {
            let (value, date) = self.offset(n, 'D');
            DateHit {
                end,
                day_level: date.is_some(),
                value,
                date,
                flags: Vec::new(),
            }
        };
        match self.word(i) {
            "kemarin" if self.word(i + 1) == "lusa" => return Some(day(-2, i + 2)),
            "kemarin" => return Some(day(-1, i + 1)),
            "besok" | "esok" if self.word(i + 1) == "lusa" => return Some(day(2, i + 2)),
            "besok" => return Some(day(1, i + 1)),
            "lusa" => return Some(day(2, i + 1)),
            "hari" if self.word(i + 1) == "ini" => return Some(day(0, i + 2)),
            "saat" | "dewasa" if self.word(i + 1) == "ini" => {
                return Some(DateHit {
                    end: i + 2,
                    value: "PRESENT_REF".into(),
                    date: None,
                    day_level: false,
                    flags: Vec::new(),
                });
            }
            "baru"
                if self.sym(i + 1, "-")
                    && self.word(i + 2) == "baru"
                    && self.word(i + 3) == "ini" =>
            {
                return Some(DateHit {
                    end: i + 4,
                    value: "PAST_REF".into(),
                    date: None,
                    day_level: false,
                    flags: Vec::new(),
                });
            }
            _ => {}
        }
        // `pekan lalu`, `bulan ini`, `tahun depan`
        if let Some(unit) = self.calendar_unit(i) {
            let (dir, end) = match (self.word(i + 1), self.word(i + 2)) {
                ("lalu" | "kemarin" | "silam", _) => (-1, i + 2),
                ("yang", "lalu") => (-1, i + 3),
                ("ini", _) => (0, i + 2),
                ("depan" | "mendatang", _) => (1, i + 2),
                _ => return None,
            };
            let (value, _) = self.offset(dir, unit);
            return Some(DateHit {
                end,
                value,
                date: None,
                day_level: false,
                flags: Vec::new(),
            });
        }
        // `dua hari lalu`, `3 tahun mendatang`, `sepekan lalu`
        let (n, j) = self.count_of_units(i)?;
        let unit_word = self.unit_word_at(j.saturating_sub(1), i)?;
        let (unit, time, mult) = lx::duration_unit(unit_word)?;
        if time {
            return None;
        }
        let unit = if mult != 1 { 'Y' } else { unit };
        let n = n.as_int()?.checked_mul(i128::from(mult))?;
        let n = i64::try_from(n).ok()?;
        let (dir, end) = match (self.word(j), self.word(j + 1)) {
            ("lalu" | "silam", _) => (-1, j + 1),
            ("yang", "lalu") => (-1, j + 2),
            ("lagi" | "mendatang", _) => (1, j + 1),
            ("sebelumnya", _) => (-2i64, j + 1),
            ("kemudian" | "setelahnya" | "sesudahnya" | "berikutnya", _) => (2, j + 1),
            _ => return None,
        };
        if dir == -2 || dir == 2 {
            // `sehari sebelumnya`, `dua hari kemudian`: from a time the text names, not from the document's
            // date; the offset stays.
            let sign = if dir < 0 { '-' } else { '+' };
            return Some(DateHit {
                end,
                value: format!("{sign}P{n}{unit}"),
                date: None,
                day_level: false,
                flags: Vec::new(),
            });
        }
        let (value, date) = self.offset(dir * n, unit);
        Some(DateHit {
            end,
            day_level: date.is_some(),
            value,
            date,
            flags: Vec::new(),
        })
    }

    /// The unit word of a count ending before `j`: the word itself or the unit inside a `se-` word.
    fn unit_word_at(&self, k: usize, _start: usize) -> Option<&'static str> {
        let w = self.word(k);
        lx::se_duration(w).or_else(|| {
            [
                "detik",
                "menit",
                "jam",
                "hari",
                "minggu",
                "pekan",
                "bulan",
                "tahun",
                "dekade",
                "dasawarsa",
                "abad",
            ]
            .into_iter()
            .find(|u| *u == w)
        })
    }

    /// `pekan`/`minggu` (W), `bulan` (M), `tahun` (Y) at `i`.
    fn calendar_unit(&self, i: usize) -> Option<char> {
        match self.word(i) {
            "pekan" => Some('W'),
            "minggu" if !self.capital(i) || i == 0 => Some('W'),
            "bulan" => Some('M'),
            "tahun" => Some('Y'),
            _ => None,
        }
    }

    /// A count and a unit of time at `i` (`dua jam`, `10 tahun`, `sehari`, `beberapa hari`); the count
    /// (`None` for `beberapa`) and the index after the unit word.
    fn count_of_units(&self, i: usize) -> Option<(Dec, usize)> {
        if lx::se_duration(self.word(i)).is_some() {
            return Some((Dec::int(1), i + 1));
        }
        let n = self.number(i)?;
        if self.unit_word_at(n.end, i).is_some() && lx::se_duration(self.word(n.end)).is_none() {
            return Some((n.value, n.end + 1));
        }
        None
    }

    /// `tahun 2009`, `pada 2020` (the year only), `1990-an`, `tahun 90-an`.
    fn year_date(&self, i: usize) -> Option<DateHit> {
        let with_tahun = self.word(i) == "tahun";
        let j = if with_tahun { i + 1 } else { i };
        if !(with_tahun || self.decade_at(j) || i > 0 && lx::year_trigger(self.word(i - 1))) {
            return None;
        }
        let y = self.int(j)?;
        let len = self.num_len(j);
        let hit = |end: usize, value: String| DateHit {
            end,
            value,
            date: None,
            day_level: false,
            flags: Vec::new(),
        };
        if self.decade_at(j) {
            let full = match len {
                4 => y,
                2 if with_tahun => 1900 + y,
                _ => return None,
            };
            if full % 10 != 0 {
                return None;
            }
            let v = format!("{:03}X", full / 10);
            return Some(hit(j + 3, v));
        }
        if len == 4 && (1000..=2999).contains(&y) && self.free_end(j + 1) && !self.in_code(j) {
            return Some(hit(j + 1, format!("{y:04}")));
        }
        None
    }

    fn decade_at(&self, j: usize) -> bool {
        self.kind(j) == Some(Kind::Num)
            && self.sym(j + 1, "-")
            && self.glued(j + 1)
            && self.word(j + 2) == "an"
            && self.glued(j + 2)
    }

    /// An Islamic date: `1 Ramadan 1443 H`, `1 Syawal`, `Ramadan 1443 H` (the month as a range of days).
    fn hijri_date(&self, i: usize) -> Option<DateHit> {
        let (day, j) = match self.int(i) {
            Some(d) if (1..=30).contains(&d) && self.num_len(i) <= 2 => (Some(d), i + 1),
            _ => (None, i),
        };
        let (first, second) = lx::hijri_month(self.word(j))?;
        if !self.capital(j) {
            return None;
        }
        let (month, mut end) = match lx::hijri_second(first, second, self.word(j + 1)) {
            Some(m) => (m, j + 2),
            None if second.is_some() => return None,
            None => (first, j + 1),
        };
        let mut year = None;
        if self.num_len(end) == 4 {
            year = self.int(end).map(|y| y as i32);
            end += 1;
        }
        if matches!(
            self.raw(end),
            "H" | "Hijriah" | "Hijriyah" | "Hijriyyah" | "AH"
        ) {
            end += 1;
        }
        if day.is_none() && year.is_none() {
            return None;
        }
        let year = match (year, self.anchor) {
            (Some(y), _) => Some(y),
            (None, Some(a)) => {
                // The occurrence nearest the anchor.
                let y0 = hijri_year_of(a);
                (y0 - 1..=y0 + 1).min_by_key(|&y| {
                    hijri_to_gregorian(y, month, day.unwrap_or(1))
                        .map_or(i64::MAX, |d| (d.days() - a.days()).abs())
                })
            }
            (None, None) => None,
        };
        let mut flags = vec![Flag::Approximate];
        let (value, date) = match (year, day) {
            (Some(y), Some(d)) => {
                let date = hijri_to_gregorian(y, month, d)?;
                (date.to_string(), Some(date))
            }
            (Some(y), None) => {
                let a = hijri_to_gregorian(y, month, 1)?;
                let next = if month == 12 {
                    hijri_to_gregorian(y + 1, 1, 1)?
                } else {
                    hijri_to_gregorian(y, month + 1, 1)?
                };
                (format!("{a}..{}", next.add_days(-1)), None)
            }
            (None, _) => {
                flags.push(Flag::Unresolved);
                ("XXXX-XX-XX".to_string(), None)
            }
        };
        Some(DateHit {
            end,
            day_level: date.is_some(),
            value,
            date,
            flags,
        })
    }

    /// Any date at `i`, with its modifiers (`awal Maret`, `akhir tahun lalu`).
    fn date(&self, i: usize) -> Option<DateHit> {
        self.dates.get_or(i, || self.date_at(i))
    }

    fn date_at(&self, i: usize) -> Option<DateHit> {
        let modifier = match self.word(i) {
            "awal" => Some(Flag::Start),
            "pertengahan" | "medio" => Some(Flag::Mid),
            "akhir" => Some(Flag::End),
            _ => None,
        };
        if let Some(m) = modifier {
            // `akhir pekan`: the weekend.
            if self.word(i + 1) == "pekan" && m == Flag::End {
                let dir = match self.word(i + 2) {
                    "lalu" => Some(-1),
                    "ini" => Some(0),
                    "depan" | "mendatang" => Some(1),
                    _ => None,
                };
                let (value, end) = match (dir, self.anchor) {
                    (Some(d), Some(a)) => (format!("{}-WE", a.add_days(d * 7).iso_week()), i + 3),
                    (Some(d), None) => (
                        format!("{}P{}W", if d < 0 { '-' } else { '+' }, d.abs()),
                        i + 3,
                    ),
                    (None, _) => ("XXXX-WXX-WE".to_string(), i + 2),
                };
                let mut flags = Vec::new();
                if dir.is_some() && self.anchor.is_none() {
                    flags.push(Flag::Weekend);
                }
                return Some(DateHit {
                    end,
                    value,
                    date: None,
                    day_level: false,
                    flags,
                });
            }
            let inner = self.date_core(i + 1).filter(|d| !d.day_level)?;
            let mut d = inner;
            d.flags.push(m);
            return Some(d);
        }
        self.date_core(i)
    }

    fn date_core(&self, i: usize) -> Option<DateHit> {
        if self.word(i) == "bulan"
            && let Some(d) = self.month_date(i + 1)
        {
            return Some(d);
        }
        let mut best: Option<DateHit> = None;
        let mut take = |c: Option<DateHit>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        take(self.quarter(i));
        take(self.holiday(i));
        take(self.weekday_date(i));
        take(self.hijri_date(i));
        take(self.absolute_date(i, false));
        take(self.relative_date(i));
        take(self.year_date(i));
        take(self.bare_year(i));
        best
    }

    /// `kuartal pertama`, `triwulan II 2023`, `semester kedua tahun ini`: `XXXX-Q1`, `2023-Q2`, `2022-H2`.
    fn quarter(&self, i: usize) -> Option<DateHit> {
        let (letter, max) = match self.word(i) {
            "kuartal" | "triwulan" => ('Q', 4),
            "semester" => ('H', 2),
            _ => return None,
        };
        let n = match self.raw(i + 1) {
            "I" => 1,
            "II" => 2,
            "III" => 3,
            "IV" => 4,
            _ => lx::ordinal_word(self.word(i + 1))
                .or_else(|| self.int(i + 1).filter(|_| self.num_len(i + 1) == 1))?,
        };
        if n == 0 || n > max {
            return None;
        }
        let mut end = i + 2;
        let year = if self.num_len(end) == 4 {
            end += 1;
            self.int(end - 1).map(|y| format!("{y:04}"))
        } else if self.word(end) == "tahun" && self.num_len(end + 1) == 4 {
            end += 2;
            self.int(end - 1).map(|y| format!("{y:04}"))
        } else if self.word(end) == "tahun"
            && matches!(self.word(end + 1), "ini" | "lalu" | "depan")
        {
            let dir = match self.word(end + 1) {
                "lalu" => -1,
                "ini" => 0,
                _ => 1,
            };
            end += 2;
            let (v, _) = self.offset(dir, 'Y');
            if self.anchor.is_some() {
                Some(v)
            } else {
                return None;
            }
        } else {
            None
        };
        Some(DateHit {
            end,
            value: format!("{}-{letter}{n}", year.unwrap_or_else(|| "XXXX".into())),
            date: None,
            day_level: false,
            flags: Vec::new(),
        })
    }

    /// Fixed-date holidays: `Natal` (25 December), `Tahun Baru` (1 January), the occurrence nearest the anchor.
    fn holiday(&self, i: usize) -> Option<DateHit> {
        let (m, d, end) = match self.raw(i) {
            "Natal" => (12, 25, i + 1),
            "Tahun" if self.raw(i + 1) == "Baru" => (1, 1, i + 2),
            _ => return None,
        };
        let (value, date) = match self.anchor {
            Some(a) => {
                let y = a.year();
                let best = (y - 1..=y + 1)
                    .filter_map(|y| Date::new(y, m, d))
                    .min_by_key(|x| (x.days() - a.days()).abs())?;
                (best.to_string(), Some(best))
            }
            None => (format!("XXXX-{m:02}-{d:02}"), None),
        };
        Some(DateHit {
            end,
            value,
            date,
            day_level: true,
            flags: Vec::new(),
        })
    }

    /// A year alone after a modifier (`awal 2022`): only reached through [`Ctx::date`].
    fn bare_year(&self, i: usize) -> Option<DateHit> {
        if i == 0 || !matches!(self.word(i - 1), "awal" | "akhir" | "pertengahan" | "medio") {
            return None;
        }
        let y = self
            .int(i)
            .filter(|y| self.num_len(i) == 4 && (1000..=2999).contains(y))?;
        Some(DateHit {
            end: i + 1,
            value: format!("{y:04}"),
            date: None,
            day_level: false,
            flags: Vec::new(),
        })
    }

    // ---------------------------------------------------------------- times

    /// A clock time at `i`: `19:36`, `pukul 19.36 WIB`, `pukul 7 pagi`, `pukul 15.00-17.00 WITA`,
    /// `tengah malam`. Returns the value (from `T`) and the index after.
    fn time(&self, i: usize) -> Option<(String, usize)> {
        match (self.word(i), self.word(i + 1)) {
            ("tengah", "malam") => return Some(("T00:00".into(), i + 2)),
            ("tengah", "hari") => return Some(("T12:00".into(), i + 2)),
            _ => {}
        }
        let mut j = i;
        let prefixed = matches!(self.word(i), "pukul" | "pkl" | "jam");
        if prefixed {
            j += 1;
            if self.word(i) == "pkl" && self.sym(j, ".") {
                j += 1;
            }
        }
        let (h, m, s, mut end) = self.clock(j, prefixed)?;
        let mut second = None;
        if let Some(k) = self
            .range_sep(end)
            .filter(|_| self.kind(end) == Some(Kind::Sym))
        {
            let k = if matches!(self.word(k), "pukul" | "jam") {
                k + 1
            } else {
                k
            };
            if let Some((h2, m2, s2, e2)) = self.clock(k, true).filter(|c| {
                c.3 > k && (prefixed || self.p.get(k).is_some_and(|p| p.raw.contains([':', '.'])))
            }) {
                second = Some((h2, m2, s2));
                end = e2;
            }
        }
        let (h, h2) = match self.word(end) {
            "pagi" | "subuh" => (
                if h == 12 { 0 } else { h },
                second.map(|x| if x.0 == 12 { 0 } else { x.0 }),
            ),
            "siang" => (
                if h < 11 { h + 12 } else { h },
                second.map(|x| if x.0 < 11 { x.0 + 12 } else { x.0 }),
            ),
            "sore" | "petang" => (
                if h < 12 { h + 12 } else { h },
                second.map(|x| if x.0 < 12 { x.0 + 12 } else { x.0 }),
            ),
            "malam" => (
                if (6..12).contains(&h) {
                    h + 12
                } else if h == 12 {
                    0
                } else {
                    h
                },
                second.map(|x| {
                    if (6..12).contains(&x.0) {
                        x.0 + 12
                    } else if x.0 == 12 {
                        0
                    } else {
                        x.0
                    }
                }),
            ),
            _ => (h, second.map(|x| x.0)),
        };
        let daypart = matches!(
            self.word(end),
            "pagi" | "subuh" | "siang" | "sore" | "petang" | "malam"
        );
        if daypart {
            end += 1;
        } else if self.word(end) == "dini" && self.word(end + 1) == "hari" {
            end += 2;
        }
        if !prefixed
            && !daypart
            && !self.p.get(j).is_some_and(|p| p.raw.contains(':'))
            && lx::zone(self.raw(end)).is_none()
        {
            return None;
        }
        let zone = lx::zone(self.raw(end));
        if zone.is_some() {
            end += 1;
        }
        let fmt = |h: u32, m: u32, s: Option<u32>| {
            let mut t = format!("T{h:02}:{m:02}");
            if let Some(s) = s {
                t.push_str(&format!(":{s:02}"));
            }
            if let Some(z) = zone {
                t.push_str(z);
            }
            t
        };
        let mut value = fmt(h, m, s);
        if let (Some((_, m2, s2)), Some(h2)) = (second, h2) {
            value = format!("{value}..{}", fmt(h2, m2, s2));
        }
        Some((value, end))
    }

    /// `19:36`, `19.36`, `19:36:05`, or an hour alone when `hour_alone`.
    fn clock(&self, j: usize, hour_alone: bool) -> Option<(u32, u32, Option<u32>, usize)> {
        let p = self.p.get(j)?;
        if p.kind != Kind::Num {
            return None;
        }
        let parts: Vec<&str> = p.raw.split([':', '.']).collect();
        let ok = |s: &&str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
        let (h, m, s) = match parts.as_slice() {
            [h] if hour_alone && h.len() <= 2 => (h.parse().ok()?, 0, None),
            [h, m] if h.len() <= 2 && ok(m) => (h.parse().ok()?, m.parse().ok()?, None),
            [h, m, s] if h.len() <= 2 && ok(m) && ok(s) && p.raw.contains(':') => {
                (h.parse().ok()?, m.parse().ok()?, Some(s.parse().ok()?))
            }
            _ => return None,
        };
        if h > 24 || m > 59 || s.is_some_and(|s: u32| s > 59) || (h == 24 && m > 0) {
            return None;
        }
        Some((h, m, s, j + 1))
    }

    /// A date followed by a time (`21 Januari 2022 19:36 WIB`, `Jumat (21/1) pukul 10.00`, `Senin pagi`).
    fn date_time(&self, i: usize) -> Option<Hit> {
        let d = self.date(i).filter(|d| d.day_level)?;
        let mut j = d.end;
        if self.sym(j, ",")
            || self.sym(j, "|")
            || self.sym(j, "-")
            || self.sym(j, "–")
            || self.word(j) == "sekitar"
        {
            j += 1;
        }
        if let Some((t, end)) = self.time(j) {
            return Some(Hit {
                end,
                kind: ExprType::Time,
                value: format!("{}{t}", d.value),
                flags: d.flags,
            });
        }
        let part = match self.word(d.end) {
            "pagi" => "TMO",
            "siang" | "sore" => "TAF",
            "petang" => "TEV",
            "malam" => "TNI",
            _ => return None,
        };
        Some(Hit {
            end: d.end + 1,
            kind: ExprType::Time,
            value: format!("{}{part}", d.value),
            flags: d.flags,
        })
    }

    // ---------------------------------------------------------------- durations and sets

    fn duration(&self, i: usize) -> Option<Hit> {
        let j = if self.word(i) == "selama" { i + 1 } else { i };
        let (value, end) = self.duration_value(j)?;
        if matches!(self.word(end), "lalu" | "silam" | "lagi" | "mendatang") {
            return None;
        }
        Some(Hit {
            end,
            kind: ExprType::Duration,
            value,
            flags: Vec::new(),
        })
    }

    fn duration_value(&self, j: usize) -> Option<(String, usize)> {
        let format = |n: &str, unit: &str| -> Option<String> {
            let (d, time, mult) = lx::duration_unit(unit)?;
            let n = if mult == 1 {
                n.to_string()
            } else {
                n.parse::<i128>()
                    .ok()?
                    .checked_mul(i128::from(mult))?
                    .to_string()
            };
            Some(if time {
                format!("PT{n}{d}")
            } else {
                format!("P{n}{d}")
            })
        };
        if let Some(u) = lx::se_duration(self.word(j)) {
            return Some((format("1", u)?, j + 1));
        }
        // `berjam-jam`, `bertahun-tahun`: a vague number of units.
        if let Some(u) = self.word(j).strip_prefix("ber")
            && self.sym(j + 1, "-")
            && self.word(j + 2) == u
            && lx::duration_unit(u).is_some()
        {
            return Some((format("X", u)?, j + 3));
        }
        match self.word(j) {
            "beberapa" | "berapa" => {
                let u = self.unit_word_at(j + 1, j)?;
                return Some((format("X", u)?, j + 2));
            }
            "setengah" => {
                let u = self.unit_word_at(j + 1, j)?;
                return Some((format("0.5", u)?, j + 2));
            }
            _ => {}
        }
        let (lo, hi, k, _) = self.amount(j, |k| k)?;
        let u = self.unit_word_at(k, j)?;
        if lx::se_duration(self.word(k)).is_some() {
            return None;
        }
        let a = format(&lo.to_string(), u)?;
        let value = match hi {
            Some(hi) => format!("{a}..{}", format(&hi.to_string(), u)?),
            None => a,
        };
        Some((value, k + 1))
    }

    fn set(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        if !matches!(w, "setiap" | "tiap" | "saban" | "per") {
            return None;
        }
        let hit = |end: usize, value: String| Hit {
            end,
            kind: ExprType::Set,
            value,
            flags: Vec::new(),
        };
        if w != "per"
            && let Some(wd) = self.weekday(i + 1)
        {
            return Some(hit(i + 2, format!("XXXX-WXX-{wd}")));
        }
        if let Some(u) = self
            .unit_word_at(i + 1, i)
            .filter(|_| lx::se_duration(self.word(i + 1)).is_none())
        {
            let (d, time, mult) = lx::duration_unit(u)?;
            let v = if time {
                format!("PT{mult}{d}")
            } else {
                format!("P{mult}{d}")
            };
            return Some(hit(i + 2, v));
        }
        if w != "per"
            && let Some((v, end)) = self.duration_value(i + 1)
        {
            return Some(hit(end, v));
        }
        None
    }

    // ---------------------------------------------------------------- money, percent, quantity, numbers

    /// A currency written before an amount at `i`; the code and the index after it.
    fn currency_before(&self, i: usize) -> Option<(&'static str, usize)> {
        let raw = self.raw(i);
        if let Some(code) = lx::dollar_prefix(raw)
            && self.sym(i + 1, "$")
            && self.glued(i + 1)
        {
            return Some((code, i + 2));
        }
        let code = lx::currency_prefix(raw)?;
        let mut j = i + 1;
        if code == "IDR" && self.sym(j, ".") && self.glued(j) {
            j += 1;
        }
        Some((code, j))
    }

    /// A currency written after an amount at `k` (`rupiah`, `dolar AS`); the code and the index after it.
    fn currency_after(&self, k: usize) -> Option<(&'static str, usize)> {
        let code = lx::currency_word(self.word(k))?;
        if code == "USD" {
            if let Some(c) = lx::dollar_country(self.word(k + 1)) {
                return Some((c, k + 2));
            }
            if self.word(k + 1) == "amerika" && self.word(k + 2) == "serikat" {
                return Some(("USD", k + 3));
            }
            if self.word(k + 1) == "hong" && self.word(k + 2) == "kong" {
                return Some(("HKD", k + 3));
            }
        }
        Some((code, k + 1))
    }

    fn money(&self, i: usize) -> Option<Hit> {
        let (code, lo, hi, mut end, flags) = if let Some((code, j)) = self.currency_before(i) {
            let (lo, hi, end, flags) =
                self.amount(j, |k| self.currency_before(k).map_or(k, |(_, k2)| k2))?;
            let (_, after) = self.currency_after(end).unwrap_or(("", end));
            (code, lo, hi, after, flags)
        } else {
            if self.in_code(i) {
                return None;
            }
            let (lo, hi, k, flags) = self.amount(i, |k| k)?;
            let (code, end) = self.currency_after(k)?;
            (code, lo, hi, end, flags)
        };
        // `Rp5.000,-`
        if self.sym(end, ",") && self.glued(end) && self.sym(end + 1, "-") && self.glued(end + 1) {
            end += 2;
        }
        // Rupiah amounts are never written with three decimals: `Rp12.500` is not ambiguous.
        let mut flags = flags;
        if code == "IDR" {
            flags.retain(|f| *f != Flag::AmbiguousNumber);
        }
        let value = match hi {
            Some(hi) => format!("{code} {lo}..{hi}"),
            None => format!("{code} {lo}"),
        };
        Some(Hit {
            end,
            kind: ExprType::Money,
            value,
            flags,
        })
    }

    fn percent(&self, i: usize) -> Option<Hit> {
        if self.in_code(i) {
            return None;
        }
        let (lo, hi, k, flags) = self.amount(i, |k| k)?;
        let end = if self.sym(k, "%") || matches!(self.word(k), "persen" | "prosen") {
            k + 1
        } else if hi.is_none() && self.range_sep(k).is_some() {
            // `10%-12%`
            return None;
        } else {
            return None;
        };
        let (hi, end) = match hi {
            Some(h) => (Some(h), end),
            None => {
                // `10% - 12%`
                match self
                    .range_sep(end)
                    .and_then(|j| self.number(j).map(|n| (n, j)))
                {
                    Some((n, _)) if self.sym(n.end, "%") || self.word(n.end) == "persen" => {
                        (Some(n.value), n.end + 1)
                    }
                    _ => (None, end),
                }
            }
        };
        let value = match hi {
            Some(h) => format!("{lo}..{h}"),
            None => lo.to_string(),
        };
        Some(Hit {
            end,
            kind: ExprType::Percent,
            value,
            flags,
        })
    }

    /// A unit at `k`; its symbol and the index after it.
    fn unit(&self, k: usize) -> Option<(&'static str, usize)> {
        if self.sym(k, "°") {
            let c = self.raw(k + 1);
            if c == "C" || c == "c" {
                return Some(("°C", k + 2));
            }
            return Some(("°", k + 1));
        }
        if self.sym(k, "℃") {
            return Some(("°C", k + 1));
        }
        let w = self.word(k);
        if w == "derajat" {
            return match self.word(k + 1) {
                "celsius" | "celcius" => Some(("°C", k + 2)),
                "fahrenheit" => Some(("°F", k + 2)),
                _ => Some(("°", k + 1)),
            };
        }
        let sym = lx::unit(w, self.raw(k))?;
        let mut end = k + 1;
        // Squares and cubes: `m2`, `meter persegi`, `km2`.
        let mut sym = sym.to_string();
        if matches!(self.raw(end), "2" | "²") && self.glued(end) {
            sym.push('2');
            end += 1;
        } else if matches!(self.raw(end), "3" | "³") && self.glued(end) {
            sym.push('3');
            end += 1;
        } else if self.word(end) == "persegi" {
            sym.push('2');
            end += 1;
        } else if self.word(end) == "kubik" {
            sym.push('3');
            end += 1;
        }
        // Speeds: `km/jam`, `kilometer per jam`.
        if (self.sym(end, "/") || self.word(end) == "per")
            && self.word(end + 1) == "jam"
            && sym == "km"
        {
            sym.push_str("/h");
            end += 2;
        }
        let sym: &'static str = match sym.as_str() {
            "m2" => "m2",
            "km2" => "km2",
            "cm2" => "cm2",
            "m3" => "m3",
            "cm3" => "cm3",
            "km/h" => "km/h",
            _ if sym.len() == lx::unit(w, self.raw(k)).map_or(0, str::len) => {
                lx::unit(w, self.raw(k))?
            }
            _ => return Some((lx::unit(w, self.raw(k))?, k + 1)),
        };
        if !self.free_end(end) {
            return None;
        }
        Some((sym, end))
    }

    fn quantity(&self, i: usize) -> Option<Hit> {
        if self.in_code(i) {
            return None;
        }
        let (lo, hi, k, flags) = self.amount(i, |k| k)?;
        let (sym, end) = self.unit(k)?;
        let value = match hi {
            Some(h) => format!("{lo}..{h} {sym}"),
            None => format!("{lo} {sym}"),
        };
        Some(Hit {
            end,
            kind: ExprType::Quantity,
            value,
            flags,
        })
    }

    fn ordinal(&self, i: usize) -> Option<Hit> {
        let w = self.word(i);
        let hit = |end: usize, value: String| Hit {
            end,
            kind: ExprType::Ordinal,
            value,
            flags: Vec::new(),
        };
        if w == "ke" && self.sym(i + 1, "-") && self.glued(i + 1) && self.glued(i + 2) {
            let n = self.int(i + 2).filter(|_| self.free_end(i + 3))?;
            return Some(hit(i + 3, n.to_string()));
        }
        let n = lx::ordinal_word(w)?;
        if (2..=5).contains(&n) && lx::both_noun(self.word(i + 1)) {
            // `kedua negara`: both countries, not the second.
            return None;
        }
        Some(hit(i + 1, n.to_string()))
    }

    fn cardinal(&self, i: usize) -> Option<Hit> {
        if let Some(exp) = lx::vague(self.word(i)) {
            let mut exp = exp;
            let mut end = i + 1;
            if let Some(e2) =
                scale_word(self.word(end)).filter(|_| !matches!(self.raw(end), "M" | "T"))
            {
                exp += e2;
                end += 1;
            }
            return Some(Hit {
                end,
                kind: ExprType::Cardinal,
                value: format!("~{}", Dec::int(1).shift(exp)?),
                flags: Vec::new(),
            });
        }
        if self.in_code(i) {
            return None;
        }
        let (lo, hi, end, flags) = self.amount(i, |k| k)?;
        if !self.free_end(end) {
            return None;
        }
        if self.kind(i) == Some(Kind::Num)
            && (self.raw(i).contains(':') || self.raw(i).contains('/'))
        {
            return None;
        }
        let value = match hi {
            Some(h) => format!("{lo}..{h}"),
            None => lo.to_string(),
        };
        Some(Hit {
            end,
            kind: ExprType::Cardinal,
            value,
            flags,
        })
    }

    /// Every matcher at `i`; the longest match, the first in this order on a tie.
    fn best(&self, i: usize) -> Option<Hit> {
        let mut best: Option<Hit> = None;
        let mut take = |c: Option<Hit>| {
            if let Some(c) = c
                && c.end > i
                && best.as_ref().is_none_or(|b| c.end > b.end)
            {
                best = Some(c);
            }
        };
        take(self.date_time(i));
        take(self.time(i).map(|(v, end)| Hit {
            end,
            kind: ExprType::Time,
            value: v,
            flags: Vec::new(),
        }));
        take(self.date(i).map(|d| Hit {
            end: d.end,
            kind: ExprType::Date,
            value: d.value,
            flags: d.flags,
        }));
        take(self.set(i));
        take(self.money(i));
        take(self.percent(i));
        take(self.quantity(i));
        take(self.duration(i));
        take(self.ordinal(i));
        take(self.cardinal(i));
        best
    }
}

impl<'a> Ctx<'a> {
    /// A recogniser resolving relative dates against `anchor`.
    pub(crate) fn new(anchor: Option<Date>) -> Self {
        Ctx {
            p: Vec::new(),
            anchor,
            numbers: Memo::new(),
            dates: Memo::new(),
        }
    }

    /// Takes the tokens `toks` of `text` as the sentence to read, in place of the previous one.
    fn load(&mut self, text: Text<'a>, toks: &[Range<usize>]) {
        self.p.clear();
        let mut last_end = 0;
        for t in toks {
            // Tokens out of order or overlapping are skipped: spans must stay ordered.
            if t.start < last_end || t.end < t.start {
                continue;
            }
            cut(text, t.clone(), &mut self.p);
            last_end = t.end;
        }
        let n = self.p.len();
        self.numbers.reset(n);
        self.dates.reset(n);
    }
}

/// Finds the expressions of one sentence (tokens `sentence` of `tokens`) and appends them to `out`, reading
/// it with `ctx` (whose buffers serve every sentence of a text). With `gated`, the matchers are tried only at
/// pieces where an expression may start; without it, at every piece (which finds the same: a test checks it).
pub(crate) fn sentence<'a>(
    ctx: &mut Ctx<'a>,
    text: Text<'a>,
    tokens: &[Range<usize>],
    sentence: Range<usize>,
    out: &mut Vec<Expression>,
    gated: bool,
) {
    let Some(toks) = tokens.get(sentence) else {
        return;
    };
    ctx.load(text, toks);
    let ctx = &*ctx;
    let mut i = 0;
    let mut last: Option<(usize, ExprType)> = None;
    while i < ctx.p.len() {
        // Most pieces are words no expression starts with: the matchers are tried only where one may.
        let found = if !gated || ctx.may_start(i) {
            ctx.best(i)
        } else {
            None
        };
        match found {
            Some(mut h) => {
                // `Rp300 ribu sebulan`, `2 persen setahun`: a rate, not an amount of time.
                let per = lx::se_duration(ctx.word(i)).is_some() && h.end == i + 1;
                if per
                    && h.kind == ExprType::Duration
                    && last.is_some_and(|(end, kind)| {
                        end == i
                            && matches!(
                                kind,
                                ExprType::Money
                                    | ExprType::Percent
                                    | ExprType::Quantity
                                    | ExprType::Cardinal
                            )
                    })
                    || (per
                        && h.kind == ExprType::Duration
                        && i > 0
                        && matches!(ctx.word(i - 1), "kali" | "x"))
                {
                    h.kind = ExprType::Set;
                }
                last = Some((h.end, h.kind));
                let (Some(a), Some(b)) = (ctx.p.get(i), ctx.p.get(h.end.saturating_sub(1))) else {
                    break;
                };
                out.push(Expression {
                    start: a.start,
                    end: b.end,
                    kind: h.kind,
                    value: h.value,
                    flags: h.flags,
                });
                i = h.end.max(i + 1);
            }
            None => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Date, ExprType, Flag, find_in_text};

    fn one(text: &str, anchor: Option<&str>) -> (String, ExprType, String, Vec<Flag>) {
        let anchor: Option<Date> = anchor.map(|a| a.parse().unwrap());
        let found = find_in_text(text, anchor);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let e = &found[0];
        (
            text[e.start..e.end].to_string(),
            e.kind,
            e.value.clone(),
            e.flags.clone(),
        )
    }

    #[test]
    fn weekday_mismatch_is_flagged() {
        let (_, kind, value, flags) = one("Senin, 21 Januari 2022", None);
        assert_eq!((kind, value.as_str()), (ExprType::Date, "2022-01-21"));
        assert_eq!(flags, [Flag::WeekdayMismatch]);
        assert!(one("Jumat, 21 Januari 2022", None).3.is_empty());
    }

    #[test]
    fn numbers_by_shape() {
        assert_eq!(one("2,615 orang", None).2, "2615");
        assert_eq!(one("2,615 orang", None).3, [Flag::AmbiguousNumber]);
        assert_eq!(one("42,195 km", None).2, "42.195 km");
        assert_eq!(one("1.2 %", None).3, [Flag::EnglishNumber]);
        assert!(one("100.000", None).3.is_empty());
        let score: Vec<String> = find_in_text("skor 2-1", None)
            .into_iter()
            .map(|e| e.value)
            .collect();
        assert_eq!(score, ["2", "1"]);
    }

    #[test]
    fn relative_dates_with_and_without_anchor() {
        assert_eq!(one("Senin lalu", Some("2022-01-21")).2, "2022-01-17");
        assert_eq!(one("Senin lalu", None).2, "XXXX-WXX-1");
        assert_eq!(one("dua hari lalu", None).2, "-P2D");
        assert_eq!(one("dua hari lalu", Some("2022-03-01")).2, "2022-02-27");
        assert_eq!(one("tahun depan", Some("2022-03-01")).2, "2023");
        assert_eq!(one("akhir pekan lalu", Some("2022-01-21")).2, "2022-W02-WE");
    }

    #[test]
    fn islamic_dates_are_approximate() {
        let (_, _, value, flags) = one("1 Ramadan 1443 H", None);
        assert_eq!(value, "2022-04-03");
        assert_eq!(flags, [Flag::Approximate]);
        assert_eq!(one("1 Syawal", Some("2022-04-10")).2, "2022-05-03");
    }

    #[test]
    fn rates_are_sets() {
        let found = find_in_text("Rp300 ribu sebulan", None);
        assert_eq!(
            found.iter().map(|e| e.kind).collect::<Vec<_>>(),
            [ExprType::Money, ExprType::Set]
        );
        assert_eq!(one("selama sebulan", None).1, ExprType::Duration);
    }
}

#[cfg(test)]
mod gate {
    use proptest::prelude::*;

    use crate::{Date, find_in_text, whitespace_tokens};

    /// Words and numbers that make expressions, words that make none, and the `ber-` doubling.
    fn pieces() -> Vec<String> {
        let mut pool: Vec<String> = crate::starters::STARTERS
            .iter()
            .chain(crate::starters::CONTEXT)
            .chain(crate::starters::AFTER_START)
            .flat_map(|w| {
                let mut cap = w.to_string();
                if let Some(c) = cap.get_mut(0..1) {
                    c.make_ascii_uppercase();
                }
                [w.to_string(), cap, w.to_uppercase()]
            })
            .collect();
        for w in [
            "21",
            "2022",
            "1990-an",
            "19:36",
            "19.36",
            "5.000,00",
            "Rp5.000",
            "US$2",
            "€91",
            "ke-21",
            "(21/1)",
            "21/1/2022",
            "12,5",
            "0,2",
            "%",
            "$",
            "-",
            "(",
            ")",
            ",",
            ".",
            "/",
            "berjam-jam",
            "bertahun-tahun",
            "berhari-hari",
            "rumah",
            "Presiden",
            "Jakarta",
            "yang",
            "di",
            "sepekan",
            "setahun",
            "seratus",
        ] {
            pool.push(w.to_string());
        }
        pool
    }

    fn found(text: &str, anchor: Option<Date>, gated: bool) -> Vec<crate::Expression> {
        let tokens = whitespace_tokens(text);
        let mut out = Vec::new();
        let mut ctx = super::Ctx::new(anchor);
        let lower = text.to_ascii_lowercase();
        let text = super::Text::new(text, &lower, 0);
        super::sentence(&mut ctx, text, &tokens, 0..tokens.len(), &mut out, gated);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Trying the matchers only where a starter stands finds exactly what trying them everywhere finds.
        #[test]
        fn the_starter_gate_changes_nothing(
            picks in prop::collection::vec(any::<prop::sample::Index>(), 1..12),
            anchored in any::<bool>(),
        ) {
            let pool = pieces();
            let text: Vec<&str> = picks.iter().map(|i| pool[i.index(pool.len())].as_str()).collect();
            let text = text.join(" ");
            let anchor = if anchored { Date::new(2022, 1, 21) } else { None };
            prop_assert_eq!(found(&text, anchor, true), found(&text, anchor, false), "{}", text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// No matcher starts at a word the gate leaves out, in any case, whatever follows it.
        #[test]
        fn no_expression_starts_at_a_word_left_out(
            first in any::<prop::sample::Index>(),
            case in 0..3usize,
            picks in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
            anchored in any::<bool>(),
        ) {
            let left_out: Vec<&str> =
                crate::starters::CONTEXT.iter().chain(crate::starters::AFTER_START).copied().collect();
            let w = left_out[first.index(left_out.len())];
            let w = match case {
                0 => w.to_string(),
                1 => w[..1].to_uppercase() + &w[1..],
                _ => w.to_uppercase(),
            };
            let pool = pieces();
            let mut text = w.clone();
            for i in &picks {
                text.push(' ');
                text.push_str(&pool[i.index(pool.len())]);
            }
            let anchor = if anchored { Date::new(2022, 1, 21) } else { None };
            let found = found(&text, anchor, false);
            prop_assert!(found.iter().all(|e| e.start > 0), "{}: {:?}", text, found);
        }
    }

    #[test]
    fn the_gate_keeps_doubled_durations() {
        assert_eq!(
            find_in_text("menunggu berjam-jam di sana", None)[0].value,
            "PTXH"
        );
    }
}
