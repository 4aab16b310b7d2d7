//! Pictures for the walkthrough, drawn with HTML and CSS (no images to load).

use crate::app::text::{self, text};
use yew::prelude::*;

use crate::terms::{azure_required, Channel, Host, Partner, Scenario, Verdict};

/// Where one stateless API call goes: buyer, seller, and the cloud the
/// engine says must serve it.
pub fn call_path(s: &Scenario) -> Html {
    let seller = match (s.channel, s.partner) {
        (Channel::Partner, Partner::None) | (Channel::Partner, Partner::Other) => {
            text("callpath-a-partner", &[])
        }
        (Channel::Partner, p) => text::label(p),
        (c, _) => text::label(c),
    };
    let azure = azure_required(s);
    let clause = azure
        .as_ref()
        .and_then(|a| a.cites.first().copied())
        .map_or_else(|| text("callpath-the-terms", &[]), str::to_string);
    let verdict = azure.map_or(Verdict::NotAddressed, |a| a.verdict);
    let on_azure = verdict == Verdict::Yes || (verdict == Verdict::No && s.host == Host::Azure);
    let (server, note) = match verdict {
        // Only the statement's terms, superseded, ever required Azure.
        Verdict::Yes if s.host != Host::Azure => (
            text::label(Host::Azure),
            text(
                "callpath-kept-on-azure",
                &[("host", &text::label(s.host)), ("clause", &clause)],
            ),
        ),
        Verdict::Yes => (
            text::label(Host::Azure),
            text("callpath-on-azure-as-required", &[("clause", &clause)]),
        ),
        Verdict::No => (
            text::label(s.host),
            text("callpath-azure-not-required", &[]),
        ),
        Verdict::NotAddressed => (
            text("callpath-host-unsaid", &[("host", &text::label(s.host))]),
            text("callpath-sources-unsaid", &[]),
        ),
    };
    html! {
        <figure class="callpath">
            <ol class="callpath-steps">
                <li><span class="callpath-role">{ text("callpath-buyer", &[]) }</span><span class="callpath-name">{ text("callpath-buyer-name", &[]) }</span></li>
                <li><span class="callpath-role">{ text("callpath-seller", &[]) }</span><span class="callpath-name">{ seller }</span></li>
                <li class={classes!("callpath-server", on_azure.then_some("is-azure"))}>
                    <span class="callpath-role">{ text("callpath-server", &[]) }</span><span class="callpath-name">{ server }</span>
                </li>
            </ol>
            <figcaption>{ text("callpath-caption", &[("terms", &text::dated_phrase(s.terms))]) }{ " " }{ note }</figcaption>
        </figure>
    }
}

/// (year, the catalogue's name for what happened). From the sourced
/// timelines in the background facts and the amendment.
pub const EVENTS: [(u16, &str); 7] = [
    (2019, "timeline-2019-partnership"),
    (2023, "timeline-2023-extension"),
    (2025, "timeline-2025-agreement"),
    (2026, "timeline-2026-statement"),
    (2026, "timeline-2026-amendment"),
    (2030, "timeline-2030-end"),
    (2032, "timeline-2032-end"),
];

/// The last year any event is in.
const LAST_EVENT: u16 = EVENTS[EVENTS.len() - 1].0;

/// The sourced dates, with those up to the scenario's year marked.
pub fn timeline(year: u16) -> Html {
    html! {
        <figure class="timeline">
            <ol>
                { for EVENTS.iter().map(|(y, what)| html! {
                    <li class={classes!("tl-item", (*y <= year).then_some("tl-past"))}>
                        <span class="tl-year">{ y }</span><span class="tl-what">{ text(what, &[]) }</span>
                    </li>
                }) }
            </ol>
            <figcaption>{ text("timeline-set-in", &[("year", &year.to_string())]) }{ " " }
                { if year > LAST_EVENT { text("timeline-past-every-date", &[]) } else { text("timeline-marked", &[]) } }
            </figcaption>
        </figure>
    }
}
