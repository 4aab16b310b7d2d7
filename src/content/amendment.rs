//! The terms before and after the amendment of 27 April 2026, side by side,
//! as step 11's table shows them. Words only: the engine answers questions.

/// One term as the statement described it and as amended.
#[derive(PartialEq, Debug)]
pub struct TermChange {
    pub term: &'static str,
    pub before: &'static str,
    pub before_cites: &'static [&'static str],
    pub after: &'static str,
    pub after_cites: &'static [&'static str],
}

pub static CHANGES: [TermChange; 6] = [
    TermChange {
        term: "Where OpenAI's products may run",
        before: "Azure only, for every stateless API, even when sold through Amazon; OpenAI's own products built on Azure.",
        before_cites: &["A4", "A6", "A7"],
        after: "Any cloud. Azure gets them first, unless Microsoft cannot support them and chooses not to.",
        after_cites: &["U1", "U2"],
    },
    TermChange {
        term: "Microsoft's licence to OpenAI's IP",
        before: "Exclusive. Rights through 2032; the exclusivity lasting \"until AGI\".",
        before_cites: &["A8", "B2", "B13"],
        after: "Non-exclusive, through 2032.",
        after_cites: &["U3"],
    },
    TermChange {
        term: "Revenue share, OpenAI to Microsoft",
        before: "Unchanged; it ran until the panel verified AGI.",
        before_cites: &["A9", "B8"],
        after: "Same percentage through 2030, up to a total cap that is not public; no longer tied to AGI.",
        after_cites: &["U5"],
    },
    TermChange {
        term: "Revenue share, Microsoft to OpenAI",
        before: "Not described in the statement.",
        before_cites: &["A9"],
        after: "Ended.",
        after_cites: &["U4"],
    },
    TermChange {
        term: "AGI",
        before: "How AGI is determined, and its definitions, unchanged.",
        before_cites: &["A13", "B1"],
        after: "The revenue share and the licence no longer depend on it; the panel process is not mentioned.",
        after_cites: &["U3", "U5"],
    },
    TermChange {
        term: "Microsoft's stake",
        before: "About 27% of OpenAI Group PBC after the recapitalisation.",
        before_cites: &["B12"],
        after: "Microsoft stays a major shareholder.",
        after_cites: &["U6"],
    },
];
