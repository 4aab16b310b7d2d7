//! The Yew app. Components render from state; the hooks are the only places
//! that touch the browser, and only in effects.

pub mod clipboard;
mod components;
pub mod embed_code;
pub mod fixed;
mod hooks;
pub mod state;
pub mod view;
// Rendered only at build time (see `fixed`): not in the browser build.
#[cfg(feature = "ssr")]
mod words;

use yew::prelude::*;

use components::builder::Builder;
use components::embed_dialog::EmbedDialog;
use components::walkthrough::Walkthrough;
use fixed::{fixed, Fixed};
use hooks::{
    use_address_sync, use_arrow_keys, use_embed_messages, use_glossary_tips, use_open_link,
    use_step_links, use_theme,
};
use state::{Action, AppState};
use view::Embed;

use crate::content::TITLE;
use crate::terms::to_query;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::new);
    use_open_link(state.dispatcher());
    use_address_sync(&state);
    use_theme(state.view);
    use_glossary_tips();
    use_step_links(state.dispatcher());
    use_embed_messages(&state, state.dispatcher());
    use_arrow_keys({
        let dispatch = state.dispatcher();
        Callback::from(move |delta| dispatch.dispatch(Action::Move(delta)))
    });

    // Stable callbacks (the dispatcher never changes), so a change in the
    // builder does not re-render the walkthrough, and the other way round.
    let on_go = use_callback(state.dispatcher(), |n, d| d.dispatch(Action::GoTo(n)));
    let on_set = use_callback(state.dispatcher(), |(field, text), d| {
        d.dispatch(Action::Set(field, text))
    });
    let on_preset = use_callback(state.dispatcher(), |i, d| d.dispatch(Action::Preset(i)));
    let on_reset = use_callback(state.dispatcher(), |(), d| d.dispatch(Action::Reset));

    let embed = state.view.embed;
    let embedded = embed != Embed::None;

    // One tree for every way the page is shown. The fixed words (see
    // `fixed`) are adopted once and never drawn again, so an embed hides
    // what it leaves out (`hidden`), and parts that come and go use `if`,
    // which keeps everything after them in place.
    html! {
        <div class={classes!("page", embedded.then_some("embed"), embed.class())}>
            if !embedded {
                <a class="skip-link" href="#builder-title">{ "Skip to the scenario builder" }</a>
            }
            { fixed(Fixed::Update) }
            <header class="masthead" hidden={embedded}>
                { fixed(Fixed::Masthead) }
                <EmbedDialog scenario={state.scenario} step={state.step} />
            </header>
            if embed == Embed::All {
                <h1 class="embed-title">{ TITLE }</h1>
            }
            <div class="layout">
                <main class="main" id="walkthrough" hidden={embed == Embed::Builder}>
                    <Walkthrough step={state.step} loaded={state.loaded} {on_go} only_step={embed == Embed::Step} />
                </main>
                <aside class="side" hidden={embed == Embed::Step}>
                    <Builder scenario={state.scenario} errors={state.errors.clone()} generation={state.generation}
                        loaded={state.loaded} {on_set} {on_preset} {on_reset} />
                </aside>
            </div>
            <div class="appendix" hidden={embedded}>
                { fixed(Fixed::Glossary) }
                { fixed(Fixed::Corrections) }
                { fixed(Fixed::Sources) }
            </div>
            if embedded {
                // Embedded in an article: a way out to the full page.
                <footer class="embed-footer">
                    <a href={format!("?{}&step={}", to_query(&state.scenario), state.step)} target="_blank" rel="noopener">{ "Open the full explainer, with glossary and sources" }</a>
                    { " · Based on public statements; the contracts are not public." }
                </footer>
            }
        </div>
    }
}
