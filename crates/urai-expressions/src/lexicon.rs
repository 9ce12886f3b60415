//! Word lists: months, weekdays, units, currencies, time zones.

/// The month number of an Indonesian (or English) month name or abbreviation, lower-case; whether it is an
/// abbreviation.
pub(crate) fn month(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "januari" | "january" => (1, false),
        "februari" | "pebruari" | "february" => (2, false),
        "maret" | "march" => (3, false),
        "april" => (4, false),
        "mei" | "may" => (5, false),
        "juni" | "june" => (6, false),
        "juli" | "july" => (7, false),
        "agustus" | "august" => (8, false),
        "september" => (9, false),
        "oktober" | "october" => (10, false),
        "november" | "nopember" => (11, false),
        "desember" | "december" => (12, false),
        "jan" => (1, true),
        "feb" | "peb" => (2, true),
        "mar" | "mrt" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "agu" | "agt" | "ags" | "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "okt" | "oct" => (10, true),
        "nov" | "nop" => (11, true),
        "des" | "dec" => (12, true),
        _ => return None,
    })
}

/// The ISO weekday (1 = Monday) of a lower-case day name.
pub(crate) fn weekday(w: &str) -> Option<u32> {
    Some(match w {
        "senin" => 1,
        "selasa" => 2,
        "rabu" => 3,
        "kamis" => 4,
        "jumat" | "jum'at" => 5,
        "sabtu" => 6,
        "minggu" | "ahad" => 7,
        _ => return None,
    })
}

/// The Islamic month of a lower-case month name (first word) and the second word it needs, if any.
pub(crate) fn hijri_month(w: &str) -> Option<(u32, Option<(&'static str, u32)>)> {
    Some(match w {
        "muharram" | "muharam" => (1, None),
        "safar" | "sapar" | "shafar" => (2, None),
        "rabiul" | "rabi'ul" => (3, Some(("akhir", 4))),
        "jumadil" => (5, Some(("akhir", 6))),
        "rajab" => (7, None),
        "syakban" | "syaban" | "sya'ban" | "syaaban" => (8, None),
        "ramadan" | "ramadhan" => (9, None),
        "syawal" | "syawwal" => (10, None),
        "zulkaidah" | "dzulqaidah" | "dzulqa'dah" | "zulqaidah" => (11, None),
        "zulhijah" | "zulhijjah" | "dzulhijjah" | "dzulhijah" => (12, None),
        _ => return None,
    })
}

/// The second word of a two-word Islamic month (`Rabiul Awal`, `Jumadil Akhir`): `awal` keeps the first
/// month, the other word moves to the next.
pub(crate) fn hijri_second(
    first: u32,
    second: Option<(&'static str, u32)>,
    w: &str,
) -> Option<u32> {
    let (other, next) = second?;
    if w == "awal" || w == "awwal" || w == "ula" {
        Some(first)
    } else if w == other || w == "tsani" || w == "sani" || w == "tsaniyah" || w == "tsani'" {
        Some(next)
    } else {
        None
    }
}

/// Time-zone abbreviations (as written) and their UTC offsets.
pub(crate) fn zone(w: &str) -> Option<&'static str> {
    Some(match w {
        "WIB" => "+07:00",
        "WITA" => "+08:00",
        "WIT" => "+09:00",
        "UTC" | "GMT" => "+00:00",
        _ => return None,
    })
}

/// A duration unit word (lower case): its ISO 8601 designator, whether it is a time (after `T`), and how many
/// of the designator's unit one of it is.
pub(crate) fn duration_unit(w: &str) -> Option<(char, bool, u32)> {
    Some(match w {
        "detik" => ('S', true, 1),
        "menit" => ('M', true, 1),
        "jam" => ('H', true, 1),
        "hari" => ('D', false, 1),
        "minggu" | "pekan" => ('W', false, 1),
        "bulan" => ('M', false, 1),
        "tahun" => ('Y', false, 1),
        "dekade" | "dasawarsa" => ('Y', false, 10),
        "abad" => ('Y', false, 100),
        _ => return None,
    })
}

/// `se-` words for one unit of time (`sehari`, `setahun`).
pub(crate) fn se_duration(w: &str) -> Option<&'static str> {
    Some(match w {
        "sedetik" => "detik",
        "semenit" => "menit",
        "sejam" => "jam",
        "sehari" => "hari",
        "seminggu" => "minggu",
        "sepekan" => "pekan",
        "sebulan" => "bulan",
        "setahun" => "tahun",
        "sedekade" => "dekade",
        "seabad" => "abad",
        _ => return None,
    })
}

/// A currency written before its amount (as written, case-sensitive except `Rp`).
pub(crate) fn currency_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "Rp" | "rp" | "RP" | "IDR" => "IDR",
        "USD" => "USD",
        "EUR" => "EUR",
        "SGD" => "SGD",
        "JPY" => "JPY",
        "GBP" => "GBP",
        "MYR" | "RM" => "MYR",
        "AUD" => "AUD",
        "CNY" => "CNY",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "$" => "USD",
        _ => return None,
    })
}

