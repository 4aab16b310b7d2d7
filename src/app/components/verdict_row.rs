//! The builder's compact row of every verdict: it stays in view while the
//! reader changes the inputs, each badge a link to its full answer, and it
//! says in words what the last change did ("Must it be served from Azure?
//! now No"), politely, to screen readers too.

use yew::prelude::*;

use crate::app::address;
use crate::app::components::finding::badge;
use crate::terms::{Answers, Choice, Terms, Topic, Verdict};

/// A topic in two or three words, for the row.
fn short(topic: Topic) -> &'static str {
    match topic {
        Topic::AzureRequired => "Azure only?",
        Topic::AzureFirst => "Azure first?",
        Topic::HostConsistent => "Host fits?",
        Topic::RevenueShare => "Revenue shared?",
        Topic::IpLicence => "Licence?",
        Topic::IpExclusive => "Exclusive?",
        Topic::PartnerAnticipated => "Anticipated?",
        Topic::TermsChanged => "Terms changed?",
        Topic::AgiProcessChanged => "AGI process changed?",
    }
}

/// Every verdict, as the engine gave them, for remembering between changes.
pub type Verdicts = Vec<(Topic, Verdict)>;

pub fn verdicts(answers: &Answers) -> Verdicts {
    answers.list.iter().map(|a| (a.topic, a.verdict)).collect()
}

/// What changed between two sets of verdicts, in words.
pub fn what_changed(before: &Verdicts, after: &Verdicts, terms: Terms) -> String {
    let verdict_of =
        |list: &Verdicts, t: Topic| list.iter().find(|(x, _)| *x == t).map(|(_, v)| *v);
    let changes: Vec<String> = Topic::ALL
        .iter()
        .filter_map(|&t| match (verdict_of(before, t), verdict_of(after, t)) {
            (Some(a), Some(b)) if a != b => {
                Some(format!("{} now {}.", t.question(terms), b.label()))
            }
            (Some(_), None) => Some(format!("{} no longer asked.", t.question(terms))),
            (None, Some(b)) => Some(format!("{} now asked: {}.", t.question(terms), b.label())),
            _ => None,
        })
        .collect();
    if changes.is_empty() {
        "No answer changed.".into()
    } else {
        changes.join(" ")
    }
}

/// The row: a badge per answer, and what the last change did.
pub fn verdict_row(answers: &Answers, changed: &str) -> Html {
    html! {
        <div class="verdict-row" data-summary="">
            // Focusable: in a narrow builder the row scrolls sideways.
            <ul class="verdict-chips" aria-label="Every answer, in short" tabindex="0">
                { for answers.list.iter().map(|a| html! {
                    <li>
                        <a class="chip" href={format!("#{}", address::answer_anchor(a.topic))}
                            data-summary-topic={a.topic.slug()} data-verdict={a.verdict.slug()}
                            title={a.topic.question(answers.terms)}>
                            <span class="chip-q">{ short(a.topic) }</span>{ " " }{ badge(a.verdict) }
                        </a>
                    </li>
                }) }
            </ul>
            <p class="changed-now" aria-live="polite" aria-atomic="true">{ changed.to_string() }</p>
        </div>
    }
}
