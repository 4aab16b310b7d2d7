use crate::terms::Choice;
use yew::prelude::*;

use crate::app::address;
use crate::app::components::clause_card::clause_list;
use crate::app::components::report::report_note;
use std::rc::Rc;

use crate::terms::{
    decimal, reports_about, Answer, Answers, Comparison, Estimate, Field, Flip, Scenario, Status,
    Terms, Topic, Verdict, VERSIONS,
};
use yew::virtual_dom::{AttributeOrProperty, Attributes};

/// The symbol beside a verdict; the word is always shown too, so nothing
/// depends on colour or on the symbol alone.
fn mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Yes => "✓",
        Verdict::No => "✗",
        Verdict::NotAddressed => "?",
    }
}

/// A verdict as a badge: symbol and word.
pub fn badge(verdict: Verdict) -> Html {
    html! {
        <span class={classes!("badge", format!("v-{}", verdict.slug()))}>
            <span class="badge-mark" aria-hidden="true">{ mark(verdict) }</span>{ verdict.label() }
        </span>
    }
}

/// The version of the terms in a few words, for labels, dated where it is
/// the superseded one: no label names the statement's terms undated.
pub fn version_name(terms: Terms) -> String {
    format!("{}{}", terms.info().short, terms.superseded_note())
}

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

/// `base`, then `data-verdict-DATE` and `data-cites-DATE` for every
/// version: every attribute name an element that holds one topic's answers
/// may carry, made once from the registry.
const fn marker_names<const B: usize, const N: usize>(
    base: [&'static str; B],
) -> [&'static str; N] {
    assert!(N == B + 2 * VERSIONS.len());
    let mut out = [""; N];
    let mut i = 0;
    while i < B {
        out[i] = base[i];
        i += 1;
    }
    let mut v = 0;
    while v < VERSIONS.len() {
        out[B + 2 * v] = VERSIONS[v].verdict_attr;
        out[B + 2 * v + 1] = VERSIONS[v].cites_attr;
        v += 1;
    }
    out
}

/// Every attribute an answer's `<article>` carries (`finding`).
const FINDING_MARKERS: [&str; 9 + 2 * VERSIONS.len()] = marker_names([
    "class",
    "id",
    "tabindex",
    "data-finding",
    "data-verdict",
    "data-cites",
    "data-rule",
    "data-other-verdict",
    "data-other-cites",
]);

/// Every attribute a decision-table cell carries.
pub const CELL_MARKERS: [&str; 3 + 2 * VERSIONS.len()] =
    marker_names(["data-cell", "data-verdict", "data-other-verdict"]);

/// Puts `data-verdict-DATE` and `data-cites-DATE` for every version on the
/// element `html!` built (`contract.md`; `none` and empty where a version
/// does not ask the topic). Attribute names made from data are beyond
/// `html!`, so the element's attributes are laid out again under `names`
/// (one static list, as `html!` itself writes them).
pub fn with_version_markers<'a>(
    mut html: Html,
    names: &'static [&'static str],
    answers: impl Iterator<Item = (Terms, Option<&'a Answer>)>,
) -> Html {
    let Html::VTag(tag) = &mut html else {
        return html;
    };
    let tag = Rc::get_mut(tag).expect("an element html! has just built is not shared");
    let Attributes::Dynamic { keys, mut values } = std::mem::take(&mut tag.attributes) else {
        unreachable!("html! writes an answer's dynamic attributes as a list of names");
    };
    let mut laid: Vec<Option<AttributeOrProperty>> = names
        .iter()
        .map(|name| {
            let at = keys.iter().position(|k| k == name)?;
            values[at].take()
        })
        .collect();
    debug_assert!(
        values.iter().all(Option::is_none),
        "an attribute missing from the element's names: {keys:?}"
    );
    let mut set = |name: &str, value: String| {
        if let Some(at) = names.iter().position(|n| *n == name) {
            laid[at] = Some(AttributeOrProperty::Attribute(value.into()));
        }
    };
    for (terms, answer) in answers {
        let info = terms.info();
        set(
            info.verdict_attr,
            answer.map_or("none", |a| a.verdict.slug()).into(),
        );
        set(
            info.cites_attr,
            answer.map(|a| a.cites.join(" ")).unwrap_or_default(),
        );
    }
    tag.attributes = Attributes::Dynamic {
        keys: names,
        values: laid.into_boxed_slice(),
    };
    html
}

