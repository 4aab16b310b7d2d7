//! One answer as the builder and the live examples draw it: its question,
//! verdict and reasons, every other version's answer beside it, and in the
//! builder what would change it, with its Copy and Link.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::address;
use crate::app::components::clause_card::clause_list;
use crate::app::components::verdict::{badge, version_name};
use crate::app::components::version_markers::{with_version_markers, FINDING_MARKERS};
use crate::app::text::{self, reasons, said, text};
use crate::terms::{Answer, Choice, Comparison, Field, Flip, Scenario, Terms, Topic};

/// One topic's answers under every version but the chosen one, newest
/// first (`None` where a version does not ask it).
pub type OtherAnswers = Vec<(Terms, Option<Answer>)>;

/// The topic's answers under every other version, from a comparison.
pub fn others_of(both: &Comparison, topic: Topic) -> OtherAnswers {
    both.others
        .iter()
        .map(|o| (o.terms, o.get(topic).cloned()))
        .collect()
}

/// What would change one answer, for the builder: the changes the engine
/// found, how to link to each (`href`), and how to apply one in place.
pub struct Changes<'a> {
    /// The changes, worked out only once the reader opens the list (`None`
    /// while it is closed: nothing on screen needs them).
    pub flips: Option<&'a [Flip]>,
    /// The view parameters each change's link keeps (`&embed=…`).
    pub view: &'a str,
    pub apply: Callback<(Scenario, Topic)>,
    /// Copies the answer as text (`false`) or its permalink (`true`).
    pub share: Callback<(Topic, bool)>,
    /// Whether the reader has opened this answer's list of changes.
    pub open: bool,
    pub on_toggle: Callback<(Topic, bool)>,
}

/// How many changes show before "More".
const SHOWN_FLIPS: usize = 5;

fn flip_item(flip: &Flip, topic: Topic, changes: &Changes) -> Html {
    let scenario = flip.scenario;
    let onclick = changes.apply.reform(move |e: MouseEvent| {
        e.prevent_default();
        (scenario, topic)
    });
    let words: Vec<String> = flip.edits.iter().map(text::edit_words).collect();
    let cites = flip.cites.join(", ");
    // A change to the other version answers that version's own question.
    let asks_other =
        topic.asked_differently() && flip.edits.iter().any(|e| e.field == Field::Terms);
    html! {
        <li>
            <a data-flip="" data-flip-verdict={flip.verdict.slug()} {onclick}
                href={address::flip_link(&address::site(), &scenario, changes.view, topic)}>
                { words.join(&text("list-and", &[])) }
            </a>
            { " → " }
            if asks_other { <span class="other-q">{ text::question(topic, scenario.terms) }</span>{ " " } }
            { badge(flip.verdict) }{ " " }{ text("flip-rests-on", &[("cites", &cites)]) }
        </li>
    }
}

/// The smallest changes that give the answer another verdict: the most
/// plausible five, the rest behind "More"; worked out when opened.
fn flips_view(topic: Topic, changes: &Changes) -> Html {
    let ontoggle = changes.on_toggle.reform(move |e: Event| {
        (
            topic,
            e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open(),
        )
    });
    let list = changes.flips.filter(|_| changes.open);
    let count = list.map_or(0, <[Flip]>::len).to_string();
    let summary = match list {
        None => text("flips-title", &[]),
        Some(list) if list.first().is_some_and(|f| f.edits.len() > 1) => {
            text("flips-count-pairs", &[("count", &count)])
        }
        Some(_) => text("flips-count", &[("count", &count)]),
    };
    let more = list
        .map_or(0, |l| l.len().saturating_sub(SHOWN_FLIPS))
        .to_string();
    html! {
        <details class="flips" open={changes.open} {ontoggle}>
            <summary>{ summary }</summary>
            if let Some(list) = list {
                if list.is_empty() {
                    <p class="flips-none">{ text("flips-none", &[]) }</p>
                } else {
                    <ul>{ for list.iter().take(SHOWN_FLIPS).map(|f| flip_item(f, topic, changes)) }</ul>
                }
                if list.len() > SHOWN_FLIPS {
                    <details class="flips-more">
                        <summary>{ text("flips-more", &[("count", &more)]) }</summary>
                        <ul>{ for list.iter().skip(SHOWN_FLIPS).map(|f| flip_item(f, topic, changes)) }</ul>
                    </details>
                }
            }
        </details>
    }
}

/// The same topic under another version, in one line: its verdict and
/// clauses, under its own question where the versions ask it differently,
/// and, where the verdict is the same but rests on other clauses, why (so
/// the same verdict on other grounds shows its grounds).
fn other_line(a: &Answer, terms: Terms, other: Option<&Answer>) -> Html {
    let name = version_name(terms);
    let Some(o) = other else {
        return html! {
            <p class="other-version" data-differs="">{ text("other-not-asked", &[("version", &name)]) }</p>
        };
    };
    if o.verdict == a.verdict && o.cites == a.cites {
        return html! {
            <p class="other-version">{ text("other-same", &[("version", &name)]) }</p>
        };
    }
    let cites = o.cites.join(", ");
    html! {
        <p class="other-version" data-differs={(o.verdict != a.verdict).then_some("")}>
            <strong>{ text("other-version-name", &[("version", &name)]) }</strong>{ " " }
            if o.topic.asked_differently() {
                <span class="other-q">{ text::question(o.topic, terms) }</span>{ " " }
            }
            { badge(o.verdict) }{ " " }{ text("other-rests-on", &[("cites", &cites)]) }
            if o.verdict == a.verdict {
                { " " }<span class="other-trace">{ reasons(&o.trace) }</span>
            }
        </p>
    }
}

