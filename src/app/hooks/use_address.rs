//! The address bar holds the scenario (`contract.md`): it is read once when
//! the page opens and rewritten with `replaceState` after each change.

use yew::prelude::*;

use crate::app::state::{Action, AppState};
use crate::terms::{link, to_query};

fn search() -> Option<String> {
    gloo::utils::window().location().search().ok()
}

/// Reads the scenario and step from the address once the page is mounted.
#[hook]
pub fn use_open_link(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        dispatch.dispatch(Action::OpenLink(search().unwrap_or_default()));
    });
}

/// Writes the scenario and step back into the address after the reader
/// changes something, keeping `embed` so an embed stays an embed.
#[hook]
pub fn use_address_sync(state: &AppState) {
    let revision = state.revision;
    let (scenario, step) = (state.scenario, state.step);
    use_effect_with(revision, move |&revision| {
        if revision > 0 {
            let mut query = to_query(&scenario);
            if step > 1 {
                query.push_str(&format!("&step={step}"));
            }
            if let Some(embed) = search().and_then(|q| link::param(&q, "embed")) {
                query.push_str("&embed=");
                query.extend(form_urlencoded::byte_serialize(embed.as_bytes()));
            }
            let window = gloo::utils::window();
            let path = window.location().pathname().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ = history.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("{path}?{query}")),
                );
            }
        }
    });
}
