//! The scenario builder island: one reducer ([`BuilderState`]) holds the
//! scenario, its answers, the open answers, the status line and what the
//! last change did; the view is three parts (`form`, `answers`,
//! `versions`), plain view functions that draw it and send [`Action`]s
//! back (components of their own would add Yew's weight per type and skip
//! nothing: every change of state redraws them all).

mod answers;
mod form;
mod versions;

use std::rc::Rc;

use yew::prelude::*;

use crate::app::address::{self, Address};
use crate::app::citation::answer_text;
use crate::app::clipboard;
use crate::app::components::clause_card::clause_line_of;
use crate::app::components::decision_table::DecisionTable;
use crate::app::components::finding::FindingEvent;
use crate::app::components::printing::use_printing;
use crate::app::dom::by_id;
use crate::app::state::{Action, BuilderState};
use crate::app::text::text;
use crate::terms::{compare, flips, in_year, years, Choice, Scenario, Topic, VERSION_DATES};

/// The builder's heading, which its section is labelled by.
pub const TITLE_ID: &str = "builder-title";

#[derive(Properties, PartialEq)]
pub struct BuilderProps {
    /// The address the page was opened with. `None` in the build's first
    /// render: it shows the default scenario and says it is busy until the
    /// browser has read the link.
    pub address: Option<Rc<Address>>,
    /// The scenario the build's first render answers (an example's page
    /// builds its example in); the default elsewhere.
    #[prop_or_default]
    pub built: Scenario,
}

/// Copies `text` and says so in the status line; where the clipboard
/// cannot take it, offers it selected, with how to copy it.
fn copy_or_offer(text: String, done: String, state: UseReducerDispatcher<BuilderState>) {
    let offered = text.clone();
    clipboard::copy(
        text,
        Callback::from(move |ok| {
            if ok {
                state.dispatch(Action::Status(done.clone()));
            } else {
                state.dispatch(Action::Status(String::new()));
                clipboard::offer(&offered);
            }
        }),
    );
}

/// The builder's scenario as the address holds it, written out in full.
fn scenario_address() -> Address {
    let now = address::current();
    now.with_scenario(&now.scenario, &now.errors)
}

/// The link to share for the builder's scenario: an example's own page
/// where the scenario is an example's (its title and card travel with the
/// link), or the main page with the scenario written in full (never a
/// path page's, whose card would be another's).
fn scenario_link(link: &Address) -> String {
    let site = address::site();
    link.page_link(&site)
        .unwrap_or_else(|| [site.as_str(), &link.on_main_page().search()].concat())
}

/// "Copy" and "Link" on an answer: its text with sources, or its permalink
/// (this scenario, with that answer in view). The address holds the
/// builder's scenario (it is written after every change), so the copy is
/// worked out from it, only when asked.
fn share(topic: Topic, link_only: bool, state: UseReducerDispatcher<BuilderState>) {
    let link = scenario_address();
    let permalink = format!("{}#{}", scenario_link(&link), address::answer_anchor(topic));
    if link_only {
        copy_or_offer(permalink, text("builder-answer-link-copied", &[]), state);
    } else {
        let copied = answer_text(
            &link.scenario,
            &compare(&link.scenario),
            topic,
            &permalink,
            &clause_line_of,
        );
        copy_or_offer(copied, text("builder-answer-copied", &[]), state);
    }
}

