//! The walkthrough's controls as the build writes them: "Step N of M", the
//! bar and a button per step, and Previous and Next. Every control says
//! where it goes (`data-nav-to`); `page::navigation` moves them along.

use yew::prelude::*;

use crate::app::markers::class;
use crate::app::text::{self, text};
use crate::content::steps::STEPS;

/// "Step N of M", the bar and a button per step.
pub fn progress(step: usize) -> Html {
    let total = STEPS.len();
    html! {
        <>
            <p class={class::PROGRESS_TEXT} aria-live="polite">{ text("nav-step-of", &[("n", &step.to_string()), ("total", &total.to_string())]) }</p>
            <progress class={class::PROGRESS_BAR} max={total.to_string()} value={step.to_string()} aria-hidden="true"></progress>
            <ol class="progress-list">
                { for STEPS.iter().enumerate().map(|(i, s)| {
                    let n = i + 1;
                    html! {
                        <li>
                            <button type="button" class={class::PROGRESS_DOT} data-nav-to={n.to_string()}
                                aria-current={(n == step).then_some("step")}
                                aria-label={text("step-kicker", &[("n", &n.to_string()), ("name", &text::step_short(s))])}
                                title={text::step_short(s)}>{ n }</button>
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
                <span aria-hidden="true">{ "← " }</span>{ text("nav-previous", &[]) }
            </button>
            <p class="step-nav-hint">{ text("nav-tip", &[]) }</p>
            <button type="button" class="button button-primary" data-nav="next"
                data-nav-to={(step + 1).min(total).to_string()} disabled={step == total}>
                { text("nav-next", &[]) }<span aria-hidden="true">{ " →" }</span>
            </button>
        </>
    }
}