/// A currency written before `$` (`US$`, `S$`, `A$`).
pub(crate) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "US" => "USD",
        "S" | "SG" => "SGD",
        "A" | "AU" => "AUD",
        "HK" => "HKD",
        _ => return None,
    })
}

/// A currency written after its amount (lower case).
pub(crate) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "rupiah" => "IDR",
        "dolar" | "dollar" => "USD",
        "euro" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "ringgit" => "MYR",
        "won" => "KRW",
        "riyal" | "rial" => "SAR",
        "poundsterling" | "pound" => "GBP",
        "rupee" | "rupe" => "INR",
        "baht" => "THB",
        "peso" => "PHP",
        "rubel" => "RUB",
        _ => return None,
    })
}

/// The country word after `dolar` and its currency.
pub(crate) fn dollar_country(w: &str) -> Option<&'static str> {
    Some(match w {
        "as" => "USD",
        "singapura" => "SGD",
        "australia" => "AUD",
        "kanada" => "CAD",
        "hongkong" => "HKD",
        _ => return None,
    })
}

/// A unit of measure: the word as written (lower-cased unless the symbol is case-sensitive) and its symbol.
pub(crate) fn unit(w: &str, raw: &str) -> Option<&'static str> {
    let by_case = match raw {
        "kW" => Some("kW"),
        "MW" => Some("MW"),
        "GW" => Some("GW"),
        "kWh" => Some("kWh"),
        "L" => Some("l"),
        "GB" => Some("GB"),
        "MB" => Some("MB"),
        "Mbps" => Some("Mbps"),
        _ => None,
    };
    if by_case.is_some() {
        return by_case;
    }
    Some(match w {
        "kilogram" | "kg" => "kg",
        "gram" | "gr" => "g",
        "miligram" | "mg" => "mg",
        "ton" => "t",
        "kuintal" => "q",
        "kilometer" | "km" => "km",
        "meter" | "m" => "m",
        "sentimeter" | "centimeter" | "cm" => "cm",
        "milimeter" | "mm" => "mm",
        "mil" => "mi",
        "inci" => "in",
        "liter" | "l" => "l",
        "kiloliter" | "kl" => "kl",
        "mililiter" | "ml" => "ml",
        "hektare" | "hektar" | "ha" => "ha",
        "are" => "a",
        "barel" => "bbl",
        "knot" => "kn",
        "kilowatt" => "kW",
        "megawatt" => "MW",
        "gigawatt" => "GW",
        "kalori" | "kkal" => "kcal",
        _ => return None,
    })
}

/// The vague amounts (`ratusan` = hundreds) and the power of ten they are of the order of.
pub(crate) fn vague(w: &str) -> Option<u32> {
    Some(match w {
        "puluhan" | "belasan" => 1,
        "ratusan" => 2,
        "ribuan" => 3,
        "jutaan" => 6,
        "miliaran" | "milyaran" => 9,
        "triliunan" => 12,
        _ => return None,
    })
}

/// Ordinal words with their value (`pertama`, `kedua`, ...).
pub(crate) fn ordinal_word(w: &str) -> Option<u32> {
    Some(match w {
        "pertama" | "kesatu" => 1,
        "kedua" => 2,
        "ketiga" => 3,
        "keempat" => 4,
        "kelima" => 5,
        "keenam" => 6,
        "ketujuh" => 7,
        "kedelapan" => 8,
        "kesembilan" => 9,
        "kesepuluh" => 10,
        "kesebelas" => 11,
        "keseratus" => 100,
        "keseribu" => 1000,
        _ => return None,
    })
}

/// Words before a bare year that make it a date (`pada 2020`, `sejak 1998`).
pub(crate) fn year_trigger(w: &str) -> bool {
    matches!(
        w,
        "pada"
            | "sejak"
            | "hingga"
            | "sampai"
            | "tahun"
            | "awal"
            | "akhir"
            | "pertengahan"
            | "medio"
            | "sebelum"
            | "setelah"
            | "sesudah"
            | "menjelang"
            | "jelang"
            | "antara"
            | "dari"
            | "selama"
            | "periode"
            | "semester"
            | "kuartal"
            | "triwulan"
    )
}

/// Nouns after which `kedua`, `ketiga`, ... mean `both`, `all three` (`kedua negara`), not a rank.
pub(crate) fn both_noun(w: &str) -> bool {
    matches!(
        w,
        "negara"
            | "pihak"
            | "belah"
            | "tim"
            | "kubu"
            | "pasangan"
            | "lembaga"
            | "partai"
            | "kelompok"
            | "tangan"
            | "kaki"
            | "pemimpin"
            | "menteri"
            | "calon"
            | "perusahaan"
            | "sisi"
            | "kota"
            | "bangsa"
            | "pemain"
            | "klub"
            | "korban"
            | "pelaku"
            | "tersangka"
            | "terdakwa"
            | "kepala"
            | "orang"
            | "anak"
            | "belahan"
            | "delegasi"
            | "presiden"
            | "kandidat"
            | "wilayah"
            | "instansi"
            | "institusi"
    )
}
