use crate::terms::Choice;
use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::address;
use crate::app::citation::answer_text;
use crate::app::clipboard;
use crate::app::components::clause_card::clause_line_of;
use crate::app::components::decision_table::DecisionTable;
use crate::app::components::field_control::FieldControl;
use crate::app::components::finding::{
    comparison_table, estimate, other_only, others_of, BuilderFinding, FindingEvent,
};
use crate::app::components::verdict_row::{verdict_row, verdicts, what_changed, Changed, Verdicts};
use crate::app::dom::by_id;
use crate::app::state::{Action, BuilderState};
use crate::app::view::ViewOptions;
use crate::content::LAST_CHECKED;
use std::rc::Rc;

use crate::terms::{
    compare, flips, Agi, Comparison, Field, Preset, Scenario, Terms, Topic, EVERY_VERSION, PRESETS,
    VERSION_DATES,
};

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The link the page was opened with. `None` in the build's first
    /// render: it shows the default scenario and says it is busy until the
    /// browser has read the link.
    pub query: Option<AttrValue>,
}

/// The form's groups, in order. Every field is in exactly one (a test
/// checks), so a new input cannot be left out of the form.
const GROUPS: [(&str, &[Field]); 5] = [
    ("Which terms answer", &[Field::Terms]),
    (
        "The deal",
        &[
            Field::Offering,
            Field::Partner,
            Field::Channel,
            Field::Host,
            Field::Customer,
        ],
    ),
    ("When", &[Field::Year, Field::Agi]),
    // Shown only while AGI is verified.
    ("Verification", &[Field::AgiYear]),
    ("Money", &[Field::Revenue, Field::Share]),
];

/// Which version answers, in a sentence, dated where it was superseded.
fn answered_under(terms: Terms) -> String {
    match terms.superseded_by() {
        None => format!(
            "Answered under {}, the latest the sources describe (checked {}).",
            terms.phrase(),
            LAST_CHECKED.1
        ),
        Some(_) => format!(
            "Answered under {}. Each answer gives the other versions' beside it.",
            terms.dated_phrase()
        ),
    }
}

/// How many answers the compared version would give differently, in words.
fn differences(both: &Comparison) -> String {
    let (n, other) = (both.difference_count(), both.other().terms.dated_phrase());
    match n {
        0 => format!("No answer differs under {other}."),
        1 => format!("1 answer differs under {other}."),
        n => format!("{n} answers differ under {other}."),
    }
}

/// "Copy" and "Link" on an answer: its text with sources, or its permalink
/// (this scenario, with that answer in view); `copied` says how it went.
fn share(
    scenario: &Scenario,
    both: &Comparison,
    topic: Topic,
    link_only: bool,
    copied: UseStateHandle<String>,
) {
    let query = address::query();
    let link = address::compose(
        scenario,
        address::step_of(&query),
        ViewOptions::from_query(&query),
    );
    let permalink = format!(
        "{}?{link}#{}",
        address::page(),
        address::answer_anchor(topic)
    );
    let text = if link_only {
        permalink
    } else {
        answer_text(scenario, both, topic, &permalink, &clause_line_of)
    };
    copy_or_offer(
        text,
        if link_only {
            "Link to the answer copied."
        } else {
            "Answer copied, with its sources and link."
        },
        copied,
    );
}

/// Copies `text` and says so in the status line; where the clipboard
/// cannot take it, offers it selected, with how to copy it.
fn copy_or_offer(text: String, done: &'static str, status: UseStateHandle<String>) {
    let offered = text.clone();
    clipboard::copy(
        text,
        Callback::from(move |ok| {
            if ok {
                status.set(done.into());
            } else {
                status.set(String::new());
                clipboard::offer(&offered);
            }
        }),
    );
}

/// The answers whose lists of changes are open.
#[derive(Default, PartialEq)]
struct Opened(Vec<Topic>);

impl Reducible for Opened {
    type Action = (Topic, bool);

    fn reduce(self: Rc<Self>, (topic, open): (Topic, bool)) -> Rc<Self> {
        let mut topics: Vec<Topic> = self.0.iter().copied().filter(|t| *t != topic).collect();
        if open {
            topics.push(topic);
        }
        Rc::new(Opened(topics))
    }
}