/// The scenario builder island: it owns the scenario, and keeps it in the
/// address once the reader changes it. Every input of `terms.md`, and every
/// answer under every version of the terms.
#[component]
pub fn Builder(props: &BuilderProps) -> Html {
    let state = use_reducer(|| match &props.address {
        Some(link) => BuilderState::new(link.scenario, link.errors.clone()),
        None => BuilderState::new(props.built, Vec::new()),
    });
    let loaded = props.address.is_some();
    let view: AttrValue = props
        .address
        .as_ref()
        .map(|a| a.view.to_query())
        .unwrap_or_default()
        .into();
    {
        let (edits, scenario, errors) = (state.edits, state.scenario, state.errors.clone());
        use_effect_with((edits, scenario), move |_| {
            if edits > 0 {
                address::update_when_idle(|now| now.with_scenario(&scenario, &errors));
            }
        });
    }
    // A permalink to an answer (`#answer-…`): the browser scrolled to the
    // built answer, but the link's own answers can be laid out differently,
    // so bring it into view again once they are drawn.
    use_effect_with((), |_| {
        let fragment = gloo::utils::window().location().hash().unwrap_or_default();
        let answer = address::answer_in(&fragment)
            .and_then(|topic| by_id::<web_sys::Element>(&address::answer_anchor(topic)));
        if let Some(answer) = answer {
            answer.scroll_into_view();
        }
    });
    // One callback every answer shares, stable (the dispatcher never
    // changes), so an answer whose own props did not change is not redrawn.
    let on_event = use_callback(
        state.dispatcher(),
        |event: FindingEvent, dispatch| match event {
            FindingEvent::Apply(next, topic) => apply(dispatch, next, topic),
            FindingEvent::Toggle(topic, open) => dispatch.dispatch(Action::Toggle(topic, open)),
            FindingEvent::Share(topic, link_only) => share(topic, link_only, dispatch.clone()),
        },
    );
    let on_apply = {
        let dispatch = state.dispatcher();
        Callback::from(move |(next, topic): (Scenario, Topic)| apply(&dispatch, next, topic))
    };
    // The address bar is the share link; this copies it for readers who
    // cannot see or reach the address bar (embeds, some phones).
    let on_copy_link = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let link = scenario_link(&scenario_address());
            copy_or_offer(link, text("builder-link-copied", &[]), dispatch.clone());
        })
    };
    // Stable (the dispatcher never changes), so an edit re-renders only the
    // inputs it touches.
    let on_set = use_callback(state.dispatcher(), |(field, text), dispatch| {
        dispatch.dispatch(Action::Set(field, text))
    });
    // What would change each answer: worked out only while the reader has
    // some answer's list open.
    let changes = use_memo(
        (state.scenario, !state.opened.is_empty()),
        |&(scenario, opened)| if opened { flips(&scenario) } else { Vec::new() },
    );
    // The side-by-side table: drawn while open or printing, and until the
    // first edit, as the build drew it (for a page printed without the
    // wasm), so the island's first render is the build's.
    // Year by year: worked out again only when a change can move an
    // answer: not the amounts, and the year only where it is also the year
    // AGI is verified in (an AGI year left unset); otherwise it only moves
    // the mark.
    let years = use_memo(sweep_key(&state.scenario), years);
    let chart = use_node_ref();
    use_year_chart(&chart, &years, state.scenario.year);
    let printing = use_printing();
    let drawn = state.comparing || printing || state.edits == 0;
    let dispatch = state.dispatcher();
    let other_only: Vec<&str> = state
        .answers
        .other_only()
        .iter()
        .map(|t| t.slug())
        .collect();

    html! {
        <section class="builder" data-builder="" aria-labelledby={TITLE_ID} aria-busy={(!loaded).to_string()}
            data-terms={state.scenario.terms.slug()} data-versions={VERSION_DATES.join(" ")}
            data-other-only={other_only.join(" ")}>
            <h2 id={TITLE_ID}>{ text("builder-title", &[]) }</h2>
            <p class="builder-intro">{ text("builder-intro", &[]) }</p>
            { form::setup(&state, &dispatch) }
            // Shown in place of the answers by the stylesheet: while a link's
            // own scenario is being worked out (a scenario link, the head
            // script says, and this builder still busy), and if it never can
            // be. So no answer for another scenario is ever on screen. (The
            // island draws them too, though it is never busy: it draws
            // exactly what the build had, so nothing is redrawn or moves.)
            <p class="busy-note" role="status">{ text("builder-busy", &[]) }</p>
            <p class="busy-failed" role="status">{ text("builder-busy-failed", &[]) }</p>
            <div class="builder-body">
                { form::form(&state, &on_set) }
                // Narrow: the row of verdicts heads the builder's body, above
                // the form; wide: it heads the answers, beside the form.
                // Either way it stays in view while the reader changes the
                // inputs.
                <div class="builder-answers">
                    { answers::answers(&state, &changes, &view, &on_event) }
                    { versions::versions(&state, &dispatch, drawn, loaded.then_some(&chart)) }
                </div>
            </div>
            <DecisionTable scenario={state.scenario} view={view} apply={on_apply} />
            <p class="share">
                <button type="button" class="button button-quiet" onclick={on_copy_link}>{ text("builder-copy-link", &[]) }</button>
                <span class="share-status" role="status">{ state.status.clone() }</span>
            </p>
        </section>
    }
}

