//! One dated list of what happened and what ends, with whose word each is:
//! the step's timeline, the chart of verdicts by year, the Sources section
//! and the feed (`feed.xml`) are all drawn from [`events`]. Background
//! facts are written here; the versions of the terms, the press reports,
//! the corrections, the changes of the rules version and the years rights
//! end come from the engine's own registries, so no date is written twice.

use std::borrow::Cow;

use crate::terms::years::deciding_years;
use crate::terms::{
    Correction, Report, RulesChange, Status, Terms, CORRECTIONS, REPORTS, RULES_CHANGES, VERSIONS,
};

/// What an event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Background: what happened, and its source, are in the catalogue
    /// under its name (`event-NAME`, `event-NAME-source`).
    Fact(&'static str),
    /// A version of the terms: the day it was described or agreed (its
    /// words: `event-terms-DATE`, `event-terms-DATE-source`).
    Version(Terms),
    /// A press report about the terms, with its status.
    Report(&'static Report),
    /// A rule corrected after it shipped: number (from 1) and entry.
    Correction(usize, &'static Correction),
    /// The rules version changed, shipping corrections.
    Rules(&'static RulesChange),
    /// The last year some right or payment runs, with the clauses that set
    /// it (`event-ends-YEAR`).
    Ends(u16),
}

/// One dated event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// ISO: a year, a month or a day (`<time datetime>`); for [`Kind::Ends`],
    /// the year whose end it is.
    pub when: Cow<'static, str>,
    /// The month it ran until, where it is a span (ISO).
    pub until: Option<&'static str>,
    pub kind: Kind,
    /// Whose word it is.
    pub status: Status,
    /// Whether the step's timeline shows it.
    pub on_timeline: bool,
}

/// A background fact.
const fn fact(when: &'static str, name: &'static str, status: Status, on_timeline: bool) -> Event {
    Event {
        when: Cow::Borrowed(when),
        until: None,
        kind: Kind::Fact(name),
        status,
        on_timeline,
    }
}

/// The background facts the walkthrough mentions, in date order.
static FACTS: [Event; 8] = [
    fact("2019", "partnership", Status::Report, true),
    fact("2023-01", "extension", Status::Report, true),
    fact("2025-10-28", "agreement", Status::Official, true),
    fact("2026-02-27", "funding", Status::Report, false),
    fact("2026-02-27", "amazon", Status::Official, false),
    fact("2026-03", "legal-report", Status::Report, false),
    fact("2026-04-28", "bedrock", Status::Report, false),
    Event {
        when: Cow::Borrowed("2026-04"),
        until: Some("2026-06"),
        kind: Kind::Fact("coverage"),
        status: Status::Report,
        on_timeline: false,
    },
];

/// Every version of the terms, as events.
fn versions() -> impl Iterator<Item = Event> {
    VERSIONS.iter().map(|v| Event {
        when: Cow::Borrowed(v.date),
        until: None,
        kind: Kind::Version(v.terms),
        status: Status::Official,
        on_timeline: true,
    })
}

/// The end of each year a right or payment runs through.
fn ends() -> impl Iterator<Item = Event> {
    deciding_years().into_iter().map(|(year, _)| Event {
        when: Cow::Owned(year.to_string()),
        until: None,
        kind: Kind::Ends(year),
        status: Status::Official,
        on_timeline: true,
    })
}

/// In date order, by inserting each after every event not later, so
/// same-day events keep their order; the end of a year comes after
/// everything dated in it. (By hand: a sort would bring its own code into
/// the wasm, for the timeline.)
fn in_order(all: impl Iterator<Item = Event>) -> Vec<Event> {
    let mut ordered: Vec<Event> = Vec::new();
    for e in all {
        let at = ordered
            .iter()
            .rposition(|o| o.order() <= e.order())
            .map_or(0, |i| i + 1);
        ordered.insert(at, e);
    }
    ordered
}

/// The events the step's timeline shows, in date order: built apart
/// from [`events`], so the wasm, which draws only the timeline, holds none
/// of the rest.
pub fn timeline() -> Vec<Event> {
    let facts = FACTS.iter().filter(|e| e.on_timeline).cloned();
    in_order(facts.chain(versions()).chain(ends()))
}

/// Every event, in date order (events on the same day keep the order
/// here: facts, then the version, the report, the correction and the rules
/// change).
pub fn events() -> Vec<Event> {
    let reports = REPORTS.iter().map(|r| Event {
        when: Cow::Borrowed(r.date),
        until: None,
        kind: Kind::Report(r),
        status: r.status,
        on_timeline: false,
    });
    let corrections = CORRECTIONS.iter().enumerate().map(|(i, c)| Event {
        when: Cow::Borrowed(c.since),
        until: None,
        kind: Kind::Correction(i + 1, c),
        status: Status::Official,
        on_timeline: false,
    });
    let rules = RULES_CHANGES.iter().map(|r| Event {
        when: Cow::Borrowed(r.date),
        until: None,
        kind: Kind::Rules(r),
        status: Status::Official,
        on_timeline: false,
    });
    in_order(
        FACTS
            .iter()
            .cloned()
            .chain(versions())
            .chain(reports)
            .chain(corrections)
            .chain(rules)
            .chain(ends()),
    )
}

impl Event {
    /// Where it sorts: by year, then a year's end last, then by its date.
    fn order(&self) -> (u16, bool, &str) {
        (self.year(), matches!(self.kind, Kind::Ends(_)), &self.when)
    }

    /// The year it is in.
    pub fn year(&self) -> u16 {
        self.when
            .get(..4)
            .and_then(|y| y.parse().ok())
            .unwrap_or_default()
    }

    /// Whether its source is in the catalogue in words
    /// (`event-NAME-source`): a fact's or a version's.
    pub fn sourced_in_words(&self) -> bool {
        matches!(self.kind, Kind::Fact(_) | Kind::Version(_))
    }

    /// Its name in the catalogue, for the kinds whose words are there by
    /// name (`event-NAME`): a fact, a version, a year's end.
    pub fn message(&self) -> Option<String> {
        match self.kind {
            Kind::Fact(name) => Some(format!("event-{name}")),
            Kind::Version(terms) => Some(format!("event-terms-{}", terms.info().date)),
            Kind::Ends(year) => Some(format!("event-ends-{year}")),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_has_a_date_in_order_and_every_deciding_year_its_end() {
        let all = events();
        for e in &all {
            assert!(e.year() >= 2019, "{e:?} has no date");
        }
        for pair in all.windows(2) {
            assert!(
                pair[0].year() <= pair[1].year(),
                "{:?} before {:?}",
                pair[0],
                pair[1]
            );
        }
        let timeline: Vec<String> = all
            .iter()
            .filter(|e| e.on_timeline)
            .filter_map(Event::message)
            .collect();
        let drawn: Vec<String> = super::timeline()
            .iter()
            .filter_map(Event::message)
            .collect();
        assert_eq!(drawn, timeline, "the timeline is the list's own");
        if cfg!(not(feature = "fixture-version")) {
            assert_eq!(
                timeline,
                [
                    "event-partnership",
                    "event-extension",
                    "event-agreement",
                    "event-terms-2026-02-27",
                    "event-terms-2026-04-27",
                    "event-ends-2030",
                    "event-ends-2032",
                ],
                "the timeline, in order"
            );
        }
    }
}
