//! The address bar is the share link (`contract.md`), and the one thing the
//! islands share: the builder owns the scenario in it, the navigation owns
//! the step, and the view parameters (`embed`, `theme`, `bg`) ride along.
//! Every rewrite uses `replaceState` and then tells the page with one event,
//! so an island that cares (the navigation, the embed messages) re-reads it.

use gloo::events::EventListener;
use web_sys::Event;

use crate::app::view::ViewOptions;
use crate::terms::{link, parse, to_query, Choice, Scenario, Topic};

/// Fired on `window` after the address changes.
pub const ADDRESS_EVENT: &str = "explainer:address";

/// The current query string, `?` included (empty when there is none).
pub fn query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// `step=N` from a link, clamped to the steps there are; otherwise 1.
pub fn step_of(query: &str, steps: usize) -> usize {
    link::param(query, "step")
        .and_then(|s| s.trim().parse::<usize>().ok())
        .map_or(1, |n| n.clamp(1, steps.max(1)))
}

/// A link for a scenario and a step, with the view parameters kept.
pub fn compose(scenario: &Scenario, step: usize, view: ViewOptions) -> String {
    let mut out = to_query(scenario);
    if step > 1 {
        out.push_str(&format!("&step={step}"));
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

/// A link, relative to this page, that opens `scenario` with `topic`'s
/// answer in view, keeping the view parameters (`view`, `&`-prefixed).
pub fn answer_link(scenario: &Scenario, view: &str, topic: Topic) -> String {
    format!("?{}{view}#{}", to_query(scenario), answer_anchor(topic))
}

/// The full page (no embed) at `step`, with the address's scenario.
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
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}?{query}")),
        );
    }
    if let Ok(event) = Event::new(ADDRESS_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// The builder's write: its scenario, with the step and view as they are.
pub fn set_scenario(scenario: &Scenario, steps: usize) {
    let now = query();
    replace(&compose(
        scenario,
        step_of(&now, steps),
        ViewOptions::from_query(&now),
    ));
}

/// The navigation's write: its step, with the scenario and view as they are.
pub fn set_step(step: usize) {
    let now = query();
    replace(&compose(
        &parse(&now).scenario,
        step,
        ViewOptions::from_query(&now),
    ));
}

/// Calls `on_change` whenever an island rewrites the address.
pub fn on_change(mut on_change: impl FnMut() + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), ADDRESS_EVENT, move |_| on_change())
}
