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
    /// The address of the page the build wrote for the choice, for a CMS
    /// that reads oEmbed, and its field (hidden where there is none).
    EMBED_LINK = "embed-link";
    EMBED_LINK_FIELD = "embed-link-field";
    /// The note on what an AMP page needs, shown with AMP code.
    EMBED_AMP_NOTE = "embed-amp-note";
    /// Where text to copy is offered when the clipboard is refused.
    COPY_DIALOG = "copy-dialog";
    COPY_DIALOG_TITLE = "copy-dialog-title";
    COPY_TEXT = "copy-text";
    COPY_HOW = "copy-how";
    /// The caption of the comparison step's chart by year, whose chart the
    /// builder copies for its own (`year_chart::attach`).
    STEP_CHART_CAPTION = "yc-step-caption";
    /// The corrections list's heading, where the feed's rules-version
    /// entries link.
    CORRECTIONS_TITLE = "corrections-title";
    /// The template of every clause card, which islands clone.
    CLAUSE_CARDS = "clause-cards";
    /// The template of the notice shown if the app stops on a bug.
    CRASH_NOTICE = "crash-notice";
    /// Where the notice that the interactive parts could not start links:
    /// every step then shows, by the stylesheet (`:target`).
    EVERY_STEP = "every-step";
    }

    /// Step `n`'s section (its position in reading order, 1-based).
    pub fn step(n: usize) -> String {
        format!("step-{n}")
    }

    /// Step `n`'s heading, where a reader's move puts focus.
    pub fn step_title(n: usize) -> String {
        format!("step-{n}-title")
    }

    /// Correction `n`'s entry in the corrections list (from 1), where the
    /// feed links.
    pub fn correction(n: usize) -> String {
        format!("correction-{n}")
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
    /// The embed dialog's radio buttons: code for an HTML page or an AMP page.
    pub const EMBED_FORMAT: &str = "embed-format";
}

