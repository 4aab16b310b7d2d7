//! The words' catalogue, read by the build only (`ssr`): Project Fluent
//! files under `src/locales/`, one folder per language, formatted with
//! `fluent-bundle`. Which language the build writes is `LOCALE` (`en` when
//! unset); `en-XA` is English pseudo-localised (every letter accented,
//! every message bracketed and about a third longer), to show any word that
//! does not come from here. A message that is missing, or a placeholder
//! left unfilled, fails the build with the message's name.

use std::cell::RefCell;

use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource};

/// The catalogue's files in English (the source every language starts
/// from): the islands' own words, every answer's reasons, and the words
/// only the built page says (`page.ftl`); the test-only version's words
/// only with it. Each entry: the file, and whether the islands draw its
/// words (then the build writes them into the page for the islands).
const ENGLISH: Files = &[
    (include_str!("../locales/en/islands.ftl"), true),
    (include_str!("../locales/en/answers.ftl"), true),
    (include_str!("../locales/en/page.ftl"), false),
    #[cfg(feature = "fixture-version")]
    (include_str!("../locales/en/fixture.ftl"), true),
];

/// A catalogue's files: each file, and whether the islands draw its words.
type Files = &'static [(&'static str, bool)];

/// A language the build can write.
struct Language {
    /// Its `LOCALE` and folder under `src/locales/`.
    locale: &'static str,
    /// Its tag for `<html lang>`.
    tag: &'static str,
    /// Its catalogue; `None` for English pseudo-localised (en-XA), made
    /// from English.
    files: Option<Files>,
}

/// Each language the build can write. A translation is one entry here and
/// one folder under `src/locales/` (`CONTRIBUTING.md`, "Add a language").
const LANGUAGES: &[Language] = &[
    Language {
        locale: "en",
        tag: "en-GB",
        files: Some(ENGLISH),
    },
    Language {
        locale: "en-XA",
        tag: "en-XA",
        files: None,
    },
];

/// The language the build writes (`LOCALE`, `en` when unset). An unknown
/// one fails the build.
pub fn locale() -> &'static str {
    let asked = std::env::var("LOCALE").unwrap_or_default();
    if asked.is_empty() {
        return LANGUAGES[0].locale;
    }
    LANGUAGES
        .iter()
        .map(|l| l.locale)
        .find(|l| *l == asked)
        .unwrap_or_else(|| {
            let known: Vec<&str> = LANGUAGES.iter().map(|l| l.locale).collect();
            panic!("LOCALE={asked}: the build knows {known:?}")
        })
}

fn language(locale: &str) -> &'static Language {
    LANGUAGES
        .iter()
        .find(|l| l.locale == locale)
        .unwrap_or_else(|| panic!("no language {locale}"))
}

/// The language's tag, for `<html lang>`.
pub fn lang() -> &'static str {
    language(locale()).tag
}

/// The catalogue's files for a language.
fn sources(locale: &str) -> Vec<String> {
    match language(locale).files {
        Some(files) => files.iter().map(|(source, _)| source.to_string()).collect(),
        None => ENGLISH.iter().map(|(source, _)| pseudo(source)).collect(),
    }
}

fn parse(source: String) -> FluentResource {
    FluentResource::try_new(source)
        .unwrap_or_else(|(_, errors)| panic!("the catalogue does not parse: {errors:?}"))
}

thread_local! {
    static BUNDLE: RefCell<Option<FluentBundle<FluentResource>>> = const { RefCell::new(None) };
}

fn with_bundle<T>(f: impl FnOnce(&FluentBundle<FluentResource>) -> T) -> T {
    BUNDLE.with_borrow_mut(|bundle| {
        let bundle = bundle.get_or_insert_with(|| {
            let mut bundle = FluentBundle::new(Vec::new());
            // The islands fill placeholders in plain text: no bidi marks.
            bundle.set_use_isolating(false);
            for source in sources(locale()) {
                bundle
                    .add_resource(parse(source))
                    .unwrap_or_else(|errors| panic!("the catalogue repeats a message: {errors:?}"));
            }
            bundle
        });
        f(bundle)
    })
}

/// Every message's name, in the catalogue's order.
pub fn names() -> Vec<String> {
    names_in(|_| true)
}

/// The names of the messages the islands draw.
pub fn island_names() -> Vec<String> {
    names_in(|islands| islands)
}

