//! The words an island draws, by their names in the catalogue
//! (`src/locales/LANG/islands.ftl`). The build formats them with Fluent
//! (`catalogue`) and writes each one into the page
//! (`<template id="island-words">`, placeholders left as `{$name}`); in the
//! browser an island reads them from there and fills the placeholders. So
//! the islands draw the same words either way, and the wasm carries none.

use crate::terms::scenario::Slot;
use crate::terms::{Choice, Field, InputError, Problem, Said, Terms, Topic, Value};
use crate::terms::{FIRST_YEAR, LAST_YEAR, MAX_PERCENT, MAX_REVENUE, MAX_SCALE};

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

/// A message split around one placeholder, for a sentence that holds an
/// element (a `<time>`) where that placeholder stands: the words before
/// it and after it, so a language may put the element anywhere.
pub fn around(name: &str, args: Args, placeholder: &str) -> (String, String) {
    const MARK: &str = "\u{1}";
    let mut all: Vec<(&str, &str)> = args.to_vec();
    all.push((placeholder, MARK));
    let whole = text(name, &all);
    match whole.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (whole, String::new()),
    }
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
                Value::Host(host) => label(*host),
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

/// A value's name for people: the catalogue's `KIND-SLUG` (`choice!`).
pub fn label<T: Choice>(value: T) -> String {
    word_label(T::KIND, value.slug())
}

/// One line on what a value means: `KIND-SLUG-help`.
pub fn help<T: Choice>(value: T) -> String {
    word_help(T::KIND, value.slug())
}

/// The name of one of a choice field's words, by the word as a link writes
/// it; a number field's value as it is.
pub fn choice_label(field: Field, word: &str) -> String {
    if field.choices().contains(&word) {
        word_label(field.slug(), word)
    } else {
        word.to_string()
    }
}

/// One line on what one of a choice field's words means.
pub fn choice_help(field: Field, word: &str) -> String {
    if field.choices().contains(&word) {
        word_help(field.slug(), word)
    } else {
        String::new()
    }
}

/// A version of the terms is marked superseded, with its date, by the code
/// rather than by each catalogue line, so adding a version cannot leave
/// the one before looking current.
fn word_label(kind: &str, slug: &str) -> String {
    let label = text(&value_name(kind, slug, ""), &[]);
    match superseded(kind, slug) {
        Some(_) => text("version-option-superseded", &[("label", &label)]),
        None => label,
    }
}

fn word_help(kind: &str, slug: &str) -> String {
    let help = text(&value_name(kind, slug, "-help"), &[]);
    if kind != Terms::KIND {
        return help;
    }
    match superseded(kind, slug) {
        Some(next) => text(
            "version-help-superseded",
            &[("help", &help), ("date", &date(next.info().date))],
        ),
        None => text("version-help-latest", &[("help", &help)]),
    }
}

/// The version that superseded the one `terms-SLUG` names.
fn superseded(kind: &str, slug: &str) -> Option<Terms> {
    (kind == Terms::KIND)
        .then(|| Terms::from_slug(slug))
        .flatten()
        .and_then(Terms::superseded_by)
}

fn value_name(kind: &str, slug: &str, part: &str) -> String {
    let mut name = String::with_capacity(kind.len() + slug.len() + part.len() + 1);
    name.push_str(kind);
    name.push('-');
    name.push_str(slug);
    name.push_str(part);
    name
}

/// A topic's question as one version asks it (`Topic::question` names the
/// message).
pub fn question(topic: Topic, terms: Terms) -> String {
    text(topic.question(terms), &[])
}

/// A topic in two or three words, for the row of verdicts.
pub fn short(topic: Topic) -> String {
    text(&value_name(Topic::KIND, topic.slug(), "-short"), &[])
}

/// How a version of the terms is named where it is not the control's
/// option ([`label`]): the catalogue's `terms-DATE-PART`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersionWords {
    /// Fits "under …" or "as …".
    Phrase,
    /// A few words, for labels and column heads.
    Short,
    /// A noun in running text, dated.
    Noun,
}

impl VersionWords {
    pub const ALL: [VersionWords; 3] = [Self::Phrase, Self::Short, Self::Noun];

    fn part(self) -> &'static str {
        match self {
            Self::Phrase => "-phrase",
            Self::Short => "-short",
            Self::Noun => "-noun",
        }
    }
}

/// A version of the terms, named as `words` says.
pub fn version(terms: Terms, words: VersionWords) -> String {
    text(&value_name(Terms::KIND, terms.slug(), words.part()), &[])
}

