use yew::prelude::*;

use crate::terms::clause;

#[derive(Properties, PartialEq)]
pub struct ClauseCardProps {
    pub id: &'static str,
}

/// One clause: its ID, where it comes from, what it says, and its source.
#[component]
pub fn ClauseCard(props: &ClauseCardProps) -> Html {
    let Some(clause) = clause(props.id) else {
        // The property tests guarantee every cited ID exists; this only keeps
        // a future typo from taking the page down.
        return html! { <li class="clause" data-clause={props.id}>{ props.id }</li> };
    };
    let source = clause.source();
    let provenance = clause.provenance;
    html! {
        <li class={classes!("clause", format!("prov-{}", provenance.slug()))} data-clause={clause.id}>
            <p class="clause-head">
                <span class="clause-id">{ clause.id }</span>
                <span class="clause-prov">{ provenance.label() }</span>
            </p>
            <p class="clause-summary">{ clause.summary }</p>
            <p class="clause-source">
                { "Source: " }
                if let Some(url) = source.url {
                    <a href={url} rel="noopener noreferrer">{ source.title }</a>
                } else {
                    { source.title }
                }
                { ", " }
                <time datetime={source.date}>{ source.date_text }</time>
            </p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct ClauseListProps {
    pub ids: Vec<&'static str>,
}

/// Clauses grouped by provenance, so the announcement and the background
/// never blur together.
#[component]
pub fn ClauseList(props: &ClauseListProps) -> Html {
    html! {
        <ul class="clause-list">
            { for props.ids.iter().map(|&id| html! { <ClauseCard key={id} {id} /> }) }
        </ul>
    }
}
