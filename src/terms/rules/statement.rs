//! The terms as the statement of 27 February 2026 described them: the
//! October 2025 agreement, reaffirmed (`terms.md`, "Answers"), with the
//! corrections of November 2026 applied. The amendment of 27 April 2026
//! superseded them, so every trace states them in the past tense.

use super::{
    a10_reading, answer, built_with_partner, cloud_partner, no_rights_in_hardware,
    partner_is_cloud, research_exclusivity, research_rights_ended, revenue_assumed,
    revenue_unnamed, revenue_unsaid, said, said_with, Answer, Rules, Topic, Value, Verdict,
};
use crate::terms::deadlines::{LICENCE_ENDS, RESEARCH_IP_ENDS};
use crate::terms::scenario::{Channel, Customer, Offering, Partner, Scenario};

/// The statement's terms, as [`Rules`].
pub(in crate::terms) struct Statement;

/// The topics about change, asked about the day's announcements (`terms.md`).
pub(in crate::terms) const QUESTIONS: &[(Topic, &str)] = &[
    (Topic::TermsChanged, "question-terms-changed-that-day"),
    (
        Topic::AgiProcessChanged,
        "question-agi-process-changed-that-day",
    ),
];

/// The rule rows only these terms can fire (`SHARED_RULES` has the rest).
pub(in crate::terms) const OWN_RULES: &[(Topic, &str)] = &[
    (Topic::AzureRequired, "verified"),
    (Topic::AzureRequired, "stateless-api"),
    (Topic::AzureRequired, "stateful-runtime"),
    (Topic::AzureRequired, "first-party-product"),
    (Topic::AzureRequired, "co-developed-product"),
    // A conflict needs Azure to be required, which only these terms do.
    (Topic::HostConsistent, "azure-required"),
    (Topic::RevenueShare, "verified"),
    (Topic::IpLicence, "verified"),
    (Topic::IpExclusive, "verified"),
];

impl Rules for Statement {
    const PARTNER_NOTE: Option<&'static str> = None;

    fn terms_changed() -> Answer {
        answer(
            (Topic::TermsChanged, "always"),
            Verdict::No,
            &["A2"],
            vec![said("statement-terms-changed-always")],
        )
    }

    fn agi_process_changed() -> Answer {
        answer(
            (Topic::AgiProcessChanged, "always"),
            Verdict::No,
            &["A13", "B1"],
            vec![said("statement-agi-process-changed-always")],
        )
    }

    /// A question of the amended terms only.
    fn azure_first(_: &Scenario) -> Option<Answer> {
        None
    }