/// `, superseded on 27 April 2026` for a version a later one superseded,
/// nothing for the latest: said wherever a version is named, so no
/// superseded term is stated without its date.
pub fn superseded_note(terms: Terms) -> String {
    terms.superseded_by().map_or_else(String::new, |next| {
        text(
            "version-superseded-note",
            &[("date", &date(next.info().date))],
        )
    })
}

/// A version's phrase, dated where it was superseded.
pub fn dated_phrase(terms: Terms) -> String {
    version(terms, VersionWords::Phrase) + &superseded_note(terms)
}

/// All the versions, in words: "both versions" while there are two.
pub fn every_version() -> String {
    if Terms::ALL.len() == 2 {
        text("versions-both", &[])
    } else {
        text("versions-every", &[])
    }
}

/// Around a value that is a link's own word (a field's name, what was
/// given, an allowed or default value) in an input error: the view sets it
/// as code ([`input_error_parts`]). Neither is ever in a message.
const CODE_START: char = '\u{2}';
const CODE_END: char = '\u{3}';

fn code(word: &str) -> String {
    format!("{CODE_START}{word}{CODE_END}")
}

/// One bad input, in one sentence for the reader: the field, the value
/// given, the problem, what is allowed, and the default used instead.
pub fn input_error(error: &InputError) -> String {
    input_error_marked(error).replace([CODE_START, CODE_END], "")
}

/// The same sentence in parts: `(words, true)` for a link's own word.
pub fn input_error_parts(error: &InputError) -> Vec<(String, bool)> {
    let marked = input_error_marked(error);
    let mut parts = Vec::new();
    for (i, piece) in marked.split(CODE_START).enumerate() {
        match piece.split_once(CODE_END) {
            Some((code, rest)) if i > 0 => {
                parts.push((code.to_string(), true));
                parts.push((rest.to_string(), false));
            }
            _ => parts.push((piece.to_string(), false)),
        }
    }
    parts.retain(|(words, _)| !words.is_empty());
    parts
}

fn input_error_marked(error: &InputError) -> String {
    let used = match &error.used {
        // As a link writes it, like the allowed values.
        Some(word) => code(word),
        None => text("input-used-scenario-year", &[]),
    };
    let field = code(error.field.slug());
    let given = code(&error.given);
    let (field, given) = (field.as_str(), given.as_str());
    if let Problem::Combination { other, other_value } = &error.problem {
        let why = match other {
            Field::Channel => text("input-why-channel-needs-partner", &[]),
            _ => text("input-why-co-developed-needs-partner", &[]),
        };
        let other = code(&format!("{}={other_value}", other.slug()));
        return text(
            "input-combination",
            &[
                ("field", field),
                ("given", given),
                ("other", &other),
                ("why", &why),
                ("used", &used),
            ],
        );
    }
    let problem = match error.problem {
        Problem::UnknownWord => text("input-unknown-word", &[]),
        Problem::NotAYear => text("input-not-a-year", &[]),
        Problem::NotANumber => text("input-not-a-number", &[]),
        Problem::Negative => text("input-negative", &[]),
        Problem::TooPrecise => text("input-too-precise", &[]),
        Problem::TooLarge => text("input-too-large", &[]),
        Problem::Cut | Problem::Combination { .. } => text("input-cut", &[]),
    };
    text(
        "input-error",
        &[
            ("field", field),
            ("given", given),
            ("problem", &problem),
            ("allowed", &allowed_marked(error.field)),
            ("used", &used),
        ],
    )
}

/// What a field allows, in words (a choice field's words as code).
fn allowed_marked(field: Field) -> String {
    let mut probe = crate::terms::Scenario::DEFAULT;
    match probe.slot(field) {
        Slot::Choice(choice) => choice
            .slugs()
            .iter()
            .map(|w| code(w))
            .collect::<Vec<_>>()
            .join(", "),
        Slot::Year(_) | Slot::LaterYear(_) => text(
            "input-allowed-year",
            &[
                ("first", &FIRST_YEAR.to_string()),
                ("last", &LAST_YEAR.to_string()),
            ],
        ),
        Slot::Dollars(_) => text(
            "input-allowed-dollars",
            &[
                ("max", &MAX_REVENUE.to_string()),
                ("power", &MAX_REVENUE.ilog10().to_string()),
                ("decimals", &MAX_SCALE.to_string()),
            ],
        ),
        Slot::Percent(_) => text(
            "input-allowed-percent",
            &[
                ("max", &MAX_PERCENT.to_string()),
                ("decimals", &MAX_SCALE.to_string()),
            ],
        ),
    }
}

