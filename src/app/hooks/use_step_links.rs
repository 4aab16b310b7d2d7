//! Links to a walkthrough step inside the built words (`data-go-step`,
//! such as the update notice's "See what changed") are plain anchors, so
//! they work without the wasm. With it, one document listener opens the step
//! in place; an embed that does not show the walkthrough opens the full
//! explainer at that step, with the same scenario, in a new tab.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::app::state::{Action, AppState};
use crate::app::view::{Embed, ViewOptions};
use crate::terms::{parse, to_query};

#[hook]
pub fn use_step_links(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "click",
            options,
            move |event| {
                let link = event
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|t| t.closest("a[data-go-step]").ok().flatten());
                let Some(step) = link
                    .and_then(|a| a.get_attribute("data-go-step"))
                    .and_then(|n| n.parse::<usize>().ok())
                else {
                    return;
                };
                event.prevent_default();
                let window = gloo::utils::window();
                let query = window.location().search().unwrap_or_default();
                match ViewOptions::from_query(&query).embed {
                    Embed::None | Embed::All => dispatch.dispatch(Action::GoTo(step)),
                    Embed::Builder | Embed::Step => {
                        let full = format!("?{}&step={step}", to_query(&parse(&query).scenario));
                        let _ = window
                            .open_with_url_and_target_and_features(&full, "_blank", "noopener");
                    }
                }
            },
        );
        move || drop(listener)
    });
}
