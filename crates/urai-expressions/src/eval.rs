//! Scoring found expressions against gold ones: span precision, recall and F1 per type, exact (same start,
//! end and type) and overlapping (same type, spans sharing a byte), and value accuracy on the exactly matched
//! spans.
//!
//! ```
//! use urai_expressions::eval::Report;
//! use urai_expressions::{ExprType, Expression};
//!
//! let e = |start, end, kind, value: &str| Expression { start, end, kind, value: value.into(), flags: vec![] };
//! let gold = vec![e(0, 5, ExprType::Date, "2022"), e(10, 14, ExprType::Cardinal, "12")];
//! let system = vec![e(0, 5, ExprType::Date, "2021"), e(9, 14, ExprType::Cardinal, "12")];
//! let mut report = Report::default();
//! report.add(&gold, &system);
//! let all = report.total();
//! assert_eq!((all.exact_f1(), all.overlap_f1()), (0.5, 1.0));
//! assert_eq!(all.value_accuracy(), 0.0); // the one exact match has the wrong value
//! ```

use std::collections::BTreeMap;

use crate::{ExprType, Expression};

/// Counts of one type (or of all types).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// System spans.
    pub system: usize,
    /// System spans equal to a gold span (start, end, type).
    pub exact: usize,
    /// Gold spans overlapped by a system span of the same type.
    pub overlap_gold: usize,
    /// System spans overlapping a gold span of the same type.
    pub overlap_system: usize,
    /// Exact matches whose value equals the gold value.
    pub value_ok: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    /// Exact-span precision.
    pub fn exact_precision(&self) -> f64 {
        ratio(self.exact, self.system)
    }
    /// Exact-span recall.
    pub fn exact_recall(&self) -> f64 {
        ratio(self.exact, self.gold)
    }
    /// Exact-span F1.
    pub fn exact_f1(&self) -> f64 {
        f1(self.exact_precision(), self.exact_recall())
    }
    /// Overlapping-span precision.
    pub fn overlap_precision(&self) -> f64 {
        ratio(self.overlap_system, self.system)
    }
    /// Overlapping-span recall.
    pub fn overlap_recall(&self) -> f64 {
        ratio(self.overlap_gold, self.gold)
    }
    /// Overlapping-span F1.
    pub fn overlap_f1(&self) -> f64 {
        f1(self.overlap_precision(), self.overlap_recall())
    }
    /// The share of exact matches with the gold value (0 when nothing matched).
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_ok, self.exact)
    }

    fn merge(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.system += o.system;
        self.exact += o.exact;
        self.overlap_gold += o.overlap_gold;
        self.overlap_system += o.overlap_system;
        self.value_ok += o.value_ok;
    }
}

/// Counts per type, accumulated over documents.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Counts per type.
    pub per_type: BTreeMap<ExprType, Counts>,
}

impl Report {
    /// Adds one document's gold and system expressions.
    pub fn add(&mut self, gold: &[Expression], system: &[Expression]) {
        let overlaps =
            |a: &Expression, b: &Expression| a.kind == b.kind && a.start < b.end && b.start < a.end;
        for g in gold {
            let c = self.per_type.entry(g.kind).or_default();
            c.gold += 1;
            if system.iter().any(|s| overlaps(g, s)) {
                c.overlap_gold += 1;
            }
        }
        for s in system {
            let c = self.per_type.entry(s.kind).or_default();
            c.system += 1;
            if gold.iter().any(|g| overlaps(g, s)) {
                c.overlap_system += 1;
            }
            if let Some(g) = gold
                .iter()
                .find(|g| g.start == s.start && g.end == s.end && g.kind == s.kind)
            {
                c.exact += 1;
                if g.value == s.value {
                    c.value_ok += 1;
                }
            }
        }
    }

    /// Counts over all types.
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.per_type.values() {
            t.merge(c);
        }
        t
    }

    /// A table: one line per type and a total line, percentages with one decimal.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "type        gold  system  exact-P  exact-R  exact-F1  overlap-F1  value-acc\n",
        );
        let line = |name: &str, c: &Counts| {
            format!(
                "{name:<10} {:>5} {:>7} {:>8.1} {:>8.1} {:>9.1} {:>11.1} {:>10.1}\n",
                c.gold,
                c.system,
                100.0 * c.exact_precision(),
                100.0 * c.exact_recall(),
                100.0 * c.exact_f1(),
                100.0 * c.overlap_f1(),
                100.0 * c.value_accuracy()
            )
        };
        for (t, c) in &self.per_type {
            out.push_str(&line(t.as_str(), c));
        }
        out.push_str(&line("all", &self.total()));
        out
    }
}
