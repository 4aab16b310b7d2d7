//! The terms as amended on 27 April 2026 (`terms.md`, "Answers as
//! amended"). Where the amendment is silent, the earlier terms are assumed
//! to stand, and the trace says so.

use super::{
    answer, built_with_partner, cloud_partner, no_rights_in_hardware, partner_is_cloud,
    research_exclusivity, research_rights_ended, revenue_unnamed, revenue_unsaid, Answer, Rules,
    Topic, Verdict, A10_READING, REVENUE_ASSUMED,
};
use crate::terms::scenario::{Channel, Customer, Offering, Partner, Scenario};

/// Said wherever an answer rests on the earlier terms alone.
const ASSUMED: &str =
    " The amendment does not mention this; the product assumes the earlier terms stand.";

/// The amended terms, as [`Rules`].
pub(in crate::terms) struct Amended;

/// The topics about change, asked about the time since the statement
/// (`terms.md`).
pub(in crate::terms) const QUESTIONS: &[(Topic, &str)] = &[
    (
        Topic::TermsChanged,
        "Have the agreed terms changed since the statement?",
    ),
    (
        Topic::AgiProcessChanged,
        "Has the way AGI is determined changed since the statement?",
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
    const PARTNER_NOTE: &'static str =
        " Since 27 April 2026 OpenAI may also serve its products on any cloud (U2).";

    fn terms_changed() -> Answer {
        answer(
            (Topic::TermsChanged, "always"),
            Verdict::Yes,
            &["U1", "U2", "U3", "U4", "U5"],
            "The companies amended the terms on 27 April 2026. In February, Microsoft said the day's announcements did not change them (A2).",
        )
    }

    fn agi_process_changed() -> Answer {
        answer(
            (Topic::AgiProcessChanged, "always"),
            Verdict::NotAddressed,
            &["A13", "U5"],
            "In February the companies said the way AGI is determined, and the contract's definitions, were unchanged (A13). Since 27 April 2026, they say, OpenAI's payments to Microsoft no longer depend on its technical progress (U5), which ends the revenue share's tie to AGI verification.",
        )
        .unsaid(
            "Neither company has said whether the expert-panel process for verifying AGI itself changed, or whether it still matters to any right.",
        )
    }

    fn azure_required(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::AzureRequired;
        match s.offering {
            Offering::StatelessApi if s.customer == Customer::UsNationalSecurity => answer(
                (t, "national-security"),
                No,
                &["B10", "U2"],
                "The October 2025 agreement let OpenAI offer its API to US government national-security customers on any cloud, and since 27 April 2026 it may serve all its products on any cloud.",
            ),
            Offering::ResearchModel => answer(
                (t, "research-model"),
                NotAddressed,
                &["B3"],
                format!("The agreement covers Microsoft's rights to research IP, not where research models run.{ASSUMED}"),
            )
            .unsaid(
                "No source says where models meant only for research or internal use must be hosted.",
            ),
            Offering::ConsumerHardware => answer(
                (t, "consumer-hardware"),
                No,
                &["U2"],
                "Since 27 April 2026 OpenAI may serve all its products on any cloud.",
            ),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                No,
                &["J1", "B9"],
                format!("OpenAI may buy computing power beyond Azure, and Microsoft gave up its right of first refusal as OpenAI's compute provider.{ASSUMED}"),
            ),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                No,
                &["B11"],
                format!("The October 2025 agreement lets OpenAI release open-weight models; no source ties released weights to Azure.{ASSUMED}"),
            ),
            Offering::StatelessApi
            | Offering::StatefulRuntime
            | Offering::FirstPartyProduct
            | Offering::CoDevelopedProduct => answer(
                (t, "any-cloud"),
                No,
                &["U1", "U2"],
                "Since 27 April 2026 the companies say OpenAI may serve all its products on any cloud. This explainer reads that as ending the Azure-only rule; the posts name no earlier clause. Microsoft stays OpenAI's primary cloud partner; where it must launch first is a separate answer.",
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
                    "OpenAI may offer its API to US government national-security customers on any cloud (B10); the amendment's \"Azure first\" does not say whether it reaches them.",
                )
                .unsaid("Whether launches for US national-security customers must come on Azure first."),
                Offering::CoDevelopedProduct => answer(
                    (t, "co-developed-product"),
                    NotAddressed,
                    &["U1", "B5"],
                    "OpenAI products launch on Azure first, but this one is built with a third party.",
                )
                .unsaid(
                    "Whether a product built with a third party counts as an \"OpenAI product\" that launches on Azure first.",
                ),
                Offering::StatefulRuntime if s.partner != Partner::None => answer(
                    (t, "runtime-with-partner"),
                    NotAddressed,
                    &["U1", "B5"],
                    "OpenAI products launch on Azure first, but this runtime is built with a partner.",
                )
                .unsaid(
                    "Whether a runtime built with a partner counts as an \"OpenAI product\" that launches on Azure first.",
                ),
                Offering::StatelessApi | Offering::StatefulRuntime | Offering::FirstPartyProduct => answer(
                    (t, "otherwise"),
                    Yes,
                    &["U1"],
                    "The companies say OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need. They give no end date for \"first\".",
                )
                .unsaid("How long \"first\" lasts, or which launches count as products."),
                _ => return None,
        })
    }

    fn revenue_share(s: &Scenario) -> Answer {
        use Verdict::*;
        let t = Topic::RevenueShare;
        if s.year > 2030 {
            answer(
                (t, "after-2030"),
                No,
                &["U5"],
                format!("Since 27 April 2026 OpenAI's payments to Microsoft run through 2030; this scenario is set in {}.", s.year),
            )
        } else if s.offering == Offering::TrainingCompute {
            answer(
                (t, "training-compute"),
                NotAddressed,
                &["U5"],
                "Buying computing power is a cost to OpenAI, not revenue, so the revenue share does not obviously apply.",
            )
            .unsaid(
                "Neither company says how compute bought from other clouds interacts with the revenue share.",
            )
        } else if s.channel == Channel::Microsoft {
            answer(
                (t, "sold-by-microsoft"),
                No,
                &["U4"],
                "Here Microsoft sells it itself. Since 27 April 2026 Microsoft no longer pays OpenAI a share: it keeps its own sales, so the estimate does not apply.",
            )
        } else if partner_is_cloud(s.partner) {
            cloud_partner(
                s,
                &["U5", "A10"],
                format!("OpenAI's payments to Microsoft continue through 2030 at the same percentage, up to a total cap whose amount the companies have not published. This explainer assumes Microsoft's February word still stands, that the share reaches OpenAI's collaborations with other cloud providers (A10); the posts do not say.{A10_READING}"),
            )
        } else if let Some(what) = revenue_unnamed(s) {
            revenue_unsaid(
                what,
                &["U5"],
                "The companies say OpenAI's payments to Microsoft continue through 2030, not which revenue they cover.",
            )
        } else {
            answer(
                (t, "otherwise"),
                Yes,
                &["U5"],
                format!("OpenAI's payments to Microsoft continue through 2030 at the same percentage, up to a total cap whose amount the companies have not published, whatever OpenAI's technical progress.{REVENUE_ASSUMED}"),
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
            "The companies say Microsoft keeps a licence to OpenAI's models and products through 2032.",
        ) {
            return built;
        }
        match s.offering {
            Offering::ConsumerHardware => no_rights_in_hardware(ASSUMED),
            Offering::TrainingCompute => answer(
                (t, "training-compute"),
                NotAddressed,
                &["U3"],
                "The licence covers OpenAI's models and products; computing power bought for training is neither.",
            )
            .unsaid("No source says what rights, if any, attach to compute that OpenAI buys."),
            Offering::OpenWeightModel => answer(
                (t, "open-weight-model"),
                NotAddressed,
                &["U3", "B11"],
                "Microsoft keeps a licence to OpenAI's models, and OpenAI may release open-weight models; nothing joins the two.",
            )
            .unsaid(
                "No source says what rights Microsoft has in weights OpenAI has released openly.",
            ),
            _ if research && (s.year > 2030 || s.verified()) => research_rights_ended(s, ASSUMED),
            _ if research => answer(
                (t, "research-model"),
                Yes,
                &["B3"],
                format!("Microsoft keeps its rights to research IP until the panel verifies AGI or through 2030, whichever comes first.{ASSUMED}"),
            ),
            _ if s.year > 2032 => answer(
                (t, "after-2032"),
                NotAddressed,
                &["U3"],
                format!("The licence runs through 2032; this scenario is set in {}.", s.year),
            )
            .unsaid("No source says what happens to Microsoft's licence after 2032."),
            _ => answer(
                (t, "otherwise"),
                Yes,
                &["U3"],
                "The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive.",
            ),
        }
    }

    /// Asked only where Microsoft holds the licence (`rules::ask`).
    fn ip_exclusive(s: &Scenario) -> Answer {
        match s.offering {
            Offering::ResearchModel => research_exclusivity(
                &["B3", "U3"],
                "The amendment made Microsoft's licence to models and products non-exclusive, and says nothing about research IP.",
            ),
            _ => answer(
                (Topic::IpExclusive, "otherwise"),
                Verdict::No,
                &["U3"],
                "Since 27 April 2026 Microsoft's licence is non-exclusive.",
            ),
        }
    }
}
