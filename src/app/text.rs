//! The words an island draws, by their names in the catalogue
//! (`src/locales/LANG/islands.ftl`). The build formats them with Fluent
//! (`catalogue`) and writes each one into the page
//! (`<template id="island-words">`, placeholders left as `{$name}`); in the
//! browser an island reads them from there and fills the placeholders. So
//! the islands draw the same words either way, and the wasm carries none.

use crate::terms::{Choice, Said, Value};

/// A message's placeholders and their values, in any order.
pub type Args<'a> = &'a [(&'a str, &'a str)];

/// The ID of the template the build writes the islands' words into.
pub const TEMPLATE_ID: &str = "island-words";

/// Between a message's name and its pattern, and after each message, in
/// the page: a tab and a line end, which no message holds (each is one
/// line), so the islands read all their words with one DOM call and split
/// them.
const NAME_END: char = '\t';
const MESSAGE_END: char = '\n';

/// The islands' words as the build writes them into the page.
#[cfg(feature = "ssr")]
pub fn page_words(words: &[(String, String)]) -> String {
    let mut out = String::new();
    for (name, pattern) in words {
        assert!(
            !pattern.contains([NAME_END, MESSAGE_END]),
            "catalogue message {name} holds a tab or a line end"
        );
        out.push_str(name);
        out.push(NAME_END);
        out.push_str(pattern);
        out.push(MESSAGE_END);
    }
    out
}

/// The islands' words, read back from what [`page_words`] wrote.
#[cfg_attr(feature = "ssr", allow(dead_code))]
fn parse_page_words(text: &str) -> Vec<(String, String)> {
    text.split(MESSAGE_END)
        .filter_map(|entry| entry.split_once(NAME_END))
        .map(|(name, pattern)| (name.to_string(), pattern.to_string()))
        .collect()
}

/// One message, its placeholders filled.
#[cfg(feature = "ssr")]
pub fn text(name: &str, args: Args) -> String {
    crate::app::catalogue::format(name, args)
}

/// One message, its placeholders filled. A message the page lacks (a page
/// built from another catalogue than this wasm) shows its name: visible,
/// and never a panic.
#[cfg(not(feature = "ssr"))]
pub fn text(name: &str, args: Args) -> String {
    PAGE_WORDS.with(|words| match words.iter().find(|(n, _)| n == name) {
        Some((_, pattern)) => fill(pattern, args),
        None => name.to_string(),
    })
}

/// One sentence of an answer, worded: the engine names the message and
/// the values; the catalogue words both.
pub fn said(said: &Said) -> String {
    let values: Vec<(&str, String)> = said
        .values
        .iter()
        .map(|(name, value)| {
            let worded = match value {
                Value::Year(year) => year.to_string(),
                Value::Host(host) => host.label().to_string(),
                Value::Clause(id) => (*id).to_string(),
                Value::Phrase(phrase) => text(phrase, &[]),
            };
            (*name, worded)
        })
        .collect();
    let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    text(said.key, &args)
}

/// An answer's reasons, worded: its sentences, one after another.
pub fn reasons(trace: &[Said]) -> String {
    trace.iter().map(said).collect::<Vec<_>>().join(" ")
}

/// A pattern with each `{$name}` replaced by its value (one pass; a
/// placeholder with no value stays as it is).
#[cfg_attr(feature = "ssr", allow(dead_code))]
fn fill(pattern: &str, args: Args) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("{$") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 2..];
        let Some(end) = tail.find('}') else {
            out.push_str(&rest[at..]);
            return out;
        };
        match args.iter().find(|(name, _)| *name == &tail[..end]) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[at..at + 3 + end]),
        }
        rest = &tail[end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    /// The page's words, read once from the template the build wrote.
    static PAGE_WORDS: Vec<(String, String)> = read_page_words();
}

