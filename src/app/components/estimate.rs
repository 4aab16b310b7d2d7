//! Microsoft's estimated cut: the one figure the builder works out, always
//! labelled as resting on the reader's assumed rate.

use yew::prelude::*;

use crate::app::components::report::report_note;
use crate::app::text::text;
use crate::terms::{decimal, reports_about, Answers, Estimate, Scenario, Status, Topic};

/// Microsoft's cut under the reader's assumed rate; always labelled as an
/// assumption, since the real rate is not public. Worded by the revenue
/// share's verdict (`terms.md`): a figure only under a yes, "no estimate"
/// where the sources do not say, never "$0" beside an answer that is not
/// a no. Any press report about the clauses the answer rests on (R1, the
/// cap's reported amount) is shown beside it, dated, with its status.
pub fn estimate(scenario: &Scenario, answers: &Answers) -> Html {
    let usd = answers.microsoft_cut();
    let rate = format!("{}%", scenario.share);
    let revenue = decimal::format_usd_decimal(scenario.revenue);
    let (figure, note) = match answers.estimate {
        Estimate::Cut { usd, .. } => (
            decimal::format_usd(usd),
            text("estimate-cut", &[("rate", &rate), ("revenue", &revenue)]),
        ),
        Estimate::NotCovered => (
            decimal::format_usd(0),
            text("estimate-not-covered", &[("rate", &rate)]),
        ),
        Estimate::OwnSales => ("—".into(), text("estimate-own-sales", &[])),
        Estimate::NotSaid => ("—".into(), text("estimate-not-said", &[])),
    };
    let capped = matches!(answers.estimate, Estimate::Cut { capped: true, .. });
    let cites = answers
        .get(Topic::RevenueShare)
        .map_or(&[][..], |a| &a.cites[..]);
    html! {
        <div class="estimate" data-estimate="microsoft-cut" data-usd={decimal::digits(usd)}>
            <p class="estimate-figure"><span class="estimate-label">{ text("estimate-label", &[]) }</span>
                <strong>{ figure }</strong></p>
            <p class="estimate-note">{ note }</p>
            if capped {
                <p class="estimate-note">
                    { text("estimate-cap", &[]) }
                    { for reports_about(cites).map(|r| html! { <>
                        { " " }{ report_note(r) }
                        if r.status != Status::Denied && r.usd.is_some_and(|cap| usd > cap) {
                            { " " }{ text("estimate-reported-cap", &[]) }
                        }
                    </> }) }
                </p>
            }
        </div>
    }
}
