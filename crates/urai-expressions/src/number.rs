//! Exact decimals and the reading of written numbers: digits in Indonesian or English format, number words.

use std::fmt;

/// An exact decimal: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dec {
    mantissa: i128,
    scale: u32,
}

/// How a string of digits and separators was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Indonesian format (`.` thousands, `,` decimals), or no separator at all.
    Indonesian,
    /// English format (`,` thousands, `.` decimals), read so because no Indonesian reading fits the shape.
    English,
    /// The shape fits both formats; the reading taken is given in the flags.
    Ambiguous,
}

impl Dec {
    pub(crate) fn int(n: i128) -> Dec {
        Dec {
            mantissa: n,
            scale: 0,
        }
    }

    /// The value times `10^exp`.
    pub(crate) fn shift(self, exp: u32) -> Option<Dec> {
        let mut d = self;
        let mut exp = exp;
        while exp > 0 && d.scale > 0 {
            d.scale -= 1;
            exp -= 1;
        }
        d.mantissa = d.mantissa.checked_mul(10i128.checked_pow(exp)?)?;
        Some(d.normalised())
    }

    fn normalised(mut self) -> Dec {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        self
    }

    /// The value divided by ten.
    pub(crate) fn checked_div10(self) -> Option<Dec> {
        Some(Dec {
            mantissa: self.mantissa,
            scale: self.scale.checked_add(1)?,
        })
    }

    /// Whether the value is less than `other`.
    pub(crate) fn less_than(&self, other: &Dec) -> bool {
        let scale = self.scale.max(other.scale);
        let up = |d: &Dec| {
            10i128
                .checked_pow(scale - d.scale)
                .and_then(|f| d.mantissa.checked_mul(f))
        };
        match (up(self), up(other)) {
            (Some(a), Some(b)) => a < b,
            _ => false,
        }
    }

    /// The value as an integer, if it is one.
    pub(crate) fn as_int(&self) -> Option<i128> {
        (self.scale == 0).then_some(self.mantissa)
    }

    /// Parses plain digits with at most one `.` as the decimal point.
    pub(crate) fn from_plain(int: &str, frac: &str) -> Option<Dec> {
        if int.is_empty()
            || !int.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let mut m: i128 = 0;
        for b in int.bytes().chain(frac.bytes()) {
            m = m.checked_mul(10)?.checked_add(i128::from(b - b'0'))?;
        }
        Some(
            Dec {
                mantissa: m,
                scale: u32::try_from(frac.len()).ok()?,
            }
            .normalised(),
        )
    }
}

impl fmt::Display for Dec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let digits = if digits.len() <= scale {
            format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
        } else {
            digits
        };
        let (int, frac) = digits.split_at(digits.len() - scale);
        write!(f, "{sign}{int}.{frac}")
    }
}

/// Whether every group after the first has three digits and the first has one to three.
fn thousands_groups(groups: &[&str]) -> bool {
    groups.len() >= 2
        && groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
        && groups.iter().skip(1).all(|g| g.len() == 3)
}

/// Reads digits with `.` and `,` separators. Indonesian format is the default; English format is taken when
/// only it fits the shape. Returns `None` for shapes that are no number (`1.2.3`, `1,2,3` outside thousands
/// groups).
///
/// A single separator followed by exactly three digits fits both formats: `.` is then read as Indonesian
/// thousands (`100.000` = 100000); `,` is read as English thousands (`2,615` = 2615) unless the integer part is
/// `0`. Both are reported as ambiguous unless the three digits are `000`, which no one writes as decimals.
pub(crate) fn parse_digits(s: &str) -> Option<(Dec, Reading)> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    match (dots, commas) {
        (0, 0) => Dec::from_plain(s, "").map(|d| (d, Reading::Indonesian)),
        (_, 0) => {
            let groups: Vec<&str> = s.split('.').collect();
            if dots == 1 {
                let (int, frac) = s.split_once('.')?;
                if thousands_groups(&groups) && int != "0" {
                    let reading = if frac == "000" {
                        Reading::Indonesian
                    } else {
                        Reading::Ambiguous
                    };
                    Dec::from_plain(&groups.concat(), "").map(|d| (d, reading))
                } else {
                    Dec::from_plain(int, frac).map(|d| (d, Reading::English))
                }
            } else if thousands_groups(&groups) {
                Dec::from_plain(&groups.concat(), "").map(|d| (d, Reading::Indonesian))
            } else {
                None
            }
        }
        (0, _) => {
            let groups: Vec<&str> = s.split(',').collect();
            if commas == 1 {
                let (int, frac) = s.split_once(',')?;
                if thousands_groups(&groups) && int != "0" {
                    let reading = if frac == "000" {
                        Reading::English
                    } else {
                        Reading::Ambiguous
                    };
                    Dec::from_plain(&groups.concat(), "").map(|d| (d, reading))
                } else {
                    Dec::from_plain(int, frac).map(|d| (d, Reading::Indonesian))
                }
            } else if thousands_groups(&groups) {
                Dec::from_plain(&groups.concat(), "").map(|d| (d, Reading::English))
            } else {
                None
            }
        }
        _ => {
            // Both: the last separator is the decimal mark.
            let last_dot = s.rfind('.')?;
            let last_comma = s.rfind(',')?;
            let (thousands, decimal, reading) = if last_comma > last_dot {
                ('.', ',', Reading::Indonesian)
            } else {
                (',', '.', Reading::English)
            };
            let (int, frac) = s.rsplit_once(decimal)?;
            if int.contains(decimal) {
                return None;
            }
            let groups: Vec<&str> = int.split(thousands).collect();
            if !thousands_groups(&groups) {
                return None;
            }
            Dec::from_plain(&groups.concat(), frac).map(|d| (d, reading))
        }
    }
}

