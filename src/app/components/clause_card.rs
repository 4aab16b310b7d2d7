//! Clauses as the reader sees them. Plain view functions, not components:
//! they hold no state, and a component each would only add weight.
//!
//! A clause's words never change, so they are built into the page only:
//! the build renders each card (`ssr`), and writes every card once more
//! into a `<template>` (`words::Page`, `id::CLAUSE_CARDS`); in the browser an island
//! that shows a clause clones its built card. The cards are the same either
//! way, and the clause catalog's words stay out of the wasm.

use yew::prelude::*;

/// One clause: its ID, where it comes from, what it says, and its source.
#[cfg(feature = "ssr")]
pub fn clause_card(id: &'static str) -> Html {
    card(id, None)
}

/// One clause's card for the page's template: with its copy line.
#[cfg(feature = "ssr")]
pub fn template_card(id: &'static str) -> Html {
    card(id, clause_line_of(id))
}

#[cfg(feature = "ssr")]
fn card(id: &'static str, copy: Option<String>) -> Html {
    use crate::app::components::report::report_note;
    use crate::app::text;
    use crate::terms::{clause, reports_about, Choice};
    let Some(clause) = clause(id) else {
        // The property tests guarantee every cited ID exists; this only keeps
        // a future typo from taking the page down.
        return html! { <li class="clause" data-clause={id}>{ id }</li> };
    };
    let source = clause.source();
    let provenance = clause.provenance;
    html! {
        <li key={id} class={classes!("clause", format!("prov-{}", provenance.slug()))} data-clause={id}
            data-copy={copy}>
            <p class="clause-head">
                <span class="clause-id">{ id }</span>
                <span class="clause-prov">{ text::label(provenance) }</span>
            </p>
            <p class="clause-summary">{ text::clause_summary(clause) }</p>
            { for clause.notes.iter().map(|(terms, note)| {
                let (iso, date) = (terms.info().date, text::date(terms.info().date));
                let (lead, said) = text::note(note);
                html! {
                    <p class="clause-changed" data-changed={note.is_change().then_some(iso)}
                        data-unmentioned={(!note.is_change()).then_some(iso)}>
                        <strong>{ lead }{ " " }<time datetime={iso}>{ date }</time>{ ": " }</strong>{ said }
                    </p>
                }
            }) }
            { for reports_about(&[id]).map(|r| html! {
                <p class="clause-report">{ report_note(r) }</p>
            }) }
            <p class="clause-source">
                { text::text("clause-source", &[]) }{ " " }
                if let Some(url) = source.url {
                    <a href={url} rel="noopener noreferrer">{ text::source_name(source) }</a>
                } else {
                    { text::source_name(source) }
                }
                if source.titled { { format!(", {}", text::source_publisher(source)) } }
                { ", " }
                <time datetime={source.date}>{ text::date(source.date) }</time>
            </p>
        </li>
    }
}

/// The built card of one clause, in the page's template of them.
#[cfg(not(feature = "ssr"))]
fn in_template(id: &str) -> Option<web_sys::Element> {
    let template: web_sys::HtmlTemplateElement =
        crate::app::dom::by_id(crate::app::markers::id::CLAUSE_CARDS)?;
    template
        .content()
        .query_selector(&format!("[{}=\"{id}\"]", crate::app::markers::attr::CLAUSE))
        .ok()
        .flatten()
}

#[cfg(not(feature = "ssr"))]
#[derive(Properties, PartialEq)]
struct BuiltCardProps {
    id: &'static str,
}

/// One clause's built card, cloned once for as long as this card is shown
/// (a clone per render would be a new node each time, which Yew would
/// re-insert, and focus on its source link would be lost).
#[cfg(not(feature = "ssr"))]
#[component]
fn BuiltCard(props: &BuiltCardProps) -> Html {
    let card = use_memo(props.id, |id| {
        use wasm_bindgen::JsCast;
        let card: web_sys::Element = in_template(id)?
            .clone_node_with_deep(true)
            .ok()?
            .dyn_into()
            .ok()?;
        // The copy line belongs to the template (`clause_line_of`).
        let _ = card.remove_attribute(crate::app::markers::attr::COPY);
        Some(card)
    });
    match &*card {
        Some(card) => Html::VRef(card.clone().into()),
        None => html! { <li class="clause" data-clause={props.id}>{ props.id }</li> },
    }
}

/// One clause: its built card, cloned (an ID alone if the page has none).
#[cfg(not(feature = "ssr"))]
pub fn clause_card(id: &'static str) -> Html {
    html! { <BuiltCard {id} /> }
}

/// A clause's line for copied text (`citation::clause_line`), as the build
/// wrote it into the clause's card.
#[cfg(not(feature = "ssr"))]
pub fn clause_line_of(id: &str) -> Option<String> {
    in_template(id).and_then(|card| card.get_attribute(crate::app::markers::attr::COPY))
}

/// The same, natively (the build and the tests).
#[cfg(feature = "ssr")]
pub fn clause_line_of(id: &str) -> Option<String> {
    crate::terms::clause(id).map(crate::app::citation::clause_line)
}

/// A list of clauses, each once, in the order given.
pub fn clause_list(ids: &[&'static str]) -> Html {
    html! { <ul class="clause-list">{ for ids.iter().map(|&id| clause_card(id)) }</ul> }
}
