//! The walkthrough, in reading order. Each step restates part of the
//! announcement in the product's own words and sets up a live example.

use crate::terms::{Agi, Channel, Field, Host, Offering, Partner, Scenario, Topic};

/// A picture that goes with a step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Visual {
    None,
    /// Where a stateless API call goes, from buyer to server.
    CallPath,
    /// Stateless and stateful calls side by side, step by step.
    StatelessDemo,
    /// The dates from 2019 to 2032, with the example's year marked.
    Timeline,
}

/// One input the reader may change in a live example; `only` narrows the
/// choices (empty: all of them).
#[derive(PartialEq, Debug)]
pub struct Knob {
    pub field: Field,
    pub only: &'static [&'static str],
}

#[derive(PartialEq, Debug)]
pub struct Example {
    /// The question the example puts to the reader.
    pub prompt: &'static str,
    pub base: Scenario,
    pub knobs: &'static [Knob],
    pub topics: &'static [Topic],
    pub estimate: bool,
}

/// What a step does: its name in the progress list, its picture and its
/// live example. The browser build needs these.
#[derive(PartialEq, Debug)]
pub struct Step {
    /// A short name for the progress list.
    pub short: &'static str,
    pub visual: Visual,
    pub example: Example,
}

/// What a step says. Kept apart from [`Step`] so that the browser build does
/// not carry it: these words are rendered once, when the page is built, and
/// reach the reader as HTML (see `app::fixed`).
#[derive(PartialEq, Debug)]
pub struct StepWords {
    pub headline: &'static str,
    pub body: &'static [&'static str],
    pub clauses: &'static [&'static str],
    /// What this part of the statement leaves open.
    pub unsaid: &'static [&'static str],
}

/// The default scenario: Amazon resells the stateless API, served from AWS.
const BASE: Scenario = Scenario::DEFAULT;

const fn knob(field: Field) -> Knob {
    Knob { field, only: &[] }
}

pub static STEPS: [Step; 10] = [
    Step {
        short: "The news",
        visual: Visual::None,
        example: Example {
            prompt: "Pick a partner. Did the day's announcements change the agreed terms?",
            base: BASE,
            knobs: &[Knob { field: Field::Partner, only: &["amazon", "google", "oracle", "other"] }],
            topics: &[Topic::TermsChanged],
            estimate: false,
        },
    },
    Step {
        short: "Azure and APIs",
        visual: Visual::CallPath,
        example: Example {
            prompt: "Choose who sells the API and where it would run. Must it be served from Azure?",
            base: BASE,
            knobs: &[knob(Field::Channel), knob(Field::Host)],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
        },
    },
    Step {
        short: "Stateless or stateful",
        visual: Visual::StatelessDemo,
        example: Example {
            prompt: "Switch between the two kinds of offering, both run on AWS. Must it be served from Azure?",
            base: BASE,
            knobs: &[Knob { field: Field::Offering, only: &["stateless-api", "stateful-runtime"] }],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
        },
    },
    Step {
        short: "OpenAI's own products",
        visual: Visual::None,
        example: Example {
            prompt: "OpenAI sells one of its own products. Pick where it runs: does that fit the terms?",
            base: Scenario {
                offering: Offering::FirstPartyProduct,
                partner: Partner::None,
                channel: Channel::OpenAi,
                host: Host::GoogleCloud,
                ..BASE
            },
            knobs: &[knob(Field::Host)],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
        },
    },
    Step {
        short: "The IP licence",
        visual: Visual::None,
        example: Example {
            prompt: "Pick what OpenAI makes and the year. Does Microsoft hold rights to it?",
            base: Scenario { offering: Offering::FirstPartyProduct, partner: Partner::None, channel: Channel::OpenAi, ..BASE },
            knobs: &[
                Knob { field: Field::Offering, only: &["first-party-product", "research-model", "consumer-hardware", "open-weight-model"] },
                knob(Field::Year),
            ],
            topics: &[Topic::IpLicence],
            estimate: false,
        },
    },
    Step {
        short: "The revenue share",
        visual: Visual::None,
        example: Example {
            prompt: "Set who sells it, the revenue and an assumed rate. Is the revenue shared, and how much might Microsoft get?",
            base: BASE,
            knobs: &[knob(Field::Channel), knob(Field::Revenue), knob(Field::Share)],
            topics: &[Topic::RevenueShare],
            estimate: true,
        },
    },
    Step {
        short: "Room for others",
        visual: Visual::None,
        example: Example {
            prompt: "OpenAI builds a product with a partner. Was that anticipated, and must it run on Azure?",
            base: Scenario { offering: Offering::CoDevelopedProduct, ..BASE },
            knobs: &[
                Knob { field: Field::Partner, only: &["amazon", "google", "oracle", "other"] },
                Knob { field: Field::Offering, only: &["co-developed-product", "stateless-api", "training-compute"] },
            ],
            topics: &[Topic::PartnerAnticipated, Topic::AzureRequired],
            estimate: false,
        },
    },
    Step {
        short: "AGI",
        visual: Visual::None,
        example: Example {
            prompt: "Say whether the panel has verified AGI, and when. What changes?",
            base: Scenario { agi: Agi::Yes, year: 2030, ..BASE },
            knobs: &[knob(Field::Agi), knob(Field::AgiYear), knob(Field::Year)],
            topics: &[Topic::AgiProcessChanged, Topic::AzureRequired, Topic::RevenueShare],
            estimate: false,
        },
    },
    Step {
        short: "Timeline",
        visual: Visual::Timeline,
        example: Example {
            prompt: "Move through the years. Does Microsoft still hold rights?",
            base: Scenario { offering: Offering::ResearchModel, partner: Partner::None, channel: Channel::OpenAi, year: 2029, ..BASE },
            knobs: &[knob(Field::Year), Knob { field: Field::Offering, only: &["research-model", "first-party-product"] }],
            topics: &[Topic::IpLicence],
            estimate: false,
        },
    },
    Step {
        short: "What is not said",
        visual: Visual::None,
        example: Example {
            prompt: "Pick an offering at the edges of the terms.",
            base: Scenario { offering: Offering::StatefulRuntime, ..BASE },
            knobs: &[Knob {
                field: Field::Offering,
                only: &["stateful-runtime", "research-model", "consumer-hardware", "training-compute"],
            }],
            topics: &[Topic::AzureRequired, Topic::RevenueShare, Topic::IpLicence],
            estimate: false,
        },
    },
];

