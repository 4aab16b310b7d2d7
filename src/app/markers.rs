//! Every marker the build writes and a listener reads: element IDs, class
//! names, and the selectors the plain listeners (`page`), the islands and
//! the page's own scripts (`src/js/`) look for. The build writes attribute
//! names literally (Yew's `html!` takes no constant names), so
//! `tests/markers.rs` renders the page as the build does and checks that
//! every ID is unique and every selector here, and every selector in
//! `src/js/`, matches the built markup: a drift fails a named test, not a
//! reader's click.

/// Element IDs.
pub mod id {
    /// The embed footer's link to the full explainer.
    pub const FULL_PAGE_LINK: &str = "embed-footer-link";
    /// "Embed this explainer": the dialog and its parts.
    pub const EMBED_DIALOG: &str = "embed-dialog";
    pub const EMBED_DIALOG_TITLE: &str = "embed-dialog-title";
    pub const EMBED_STEP_FIELD: &str = "embed-step-field";
    pub const EMBED_STEP: &str = "embed-step";
    pub const EMBED_THEME: &str = "embed-theme";
    pub const EMBED_CODE: &str = "embed-code";
    pub const EMBED_STATUS: &str = "embed-status";
    /// Where text to copy is offered when the clipboard is refused.
    pub const COPY_DIALOG: &str = "copy-dialog";
    pub const COPY_DIALOG_TITLE: &str = "copy-dialog-title";
    pub const COPY_TEXT: &str = "copy-text";
    pub const COPY_HOW: &str = "copy-how";
    /// The template of every clause card, which islands clone.
    pub const CLAUSE_CARDS: &str = "clause-cards";

    /// Step `n`'s section (its position in reading order, 1-based).
    pub fn step(n: usize) -> String {
        format!("step-{n}")
    }

    /// Step `n`'s heading, where a reader's move puts focus.
    pub fn step_title(n: usize) -> String {
        format!("step-{n}-title")
    }

    /// The root of step `n`'s live example island.
    pub fn example(n: usize) -> String {
        format!("example-{n}")
    }
}

/// Form control names.
pub mod name {
    /// The embed dialog's radio buttons: what to embed.
    pub const EMBED_KIND: &str = "embed-kind";
}

/// Class names the listeners look for.
pub mod class {
    pub const STEP_TITLE: &str = "step-title";
    pub const PROGRESS_TEXT: &str = "progress-text";
    pub const PROGRESS_BAR: &str = "progress-bar";
    pub const PROGRESS_DOT: &str = "progress-dot";
    pub const GLOSS: &str = "gloss";
    pub const GLOSS_TERM: &str = "gloss-term";
    /// Set on a glossary reference the reader dismissed with Escape.
    pub const GLOSS_DISMISSED: &str = "is-dismissed";
    pub const EMBED_OPEN: &str = "embed-open";
}

/// The selectors the plain listeners query, said once.
pub mod select {
    /// Each walkthrough step (`data-step="N"`, its position).
    pub const STEP: &str = "[data-step]";
    /// Anything that moves to a step (`data-nav-to="N"`).
    pub const NAV_TO: &str = "[data-nav-to]";
    pub const NAV_PREV: &str = "[data-nav=prev]";
    pub const NAV_NEXT: &str = "[data-nav=next]";
    pub const PROGRESS_TEXT: &str = ".progress-text";
    pub const PROGRESS_BAR: &str = ".progress-bar";
    pub const PROGRESS_DOT: &str = ".progress-dot";
    pub const STEP_TITLE: &str = ".step-title";
    /// Links in the words to a step, by its stable name (`data-go-step`).
    pub const GO_STEP: &str = "a[data-go-step]";
    pub const GLOSS: &str = ".gloss";
    pub const GLOSS_TERM: &str = ".gloss-term";
    pub const EMBED_OPEN: &str = ".embed-open";
    pub const EMBED_ACTION: &str = "[data-embed-action]";
    pub const EMBED_KIND_CHECKED: &str = "input[name=embed-kind]:checked";
    pub const COPY_CLOSE: &str = "[data-copy-close]";
    /// The citation blocks whose address the browser fills in.
    pub const CITE: &str = "[data-cite]";
    /// The stateless/stateful demo and its parts.
    pub const DEMO: &str = "[data-demo]";
    pub const DEMO_NEXT: &str = "[data-demo-next]";
    pub const DEMO_SENT: &str = "[data-demo-sent]";
    pub const DEMO_ONLY: &str = "[data-demo-only]";
    pub const DEMO_CALL: &str = "[data-demo-call]";
}

/// The attribute on `<html>` that names the step on show: the head script
/// sets it from the address before the first paint, the navigation keeps
/// it, the stylesheet shows that step by it (`words::first_paint`), and the
/// host messages read it (`src/js/host.js`).
pub const SHOW_STEP: &str = "data-show-step";

/// Every selector above, for the test that checks them against the build.
pub const SELECTORS: &[&str] = &[
    select::STEP,
    select::NAV_TO,
    select::NAV_PREV,
    select::NAV_NEXT,
    select::PROGRESS_TEXT,
    select::PROGRESS_BAR,
    select::PROGRESS_DOT,
    select::STEP_TITLE,
    select::GO_STEP,
    select::GLOSS,
    select::GLOSS_TERM,
    select::EMBED_OPEN,
    select::EMBED_ACTION,
    select::EMBED_KIND_CHECKED,
    select::COPY_CLOSE,
    select::CITE,
    select::DEMO,
    select::DEMO_NEXT,
    select::DEMO_SENT,
    select::DEMO_ONLY,
    select::DEMO_CALL,
];

/// Every fixed ID above, for the same test.
pub const IDS: &[&str] = &[
    id::FULL_PAGE_LINK,
    id::EMBED_DIALOG,
    id::EMBED_DIALOG_TITLE,
    id::EMBED_STEP_FIELD,
    id::EMBED_STEP,
    id::EMBED_THEME,
    id::EMBED_CODE,
    id::EMBED_STATUS,
    id::COPY_DIALOG,
    id::COPY_DIALOG_TITLE,
    id::COPY_TEXT,
    id::COPY_HOW,
    id::CLAUSE_CARDS,
];
