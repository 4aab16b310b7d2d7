use yew::prelude::*;

use super::navigation::{progress, step_buttons};
use super::{
    cite, copy_dialog, corrections, embed_dialog, glossary, masthead, sources, step_notes,
    step_text, update_notice,
};
use crate::app::catalogue;
use crate::app::components::builder::{Builder, TITLE_ID};
use crate::app::components::clause_card::template_card;
use crate::app::components::live_example::LiveExample;
use crate::app::markers::id;
use crate::app::text::{self, text};
use crate::app::view::Part;
use crate::content::steps::STEPS;
use crate::terms::{Preset, CLAUSES};

/// What the build knows when it writes the page.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The step on show before the browser reads the link (1-based).
    pub first_step: usize,
    /// Where the site is served, if the build was told (`EXPLAINER_URL`).
    pub site: Option<AttrValue>,
    /// On an example's page: the example, whose scenario the builder's
    /// first render answers, and whose answers are offered as an image.
    #[prop_or_default]
    pub example: Option<&'static Preset>,
}

/// One walkthrough step (`n` is its position, 1-based, as in `data-step`;
/// `data-step-name` and `data-step-number` are what links call it): its
/// words around its live example's first render. Every step is in the page,
/// hidden unless current, so that printing and reading without the wasm
/// carry the whole walkthrough; the navigation shows and hides them, and
/// before it the head script shows the address's step (`data-show-step`).
fn step_section(n: usize, current: bool) -> Html {
    let step = &STEPS[n - 1];
    html! {
        <section id={id::step(n)} class="step" data-step={n.to_string()}
            data-step-name={step.name} data-step-number={step.number.to_string()} hidden={!current}
            aria-labelledby={id::step_title(n)}>
            { step_text(n) }
            <div class="example-root" id={id::example(n)}>
                <LiveExample step={n} />
            </div>
            { step_notes(n) }
        </section>
    }
}

/// On an example's page: its answers as one image (`cards`), for print,
/// newsletters and reader modes, with its answers in words as alt text,
/// named for the example (the builder beside it may have moved on to
/// another scenario). On screen only its link shows: the builder has the
/// answers.
fn example_image(example: &'static Preset) -> Html {
    let file = crate::app::words::pages::ANSWERS_FILE;
    html! {
        <figure class="example-answers">
            <img src={file} alt={crate::app::words::pages::answers_alt(example)} loading="lazy" />
            <figcaption>
                <a href={file} download="">
                    { text("example-image-link", &[("example", &text::preset_name(example))]) }
                </a>
            </figcaption>
        </figure>
    }
}

/// The whole article as the build writes it: every word, and each island's
/// first render in its root (each `Part`'s element). Parts an embed leaves out carry
/// their `Part` ID; the browser hides them as the link asks.
#[component]
pub fn Page(props: &PageProps) -> Html {
    let first = props.first_step;
    html! {
        <div class="page" id="page">
            <a class="skip-link" id={Part::SkipLink.id()} href={format!("#{TITLE_ID}")}>{ text("skip-link", &[]) }</a>
            { update_notice() }
            <header class="masthead" id={Part::Masthead.id()}>
                { masthead() }
                { embed_dialog() }
            </header>
            <h1 class="embed-title" id={Part::EmbedTitle.id()} hidden=true>{ text("title", &[]) }</h1>
            <div class="layout">
                <main class="main" id={Part::Walkthrough.id()}>
                    { for props.example.map(example_image) }
                    <div class="walkthrough">
                        // The notice that the interactive parts could not
                        // start links here: every step then shows, by CSS.
                        <span id={id::EVERY_STEP}></span>
                        <nav class="progress" id={Part::StepNavigation.id()} aria-label={text("nav-label", &[])}>
                            { progress(first) }
                        </nav>
                        { for (1..=STEPS.len()).map(|n| step_section(n, n == first)) }
                        <div class="step-nav" id={Part::StepButtons.id()}>
                            { step_buttons(first) }
                        </div>
                    </div>
                </main>
                // Beside the article: reader modes leave the builder's
                // controls out with it.
                <aside class="side" id={Part::Builder.id()} aria-labelledby={TITLE_ID}>
                    <Builder address={None} built={props.example.map(|p| p.scenario).unwrap_or_default()} />
                </aside>
            </div>
            <div class="appendix" id={Part::Appendix.id()}>
                { glossary() }
                { corrections() }
                { sources() }
                { cite(props.site.as_deref()) }
            </div>
            <footer class="embed-footer" id={Part::EmbedFooter.id()} hidden=true>
                <a id={id::FULL_PAGE_LINK} href="?" target="_blank" rel="noopener">{ text("embed-footer-link", &[]) }</a>
                { " · " }{ text("embed-footer-note", &[]) }
            </footer>
            { copy_dialog() }
            // Every clause card, once, for the islands to clone.
            <template id={id::CLAUSE_CARDS}>
                { for CLAUSES.iter().map(|c| template_card(c.id)) }
            </template>
            // The notice shown if the app stops on a bug (`main.rs`).
            <template id={id::CRASH_NOTICE}>
                <div class="crash" role="alert">
                    { text("crash", &[]) }{ " " }<a href="?">{ text("crash-reload", &[]) }</a>
                </div>
            </template>
            // Every word the islands draw, once, for them to read.
            <template id={text::TEMPLATE_ID}>{ text::page_words(&catalogue::words()) }</template>
        </div>
    }
}
