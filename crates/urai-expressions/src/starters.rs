//! The words an expression can start with, so that the recogniser tries its matchers only where one may.
//!
//! Every matcher begins by comparing the piece at its start with words: literals of the recogniser, or the
//! word lists of `lexicon.rs` and `number.rs`, all of them `match`es over literals (and one prefix, `ber-`).
//! The list below is every such literal, lower-cased, but for the words of two context lists that are only
//! read beside a match ([`CONTEXT`]); a test reads the three files and fails when a literal is missing or a
//! new prefix is stripped, and another checks on generated sentences that the gate changes no expression.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Lower-case, sorted.
pub(crate) const STARTERS: &[&str] = &[
    "a",
    "abad",
    "ags",
    "agt",
    "agu",
    "agustus",
    "ah",
    "ahad",
    "akhir",
    "amerika",
    "an",
    "apr",
    "april",
    "are",
    "as",
    "au",
    "aud",
    "aug",
    "august",
    "australia",
    "awal",
    "awwal",
    "baht",
    "barel",
    "baru",
    "bbl",
    "beberapa",
    "belas",
    "belasan",
    "ber",
    "berapa",
    "besok",
    "bulan",
    "c",
    "cad",
    "celcius",
    "celsius",
    "centimeter",
    "cm",
    "cny",
    "d",
    "dasawarsa",
    "dec",
    "december",
    "dekade",
    "delapan",
    "depan",
    "derajat",
    "des",
    "desember",
    "detik",
    "dewasa",
    "dini",
    "dolar",
    "dollar",
    "dua",
    "dzulhijah",
    "dzulhijjah",
    "dzulqa'dah",
    "dzulqaidah",
    "empat",
    "enam",
    "esok",
    "eur",
    "euro",
    "fahrenheit",
    "feb",
    "februari",
    "february",
    "g",
    "gb",
    "gbp",
    "gigawatt",
    "gr",
    "gram",
    "gw",
    "h",
    "ha",
    "hari",
    "hektar",
    "hektare",
    "hijriah",
    "hijriyah",
    "hijriyyah",
    "hingga",
    "hk",
    "hkd",
    "hong",
    "hongkong",
    "i",
    "idr",
    "ii",
    "iii",
    "in",
    "inci",
    "ini",
    "inr",
    "iv",
    "jam",
    "jan",
    "januari",
    "january",
    "jpy",
    "jt",
    "jul",
    "juli",
    "july",
    "jum'at",
    "jumadil",
    "jumat",
    "jun",
    "june",
    "juni",
    "juta",
    "jutaan",
    "kali",
    "kalori",
    "kamis",
    "kanada",
    "kcal",
    "ke",
    "kedelapan",
    "kedua",
    "keempat",
    "keenam",
    "kelima",
    "kemarin",
    "kesatu",
    "kesebelas",
    "kesembilan",
    "kesepuluh",
    "keseratus",
    "keseribu",
    "ketiga",
    "ketujuh",
    "kg",
    "kilogram",
    "kiloliter",
    "kilometer",
    "kilowatt",
    "kkal",
    "kl",
    "km",
    "kn",
    "knot",
    "kong",
    "kosong",
    "krw",
    "kuartal",
    "kubik",
    "kuintal",
    "kw",
    "kwh",
    "l",
    "lalu",
    "lima",
    "liter",
    "lusa",
    "m",
    "malam",
    "mar",
    "march",
    "maret",
    "may",
    "mb",
    "mbps",
    "medio",
    "megawatt",
    "mei",
    "menit",
    "meter",
    "mg",
    "mi",
    "mil",
    "miliar",
    "miliaran",
    "miligram",
    "mililiter",
    "milimeter",
    "milyar",
    "milyaran",
    "minggu",
    "ml",
    "mm",
    "mrt",
    "muharam",
    "muharram",
    "mw",
    "myr",
    "natal",
    "nol",
    "nop",
    "nopember",
    "nov",
    "november",
    "oct",
    "october",
    "okt",
    "oktober",
    "pagi",
    "peb",
    "pebruari",
    "pekan",
    "per",
    "persegi",
    "pertama",
    "pertengahan",
    "peso",
    "petang",
    "php",
    "pkl",
    "pound",
    "poundsterling",
    "pukul",
    "puluh",
    "puluhan",
    "q",
    "rabi'ul",
    "rabiul",
    "rabu",
    "rajab",
    "ramadan",
    "ramadhan",
    "ratus",
    "ratusan",
    "rb",
    "renminbi",
    "rial",
    "ribu",
    "ribuan",
    "ringgit",
    "riyal",
    "rm",
    "rp",
    "rub",
    "rubel",
    "rupe",
    "rupee",
    "rupiah",
    "s",
    "saat",
    "saban",
    "sabtu",
    "safar",
    "salah",
    "sampai",
    "sani",
    "sapar",
    "sar",
    "satu",
    "sd",
    "seabad",
    "sebelas",
    "sebulan",
    "sedekade",
    "sedetik",
    "sehari",
    "sejam",
    "sejuta",
    "sekitar",
    "selama",
    "selasa",
    "sembilan",
    "semenit",
    "semester",
    "semiliar",
    "semilyar",
    "seminggu",
    "senin",
    "sentimeter",
    "sep",
    "separuh",
    "sepekan",
    "sept",
    "september",
    "sepuluh",
    "seratus",
    "seribu",
    "serikat",
    "setahun",
    "setengah",
    "setiap",
    "setriliun",
    "sg",
    "sgd",
    "shafar",
    "siang",
    "singapura",
    "sore",
    "subuh",
    "sya'ban",
    "syaaban",
    "syaban",
    "syakban",
    "syawal",
    "syawwal",
    "t",
    "taf",
    "tahun",
    "tengah",
    "tev",
    "thb",
    "tiap",
    "tiga",
    "tmo",
    "tni",
    "ton",
    "triliun",
    "triliunan",
    "triwulan",
    "tsani",
    "tsani'",
    "tsaniyah",
    "tujuh",
    "ula",
    "us",
    "usd",
    "won",
    "x",
    "xxxx",
    "yen",
    "yuan",
    "zulhijah",
    "zulhijjah",
    "zulkaidah",
    "zulqaidah",
];

