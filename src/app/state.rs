//! The page's one piece of shared state, and every way it can change.
//!
//! Data flows one way: a link or a form edit becomes an [`Action`], the
//! reducer turns it into a [`Scenario`], and components ask the engine for
//! answers when they render.

use std::rc::Rc;

use yew::Reducible;

use crate::app::view::{Embed, Theme, ViewOptions};
use crate::content::steps::STEPS;
use crate::terms::{self, link, Field, InputError, Scenario, PRESETS};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    pub scenario: Scenario,
    /// Bad inputs, at most one per field, each already replaced by its default.
    pub errors: Vec<InputError>,
    /// The walkthrough step on show, 1-based.
    pub step: usize,
    /// Counts the reader's own changes; 0 until the first one. The address is
    /// rewritten only after the reader changes something.
    pub revision: u32,
    /// Whether the address has been read; until then the page shows the
    /// default scenario and says it is busy.
    pub loaded: bool,
    /// Embed mode, theme and background, from the link.
    pub view: ViewOptions,
    /// Bumped when the whole scenario is replaced (link, preset, reset), so
    /// text boxes drop whatever half-typed text they held.
    pub generation: u32,
}

pub enum Action {
    /// Read the scenario and step from a query string.
    OpenLink(String),
    /// Set one field from what the reader chose or typed.
    Set(Field, String),
    /// Load a named preset, by its index in [`PRESETS`].
    Preset(usize),
    /// Back to the default scenario.
    Reset,
    /// Show walkthrough step N (clamped to the steps there are).
    GoTo(usize),
    /// Move this many steps forward (or back, when negative).
    Move(isize),
    /// The embedding page asked for a theme.
    SetTheme(Theme),
}

/// `step=N` from a link, if it names a step; otherwise the first step.
pub fn step_from_query(query: &str) -> usize {
    link::param(query, "step")
        .and_then(|s| s.trim().parse().ok())
        .map(clamp_step)
        .unwrap_or(1)
}

fn clamp_step(n: usize) -> usize {
    n.clamp(1, STEPS.len())
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            step: 1,
            ..Default::default()
        }
    }
}

impl AppState {
    /// Shows step `n` (clamped); a move of the reader's, so it counts.
    fn show_step(self: Rc<Self>, n: usize) -> Rc<Self> {
        let step = clamp_step(n);
        if step == self.step {
            return self;
        }
        Rc::new(AppState {
            step,
            revision: self.revision + 1,
            ..(*self).clone()
        })
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::OpenLink(query) => {
                let parsed = terms::parse(&query);
                next.scenario = parsed.scenario;
                next.errors = parsed.errors;
                next.step = step_from_query(&query);
                next.view = ViewOptions::from_query(&query);
                next.loaded = true;
                next.generation += 1;
                return Rc::new(next);
            }
            Action::Set(field, text) => next.scenario.edit(field, &text, &mut next.errors),
            Action::Preset(index) => {
                let Some(preset) = PRESETS.get(index) else {
                    return self;
                };
                next.scenario = preset.scenario;
                next.errors.clear();
                next.generation += 1;
            }
            Action::Reset => {
                next.scenario = Scenario::default();
                next.errors.clear();
                next.generation += 1;
            }
            Action::SetTheme(theme) => {
                next.view.theme = theme;
                return Rc::new(next);
            }
            // An embed of one step shows that step only.
            Action::GoTo(_) | Action::Move(_) if self.view.embed == Embed::Step => return self,
            Action::GoTo(step) => return self.show_step(step),
            Action::Move(delta) => {
                let target = self.step.saturating_add_signed(delta);
                return self.show_step(target);
            }
        }
        next.revision += 1;
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: Vec<Action>) -> Rc<AppState> {
        actions
            .into_iter()
            .fold(Rc::new(AppState::new()), |s, a| s.reduce(a))
    }

    #[test]
    fn a_link_sets_scenario_and_step_without_counting_as_an_edit() {
        let s = run(vec![Action::OpenLink("?host=azure&step=4&year=bad".into())]);
        assert_eq!(s.scenario.host, terms::Host::Azure);
        assert_eq!(s.step, 4);
        assert_eq!(s.errors.len(), 1);
        assert_eq!(s.revision, 0);
    }

    #[test]
    fn steps_are_clamped() {
        assert_eq!(step_from_query("step=0"), 1);
        assert_eq!(step_from_query("step=99"), STEPS.len());
        assert_eq!(step_from_query("step=x"), 1);
        assert_eq!(run(vec![Action::GoTo(42)]).step, STEPS.len());
    }

    #[test]
    fn fixing_a_field_clears_its_message() {
        let s = run(vec![Action::Set(Field::Revenue, "lots".into())]);
        assert_eq!(s.errors[0].field, Field::Revenue);
        let s = s.reduce(Action::Set(Field::Revenue, "500".into()));
        assert!(s.errors.is_empty());
        assert_eq!(s.scenario.revenue.to_string(), "500");
    }

    #[test]
    fn presets_replace_the_scenario_and_its_messages() {
        let s = run(vec![
            Action::Set(Field::Year, "1800".into()),
            Action::Preset(3),
        ]);
        assert!(s.errors.is_empty());
        assert_eq!(s.scenario, PRESETS[3].scenario);
        assert_eq!(s.generation, 1);
    }
}
