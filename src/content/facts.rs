//! Dated background facts the walkthrough mentions, each with its source
//! and that source's status: context, not terms. The Sources section lists
//! them all.

use crate::terms::Status;

#[derive(PartialEq, Debug)]
pub struct Fact {
    /// When, as an ISO date or year (for `<time datetime>`), and in words.
    pub when: (&'static str, &'static str),
    pub what: &'static str,
    /// Who said or reported it.
    pub source: &'static str,
    /// Whose word it is: the companies' own, or the press's.
    pub status: Status,
}

pub static FACTS: [Fact; 8] = [
    Fact {
        when: ("2019", "2019"),
        what: "The partnership begins; Microsoft invests $1 billion and Azure becomes OpenAI's cloud.",
        source: "the background timeline this explainer rests on, which names no primary source",
        status: Status::Report,
    },
    Fact {
        when: ("2023-01", "January 2023"),
        what: "A multi-year, multi-billion-dollar extension of the partnership.",
        source: "the background timeline this explainer rests on, which names no primary source",
        status: Status::Report,
    },
    Fact {
        when: ("2026-02-27", "27 February 2026"),
        what: "OpenAI announces new funding, reported at about $110 billion, with Amazon, NVIDIA and SoftBank among the investors.",
        source: "reported the day of the joint statement",
        status: Status::Report,
    },
    Fact {
        when: ("2026-02-27", "27 February 2026"),
        what: "OpenAI and Amazon announce a collaboration: a jointly engineered stateful runtime for agents on Amazon Bedrock, a large compute commitment on AWS, and AWS as the exclusive third-party cloud distributor of OpenAI's Frontier platform. Amazon's investment is reported at $50 billion ($15 billion at first, up to $35 billion more on conditions).",
        source: "OpenAI's and Amazon's announcements; the investment figures as reported",
        status: Status::Official,
    },
    Fact {
        when: ("2026-03", "March 2026"),
        what: "The press reports that Microsoft weighed legal action over the Amazon deal.",
        source: "the Financial Times, about 18 March 2026, as reported by others; not independently confirmed",
        status: Status::Report,
    },
    Fact {
        when: ("2026-04-27", "27 April 2026"),
        what: "The companies amend the partnership (U1–U6).",
        source: "matching posts on the Official Microsoft Blog and openai.com",
        status: Status::Official,
    },
    Fact {
        when: ("2026-04-28", "28 April 2026"),
        what: "AWS announces OpenAI models on Amazon Bedrock in limited preview.",
        source: "press reports at the time; the sources name no outlet",
        status: Status::Report,
    },
    Fact {
        when: ("2026-04", "April–June 2026"),
        what: "Many outlets report the amended terms consistently with the companies' posts.",
        source: "for example wpnews.pro, aiexpert.news, novaranews.com, thelibertyportfolio.com, thedailyscout.com",
        status: Status::Report,
    },
];