/// Words the matchers compare only with a piece after the one they start at: the unit of an amount
/// (`12 persen`), the zone of a time (`19:36 WIB`), the direction of a relative date (`dua hari lagi`, `tahun
/// yang lalu`, `sehari sebelumnya`). Lower-case, sorted; no expression starts at them, which a test checks on
/// generated sentences.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "the tests read it: the record of the words the gate leaves out"
    )
)]
pub(crate) const AFTER_START: &[&str] = &[
    "berikutnya",
    "gmt",
    "kemudian",
    "lagi",
    "mendatang",
    "persen",
    "prosen",
    "sebelumnya",
    "sesudahnya",
    "setelahnya",
    "silam",
    "utc",
    "wib",
    "wit",
    "wita",
    "yang",
];

/// The words of [`crate::lexicon`]'s context lists that no matcher compares with elsewhere, lower-case and
/// sorted: `year_trigger` is only read before a match (`pada 2020`) and `both_noun` only after one (`kedua
/// negara`), so no expression starts at these words and they are not starters. A test checks both.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "the tests read it: the record of the words the gate leaves out"
    )
)]
pub(crate) const CONTEXT: &[&str] = &[
    "anak",
    "antara",
    "bangsa",
    "belah",
    "belahan",
    "calon",
    "dari",
    "delegasi",
    "instansi",
    "institusi",
    "jelang",
    "kaki",
    "kandidat",
    "kelompok",
    "kepala",
    "klub",
    "korban",
    "kota",
    "kubu",
    "lembaga",
    "menjelang",
    "menteri",
    "negara",
    "orang",
    "pada",
    "partai",
    "pasangan",
    "pelaku",
    "pemain",
    "pemimpin",
    "periode",
    "perusahaan",
    "pihak",
    "presiden",
    "sebelum",
    "sejak",
    "sesudah",
    "setelah",
    "sisi",
    "tangan",
    "terdakwa",
    "tersangka",
    "tim",
    "wilayah",
];

/// Whether an expression may start at a word piece whose lower-case form is `w`.
pub(crate) fn may_start(w: &str) -> bool {
    static INDEX: OnceLock<Index> = OnceLock::new();
    let index = INDEX.get_or_init(Index::new);
    // `berjam-jam`, `bertahun-tahun`: the duration matcher strips `ber` off its first word and reads a duration
    // unit (`beras`, rice, is not `ber` + `AS`).
    if let Some(u) = w.strip_prefix("ber") {
        return index.set.contains(w) || crate::lexicon::duration_unit(u).is_some();
    }
    // Most words are not starters, and most of those are told apart by their length and three letters,
    // without hashing the word.
    index.sketched(w) && index.set.contains(w)
}

/// The starters as a set, and a bitmap of their [`sketch`]es.
struct Index {
    set: HashSet<&'static str, BuildHasherDefault<WordHasher>>,
    sketches: Vec<u64>,
}

/// Bits in [`Index::sketches`].
const SKETCH_BITS: usize = 1 << 13;

/// A word's length, first two bytes and last byte, hashed to a bit of [`Index::sketches`].
fn sketch(w: &[u8]) -> usize {
    let byte = |i: usize| usize::from(w.get(i).copied().unwrap_or(0));
    let last = byte(w.len().wrapping_sub(1));
    (((w.len() * 131 + byte(0)) * 131 + byte(1)) * 131 + last) % SKETCH_BITS
}

impl Index {
    fn new() -> Self {
        let mut sketches = vec![0u64; SKETCH_BITS / 64];
        for w in STARTERS {
            let k = sketch(w.as_bytes());
            if let Some(word) = sketches.get_mut(k / 64) {
                *word |= 1 << (k % 64);
            }
        }
        Index {
            set: STARTERS.iter().copied().collect(),
            sketches,
        }
    }

