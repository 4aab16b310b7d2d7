//! The walkthrough's navigation: it owns the step. The steps and their
//! controls are built HTML (`words::navigation`); this shows the current
//! step and hides the others, moves the progress and Previous/Next along,
//! makes a step's live example live when it is first shown, and writes the
//! step into the address. Plain listeners: nothing here is drawn, only
//! switched, so it needs no Yew tree.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use super::dom::{closest, each};
use crate::app::view::{Embed, ViewOptions};
use crate::app::{address, islands};
use crate::content::steps::STEPS;

/// Shows step `n` and sets every control for it; `moved` (a reader's move,
/// never the page opening, even at `?step=N`) also takes focus to its heading.
fn show(n: usize, moved: bool) {
    let total = STEPS.len();
    let number = n.to_string();
    each(None, "[data-step]", |step| {
        let current = step.get_attribute("data-step").as_deref() == Some(number.as_str());
        let _ = step.toggle_attribute_with_force("hidden", !current);
    });
    islands::mount_example(n);
    each(None, ".progress-text", |text| {
        text.set_text_content(Some(&format!("Step {n} of {total}")))
    });
    each(None, ".progress-bar", |bar| {
        let _ = bar.set_attribute("value", &number);
    });
    each(None, ".progress-dot", |dot| {
        if dot.get_attribute("data-nav-to").as_deref() == Some(number.as_str()) {
            let _ = dot.set_attribute("aria-current", "step");
        } else {
            let _ = dot.remove_attribute("aria-current");
        }
    });
    for (selector, to, end) in [
        ("[data-nav=prev]", n.saturating_sub(1).max(1), n == 1),
        ("[data-nav=next]", (n + 1).min(total), n == total),
    ] {
        each(None, selector, |button| {
            let _ = button.set_attribute("data-nav-to", &to.to_string());
            let _ = button.toggle_attribute_with_force("disabled", end);
        });
    }
    if moved {
        let heading = gloo::utils::document().get_element_by_id(&format!("step-{n}-title"));
        if let Some(h) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = h.focus();
        }
    }
}

/// The arrow key's move, unless the reader is typing or choosing in a form
/// control or a dialog (where arrows have their own use).
fn arrow(event: &KeyboardEvent) -> Option<isize> {
    if event.alt_key()
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.default_prevented()
    {
        return None;
    }
    let in_control = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "SUMMARY"
            ) || el.closest("dialog, [role=dialog]").ok().flatten().is_some()
        });
    if in_control {
        return None;
    }
    match event.key().as_str() {
        "ArrowRight" => Some(1),
        "ArrowLeft" => Some(-1),
        _ => None,
    }
}

pub fn start(query: &str) {
    let total = STEPS.len();
    let shown = Rc::new(Cell::new(address::step_of(query, total)));
    show(shown.get(), false);
    // An embed of one step shows that step alone: no moving.
    if ViewOptions::from_query(query).embed == Embed::Step {
        return;
    }
    // A reader's move: show it, and keep it in the address.
    let go = {
        let shown = shown.clone();
        Rc::new(move |n: usize| {
            let n = n.clamp(1, total);
            if n != shown.get() {
                shown.set(n);
                show(n, true);
                address::set_step(n);
            }
        })
    };
    let document = gloo::utils::document();
    let on_click = go.clone();
    EventListener::new(&document, "click", move |event| {
        let to = closest(event, "[data-nav-to]")
            .and_then(|b| b.get_attribute("data-nav-to"))
            .and_then(|n| n.parse().ok());
        if let Some(n) = to {
            on_click(n);
        }
    })
    .forget();
    // Not passive: the arrow keys must not also scroll the page.
    let (on_key, from) = (go, shown.clone());
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&document, "keydown", options, move |event| {
        let delta = event.dyn_ref::<KeyboardEvent>().and_then(arrow);
        if let Some(delta) = delta {
            event.prevent_default();
            on_key(from.get().saturating_add_signed(delta));
        }
    })
    .forget();
    // Another part of the page moved the step (a link such as the update
    // notice's "See what changed"): follow the address.
    address::on_change(move || {
        let n = address::step_of(&address::query(), total);
        if n != shown.get() {
            shown.set(n);
            show(n, true);
        }
    })
    .forget();
}
