use yew::prelude::*;

use crate::content::LAST_CHECKED;
use crate::terms::Provenance;

/// The sources, each with its date and link, and when the terms were last
/// checked against them.
pub fn sources() -> Html {
    let provenances = [
        Provenance::Announcement,
        Provenance::JointStatement,
        Provenance::BackgroundAgreement,
    ];
    html! {
        <footer class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ "Sources" }</h2>
            <p>{ "The contracts between Microsoft and OpenAI are not public. This explainer restates what the companies have said in public, in its own words, and marks where each statement comes from. It is not legal or investment advice." }</p>
            <ul class="source-list">
                { for provenances.iter().map(|p| {
                    let s = p.source();
                    let ids = match p {
                        Provenance::Announcement => "A1–A13",
                        Provenance::JointStatement => "J1",
                        Provenance::BackgroundAgreement => "B1–B13",
                    };
                    html! {
                        <li class={format!("prov-{}", p.slug())}>
                            <span class="clause-prov">{ p.label() }</span>{ format!(" ({ids}): ") }
                            if let Some(url) = s.url {
                                <a href={url} rel="noopener noreferrer">{ s.title }</a>
                            } else {
                                { s.title }
                            }
                            { format!(", {}, ", s.publisher) }<time datetime={s.date}>{ s.date_text }</time>{ "." }
                        </li>
                    }
                }) }
            </ul>
            <p>{ "Figures the companies did not confirm are marked as reported by the press. The revenue-share rate is not public; any rate shown here is an assumption you set." }</p>
            <p class="checked">{ "Terms last checked against the sources on " }<time datetime={LAST_CHECKED.0}>{ LAST_CHECKED.1 }</time>{ "." }</p>
        </footer>
    }
}
