//! A press report as the reader sees it: who reported it, when, what and
//! its status, on the element that carries its ID (`data-report`), every
//! time it is shown (`writing.md`: reports are reports).

use yew::prelude::*;

use crate::app::text::{self, text};
use crate::terms::Report;

/// One report, in a sentence, marked with its ID and status.
pub fn report_note(report: &Report) -> Html {
    html! {
        <span class="report" data-report={report.id} data-report-status={report.status.slug()}>
            <strong>{ text("report-lead", &[]) }{ " " }</strong>{ text::report(report) }
        </span>
    }
}

/// The reports with these IDs, inline, each after a space (an unknown ID
/// fails a native test of the words, not here).
pub fn report_inline(ids: &[&str]) -> Html {
    html! {
        { for ids.iter().filter_map(|id| crate::terms::report(id)).map(|r| html! {
            <>{ " " }{ report_note(r) }</>
        }) }
    }
}

/// The reports with these IDs, each in its own paragraph (an unknown ID
/// fails a native test of the words, not here).
pub fn report_paragraphs(ids: &[&str]) -> Html {
    html! {
        { for ids.iter().filter_map(|id| crate::terms::report(id)).map(|r| html! {
            <p class="report-line">{ report_note(r) }</p>
        }) }
    }
}
