//! Rules corrected after they first shipped (`terms.md`, "Corrections").
//! The product lists each one to readers, dated, oldest first; links written
//! before a correction keep working and show the corrected answer.

use super::rules::Topic;
use super::versions::Terms;

/// One corrected rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Correction {
    /// ISO month the correction shipped, and the same in words.
    pub since: (&'static str, &'static str),
    /// The versions of the terms whose rule it corrected.
    pub touched: &'static [Terms],
    pub topic: Topic,
    /// Which scenarios the rule covers, in words.
    pub case: &'static str,
    pub before: &'static str,
    pub now: &'static str,
    pub why: &'static str,
}

impl Correction {
    /// The versions it touched, named: "the statement's terms (27 Feb
    /// 2026) and the amended terms (27 Apr 2026)".
    pub fn touched_label(&self) -> String {
        let names: Vec<&str> = self.touched.iter().map(|t| t.info().noun).collect();
        names.join(" and ")
    }
}

const NOVEMBER_2026: (&str, &str) = ("2026-11", "November 2026");
const DECEMBER_2026: (&str, &str) = ("2026-12", "December 2026");
const STATEMENT: &[Terms] = &[Terms::Statement];
const BOTH: &[Terms] = &[Terms::Statement, Terms::Amended];

pub static CORRECTIONS: [Correction; 8] = [
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::AzureRequired,
        case: "OpenAI's own products",
        before: "yes (A7)",
        now: "not addressed (A7, J1)",
        why: "A7 says core products are built on Azure, not that they may run only there.",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::HostConsistent,
        case: "anything run on Azure",
        before: "followed whether Azure was required",
        now: "always yes",
        why: "Nothing in any source stops anything from running on Azure.",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::RevenueShare,
        case: "a partner that is not a cloud provider",
        before: "cited A10",
        now: "cites A9 and B8 (for some offerings, not addressed: see correction 6)",
        why: "A10 covers collaborations with other cloud providers only.",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::IpLicence,
        case: "a research model after 2032",
        before: "not addressed (B2)",
        now: "no (B3)",
        why: "Research-IP rights end after 2030 at the latest. (The amended rules had it right from the start.)",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::IpLicence,
        case: "an open-weight model",
        before: "yes (A8, B2)",
        now: "not addressed (A8, B11)",
        why: "No source covers rights in released open weights. (The amended rules had it right from the start.)",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::RevenueShare,
        case: "an open-weight model, consumer hardware or a research-only model, with no partner or a partner other than Amazon, Google or Oracle",
        before: "yes (A9, B8; as amended, U5)",
        now: "not addressed (A9, B8; as amended, U5)",
        why: "The sources say the share continues, not which revenue it covers; the only kind they name is revenue from collaborations with other cloud providers (A10), and nothing says these offerings earn OpenAI revenue the share reaches.",
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::PartnerAnticipated,
        case: "every partner",
        before: "asked \"Was a collaboration like this anticipated?\" (yes for any partner)",
        now: "asks \"Did the agreement leave room for OpenAI to work with a partner like this?\" (the same verdicts)",
        why: "No source says a deal with Google, Oracle or another company was anticipated; only the Amazon partnership was (A11).",
    },
    Correction {
        since: DECEMBER_2026,
        touched: BOTH,
        topic: Topic::IpLicence,
        case: "a product OpenAI builds with a third party, and a stateful runtime built with a partner",
        before: "mostly yes (A8, B2; as amended, U3), and under the statement's terms the licence was called exclusive",
        now: "not addressed (A8, B2, B5; as amended, U3, B5); whether the licence is exclusive is not asked",
        why: "The rights are to OpenAI's models and products. No source says they reach a product OpenAI builds with a third party, and the amended rules already treat whether such a product is an \"OpenAI product\" as unsaid.",
    },
];
