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

    /// What a reader is told of a report with this status.
    pub fn words(self) -> &'static str {
        match self {
            Status::Official => "official: the companies' own announcements",
            Status::Report => "reported: not the companies' own words",
            Status::Unconfirmed => "unconfirmed: the companies have not confirmed it",
            Status::Confirmed => "since confirmed by the companies",
            Status::Denied => "denied by the companies",
        }
    }
}

/// One press report about the terms.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Its ID in `amendment.md` (`data-report`).
    pub id: &'static str,
    /// Who first reported it.
    pub publisher: &'static str,
    /// When, ISO and in words.
    pub date: (&'static str, &'static str),
    /// What it says, as a clause after "that".
    pub what: &'static str,
    /// The amount it reports, in whole US dollars, where it is one.
    pub usd: Option<u128>,
    pub status: Status,
    /// The clauses it is about: their cards show it.
    pub clauses: &'static [&'static str],
}

impl Report {
    /// The report in one sentence: who, when, what, and its status.
    pub fn sentence(&self) -> String {
        format!(
            "{} reported on {} that {} ({}).",
            self.publisher,
            self.date.1,
            self.what,
            self.status.words()
        )
    }
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
    publisher: "The Information",
    date: ("2026-05-11", "11 May 2026"),
    what: "the total cap on OpenAI's revenue-share payments to Microsoft is $38 billion",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_says_who_when_what_and_its_status() {
        assert_eq!(
            R1.sentence(),
            "The Information reported on 11 May 2026 that the total cap on OpenAI's revenue-share payments to Microsoft is $38 billion (unconfirmed: the companies have not confirmed it)."
        );
        for r in REPORTS {
            let sentence = r.sentence();
            assert!(sentence.contains(r.publisher) && sentence.contains(r.date.1));
            assert_ne!(r.status, Status::Official, "{}: a report, not a term", r.id);
            if let Some(amount) = r.usd.map(crate::terms::format_usd) {
                // The amount in the words is the amount in the data.
                let words = amount.trim_end_matches(",000,000,000");
                assert!(
                    r.what.contains(&amount) || r.what.contains(&format!("{words} billion")),
                    "{}: {} / {amount}",
                    r.id,
                    r.what
                );
            }
        }
    }
}