/// The scenario builder island: it owns the scenario, and keeps it in the
/// address once the reader changes it. Every input of `terms.md`, and every
/// answer under both versions of the terms.
#[component]
pub fn Builder(props: &BuilderProps) -> Html {
    let state = use_reducer(|| BuilderState::from_query(props.query.as_deref().unwrap_or("")));
    let loaded = props.query.is_some();
    let scenario = state.scenario;
    let errors = &state.errors;
    use_effect_with((state.edits, scenario), |&(edits, scenario)| {
        if edits > 0 {
            address::set_scenario(&scenario);
        }
    });
    // A permalink to an answer (`#answer-…`): the browser scrolled to the
    // built answer, but the link's own answers can be laid out differently,
    // so bring it into view again once they are drawn.
    use_effect_with((), |_| {
        let fragment = gloo::utils::window().location().hash().unwrap_or_default();
        let answer = address::answer_in(&fragment)
            .and_then(|topic| by_id::<web_sys::Element>(&address::answer_anchor(topic)));
        if let Some(answer) = answer {
            answer.scroll_into_view();
        }
    });
    // Stable callbacks (the dispatcher never changes), so an edit re-renders
    // only the inputs it touches.
    let on_set = use_callback(state.dispatcher(), |(field, text), d| {
        d.dispatch(Action::Set(field, text))
    });
    let both = use_memo(scenario, compare);
    let answers = &both.answers;
    let changes = use_memo(scenario, flips);
    // What the last change of scenario did to the verdicts, in words and
    // by topic; kept until the next one (other renders, such as "Link
    // copied.", keep it).
    let last = use_mut_ref(|| None::<(Scenario, Verdicts, Changed)>);
    let changed = {
        let now = verdicts(answers);
        let mut last = last.borrow_mut();
        let changed = match &*last {
            Some((before, _, changed)) if *before == scenario => changed.clone(),
            Some((before, old, _)) => what_changed(old, &now, before.terms, scenario.terms),
            None => Changed::default(),
        };
        *last = Some((scenario, now, changed.clone()));
        changed
    };
    // A change applied from an answer: the whole scenario, then that
    // answer's heading in view and focused.
    let apply = {
        let dispatch = state.dispatcher();
        Callback::from(move |(next, topic): (Scenario, Topic)| {
            dispatch.dispatch(Action::Apply(next));
            let id = address::answer_anchor(topic);
            yew::platform::spawn_local(async move {
                let answer = gloo::utils::document().get_element_by_id(&id);
                if let Some(el) = answer.and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok()) {
                    el.scroll_into_view();
                    let _ = el.focus();
                }
            });
        })
    };
    // Each change's own link, for a new tab: that scenario, with the view
    // the page was opened in, and the answer in view.
    let view = ViewOptions::from_query(props.query.as_deref().unwrap_or("")).to_query();
    let on_preset = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            if let Some(index) = PRESETS.iter().position(|p| p.id == select.value()) {
                dispatch.dispatch(Action::Preset(index));
            }
            select.set_value("");
        })
    };
    // The answers whose lists of changes the reader has opened.
    let opened = use_reducer(Opened::default);
    // What the last copy did, for the status line.
    let copied = use_state(String::new);
    // The scenario and answers of the latest render, for the one callback
    // every answer shares (stable, so an unchanged answer is not redrawn).
    let latest = use_mut_ref(|| (scenario, both.clone()));
    *latest.borrow_mut() = (scenario, both.clone());
    let on_event = {
        let (apply, copied, opened) = (apply.clone(), copied.clone(), opened.dispatcher());
        use_callback((), move |event: FindingEvent, _| match event {
            FindingEvent::Apply(next, topic) => apply.emit((next, topic)),
            FindingEvent::Toggle(topic, open) => opened.dispatch((topic, open)),
            FindingEvent::Share(topic, link_only) => {
                let (scenario, both) = latest.borrow().clone();
                share(&scenario, &both, topic, link_only, copied.clone())
            }
        })
    };
    let on_reset = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Reset))
    };
    // The address bar is the share link; this copies it for readers who
    // cannot see or reach the address bar (embeds, some phones).
    let on_copy_link = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let link = format!("{}{}", address::page(), address::query());
            copy_or_offer(link, "Link copied.", copied.clone());
        })
    };
    // The AGI year has an input only while AGI is verified.
    let shown = |field: Field| field != Field::AgiYear || scenario.agi == Agi::Yes;
    let error_for = |field: Field| errors.iter().find(|e| e.field == field).cloned();
    let control = |field: Field| {
        html! {
            <FieldControl key={format!("{}-{}", field.slug(), state.form_key)} {field} {scenario}
                error={error_for(field)} id_prefix="b" on_set={on_set.clone()} />
        }
    };
    let group = |legend: &str, fields: &[Field]| {
        html! {
            <fieldset class="group">
                <legend>{ legend.to_string() }</legend>
                { for fields.iter().map(|f| control(*f)) }
            </fieldset>
        }
    };

    html! {
        <section class="builder" data-builder="" aria-labelledby="builder-title" aria-busy={(!loaded).to_string()}
            data-terms={scenario.terms.slug()} data-versions={VERSION_DATES.join(" ")}
            data-other-only={both.other_only().iter().map(|t| t.slug()).collect::<Vec<_>>().join(" ")}>
            <h2 id="builder-title">{ "Build a scenario" }</h2>
            <p class="builder-intro">{ "Set up a deal and see what the public terms imply. Every answer names the clauses it rests on. The address bar always holds your scenario, so you can share it." }</p>
            <div class="presets">
                <label for="preset">{ "Start from an example" }</label>
                <select id="preset" onchange={on_preset} data-preset-select="">
                    <option value="" selected=true>{ "Choose a preset…" }</option>
                    { for PRESETS.iter().map(|p| html! {
                        <option value={p.id} data-preset={p.id} title={p.blurb}>{ p.name }</option>
                    }) }
                </select>
                <button type="button" class="button button-quiet" onclick={on_reset}>{ "Reset" }</button>
            </div>
            // An example is labelled as one wherever it shows, with what it
            // assumes: the starting scenario is the first.
            if let Some(p) = Preset::of(&scenario) {
                <p class="starting-example" data-preset-shown={p.id}>
                    <strong>{ "Example: " }</strong>{ p.name }{ ". " }{ p.blurb }
                </p>
            }
            if !errors.is_empty() {
                <div class="input-errors">
                    <p><strong>{ "Some values could not be used." }</strong>{ " Each is named by its field and replaced by the default; everything else works." }</p>
                    // A message whose field has no input on show is given here.
                    <ul>{ for errors.iter().filter(|e| !shown(e.field)).map(|e| html! {
                        <li class="input-error" data-input-error={e.field.slug()} role="alert">{ e.message() }</li>
                    }) }</ul>
                </div>
            }
            // Shown in place of the answers by the stylesheet: while a link's
            // own scenario is being worked out (a scenario link, the head
            // script says, and this builder still busy), and if it never can
            // be. So no answer for another scenario is ever on screen. (The
            // island draws them too, though it is never busy: it draws
            // exactly what the build had, so nothing is redrawn or moves.)
            <p class="busy-note" role="status">{ "Working out the answers for the scenario in this link…" }</p>
            <p class="busy-failed" role="status">{ "The answers for the scenario in this link need the interactive part of this page, which could not start. Everything else on the page is readable." }</p>
            <div class="builder-body">
            <form class="builder-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for GROUPS.iter().filter(|(_, fields)| fields.iter().any(|&f| shown(f)))
                    .map(|(legend, fields)| group(legend, fields)) }
            </form>
            // Narrow: the row of verdicts heads the builder's body, above the
            // form; wide: it heads the answers, beside the form. Either way it
            // stays in view while the reader changes the inputs.
            <div class="builder-answers">
            { verdict_row(answers, &changed) }
            <h3 class="answers-title">{ "What the terms imply" }</h3>
            <p class="answers-terms">{ answered_under(scenario.terms) }</p>
            <div class="findings">
                { for answers.list.iter().map(|a| {
                    let found = changes.iter().find(|(t, _)| *t == a.topic).map_or(&[][..], |(_, f)| f);
                    let open = opened.0.contains(&a.topic);
                    html! {
                        <BuilderFinding key={a.topic.slug()} answer={a.clone()}
                            others={Rc::new(others_of(&both, a.topic))} terms={scenario.terms}
                            flips={Rc::new(if open { found.to_vec() } else { Vec::new() })}
                            count={found.len()} pairs={found.first().is_some_and(|f| f.edits.len() > 1)}
                            {open} view={AttrValue::from(view.clone())} on_event={on_event.clone()} />
                    }
                }) }
            </div>
            { estimate(&scenario, answers) }
            <div class="versions">
                <p class="differences" data-differences={both.difference_count().to_string()}>{ differences(&both) }</p>
                { other_only(&both) }
                <details class="compare-both">
                    <summary>{ format!("Compare {EVERY_VERSION} side by side") }</summary>
                    { comparison_table(&both) }
                </details>
            </div>
            </div>
            </div>
            <DecisionTable {scenario} view={AttrValue::from(view)} apply={apply.clone()} />
            <p class="share">
                <button type="button" class="button button-quiet" onclick={on_copy_link}>{ "Copy link to this scenario" }</button>
                <span class="share-status" role="status">{ (*copied).clone() }</span>
            </p>
        </section>
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
