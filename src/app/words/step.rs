use yew::prelude::*;

use super::demo::stateless_demo;
use super::rich_text::rich_text;
use crate::app::components::clause_card::clause_list;
use crate::app::components::report::{report_inline, report_paragraphs};
use crate::app::components::year_chart;
use crate::app::markers::{class, id};
use crate::app::text::{self, text};
use crate::content::amendment::{self, CHANGES};
use crate::content::markup::plain;
use crate::content::steps::{Change, Step, Visual, STEPS};
use crate::terms::{years, Terms};

/// The page's title block. (The embed dialog's button follows it, outside.)
pub fn masthead() -> Html {
    html! {
        <>
            <p class="eyebrow">{ text("masthead-eyebrow", &[]) }</p>
            <h1>{ text("title", &[]) }</h1>
            <p class="dek">{ text("masthead-dek", &[]) }</p>
            <p class="note">{ text("masthead-note", &[]) }</p>
            // Who publishes it and when it last changed, as link cards and
            // reader modes look for them (`class="byline"`).
            <p class="byline">
                { text("provider-name", &[]) }{ " · " }{ text("masthead-updated", &[]) }{ " " }
                <time datetime={super::pages::last_updated()}>{ text::date(super::pages::last_updated()) }</time>
            </p>
        </>
    }
}

/// A dated note that a later version changed the step's terms, citing it.
fn changed_note(step: &Step, terms: Terms, change: &Change) -> Html {
    let (iso, date) = (terms.info().date, text::date(terms.info().date));
    html! {
        <p class="changed" data-changed={iso}>
            <strong>{ text("note-changed-on", &[]) }{ " " }<time datetime={iso}>{ date }</time>{ ": " }</strong>
            { plain(&step.change_text(terms)) }{ format!(" ({})", change.cites.join(", ")) }
        </p>
    }
}

/// Each term as the statement described it and as amended: a table on wide
/// screens, one card per term on narrow ones and in print (where each cell
/// carries its column's heading, `data-label`).
fn before_after() -> Html {
    let before = text("before-after-before", &[]);
    let after = text("before-after-after", &[]);
    html! {
        <table class="before-after">
            <caption>{ text("before-after-caption", &[]) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ text("before-after-term", &[]) }</th>
                    <th scope="col">{ before.clone() }</th>
                    <th scope="col">{ after.clone() }</th>
                </tr>
            </thead>
            <tbody>
                { for CHANGES.iter().enumerate().map(|(i, c)| {
                    let [term, was, now] = amendment::words(i + 1);
                    html! {
                        <tr>
                            <th scope="row">{ term }</th>
                            <td data-label={before.clone()}>{ was }<span class="cell-cites">{ c.before_cites.join(" ") }</span></td>
                            <td data-label={after.clone()}>{ now }<span class="cell-cites">{ c.after_cites.join(" ") }</span>
                                { report_inline(c.reports) }
                            </td>
                        </tr>
                    }
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
            <p class="step-kicker">{ text("step-kicker", &[("n", &n.to_string()), ("name", &text::step_short(step))]) }</p>
            <h2 id={id::step_title(n)} class={class::STEP_TITLE} tabindex="-1">{ plain(&step.headline()) }</h2>
            { for words.changes.iter().map(|(terms, change)| changed_note(step, *terms, change)) }
            { for step.body().iter().enumerate()
                .map(|(i, text)| rich_text(text, &format!("s{n}p{i}"))) }
            { report_paragraphs(words.reports) }
            if words.before_after {
                { before_after() }
            }
            // The one picture that does not depend on the scenario.
            if step.visual == Visual::StatelessDemo {
                { stateless_demo() }
            }
            if step.visual == Visual::YearChart {
                <p class="year-chart-note">{ text("year-chart-step-note", &[]) }</p>
                { year_chart::built(&year_chart::chart(&years(&year_chart::built_for()), year_chart::built_for().year, "yc-step")) }
            }
        </>
    }
}

/// What step `n` rests on, and what it leaves unsaid.
pub fn step_notes(n: usize) -> Html {
    let Some(step) = STEPS.get(n.wrapping_sub(1)) else {
        return Html::default();
    };
    let unsaid = step.unsaid();
    html! {
        <>
            <section class="step-clauses" aria-label={text("step-clauses-label", &[("n", &n.to_string())])}>
                <h3>{ text("step-clauses", &[]) }</h3>
                { clause_list(step.words.clauses) }
            </section>
            if !unsaid.is_empty() {
                <section class="step-unsaid">
                    <h3>{ text("step-unsaid", &[]) }</h3>
                    <ul>{ for unsaid.iter().map(|u| html! { <li>{ plain(u) }</li> }) }</ul>
                </section>
            }
        </>
    }
}
