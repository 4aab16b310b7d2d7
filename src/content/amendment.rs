//! The terms before and after the amendment of 27 April 2026, side by side,
//! as step 11's table shows them. Words only: the engine answers questions.

/// One term as the statement described it and as amended.
#[derive(PartialEq, Debug)]
/// Its words are in the catalogue, by its place in [`CHANGES`]
/// (`before-after-N-term`, `-before`, `-after`; [`TermChange::words`]).
pub struct TermChange {
    pub before_cites: &'static [&'static str],
    pub after_cites: &'static [&'static str],
    /// The press reports shown beside the amended term (by ID).
    pub reports: &'static [&'static str],
}

pub static CHANGES: [TermChange; 6] = [
    TermChange {
        before_cites: &["A4", "A6", "A7", "J1"],
        after_cites: &["U1", "U2"],
        reports: &[],
    },
    TermChange {
        before_cites: &["A8", "B2", "B13"],
        after_cites: &["U3"],
        reports: &[],
    },
    TermChange {
        before_cites: &["A9", "B8"],
        after_cites: &["U5"],
        reports: &["R1"],
    },
    TermChange {
        before_cites: &["A9"],
        after_cites: &["U4"],
        reports: &[],
    },
    TermChange {
        before_cites: &["A13", "B1"],
        after_cites: &["U3", "U5"],
        reports: &[],
    },
    TermChange {
        before_cites: &["B12"],
        after_cites: &["U6", "B12"],
        reports: &[],
    },
];

/// One row's words: the term, before, and after (`n` is its place in
/// [`CHANGES`], 1-based).
#[cfg(feature = "ssr")]
pub fn words(n: usize) -> [String; 3] {
    ["term", "before", "after"]
        .map(|part| crate::app::text::text(&format!("before-after-{n}-{part}"), &[]))
}
