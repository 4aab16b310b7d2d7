//! The dated versions of the terms, in one registry ordered by date: each
//! version's date, names, and rules. Everything that needs "the other
//! version", "the latest" or "what superseded this" asks the registry, so a
//! new version is one entry here and one rules file (`CONTRIBUTING.md`,
//! "A new version of the terms").

// The test-only version never reaches a reader: neither the wasm nor the
// build's renderer (`src/bin/prerender.rs`) compiles with it.
#[cfg(all(feature = "fixture-version", target_arch = "wasm32"))]
compile_error!("the feature fixture-version is for tests only, never for the wasm");

use super::choice::Choice;
use super::deadlines::{
    Deadline, LICENCE_ENDS, LICENCE_ENDS_AS_AMENDED, RESEARCH_IP_ENDS, REVENUE_SHARE_ENDS,
};
use super::rules::{self, Answer, Topic};
use super::scenario::Scenario;

/// Which version of the terms answers (`terms.md`, "Versions of the
/// terms"). Its link word is the version's date; every date keeps its
/// meaning forever (`contract.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Terms {
    /// As the statement of 27 February 2026 described them.
    Statement,
    /// As amended on 27 April 2026.
    Amended,
    /// A test-only version, never in a release build: it proves that
    /// nothing assumes exactly two versions.
    #[cfg(feature = "fixture-version")]
    Fixture,
}

/// One dated version of the terms. Its names for people are in the
/// catalogue, under its date (`terms-DATE`, `terms-DATE-phrase`, …;
/// `app::text::version`).
pub struct Version {
    pub terms: Terms,
    /// ISO date: the `terms=` value and `<time datetime>`.
    pub date: &'static str,
    /// The page markers that carry this version's answer on each finding
    /// and decision-table cell (`contract.md`): `data-verdict-DATE` and
    /// `data-cites-DATE`, made from the date by [`version!`].
    pub verdict_attr: &'static str,
    pub cites_attr: &'static str,
    /// Where this version asks a topic in its own words (`terms.md`: the
    /// topics about change), by the question's name in the catalogue;
    /// every other topic asks [`Topic::question`]'s.
    pub questions: &'static [(Topic, &'static str)],
    /// How this version answers one topic, if it asks it of the scenario.
    pub ask: fn(Topic, &Scenario) -> Option<Answer>,
    /// The rule rows only this version fires (`rules::SHARED_RULES` has the rest).
    pub own_rules: &'static [(Topic, &'static str)],
    /// Whether it caps OpenAI's revenue-share payments in total (the
    /// estimate says it ignores the cap).
    pub share_capped: bool,
    /// The years its rules turn on, each with its clause
    /// (`deadlines`): "what would change this answer" tries each and the
    /// year after, and the chart of verdicts by year marks them.
    pub deadlines: &'static [Deadline],
}

/// One registry entry; the date is written once, and the markers are made
/// from it.
macro_rules! version {
    ($terms:expr, $date:literal, {$($field:ident: $value:expr),+ $(,)?}) => {
        Version {
            terms: $terms,
            date: $date,
            verdict_attr: concat!("data-verdict-", $date),
            cites_attr: concat!("data-cites-", $date),
            $($field: $value),+
        }
    };
}

/// Every version, in date order: the one list a new version is added to.
pub const VERSIONS: &[Version] = &[
    version!(Terms::Statement, "2026-02-27", {
        questions: rules::statement::QUESTIONS,
        ask: rules::ask::<rules::statement::Statement>,
        own_rules: rules::statement::OWN_RULES,
        share_capped: false,
        deadlines: &[RESEARCH_IP_ENDS, LICENCE_ENDS],
    }),
    version!(Terms::Amended, "2026-04-27", {
        questions: rules::amended::QUESTIONS,
        ask: rules::ask::<rules::amended::Amended>,
        own_rules: rules::amended::OWN_RULES,
        // U5: a total cap, whose amount the companies have not published.
        share_capped: true,
        deadlines: &[REVENUE_SHARE_ENDS, RESEARCH_IP_ENDS, LICENCE_ENDS_AS_AMENDED],
    }),
    #[cfg(feature = "fixture-version")]
    version!(Terms::Fixture, "2099-01-01", {
        questions: rules::fixture::QUESTIONS,
        ask: rules::ask::<rules::fixture::Fixture>,
        own_rules: rules::fixture::OWN_RULES,
        share_capped: true,
        deadlines: &[
            rules::fixture::SHARE_ENDS,
            RESEARCH_IP_ENDS,
            LICENCE_ENDS_AS_AMENDED,
        ],
    }),
];

