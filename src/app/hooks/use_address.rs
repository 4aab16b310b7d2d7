//! The address bar holds the scenario (`contract.md`): it is read once when
//! the page opens and rewritten with `replaceState` after each change.

use yew::prelude::*;

use crate::app::state::{Action, AppState};
use crate::terms::to_query;

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
/// changes something, keeping the view parameters so an embed stays one.
#[hook]
pub fn use_address_sync(state: &AppState) {
    let revision = state.revision;
    let (scenario, step, view) = (state.scenario, state.step, state.view);
    use_effect_with(revision, move |&revision| {
        if revision > 0 {
            let mut query = to_query(&scenario);
            if step > 1 {
                query.push_str(&format!("&step={step}"));
            }
            query.push_str(&view.to_query());
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