    /// Whether a starter has the sketch of `w` (false: `w` is no starter).
    fn sketched(&self, w: &str) -> bool {
        let k = sketch(w.as_bytes());
        self.sketches
            .get(k / 64)
            .is_some_and(|word| word & (1 << (k % 64)) != 0)
    }
}

/// A fast hash for short words (multiply and rotate per 8 bytes): the set is fixed and is not exposed to
/// chosen keys, so it needs no protection against collisions crafted by an attacker.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(b)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word literals of a source file's code (not its comments, not its tests), lower-cased.
    fn literals(source: &str) -> Vec<String> {
        let code = source.split("#[cfg(test)]").next().unwrap_or("");
        let mut out = Vec::new();
        for line in code.lines() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let mut parts = line.split('"');
            parts.next();
            while let (Some(lit), Some(_)) = (parts.next(), parts.next()) {
                if !lit.is_empty()
                    && !lit.contains('\\')
                    && lit
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
                {
                    out.push(lit.to_lowercase());
                }
            }
        }
        out
    }

    /// The lexicon functions read only beside a match, with the argument every call gives them.
    const CONTEXT_LISTS: [(&str, &str); 2] = [
        ("year_trigger", "self.word(i - 1)"),
        ("both_noun", "self.word(i + 1)"),
    ];

    /// `source` without the bodies of the [`CONTEXT_LISTS`] functions, and the literals of those bodies.
    fn without_context_lists(source: &str) -> (String, Vec<String>) {
        let mut rest = source.to_string();
        let mut context = Vec::new();
        for (f, _) in CONTEXT_LISTS {
            let Some(at) = rest.find(&format!("fn {f}(")) else {
                continue;
            };
            let end = rest[at..].find("\n}\n").map_or(rest.len(), |e| at + e);
            context.extend(literals(&rest[at..end]));
            rest.replace_range(at..end, "");
        }
        (rest, context)
    }

    #[test]
    fn every_word_a_matcher_compares_with_is_a_starter() {
        let sources = [
            ("lexicon.rs", include_str!("lexicon.rs")),
            ("number.rs", include_str!("number.rs")),
            ("recognise.rs", include_str!("recognise.rs")),
        ];
        let mut seen = 0;
        let mut context = Vec::new();
        let mut all = Vec::new();
        for (name, source) in sources {
            let (code, in_lists) = without_context_lists(source);
            context.extend(in_lists);
            for w in literals(&code) {
                assert!(
                    may_start(&w) || AFTER_START.contains(&w.as_str()),
                    "{name}: {w:?} is not in STARTERS"
                );
                seen += 1;
                all.push(w);
            }
        }
        // The words left out of STARTERS are words of the matchers, and are not starters.
        for w in AFTER_START {
            assert!(all.iter().any(|l| l == w), "{w:?} is no matcher's word");
            assert!(!may_start(w), "{w:?} is both in STARTERS and AFTER_START");
        }
        assert!(seen > 300, "only {seen} literals found");
        // The context lists' own words are starters when another matcher reads them, else in CONTEXT.
        assert!(
            context.len() > 40,
            "only {} context words found",
            context.len()
        );
        for w in &context {
            assert!(
                may_start(w) != CONTEXT.contains(&w.as_str()),
                "{w:?}: in CONTEXT exactly when no matcher compares with it"
            );
        }
        assert!(CONTEXT.iter().all(|w| context.iter().any(|c| c == w)));
        // Every call of a context list reads the piece before (or after) the one the matcher starts at.
        let code = include_str!("recognise.rs");
        for (f, arg) in CONTEXT_LISTS {
            let calls: Vec<&str> = code.split(&format!("lx::{f}(")).skip(1).collect();
            assert!(!calls.is_empty(), "{f} is never called");
            for call in calls {
                assert!(
                    call.starts_with(arg),
                    "lx::{f} called on {:?}",
                    call.get(..40)
                );
            }
        }
        // A word a matcher strips a prefix off is a starter with a duration unit after that prefix (the one
        // matcher that strips one reads a duration unit after it); a new prefix or suffix fails here.
        for (name, source) in sources {
            let code = source.split("#[cfg(test)]").next().unwrap_or("");
            for op in [
                "strip_prefix(\"",
                "starts_with(\"",
                "strip_suffix(\"",
                "ends_with(\"",
            ] {
                for part in code.split(op).skip(1) {
                    let affix = part.split('"').next().unwrap_or("");
                    let word = if op.contains("prefix") || op.contains("starts") {
                        format!("{affix}jam")
                    } else {
                        format!("jam{affix}")
                    };
                    assert!(
                        may_start(&word),
                        "{name}: {op}{affix}\") is not known to may_start"
                    );
                }
            }
        }
        assert!(!may_start("rumah") && !may_start("jakarta"));
    }

    #[test]
    fn starters_are_sorted_lower_case_and_unique() {
        for list in [STARTERS, CONTEXT, AFTER_START] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(list.iter().all(|w| w.to_lowercase() == *w));
        }
        // The sketch bitmap lets every starter through, in any case a word piece is lower-cased to.
        assert!(STARTERS.iter().all(|w| may_start(w)));
        assert!(!CONTEXT.iter().any(|w| may_start(w)));
    }
}
