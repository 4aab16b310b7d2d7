//! The terms as amended on 27 April 2026 (`terms.md`, "Answers as
//! amended"). Where the amendment is silent, the earlier terms are assumed
//! to stand, and the trace says so.

use super::{
    a10_reading, answer, built_with_partner, cloud_partner, no_rights_in_hardware,
    partner_is_cloud, research_exclusivity, research_rights_ended, revenue_assumed,
    revenue_unnamed, revenue_unsaid, said, said_with, Answer, Rules, Said, Topic, Value, Verdict,
};
use crate::terms::deadlines::{LICENCE_ENDS_AS_AMENDED, RESEARCH_IP_ENDS, REVENUE_SHARE_ENDS};
use crate::terms::scenario::{Channel, Customer, Offering, Partner, Scenario};

/// Said wherever an answer rests on the earlier terms alone.
fn assumed() -> Said {
    said("amended-assumed")
}

/// The amended terms, as [`Rules`].
pub(in crate::terms) struct Amended;

/// The topics about change, asked about the time since the statement
/// (`terms.md`).
pub(in crate::terms) const QUESTIONS: &[(Topic, &str)] = &[
    (
        Topic::TermsChanged,
        "question-terms-changed-since-statement",
    ),
    (
        Topic::AgiProcessChanged,
        "question-agi-process-changed-since-statement",
    ),
];

/// The rule rows only these terms can fire (`SHARED_RULES` has the rest).
pub(in crate::terms) const OWN_RULES: &[(Topic, &str)] = &[
    (Topic::AzureRequired, "any-cloud"),
    (Topic::AzureFirst, "national-security"),
    (Topic::AzureFirst, "co-developed-product"),
    (Topic::AzureFirst, "runtime-with-partner"),
    (Topic::AzureFirst, "otherwise"),
    (Topic::RevenueShare, "after-2030"),
];

impl Rules for Amended {
    const PARTNER_NOTE: Option<&'static str> = Some("amended-partner-anticipated-any-cloud");

    fn terms_changed() -> Answer {
        answer(
            (Topic::TermsChanged, "always"),
            Verdict::Yes,
            &["U1", "U2", "U3", "U4", "U5"],
            vec![said("amended-terms-changed-always")],
        )
    }

    fn agi_process_changed() -> Answer {
        answer(
            (Topic::AgiProcessChanged, "always"),
            Verdict::NotAddressed,
            &["A13", "U5"],
            vec![said("amended-agi-process-changed-always")],
        )
        .unsaid(said("amended-agi-process-changed-always-unsaid"))
    }

