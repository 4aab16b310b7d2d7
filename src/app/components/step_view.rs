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
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let (n, step) = (props.number, props.step);
    html! {
        <section class="step" data-step={n.to_string()} hidden={!props.current} aria-labelledby={format!("step-{n}-title")}>
            { fixed(Fixed::StepText(n)) }
            if step.visual == Visual::StatelessDemo {
                <StatelessDemo />
            }
            <LiveExample step={n} example={&step.example} visual={step.visual} />
            { fixed(Fixed::StepNotes(n)) }
        </section>
    }
}
