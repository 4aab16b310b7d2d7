use yew::prelude::*;

use crate::app::components::live_example::LiveExample;
use crate::app::components::visuals::StatelessDemo;
use crate::app::fixed::{fixed, Fixed};
use crate::content::steps::{Step, Visual};

/// One walkthrough step (`n` is 1-based, as in `data-step`): its fixed
/// words (built into the page, see [`crate::app::fixed`]) around its live
/// parts. Every step stays in the page (hidden unless current) so that
/// printing and prerendering carry the whole walkthrough.
///
/// `live`: whether the step has been shown. Until then its example stays the
/// built HTML, so hydration takes over one example instead of ten; opening
/// the step draws the live example in the same frame, identical to what was
/// there, and it stays live (keeping what the reader set in it).
pub fn step_view(n: usize, step: &'static Step, current: bool, live: bool) -> Html {
    html! {
        <section key={n} id={format!("step-{n}")} class="step" data-step={n.to_string()} hidden={!current} aria-labelledby={format!("step-{n}-title")}>
            { fixed(Fixed::StepText(n)) }
            if step.visual == Visual::StatelessDemo {
                <StatelessDemo />
            }
            if live {
                <LiveExample step={n} example={&step.example} visual={step.visual} />
            } else {
                { fixed(Fixed::Example(n)) }
            }
            { fixed(Fixed::StepNotes(n)) }
        </section>
    }
}
