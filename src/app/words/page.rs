use yew::prelude::*;

use super::navigation::{progress, step_buttons};
use super::{
    cite, corrections, embed_dialog, glossary, masthead, sources, step_notes, step_text,
    update_notice,
};
use crate::app::components::builder::Builder;
use crate::app::components::live_example::LiveExample;
use crate::app::roots;
use crate::app::view::Part;
use crate::content::steps::STEPS;
use crate::content::TITLE;

/// What the build knows when it writes the page.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// The step on show before the browser reads the link (1-based).
    pub first_step: usize,
    /// Where the site is served, if the build was told (`EXPLAINER_URL`).
    pub site: Option<AttrValue>,
}

/// One walkthrough step (`n` is 1-based, as in `data-step`): its words
/// around its live example's first render. Every step is in the page, hidden
/// unless current, so that printing and reading without the wasm carry the
/// whole walkthrough; the navigation island shows and hides them.
fn step_section(n: usize, current: bool) -> Html {
    html! {
        <section id={format!("step-{n}")} class="step" data-step={n.to_string()} hidden={!current}
            aria-labelledby={format!("step-{n}-title")}>
            { step_text(n) }
            <div class="example-root" id={roots::example(n)}>
                <LiveExample step={n} />
            </div>
            { step_notes(n) }
        </section>
    }
}

/// The whole article as the build writes it: every word, and each island's
/// first render in its root (`roots`). Parts an embed leaves out carry
/// their `Part` ID; the browser hides them as the link asks.
#[component]
pub fn Page(props: &PageProps) -> Html {
    let first = props.first_step;
    html! {
        <div class="page" id="page">
            <a class="skip-link" id={Part::SkipLink.id()} href="#builder-title">{ "Skip to the scenario builder" }</a>
            { update_notice() }
            <header class="masthead" id={Part::Masthead.id()}>
                { masthead() }
                { embed_dialog() }
            </header>
            <h1 class="embed-title" id={Part::EmbedTitle.id()} hidden=true>{ TITLE }</h1>
            <div class="layout">
                <main class="main" id={Part::Walkthrough.id()}>
                    <div class="walkthrough">
                        <nav class="progress" id={Part::StepNavigation.id()} aria-label="Walkthrough steps">
                            { progress(first) }
                        </nav>
                        { for (1..=STEPS.len()).map(|n| step_section(n, n == first)) }
                        <div class="step-nav" id={Part::StepButtons.id()}>
                            { step_buttons(first) }
                        </div>
                    </div>
                </main>
                <div class="side" id={Part::Builder.id()}>
                    <Builder query={None::<AttrValue>} />
                </div>
            </div>
            <div class="appendix" id={Part::Appendix.id()}>
                { glossary() }
                { corrections() }
                { sources() }
                { cite(props.site.as_deref()) }
            </div>
            <footer class="embed-footer" id={Part::EmbedFooter.id()} hidden=true>
                <a id="embed-footer-link" href="?" target="_blank" rel="noopener">{ "Open the full explainer, with glossary and sources" }</a>
                { " · Based on public statements; the contracts are not public." }
            </footer>
        </div>
    }
}