/// Declares the class names and attribute names the build writes and the
/// plain listeners read, each once, and the selector of each made from it
/// (`.name`, `[name]`), so a listener's selector cannot drift from the
/// name it reads; plus the few selectors that say more than a name.
macro_rules! selectors {
    (
        classes { $($(#[$cm:meta])* $cn:ident = $cv:literal;)* }
        attributes { $($(#[$am:meta])* $an:ident = $av:literal;)* }
        others { $($(#[$om:meta])* $on:ident = $ov:literal;)* }
    ) => {
        /// Class names the build writes and the listeners look for.
        pub mod class {
            $($(#[$cm])* pub const $cn: &str = $cv;)*
        }
        /// Attribute names the build writes and the listeners read.
        pub mod attr {
            $($(#[$am])* pub const $an: &str = $av;)*
        }
        /// The selectors the plain listeners query, said once.
        pub mod select {
            $($(#[$cm])* pub const $cn: &str = concat!(".", $cv);)*
            $($(#[$am])* pub const $an: &str = concat!("[", $av, "]");)*
            $($(#[$om])* pub const $on: &str = $ov;)*
        }
        /// Every selector, for the test that checks them against the build.
        pub const SELECTORS: &[&str] = &[$(select::$cn,)* $(select::$an,)* $(select::$on),*];
    };
}

selectors! {
    classes {
        STEP_TITLE = "step-title";
        PROGRESS_TEXT = "progress-text";
        PROGRESS_BAR = "progress-bar";
        PROGRESS_DOT = "progress-dot";
        GLOSS = "gloss";
        GLOSS_TERM = "gloss-term";
        EMBED_OPEN = "embed-open";
        /// Each cell of a chart of verdicts by year, and the line that
        /// names the one in view.
        YEAR_CELL = "yc-cell";
        YEAR_OUT = "yc-out";
    }
    attributes {
        /// A chart of verdicts by year.
        YEAR_CHART = "data-year-chart";
        /// Each walkthrough step (`data-step="N"`, its position).
        STEP = "data-step";
        /// The same step's stable name, which the first-paint rules follow.
        STEP_NAME = "data-step-name";
        /// Each clause card (`data-clause="ID"`), which islands clone.
        CLAUSE = "data-clause";
        /// A clause card's line for copied text, in the template only.
        COPY = "data-copy";
        /// Anything that moves to a step (`data-nav-to="N"`).
        NAV_TO = "data-nav-to";
        /// Links in the words to a step, by its stable name.
        GO_STEP = "data-go-step";
        /// The embed dialog's buttons: what each does.
        EMBED_ACTION = "data-embed-action";
        COPY_CLOSE = "data-copy-close";
        /// The citation blocks whose address the browser fills in.
        CITE = "data-cite";
        /// The stateless/stateful demo (the number of its calls) and its parts.
        DEMO = "data-demo";
        DEMO_NEXT = "data-demo-next";
        DEMO_SENT = "data-demo-sent";
        DEMO_ONLY = "data-demo-only";
        DEMO_CALL = "data-demo-call";
        /// The demo's call on show: 1 in the build, then the listener's.
        DEMO_NOW = "data-demo-now";
    }
    others {
        NAV_PREV = "[data-nav=prev]";
        NAV_NEXT = "[data-nav=next]";
        /// The embed dialog's chosen kind ([`name::EMBED_KIND`]).
        EMBED_KIND_CHECKED = "input[name=embed-kind]:checked";
        /// The embed dialog's chosen format ([`name::EMBED_FORMAT`]).
        EMBED_FORMAT_CHECKED = "input[name=embed-format]:checked";
    }
}

/// Set on a glossary reference the reader dismissed with Escape: by the
/// listener, never by the build, for the stylesheet.
pub const GLOSS_DISMISSED: &str = "is-dismissed";

/// Set on an island's root once it is mounted (never by the build), so a
/// step shown again does not mount its example twice.
pub const LIVE: &str = "data-live";

/// The embed dialog's buttons' `data-embed-action` values.
pub mod embed_action {
    pub const COPY: &str = "copy";
    pub const CLOSE: &str = "close";
}

markers! {
    /// The attributes the head script (`src/js/first-paint.js`) sets on
    /// `<html>` from the address before the first paint, which the
    /// stylesheet follows (`words::first_paint` and `static/style.css`).
    on_html, ON_HTML {
    /// The step on show, by name: the navigation keeps it from then on,
    /// and the host messages read it (`src/js/host.js`).
    SHOW_STEP = "data-show-step";
    /// The embed mode's word (`embed=`).
    EMBED = "data-embed";
    /// `theme=light|dark`.
    THEME = "data-theme";
    /// `bg=transparent`.
    BG = "data-bg";
    /// "link": the address sets up a scenario, whose answers the built
    /// page does not hold.
    SCENARIO = "data-scenario";
    }
}
pub use on_html::SHOW_STEP;

/// On `<html>`: what a page the build writes at a path of its own
/// (`steps/NAME/`, `examples/NAME/`) means, as a query (the step, or the
/// example's scenario), which the address's own query overrides
/// (`address::current`, `src/js/first-paint.js`); the main page has none.
/// And the site's root.
pub mod page {
    pub const QUERY: &str = "data-page-query";
    /// The site's root, absolute: set on every page by the boot script
    /// (`src/js/boot.js`, which sits there), never by the build.
    pub const SITE: &str = "data-site";
}

/// Fired on `window` when the reader moves to another step (never when the
/// page opens, even at `?step=N`): in an embed, `src/js/host.js` asks the
/// host to bring the frame's new step into view, since a frame cannot
/// scroll its host.
pub const STEP_MOVED_EVENT: &str = "explainer:step-moved";

markers! {
    /// The classes the boot script (`src/js/boot.js`) puts on `<html>`,
    /// which the stylesheet follows.
    on_html_class, ON_HTML_CLASSES {
    /// The boot script runs: the stylesheet's own no-script notice waits.
    BOOTING = "booting";
    /// The interactive parts started.
    STARTED = "started";
    /// They could not start (or stalled): the page says so.
    NO_WASM = "no-wasm";
    }
}

/// What the embed code and the oEmbed answer write and the loader in
/// articles (`static/embed.js`) reads: none of it is in the built page.
pub mod loader {
    /// Marks our frames, for the loader to size.
    pub const FRAME: &str = "data-partnership-explainer";
    /// The card and link before the frame, in the embed code and the
    /// oEmbed answer, for where no frame goes: the loader hides it once the
    /// frame speaks (WordPress hides its own).
    pub const FALLBACK: &str = "partnership-explainer-fallback";
}
