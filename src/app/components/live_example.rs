use yew::prelude::*;

use crate::app::components::comparison::comparison_table;
use crate::app::components::estimate::estimate;
use crate::app::components::field_control::FieldControl;
use crate::app::components::finding::{finding, others_of};
use crate::app::components::visuals::{call_path, timeline};
use crate::app::state::{Action, BuilderState};
use crate::app::text::{self, text};
use crate::content::steps::{self, Example, Visual};
use crate::terms::Choice;

#[derive(Properties, PartialEq)]
pub struct LiveExampleProps {
    /// The step it belongs to, 1-based.
    pub step: usize,
}

/// A step that has no example (there is none): nothing to show.
static NO_EXAMPLE: Example = Example {
    base: crate::terms::Scenario::DEFAULT,
    knobs: &[],
    topics: &[],
    estimate: false,
    both: false,
};

/// A live example island: a small scenario inside a step, a few inputs and
/// the engine's answers to the step's questions, with the step's picture.
/// Its state is its own; the builder is not touched.
#[component]
pub fn LiveExample(props: &LiveExampleProps) -> Html {
    let step = steps::at(props.step);
    let (example, visual) = step.map_or((&NO_EXAMPLE, Visual::None), |s| (&s.example, s.visual));
    let state = use_reducer(|| BuilderState::new(example.base, Vec::new()));
    let on_set = use_callback(state.dispatcher(), |(field, text), dispatch| {
        dispatch.dispatch(Action::Set(field, text))
    });
    let scenario = &state.scenario;
    let both = &state.answers;
    let id_prefix: AttrValue = format!("ex{}", props.step).into();

    html! {
        <section class="example" aria-labelledby={format!("ex{}-title", props.step)} data-terms={scenario.terms.slug()}>
            <h3 id={format!("ex{}-title", props.step)} class="example-title">{ text("try-it", &[]) }</h3>
            <p class="example-prompt">{ step.map(text::step_prompt).unwrap_or_default() }</p>
            <div class="example-inputs">
                { for example.knobs.iter().map(|knob| html! {
                    <FieldControl field={knob.field} only={knob.only} scenario={*scenario}
                        error={state.errors.iter().find(|e| e.field == knob.field).cloned()}
                        id_prefix={id_prefix.clone()} on_set={on_set.clone()} />
                }) }
            </div>
            if visual == Visual::CallPath {
                { call_path(scenario) }
            }
            if visual == Visual::Timeline {
                { timeline(scenario.year) }
            }
            if example.both {
                { comparison_table(both) }
            }
            <div class="findings" aria-live="polite">
                { for example.topics.iter()
                    .filter_map(|t| both.answers.get(*t))
                    .map(|a| finding(a, both.answers.terms, &others_of(both, a.topic), None)) }
                if example.estimate {
                    { estimate(scenario, &both.answers) }
                }
            </div>
        </section>
    }
}
