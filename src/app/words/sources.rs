use crate::app::text::{self, text};
use yew::prelude::*;

use crate::app::components::report::report_note;
use crate::content::facts::FACTS;
use crate::content::LAST_CHECKED;
use crate::terms::{Choice, Provenance, REPORTS};

/// The sources, each with its date and link; the dated background facts
/// the walkthrough mentions; and when the terms were last checked.
pub fn sources() -> Html {
    let checked = text::around("sources-checked", &[], "date");
    html! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ text("sources-title", &[]) }</h2>
            <p>{ text("sources-intro", &[]) }</p>
            <ul class="source-list">
                { for Provenance::ALL.iter().map(|p| {
                    let s = p.source();
                    html! {
                        <li class={format!("prov-{}", p.slug())}>
                            <span class="clause-prov">{ text::label(*p) }</span>{ format!(" ({}): ", p.ids()) }
                            if let Some(url) = s.url {
                                <a href={url} rel="noopener noreferrer">{ text::source_name(s) }</a>
                            } else {
                                { text::source_name(s) }
                            }
                            if s.titled { { format!(", {}", text::source_publisher(s)) } }
                            { ", " }<time datetime={s.date}>{ text::date(s.date) }</time>
                            { format!(" ({}).", text::status(s.status)) }
                        </li>
                    }
                }) }
            </ul>
            <p>{ text("sources-amendment", &[]) }</p>
            <h3>{ text("sources-facts", &[]) }</h3>
            <ul class="fact-list">
                { for FACTS.iter().enumerate().map(|(i, f)| {
                    let part = |part: &str| text(&format!("fact-{}-{part}", i + 1), &[]);
                    let (before, after) = text::around(
                        "fact-line",
                        &[("what", &part("what")), ("source", &part("source")), ("status", &text::status(f.status))],
                        "when",
                    );
                    html! {
                        <li data-status={f.status.slug()}>{ before }<time datetime={f.when}>{ part("when") }</time>{ after }</li>
                    }
                }) }
            </ul>
            <h3>{ text("sources-reports", &[]) }</h3>
            <ul class="report-list">
                { for REPORTS.iter().map(|r| html! { <li>{ report_note(r) }</li> }) }
            </ul>
            <p>{ text("sources-figures", &[]) }</p>
            <p class="checked">{ checked.0 }<time datetime={LAST_CHECKED}>{ text::date(LAST_CHECKED) }</time>{ checked.1 }</p>
        </footer>
    }
}