/// What would change one answer, for the builder: the changes the engine
/// found, how to link to each (`href`), and how to apply one in place.
pub struct Changes<'a> {
    /// The changes, drawn only while `open` (may be empty while closed).
    pub flips: &'a [Flip],
    /// How many changes there are, and whether they are pairs.
    pub count: usize,
    pub pairs: bool,
    /// The view parameters each change's link keeps (`&embed=…`).
    pub view: &'a str,
    pub apply: Callback<(Scenario, Topic)>,
    /// Copies the answer as text (`false`) or its permalink (`true`).
    pub share: Callback<(Topic, bool)>,
    /// Whether the reader has opened this answer's list of changes: until
    /// then it is not drawn, so an edit redraws less.
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
    let words: Vec<String> = flip.edits.iter().map(|e| e.words()).collect();
    // A change to the other version answers that version's own question.
    let asks_other =
        topic.asked_differently() && flip.edits.iter().any(|e| e.field == Field::Terms);
    html! {
        <li>
            <a data-flip="" data-flip-verdict={flip.verdict.slug()} {onclick}
                href={address::answer_link(&scenario, changes.view, topic)}>
                { words.join(" and ") }
            </a>
            { " → " }
            if asks_other { <span class="other-q">{ topic.question(scenario.terms) }</span>{ " " } }
            { badge(flip.verdict) }{ format!(" (rests on {})", flip.cites.join(", ")) }
        </li>
    }
}

