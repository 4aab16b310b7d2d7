//! Pictures for the walkthrough, drawn with HTML and CSS (no images to load).

use crate::app::text::{self, text};
use yew::prelude::*;

use crate::content::events::{timeline as timeline_events, Event, Kind};
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

/// The dated events the timeline shows (`content::events`), with those up
/// to the scenario's year marked.
pub fn timeline(year: u16) -> Html {
    let events = timeline_events();
    let last = events.last().map_or(0, Event::year);
    html! {
        <figure class="timeline">
            <ol>
                { for events.iter().map(|e| html! {
                    <li class={classes!("tl-item", (e.year() <= year).then_some("tl-past"))}>
                        <span class="tl-year">{ e.year() }</span>
                        <span class="tl-what">
                            if e.when.len() > 4 || matches!(e.kind, Kind::Ends(_)) {
                                <time datetime={e.when.to_string()}>{ text::event_date(e) }</time>{ ": " }
                            }
                            { e.message().map(|m| text(&m, &[])).unwrap_or_default() }
                        </span>
                    </li>
                }) }
            </ol>
            <figcaption>{ text("timeline-set-in", &[("year", &year.to_string())]) }{ " " }
                { if year > last { text("timeline-past-every-date", &[]) } else { text("timeline-marked", &[]) } }
            </figcaption>
        </figure>
    }
}
