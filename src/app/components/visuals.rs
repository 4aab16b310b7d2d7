//! Pictures for the walkthrough, drawn with HTML and CSS (no images to load).

use crate::terms::Choice;
use yew::prelude::*;

use crate::terms::{azure_required, Channel, Host, Partner, Scenario, Verdict};

/// Where one stateless API call goes: buyer, seller, and the cloud the
/// engine says must serve it.
pub fn call_path(s: &Scenario) -> Html {
    let seller = match (s.channel, s.partner) {
        (Channel::Partner, Partner::None) | (Channel::Partner, Partner::Other) => {
            "A partner".to_string()
        }
        (Channel::Partner, p) => p.label().to_string(),
        (c, _) => c.label().to_string(),
    };
    let azure = azure_required(s);
    let clause = azure
        .as_ref()
        .and_then(|a| a.cites.first().copied())
        .unwrap_or("the terms");
    let (server, note) = match azure.map_or(Verdict::NotAddressed, |a| a.verdict) {
        // Only the statement's terms, superseded, ever required Azure.
        Verdict::Yes if s.host != Host::Azure => (
            "Azure".to_string(),
            format!(
                "Not {}: those terms kept it on Azure ({}).",
                s.host.label(),
                clause
            ),
        ),
        Verdict::Yes => (
            "Azure".to_string(),
            format!("As those terms required ({}).", clause),
        ),
        Verdict::No => (
            s.host.label().to_string(),
            "Azure is not required here.".to_string(),
        ),
        Verdict::NotAddressed => (
            format!("{}?", s.host.label()),
            "The sources do not say where it must run.".to_string(),
        ),
    };
    html! {
        <figure class="callpath">
            <ol class="callpath-steps">
                <li><span class="callpath-role">{ "Buyer" }</span><span class="callpath-name">{ "A developer or business" }</span></li>
                <li><span class="callpath-role">{ "Sells it" }</span><span class="callpath-name">{ seller }</span></li>
                <li class={classes!("callpath-server", (server == "Azure").then_some("is-azure"))}>
                    <span class="callpath-role">{ "Runs the call" }</span><span class="callpath-name">{ server }</span>
                </li>
            </ol>
            <figcaption>{ format!("Path of one API call, under {}. ", s.terms.dated_phrase()) }{ note }</figcaption>
        </figure>
    }
}

/// (year, what happened). From the sourced timelines in the background
/// facts and the amendment.
const EVENTS: [(u16, &str); 7] = [
    (2019, "Partnership begins; Microsoft invests $1 billion and Azure becomes OpenAI's cloud."),
    (2023, "January: a multi-year, multi-billion-dollar extension."),
    (2025, "28 October: the definitive agreement; OpenAI becomes a public benefit corporation."),
    (2026, "27 February: OpenAI's funding round and Amazon collaboration; the companies' joint statement says the terms are unchanged."),
    (2026, "27 April: the companies amend the terms (U1–U6)."),
    (2030, "End of 2030: latest end of Microsoft's research-IP rights (not mentioned in April; assumed unchanged), and, since April 2026, of OpenAI's revenue-share payments to Microsoft."),
    (2032, "End of 2032: end of Microsoft's licence to models and products, non-exclusive since April 2026."),
];

/// The sourced dates, with those up to the scenario's year marked.
pub fn timeline(year: u16) -> Html {
    html! {
        <figure class="timeline">
            <ol>
                { for EVENTS.iter().map(|(y, what)| html! {
                    <li class={classes!("tl-item", (*y <= year).then_some("tl-past"))}>
                        <span class="tl-year">{ y }</span><span class="tl-what">{ *what }</span>
                    </li>
                }) }
            </ol>
            <figcaption>{ format!("Your scenario is set in {year}. ") }
                { if year > 2032 { "That is past every date the sources give." } else { "Events up to that year are marked." } }
            </figcaption>
        </figure>
    }
}