/// The chart of verdicts by year in `host`: a copy of the comparison
/// step's, changed where the reader's answers differ from what it shows,
/// right after the answers are drawn. The copy is made once the browser
/// is first idle (it sits in a closed disclosure, and start-up does not
/// wait for it; a change before then waits for it too). The scenario's
/// year is marked at once; typing an amount touches nothing.
#[hook]
fn use_year_chart(host: &NodeRef, years: &Rc<crate::terms::Years>, year: u16) {
    #[cfg(target_arch = "wasm32")]
    {
        use std::cell::Cell;

        use crate::app::components::year_chart::{attach, built_for, fill, mark_year};
        use crate::app::markers::{id, select};
        use crate::terms::Years;
        // What the chart shows (`None`: not copied yet), and the year to mark.
        let shown = use_mut_ref(|| None::<Rc<Years>>);
        let marked = use_mut_ref(|| Cell::new(year));
        let update = {
            let (host, shown, marked) = (host.clone(), shown.clone(), marked.clone());
            Rc::new(move |after: Rc<Years>| {
                let Some(host) = host.cast::<web_sys::Element>() else {
                    return;
                };
                let copied = shown.borrow().clone();
                let before = match copied {
                    Some(before) if Rc::ptr_eq(&before, &after) => return,
                    Some(before) => before,
                    None => {
                        let template = by_id::<web_sys::Element>(id::STEP_CHART_CAPTION)
                            .and_then(|c| c.parent_element());
                        let Some(template) = template else {
                            return;
                        };
                        attach(&host, &template);
                        Rc::new(crate::terms::years(&built_for()))
                    }
                };
                if let Ok(Some(chart)) = host.query_selector(select::YEAR_CHART) {
                    fill(&chart, &before, &after);
                    mark_year(&chart, marked.borrow().get());
                    *shown.borrow_mut() = Some(after);
                }
            })
        };
        let first = shown.borrow().is_none();
        use_effect_with(years.clone(), move |years| {
            let years = years.clone();
            if first {
                crate::app::dom::when_idle(move || update(years));
            } else {
                update(years);
            }
        });
        let on_year = host.clone();
        use_effect_with(year, move |&year| {
            marked.borrow().set(year);
            let chart = on_year
                .cast::<web_sys::Element>()
                .and_then(|h| h.query_selector(select::YEAR_CHART).ok().flatten());
            if let Some(chart) = chart {
                mark_year(&chart, year);
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (host, years, year);
}

/// What the chart of verdicts by year depends on: the scenario in its
/// first year with the verification year fixed, and no amounts.
fn sweep_key(s: &Scenario) -> Scenario {
    Scenario {
        revenue: Scenario::DEFAULT.revenue,
        share: Scenario::DEFAULT.share,
        ..in_year(s, crate::terms::FIRST_YEAR)
    }
}

/// A change applied from an answer or a table cell: the whole scenario,
/// then that answer's heading in view and focused.
fn apply(dispatch: &UseReducerDispatcher<BuilderState>, next: Scenario, topic: Topic) {
    dispatch.dispatch(Action::Apply(next));
    let id = address::answer_anchor(topic);
    yew::platform::spawn_local(async move {
        if let Some(el) = by_id::<web_sys::HtmlElement>(&id) {
            el.scroll_into_view();
            let _ = el.focus();
        }
    });
}
