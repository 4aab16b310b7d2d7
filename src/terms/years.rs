//! Year by year: one scenario answered for every year a scenario can name
//! (`FIRST_YEAR` to `LAST_YEAR`) under every version of the terms, for the
//! chart of verdicts by year. Each year's answers are exactly the builder's
//! for the scenario [`in_year`] gives.

use super::choice::Choice;
#[cfg(test)]
use super::deadlines::Deadline;
use super::rules::{evaluate, Topic, Verdict};
use super::scenario::{Agi, Scenario, FIRST_YEAR, LAST_YEAR};
use super::versions::{Terms, VERSIONS};

/// The scenario set in `year`, with AGI verified in the year the scenario
/// says (its own year where it names none), so moving through the years
/// never moves the verification.
pub fn in_year(s: &Scenario, year: u16) -> Scenario {
    let agi_year = match s.agi {
        Agi::Yes => Some(s.agi_year.unwrap_or(s.year)),
        Agi::No => None,
    };
    Scenario {
        year,
        agi_year,
        ..*s
    }
}

/// One topic's answer in one year under one version: what a chart cell
/// shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub verdict: Verdict,
    pub cites: Vec<&'static str>,
}

/// A scenario answered for every year under every version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Years {
    /// The versions, the scenario's own first, then the others newest
    /// first.
    pub versions: Vec<Terms>,
    /// Every topic some version asks in some year, in the engine's order.
    pub topics: Vec<Topic>,
    /// The year AGI is verified in, if the scenario says it is.
    pub verified_in: Option<u16>,
    /// By topic, then version, then year: `None` where the version does
    /// not ask the topic that year.
    marks: Vec<Option<Mark>>,
}

/// How many years a scenario can name.
pub const YEAR_COUNT: usize = (LAST_YEAR - FIRST_YEAR + 1) as usize;

/// Every year a scenario can name, in order.
pub fn all_years() -> impl DoubleEndedIterator<Item = u16> + Clone {
    FIRST_YEAR..=LAST_YEAR
}

/// Answers the scenario in every year under every version.
pub fn years(s: &Scenario) -> Years {
    let versions: Vec<Terms> = std::iter::once(s.terms)
        .chain(Terms::all().rev().filter(|&t| t != s.terms))
        .collect();
    // By version, then year.
    let answered: Vec<_> = versions
        .iter()
        .flat_map(|&terms| {
            all_years().map(move |y| {
                evaluate(&Scenario {
                    terms,
                    ..in_year(s, y)
                })
            })
        })
        .collect();
    let topics: Vec<Topic> = Topic::ALL
        .iter()
        .copied()
        .filter(|&t| answered.iter().any(|a| a.get(t).is_some()))
        .collect();
    let marks = topics
        .iter()
        .flat_map(|&t| {
            answered.iter().map(move |a| {
                a.get(t).map(|a| Mark {
                    verdict: a.verdict,
                    cites: a.cites.clone(),
                })
            })
        })
        .collect();
    Years {
        versions,
        topics,
        verified_in: in_year(s, s.year).agi_year,
        marks,
    }
}

impl Years {
    /// One topic's answer in one year under one version; `None` where that
    /// version does not ask it then (or the year is out of range).
    pub fn mark(&self, topic: Topic, terms: Terms, year: u16) -> Option<&Mark> {
        let t = self.topics.iter().position(|&x| x == topic)?;
        let v = self.versions.iter().position(|&x| x == terms)?;
        let y = usize::from(year.checked_sub(FIRST_YEAR)?);
        if y >= YEAR_COUNT {
            return None;
        }
        self.marks[(t * self.versions.len() + v) * YEAR_COUNT + y].as_ref()
    }

    /// One topic under one version, year by year: each run of years with
    /// the same answer, as (first year, last year, answer).
    pub fn runs(&self, topic: Topic, terms: Terms) -> Vec<(u16, u16, Option<&Mark>)> {
        let mut out: Vec<(u16, u16, Option<&Mark>)> = Vec::new();
        for y in all_years() {
            let mark = self.mark(topic, terms, y);
            match out.last_mut() {
                Some(run) if run.2 == mark => run.1 = y,
                _ => out.push((y, y, mark)),
            }
        }
        out
    }
}