/// The value of a digit word (`satu` ... `sembilan`).
pub(crate) fn digit_word(w: &str) -> Option<i128> {
    Some(match w {
        "nol" | "kosong" => 0,
        "satu" => 1,
        "dua" => 2,
        "tiga" => 3,
        "empat" => 4,
        "lima" => 5,
        "enam" => 6,
        "tujuh" => 7,
        "delapan" => 8,
        "sembilan" => 9,
        _ => return None,
    })
}

/// The power of ten of a scale word (`ribu` 3, `juta` 6, `miliar` 9, `triliun` 12), with its abbreviations.
pub(crate) fn scale_word(w: &str) -> Option<u32> {
    Some(match w {
        "ribu" | "rb" => 3,
        "juta" | "jt" => 6,
        "miliar" | "milyar" | "M" => 9,
        "triliun" | "T" => 12,
        _ => return None,
    })
}

/// Words with `se-` that stand for one of something (`seratus` = 100, `sejuta` = 10^6).
fn se_word(w: &str) -> Option<(i128, bool)> {
    // (value, whether it is a scale that multiplies what came before)
    Some(match w {
        "sepuluh" => (10, false),
        "sebelas" => (11, false),
        "seratus" => (100, false),
        "seribu" => (1000, true),
        "sejuta" => (1_000_000, true),
        "semiliar" | "semilyar" => (1_000_000_000, true),
        "setriliun" => (1_000_000_000_000, true),
        _ => return None,
    })
}

/// Whether a spelled-out number can begin with the lower-case word `w` (a digit word or a `se-` number):
/// [`parse_number_words`] finds none otherwise.
pub(crate) fn can_start_number_words(w: &str) -> bool {
    digit_word(w).is_some() || se_word(w).is_some()
}

/// Reads a spelled-out number from lower-case words, as many as form one number; returns the value and the
/// number of words used. `dua ratus lima puluh` = 250, `tiga belas` = 13, `seribu dua ratus` = 1200.
pub(crate) fn parse_number_words(words: &[&str]) -> Option<(Dec, usize)> {
    let mut total: i128 = 0; // completed scale groups
    let mut group: i128 = 0; // below a thousand
    let mut pending: Option<i128> = None; // a digit word not yet multiplied
    let mut used = 0;
    let mut last_scale = u32::MAX;
    for (k, w) in words.iter().enumerate() {
        let step = match *w {
            w if digit_word(w).is_some() => {
                if pending.is_some() {
                    break;
                }
                pending = digit_word(w);
                true
            }
            "belas" => match pending.take() {
                Some(d) if d >= 1 => {
                    group += 10 + d;
                    true
                }
                _ => break,
            },
            "puluh" | "ratus" => match pending.take() {
                Some(d) if d >= 1 => {
                    group += d * if *w == "puluh" { 10 } else { 100 };
                    true
                }
                _ => break,
            },
            w if scale_word(w).is_some() && !matches!(w, "rb" | "jt" | "M" | "T") => {
                let exp = scale_word(w).unwrap_or(0);
                let n = group + pending.take().unwrap_or(0);
                if n == 0 || exp >= last_scale {
                    break;
                }
                last_scale = exp;
                total = total.checked_add(n.checked_mul(10i128.checked_pow(exp)?)?)?;
                group = 0;
                true
            }
            w => match se_word(w) {
                Some((v, true)) => {
                    if pending.is_some() {
                        break;
                    }
                    let n = group;
                    total = total.checked_add(if n == 0 { v } else { n.checked_mul(v)? })?;
                    group = 0;
                    true
                }
                Some((v, false)) => {
                    if pending.is_some() {
                        break;
                    }
                    group += v;
                    true
                }
                None => false,
            },
        };
        if !step {
            break;
        }
        used = k + 1;
    }
    if used == 0 {
        return None;
    }
    // Words consumed after the last complete step are given back: `dua` in `dua ratus` is consumed
    // with `ratus`.
    let value = total
        .checked_add(group)?
        .checked_add(pending.unwrap_or(0))?;
    Some((Dec::int(value), used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(String, Reading)> {
        parse_digits(s).map(|(d, r)| (d.to_string(), r))
    }

    #[test]
    fn digit_shapes() {
        use Reading::*;
        assert_eq!(read("100.000"), Some(("100000".into(), Indonesian)));
        assert_eq!(read("5.000,00"), Some(("5000".into(), Indonesian)));
        assert_eq!(read("12,5"), Some(("12.5".into(), Indonesian)));
        assert_eq!(read("1.2"), Some(("1.2".into(), English)));
        assert_eq!(read("2,615"), Some(("2615".into(), Ambiguous)));
        assert_eq!(read("1,234,567"), Some(("1234567".into(), English)));
        assert_eq!(read("1,234.5"), Some(("1234.5".into(), English)));
        assert_eq!(read("1.234.567"), Some(("1234567".into(), Indonesian)));
        assert_eq!(read("0,250"), Some(("0.25".into(), Indonesian)));
        assert_eq!(read("1.2.3"), None);
    }

    #[test]
    fn words() {
        let r = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            parse_number_words(&w).map(|(d, n)| (d.to_string(), n))
        };
        assert_eq!(r("dua ratus lima puluh"), Some(("250".into(), 4)));
        assert_eq!(r("tiga belas orang"), Some(("13".into(), 2)));
        assert_eq!(r("seribu dua ratus"), Some(("1200".into(), 3)));
        assert_eq!(r("dua juta lima ratus ribu"), Some(("2500000".into(), 5)));
        assert_eq!(r("sepuluh"), Some(("10".into(), 1)));
        assert_eq!(r("dua tiga"), Some(("2".into(), 1)));
        assert_eq!(r("orang"), None);
    }
}