    fn azure_required(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::AzureRequired;
        match s.offering {
            Offering::StatelessApi if s.customer == Customer::UsNationalSecurity => answer(
                (t, "national-security"),
                No,
                &["B10"],
                vec![said("statement-azure-required-national-security")],
            ),
            Offering::StatelessApi if s.verified() => answer(
                (t, "verified"),
                NotAddressed,
                &["A4", "B13"],
                vec![said("statement-azure-required-verified")],
            )
            .unsaid(said("statement-azure-required-verified-unsaid")),
            Offering::StatelessApi => {
                let mut cites = vec!["A4"];
                let mut trace = vec![said("statement-azure-required-stateless-api")];
                if s.channel != Channel::Partner {
                    cites.push("A5");
                    trace.push(said("statement-azure-required-stateless-api-direct"));
                }
                if s.partner != Partner::None || s.channel == Channel::Partner {
                    cites.extend(["A6", "B5"]);
                    trace.push(said("statement-azure-required-stateless-api-third-party"));
                }
                Answer {
                    topic: t,
                    rule: "stateless-api",
                    verdict: Yes,
                    cites,
                    trace,
                    unsaid: None,
                }
            }
            Offering::StatefulRuntime => answer(
                (t, "stateful-runtime"),
                NotAddressed,
                &["A4", "B5"],
                vec![said("statement-azure-required-stateful-runtime")],
            )
            .unsaid(said("statement-azure-required-stateful-runtime-unsaid")),
            Offering::FirstPartyProduct => answer(
                (t, "first-party-product"),
                NotAddressed,
                &["A7", "J1"],
                vec![said("statement-azure-required-first-party-product")],
            )
            .unsaid(said("statement-azure-required-first-party-product-unsaid")),
            Offering::CoDevelopedProduct => answer(
                (t, "co-developed-product"),
                No,
                &["B5"],
                vec![said("statement-azure-required-co-developed-product")],
            ),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                No,
                &["B11"],
                vec![said("statement-azure-required-open-weight-model")],
            ),
            Offering::ResearchModel => answer(
                (t, "research-model"),
                NotAddressed,
                &["B3"],
                vec![said("statement-azure-required-research-model")],
            )
            .unsaid(said("statement-azure-required-research-model-unsaid")),
            Offering::ConsumerHardware => answer(
                (t, "consumer-hardware"),
                NotAddressed,
                &["B4"],
                vec![said("statement-azure-required-consumer-hardware")],
            )
            .unsaid(said("statement-azure-required-consumer-hardware-unsaid")),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                No,
                &["J1", "B9"],
                vec![said("statement-azure-required-training-compute")],
            ),
        }
    }

    fn revenue_share(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::RevenueShare;
        if s.verified() {
            answer(
                (t, "verified"),
                No,
                &["B8"],
                vec![said("statement-revenue-share-verified")],
            )
            .unsaid(said("statement-revenue-share-verified-unsaid"))
        } else if s.offering == Offering::TrainingCompute {
            answer(
                (t, "training-compute"),
                NotAddressed,
                &["A9"],
                vec![said("statement-revenue-share-training-compute")],
            )
            .unsaid(said("statement-revenue-share-training-compute-unsaid"))
        } else if s.channel == Channel::Microsoft {
            answer(
                (t, "sold-by-microsoft"),
                NotAddressed,
                &["A9"],
                vec![said("statement-revenue-share-sold-by-microsoft")],
            )
            .unsaid(said("statement-revenue-share-sold-by-microsoft-unsaid"))
        } else if partner_is_cloud(s.partner) {
            cloud_partner(
                s,
                &["A9", "A10", "B8"],
                vec![
                    said("statement-revenue-share-cloud-partner"),
                    a10_reading(),
                    said("statement-revenue-share-until-verified"),
                ],
            )
        } else if let Some(what) = revenue_unnamed(s) {
            revenue_unsaid(
                what,
                &["A9", "B8"],
                said("statement-revenue-share-revenue-unsaid"),
            )
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["A9", "B8"],
                vec![
                    said("statement-revenue-share-otherwise"),
                    revenue_assumed(),
                    said("statement-revenue-share-otherwise-cloud-only"),
                ],
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
            &["A8", "B2", "B5"],
            said("statement-ip-licence-built-with-partner"),
        ) {
            return built;
        }
        match s.offering {
            Offering::ConsumerHardware => no_rights_in_hardware(None),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                NotAddressed,
                &["A8"],
                vec![said("statement-ip-licence-training-compute")],
            )
            .unsaid(said("statement-ip-licence-training-compute-unsaid")),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                NotAddressed,
                &["A8", "B11"],
                vec![said("statement-ip-licence-open-weight-model")],
            )
            .unsaid(said("statement-ip-licence-open-weight-model-unsaid")),
            _ if research && (RESEARCH_IP_ENDS.passed(s.year) || s.verified()) => {
                research_rights_ended(s, None)
            }
            _ if research => answer(
                (t, "research-model"),
                Yes,
                &["A8", "B3"],
                vec![said("statement-ip-licence-research-model")],
            ),
            _ if LICENCE_ENDS.passed(s.year) => answer(
                (t, "after-2032"),
                NotAddressed,
                &["B2"],
                vec![said_with(
                    "statement-ip-licence-after-2032",
                    &[("year", Value::Year(s.year))],
                )],
            )
            .unsaid(said("statement-ip-licence-after-2032-unsaid")),
            _ if s.verified() => answer(
                (t, "verified"),
                Yes,
                &["A8", "B2"],
                vec![said("statement-ip-licence-verified")],
            ),
            _ => answer(
                (t, "otherwise"),
                Yes,
                &["A8", "B2"],
                vec![said("statement-ip-licence-otherwise")],
            ),
        }
    }

    /// Asked only where Microsoft holds the licence (`rules::ask`).
    fn ip_exclusive(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::IpExclusive;
        if s.offering == Offering::ResearchModel {
            research_exclusivity(
                &["B3", "B13"],
                said("statement-ip-exclusive-research-model"),
            )
        } else if s.verified() {
            answer(
                (t, "verified"),
                NotAddressed,
                &["B13"],
                vec![said("statement-ip-exclusive-verified")],
            )
            .unsaid(said("statement-ip-exclusive-verified-unsaid"))
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["A8", "B13"],
                vec![said("statement-ip-exclusive-otherwise")],
            )
        }
    }
}
