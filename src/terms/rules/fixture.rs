//! A test-only version of the terms, dated 1 January 2099 (the cargo
//! feature `fixture-version`, never in a release build). It proves that
//! nothing assumes exactly two versions: it answers as the amended terms do,
//! except that nothing must launch on Azure first (`azure-first` is not
//! asked) and OpenAI's payments to Microsoft end after 2028. Its words are
//! kept with it, in `src/locales/en/fixture.ftl`.

use super::amended::{self, Amended};
use super::{answer, said_with, Answer, Rules, Topic, Value, Verdict};
use crate::terms::deadlines::Deadline;
use crate::terms::scenario::Scenario;

/// OpenAI's payments to Microsoft end after 2028 under the test terms.
pub(in crate::terms) const SHARE_ENDS: Deadline = Deadline {
    last_year: 2028,
    clause: "U5",
};

/// The test terms, as [`Rules`].
pub(in crate::terms) struct Fixture;

/// Asked as the amended terms ask them.
pub(in crate::terms) const QUESTIONS: &[(Topic, &str)] = amended::QUESTIONS;

/// The rule rows only these terms can fire (`SHARED_RULES` has the rest).
pub(in crate::terms) const OWN_RULES: &[(Topic, &str)] = &[
    (Topic::AzureRequired, "any-cloud"),
    (Topic::RevenueShare, "after-2028"),
];

impl Rules for Fixture {
    const PARTNER_NOTE: Option<&'static str> = Amended::PARTNER_NOTE;

    fn terms_changed() -> Answer {
        Amended::terms_changed()
    }

    fn agi_process_changed() -> Answer {
        Amended::agi_process_changed()
    }

    fn azure_required(s: &Scenario) -> Answer {
        Amended::azure_required(s)
    }

    /// The test terms drop "Azure first".
    fn azure_first(_: &Scenario) -> Option<Answer> {
        None
    }

    fn revenue_share(s: &Scenario) -> Answer {
        if SHARE_ENDS.passed(s.year) {
            answer(
                (Topic::RevenueShare, "after-2028"),
                Verdict::No,
                &["U5"],
                vec![said_with(
                    "fixture-revenue-share-after-2028",
                    &[("year", Value::Year(s.year))],
                )],
            )
        } else {
            Amended::revenue_share(s)
        }
    }

    fn ip_licence(s: &Scenario) -> Answer {
        Amended::ip_licence(s)
    }

    fn ip_exclusive(s: &Scenario) -> Answer {
        Amended::ip_exclusive(s)
    }
}
