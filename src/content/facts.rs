//! Dated background facts the walkthrough mentions, each with its source
//! and that source's status: context, not terms. The Sources section lists
//! them all.

use crate::terms::Status;

#[derive(PartialEq, Debug)]
pub struct Fact {
    /// When, as an ISO date or year (for `<time datetime>`). The rest is in
    /// the catalogue by its number, from 1 (`fact-N-what`, `-source`, and
    /// `-when` in words).
    pub when: &'static str,
    /// Whose word it is: the companies' own, or the press's.
    pub status: Status,
}

pub static FACTS: [Fact; 8] = [
    Fact {
        when: "2019",
        status: Status::Report,
    },
    Fact {
        when: "2023-01",
        status: Status::Report,
    },
    Fact {
        when: "2026-02-27",
        status: Status::Report,
    },
    Fact {
        when: "2026-02-27",
        status: Status::Official,
    },
    Fact {
        when: "2026-03",
        status: Status::Report,
    },
    Fact {
        when: "2026-04-27",
        status: Status::Official,
    },
    Fact {
        when: "2026-04-28",
        status: Status::Report,
    },
    Fact {
        when: "2026-04",
        status: Status::Report,
    },
];
