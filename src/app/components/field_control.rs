use crate::terms::Choice;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::components::input_error::input_error;
use crate::app::text::{self, text};
use crate::terms::scenario::{FIRST_YEAR, LAST_YEAR};
use crate::terms::{Agi, Field, InputError, Scenario};

#[derive(Properties, PartialEq)]
pub struct FieldControlProps {
    pub field: Field,
    pub scenario: Scenario,
    #[prop_or_default]
    pub error: Option<InputError>,
    /// Narrows a choice field to these words (empty: all of them).
    #[prop_or_default]
    pub only: &'static [&'static str],
    /// Makes element IDs unique when the same field appears more than once.
    pub id_prefix: AttrValue,
    pub on_set: Callback<(Field, String)>,
}

/// One labelled input of a scenario, with help text and, when the value is
/// bad, the message that names the field (`data-input-error`).
#[component]
pub fn FieldControl(props: &FieldControlProps) -> Html {
    let field = props.field;
    let id = format!("{}-{}", props.id_prefix, field.slug());
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    // Half-typed text stays in the box even while it is not yet a valid
    // value (the scenario meanwhile uses the default, as the message says).
    let draft = use_state(|| None::<String>);
    let described = if props.error.is_some() {
        format!("{help_id} {error_id}")
    } else {
        help_id.clone()
    };

    let choices = field.choices();
    let control = if choices.is_empty() {
        let on_input = {
            let (on_set, draft) = (props.on_set.clone(), draft.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlInputElement>().value();
                draft.set(Some(text.clone()));
                on_set.emit((field, text));
            })
        };
        let on_blur = {
            let (draft, has_error) = (draft.clone(), props.error.is_some());
            Callback::from(move |_: FocusEvent| {
                if !has_error {
                    draft.set(None);
                }
            })
        };
        let value = (*draft)
            .clone()
            .unwrap_or_else(|| props.scenario.get(field));
        let disabled = field == Field::AgiYear && props.scenario.agi == Agi::No;
        let (kind, mode) = match field {
            Field::Year | Field::AgiYear => ("number", "numeric"),
            _ => ("text", "decimal"),
        };
        // The units, drawn beside the box: dollars before the revenue, the
        // assumed percentage after the share (the help text says both).
        let (dollars, percent) = (field == Field::Revenue, field == Field::Share);
        let years = kind == "number";
        html! {
            <span class="input-wrap">
                if dollars { <span class="unit unit-before">{ "$" }</span> }
                <input id={id.clone()} type={kind} inputmode={mode} {value} {disabled}
                    min={years.then(|| FIRST_YEAR.to_string())} max={years.then(|| LAST_YEAR.to_string())}
                    autocomplete="off" spellcheck="false"
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={described}
                    oninput={on_input} onblur={on_blur} />
                if percent { <span class="unit">{ text("unit-share", &[]) }</span> }
            </span>
        }
    } else {
        let onchange = {
            let on_set = props.on_set.clone();
            Callback::from(move |e: Event| {
                on_set.emit((
                    field,
                    e.target_unchecked_into::<HtmlSelectElement>().value(),
                ))
            })
        };
        let current = props.scenario.get(field);
        let shown = choices
            .iter()
            .copied()
            .filter(|c| props.only.is_empty() || props.only.contains(c) || *c == current);
        html! {
            <select id={id.clone()} {onchange} aria-describedby={described}
                aria-invalid={props.error.is_some().then_some("true")}>
                { for shown.map(|slug| {
                    let blocked = props.scenario.conflict_if(field, slug);
                    html! {
                        <option value={slug} selected={slug == current} disabled={blocked.is_some()}>
                            { text::choice_label(field, slug) }
                        </option>
                    }
                }) }
            </select>
        }
    };

    // Choices that cannot be picked right now, and why (terms.md: disabled,
    // "with a word saying why").
    let blocked: Vec<String> = choices
        .iter()
        .filter(|c| props.only.is_empty() || props.only.contains(c))
        .filter_map(|c| {
            props.scenario.conflict_if(field, c).map(|p| {
                text(
                    "field-unavailable",
                    &[
                        ("choice", &text::choice_label(field, c)),
                        ("why", &text::combination_reason(&p)),
                    ],
                )
            })
        })
        .collect();
    let current_help = if choices.is_empty() {
        String::new()
    } else {
        text::choice_help(field, &props.scenario.get(field))
    };

    html! {
        <div class={classes!("field", props.error.is_some().then_some("has-error"))}>
            <label for={id}>{ text::label(field) }</label>
            { control }
            <p class="help" id={help_id}>
                { text::help(field) }
                if !current_help.is_empty() { { " " }<span class="choice-help">{ current_help }</span> }
                { for blocked.iter().map(|b| html! { <span class="blocked">{ " " }{ b }</span> }) }
            </p>
            if let Some(error) = &props.error {
                <p class="input-error" id={error_id} data-input-error={field.slug()} role="alert">{ input_error(error) }</p>
            }
        </div>
    }
}
