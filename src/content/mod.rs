//! The explainer's words: walkthrough steps, help text, glossary. Data only;
//! the components lay it out and the engine answers the live examples.

pub mod amendment;
pub mod facts;
pub mod glossary;
pub mod markup;
pub mod steps;

/// The explainer's title, as the page and its embeds show it.
pub const TITLE: &str = "“Unchanged”: what Microsoft’s statement on its OpenAI deal means";

/// The date of the amendment that superseded the terms the statement
/// described: ISO (for `data-update` and `<time>`) and in words.
pub const AMENDED_ON: (&str, &str) = ("2026-04-27", "27 April 2026");

/// When the terms on this page were last checked against the sources.
pub const LAST_CHECKED: (&str, &str) = ("2026-11-26", "26 November 2026");
