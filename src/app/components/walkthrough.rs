use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::components::step_view::step_view;
use crate::content::steps::STEPS;

#[derive(Properties, PartialEq)]
pub struct WalkthroughProps {
    /// The step on show, 1-based.
    pub step: usize,
    /// Whether the address has been read; a step it names is not a move.
    pub loaded: bool,
    pub on_go: Callback<usize>,
    /// Embedded as one step: that step alone, without the ways to move.
    #[prop_or_default]
    pub only_step: bool,
}

/// The guided walkthrough: progress, the steps, and previous/next.
#[component]
pub fn Walkthrough(props: &WalkthroughProps) -> Html {
    let (step, total) = (props.step, STEPS.len());

    // Moving between steps puts focus on the new step's heading, so keyboard
    // and screen-reader users land where the content changed. Opening the
    // page (even at `?step=N`) must not steal focus, so moves count only
    // once the address has been read.
    let armed = use_mut_ref(|| false);
    use_effect_with((step, props.loaded), move |&(step, loaded)| {
        if !*armed.borrow() {
            *armed.borrow_mut() = loaded;
            return;
        }
        let heading = gloo::utils::document().get_element_by_id(&format!("step-{step}-title"));
        if let Some(h) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = h.focus();
        }
    });

    let go = |to: usize| {
        let on_go = props.on_go.clone();
        Callback::from(move |_: MouseEvent| on_go.emit(to))
    };
    // Which steps have been shown: their live examples are live from then
    // on. Marked while rendering on purpose, so the frame that shows a step
    // already has its live example (see `step_view`).
    let shown = use_mut_ref(|| vec![false; total]);
    if let Some(seen) = shown.borrow_mut().get_mut(step.wrapping_sub(1)) {
        *seen = true;
    }
    let shown = shown.borrow().clone();
    let steps = STEPS.iter().enumerate().map(|(i, s)| {
        let n = i + 1;
        step_view(n, s, n == step, shown.get(i).copied().unwrap_or(false))
    });
    html! {
        <div class="walkthrough">
            // Kept in place when absent (`if`), so the steps never move: their
            // fixed words are adopted once and must not be redrawn.
            if !props.only_step {
                <nav class="progress" aria-label="Walkthrough steps">
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
                </nav>
            }
            { for steps }
            if !props.only_step {
                <div class="step-nav">
                    <button type="button" class="button" data-nav="prev" onclick={go(step.saturating_sub(1).max(1))} disabled={step == 1}>
                        <span aria-hidden="true">{ "← " }</span>{ "Previous" }
                    </button>
                    <p class="step-nav-hint">{ "Tip: the arrow keys move between steps." }</p>
                    <button type="button" class="button button-primary" data-nav="next" onclick={go((step + 1).min(total))} disabled={step == total}>
                        { "Next" }<span aria-hidden="true">{ " →" }</span>
                    </button>
                </div>
            }
        </div>
    }
}
