//! The address bar is the share link (`contract.md`), and the one thing the
//! islands share: the builder owns the scenario in it, the navigation owns
//! the step, and the view parameters (`embed`, `theme`, `bg`) ride along.
//! Every rewrite uses `replaceState` and then tells the page with one event,
//! so a part that cares (the navigation, the host messages) re-reads it.
//!
//! In a frame sandboxed without `allow-same-origin` (as WordPress writes
//! it), the document's origin is opaque and `replaceState` is refused: the
//! address is then kept here, so the page behaves the same; only the bar,
//! which such a frame does not show, stays as it was.

use std::cell::RefCell;

use gloo::events::EventListener;
use web_sys::Event;

use crate::app::view::ViewOptions;
use crate::content::steps;
use crate::terms::{link, parse, to_query, Choice, Scenario, Topic};

/// Fired on `window` after the address changes.
pub const ADDRESS_EVENT: &str = "explainer:address";

thread_local! {
    /// The query as last written, where the address bar could not take it.
    static WRITTEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The current query string, `?` included (empty when there is none).
pub fn query() -> String {
    WRITTEN.with_borrow(Clone::clone).unwrap_or_else(|| {
        gloo::utils::window()
            .location()
            .search()
            .unwrap_or_default()
    })
}

/// The walkthrough step a link opens, as its position in reading order
/// (1-based): `step=` takes a stable name or number (`steps::position`).
pub fn step_of(query: &str) -> usize {
    link::param(query, "step").map_or(1, |s| steps::position(&s))
}

/// A link for a scenario and a step (its position), with the view
/// parameters kept. The step is written by its stable name.
pub fn compose(scenario: &Scenario, step: usize, view: ViewOptions) -> String {
    let mut out = to_query(scenario);
    if let Some(step) = steps::at(step).filter(|_| step > 1) {
        out.push_str("&step=");
        out.push_str(step.name);
    }
    out.push_str(&view.to_query());
    out
}

/// This page's address without its query: what a citation or a permalink
/// starts from.
pub fn page() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The ID of `topic`'s answer in the builder, which links point at.
pub fn answer_anchor(topic: Topic) -> String {
    format!("answer-{}", topic.slug())
}

/// The answer an address's fragment (`#answer-…`) points at, if any.
pub fn answer_in(fragment: &str) -> Option<Topic> {
    let anchor = fragment.strip_prefix('#')?;
    Topic::ALL
        .iter()
        .copied()
        .find(|&topic| answer_anchor(topic) == anchor)
}

/// A link, relative to this page, that opens `scenario` with `topic`'s
/// answer in view, keeping the view parameters (`view`, `&`-prefixed).
pub fn answer_link(scenario: &Scenario, view: &str, topic: Topic) -> String {
    format!("?{}{view}#{}", to_query(scenario), answer_anchor(topic))
}

/// The full page (no embed) at step `step` (its position), with the
/// address's scenario.
pub fn full_page_link(step: usize) -> String {
    format!(
        "?{}",
        compose(&parse(&query()).scenario, step, ViewOptions::default())
    )
}

/// Rewrites the address (no reload, no history entry) and tells the page.
fn replace(query: &str) {
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_default();
    let written = window.history().is_ok_and(|history| {
        history
            .replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("{path}?{query}")),
            )
            .is_ok()
    });
    WRITTEN.set((!written).then(|| format!("?{query}")));
    if let Ok(event) = Event::new(ADDRESS_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// The builder's write: its scenario, with the step and view as they are.
pub fn set_scenario(scenario: &Scenario) {
    let now = query();
    replace(&compose(
        scenario,
        step_of(&now),
        ViewOptions::from_query(&now),
    ));
}

/// The navigation's write: its step (a position), with the scenario and
/// view as they are.
pub fn set_step(step: usize) {
    let now = query();
    replace(&compose(
        &parse(&now).scenario,
        step,
        ViewOptions::from_query(&now),
    ));
}

/// Calls `on_change` whenever a part of the page rewrites the address.
pub fn on_change(mut on_change: impl FnMut() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), ADDRESS_EVENT, move |_| on_change())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_names_an_answer_only_by_its_exact_anchor() {
        for &topic in Topic::ALL {
            let fragment = format!("#{}", answer_anchor(topic));
            assert_eq!(answer_in(&fragment), Some(topic));
        }
        for fragment in [
            "",
            "#",
            "#answer-",
            "answer-azure-required",
            "#answer-nope",
            "#every-step",
        ] {
            assert_eq!(answer_in(fragment), None, "{fragment}");
        }
    }
}
