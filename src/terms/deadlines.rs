//! The years that decide answers: the last year each dated right or payment
//! runs, each with the clause that sets it. The rules compare a scenario's
//! year with these, "what would change this answer" tries each and the year
//! after (`flips`), and the chart of verdicts by year marks them. A new end
//! year is a constant here and an entry in its version's `deadlines`.

/// The last year something runs ("through 2030": 2030), and the clause
/// that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub last_year: u16,
    pub clause: &'static str,
}

impl Deadline {
    /// Whether `year` is after the last year it runs.
    pub const fn passed(self, year: u16) -> bool {
        year > self.last_year
    }
}

/// Microsoft's rights to OpenAI's research IP end at AGI verification or
/// after 2030, whichever comes first (B3; the amendment does not mention
/// them).
pub const RESEARCH_IP_ENDS: Deadline = Deadline {
    last_year: 2030,
    clause: "B3",
};

/// Microsoft's rights to OpenAI's models and products run through 2032
/// (B2).
pub const LICENCE_ENDS: Deadline = Deadline {
    last_year: 2032,
    clause: "B2",
};

/// The licence as amended keeps its 2032 end (U3).
pub const LICENCE_ENDS_AS_AMENDED: Deadline = Deadline {
    last_year: LICENCE_ENDS.last_year,
    clause: "U3",
};

/// OpenAI's revenue-share payments to Microsoft, as amended, run through
/// 2030 (U5).
pub const REVENUE_SHARE_ENDS: Deadline = Deadline {
    last_year: 2030,
    clause: "U5",
};
