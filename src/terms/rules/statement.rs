//! The terms as the statement of 27 February 2026 described them: the
//! October 2025 agreement, reaffirmed (`terms.md`, "Answers"), with the
//! corrections of November 2026 applied. The amendment of 27 April 2026
//! superseded them, so every trace states them in the past tense.

use super::{
    answer, built_with_partner, cloud_partner, no_rights_in_hardware, partner_is_cloud,
    research_exclusivity, research_rights_ended, revenue_unnamed, revenue_unsaid, Answer, Rules,
    Topic, Verdict, A10_READING, REVENUE_ASSUMED,
};
use crate::terms::scenario::{Channel, Customer, Offering, Partner, Scenario};

/// The statement's terms, as [`Rules`].
pub(in crate::terms) struct Statement;

/// The topics about change, asked about the day's announcements (`terms.md`).
pub(in crate::terms) const QUESTIONS: &[(Topic, &str)] = &[
    (
        Topic::TermsChanged,
        "Did the day's announcements change the agreed terms?",
    ),
    (
        Topic::AgiProcessChanged,
        "Did the day's announcements change how AGI is determined?",
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
    const PARTNER_NOTE: &'static str = "";

    fn terms_changed() -> Answer {
        answer(
            (Topic::TermsChanged, "always"),
            Verdict::No,
            &["A2"],
            "Microsoft said the day's announcements left the agreed terms as they were.",
        )
    }

    fn agi_process_changed() -> Answer {
        answer(
            (Topic::AgiProcessChanged, "always"),
            Verdict::No,
            &["A13", "B1"],
            "The companies said the way AGI is determined, and the contract's definitions, were unchanged: under the October 2025 agreement, an independent expert panel had to verify any AGI declaration.",
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
                "The October 2025 agreement let OpenAI offer its API to US government national-security customers on any cloud.",
            ),
            Offering::StatelessApi if s.verified() => answer(
                (t, "verified"),
                NotAddressed,
                &["A4", "B13"],
                "The panel has verified AGI in this scenario. Microsoft's own summary said Azure's API exclusivity lasted \"until AGI\".",
            )
            .unsaid(
                "Neither source said what would happen to the Azure rule for stateless APIs once AGI was verified.",
            ),
            Offering::StatelessApi => {
                let mut cites = vec!["A4"];
                let mut trace = String::from(
                    "Microsoft said Azure remained the only cloud for every stateless OpenAI API.",
                );
                if s.channel != Channel::Partner {
                    cites.push("A5");
                    trace.push_str(
                        " The report read this as: API services bought from Microsoft or OpenAI had to run entirely on Azure.",
                    );
                }
                if s.partner != Partner::None || s.channel == Channel::Partner {
                    cites.extend(["A6", "B5"]);
                    trace.push_str(
                        " With a third party involved, the report read the statement as keeping those calls in Azure too; and if the API were built with the partner, the October 2025 agreement would also have kept it on Azure (B5).",
                    );
                }
                Answer { topic: t, rule: "stateless-api", verdict: Yes, cites, trace, unsaid: None }
            }
            Offering::StatefulRuntime => answer(
                (t, "stateful-runtime"),
                NotAddressed,
                &["A4", "B5"],
                "Microsoft's Azure rule named stateless APIs only. A stateful runtime keeps memory between calls, so it is not a stateless API.",
            )
            .unsaid(
                "Neither source settled whether a stateful runtime built with a partner counted as an \"API product\" that had to stay on Azure.",
            ),
            Offering::FirstPartyProduct => answer(
                (t, "first-party-product"),
                NotAddressed,
                &["A7", "J1"],
                "The report read the statement as saying OpenAI's core products, Frontier included, would continue to be built on Azure. Built on is not served only from: the joint statement let OpenAI use computing power beyond Azure.",
            )
            .unsaid(
                "Neither source said whether OpenAI's own products could be served from another cloud.",
            ),
            Offering::CoDevelopedProduct => answer(
                (t, "co-developed-product"),
                No,
                &["B5"],
                "Under the October 2025 agreement, products OpenAI built with third parties that were not APIs could be served on any cloud.",
            ),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                No,
                &["B11"],
                "The October 2025 agreement let OpenAI release open-weight models that meet capability criteria; no source ties released weights to Azure.",
            ),
            Offering::ResearchModel => answer(
                (t, "research-model"),
                NotAddressed,
                &["B3"],
                "The agreement covers Microsoft's rights to research IP, not where research models run.",
            )
            .unsaid(
                "No source says where models meant only for research or internal use must be hosted.",
            ),
            Offering::ConsumerHardware => answer(
                (t, "consumer-hardware"),
                NotAddressed,
                &["B4"],
                "The agreement puts OpenAI's consumer hardware outside Microsoft's IP rights.",
            )
            .unsaid("No source says which cloud, if any, consumer devices must use."),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                No,
                &["J1", "B9"],
                "OpenAI may buy computing power beyond Azure, and Microsoft gave up its right of first refusal as OpenAI's compute provider.",
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
                "Under these terms the revenue share was to run until the expert panel verified AGI, which has happened in this scenario.",
            )
            .unsaid(
                "Money owed from before verification might still have been paid out over time; the sources gave no schedule.",
            )
        } else if s.offering == Offering::TrainingCompute {
            answer(
                (t, "training-compute"),
                NotAddressed,
                &["A9"],
                "Buying computing power is a cost to OpenAI, not revenue, so the revenue share does not obviously apply.",
            )
            .unsaid(
                "Neither source says how compute bought from other clouds interacts with the revenue share.",
            )
        } else if s.channel == Channel::Microsoft {
            answer(
                (t, "sold-by-microsoft"),
                NotAddressed,
                &["A9"],
                "Here Microsoft sells it itself. Microsoft said the revenue share was unchanged, but neither source said how it split Microsoft's own sales.",
            )
            .unsaid("Neither source said how revenue from Microsoft's own sales was shared.")
        } else if partner_is_cloud(s.partner) {
            cloud_partner(
                s,
                &["A9", "A10", "B8"],
                format!("Microsoft said the revenue share was unchanged and already covered OpenAI's collaborations with other cloud providers.{A10_READING} Under these terms the share was to run until the panel verified AGI."),
            )
        } else if let Some(what) = revenue_unnamed(s) {
            revenue_unsaid(
                what,
                &["A9", "B8"],
                "Microsoft said the revenue share was unchanged, not which revenue it covered.",
            )
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["A9", "B8"],
                format!("Microsoft said the revenue share was unchanged.{REVENUE_ASSUMED} Microsoft's word that it reached other deals spoke of cloud providers only. Under these terms the share was to run until the expert panel verified AGI."),
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
            "Microsoft said it kept its licence and access to OpenAI's models and products.",
        ) {
            return built;
        }
        match s.offering {
            Offering::ConsumerHardware => no_rights_in_hardware(""),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                NotAddressed,
                &["A8"],
                "The licence covered OpenAI's models and products; computing power bought for training is neither.",
            )
            .unsaid("No source says what rights, if any, attach to compute that OpenAI buys."),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                NotAddressed,
                &["A8", "B11"],
                "OpenAI may release open-weight models, and Microsoft said it held rights to OpenAI's models; nothing joins the two.",
            )
            .unsaid(
                "No source says what rights Microsoft has in weights OpenAI has released openly.",
            ),
            _ if research && (s.year > 2030 || s.verified()) => research_rights_ended(s, ""),
            _ if research => answer(
                (t, "research-model"),
                Yes,
                &["A8", "B3"],
                "Microsoft keeps its rights to research IP until the panel verifies AGI or through 2030, whichever comes first.",
            ),
            _ if s.year > 2032 => answer(
                (t, "after-2032"),
                NotAddressed,
                &["B2"],
                format!("The rights run through 2032; this scenario is set in {}.", s.year),
            )
            .unsaid("No source says what happens to Microsoft's rights after 2032."),
            _ if s.verified() => answer(
                (t, "verified"),
                Yes,
                &["A8", "B2"],
                "Microsoft's rights to models and products run through 2032 and include models released after AGI.",
            ),
            _ => answer(
                (t, "otherwise"),
                Yes,
                &["A8", "B2"],
                "Microsoft said it kept its licence and access to OpenAI's models and products; the October 2025 agreement runs those rights through 2032.",
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
                "Microsoft holds research-IP rights here, but its summary of exclusivity spoke of its IP rights in general.",
            )
        } else if s.verified() {
            answer(
                (t, "verified"),
                NotAddressed,
                &["B13"],
                "Microsoft's own summary said its exclusivity lasted \"until AGI\", and the panel has verified AGI here. The rights themselves continued under the October 2025 agreement (B2).",
            )
            .unsaid(
                "Neither source said what \"until AGI\" meant for the exclusivity once the panel had verified AGI.",
            )
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["A8", "B13"],
                "Microsoft said its licence was exclusive; its own October 2025 summary said the exclusivity lasted \"until AGI\", and gave no fixed end date for it.",
            )
        }
    }
}
