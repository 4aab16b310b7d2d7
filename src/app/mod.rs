//! The Yew app. Components render from state; the hooks are the only places
//! that touch the browser, and only in effects.

pub mod clipboard;
mod components;
pub mod embed_code;
mod hooks;
pub mod state;
pub mod view;

use yew::prelude::*;

use components::builder::Builder;
use components::embed_dialog::EmbedDialog;
use components::glossary::glossary;
use components::sources::sources;
use components::step_view::StepView;
use components::walkthrough::Walkthrough;
use hooks::{use_address_sync, use_arrow_keys, use_embed_messages, use_open_link, use_theme};
use state::{Action, AppState};
use view::Embed;

use crate::content::steps::STEPS;
use crate::terms::to_query;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::new);
    use_open_link(state.dispatcher());
    use_address_sync(&state);
    use_theme(state.view);
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

    let walkthrough = html! { <Walkthrough step={state.step} loaded={state.loaded} {on_go} /> };
    let builder = html! {
        <Builder scenario={state.scenario} errors={state.errors.clone()} generation={state.generation}
            loaded={state.loaded} {on_set} {on_preset} {on_reset} />
    };

    if state.view.embed == Embed::None {
        return html! {
            <div class="page">
                <a class="skip-link" href="#builder-title">{ "Skip to the scenario builder" }</a>
                <header class="masthead">
                    <p class="eyebrow">{ "Explainer · Microsoft and OpenAI" }</p>
                    <h1>{ "“Unchanged”: what Microsoft’s statement on its OpenAI deal means" }</h1>
                    <p class="dek">{ "On the day OpenAI announced new funding and an Amazon collaboration, Microsoft said the terms of their partnership stand. Walk through them step by step, then test a deal of your own." }</p>
                    <p class="note">{ "Based on public statements only: the contracts are not public. Not legal or investment advice." }</p>
                    <EmbedDialog scenario={state.scenario} step={state.step} />
                </header>
                <div class="layout">
                    <main class="main" id="walkthrough">{ walkthrough }</main>
                    <aside class="side">{ builder }</aside>
                </div>
                { glossary() }
                { sources() }
            </div>
        };
    }

    // Embedded in an article: no page chrome, and a way out to the full page.
    let full_page = format!("?{}&step={}", to_query(&state.scenario), state.step);
    let body = match state.view.embed {
        Embed::Builder => builder,
        Embed::Step => {
            let n = state.step;
            html! { <main class="main"><StepView number={n} step={&STEPS[n - 1]} current=true /></main> }
        }
        _ => html! {
            <>
                <h1 class="embed-title">{ "“Unchanged”: what Microsoft’s statement on its OpenAI deal means" }</h1>
                <div class="layout">
                    <main class="main" id="walkthrough">{ walkthrough }</main>
                    <aside class="side">{ builder }</aside>
                </div>
            </>
        },
    };
    html! {
        <div class="page embed">
            { body }
            <footer class="embed-footer">
                <a href={full_page} target="_blank" rel="noopener">{ "Open the full explainer, with glossary and sources" }</a>
                { " · Based on public statements; the contracts are not public." }
            </footer>
        </div>
    }
}
