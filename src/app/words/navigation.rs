//! The walkthrough's controls as the build writes them: "Step N of M", the
//! bar and a button per step, and Previous and Next. Every control says
//! where it goes (`data-nav-to`); `page::navigation` moves them along.

use yew::prelude::*;

use crate::app::markers::class;
use crate::content::steps::STEPS;

/// "Step N of M", the bar and a button per step.
pub fn progress(step: usize) -> Html {
    let total = STEPS.len();
    html! {
        <>
            <p class={class::PROGRESS_TEXT} aria-live="polite">{ format!("Step {step} of {total}") }</p>
            <progress class={class::PROGRESS_BAR} max={total.to_string()} value={step.to_string()} aria-hidden="true"></progress>
            <ol class="progress-list">
                { for STEPS.iter().enumerate().map(|(i, s)| {
                    let n = i + 1;
                    html! {
                        <li>
                            <button type="button" class={class::PROGRESS_DOT} data-nav-to={n.to_string()}
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
pub fn step_buttons(step: usize) -> Html {
    let total = STEPS.len();
    html! {
        <>
            <button type="button" class="button" data-nav="prev"
                data-nav-to={step.saturating_sub(1).max(1).to_string()} disabled={step == 1}>
                <span aria-hidden="true">{ "← " }</span>{ "Previous" }
            </button>
            <p class="step-nav-hint">{ "Tip: the arrow keys move between steps." }</p>
            <button type="button" class="button button-primary" data-nav="next"
                data-nav-to={(step + 1).min(total).to_string()} disabled={step == total}>
                { "Next" }<span aria-hidden="true">{ " →" }</span>
            </button>
        </>
    }
}
