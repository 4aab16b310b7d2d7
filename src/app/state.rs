//! The builder's state, and every way it can change.
//!
//! Data flows one way: a link or a form edit becomes an [`Action`], the
//! reducer turns it into a [`Scenario`], and the builder asks the engine for
//! answers when it renders.

use std::rc::Rc;

use yew::Reducible;

use crate::terms::{self, Field, InputError, Scenario, PRESETS};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct BuilderState {
    pub scenario: Scenario,
    /// Bad inputs, at most one per field, each already replaced by its default.
    pub errors: Vec<InputError>,
    /// Counts the reader's own changes. The address is rewritten only once
    /// there is one: opening the page never rewrites it.
    pub edits: u32,
    /// Keys the form's inputs: bumped when the whole scenario is replaced
    /// (preset, reset), so text boxes drop whatever half-typed text they held.
    pub form_key: u32,
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
}

impl BuilderState {
    /// The scenario a link describes, with what was wrong in it.
    pub fn from_query(query: &str) -> Self {
        let parsed = terms::parse(query);
        BuilderState {
            scenario: parsed.scenario,
            errors: parsed.errors,
            ..Default::default()
        }
    }

    /// The whole scenario replaced by the reader.
    fn replaced(&self, scenario: Scenario) -> Self {
        BuilderState {
            scenario,
            errors: Vec::new(),
            edits: self.edits + 1,
            form_key: self.form_key + 1,
        }
    }
}

impl Reducible for BuilderState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Set(field, text) => {
                let mut next = (*self).clone();
                next.scenario.edit(field, &text, &mut next.errors);
                next.edits += 1;
                Rc::new(next)
            }
            Action::Preset(index) => match PRESETS.get(index) {
                Some(preset) => Rc::new(self.replaced(preset.under(self.scenario.terms))),
                None => self,
            },
            Action::Reset => Rc::new(self.replaced(Scenario::default())),
            Action::Apply(scenario) => Rc::new(self.replaced(scenario)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(query: &str, actions: Vec<Action>) -> Rc<BuilderState> {
        actions
            .into_iter()
            .fold(Rc::new(BuilderState::from_query(query)), |s, a| s.reduce(a))
    }

    #[test]
    fn a_link_sets_the_scenario_without_counting_as_an_edit() {
        let s = run("?host=azure&step=4&year=bad", vec![]);
        assert_eq!(s.scenario.host, terms::Host::Azure);
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
            PRESETS[3].under(terms::Terms::Statement),
            "keeps the reader's terms"
        );
        assert_eq!(
            run("", vec![Action::Preset(999)]).edits,
            0,
            "no such preset"
        );
    }
}
