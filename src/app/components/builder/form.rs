//! The builder's inputs: where to start from (an example, or the reset),
//! what the link got wrong, and the form itself.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::components::field_control::FieldControl;
use crate::app::components::input_error::input_error;
use crate::app::state::{Action, BuilderState};
use crate::app::text::{self, text};
use crate::terms::{Agi, Choice, Field, Preset, Scenario, PRESETS};

/// A group's legend, from the catalogue.
type Legend = fn() -> String;

/// The form's groups, in order, each with its legend. Every field is in exactly one (a test
/// checks), so a new input cannot be left out of the form.
const GROUPS: [(Legend, &[Field]); 5] = [
    (|| text("group-terms", &[]), &[Field::Terms]),
    (
        || text("group-deal", &[]),
        &[
            Field::Offering,
            Field::Partner,
            Field::Channel,
            Field::Host,
            Field::Customer,
        ],
    ),
    (|| text("group-when", &[]), &[Field::Year, Field::Agi]),
    // Shown only while AGI is verified.
    (|| text("group-verification", &[]), &[Field::AgiYear]),
    (|| text("group-money", &[]), &[Field::Revenue, Field::Share]),
];

/// Whether a field has an input on show: the AGI year only while AGI is
/// verified.
fn shown(scenario: &Scenario, field: Field) -> bool {
    field != Field::AgiYear || scenario.agi == Agi::Yes
}

/// The examples to start from, the reset, the example on show, and what
/// the link got wrong that has no input on show.
pub fn setup(state: &BuilderState, dispatch: &UseReducerDispatcher<BuilderState>) -> Html {
    let on_preset = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            if let Some(index) = PRESETS.iter().position(|p| p.id == select.value()) {
                dispatch.dispatch(Action::Preset(index));
            }
            select.set_value("");
        })
    };
    let on_reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Reset))
    };
    let scenario = &state.scenario;
    html! {
        <>
            <div class="presets">
                <label for="preset">{ text("setup-examples", &[]) }</label>
                <select id="preset" onchange={on_preset} data-preset-select="">
                    <option value="" selected=true>{ text("setup-choose", &[]) }</option>
                    { for PRESETS.iter().map(|p| html! {
                        <option value={p.id} data-preset={p.id} title={text::preset_help(p)}>{ text::preset_name(p) }</option>
                    }) }
                </select>
                <button type="button" class="button button-quiet" onclick={on_reset}>{ text("setup-reset", &[]) }</button>
            </div>
            // An example is labelled as one wherever it shows, with what it
            // assumes: the starting scenario is the first.
            if let Some(p) = Preset::of(scenario) {
                <p class="starting-example" data-preset-shown={p.id}>
                    <strong>{ text("setup-example", &[]) }{ " " }</strong>{ text("setup-example-line", &[("name", &text::preset_name(p)), ("help", &text::preset_help(p))]) }
                </p>
            }
            if !state.errors.is_empty() {
                <div class="input-errors">
                    <p><strong>{ text("setup-errors", &[]) }</strong>{ " " }{ text("setup-errors-how", &[]) }</p>
                    // A message whose field has no input on show is given here.
                    <ul>{ for state.errors.iter().filter(|e| !shown(scenario, e.field)).map(|e| html! {
                        <li class="input-error" data-input-error={e.field.slug()} role="alert">{ input_error(e) }</li>
                    }) }</ul>
                </div>
            }
        </>
    }
}

/// The form: every input of the scenario, in its groups. `on_set` is
/// stable, so an edit re-renders only the inputs it touches.
pub fn form(state: &BuilderState, on_set: &Callback<(Field, String)>) -> Html {
    let scenario = state.scenario;
    let control = |field: Field| {
        html! {
            <FieldControl key={format!("{}-{}", field.slug(), state.form_key)} {field} {scenario}
                error={state.errors.iter().find(|e| e.field == field).cloned()}
                id_prefix="b" on_set={on_set.clone()} />
        }
    };
    html! {
        <form class="builder-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { for GROUPS.iter().filter(|(_, fields)| fields.iter().any(|&f| shown(&scenario, f)))
                .map(|(legend, fields)| html! {
                    <fieldset class="group">
                        <legend>{ legend() }</legend>
                        { for fields.iter().map(|f| control(*f)) }
                    </fieldset>
                }) }
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::GROUPS;
    use crate::terms::{Choice, Field};

    #[test]
    fn every_field_is_in_exactly_one_group_of_the_form() {
        for field in Field::ALL {
            let groups = GROUPS
                .iter()
                .filter(|(_, fields)| fields.contains(field))
                .count();
            assert_eq!(
                groups,
                1,
                "{} is in {groups} groups of the builder's form",
                field.slug()
            );
        }
    }
}