/// What each step says, in the order of [`STEPS`].
pub static WORDS: [StepWords; 10] = [
    StepWords {
        headline: "Microsoft says the day's news leaves its OpenAI deal as it was",
        body: &[
            "On 27 February 2026 OpenAI announced a new funding round, reported at about $110 billion, and a strategic collaboration with Amazon.",
            "Microsoft replied the same day. It called its partnership with OpenAI \"strong and central\" (its words) and said none of the day's announcements change the terms the two companies had already agreed. They have worked together since 2019.",
            "This explainer takes Microsoft's statement one term at a time. Each claim names the clause it rests on and where that clause comes from; where the sources stop, it says so.",
        ],
        clauses: &["A1", "A2", "A3", "J1"],
        unsaid: &["The statement gives no amounts for the funding round or the Amazon deal; the figures come from the companies' other announcements and the press."],
    },
    StepWords {
        headline: "Amazon can sell it; Azure still runs it",
        body: &[
            "A \"[stateless API](stateless-api)\" is how developers use OpenAI's models from their own software: each request goes in, an answer comes back, and nothing is kept. Microsoft says Azure is the only [cloud](cloud-provider) that serves these APIs, all of them.",
            "How the API is bought makes no difference. Bought from Microsoft or from OpenAI, it runs wholly on Azure. Reached through a third party such as Amazon, the calls are still carried out inside Azure.",
            "The October 2025 agreement says the same about API products that OpenAI builds together with third parties: they stay exclusive to Azure.",
        ],
        clauses: &["A4", "A5", "A6", "B5"],
        unsaid: &["Neither statement describes how a partner's customers reach Azure, or who bills them."],
    },
    StepWords {
        headline: "Stateless or stateful: the line that decides",
        body: &[
            "A stateless call carries everything the model needs each time. The app sends the whole conversation so far, gets a reply, and the server keeps nothing.",
            "A [stateful runtime](stateful-runtime) remembers. It holds an agent's memory and progress on the server between calls. The companies said the Amazon collaboration includes a jointly engineered \"stateful runtime environment\" for agents on Amazon Bedrock.",
            "Microsoft's Azure rule names stateless APIs only. So the sources settle where stateless calls run, but not where a stateful runtime runs.",
        ],
        clauses: &["A4", "B5", "J1"],
        unsaid: &["Whether a stateful runtime built with a partner counts as an \"API product\", which the October 2025 agreement keeps on Azure."],
    },
    StepWords {
        headline: "OpenAI's own products stay on Azure",
        body: &[
            "Microsoft says OpenAI's own main products ([first-party products](first-party-product)), including the \"Frontier\" series, keep being built on Azure's infrastructure around the world.",
            "This is about what OpenAI makes and offers itself. Products it builds together with a third party are treated differently: the October 2025 agreement lets the ones that are not APIs run on any cloud.",
        ],
        clauses: &["A7", "B5"],
        unsaid: &["The statement does not list which products count as \"core\", beyond the Frontier series."],
    },
    StepWords {
        headline: "Microsoft keeps its exclusive licence",
        body: &[
            "Microsoft says nothing has changed about intellectual property (IP): it still holds the [exclusive licence](ip-licence) to OpenAI's models and products, and the right to access them.",
            "The October 2025 agreement put dates on this. Rights to models and products run through 2032 and include models released after AGI. Rights to [research IP](research-ip), the confidential methods for building models, end once the [expert panel](expert-panel) verifies AGI or after 2030, whichever is sooner.",
            "OpenAI's consumer hardware is outside Microsoft's IP rights.",
        ],
        clauses: &["A8", "B2", "B3", "B4"],
        unsaid: &["What Microsoft's rights become after 2032."],
    },
    StepWords {
        headline: "The revenue share is unchanged, and reaches other clouds",
        body: &[
            "Microsoft says the [revenue-sharing](revenue-share) arrangement between the companies has not been changed.",
            "It adds that the arrangement already covers money OpenAI makes through deals with other cloud providers. By Microsoft's account, then, a deal like Amazon's falls inside it.",
            "The rate is not public. The press has widely reported 20%, which the companies have not confirmed; here you set the rate yourself, and it is always labelled as assumed. Under the October 2025 agreement the revenue share lasts until the expert panel verifies AGI.",
        ],
        clauses: &["A9", "A10", "B8"],
        unsaid: &["The rate, and how revenue from Microsoft's own sales of OpenAI models is split."],
    },
    StepWords {
        headline: "Room to work with others, Amazon included",
        body: &[
            "Microsoft says the early agreements foresaw a partnership like the one with Amazon, and that it is pleased with it.",
            "In the companies' telling, the agreement was designed to keep them close while leaving each free to explore new opportunities alone. The October 2025 agreement lets Microsoft pursue AGI by itself or with others, and lets OpenAI build some products with third parties.",
            "The joint statement adds that OpenAI may take on computing power beyond Azure as it grows, with Azure staying central.",
        ],
        clauses: &["A11", "A12", "B5", "B6", "J1"],
        unsaid: &["The early agreements themselves are not public, so what exactly they anticipated cannot be checked."],
    },
    StepWords {
        headline: "How AGI is judged has not changed",
        body: &[
            "[AGI](agi) (artificial general intelligence) matters here because several terms end or change once it is reached.",
            "The announcement says the process for deciding that AGI has arrived, and the contract's definitions, are unchanged. Under the October 2025 agreement, if OpenAI declares AGI, an [independent panel of experts](expert-panel) must verify it.",
            "After verification the revenue share stops (past amounts may still be paid over time) and research-IP rights end. Microsoft's own summary says the Azure API exclusivity lasts \"until AGI\".",
        ],
        clauses: &["A13", "B1", "B8", "B13"],
        unsaid: &["How the Azure rule for stateless APIs applies once AGI is verified.", "Who sits on the expert panel, or when it might meet."],
    },
    StepWords {
        headline: "From 2019 to 2032: the dates that matter",
        body: &[
            "The partnership began in 2019 and was extended in January 2023. The definitive agreement of 28 October 2025 set the dates that still apply; Microsoft's statement of 27 February 2026 says they stand.",
            "Two dates end rights: research-IP rights stop after 2030 at the latest, and the rights to models and products run through 2032.",
        ],
        clauses: &["A3", "B2", "B3", "B9", "B12"],
        unsaid: &["No date is given for AGI; it depends on the expert panel."],
    },
    StepWords {
        headline: "What the statement does not say",
        body: &[
            "A short statement leaves gaps, and a careful reading names them. Where the sources stop, this explainer answers \"not addressed\" rather than guess.",
            "Try the offerings below: each one lands on a question the statement does not reach.",
        ],
        clauses: &["A4", "A9", "B2", "B3", "B4", "B13"],
        unsaid: &[
            "Whether the stateful runtime built with Amazon must run on Azure.",
            "The revenue-share rate, and how Microsoft's own sales are shared.",
            "What becomes of the Azure rule for stateless APIs after AGI is verified.",
            "What Microsoft's IP rights become after 2032.",
            "Which cloud, if any, OpenAI's consumer hardware must use.",
        ],
    },
];
