use yew::prelude::*;

use super::demo::stateless_demo;
use super::rich_text::rich_text;
use crate::app::components::clause_card::clause_list;
use crate::app::components::report::{report_inline, report_paragraphs};
use crate::app::markers::{class, id};
use crate::content::amendment::CHANGES;
use crate::content::markup::plain;
use crate::content::steps::{Change, Visual, STEPS};
use crate::content::TITLE;
use crate::terms::Terms;

/// The page's title block. (The embed dialog's button follows it, outside.)
pub fn masthead() -> Html {
    html! {
        <>
            <p class="eyebrow">{ "Explainer · Microsoft and OpenAI" }</p>
            <h1>{ TITLE }</h1>
            <p class="dek">{ "On 27 February 2026, the day OpenAI announced new funding and an Amazon collaboration, Microsoft and OpenAI said in a joint statement that the terms of their partnership stood. On 27 April 2026 they amended them. Walk through the statement term by term, see what changed, then test a deal of your own under either version." }</p>
            <p class="note">{ "Based on public statements only: the contracts are not public. Not legal or investment advice." }</p>
        </>
    }
}

/// A dated note that a later version changed the step's terms, citing it.
fn changed_note(terms: Terms, change: &Change) -> Html {
    let (iso, date) = terms.info().date;
    html! {
        <p class="changed" data-changed={iso}>
            <strong>{ "Changed on " }<time datetime={iso}>{ date }</time>{ ": " }</strong>
            { plain(change.text) }{ format!(" ({})", change.cites.join(", ")) }
        </p>
    }
}

/// Each term as the statement described it and as amended: a table on wide
/// screens, one card per term on narrow ones and in print (where each cell
/// carries its column's heading, `data-label`).
fn before_after() -> Html {
    const BEFORE: &str = "As the statement described them, with the October 2025 agreement";
    const AFTER: &str = "As amended, 27 Apr 2026";
    html! {
        <table class="before-after">
            <caption>{ "The terms before and after 27 April 2026" }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Term" }</th>
                    <th scope="col">{ BEFORE }</th>
                    <th scope="col">{ AFTER }</th>
                </tr>
            </thead>
            <tbody>
                { for CHANGES.iter().map(|c| html! {
                    <tr>
                        <th scope="row">{ c.term }</th>
                        <td data-label={BEFORE}>{ c.before }<span class="cell-cites">{ c.before_cites.join(" ") }</span></td>
                        <td data-label={AFTER}>{ c.after }<span class="cell-cites">{ c.after_cites.join(" ") }</span>
                            { report_inline(c.reports) }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Step `n`'s name, headline, change note and paragraphs (1-based; nothing
/// for a step that does not exist).
pub fn step_text(n: usize) -> Html {
    let Some(step) = STEPS.get(n.wrapping_sub(1)) else {
        return Html::default();
    };
    let words = &step.words;
    html! {
        <>
            <p class="step-kicker">{ format!("Step {n}: {}", step.short) }</p>
            <h2 id={id::step_title(n)} class={class::STEP_TITLE} tabindex="-1">{ plain(words.headline) }</h2>
            { for words.changes.iter().map(|(terms, change)| changed_note(*terms, change)) }
            { for words.body.iter().enumerate()
                .map(|(i, &text)| rich_text(text, &format!("s{n}p{i}"))) }
            { report_paragraphs(words.reports) }
            if words.before_after {
                { before_after() }
            }
            // The one picture that does not depend on the scenario.
            if step.visual == Visual::StatelessDemo {
                { stateless_demo() }
            }
        </>
    }
}

/// What step `n` rests on, and what it leaves unsaid.
pub fn step_notes(n: usize) -> Html {
    let Some(words) = STEPS.get(n.wrapping_sub(1)).map(|s| &s.words) else {
        return Html::default();
    };
    html! {
        <>
            <section class="step-clauses" aria-label={format!("Clauses for step {n}")}>
                <h3>{ "What this rests on" }</h3>
                { clause_list(words.clauses) }
            </section>
            if !words.unsaid.is_empty() {
                <section class="step-unsaid">
                    <h3>{ "What this does not say" }</h3>
                    <ul>{ for words.unsaid.iter().map(|u| html! { <li>{ plain(u) }</li> }) }</ul>
                </section>
            }
        </>
    }
}
