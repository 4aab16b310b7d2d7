//! Left and right arrow keys move through the walkthrough, unless the reader
//! is typing or choosing in a form control (where arrows have their own use).

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_arrow_keys(on_move: Callback<isize>) {
    use_effect_with((), move |_| {
        // Not passive: the arrow keys must not also scroll the page.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if event.alt_key()
                    || event.ctrl_key()
                    || event.meta_key()
                    || event.shift_key()
                    || event.default_prevented()
                {
                    return;
                }
                let in_control = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(
                            el.tag_name().as_str(),
                            "INPUT" | "SELECT" | "TEXTAREA" | "SUMMARY"
                        ) || el.closest("dialog, [role=dialog]").ok().flatten().is_some()
                    });
                if in_control {
                    return;
                }
                let delta = match event.key().as_str() {
                    "ArrowRight" => 1,
                    "ArrowLeft" => -1,
                    _ => return,
                };
                event.prevent_default();
                on_move.emit(delta);
            },
        );
        move || drop(listener)
    });
}