// "The other version" needs at least two.
const _: () = assert!(VERSIONS.len() >= 2);

/// Every version's date, in date order (`data-versions`).
pub const VERSION_DATES: [&str; VERSIONS.len()] = {
    let mut out = [""; VERSIONS.len()];
    let mut i = 0;
    while i < VERSIONS.len() {
        out[i] = VERSIONS[i].date;
        i += 1;
    }
    out
};

/// The position of a version in [`VERSIONS`] (its place in date order).
const fn index(terms: Terms) -> usize {
    let mut i = 0;
    while i < VERSIONS.len() {
        if VERSIONS[i].terms as usize == terms as usize {
            return i;
        }
        i += 1;
    }
    panic!("a version of the terms missing from VERSIONS")
}

/// Every version newest first, as the terms control lists them.
const NEWEST_FIRST: [Terms; VERSIONS.len()] = {
    let mut out = [VERSIONS[0].terms; VERSIONS.len()];
    let mut i = 0;
    while i < VERSIONS.len() {
        out[i] = VERSIONS[VERSIONS.len() - 1 - i].terms;
        i += 1;
    }
    out
};

/// The link words, in the same order.
const NEWEST_FIRST_DATES: [&str; VERSIONS.len()] = {
    let mut out = [""; VERSIONS.len()];
    let mut i = 0;
    while i < VERSIONS.len() {
        out[i] = VERSIONS[VERSIONS.len() - 1 - i].date;
        i += 1;
    }
    out
};

impl Terms {
    /// The latest version: what a reader who arrives today is answered
    /// under, unless the address says otherwise.
    pub const LATEST: Terms = VERSIONS[VERSIONS.len() - 1].terms;

    /// This version's registry entry.
    pub const fn info(self) -> &'static Version {
        &VERSIONS[index(self)]
    }

    /// The version that superseded this one, if one has.
    pub fn superseded_by(self) -> Option<Terms> {
        VERSIONS.get(index(self) + 1).map(|v| v.terms)
    }

    /// The version this one is compared with, where one answer stands
    /// beside another ("what changed", `data-other-*`): the one just
    /// before, and for the earliest, the one after.
    pub fn compared_with(self) -> Terms {
        match index(self) {
            0 => VERSIONS[1].terms,
            i => VERSIONS[i - 1].terms,
        }
    }

    /// In date order.
    pub fn all() -> impl DoubleEndedIterator<Item = Terms> {
        VERSIONS.iter().map(|v| v.terms)
    }
}

impl Choice for Terms {
    const ALL: &'static [Terms] = &NEWEST_FIRST;
    const SLUGS: &'static [&'static str] = &NEWEST_FIRST_DATES;
    const KIND: &'static str = "terms";

    fn slug(self) -> &'static str {
        self.info().date
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_is_in_date_order_with_one_entry_per_version() {
        for pair in VERSIONS.windows(2) {
            assert!(pair[0].date < pair[1].date, "{}", pair[1].date);
        }
        for (i, v) in VERSIONS.iter().enumerate() {
            assert_eq!(index(v.terms), i, "{} is listed once", v.date);
            assert_eq!(Terms::from_slug(v.date), Some(v.terms));
        }
        assert_eq!(Terms::ALL.len(), VERSIONS.len());
        assert_eq!(
            Terms::ALL[0],
            Terms::LATEST,
            "the control lists the latest first"
        );
    }

    #[test]
    fn each_version_is_compared_with_the_one_before_and_the_earliest_with_the_next() {
        assert_eq!(VERSIONS[0].terms.compared_with(), VERSIONS[1].terms);
        for pair in VERSIONS.windows(2) {
            assert_eq!(pair[1].terms.compared_with(), pair[0].terms);
            assert_eq!(pair[0].terms.superseded_by(), Some(pair[1].terms));
        }
        assert_eq!(Terms::LATEST.superseded_by(), None);
    }
}
