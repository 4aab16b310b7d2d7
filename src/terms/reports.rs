//! What the press has reported about the terms since, each with who
//! reported it, when, and its status (`amendment.md`, "Reported since").
//! A report is never a term: it changes no verdict and no figure, and the
//! product shows it, dated and with its status, every time it is shown.
//! When the companies confirm or deny one, its `status` is the one line
//! that changes.

/// Whose word a source or a report is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The companies' own posts and statements (and the agreement as they
    /// summarised it).
    Official,
    /// A news report, a timeline or dated context from the press.
    Report,
    /// A press report the companies have not confirmed.
    Unconfirmed,
    /// A press report the companies have since confirmed.
    Confirmed,
    /// A press report the companies have since denied.
    Denied,
}

impl Status {
    /// The status as a page marker and style word.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Official => "official",
            Status::Report => "report",
            Status::Unconfirmed => "unconfirmed",
            Status::Confirmed => "confirmed",
            Status::Denied => "denied",
        }
    }
}

/// One press report about the terms. Who reported it, when and what, in
/// words, are in the catalogue under its ID (`report-ID-publisher`,
/// `report-ID-what`; its date is written from `date`; `app::text::report`).
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Its ID in `amendment.md` (`data-report`).
    pub id: &'static str,
    /// When, ISO.
    pub date: &'static str,
    /// The amount it reports, in whole US dollars, where it is one.
    pub usd: Option<u128>,
    pub status: Status,
    /// The clauses it is about: their cards show it.
    pub clauses: &'static [&'static str],
}

/// The reports about any of these clauses, oldest first.
pub fn about<'a>(clauses: &'a [&'a str]) -> impl Iterator<Item = &'static Report> + 'a {
    REPORTS
        .iter()
        .filter(move |r| r.clauses.iter().any(|c| clauses.contains(c)))
}

/// The reported amount of the total cap on OpenAI's revenue-share payments.
pub const R1: Report = Report {
    id: "R1",
    date: "2026-05-11",
    usd: Some(38_000_000_000),
    status: Status::Unconfirmed,
    clauses: &["U5"],
};

/// Every report, oldest first.
pub const REPORTS: &[Report] = &[R1];

/// The report with this ID, if there is one.
pub fn report(id: &str) -> Option<&'static Report> {
    REPORTS.iter().find(|r| r.id == id)
}
