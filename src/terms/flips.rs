//! What would change an answer: the smallest changes to a scenario that give
//! a topic a different verdict, found by trying them, never written by hand.
//!
//! First every single-input change (each other word of each choice field,
//! the boundary years the rules use, AGI verified or not, the other version
//! of the terms); then, only for a topic no single change flips, pairs of
//! them. Changes that make a bad combination are skipped, as the form
//! disables them. Amounts never change a verdict, so they are not tried.

use super::choice::Choice;
use super::rules::{evaluate, Answers, Topic, Verdict};
use super::scenario::{Agi, Field, Scenario, FIRST_YEAR, LAST_YEAR};
use super::versions::VERSIONS;

/// The years at which this scenario's answers can turn: the rules' own
/// (each version's `deadlines`), and
/// the year the panel verifies AGI (and the one before), if it does.
fn boundary_years(s: &Scenario) -> Vec<u16> {
    let verified = match (s.agi, s.agi_year) {
        (Agi::Yes, Some(year)) => [year.saturating_sub(1), year],
        _ => [0; 2],
    };
    // The last year a rule of any version covers, and the year after.
    let turns = |y: u16| {
        VERSIONS
            .iter()
            .flat_map(|v| v.deadlines)
            .any(|d| y == d.last_year || y == d.last_year + 1)
    };
    // In order and once each, by walking the years rather than sorting
    // (a sort would bring its own code into the wasm).
    (FIRST_YEAR..=LAST_YEAR)
        .filter(|&y| turns(y) || verified.contains(&y))
        .collect()
}

/// The fields tried as changes, most plausible first (`Field::flip_rank`,
/// which every field states). In rank order by walking the ranks rather
/// than sorting (a sort would bring its own code into the wasm).
fn by_plausibility() -> impl Iterator<Item = Field> {
    let last = Field::ALL.iter().filter_map(|f| f.flip_rank()).max();
    (0..=last.unwrap_or(0)).flat_map(|rank| {
        Field::ALL
            .iter()
            .copied()
            .filter(move |f| f.flip_rank() == Some(rank))
    })
}

/// One input set to one value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub field: Field,
    /// The value as a link writes it.
    pub value: String,
}

/// A change that flips one answer, and what it gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flip {
    /// One edit, or two where no single edit flips the answer.
    pub edits: Vec<Edit>,
    pub scenario: Scenario,
    pub verdict: Verdict,
    pub cites: Vec<&'static str>,
}

/// Every single-input change worth trying, most plausible first: each one a
/// valid scenario that differs from `s` in that input.
pub fn single_edits(s: &Scenario) -> Vec<(Edit, Scenario)> {
    let mut out = Vec::new();
    for field in by_plausibility() {
        let values: Vec<String> = match field {
            Field::Year => boundary_years(s).iter().map(u16::to_string).collect(),
            _ => field.choices().iter().map(|w| w.to_string()).collect(),
        };
        for value in values {
            if s.get(field) == value {
                continue;
            }
            let mut next = *s;
            if next.set(field, &value).is_err() || next.repair().is_some() {
                continue;
            }
            // AGI "yes" means verified in the scenario's own year.
            if field == Field::Agi {
                next.agi_year = None;
            }
            out.push((Edit { field, value }, next));
        }
    }
    out
}

/// For every topic the scenario answers, the smallest changes that give it
/// a different verdict (singles; pairs only where no single change flips it),
/// most plausible first.
pub fn flips(s: &Scenario) -> Vec<(Topic, Vec<Flip>)> {
    let now = evaluate(s);
    let singles: Vec<(Edit, Scenario, Answers)> = single_edits(s)
        .into_iter()
        .map(|(edit, next)| {
            let answers = evaluate(&next);
            (edit, next, answers)
        })
        .collect();
    let mut pairs: Option<Vec<(Vec<Edit>, Scenario, Answers)>> = None;
    now.list
        .iter()
        .map(|answer| {
            let flipped = |answers: &Answers| {
                answers
                    .get(answer.topic)
                    .filter(|a| a.verdict != answer.verdict)
                    .map(|a| (a.verdict, a.cites.clone()))
            };
            let mut found: Vec<Flip> = singles
                .iter()
                .filter_map(|(edit, next, answers)| {
                    flipped(answers).map(|(verdict, cites)| Flip {
                        edits: vec![edit.clone()],
                        scenario: *next,
                        verdict,
                        cites,
                    })
                })
                .collect();
            if found.is_empty() {
                let pairs = pairs.get_or_insert_with(|| pair_edits(s, &singles));
                found = pairs
                    .iter()
                    .filter_map(|(edits, next, answers)| {
                        flipped(answers).map(|(verdict, cites)| Flip {
                            edits: edits.clone(),
                            scenario: *next,
                            verdict,
                            cites,
                        })
                    })
                    .collect();
            }
            (answer.topic, found)
        })
        .collect()
}

/// Two single edits to different fields, applied together (skipping bad
/// combinations), in order of the plausibility of both.
fn pair_edits(
    s: &Scenario,
    singles: &[(Edit, Scenario, Answers)],
) -> Vec<(Vec<Edit>, Scenario, Answers)> {
    let mut out = Vec::new();
    for (i, (first, _, _)) in singles.iter().enumerate() {
        for (second, _, _) in &singles[i + 1..] {
            if first.field == second.field {
                continue;
            }
            let mut next = *s;
            let ok = [first, second]
                .iter()
                .all(|e| next.set(e.field, &e.value).is_ok());
            if !ok || next.repair().is_some() {
                continue;
            }
            if first.field == Field::Agi || second.field == Field::Agi {
                next.agi_year = None;
            }
            let answers = evaluate(&next);
            out.push((vec![first.clone(), second.clone()], next, answers));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::Choice;

    /// A field ranked for trying has values to try: its words, or, for the
    /// year, the years where answers turn. A number field that should be
    /// tried needs its values here first, or it is silently never tried.
    #[test]
    fn every_field_tried_as_a_change_has_values_to_try() {
        for &field in Field::ALL {
            if field.flip_rank().is_some() {
                assert!(
                    field == Field::Year || !field.choices().is_empty(),
                    "{} is ranked but has no values to try",
                    field.slug()
                );
            }
        }
        let ranks: Vec<u8> = Field::ALL.iter().filter_map(|f| f.flip_rank()).collect();
        assert_eq!(
            by_plausibility().count(),
            ranks.len(),
            "every ranked field, once"
        );
        let tried: Vec<Field> = by_plausibility().collect();
        assert_eq!(tried[0], Field::Host, "where it runs, first");
    }
}
