//! The Yew app. Components render from state; the hooks are the only places
//! that touch the browser, and only in effects.

mod components;
mod hooks;
pub mod state;

use yew::prelude::*;

use components::builder::Builder;
use components::glossary::Glossary;
use components::sources::Sources;
use components::walkthrough::Walkthrough;
use hooks::{use_address_sync, use_arrow_keys, use_open_link};
use state::{Action, AppState};

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::new);
    use_open_link(state.dispatcher());
    use_address_sync(&state);
    use_arrow_keys({
        let dispatch = state.dispatcher();
        Callback::from(move |delta| dispatch.dispatch(Action::Move(delta)))
    });

    let dispatch = state.dispatcher();
    let on_go = {
        let d = dispatch.clone();
        Callback::from(move |n| d.dispatch(Action::GoTo(n)))
    };
    let on_set = {
        let d = dispatch.clone();
        Callback::from(move |(field, text)| d.dispatch(Action::Set(field, text)))
    };
    let on_preset = {
        let d = dispatch.clone();
        Callback::from(move |i| d.dispatch(Action::Preset(i)))
    };
    let on_reset = Callback::from(move |()| dispatch.dispatch(Action::Reset));

    html! {
        <div class="page">
            <a class="skip-link" href="#builder-title">{ "Skip to the scenario builder" }</a>
            <header class="masthead">
                <p class="eyebrow">{ "Explainer · Microsoft and OpenAI" }</p>
                <h1>{ "“Unchanged”: what Microsoft’s statement on its OpenAI deal means" }</h1>
                <p class="dek">{ "On the day OpenAI announced new funding and an Amazon collaboration, Microsoft said the terms of their partnership stand. Walk through them step by step, then test a deal of your own." }</p>
                <p class="note">{ "Based on public statements only: the contracts are not public. Not legal or investment advice." }</p>
            </header>
            <div class="layout">
                <main class="main" id="walkthrough">
                    <Walkthrough step={state.step} loaded={state.loaded} {on_go} />
                </main>
                <aside class="side">
                    <Builder scenario={state.scenario} errors={state.errors.clone()} generation={state.generation} loaded={state.loaded}
                        {on_set} {on_preset} {on_reset} />
                </aside>
            </div>
            <Glossary />
            <Sources />
        </div>
    }
}
