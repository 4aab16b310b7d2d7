//! Clauses as the reader sees them. Plain view functions, not components:
//! they hold no state, and a component each would only add weight.

use yew::prelude::*;

use crate::terms::clause;

/// One clause: its ID, where it comes from, what it says, and its source.
pub fn clause_card(id: &'static str) -> Html {
    let Some(clause) = clause(id) else {
        // The property tests guarantee every cited ID exists; this only keeps
        // a future typo from taking the page down.
        return html! { <li class="clause" data-clause={id}>{ id }</li> };
    };
    let source = clause.source();
    let provenance = clause.provenance;
    html! {
        <li key={id} class={classes!("clause", format!("prov-{}", provenance.slug()))} data-clause={id}>
            <p class="clause-head">
                <span class="clause-id">{ id }</span>
                <span class="clause-prov">{ provenance.label() }</span>
            </p>
            <p class="clause-summary">{ clause.summary }</p>
            if let Some(note) = clause.changed {
                <p class="clause-changed" data-changed="2026-04-27">
                    <strong>{ "Changed on " }<time datetime="2026-04-27">{ "27 April 2026" }</time>{ ": " }</strong>{ note }
                </p>
            }
            if let Some(note) = clause.unmentioned {
                <p class="clause-changed" data-unmentioned="2026-04-27">
                    <strong>{ "Since " }<time datetime="2026-04-27">{ "27 April 2026" }</time>{ ": " }</strong>{ note }
                </p>
            }
            <p class="clause-source">
                { "Source: " }
                if let Some(url) = source.url {
                    <a href={url} rel="noopener noreferrer">{ source.name() }</a>
                } else {
                    { source.name() }
                }
                if source.title.is_some() { { format!(", {}", source.publisher) } }
                { ", " }
                <time datetime={source.date}>{ source.date_text }</time>
            </p>
        </li>
    }
}

/// A list of clauses, each once, in the order given.
pub fn clause_list(ids: &[&'static str]) -> Html {
    html! { <ul class="clause-list">{ for ids.iter().map(|&id| clause_card(id)) }</ul> }
}
