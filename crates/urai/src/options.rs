//! Pipeline options as the `urai` command and the Python package spell them, parsed in one place so that both
//! accept the same values and report the same errors.
//!
//! ```
//! use urai::options::{parse_domain, parse_ner_rules};
//!
//! assert_eq!(parse_domain("mean"), Ok(urai::ner::MEAN_DOMAIN));
//! assert_eq!(parse_domain("1"), Ok(1));
//! assert!(parse_domain("nine").unwrap_err().starts_with("expected `mean`, `shared` or a domain id"));
//! let rules = parse_ner_rules("no-acronyms,propagate-entities").unwrap();
//! assert!(!rules.acronyms_follow_expansion && rules.propagate_entities);
//! assert!(parse_ner_rules("bogus").unwrap_err().starts_with("unknown rule \"bogus\""));
//! ```

use crate::ner::DocumentOptions;

/// The switch of one document rule in the tagger's options.
pub type RuleSwitch = fn(&mut DocumentOptions) -> &mut bool;

/// The entity tagger's document rules by their `--ner-rules` names, each with its switch.
pub const NER_RULES: [(&str, RuleSwitch); 6] = [
    ("person-parts", |o| &mut o.propagate_person_parts),
    ("propagate-entities", |o| &mut o.propagate_entities),
    ("unify-types", |o| &mut o.unify_types),
    ("seats", |o| &mut o.seats_as_organisations),
    ("acronyms", |o| &mut o.acronyms_follow_expansion),
    ("initial-places", |o| &mut o.places_open_sentences),
];

/// `--ner-rules`: rule names (with `no-` to turn one off, `none` for all off) applied over the defaults.
pub fn parse_ner_rules(s: &str) -> std::result::Result<DocumentOptions, String> {
    let mut o = DocumentOptions::default();
    for item in s.split(',').map(str::trim).filter(|x| !x.is_empty()) {
        if item == "none" {
            for (_, switch) in NER_RULES {
                *switch(&mut o) = false;
            }
            continue;
        }
        let (on, name) = match item.strip_prefix("no-") {
            Some(rest) => (false, rest),
            None => (true, item),
        };
        let Some((_, switch)) = NER_RULES.iter().find(|(n, _)| *n == name) else {
            let names: Vec<&str> = NER_RULES.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "unknown rule {name:?}: expected none, {} (each may take a no- prefix)",
                names.join(", ")
            ));
        };
        *switch(&mut o) = on;
    }
    Ok(o)
}

/// `mean`, `shared` or a domain id below [`crate::ner::train::MAX_DOMAINS`].
pub fn parse_domain(s: &str) -> std::result::Result<u8, String> {
    match s {
        "mean" => Ok(crate::ner::MEAN_DOMAIN),
        "shared" => Ok(crate::ner::SHARED_DOMAIN),
        _ => match s.parse::<u8>() {
            Ok(d) if d < crate::ner::train::MAX_DOMAINS => Ok(d),
            _ => Err(format!(
                "expected `mean`, `shared` or a domain id 0-{}, got {s:?}",
                crate::ner::train::MAX_DOMAINS - 1
            )),
        },
    }
}

/// `--abbrev-period`: `keep` (`Dr.` one token, UD CSUI's convention) or `split` (`Dr` `.`, UD GSD's).
pub fn parse_abbreviation_periods(
    s: &str,
) -> std::result::Result<crate::tokenizer::AbbreviationPeriods, String> {
    match s {
        "keep" => Ok(crate::tokenizer::AbbreviationPeriods::Keep),
        "split" => Ok(crate::tokenizer::AbbreviationPeriods::Split),
        _ => Err(format!("expected `keep` or `split`, got {s:?}")),
    }
}