#[cfg(not(feature = "ssr"))]
fn read_page_words() -> Vec<(String, String)> {
    crate::app::dom::by_id::<web_sys::HtmlTemplateElement>(TEMPLATE_ID)
        .and_then(|template| template.content().text_content())
        .map_or_else(Vec::new, |text| parse_page_words(&text))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::app::catalogue::{names, pattern, placeholders};

    /// The catalogue and the code agree: every message the islands draw is
    /// in the catalogue (and fills every placeholder it has), and every
    /// message in the catalogue is drawn somewhere. A misspelt or missing
    /// name fails here, by name.
    #[test]
    fn every_message_used_is_in_the_catalogue_and_every_one_there_is_used() {
        let used = used_names();
        assert!(used.len() >= 40, "found {} uses", used.len());
        let known = names();
        for (name, args, file) in &used {
            assert!(
                known.contains(name),
                "{file} uses {name}, which the catalogue lacks"
            );
            let mut wanted = placeholders(name);
            wanted.sort();
            let mut given = args.clone();
            given.sort();
            given.dedup();
            assert_eq!(given, wanted, "{file}: {name}'s placeholders");
        }
        // The engine names its sentences: each name it gives is here, and
        // every other message here is one it gives.
        let engine: Vec<&str> = ENGINE
            .iter()
            .flat_map(|source| source.split('"').skip(1).step_by(2))
            .collect();
        for source in ENGINE {
            for call in ["said(\"", "said_with(\""] {
                for (at, _) in source.match_indices(call) {
                    let rest = &source[at + call.len()..];
                    let name = &rest[..rest.find('"').unwrap()];
                    assert!(
                        known.iter().any(|k| k == name),
                        "the engine says {name}, which the catalogue lacks"
                    );
                }
            }
        }
        for name in &known {
            assert!(
                used.iter().any(|(n, _, _)| n == name) || engine.contains(&name.as_str()),
                "the catalogue's {name} is used nowhere"
            );
        }
    }

    /// Every answer to every scenario of a wide grid, under every version,
    /// is worded with no message missing and no placeholder unfilled (a
    /// hole panics, naming the message).
    #[test]
    fn every_answer_is_worded_whole() {
        use crate::terms::{
            compare, Agi, Channel, Customer, Host, Offering, Partner, Scenario, Terms,
        };
        let mut worded = 0;
        for &offering in Offering::ALL {
            for &partner in Partner::ALL {
                for &channel in Channel::ALL {
                    for &host in Host::ALL {
                        for &customer in Customer::ALL {
                            for (year, agi) in [(2026, Agi::No), (2031, Agi::No), (2033, Agi::Yes)]
                            {
                                for terms in Terms::all() {
                                    let mut s = Scenario {
                                        offering,
                                        partner,
                                        channel,
                                        host,
                                        customer,
                                        year,
                                        agi,
                                        terms,
                                        ..Scenario::default()
                                    };
                                    if s.repair().is_some() {
                                        continue;
                                    }
                                    for answers in compare(&s).all() {
                                        for a in &answers.list {
                                            assert!(!reasons(&a.trace).is_empty());
                                            for sentence in a.trace.iter().chain(&a.unsaid) {
                                                let mut wanted = placeholders(sentence.key);
                                                wanted.sort();
                                                let mut given: Vec<&str> = sentence
                                                    .values
                                                    .iter()
                                                    .map(|(n, _)| *n)
                                                    .collect();
                                                given.sort();
                                                assert_eq!(
                                                    given, wanted,
                                                    "{}'s placeholders",
                                                    sentence.key
                                                );
                                                said(sentence);
                                            }
                                            worded += 1;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(worded > 10_000, "{worded} answers worded");
    }

    /// The islands fill placeholders with text; a message that chooses its
    /// words by a value (Fluent's `->`, for plurals) would be filled with
    /// one variant only, so the catalogue has none: a count has a message
    /// per case instead (`differences-one`, `differences-many`).
    #[test]
    fn no_message_chooses_its_words_by_a_value() {
        for name in names() {
            let pattern = pattern(&name);
            assert!(!pattern.contains("->"), "{name}");
        }
        for source in [
            include_str!("../locales/en/islands.ftl"),
            include_str!("../locales/en/answers.ftl"),
            include_str!("../locales/en/fixture.ftl"),
        ] {
            assert!(
                !source.contains("->"),
                "a select expression in the catalogue"
            );
        }
    }

    #[test]
    fn the_page_holds_every_message_as_the_islands_read_it() {
        let words = crate::app::catalogue::words();
        assert_eq!(parse_page_words(&page_words(&words)), words);
    }

    #[test]
    fn filling_leaves_what_it_has_no_value_for() {
        assert_eq!(fill("a {$x} b {$y} c", &[("x", "1")]), "a 1 b {$y} c");
        assert_eq!(fill("open {$x", &[("x", "1")]), "open {$x");
        assert_eq!(fill("{$x}{$x}", &[("x", "{$x}")]), "{$x}{$x}");
    }

    #[test]
    fn the_islands_fill_a_pattern_as_the_build_formats_it() {
        for name in names() {
            let args: Vec<(String, String)> = placeholders(&name)
                .into_iter()
                .map(|p| (p.clone(), format!("<{p}>")))
                .collect();
            let args: Vec<(&str, &str)> =
                args.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            assert_eq!(fill(&pattern(&name), &args), text(&name, &args), "{name}");
        }
    }

    /// Every `text("name", &[("arg", …), …])` in the islands' sources.
    fn used_names() -> Vec<(String, Vec<String>, &'static str)> {
        let mut used = Vec::new();
        for (file, source) in SOURCES {
            for (at, _) in source.match_indices("text(") {
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let Some(rest) = source[at + 5..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let name = &rest[..rest.find('"').unwrap()];
                // The call's own arguments: up to its closing parenthesis.
                let mut depth = 0;
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| {
                        match c {
                            '(' | '[' => depth += 1,
                            ')' | ']' => depth -= 1,
                            _ => {}
                        }
                        depth < 0
                    })
                    .map_or(rest.len(), |(i, _)| i);
                let call = &rest[..end];
                // Each `("name", …)` pair; other strings in the call (a
                // `join(", ")`) are not names.
                let args = call
                    .match_indices("(\"")
                    .map(|(i, _)| {
                        let arg = &call[i + 2..];
                        arg[..arg.find('"').unwrap()].to_string()
                    })
                    .filter(|name| {
                        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    })
                    .collect();
                used.push((name.to_string(), args, *file));
            }
        }
        used
    }

    /// The engine's rules, which name their sentences.
    const ENGINE: &[&str] = &[
        include_str!("../terms/rules/mod.rs"),
        include_str!("../terms/rules/statement.rs"),
        include_str!("../terms/rules/amended.rs"),
        #[cfg(feature = "fixture-version")]
        include_str!("../terms/rules/fixture.rs"),
    ];

    /// The files that draw the islands' words.
    const SOURCES: &[(&str, &str)] = &[
        ("builder/mod.rs", include_str!("components/builder/mod.rs")),
        (
            "builder/form.rs",
            include_str!("components/builder/form.rs"),
        ),
        (
            "builder/answers.rs",
            include_str!("components/builder/answers.rs"),
        ),
        (
            "builder/versions.rs",
            include_str!("components/builder/versions.rs"),
        ),
        ("finding.rs", include_str!("components/finding.rs")),
        ("estimate.rs", include_str!("components/estimate.rs")),
        ("comparison.rs", include_str!("components/comparison.rs")),
        ("verdict_row.rs", include_str!("components/verdict_row.rs")),
        (
            "decision_table.rs",
            include_str!("components/decision_table.rs"),
        ),
        (
            "field_control.rs",
            include_str!("components/field_control.rs"),
        ),
        (
            "live_example.rs",
            include_str!("components/live_example.rs"),
        ),
        ("report.rs", include_str!("components/report.rs")),
        ("citation.rs", include_str!("citation.rs")),
    ];
}