/// One answer, with the markers `contract.md` promises, under its own
/// version's question, and every other version's answer in one line each,
/// newest first; in the builder, what would change it.
pub fn finding(a: &Answer, terms: Terms, others: &OtherAnswers, changes: Option<Changes>) -> Html {
    let verdict = a.verdict.slug();
    // `data-other-*`: the version this one is compared with.
    let compared = terms.compared_with();
    let other = others
        .iter()
        .find(|(t, _)| *t == compared)
        .and_then(|(_, o)| o.as_ref());
    let other_verdict = other.map_or("none", |o| o.verdict.slug());
    let other_cites = other.map(|o| o.cites.join(" ")).unwrap_or_default();
    let html = html! {
        <article key={a.topic.slug()} class={classes!("finding", format!("v-{verdict}"))}
            id={changes.is_some().then(|| address::answer_anchor(a.topic))} tabindex={changes.is_some().then_some("-1")}
            data-finding={a.topic.slug()} data-verdict={verdict}
            data-cites={a.cites.join(" ")} data-rule={a.rule}
            data-other-verdict={other_verdict} data-other-cites={other_cites}>
            <h4 class="finding-q">{ text::question(a.topic, terms) }</h4>
            <p class="verdict">{ badge(a.verdict) }</p>
            <p class="trace">{ reasons(&a.trace) }</p>
            if let Some(unsaid) = &a.unsaid {
                <p class="unsaid"><strong>{ text("answer-not-said", &[]) }{ " " }</strong>{ said(unsaid) }</p>
            }
            { for others.iter().map(|(t, o)| other_line(a, *t, o.as_ref())) }
            if let Some(changes) = &changes {
                { flips_view(a.topic, changes) }
                <p class="answer-actions">
                    <button type="button" class="button button-quiet button-small"
                        onclick={changes.share.reform({ let t = a.topic; move |_: MouseEvent| (t, false) })}>
                        { text("answer-copy", &[]) }<span class="visually-hidden">{ " " }{ text("answer-copy-what", &[]) }</span>
                    </button>
                    <button type="button" class="button button-quiet button-small"
                        onclick={changes.share.reform({ let t = a.topic; move |_: MouseEvent| (t, true) })}>
                        { text("answer-link", &[]) }<span class="visually-hidden">{ " " }{ text("answer-link-what", &[]) }</span>
                    </button>
                </p>
            }
            <details class="cites">
                <summary>{ text("answer-rests-on", &[("cites", &a.cites.join(", "))]) }</summary>
                { clause_list(&a.cites) }
            </details>
        </article>
    };
    let every =
        std::iter::once((terms, Some(a))).chain(others.iter().map(|(t, o)| (*t, o.as_ref())));
    with_version_markers(html, &FINDING_MARKERS, every)
}

/// What a builder answer asks of the builder: one callback, stable across
/// renders, so an answer whose own props did not change is not redrawn.
#[derive(Clone, Debug, PartialEq)]
pub enum FindingEvent {
    /// Load this scenario, with this answer in view.
    Apply(Scenario, Topic),
    /// Copy the answer as text (`false`) or its permalink (`true`).
    Share(Topic, bool),
    /// The reader opened or closed the answer's list of changes.
    Toggle(Topic, bool),
}

#[derive(Properties, PartialEq)]
pub struct BuilderFindingProps {
    pub answer: Answer,
    pub terms: Terms,
    /// The same topic under every other version, newest first.
    pub others: Rc<OtherAnswers>,
    /// What would change it, while its list is open (closed: `None`).
    pub flips: Option<Rc<Vec<Flip>>>,
    pub open: bool,
    /// The view parameters to keep in each change's link.
    pub view: AttrValue,
    pub on_event: Callback<FindingEvent>,
}

/// One builder answer, with what would change it and its Copy and Link.
#[component]
pub fn BuilderFinding(props: &BuilderFindingProps) -> Html {
    let changes = Changes {
        flips: props.flips.as_deref().map(Vec::as_slice),
        view: &props.view,
        apply: props.on_event.reform(|(s, t)| FindingEvent::Apply(s, t)),
        share: props
            .on_event
            .reform(|(t, link)| FindingEvent::Share(t, link)),
        open: props.open,
        on_toggle: props
            .on_event
            .reform(|(t, open)| FindingEvent::Toggle(t, open)),
    };
    finding(&props.answer, props.terms, &props.others, Some(changes))
}
