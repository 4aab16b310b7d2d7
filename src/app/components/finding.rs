use yew::prelude::*;

use crate::app::components::clause_card::clause_list;
use crate::terms::{decimal, Answer, Answers, Scenario, Verdict};

/// The symbol beside a verdict; the word is always shown too, so nothing
/// depends on colour or on the symbol alone.
fn mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Yes => "✓",
        Verdict::No => "✗",
        Verdict::NotAddressed => "?",
    }
}

/// One answer, with the markers `contract.md` promises.
pub fn finding(a: &Answer) -> Html {
    let verdict = a.verdict.slug();
    html! {
        <article key={a.topic.slug()} class={classes!("finding", format!("v-{verdict}"))}
            data-finding={a.topic.slug()} data-verdict={verdict} data-cites={a.cites.join(" ")}>
            <h4 class="finding-q">{ a.topic.label() }</h4>
            <p class="badge"><span class="badge-mark" aria-hidden="true">{ mark(a.verdict) }</span>{ a.verdict.label() }</p>
            <p class="trace">{ &a.trace }</p>
            if let Some(unsaid) = a.unsaid {
                <p class="unsaid"><strong>{ "Not said: " }</strong>{ unsaid }</p>
            }
            <details class="cites">
                <summary>{ "Rests on " }{ a.cites.join(", ") }</summary>
                { clause_list(&a.cites) }
            </details>
        </article>
    }
}

/// Microsoft's cut under the reader's assumed rate; always labelled as an
/// assumption, since the real rate is not public.
pub fn estimate(scenario: &Scenario, answers: &Answers) -> Html {
    let usd = answers.microsoft_cut;
    let rate = format!("{}%", scenario.share);
    let revenue = decimal::format_usd_decimal(scenario.revenue);
    html! {
        <div class="estimate" data-estimate="microsoft-cut" data-usd={usd.to_string()}>
            <p class="estimate-figure"><span class="estimate-label">{ "Microsoft's estimated cut" }</span>
                <strong>{ decimal::format_usd(usd) }</strong></p>
            if answers.revenue_shared() {
                <p class="estimate-note">{ format!("{rate} (assumed) of {revenue}. Assumption: the real rate is not public; the press reported 20%.") }</p>
            } else {
                <p class="estimate-note">{ format!("The revenue share does not cover this revenue, so there is nothing to estimate at the assumed {rate} rate.") }</p>
            }
        </div>
    }
}
