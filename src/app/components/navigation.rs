//! The walkthrough's navigation island: it owns the step. It draws the
//! progress (and, through a portal, Previous and Next below the steps),
//! shows the current step and hides the others (static elements it does not
//! render), makes a step's live example live when it is first shown, and
//! writes the step into the address.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::address;
use crate::app::hooks::use_arrow_keys;
use crate::app::view::{Embed, ViewOptions};
use crate::content::steps::STEPS;

/// How a control moves to step `n`: a callback in the browser, nothing in
/// the build's first render.
pub type Go<'a> = &'a dyn Fn(usize) -> Option<Callback<MouseEvent>>;

/// "Step N of M", the bar and a button per step.
pub fn progress(step: usize, go: Go) -> Html {
    let total = STEPS.len();
    html! {
        <>
            <p class="progress-text" aria-live="polite">{ format!("Step {step} of {total}") }</p>
            <progress class="progress-bar" max={total.to_string()} value={step.to_string()} aria-hidden="true"></progress>
            <ol class="progress-list">
                { for STEPS.iter().enumerate().map(|(i, s)| {
                    let n = i + 1;
                    html! {
                        <li>
                            <button type="button" class="progress-dot" onclick={go(n)}
                                aria-current={(n == step).then_some("step")}
                                aria-label={format!("Step {n}: {}", s.short)}
                                title={s.short}>{ n }</button>
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}

/// Previous and Next, disabled at the ends.
pub fn step_buttons(step: usize, go: Go) -> Html {
    let total = STEPS.len();
    html! {
        <>
            <button type="button" class="button" data-nav="prev" onclick={go(step.saturating_sub(1).max(1))} disabled={step == 1}>
                <span aria-hidden="true">{ "← " }</span>{ "Previous" }
            </button>
            <p class="step-nav-hint">{ "Tip: the arrow keys move between steps." }</p>
            <button type="button" class="button button-primary" data-nav="next" onclick={go((step + 1).min(total))} disabled={step == total}>
                { "Next" }<span aria-hidden="true">{ " →" }</span>
            </button>
        </>
    }
}

/// Shows step `n` and hides every other: the steps are built HTML.
fn show_only(n: usize) {
    let Ok(steps) = gloo::utils::document().query_selector_all("[data-step]") else {
        return;
    };
    for i in 0..steps.length() {
        if let Some(step) = steps.item(i).and_then(|s| s.dyn_into::<Element>().ok()) {
            let current = step.get_attribute("data-step") == Some(n.to_string());
            let _ = step.toggle_attribute_with_force("hidden", !current);
        }
    }
}

fn focus_heading(n: usize) {
    let heading = gloo::utils::document().get_element_by_id(&format!("step-{n}-title"));
    if let Some(h) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        let _ = h.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct NavigationProps {
    /// The link the page was opened with.
    pub query: AttrValue,
    /// Where Previous and Next go, below the steps.
    #[prop_or_default]
    pub buttons: Option<Element>,
}

#[component]
pub fn Navigation(props: &NavigationProps) -> Html {
    let total = STEPS.len();
    // An embed of one step shows that step alone: no moving.
    let fixed = ViewOptions::from_query(&props.query).embed == Embed::Step;
    let step = use_state_eq(|| address::step_of(&props.query, total));
    // The step on show, for listeners; and whether the reader has moved, so
    // that opening the page (even at `?step=N`) never steals focus.
    let shown = use_mut_ref(|| Rc::new(Cell::new(*step)));
    let moved = use_mut_ref(|| false);
    let shown = shown.borrow().clone();
    shown.set(*step);

    {
        let moved = moved.clone();
        use_effect_with(*step, move |&n| {
            show_only(n);
            crate::app::islands::mount_example(n);
            if *moved.borrow() {
                focus_heading(n);
            }
        });
    }

    // A reader's move: show it, and keep it in the address.
    let go_to = {
        let (step, moved) = (step.clone(), moved.clone());
        Callback::from(move |n: usize| {
            let n = n.clamp(1, total);
            if fixed || n == *step {
                return;
            }
            *moved.borrow_mut() = true;
            step.set(n);
            address::set_step(n);
        })
    };
    // Another part of the page moved the step (a link such as the update
    // notice's "See what changed"): follow the address.
    {
        let (step, moved, shown) = (step.clone(), moved.clone(), shown.clone());
        use_effect_with((), move |_| {
            let listener = address::on_change(move || {
                let n = address::step_of(&address::query(), total);
                if !fixed && n != shown.get() {
                    *moved.borrow_mut() = true;
                    step.set(n);
                }
            });
            move || drop(listener)
        });
    }
    use_arrow_keys({
        let (go_to, shown) = (go_to.clone(), shown.clone());
        Callback::from(move |delta: isize| go_to.emit(shown.get().saturating_add_signed(delta)))
    });

    if fixed {
        return Html::default();
    }
    let go = |n: usize| {
        let go_to = go_to.clone();
        Some(Callback::from(move |_: MouseEvent| go_to.emit(n)))
    };
    html! {
        <>
            { progress(*step, &go) }
            if let Some(host) = props.buttons.clone() {
                { create_portal(step_buttons(*step, &go), host) }
            }
        </>
    }
}
