use yew::prelude::*;

use crate::app::components::live_example::LiveExample;
use crate::app::components::visuals::StatelessDemo;
use crate::app::fixed::{fixed, Fixed};
use crate::content::steps::{Step, Visual};

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// 1-based, as in `data-step`.
    pub number: usize,
    pub step: &'static Step,
    pub current: bool,
}

/// One walkthrough step: its fixed words (built into the page, see
/// [`crate::app::fixed`]) around its live parts. Every step stays in the
/// page (hidden unless current) so that printing and prerendering carry the
/// whole walkthrough.
///
/// A step's live example stays the built HTML until the step is first
/// shown, and is live from then on (keeping what the reader set in it).
/// Hydration thus takes over one example instead of ten; opening a step
/// draws its example in the same frame, identical to what was there.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let (n, step) = (props.number, props.step);
    // Sticky: once shown, always live. Set while rendering on purpose, so the
    // frame that shows the step already has the live example.
    let shown = use_mut_ref(|| false);
    if props.current {
        *shown.borrow_mut() = true;
    }
    let live = *shown.borrow();
    html! {
        <section class="step" data-step={n.to_string()} hidden={!props.current} aria-labelledby={format!("step-{n}-title")}>
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
