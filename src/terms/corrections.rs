//! Rules corrected after they first shipped (`terms.md`, "Corrections").
//! The product lists each one to readers, dated, oldest first; links written
//! before a correction keep working and show the corrected answer.

use super::rules::Topic;
use super::versions::Terms;

/// One corrected rule. Its words (which scenarios, the answer before and
/// now, and why) are in the catalogue by its number, from 1
/// (`correction-N-case`, `-before`, `-now`, `-why`).
#[derive(Debug, PartialEq, Eq)]
pub struct Correction {
    /// ISO month the correction shipped.
    pub since: &'static str,
    /// The versions of the terms whose rule it corrected.
    pub touched: &'static [Terms],
    pub topic: Topic,
}

const NOVEMBER_2026: &str = "2026-11";
const DECEMBER_2026: &str = "2026-12";
const STATEMENT: &[Terms] = &[Terms::Statement];
const BOTH: &[Terms] = &[Terms::Statement, Terms::Amended];

pub static CORRECTIONS: [Correction; 8] = [
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::AzureRequired,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::HostConsistent,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::RevenueShare,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::IpLicence,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: STATEMENT,
        topic: Topic::IpLicence,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::RevenueShare,
    },
    Correction {
        since: NOVEMBER_2026,
        touched: BOTH,
        topic: Topic::PartnerAnticipated,
    },
    Correction {
        since: DECEMBER_2026,
        touched: BOTH,
        topic: Topic::IpLicence,
    },
];
