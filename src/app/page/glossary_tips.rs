//! The glossary terms inside the walkthrough's words are built as plain HTML
//! (see `app::islands`), so one set of listeners on the document gives all of
//! them their behaviour. CSS shows a definition on hover and on keyboard
//! focus; here a tap or click toggles it, Escape hides it without moving
//! focus, and leaving the word (focus, or a real mouse) resets it.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, Node, PointerEvent};

use crate::app::dom::closest;
use crate::app::markers::{select, GLOSS_DISMISSED};

/// Shows or hides a term's definition. `dismissed` keeps it hidden even
/// under the mouse or focus, until the reader leaves the word.
fn show(term: &Element, open: bool, dismissed: bool) {
    let _ = term.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(gloss) = term.parent_element() {
        let _ = gloss
            .class_list()
            .toggle_with_force(GLOSS_DISMISSED, dismissed);
    }
}

/// Gives every glossary term on the page its behaviour, for good.
pub fn start() {
    let document = gloo::utils::document();
    let listeners = [
        EventListener::new(&document, "click", |e| {
            if let Some(term) = closest(e, select::GLOSS_TERM) {
                let open = term.get_attribute("aria-expanded").as_deref() == Some("true");
                show(&term, !open, false);
            }
        }),
        EventListener::new(&document, "keydown", |e| {
            let escape = e
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if let (true, Some(term)) = (escape, closest(e, select::GLOSS_TERM)) {
                show(&term, false, true);
            }
        }),
        EventListener::new(&document, "focusout", |e| {
            if let Some(term) = closest(e, select::GLOSS_TERM) {
                show(&term, false, false);
            }
        }),
        // Only a real mouse leaving resets it: after a tap, touch browsers
        // send a leave event too, which would shut what the tap opened.
        EventListener::new(&document, "pointerout", |e| {
            let Some(p) = e.dyn_ref::<PointerEvent>() else {
                return;
            };
            let Some(gloss) = closest(e, select::GLOSS) else {
                return;
            };
            let still_inside = p
                .related_target()
                .and_then(|t| t.dyn_into::<Node>().ok())
                .is_some_and(|to| gloss.contains(Some(&to)));
            if p.pointer_type() == "mouse" && !still_inside {
                if let Ok(Some(term)) = gloss.query_selector(select::GLOSS_TERM) {
                    show(&term, false, false);
                }
            }
        }),
    ];
    listeners.into_iter().for_each(EventListener::forget);
}