    fn azure_required(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::AzureRequired;
        match s.offering {
            Offering::StatelessApi if s.customer == Customer::UsNationalSecurity => answer(
                (t, "national-security"),
                No,
                &["B10", "U2"],
                vec![said("amended-azure-required-national-security")],
            ),
            Offering::ResearchModel => answer(
                (t, "research-model"),
                NotAddressed,
                &["B3"],
                vec![said("amended-azure-required-research-model"), assumed()],
            )
            .unsaid(said("amended-azure-required-research-model-unsaid")),
            Offering::ConsumerHardware => answer(
                (t, "consumer-hardware"),
                No,
                &["U2"],
                vec![said("amended-azure-required-consumer-hardware")],
            ),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                No,
                &["J1", "B9"],
                vec![said("amended-azure-required-training-compute"), assumed()],
            ),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                No,
                &["B11"],
                vec![said("amended-azure-required-open-weight-model"), assumed()],
            ),
            Offering::StatelessApi
            | Offering::StatefulRuntime
            | Offering::FirstPartyProduct
            | Offering::CoDevelopedProduct => answer(
                (t, "any-cloud"),
                No,
                &["U1", "U2"],
                vec![said("amended-azure-required-any-cloud")],
            ),
        }
    }

    /// Asked only of what OpenAI offers as a product or service.
    fn azure_first(s: &Scenario) -> Option<Answer> {
        use Verdict::*;
        let t = Topic::AzureFirst;
        Some(match s.offering {
            Offering::StatelessApi if s.customer == Customer::UsNationalSecurity => answer(
                (t, "national-security"),
                NotAddressed,
                &["U1", "B10"],
                vec![said("amended-azure-first-national-security")],
            )
            .unsaid(said("amended-azure-first-national-security-unsaid")),
            Offering::CoDevelopedProduct => answer(
                (t, "co-developed-product"),
                NotAddressed,
                &["U1", "B5"],
                vec![said("amended-azure-first-co-developed-product")],
            )
            .unsaid(said("amended-azure-first-co-developed-product-unsaid")),
            Offering::StatefulRuntime if s.partner != Partner::None => answer(
                (t, "runtime-with-partner"),
                NotAddressed,
                &["U1", "B5"],
                vec![said("amended-azure-first-runtime-with-partner")],
            )
            .unsaid(said("amended-azure-first-runtime-with-partner-unsaid")),
            Offering::StatelessApi | Offering::StatefulRuntime | Offering::FirstPartyProduct => {
                answer(
                    (t, "otherwise"),
                    Yes,
                    &["U1"],
                    vec![said("amended-azure-first-otherwise")],
                )
                .unsaid(said("amended-azure-first-otherwise-unsaid"))
            }
            _ => return None,
        })
    }

    fn revenue_share(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::RevenueShare;
        if REVENUE_SHARE_ENDS.passed(s.year) {
            answer(
                (t, "after-2030"),
                No,
                &["U5"],
                vec![said_with(
                    "amended-revenue-share-after-2030",
                    &[("year", Value::Year(s.year))],
                )],
            )
        } else if s.offering == Offering::TrainingCompute {
            answer(
                (t, "training-compute"),
                NotAddressed,
                &["U5"],
                vec![said("amended-revenue-share-training-compute")],
            )
            .unsaid(said("amended-revenue-share-training-compute-unsaid"))
        } else if s.channel == Channel::Microsoft {
            answer(
                (t, "sold-by-microsoft"),
                No,
                &["U4"],
                vec![said("amended-revenue-share-sold-by-microsoft")],
            )
        } else if partner_is_cloud(s.partner) {
            cloud_partner(
                s,
                &["U5", "A10"],
                vec![said("amended-revenue-share-cloud-partner"), a10_reading()],
            )
        } else if let Some(what) = revenue_unnamed(s) {
            revenue_unsaid(what, &["U5"], said("amended-revenue-share-revenue-unsaid"))
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["U5"],
                vec![said("amended-revenue-share-otherwise"), revenue_assumed()],
            )
        }
    }

    fn ip_licence(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::IpLicence;
        let research = s.offering == Offering::ResearchModel;
        // (Only co-developed products and runtimes, which no row above takes.)
        if let Some(built) = built_with_partner(
            s,
            &["U3", "B5"],
            said("amended-ip-licence-built-with-partner"),
        ) {
            return built;
        }
        match s.offering {
            Offering::ConsumerHardware => no_rights_in_hardware(Some(assumed())),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                NotAddressed,
                &["U3"],
                vec![said("amended-ip-licence-training-compute")],
            )
            .unsaid(said("amended-ip-licence-training-compute-unsaid")),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                NotAddressed,
                &["U3", "B11"],
                vec![said("amended-ip-licence-open-weight-model")],
            )
            .unsaid(said("amended-ip-licence-open-weight-model-unsaid")),
            _ if research && (RESEARCH_IP_ENDS.passed(s.year) || s.verified()) => {
                research_rights_ended(s, Some(assumed()))
            }
            _ if research => answer(
                (t, "research-model"),
                Yes,
                &["B3"],
                vec![said("amended-ip-licence-research-model"), assumed()],
            ),
            _ if LICENCE_ENDS_AS_AMENDED.passed(s.year) => answer(
                (t, "after-2032"),
                NotAddressed,
                &["U3"],
                vec![said_with(
                    "amended-ip-licence-after-2032",
                    &[("year", Value::Year(s.year))],
                )],
            )
            .unsaid(said("amended-ip-licence-after-2032-unsaid")),
            _ => answer(
                (t, "otherwise"),
                Yes,
                &["U3"],
                vec![said("amended-ip-licence-otherwise")],
            ),
        }
    }

    /// Asked only where Microsoft holds the licence (`rules::ask`).
    fn ip_exclusive(s: &Scenario) -> Answer {
        match s.offering {
            Offering::ResearchModel => {
                research_exclusivity(&["B3", "U3"], said("amended-ip-exclusive-research-model"))
            }
            _ => answer(
                (Topic::IpExclusive, "otherwise"),
                Verdict::No,
                &["U3"],
                vec![said("amended-ip-exclusive-otherwise")],
            ),
        }
    }
}