/// The years where some version's answers turn, each with the clauses
/// that set it (the chart marks them), in order.
pub fn deciding_years() -> Vec<(u16, Vec<&'static str>)> {
    let mut out: Vec<(u16, Vec<&'static str>)> = Vec::new();
    for y in all_years() {
        let mut clauses: Vec<&str> = Vec::new();
        for d in VERSIONS.iter().flat_map(|v| v.deadlines) {
            if d.last_year == y && !clauses.contains(&d.clause) {
                clauses.push(d.clause);
            }
        }
        if !clauses.is_empty() {
            out.push((y, clauses));
        }
    }
    out
}

/// Whether a deadline ends in a year a scenario can name.
#[cfg(test)]
const fn in_range(d: Deadline) -> bool {
    d.last_year >= FIRST_YEAR && d.last_year <= LAST_YEAR
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::{Field, Offering, PRESETS};

    /// Scenarios that reach every rule that reads the year: the examples,
    /// and each with AGI verified in 2028 and in 2035.
    fn scenarios() -> Vec<Scenario> {
        let mut out: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario).collect();
        out.push(Scenario::DEFAULT);
        for base in out.clone() {
            for agi_year in ["2028", "2035"] {
                let mut s = base;
                s.set(Field::Agi, "yes").unwrap();
                s.set(Field::AgiYear, agi_year).unwrap();
                out.push(s);
            }
            for offering in [Offering::ResearchModel, Offering::StatelessApi] {
                let mut s = Scenario { offering, ..base };
                if s.repair().is_none() {
                    out.push(s);
                }
            }
        }
        out
    }

    #[test]
    fn every_mark_is_the_answer_for_that_year_under_that_version() {
        for s in scenarios() {
            let years = years(&s);
            assert_eq!(years.versions[0], s.terms, "the scenario's version first");
            for &terms in &years.versions {
                for y in all_years() {
                    let answers = evaluate(&Scenario {
                        terms,
                        ..in_year(&s, y)
                    });
                    for &topic in Topic::ALL {
                        let want = answers.get(topic).map(|a| (a.verdict, a.cites.clone()));
                        let got = years
                            .mark(topic, terms, y)
                            .map(|m| (m.verdict, m.cites.clone()));
                        assert_eq!(got, want, "{topic:?} in {y} under {}: {s:?}", terms.slug());
                    }
                }
            }
        }
    }

    #[test]
    fn the_verification_year_stays_where_the_scenario_puts_it() {
        let mut s = Scenario::DEFAULT;
        s.set(Field::Year, "2029").unwrap();
        s.set(Field::Agi, "yes").unwrap();
        assert_eq!(years(&s).verified_in, Some(2029), "its own year");
        assert!(!in_year(&s, 2028).verified() && in_year(&s, 2029).verified());
        s.set(Field::AgiYear, "2033").unwrap();
        assert_eq!(years(&s).verified_in, Some(2033));
        assert_eq!(years(&Scenario::DEFAULT).verified_in, None);
    }

    #[test]
    fn runs_cover_every_year_once() {
        for s in scenarios() {
            let years = years(&s);
            for &t in &years.topics {
                for &terms in &years.versions {
                    let runs = years.runs(t, terms);
                    assert_eq!(runs[0].0, FIRST_YEAR);
                    assert_eq!(runs[runs.len() - 1].1, LAST_YEAR);
                    for pair in runs.windows(2) {
                        assert_eq!(pair[0].1 + 1, pair[1].0);
                        assert_ne!(pair[0].2, pair[1].2, "a run ends where the answer changes");
                    }
                }
            }
        }
    }

    #[test]
    fn the_deciding_years_are_the_rules_own_and_in_range() {
        let deciding = deciding_years();
        for v in VERSIONS {
            for &d in v.deadlines {
                assert!(in_range(d), "{} ends out of range", d.clause);
                let (_, clauses) = deciding
                    .iter()
                    .find(|(y, _)| *y == d.last_year)
                    .expect("every deadline is a deciding year");
                assert!(clauses.contains(&d.clause));
            }
        }
        // The answers of some scenario turn the year after each.
        for (y, _) in &deciding {
            let turns = scenarios().iter().any(|s| {
                let years = years(s);
                years.topics.iter().any(|&t| {
                    years
                        .versions
                        .iter()
                        .any(|&v| years.mark(t, v, *y) != years.mark(t, v, y + 1))
                })
            });
            assert!(turns, "no answer turns after {y}");
        }
    }
}
