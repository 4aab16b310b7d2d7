//! The builder's compact row of every verdict: it stays in view while the
//! reader changes the inputs, each badge a link to its full answer, and it
//! says in words what the last change did ("Must it be served from Azure?
//! now No"), politely, to screen readers too.

use yew::prelude::*;

use crate::app::address;
use crate::app::components::verdict::badge;
use crate::app::text::{self, text};
use crate::terms::{Answers, Choice, Terms, Topic, Verdict};

/// Every verdict, as the engine gave them, for remembering between changes.
pub type Verdicts = Vec<(Topic, Verdict)>;

pub fn verdicts(answers: &Answers) -> Verdicts {
    answers.list.iter().map(|a| (a.topic, a.verdict)).collect()
}

/// What the last change did: in words, and the topics it touched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changed {
    pub words: String,
    pub topics: Vec<Topic>,
}

/// What changed between two sets of verdicts, in words. Under one version
/// each topic is named by its question; across a change of version, or
/// for a topic the versions ask differently, by its name, with the version
/// now answering (`terms.md`: never one version's question over another's
/// answer).
pub fn what_changed(before: &Verdicts, after: &Verdicts, was: Terms, terms: Terms) -> Changed {
    let verdict_of =
        |list: &Verdicts, t: Topic| list.iter().find(|(x, _)| *x == t).map(|(_, v)| *v);
    let (topics, changes): (Vec<Topic>, Vec<String>) = Topic::ALL
        .iter()
        .filter_map(|&t| {
            let (name, under) = if was != terms || t.asked_differently() {
                let version =
                    text::version(terms, text::VersionWords::Noun) + &text::superseded_note(terms);
                (
                    text("changed-topic", &[("topic", &text::label(t))]),
                    text("changed-under", &[("terms", &version)]),
                )
            } else {
                (text::question(t, terms), String::new())
            };
            let words = match (verdict_of(before, t), verdict_of(after, t)) {
                (Some(a), Some(b)) if a != b => text(
                    "changed-now",
                    &[
                        ("topic", &name),
                        ("verdict", &text::label(b)),
                        ("under", &under),
                    ],
                ),
                (Some(_), None) => text(
                    "changed-no-longer-asked",
                    &[("topic", &name), ("under", &under)],
                ),
                (None, Some(b)) => text(
                    "changed-now-asked",
                    &[
                        ("topic", &name),
                        ("verdict", &text::label(b)),
                        ("under", &under),
                    ],
                ),
                _ => return None,
            };
            Some((t, words))
        })
        .unzip();
    Changed {
        words: if changes.is_empty() {
            text("changed-none", &[])
        } else {
            changes.join(" ")
        },
        topics,
    }
}

/// The row: a badge per answer, those the last change touched marked
/// (`data-changed`), and what the last change did.
pub fn verdict_row(answers: &Answers, changed: &Changed) -> Html {
    html! {
        <div class="verdict-row" data-summary="">
            <ul class="verdict-chips" aria-label={text("answers-in-short", &[])}>
                { for answers.list.iter().map(|a| html! {
                    <li>
                        <a class="chip" href={format!("#{}", address::answer_anchor(a.topic))}
                            data-summary-topic={a.topic.slug()} data-verdict={a.verdict.slug()}
                            data-changed={changed.topics.contains(&a.topic).then_some("")}
                            title={text::question(a.topic, answers.terms)}>
                            <span class="chip-q">{ text::short(a.topic) }</span>{ " " }{ badge(a.verdict) }
                        </a>
                    </li>
                }) }
            </ul>
            <p class="changed-now" aria-live="polite" aria-atomic="true" tabindex="0">{ changed.words.clone() }</p>
        </div>
    }
}
