use yew::prelude::*;

use crate::app::components::clause_card::clause_list;
use crate::app::components::live_example::LiveExample;
use crate::app::components::rich_text::rich_text;
use crate::app::components::visuals::StatelessDemo;
use crate::content::steps::{Step, Visual};

#[derive(Properties, PartialEq)]
pub struct StepViewProps {
    /// 1-based, as in `data-step`.
    pub number: usize,
    pub step: &'static Step,
    pub current: bool,
}

/// One walkthrough step. Every step stays in the page (hidden unless
/// current) so that printing and prerendering carry the whole walkthrough.
#[component]
pub fn StepView(props: &StepViewProps) -> Html {
    let (n, step) = (props.number, props.step);
    let heading_id = format!("step-{n}-title");
    html! {
        <section class="step" data-step={n.to_string()} hidden={!props.current} aria-labelledby={heading_id.clone()}>
            <p class="step-kicker">{ format!("Step {n}: {}", step.short) }</p>
            <h2 id={heading_id} class="step-title" tabindex="-1">{ step.headline }</h2>
            { for step.body.iter().enumerate().map(|(i, &text)| rich_text(text, &format!("s{n}p{i}"))) }
            if step.visual == Visual::StatelessDemo {
                <StatelessDemo />
            }
            <LiveExample step={n} example={&step.example} visual={step.visual} />
            <section class="step-clauses" aria-label={format!("Clauses for step {n}")}>
                <h3>{ "What this rests on" }</h3>
                { clause_list(step.clauses) }
            </section>
            if !step.unsaid.is_empty() {
                <section class="step-unsaid">
                    <h3>{ "What this does not say" }</h3>
                    <ul>{ for step.unsaid.iter().map(|u| html! { <li>{ *u }</li> }) }</ul>
                </section>
            }
        </section>
    }
}
