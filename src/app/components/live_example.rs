use crate::terms::Choice;
use yew::prelude::*;

use crate::app::components::field_control::FieldControl;
use crate::app::components::finding::{comparison_table, estimate, finding, others_of};
use crate::app::components::visuals::{call_path, timeline};
use crate::content::steps::{Example, Visual, STEPS};
use crate::terms::{compare, Field, InputError};

#[derive(Properties, PartialEq)]
pub struct LiveExampleProps {
    /// The step it belongs to, 1-based.
    pub step: usize,
}

/// A step that has no example (there is none): nothing to show.
static NO_EXAMPLE: Example = Example {
    prompt: "",
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
    let (example, visual) = STEPS
        .get(props.step.wrapping_sub(1))
        .map_or((&NO_EXAMPLE, Visual::None), |s| (&s.example, s.visual));
    let scenario = use_state(|| example.base);
    let errors = use_state(Vec::<InputError>::new);
    let on_set = {
        let (scenario, errors) = (scenario.clone(), errors.clone());
        Callback::from(move |(field, text): (Field, String)| {
            let (mut next, mut list) = (*scenario, (*errors).clone());
            next.edit(field, &text, &mut list);
            scenario.set(next);
            errors.set(list);
        })
    };
    let both = compare(&scenario);
    let id_prefix: AttrValue = format!("ex{}", props.step).into();

    html! {
        <section class="example" aria-labelledby={format!("ex{}-title", props.step)} data-terms={scenario.terms.slug()}>
            <h3 id={format!("ex{}-title", props.step)} class="example-title">{ "Try it" }</h3>
            <p class="example-prompt">{ example.prompt }</p>
            <div class="example-inputs">
                { for example.knobs.iter().map(|knob| html! {
                    <FieldControl field={knob.field} only={knob.only} scenario={*scenario}
                        error={errors.iter().find(|e| e.field == knob.field).cloned()}
                        id_prefix={id_prefix.clone()} on_set={on_set.clone()} />
                }) }
            </div>
            if visual == Visual::CallPath {
                { call_path(&scenario) }
            }
            if visual == Visual::Timeline {
                { timeline(scenario.year) }
            }
            if example.both {
                { comparison_table(&both) }
            }
            <div class="findings" aria-live="polite">
                { for example.topics.iter()
                    .filter_map(|t| both.answers.get(*t))
                    .map(|a| finding(a, both.answers.terms, &others_of(&both, a.topic), None)) }
                if example.estimate {
                    { estimate(&scenario, &both.answers) }
                }
            </div>
        </section>
    }
}