/// Why a combination of choices is not allowed, for a disabled choice.
pub fn combination_reason(problem: &Problem) -> String {
    match problem {
        Problem::Combination {
            other: Field::Channel,
            ..
        } => text("input-why-channel-needs-partner", &[]),
        Problem::Combination { .. } => text("input-why-co-developed-needs-partner", &[]),
        _ => String::new(),
    }
}

/// One edit of "what would change this answer", in plain words ("Where it
/// runs: Azure").
pub fn edit_words(edit: &crate::terms::Edit) -> String {
    text(
        "edit",
        &[
            ("field", &label(edit.field)),
            ("value", &choice_label(edit.field, &edit.value)),
        ],
    )
}

/// A report in one sentence: who, when, what, and its status.
pub fn report(report: &crate::terms::Report) -> String {
    let part = |part: &str| text(&value_name("report", report.id, part), &[]);
    text(
        "report-sentence",
        &[
            ("publisher", &part("-publisher")),
            ("date", &date(report.date)),
            ("what", &part("-what")),
            ("status", &status(report.status)),
        ],
    )
}

/// A status in a word or two, for a title.
pub fn label_status(status: crate::terms::Status) -> String {
    text(&value_name("status", status.slug(), "-label"), &[])
}

/// What a reader is told of a source or a report with this status.
pub fn status(status: crate::terms::Status) -> String {
    text(&value_name("status", status.slug(), ""), &[])
}

/// The versions a correction touched, named: "the statement's terms (27
/// Feb 2026) and the amended terms (27 Apr 2026)".
pub fn touched(correction: &crate::terms::Correction) -> String {
    let names: Vec<String> = correction
        .touched
        .iter()
        .map(|&t| version(t, VersionWords::Noun))
        .collect();
    names.join(&text("list-and", &[]))
}

/// An example's name in the menu: the catalogue's `preset-ID`.
pub fn preset_name(preset: &crate::terms::Preset) -> String {
    text(&value_name("preset", preset.id, ""), &[])
}

/// One line on what an example shows: `preset-ID-help`.
pub fn preset_help(preset: &crate::terms::Preset) -> String {
    text(&value_name("preset", preset.id, "-help"), &[])
}

/// A step's short name, for the progress list: `step-NAME`.
pub fn step_short(step: &crate::content::steps::Step) -> String {
    text(&value_name("step", step.name, ""), &[])
}

/// The question a step's live example puts to the reader: `step-NAME-prompt`.
pub fn step_prompt(step: &crate::content::steps::Step) -> String {
    text(&value_name("step", step.name, "-prompt"), &[])
}

/// How a source is named to readers: its title, or what it is.
#[cfg(feature = "ssr")]
pub fn source_name(source: &crate::terms::Source) -> String {
    let part = if source.titled {
        "-title"
    } else {
        "-publisher"
    };
    text(&value_name("source", source.provenance.slug(), part), &[])
}

/// What a clause says, in the product's own words (`clause-ID`).
#[cfg(feature = "ssr")]
pub fn clause_summary(clause: &crate::terms::Clause) -> String {
    text(&value_name("clause", clause.id, ""), &[])
}

/// A later version's note on a clause: the words before its date
/// ("Changed on", "Since") and what it says.
#[cfg(feature = "ssr")]
pub fn note(note: &crate::terms::Note) -> (String, String) {
    (text(note.lead(), &[]), text(note.name(), &[]))
}

/// What a source is and who published it.
#[cfg(feature = "ssr")]
pub fn source_publisher(source: &crate::terms::Source) -> String {
    text(
        &value_name("source", source.provenance.slug(), "-publisher"),
        &[],
    )
}

/// A step named by its place, from the markup `[step:NAME]`: "step 11",
/// or "Step 11" (`[Step:NAME]`) to start a sentence.
pub fn step_ref(word: &str, n: usize) -> String {
    let n = n.to_string();
    match word {
        "Step" => text("step-ref-start", &[("n", &n)]),
        _ => text("step-ref", &[("n", &n)]),
    }
}

/// An ISO date (`2026-04-27`, or a month: `2026-11`) in words, as the
/// catalogue's `date` (or `date-month`) and `month-MM` write it. A date
/// that is not one shows as it is.
pub fn date(iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month)) = (parts.next(), parts.next()) else {
        return iso.to_string();
    };
    let month = text(&value_name("month", month, ""), &[]);
    match parts.next() {
        Some(day) => text(
            "date",
            &[
                ("day", day.trim_start_matches('0')),
                ("month", &month),
                ("year", year),
            ],
        ),
        None => text("date-month", &[("month", &month), ("year", year)]),
    }
}