fn names_in(keep: impl Fn(bool) -> bool) -> Vec<String> {
    ENGLISH
        .iter()
        .filter(|(_, islands)| keep(*islands))
        .flat_map(|(source, _)| {
            let resource = parse(source.to_string());
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Formats one message with its placeholders filled. Panics, naming the
/// message, where it is missing or a placeholder is left unfilled: the
/// build must not write a page with a hole in it.
pub fn format(name: &str, args: &[(&str, &str)]) -> String {
    // Most messages take no values and are asked for again and again (the
    // build renders the page once per embed mode and the tests per address).
    if args.is_empty() {
        if let Some(text) = PLAIN.with_borrow(|plain| plain.get(name).cloned()) {
            return text;
        }
    }
    let (text, errors) = format_with_errors(name, args);
    assert!(
        errors.is_empty(),
        "catalogue message {name}: {errors:?} (given {args:?})"
    );
    if args.is_empty() {
        PLAIN.with_borrow_mut(|plain| plain.insert(name.to_string(), text.clone()));
    }
    text
}

thread_local! {
    /// Messages that take no values, once formatted.
    static PLAIN: RefCell<std::collections::HashMap<String, String>> = RefCell::default();
}

fn format_with_errors(name: &str, args: &[(&str, &str)]) -> (String, Vec<FluentError>) {
    with_bundle(|bundle| {
        let pattern = bundle
            .get_message(name)
            .and_then(|m| m.value())
            .unwrap_or_else(|| panic!("the catalogue has no message {name}"));
        let mut fluent_args = FluentArgs::new();
        for (key, value) in args {
            fluent_args.set(*key, *value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        (text.into_owned(), errors)
    })
}

/// Whether the catalogue has this message.
pub fn has(name: &str) -> bool {
    with_bundle(|bundle| bundle.has_message(name))
}

/// A numbered run of messages, formatted: `PREFIX-1`, `PREFIX-2`, … up to
/// the first number missing (so a language may say a thing in more or
/// fewer paragraphs).
pub fn numbered(prefix: &str) -> Vec<String> {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .take_while(|name| has(name))
        .map(|name| format(&name, &[]))
        .collect()
}

/// The names of a message's placeholders, in the order they appear.
pub fn placeholders(name: &str) -> Vec<String> {
    let (_, errors) = format_with_errors(name, &[]);
    errors
        .into_iter()
        .filter_map(|e| match e {
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                id,
            })) => Some(id),
            _ => None,
        })
        .collect()
}

/// Every message the islands draw, as the page holds it for them: its
/// name and its pattern.
pub fn words() -> Vec<(String, String)> {
    island_names()
        .into_iter()
        .map(|name| {
            let pattern = pattern(&name);
            (name, pattern)
        })
        .collect()
}

/// A message as the page holds it for the islands: formatted, with each
/// placeholder left as `{$name}` for the island to fill.
pub fn pattern(name: &str) -> String {
    let names = placeholders(name);
    let marks: Vec<(String, String)> = names
        .iter()
        .map(|n| (n.clone(), format!("{{${n}}}")))
        .collect();
    let args: Vec<(&str, &str)> = marks
        .iter()
        .map(|(n, m)| (n.as_str(), m.as_str()))
        .collect();
    format(name, &args)
}

/// English, pseudo-localised: each message's text (outside its
/// placeholders) with every letter accented, bracketed, and padded to about
/// a third longer, as pseudo-localisation tools do. Comments and names stay.
pub fn pseudo(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.split_once(" = ") {
            Some((name, value)) if !line.starts_with('#') => {
                format!("{name} = {}", pseudo_text(value))
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn pseudo_text(value: &str) -> String {
    let mut out = String::from("[");
    let mut depth = 0;
    let mut letters = 0;
    // The markup's targets stay as they are: a glossary term's ID in
    // `[words](id)`, and a step's name in `[step:NAME]`.
    let mut verbatim_until = None;
    for (i, c) in value.char_indices() {
        if verbatim_until.is_none() {
            let rest = &value[i..];
            if rest.starts_with("](") {
                verbatim_until = Some(')');
            } else if rest.starts_with("[step:") || rest.starts_with("[Step:") {
                verbatim_until = Some(']');
            }
        }
        if let Some(end) = verbatim_until {
            out.push(c);
            if c == end {
                verbatim_until = None;
            }
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 && c.is_ascii_alphabetic() {
            letters += 1;
        }
        out.push(if depth == 0 { accent(c) } else { c });
    }
    // About 35% longer, as translations often are, in words of up to
    // five (a line may break between them, as between a language's words).
    let mut padding = letters * 35 / 100;
    while padding > 0 {
        let word = padding.min(5);
        out.push(' ');
        out.extend(std::iter::repeat_n('~', word));
        padding -= word;
    }
    out.push(']');
    out
}

fn accent(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_keeps_its_placeholders_for_the_islands() {
        assert_eq!(placeholders("answers-latest"), ["terms", "checked"]);
        assert_eq!(
            pattern("answers-latest"),
            "Answered under {$terms}, the latest the sources describe (checked {$checked})."
        );
        assert_eq!(pattern("builder-title"), "Build a scenario");
    }

    /// Every language's catalogue has English's messages, no more and no
    /// fewer, each with the same placeholders, in the same files.
    #[test]
    fn every_language_says_every_message_with_the_same_placeholders() {
        let messages = |source: &str| -> Vec<(String, String)> {
            parse(source.to_string())
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => {
                        let mut holes: Vec<String> = source
                            .lines()
                            .find(|l| l.starts_with(&format!("{} = ", m.id.name)))
                            .unwrap_or("")
                            .split("{ $")
                            .skip(1)
                            .map(|h| h.split(' ').next().unwrap_or("").to_string())
                            .collect();
                        holes.sort();
                        Some((m.id.name.to_string(), holes.join(" ")))
                    }
                    _ => None,
                })
                .collect()
        };
        for Language { locale, files, .. } in LANGUAGES {
            let Some(files) = files else { continue };
            assert_eq!(
                files.len(),
                ENGLISH.len(),
                "{locale}: one file per English file"
            );
            for ((theirs, islands), (ours, english_islands)) in files.iter().zip(ENGLISH) {
                assert_eq!(islands, english_islands, "{locale}");
                assert_eq!(
                    messages(theirs),
                    messages(ours),
                    "{locale}: the same messages and placeholders as English"
                );
            }
        }
    }

    #[test]
    fn pseudo_english_accents_the_words_and_keeps_the_placeholders() {
        let xa = pseudo("# a comment\nanswers-latest = Answered under { $terms }.");
        assert!(
            xa.starts_with("# a comment\nanswers-latest = [Àñšŵéŕéđ ûñđéŕ { $terms }. "),
            "{xa}"
        );
        assert!(xa.ends_with("~~~~]"), "{xa}");
        // The markup's targets stay, so links and step references work.
        let marked = pseudo("x = See [AGI](agi) in [step:what-changed].");
        assert!(
            marked.contains("](agi)") && marked.contains("[step:what-changed]"),
            "{marked}"
        );
        assert!(marked.contains("[ÀĜÎ]"), "{marked}");
    }
}
