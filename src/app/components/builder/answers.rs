//! The builder's answers: the row of every verdict, each answer with what
//! would change it, and the estimate.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::estimate::estimate;
use crate::app::components::finding::{others_of, BuilderFinding, FindingEvent};
use crate::app::components::verdict_row::verdict_row;
use crate::app::state::BuilderState;
use crate::app::text::{self, text};
use crate::content::LAST_CHECKED;
use crate::terms::{Choice, Flip, Terms, Topic};

/// Which version answers, in a sentence, dated where it was superseded.
fn answered_under(terms: Terms) -> String {
    match terms.superseded_by() {
        None => text(
            "answers-latest",
            &[
                ("terms", &text::version(terms, text::VersionWords::Phrase)),
                ("checked", &text::date(LAST_CHECKED)),
            ],
        ),
        Some(_) => {
            let dated = text::dated_phrase(terms);
            text("answers-superseded", &[("terms", &dated)])
        }
    }
}

/// The row of verdicts, every answer, and the estimate. `changes` is what
/// would change each answer, worked out only while some answer's list is
/// open; `on_event` is what an answer asks of the builder (apply a change,
/// copy, open), stable across renders.
pub fn answers(
    state: &BuilderState,
    changes: &[(Topic, Vec<Flip>)],
    view: &AttrValue,
    on_event: &Callback<FindingEvent>,
) -> Html {
    let scenario = state.scenario;
    let both = &state.answers;
    let answers = &both.answers;
    html! {
        <>
            { verdict_row(answers, &state.changed) }
            <h3 class="answers-title">{ text("answers-title", &[]) }</h3>
            <p class="answers-terms">{ answered_under(scenario.terms) }</p>
            <div class="findings">
                { for answers.list.iter().map(|a| {
                    let open = state.opened.contains(&a.topic);
                    let found = changes.iter().find(|(t, _)| *t == a.topic).filter(|_| open);
                    html! {
                        <BuilderFinding key={a.topic.slug()} answer={a.clone()}
                            others={Rc::new(others_of(both, a.topic))} terms={scenario.terms}
                            flips={found.map(|(_, f)| Rc::new(f.clone()))}
                            {open} view={view.clone()} on_event={on_event.clone()} />
                    }
                }) }
            </div>
            { estimate(&scenario, answers) }
        </>
    }
}
