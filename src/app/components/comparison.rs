//! Every version of the terms for one scenario, side by side, and the
//! questions only the compared version asks.

use yew::prelude::*;

use crate::app::components::verdict::{badge, version_name};
use crate::app::text::{self, text};
use crate::terms::{Answers, Choice, Comparison, Topic};

/// Questions that only the compared version asks of this scenario: listed
/// among the differences, so no answer silently disappears.
pub fn other_only(both: &Comparison) -> Html {
    let topics = both.other_only();
    if topics.is_empty() {
        return Html::default();
    }
    let other = both.other();
    html! {
        <div class="other-only">
            <p><strong>{ text("compare-asked-only", &[("terms", &text::dated_phrase(other.terms))]) }</strong></p>
            <ul>
                { for topics.iter().filter_map(|&t| other.get(t)).map(|o| html! {
                    <li>{ text::question(o.topic, other.terms) }{ " " }{ badge(o.verdict) }{ " " }{ text("flip-rests-on", &[("cites", &o.cites.join(", "))]) }</li>
                }) }
            </ul>
        </div>
    }
}

/// The answer to one topic under one version, in a table cell, under that
/// version's own question where the versions ask it differently.
fn cell(answers: &Answers, topic: Topic) -> Html {
    match answers.get(topic) {
        Some(a) => html! {
            <td data-verdict={a.verdict.slug()}>
                if topic.asked_differently() {
                    <span class="cell-q">{ text::question(topic, answers.terms) }</span>
                }
                { badge(a.verdict) }<span class="cell-cites">{ a.cites.join(" ") }</span>
            </td>
        },
        None => html! { <td class="not-asked" data-verdict="none">{ text("not-asked", &[]) }</td> },
    }
}

/// Every version of the terms for one scenario, side by side, the chosen
/// one first; each row is labelled with its topic's name (never one version's
/// question), and each row where the versions differ says so in words.
pub fn comparison_table(both: &Comparison) -> Html {
    // The chosen version first, then the others newest first.
    let columns: Vec<&Answers> = both.all().collect();
    // On narrow screens the table scrolls within this region, which the
    // keyboard can reach and a screen reader can name.
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label={text("compare-region", &[])}>
        <table class="compare">
            <thead>
                <tr>
                    <th scope="col">{ text("compare-topic", &[]) }</th>
                    { for columns.iter().map(|a| html! { <th scope="col">{ version_name(a.terms) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for both.topics().map(|t| {
                    let differs = both.differs_anywhere(t);
                    html! {
                        <tr class={classes!(differs.then_some("differs"))} data-compare={t.slug()}>
                            <th scope="row">
                                { text::label(t) }
                                if differs { <span class="differs-mark">{ " " }{ text("compare-differs", &[]) }</span> }
                            </th>
                            { for columns.iter().map(|a| cell(a, t)) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}
