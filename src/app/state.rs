//! A scenario's state, and every way it can change: the builder's and each
//! live example's (one reducer for both).
//!
//! Data flows one way: a link or a form edit becomes an [`Action`], and the
//! reducer turns it into a [`Scenario`] and asks the engine for its answers
//! under every version, once per change; what the change did to the
//! verdicts is worked out here too, so the view only draws.

use std::rc::Rc;

use yew::Reducible;

use crate::app::components::verdict_row::{verdicts, what_changed, Changed};
use crate::terms::{compare, Comparison, Field, InputError, Scenario, Topic, PRESETS};

#[derive(Clone, Debug, PartialEq)]
pub struct BuilderState {
    pub scenario: Scenario,
    /// Bad inputs, at most one per field, each already replaced by its default.
    pub errors: Vec<InputError>,
    /// The scenario's answers under every version.
    pub answers: Rc<Comparison>,
    /// Counts the reader's own changes. The address is rewritten only once
    /// there is one: opening the page never rewrites it.
    pub edits: u32,
    /// Keys the form's inputs: bumped when the whole scenario is replaced
    /// (preset, reset), so text boxes drop whatever half-typed text they held.
    pub form_key: u32,
    /// What the last change of scenario did to the verdicts (kept through
    /// changes that leave the scenario as it is, such as a copy).
    pub changed: Changed,
    /// The answers whose lists of changes the reader has opened.
    pub opened: Vec<Topic>,
    /// Whether the reader has opened the side-by-side table.
    pub comparing: bool,
    /// What the last copy did, for the status line.
    pub status: String,
}

pub enum Action {
    /// Set one field from what the reader chose or typed.
    Set(Field, String),
    /// Load a named preset, by its index in [`PRESETS`], under the version
    /// of the terms the reader chose.
    Preset(usize),
    /// Back to the default scenario.
    Reset,
    /// Replace the whole scenario (a "what would change this answer" link).
    Apply(Scenario),
    /// The reader opened (`true`) or closed an answer's list of changes.
    Toggle(Topic, bool),
    /// The reader opened (`true`) or closed the side-by-side table.
    Compare(bool),
    /// Say what a copy did.
    Status(String),
}

impl BuilderState {
    /// A scenario as a link gave it, with what was wrong in it.
    pub fn new(scenario: Scenario, errors: Vec<InputError>) -> Self {
        BuilderState {
            scenario,
            errors,
            answers: Rc::new(compare(&scenario)),
            edits: 0,
            form_key: 0,
            changed: Changed::default(),
            opened: Vec::new(),
            comparing: false,
            status: String::new(),
        }
    }

    /// The next state after the reader changed the scenario: its answers,
    /// and what the change did to them.
    fn changed_to(&self, scenario: Scenario, errors: Vec<InputError>, replaced: bool) -> Self {
        let answers = if scenario == self.scenario {
            self.answers.clone()
        } else {
            Rc::new(compare(&scenario))
        };
        let changed = if scenario == self.scenario {
            self.changed.clone()
        } else {
            what_changed(
                &verdicts(&self.answers.answers),
                &verdicts(&answers.answers),
                self.scenario.terms,
                scenario.terms,
            )
        };
        BuilderState {
            scenario,
            errors,
            answers,
            edits: self.edits + 1,
            form_key: self.form_key + u32::from(replaced),
            changed,
            opened: self.opened.clone(),
            comparing: self.comparing,
            status: String::new(),
        }
    }
}

impl Reducible for BuilderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Set(field, text) => {
                let (mut scenario, mut errors) = (self.scenario, self.errors.clone());
                scenario.edit(field, &text, &mut errors);
                self.changed_to(scenario, errors, false)
            }
            Action::Preset(index) => match PRESETS.get(index) {
                Some(preset) => {
                    self.changed_to(preset.under(self.scenario.terms), Vec::new(), true)
                }
                None => return self,
            },
            Action::Reset => self.changed_to(Scenario::default(), Vec::new(), true),
            Action::Apply(scenario) => self.changed_to(scenario, Vec::new(), true),
            Action::Toggle(topic, open) => {
                let mut opened: Vec<Topic> = self
                    .opened
                    .iter()
                    .copied()
                    .filter(|t| *t != topic)
                    .collect();
                if open {
                    opened.push(topic);
                }
                BuilderState {
                    opened,
                    ..(*self).clone()
                }
            }
            Action::Compare(comparing) => BuilderState {
                comparing,
                ..(*self).clone()
            },
            Action::Status(status) => BuilderState {
                status,
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::address::Address;
    use crate::terms::{Host, Terms, Verdict};

    fn run(query: &str, actions: Vec<Action>) -> Rc<BuilderState> {
        let link = Address::parse(query);
        actions.into_iter().fold(
            Rc::new(BuilderState::new(link.scenario, link.errors)),
            |s, a| s.reduce(a),
        )
    }

    #[test]
    fn a_link_sets_the_scenario_without_counting_as_an_edit() {
        let s = run("?host=azure&step=4&year=bad", vec![]);
        assert_eq!(s.scenario.host, Host::Azure);
        assert_eq!(s.errors.len(), 1);
        assert_eq!(s.edits, 0);
    }

    #[test]
    fn fixing_a_field_clears_its_message() {
        let s = run("", vec![Action::Set(Field::Revenue, "lots".into())]);
        assert_eq!(s.errors[0].field, Field::Revenue);
        let s = s.reduce(Action::Set(Field::Revenue, "500".into()));
        assert!(s.errors.is_empty());
        assert_eq!(s.scenario.revenue.to_string(), "500");
        assert_eq!(s.edits, 2);
    }

    #[test]
    fn presets_replace_the_scenario_and_its_messages() {
        let s = run(
            "",
            vec![Action::Set(Field::Year, "1800".into()), Action::Preset(3)],
        );
        assert!(s.errors.is_empty());
        assert_eq!(s.scenario, PRESETS[3].scenario);
        assert_eq!(s.form_key, 1);
        let feb = run("v=1", vec![Action::Preset(3)]);
        assert_eq!(
            feb.scenario,
            PRESETS[3].under(Terms::Statement),
            "keeps the reader's terms"
        );
        assert_eq!(
            run("", vec![Action::Preset(999)]).edits,
            0,
            "no such preset"
        );
    }

    #[test]
    fn every_change_brings_its_answers_and_what_it_did_to_them() {
        // Under February's terms the default deal must be served from Azure;
        // as amended it need not be.
        let s = run("v=1", vec![Action::Set(Field::Terms, "2026-04-27".into())]);
        assert_eq!(*s.answers, compare(&s.scenario));
        let azure = s.answers.answers.get(Topic::AzureRequired).unwrap();
        assert_eq!(azure.verdict, Verdict::No);
        assert!(s.changed.topics.contains(&Topic::AzureRequired));
        assert!(s.changed.words.contains("Now: No"), "{}", s.changed.words);
        // A copy, or opening an answer's changes, keeps what the last
        // change did and the answers themselves.
        let t = s
            .clone()
            .reduce(Action::Status("Link copied.".into()))
            .reduce(Action::Toggle(Topic::AzureRequired, true));
        assert_eq!(t.changed, s.changed);
        assert!(Rc::ptr_eq(&t.answers, &s.answers));
        assert_eq!(t.opened, vec![Topic::AzureRequired]);
        assert_eq!(t.status, "Link copied.");
        // The next change clears the status line; the same value again
        // changes nothing and keeps the words.
        let u = t.reduce(Action::Set(Field::Terms, "2026-04-27".into()));
        assert_eq!(u.status, "");
        assert_eq!(u.changed, s.changed);
    }
}
