use crate::app::text::{self, text};
use yew::prelude::*;

use crate::app::components::report::report_note;
use crate::content::events::events;
use crate::content::LAST_CHECKED;
use crate::terms::{Choice, Provenance, REPORTS, RULES_VERSION};

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
                { for events().iter().filter(|e| e.sourced_in_words()).map(|e| {
                    let message = e.message().unwrap_or_default();
                    let (before, after) = text::around(
                        "fact-line",
                        &[
                            ("what", &text(&message, &[])),
                            ("source", &text(&format!("{message}-source"), &[])),
                            ("status", &text::status(e.status)),
                        ],
                        "when",
                    );
                    html! {
                        <li data-status={e.status.slug()}>{ before }<time datetime={e.when.to_string()}>{ text::event_date(e) }</time>{ after }</li>
                    }
                }) }
            </ul>
            <h3>{ text("sources-reports", &[]) }</h3>
            <ul class="report-list">
                { for REPORTS.iter().map(|r| html! { <li>{ report_note(r) }</li> }) }
            </ul>
            <p>{ text("sources-figures", &[]) }</p>
            { get_the_data() }
            <p class="checked">{ checked.0 }<time datetime={LAST_CHECKED}>{ text::date(LAST_CHECKED) }</time>{ checked.1 }</p>
        </footer>
    }
}

/// "Get the data": the decision table and the clause catalog as files, the
/// feed of every change, the rules version, the licence and how to cite.
fn get_the_data() -> Html {
    use crate::app::words::data::{CLAUSES_JSON, DECISIONS_CSV, DECISIONS_JSON};
    use crate::app::words::feed::FEED_FILE;
    let files = [
        (DECISIONS_CSV, text("data-decisions-csv", &[]), "text/csv"),
        (
            DECISIONS_JSON,
            text("data-decisions-json", &[]),
            "application/json",
        ),
        (
            CLAUSES_JSON,
            text("data-clauses-json", &[]),
            "application/json",
        ),
        (FEED_FILE, text("data-feed", &[]), "application/atom+xml"),
    ];
    html! {
        <section class="get-data" aria-labelledby="get-data-title">
            <h3 id="get-data-title">{ text("data-title", &[]) }</h3>
            <p>{ text("data-intro", &[("rules", &RULES_VERSION.to_string()), ("date", &text::date(LAST_CHECKED))]) }</p>
            <ul>
                { for files.iter().map(|(file, name, kind)| html! {
                    <li><a href={format!("./{file}")} type={*kind} data-download={*file}>{ name.clone() }</a></li>
                }) }
            </ul>
            <p>{ text("data-licence-line", &[("licence", &text("data-licence", &[]))]) }</p>
        </section>
    }
}
