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

/// A change of the rules version (`rules::RULES_VERSION`): when it shipped
/// and the corrections it shipped, by number.
#[derive(Debug, PartialEq, Eq)]
pub struct RulesChange {
    pub version: u32,
    /// ISO date it shipped.
    pub date: &'static str,
    pub corrections: &'static [usize],
}

/// Every change of the rules version, oldest first; the last is the
/// version the engine runs.
pub static RULES_CHANGES: [RulesChange; 3] = [
    RulesChange {
        version: 2,
        date: "2026-11-26",
        corrections: &[1, 2, 3, 4, 5],
    },
    RulesChange {
        version: 3,
        date: "2026-11-29",
        corrections: &[6, 7],
    },
    RulesChange {
        version: 4,
        date: "2026-12-07",
        corrections: &[8],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every correction shipped with exactly one rules change, in the
    /// month it names, and the last change is the engine's version.
    #[test]
    fn each_correction_shipped_once_and_the_last_change_is_the_engines() {
        let last = RULES_CHANGES.last().unwrap();
        assert_eq!(last.version, crate::terms::RULES_VERSION);
        for (i, c) in CORRECTIONS.iter().enumerate() {
            let shipped: Vec<&RulesChange> = RULES_CHANGES
                .iter()
                .filter(|r| r.corrections.contains(&(i + 1)))
                .collect();
            assert_eq!(shipped.len(), 1, "correction {} ships once", i + 1);
            assert!(shipped[0].date.starts_with(c.since), "correction {}", i + 1);
        }
        for pair in RULES_CHANGES.windows(2) {
            assert!(pair[0].version < pair[1].version && pair[0].date <= pair[1].date);
        }
    }
}
