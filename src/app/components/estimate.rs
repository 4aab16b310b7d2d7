//! Microsoft's estimated cut: the one figure the builder works out, always
//! labelled as resting on the reader's assumed rate.

use yew::prelude::*;

use crate::app::components::report::report_note;
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
            format!("{rate} (assumed) of {revenue}. Assumption: the real rate is not public; the press reported 20%."),
        ),
        Estimate::NotCovered => (
            decimal::format_usd(0),
            format!("The revenue share does not cover this revenue, so there is nothing to estimate at the assumed {rate} rate."),
        ),
        Estimate::OwnSales => (
            "—".into(),
            "No estimate: Microsoft sells this itself and no longer pays OpenAI a share (U4).".into(),
        ),
        Estimate::NotSaid => (
            "—".into(),
            "No estimate: the sources do not say whether the revenue share covers this revenue.".into(),
        ),
    };
    let capped = matches!(answers.estimate, Estimate::Cut { capped: true, .. });
    let cites = answers
        .get(Topic::RevenueShare)
        .map_or(&[][..], |a| &a.cites[..]);
    html! {
        <div class="estimate" data-estimate="microsoft-cut" data-usd={decimal::digits(usd)}>
            <p class="estimate-figure"><span class="estimate-label">{ "Microsoft's estimated cut" }</span>
                <strong>{ figure }</strong></p>
            <p class="estimate-note">{ note }</p>
            if capped {
                <p class="estimate-note">
                    { "This ignores the total cap on all of OpenAI's payments, whose amount the companies have not published (U5)." }
                    { for reports_about(cites).map(|r| html! { <>
                        { " " }{ report_note(r) }
                        if r.status != Status::Denied && r.usd.is_some_and(|cap| usd > cap) {
                            { " The reported cap, if accurate, would limit this estimate." }
                        }
                    </> }) }
                </p>
            }
        </div>
    }
}
