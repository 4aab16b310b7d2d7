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
    /// The press reports shown beside the amended term (by ID).
    pub reports: &'static [&'static str],
}

pub static CHANGES: [TermChange; 6] = [
    TermChange {
        term: "Where OpenAI's products run",
        before: "Stateless APIs: Azure only; the report read this as covering calls that come through partners too. OpenAI's own products: built on Azure; where they could run was not said.",
        before_cites: &["A4", "A6", "A7", "J1"],
        after: "Any cloud, the companies say; this explainer reads that as ending the Azure-only rule. Products launch on Azure first, unless Microsoft cannot, and chooses not to, support them.",
        after_cites: &["U1", "U2"],
        reports: &[],
    },
    TermChange {
        term: "Microsoft's licence to OpenAI's IP",
        before: "Exclusive. Rights through 2032; Microsoft's own summary said the exclusivity lasted \"until AGI\".",
        before_cites: &["A8", "B2", "B13"],
        after: "Non-exclusive; still through 2032.",
        after_cites: &["U3"],
        reports: &[],
    },
    TermChange {
        term: "Revenue share, OpenAI to Microsoft",
        before: "Unchanged, the statement said; under the October 2025 agreement it was to run until the panel verified AGI.",
        before_cites: &["A9", "B8"],
        after: "Same percentage through 2030, up to a total cap whose amount is not public; no longer tied to OpenAI's technical progress, so no longer to AGI.",
        after_cites: &["U5"],
        reports: &["R1"],
    },
    TermChange {
        term: "Revenue share, Microsoft to OpenAI",
        before: "Not described in the statement.",
        before_cites: &["A9"],
        after: "Ended.",
        after_cites: &["U4"],
        reports: &[],
    },
    TermChange {
        term: "AGI",
        before: "How AGI is determined, and the contract's definitions, unchanged.",
        before_cites: &["A13", "B1"],
        after: "The revenue share no longer depends on OpenAI's technical progress, so no longer on AGI verification. The licence keeps its 2032 end but is no longer exclusive, so the \"until AGI\" exclusivity is gone. The panel process is not mentioned.",
        after_cites: &["U3", "U5"],
        reports: &[],
    },
    TermChange {
        term: "Microsoft's stake",
        before: "About 27% of OpenAI Group PBC as of October 2025 (not in the statement).",
        before_cites: &["B12"],
        after: "Microsoft stays a major shareholder; about 27% as of October 2025 (B12).",
        after_cites: &["U6", "B12"],
        reports: &[],
    },
];
