//! The walkthrough's navigation: it owns the step. The steps and their
//! controls are built HTML (`words::navigation`); this shows the current
//! step and hides the others, moves the progress and Previous/Next along,
//! tells the page when a step is first shown (its example goes live), and
//! writes the step into the address. Plain listeners: nothing here is
//! drawn, only switched, so it needs no Yew tree.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::app::address::{self, Address};
use crate::app::dom::{by_id, closest, each};
use crate::app::markers::{attr, id, select, SHOW_STEP, STEP_MOVED_EVENT};
use crate::app::view::Part;
use crate::content::steps::{self, STEPS};

/// Shows step `n` (its position) and sets every control for it; `moved` (a
/// reader's move, never the page opening, even at `?step=N`) also takes
/// focus to its heading, and tells an embed's host.
fn show(n: usize, moved: bool) {
    let total = STEPS.len();
    let number = n.to_string();
    each(None, select::STEP, |step| {
        let current = step.get_attribute(attr::STEP).as_deref() == Some(number.as_str());
        let _ = step.toggle_attribute_with_force("hidden", !current);
    });
    // The head script showed the address's step before the first paint,
    // by this attribute; from now on it follows the navigation.
    if let (Some(root), Some(step)) = (gloo::utils::document().document_element(), steps::at(n)) {
        let _ = root.set_attribute(SHOW_STEP, step.name);
    }
    each(None, select::PROGRESS_TEXT, |text| {
        text.set_text_content(Some(&crate::app::text::text(
            "nav-step-of",
            &[("n", &n.to_string()), ("total", &total.to_string())],
        )))
    });
    each(None, select::PROGRESS_BAR, |bar| {
        let _ = bar.set_attribute("value", &number);
    });
    each(None, select::PROGRESS_DOT, |dot| {
        if dot.get_attribute(attr::NAV_TO).as_deref() == Some(number.as_str()) {
            let _ = dot.set_attribute("aria-current", "step");
        } else {
            let _ = dot.remove_attribute("aria-current");
        }
    });
    for (selector, to, end) in [
        (select::NAV_PREV, n.saturating_sub(1).max(1), n == 1),
        (select::NAV_NEXT, (n + 1).min(total), n == total),
    ] {
        each(None, selector, |button| {
            let _ = button.set_attribute(attr::NAV_TO, &to.to_string());
            let _ = button.toggle_attribute_with_force("disabled", end);
        });
    }
    if moved {
        if let Some(heading) = by_id::<HtmlElement>(&id::step_title(n)) {
            let _ = heading.focus();
        }
        if let Ok(event) = web_sys::Event::new(STEP_MOVED_EVENT) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
    }
}

/// The arrow key's move, only while focus is on the page itself or on a
/// step's heading: form controls, buttons, links, dialogs and scrollable
/// regions (tables, the row of verdicts, the citation) keep their arrows.
fn arrow(event: &KeyboardEvent) -> Option<isize> {
    if event.alt_key()
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.default_prevented()
    {
        return None;
    }
    let on_page = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_none_or(|el| {
            matches!(el.tag_name().as_str(), "BODY" | "HTML")
                || el.matches(select::STEP_TITLE).unwrap_or(false)
        });
    if !on_page {
        return None;
    }
    match event.key().as_str() {
        "ArrowRight" => Some(1),
        "ArrowLeft" => Some(-1),
        _ => None,
    }
}

/// Starts the navigation at the address's step. `on_show` is called with a
/// step's position each time it is shown.
pub fn start(address: &Address, on_show: impl Fn(usize) + 'static) {
    let total = STEPS.len();
    let on_show = Rc::new(on_show);
    let shown = Rc::new(Cell::new(address.step));
    show(shown.get(), false);
    on_show(shown.get());
    // An embed without the step navigation (one step, or the builder)
    // stays where the address put it: no moving, by key or otherwise.
    if !address.view.embed.shows(Part::StepNavigation) {
        return;
    }
    // A reader's move: show it, and keep it in the address.
    let go = {
        let (shown, on_show) = (shown.clone(), on_show.clone());
        Rc::new(move |n: usize| {
            let n = n.clamp(1, total);
            if n != shown.get() {
                shown.set(n);
                show(n, true);
                on_show(n);
                address::update(|now| now.with_step(n));
            }
        })
    };
    let document = gloo::utils::document();
    let on_click = go.clone();
    EventListener::new(&document, "click", move |event| {
        let to = closest(event, select::NAV_TO)
            .and_then(|b| b.get_attribute(attr::NAV_TO))
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
    address::on_change(move |now| {
        let n = now.step;
        if n != shown.get() {
            shown.set(n);
            show(n, true);
            on_show(n);
        }
    })
    .forget();
}