/// The smallest changes that give the answer another verdict: the most
/// plausible five, the rest behind "More".
fn flips_view(topic: Topic, changes: &Changes) -> Html {
    let (shown, more) = changes.flips.split_at(changes.flips.len().min(SHOWN_FLIPS));
    let heading = match (changes.count, changes.pairs) {
        (0, _) => {
            return html! { <p class="flips-none">{ "No change to one or two inputs gives another verdict." }</p> }
        }
        (_, false) => "What would change this answer",
        (_, true) => "What would change this answer (no single change does; two together)",
    };
    let ontoggle = changes.on_toggle.reform(move |e: Event| {
        (
            topic,
            e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open(),
        )
    });
    html! {
        <details class="flips" open={changes.open} {ontoggle}>
            <summary>{ format!("{heading}: {}", changes.count) }</summary>
            if changes.open {
                <ul>{ for shown.iter().map(|f| flip_item(f, topic, changes)) }</ul>
                if !more.is_empty() {
                    <details class="flips-more">
                        <summary>{ format!("More ({})", more.len()) }</summary>
                        <ul>{ for more.iter().map(|f| flip_item(f, topic, changes)) }</ul>
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
            <p class="other-version" data-differs="">{ format!("{name}: not asked for this deal.") }</p>
        };
    };
    if o.verdict == a.verdict && o.cites == a.cites {
        return html! {
            <p class="other-version">{ format!("{name}: the same answer, on the same clauses.") }</p>
        };
    }
    html! {
        <p class="other-version" data-differs={(o.verdict != a.verdict).then_some("")}>
            <strong>{ format!("{name}: ") }</strong>
            if o.topic.asked_differently() {
                <span class="other-q">{ o.topic.question(terms) }</span>{ " " }
            }
            { badge(o.verdict) }{ format!(" (rests on {}).", o.cites.join(", ")) }
            if o.verdict == a.verdict {
                { " " }<span class="other-trace">{ &o.trace }</span>
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
            <h4 class="finding-q">{ a.topic.question(terms) }</h4>
            <p class="verdict">{ badge(a.verdict) }</p>
            <p class="trace">{ &a.trace }</p>
            if let Some(unsaid) = a.unsaid {
                <p class="unsaid"><strong>{ "Not said: " }</strong>{ unsaid }</p>
            }
            { for others.iter().map(|(t, o)| other_line(a, *t, o.as_ref())) }
            if let Some(changes) = &changes {
                { flips_view(a.topic, changes) }
                <p class="answer-actions">
                    <button type="button" class="button button-quiet button-small"
                        onclick={changes.share.reform({ let t = a.topic; move |_: MouseEvent| (t, false) })}>
                        { "Copy" }<span class="visually-hidden">{ " this answer, with its sources" }</span>
                    </button>
                    <button type="button" class="button button-quiet button-small"
                        onclick={changes.share.reform({ let t = a.topic; move |_: MouseEvent| (t, true) })}>
                        { "Link" }<span class="visually-hidden">{ " to this answer" }</span>
                    </button>
                </p>
            }
            <details class="cites">
                <summary>{ "Rests on " }{ a.cites.join(", ") }</summary>
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
    /// What would change it, while its list is open (closed: empty).
    pub flips: Rc<Vec<Flip>>,
    pub count: usize,
    pub pairs: bool,
    pub open: bool,
    /// The view parameters to keep in each change's link.
    pub view: AttrValue,
    pub on_event: Callback<FindingEvent>,
}

/// One builder answer, with what would change it and its Copy and Link.
#[component]
pub fn BuilderFinding(props: &BuilderFindingProps) -> Html {
    let changes = Changes {
        flips: &props.flips,
        count: props.count,
        pairs: props.pairs,
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

/// Questions that only the compared version asks of this scenario: listed
/// among the differences, so no answer silently disappears.
pub fn other_only(both: &Comparison) -> Html {
    let topics = both.other_only();
    if topics.is_empty() {
        return Html::default();
    }
    let other = both.other();
    html! {
        <div class="other-only">
            <p><strong>{ format!("Asked only under {}:", other.terms.dated_phrase()) }</strong></p>
            <ul>
                { for topics.iter().filter_map(|&t| other.get(t)).map(|o| html! {
                    <li>{ o.topic.question(other.terms) }{ " " }{ badge(o.verdict) }{ format!(" (rests on {})", o.cites.join(", ")) }</li>
                }) }
            </ul>
        </div>
    }
}

/// The answer to one topic under one version, in a table cell, under that
/// version's own question where the versions ask it differently.
fn cell(answers: &Answers, topic: Topic) -> Html {
    match answers.get(topic) {
        Some(a) => html! {
            <td data-verdict={a.verdict.slug()}>
                if topic.asked_differently() {
                    <span class="cell-q">{ topic.question(answers.terms) }</span>
                }
                { badge(a.verdict) }<span class="cell-cites">{ a.cites.join(" ") }</span>
            </td>
        },
        None => html! { <td class="not-asked" data-verdict="none">{ "Not asked" }</td> },
    }
}

/// Every version of the terms for one scenario, side by side, the chosen
/// one first; each row is labelled with its topic's name (never one version's
/// question), and each row where the versions differ says so in words.
pub fn comparison_table(both: &Comparison) -> Html {
    // The chosen version first, then the others newest first.
    let columns: Vec<&Answers> = both.all().collect();
    // On narrow screens the table scrolls within this region, which the
    // keyboard can reach and a screen reader can name.
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Every version of the terms, side by side">
        <table class="compare">
            <thead>
                <tr>
                    <th scope="col">{ "Topic" }</th>
                    { for columns.iter().map(|a| html! { <th scope="col">{ version_name(a.terms) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for both.topics().map(|t| {
                    let differs = both.differs_anywhere(t);
                    html! {
                        <tr class={classes!(differs.then_some("differs"))} data-compare={t.slug()}>
                            <th scope="row">
                                { t.label() }
                                if differs { <span class="differs-mark">{ " ≠ differs" }</span> }
                            </th>
                            { for columns.iter().map(|a| cell(a, t)) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}

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
