//! The decision table: every offering by the main questions, for the
//! scenario's other inputs, as the engine answers them (`terms::table`).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::address;
use crate::app::components::verdict::{badge, version_name};
use crate::app::components::version_markers::{with_version_markers, CELL_MARKERS};
use crate::app::text::{self, text};
use crate::terms::{decision_table, Answers, Choice, Comparison, Scenario, Topic, TABLE_TOPICS};

#[derive(Properties, PartialEq)]
pub struct DecisionTableProps {
    pub scenario: Scenario,
    /// The view parameters to keep in each cell's link (`&embed=…`).
    pub view: AttrValue,
    /// Loads a cell's scenario in the builder, with that answer in view.
    pub apply: Callback<(Scenario, Topic)>,
}

/// One version's answer in a cell: a badge, or "Not asked".
fn verdict_of(answers: &Answers, topic: Topic) -> Html {
    match answers.get(topic) {
        Some(a) => badge(a.verdict),
        None => html! { <span class="not-asked">{ text("not-asked", &[]) }</span> },
    }
}

fn slug_of(answers: &Answers, topic: Topic) -> &'static str {
    answers.get(topic).map_or("none", |a| a.verdict.slug())
}

#[component]
pub fn DecisionTable(props: &DecisionTableProps) -> Html {
    let both = use_state(|| false);
    // Drawn once the reader opens it, so that an edit redraws less.
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            )
        })
    };
    let rows = decision_table(&props.scenario);
    let terms = props.scenario.terms;
    let on_both = {
        let both = both.clone();
        Callback::from(move |e: Event| {
            both.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    // Each cell carries every version's answer (`contract.md`); with the
    // box checked it shows them too, newest first.
    let cell = |scenario: Scenario, versions: &Comparison, topic: Topic| {
        let onclick = props.apply.reform(move |e: MouseEvent| {
            e.prevent_default();
            (scenario, topic)
        });
        let href = address::answer_link(&scenario, &props.view, topic);
        let answers = &versions.answers;
        let html = html! {
            <td data-cell={format!("{} {}", scenario.offering.slug(), topic.slug())}
                data-verdict={slug_of(answers, topic)}
                data-other-verdict={both.then(|| slug_of(versions.other(), topic))}>
                <a {href} {onclick}>{ verdict_of(answers, topic) }</a>
                if *both {
                    { for versions.others.iter().map(|other| html! {
                        <span class="cell-other">{ format!("{}: ", version_name(other.terms)) }{ verdict_of(other, topic) }</span>
                    }) }
                }
            </td>
        };
        with_version_markers(
            html,
            &CELL_MARKERS,
            versions.all().map(|a| (a.terms, a.get(topic))),
        )
    };
    html! {
        <details class="decision" open={*open} {ontoggle}>
        <summary id="decision-title">{ text("decision-title", &[]) }</summary>
        if *open {
        <section data-decision-table="" aria-labelledby="decision-title">
            <p class="decision-note">{ text("decision-note", &[("terms", &text::dated_phrase(terms))]) }</p>
            <label class="check">
                <input type="checkbox" checked={*both} onchange={on_both} />
                { text("decision-every-version", &[("versions", &text::every_version())]) }
            </label>
            <div class="table-scroll decision-scroll" tabindex="0" role="region" aria-label={text("decision-title", &[])}>
                <table class="decision-table">
                    <thead>
                        <tr>
                            <th scope="col">{ text("decision-offered", &[]) }</th>
                            // A cell may hold both versions' answers: a question the
                            // versions ask differently is headed by its name.
                            { for TABLE_TOPICS.iter().map(|t| html! { <th scope="col">{
                                if t.asked_differently() { text::label(*t) } else { text::question(*t, terms) }
                            }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            let current = row.offering == props.scenario.offering;
                            html! {
                                <tr class={classes!(current.then_some("current"))} aria-current={current.then_some("true")}>
                                    <th scope="row">
                                        { text::label(row.offering) }
                                        if current { <span class="current-mark">{ " " }{ text("decision-this-scenario", &[]) }</span> }
                                    </th>
                                    if let Some((scenario, both)) = &row.answers {
                                        { for TABLE_TOPICS.iter().map(|&t| cell(*scenario, both, t)) }
                                    } else {
                                        <td colspan={TABLE_TOPICS.len().to_string()} class="not-asked">
                                            { text("decision-needs-partner", &[]) }
                                        </td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
        }
        </details>
    }
}
