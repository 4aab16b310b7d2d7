use yew::prelude::*;

use super::rich_text::rich_text;
use crate::app::components::clause_card::clause_list;
use crate::content::steps::{STEPS, WORDS};
use crate::content::TITLE;

/// The page's title block. (The embed dialog's button follows it, outside.)
pub fn masthead() -> Html {
    html! {
        <>
            <p class="eyebrow">{ "Explainer · Microsoft and OpenAI" }</p>
            <h1>{ TITLE }</h1>
            <p class="dek">{ "On the day OpenAI announced new funding and an Amazon collaboration, Microsoft said the terms of their partnership stand. Walk through them step by step, then test a deal of your own." }</p>
            <p class="note">{ "Based on public statements only: the contracts are not public. Not legal or investment advice." }</p>
        </>
    }
}

/// Step `n`'s name, headline and paragraphs (1-based; nothing for a step
/// that does not exist).
pub fn step_text(n: usize) -> Html {
    let (Some(step), Some(words)) = (STEPS.get(n.wrapping_sub(1)), WORDS.get(n.wrapping_sub(1)))
    else {
        return Html::default();
    };
    html! {
        <>
            <p class="step-kicker">{ format!("Step {n}: {}", step.short) }</p>
            <h2 id={format!("step-{n}-title")} class="step-title" tabindex="-1">{ words.headline }</h2>
            { for words.body.iter().enumerate().map(|(i, &text)| rich_text(text, &format!("s{n}p{i}"))) }
        </>
    }
}

/// What step `n` rests on, and what it leaves unsaid.
pub fn step_notes(n: usize) -> Html {
    let Some(words) = WORDS.get(n.wrapping_sub(1)) else {
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
                    <ul>{ for words.unsaid.iter().map(|u| html! { <li>{ *u }</li> }) }</ul>
                </section>
            }
        </>
    }
}
