use yew::prelude::*;

use crate::app::markers::id;
use crate::content::steps::{at, what_changed_step};
use crate::content::AMENDED_ON;

/// The notice that the terms were amended: one sentence, on every page and
/// in every embed (compact there), linking to the step that compares them.
/// The link is a plain anchor, so it works without the wasm; with it,
/// `use_step_links` opens the step in place (or the full page, from an
/// embed that does not show the walkthrough).
pub fn update_notice() -> Html {
    let n = what_changed_step().unwrap_or(1);
    let name = at(n).map_or("", |s| s.name);
    html! {
        <aside class="update" data-update={AMENDED_ON.0} aria-labelledby="update-title">
            <p>
                <strong id="update-title">{ "Update, " }<time datetime={AMENDED_ON.0}>{ AMENDED_ON.1 }</time>{ ": " }</strong>
                { "the companies have since amended the terms this statement called unchanged. They say OpenAI may serve its products on any cloud, launching on Azure first unless Microsoft cannot support them, that Microsoft's licence is non-exclusive, and that the revenue share is capped and runs through 2030 at most. " }
                <a href={format!("#{}", id::step(n))} data-go-step={name}>{ "See what changed" }</a>
            </p>
        </aside>
    }
}
