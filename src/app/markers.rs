//! Every marker the build writes and a listener reads: element IDs, class
//! names, and the selectors the plain listeners (`page`), the islands and
//! the page's own scripts (`src/js/`) look for. The build writes attribute
//! names literally (Yew's `html!` takes no constant names), so
//! `tests/markers.rs` renders the page as the build does and checks that
//! every ID is unique and every selector here, and every selector in
//! `src/js/`, matches the built markup: a drift fails a named test, not a
//! reader's click.

/// Declares marker constants in a module, and the list of them all, so a
/// marker cannot be added without the test that checks the built page
/// (`tests/markers.rs`) seeing it.
macro_rules! markers {
    (
        $(#[$doc:meta])* $module:ident, $list:ident {
            $($(#[$meta:meta])* $name:ident = $value:literal;)*
        }
        $($item:item)*
    ) => {
        $(#[$doc])*
        pub mod $module {
            $($(#[$meta])* pub const $name: &str = $value;)*
            $($item)*
        }
        /// Every one of them, for the test that checks them against the build.
        pub const $list: &[&str] = &[$($module::$name),*];
    };
}

markers! {
    /// Element IDs.
    id, IDS {
    /// The embed footer's link to the full explainer.
    FULL_PAGE_LINK = "embed-footer-link";
    /// "Embed this explainer": the dialog and its parts.
    EMBED_DIALOG = "embed-dialog";
    EMBED_DIALOG_TITLE = "embed-dialog-title";
    EMBED_STEP_FIELD = "embed-step-field";
    EMBED_STEP = "embed-step";
    EMBED_THEME = "embed-theme";
    EMBED_CODE = "embed-code";
    EMBED_STATUS = "embed-status";
    /// Where text to copy is offered when the clipboard is refused.
    COPY_DIALOG = "copy-dialog";
    COPY_DIALOG_TITLE = "copy-dialog-title";
    COPY_TEXT = "copy-text";
    COPY_HOW = "copy-how";
    /// The template of every clause card, which islands clone.
    CLAUSE_CARDS = "clause-cards";
    }

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

markers! {
    /// The selectors the plain listeners query, said once.
    select, SELECTORS {
    /// The selectors the plain listeners query, said once.
    /// Each walkthrough step (`data-step="N"`, its position).
    STEP = "[data-step]";
    /// Anything that moves to a step (`data-nav-to="N"`).
    NAV_TO = "[data-nav-to]";
    NAV_PREV = "[data-nav=prev]";
    NAV_NEXT = "[data-nav=next]";
    PROGRESS_TEXT = ".progress-text";
    PROGRESS_BAR = ".progress-bar";
    PROGRESS_DOT = ".progress-dot";
    STEP_TITLE = ".step-title";
    /// Links in the words to a step, by its stable name (`data-go-step`).
    GO_STEP = "a[data-go-step]";
    GLOSS = ".gloss";
    GLOSS_TERM = ".gloss-term";
    EMBED_OPEN = ".embed-open";
    EMBED_ACTION = "[data-embed-action]";
    EMBED_KIND_CHECKED = "input[name=embed-kind]:checked";
    COPY_CLOSE = "[data-copy-close]";
    /// The citation blocks whose address the browser fills in.
    CITE = "[data-cite]";
    /// The stateless/stateful demo and its parts.
    DEMO = "[data-demo]";
    DEMO_NEXT = "[data-demo-next]";
    DEMO_SENT = "[data-demo-sent]";
    DEMO_ONLY = "[data-demo-only]";
    DEMO_CALL = "[data-demo-call]";
    }
}

/// The attribute on `<html>` that names the step on show: the head script
/// sets it from the address before the first paint, the navigation keeps
/// it, the stylesheet shows that step by it (`words::first_paint`), and the
/// host messages read it (`src/js/host.js`).
pub const SHOW_STEP: &str = "data-show-step";
