use yew::prelude::*;

use crate::app::components::report::report_note;
use crate::content::facts::FACTS;
use crate::content::LAST_CHECKED;
use crate::terms::{Provenance, REPORTS};

/// The sources, each with its date and link; the dated background facts
/// the walkthrough mentions; and when the terms were last checked.
pub fn sources() -> Html {
    html! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ "Sources" }</h2>
            <p>{ "The contracts between Microsoft and OpenAI are not public. This explainer restates what the companies have said in public, in its own words, and marks where each statement comes from. It is not legal or investment advice." }</p>
            <ul class="source-list">
                { for Provenance::ALL.iter().map(|p| {
                    let s = p.source();
                    html! {
                        <li class={format!("prov-{}", p.slug())}>
                            <span class="clause-prov">{ p.label() }</span>{ format!(" ({}): ", p.ids()) }
                            if let Some(url) = s.url {
                                <a href={url} rel="noopener noreferrer">{ s.name() }</a>
                            } else {
                                { s.name() }
                            }
                            if s.title.is_some() { { format!(", {}", s.publisher) } }
                            { ", " }<time datetime={s.date}>{ s.date_text }</time>
                            { format!(" ({}).", s.status.words()) }
                        </li>
                    }
                }) }
            </ul>
            <p>{ "The amendment's terms are as the companies' matching posts state them, reported consistently by many outlets." }</p>
            <h3>{ "Dated background (context, not terms)" }</h3>
            <ul class="fact-list">
                { for FACTS.iter().map(|f| html! {
                    <li data-status={f.status.slug()}><time datetime={f.when.0}>{ f.when.1 }</time>{ format!(": {} Source: {} ({}).", f.what, f.source, f.status.words()) }</li>
                }) }
            </ul>
            <h3>{ "Reported since (reports, not terms)" }</h3>
            <ul class="report-list">
                { for REPORTS.iter().map(|r| html! { <li>{ report_note(r) }</li> }) }
            </ul>
            <p>{ "Figures the companies did not confirm are marked as reported by the press. The revenue-share rate is not public; any rate shown here is an assumption you set." }</p>
            <p class="checked">{ "Terms last checked against the sources on " }<time datetime={LAST_CHECKED.0}>{ LAST_CHECKED.1 }</time>{ "." }</p>
        </footer>
    }
}