/// When an event happened, in words: a date, a span of months, or the
/// end of a year.
pub fn event_date(event: &crate::content::events::Event) -> String {
    use crate::content::events::Kind;
    match (event.kind, event.until) {
        (Kind::Ends(year), _) => text("date-year-end", &[("year", &year.to_string())]),
        (_, Some(until)) => text(
            "date-span",
            &[("from", &date(&event.when)), ("to", &date(until))],
        ),
        _ => date(&event.when),
    }
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
        let islands = crate::app::catalogue::island_names();
        for (name, args, file) in &used {
            assert!(
                known.contains(name),
                "{file} uses {name}, which the catalogue lacks"
            );
            assert!(
                build_only(file) || islands.contains(name),
                "{file} may run in the browser, where {name} (a page-only word, page.ftl) is not"
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
        // The names made from values (`KIND-SLUG…`): each is here, and
        // what the browser draws is among the islands' words.
        let (browser, build) = made_names();
        let islands = crate::app::catalogue::island_names();
        for name in browser.iter().chain(&build) {
            assert!(known.contains(name), "the catalogue lacks {name}");
            assert!(
                placeholders(name).is_empty(),
                "{name} takes no placeholders"
            );
        }
        for name in &browser {
            assert!(
                islands.contains(name),
                "{name} is drawn in the browser, so it belongs in islands.ftl"
            );
        }
        let made: Vec<String> = browser.into_iter().chain(build).collect();
        // The files the build fills (`@@name@@`) name their messages too.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut slots = Vec::new();
        for (file, open, close) in [
            ("index.html", "@@", "@@"),
            ("static/demo-article.html", "@@", "@@"),
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            let mut rest = text.as_str();
            while let Some(at) = rest.find(open) {
                let after = &rest[at + open.len()..];
                let end = after.find(close).unwrap_or(after.len());
                let name = &after[..end];
                if name != "lang" && !name.contains(['$', '{', ' ']) {
                    assert!(
                        known.iter().any(|k| k == name),
                        "{file} asks for {name}, which the catalogue lacks"
                    );
                    slots.push(name.to_string());
                }
                rest = &after[(end + close.len()).min(after.len())..];
            }
        }
        for name in &known {
            assert!(
                used.iter().any(|(n, _, _)| n == name)
                    || engine.contains(&name.as_str())
                    || made.contains(name)
                    || slots.contains(name),
                "the catalogue's {name} is used nowhere"
            );
        }
    }

    /// Every message named from a value rather than written out: (what the
    /// browser draws, what only the build does). Each value's name and
    /// help, each topic's questions, each version's names, each example's
    /// and each step's words, each report's; and the page's data.
    fn made_names() -> (Vec<String>, Vec<String>) {
        use crate::app::view::{Embed, Theme};
        use crate::content::steps::STEPS;
        use crate::terms::{Provenance, Status, Verdict, PRESETS, REPORTS};
        fn each<T: Choice>(parts: &[&str]) -> Vec<String> {
            T::ALL
                .iter()
                .flat_map(|v| parts.iter().map(move |p| value_name(T::KIND, v.slug(), p)))
                .collect()
        }
        let mut browser = Vec::new();
        let mut build = Vec::new();
        for field in Field::ALL {
            browser.push(value_name(Field::KIND, field.slug(), ""));
            browser.push(value_name(Field::KIND, field.slug(), "-help"));
            for word in field.choices() {
                browser.push(value_name(field.slug(), word, ""));
                browser.push(value_name(field.slug(), word, "-help"));
            }
        }
        for t in Terms::ALL {
            for words in VersionWords::ALL {
                browser.push(value_name(Terms::KIND, t.slug(), words.part()));
            }
            for topic in Topic::ALL {
                browser.push(topic.question(*t).to_string());
            }
        }
        browser.extend(each::<Verdict>(&[""]));
        browser.extend(each::<Topic>(&["", "-short"]));
        for p in PRESETS.iter() {
            browser.push(value_name("preset", p.id, ""));
            browser.push(value_name("preset", p.id, "-help"));
        }
        for s in STEPS.iter() {
            browser.push(value_name("step", s.name, ""));
            browser.push(value_name("step", s.name, "-prompt"));
        }
        for r in REPORTS {
            browser.push(value_name("report", r.id, "-publisher"));
            browser.push(value_name("report", r.id, "-what"));
        }
        for status in [
            Status::Official,
            Status::Report,
            Status::Unconfirmed,
            Status::Confirmed,
            Status::Denied,
        ] {
            browser.push(value_name("status", status.slug(), ""));
            build.push(value_name("status", status.slug(), "-label"));
        }
        for column in crate::app::words::data::CSV_HEADER.split(',') {
            build.push(format!("data-column-{column}"));
        }
        for e in crate::content::events::events() {
            if let Some(message) = e.message() {
                if e.on_timeline {
                    browser.push(message);
                } else {
                    build.push(message);
                }
            }
        }
        for month in 1..=12 {
            browser.push(format!("month-{month:02}"));
        }

        for p in PRESETS.iter() {
            build.push(value_name("preset", p.id, "-card"));
        }
        build.extend(each::<Embed>(&[""]));
        build.extend(each::<Theme>(&[""]));
        build.extend(each::<Provenance>(&[""]));
        build.extend(each::<crate::app::embed_code::CodeFormat>(&[""]));
        // The page's data: each step's, term's, clause's, source's, fact's,
        // correction's, table row's and the demo's words.
        for s in STEPS.iter() {
            build.push(value_name("step", s.name, "-headline"));
            build.extend(numbered(&value_name("step", s.name, "-body")));
            build.extend(numbered(&value_name("step", s.name, "-unsaid")));
            for (t, _) in s.words.changes {
                build.push(format!("step-{}-change-{}", s.name, t.slug()));
            }
            build.push(value_name("step", s.name, "-card"));
        }
        for t in crate::content::glossary::GLOSSARY.iter() {
            build.push(value_name("term", t.id, ""));
            build.push(value_name("term", t.id, "-definition"));
        }
        for c in crate::terms::CLAUSES.iter() {
            build.push(value_name("clause", c.id, ""));
            for (_, note) in c.notes {
                build.push(note.lead().to_string());
                build.push(note.name().to_string());
            }
        }
        for s in crate::terms::SOURCES.iter() {
            if s.titled {
                build.push(value_name("source", s.provenance.slug(), "-title"));
            }
            build.push(value_name("source", s.provenance.slug(), "-publisher"));
        }
        for e in crate::content::events::events() {
            if let Some(message) = e.message().filter(|_| e.sourced_in_words()) {
                build.push(message + "-source");
            }
        }
        for n in 1..=crate::terms::CORRECTIONS.len() {
            for part in ["-case", "-before", "-now", "-why"] {
                build.push(format!("correction-{n}{part}"));
            }
        }
        for n in 1..=crate::content::amendment::CHANGES.len() {
            for part in ["-term", "-before", "-after"] {
                build.push(format!("before-after-{n}{part}"));
            }
        }
        build.extend(
            crate::app::words::demo::MESSAGES
                .iter()
                .map(|m| m.to_string()),
        );
        (browser, build)
    }

    /// A numbered run of messages, `PREFIX-1`, `-2`, …: every one the
    /// catalogue has, which must run from 1 with no gap (a gap would hide
    /// the messages after it: `catalogue::numbered` stops there).
    fn numbered(prefix: &str) -> Vec<String> {
        let start = format!("{prefix}-");
        let mut numbers: Vec<usize> = names()
            .iter()
            .filter_map(|n| n.strip_prefix(&start)?.parse().ok())
            .collect();
        numbers.sort_unstable();
        for (i, n) in numbers.iter().enumerate() {
            assert_eq!(
                *n,
                i + 1,
                "{prefix}-{}: the numbers run from 1 with no gap",
                i + 1
            );
        }
        numbers.iter().map(|n| format!("{prefix}-{n}")).collect()
    }

    /// A value is named the same way by the value and by its field's word.
    #[test]
    fn a_value_has_one_name_whichever_way_it_is_asked_for() {
        use crate::terms::{Agi, Channel, Customer, Host, Offering, Partner};
        fn same<T: Choice>(field: Field) {
            assert_eq!(T::KIND, field.slug());
            for v in T::ALL {
                assert_eq!(label(*v), choice_label(field, v.slug()));
                assert_eq!(help(*v), choice_help(field, v.slug()));
            }
        }
        same::<Offering>(Field::Offering);
        same::<Partner>(Field::Partner);
        same::<Channel>(Field::Channel);
        same::<Host>(Field::Host);
        same::<Customer>(Field::Customer);
        same::<Agi>(Field::Agi);
        same::<Terms>(Field::Terms);
    }

    /// The amount a report states in words is the amount in its data.
    #[test]
    fn a_report_says_who_when_what_and_its_status() {
        let r1 = report(&crate::terms::R1);
        assert_eq!(
            r1,
            "The Information reported on 11 May 2026 that OpenAI's revenue-share payments to Microsoft are capped at $38 billion in total (unconfirmed: the companies have not confirmed it)."
        );
        for r in crate::terms::REPORTS {
            assert_ne!(
                r.status,
                crate::terms::Status::Official,
                "{}: a report, not a term",
                r.id
            );
            if let Some(amount) = r.usd.map(crate::terms::format_usd) {
                let what = text(&value_name("report", r.id, "-what"), &[]);
                let words = amount.trim_end_matches(",000,000,000");
                assert!(
                    what.contains(&amount) || what.contains(&format!("{words} billion")),
                    "{}: {what} / {amount}",
                    r.id
                );
            }
        }
    }

    /// The words name the limits the code holds: the year's help its
    /// bounds, a cut link the query limit.
    #[test]
    fn the_words_say_the_limits_the_parser_holds() {
        let help = choice_help(Field::Year, "2026");
        assert!(help.is_empty());
        let help = help_of_field(Field::Year);
        assert!(
            help.contains(&format!("{FIRST_YEAR} to {LAST_YEAR}")),
            "{help}"
        );
        let max = crate::terms::link::MAX_QUERY;
        let grouped = format!("{},{:03}", max / 1000, max % 1000);
        assert!(
            text("input-cut", &[]).contains(&grouped),
            "input-cut: {max}"
        );
    }

    fn help_of_field(field: Field) -> String {
        help(field)
    }

    /// A superseded version says so, with its date, in the terms control;
    /// the latest says it is the latest.
    #[test]
    fn a_superseded_version_says_so_and_since_when() {
        for t in Terms::all() {
            let (option, help) = (label(t), help(t));
            match t.superseded_by() {
                Some(next) => {
                    assert!(option.ends_with("(superseded)"), "{option}");
                    let since = format!("Superseded on {}.", date(next.info().date));
                    assert!(help.ends_with(&since), "{}: {help}", t.slug());
                }
                None => {
                    assert!(!option.contains("superseded"), "{option}");
                    assert!(
                        help.ends_with("It is the latest version the sources describe."),
                        "{help}"
                    );
                }
            }
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
        for source in [
            include_str!("../locales/en/islands.ftl"),
            include_str!("../locales/en/answers.ftl"),
            include_str!("../locales/en/page.ftl"),
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
    fn used_names() -> Vec<(String, Vec<String>, String)> {
        let mut used = Vec::new();
        for (file, source) in sources() {
            // A file's own tests are not what it draws.
            let source = source.split("\nmod tests {").next().unwrap_or(&source);
            let calls = source
                .match_indices("text(")
                .map(|(at, _)| (at, 5))
                .chain(source.match_indices("around(").map(|(at, _)| (at, 7)));
            for (at, call_len) in calls {
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // Not in a comment.
                let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
                if source[line_start..at].trim_start().starts_with("//") {
                    continue;
                }
                let Some(rest) = source[at + call_len..].trim_start().strip_prefix('"') else {
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
                let mut args: Vec<String> = call
                    .match_indices("(\"")
                    .map(|(i, _)| {
                        let arg = &call[i + 2..];
                        arg[..arg.find('"').unwrap()].to_string()
                    })
                    .filter(|name| {
                        !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    })
                    .collect();
                // `around`'s last argument: the placeholder it splits at.
                if call_len == 7 {
                    let last = call.trim_end().trim_end_matches(',').trim_end();
                    if let Some(quoted) = last.strip_suffix('"') {
                        let start = quoted.rfind('"').map_or(0, |i| i + 1);
                        args.push(quoted[start..].to_string());
                    }
                }
                used.push((name.to_string(), args, file.clone()));
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

    /// Every Rust source under `src/`, read when the test runs, so a new
    /// file is scanned without being listed: (its path, its text).
    fn sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    out.push((path.display().to_string(), text));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    /// Whether a source only runs in the build (the page's words,
    /// `page.ftl`, may be used there and nowhere else).
    fn build_only(path: &str) -> bool {
        ["/src/app/words/", "/src/bin/", "/src/content/"]
            .iter()
            .any(|dir| path.contains(dir))
    }
}
