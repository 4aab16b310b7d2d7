//! The walkthrough, in reading order. Each step restates part of the
//! announcement in the product's own words and sets up a live example.

use crate::terms::{Agi, Channel, Field, Host, Offering, Partner, Scenario, Terms, Topic};

/// A picture that goes with a step.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Visual {
    None,
    /// Where a stateless API call goes, from buyer to server.
    CallPath,
    /// Stateless and stateful calls side by side, step by step. It does not
    /// depend on the scenario, so it is built HTML in the step's words
    /// (`words::demo`), not part of the live example.
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
    /// Whether the example sets both versions of the terms side by side.
    pub both: bool,
}

/// One walkthrough step, in reading order in [`STEPS`]: the one list a new
/// step is added to. Its name, picture and live example reach the browser;
/// its words only the build, which writes them into the page.
#[derive(PartialEq, Debug)]
pub struct Step {
    /// The step's stable name in links (`step=NAME`), never changed once
    /// published: articles embed it for years (`contract.md`).
    pub name: &'static str,
    /// The step's stable number in links (`step=N`): 1–11 name the steps of
    /// 29 November 2026 forever; a step added later takes the next free
    /// number, wherever it sits in the reading order.
    pub number: u16,
    /// A short name for the progress list.
    pub short: &'static str,
    pub visual: Visual,
    pub example: Example,
    #[cfg(feature = "ssr")]
    pub words: StepWords,
}

#[cfg(feature = "ssr")]
/// What a step says. Compiled only for the build (`ssr`): these words are
/// rendered once, into the page, and never reach the wasm.
#[derive(PartialEq, Debug)]
pub struct StepWords {
    pub headline: &'static str,
    pub body: &'static [&'static str],
    pub clauses: &'static [&'static str],
    /// What this part of the statement leaves open.
    pub unsaid: &'static [&'static str],
    /// What each later version of the terms changed about this step's
    /// terms, keyed by that version (shown dated).
    pub changes: &'static [(Terms, Change)],
    /// The press reports shown with this step (`terms::REPORTS`, by ID).
    pub reports: &'static [&'static str],
    /// Whether the step sets the terms before and after the amendment side
    /// by side ([`crate::content::amendment::CHANGES`]).
    pub before_after: bool,
}

#[cfg(feature = "ssr")]
/// A dated note that a step's terms no longer hold as the statement put
/// them: what changed, and the amendment clauses that say so.
#[derive(PartialEq, Debug)]
pub struct Change {
    pub text: &'static str,
    pub cites: &'static [&'static str],
}

/// The default deal, under the terms the statement described: OpenAI's
/// stateless API sold through Amazon and served from AWS (an example, not a
/// reported deal). A step's live example answers under the version its step
/// explains, whatever the address says (`contract.md`); the amended answer
/// stands beside each one.
const BASE: Scenario = Scenario {
    terms: Terms::Statement,
    ..Scenario::DEFAULT
};

const fn knob(field: Field) -> Knob {
    Knob { field, only: &[] }
}

/// The step that sets the two versions of the terms side by side (1-based),
/// which the update notice links to: the one with the before/after table.
#[cfg(feature = "ssr")]
pub fn what_changed_step() -> Option<usize> {
    STEPS
        .iter()
        .position(|s| s.words.before_after)
        .map(|i| i + 1)
}

/// The step a link's `step=` names, as its position in reading order
/// (1-based): a stable number (out-of-range numbers clamp to the first and
/// the highest) or a stable name; anything else means the first step.
/// The head script reads `step=` the same way (`src/js/first-paint.js`).
pub fn position(param: &str) -> usize {
    let param = param.trim_matches(|c: char| c.is_ascii_whitespace());
    let digits = param.strip_prefix('+').unwrap_or(param);
    let found = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        let number = digits
            .parse::<u16>()
            .unwrap_or(u16::MAX)
            .clamp(1, highest_number());
        STEPS
            .iter()
            .position(|step| step.number == number)
            .map(|i| i + 1)
    } else {
        named(param)
    };
    found.unwrap_or(1)
}

/// The step named `name`, as its position in reading order (1-based).
pub fn named(name: &str) -> Option<usize> {
    STEPS
        .iter()
        .position(|step| step.name == name)
        .map(|i| i + 1)
}

/// The highest stable number any step has (numbers past it clamp to it).
pub fn highest_number() -> u16 {
    STEPS.iter().map(|step| step.number).max().unwrap_or(1)
}

/// The step at a position in reading order (1-based), if there is one.
pub fn at(position: usize) -> Option<&'static Step> {
    STEPS.get(position.wrapping_sub(1))
}

pub static STEPS: &[Step] = &[
    Step {
        name: "the-news",
        number: 1,
        short: "The news",
        visual: Visual::None,
        example: Example {
            prompt: "Pick a partner. Did the day's announcements change the agreed terms, and did the agreement leave room for a partner like this?",
            base: BASE,
            knobs: &[Knob { field: Field::Partner, only: &["amazon", "google", "oracle", "other"] }],
            topics: &[Topic::TermsChanged, Topic::PartnerAnticipated],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "Microsoft and OpenAI said the day's news left their deal as it was",
            body: &[
                "On 27 February 2026 OpenAI announced a new funding round, reported at about $110 billion, and a strategic collaboration with Amazon, whose investment was reported at $50 billion.",
                "The same day Microsoft and OpenAI published a joint statement. The news report this explainer follows presents it as Microsoft's reply: the partnership was \"strong and central\" (the report's words), and none of the day's announcements would change the terms agreed before. The two have worked together since 2019.",
                "The contracts themselves are not public. This explainer takes the statement one term at a time. Each claim names the clause it rests on and where that clause comes from; where the sources stop, it says so.",
            ],
            clauses: &["A1", "A2", "A3", "J1", "U1", "U2", "U3", "U4", "U5"],
            unsaid: &["Neither the report nor what the sources give of the joint statement mentions amounts for the funding round or the Amazon deal; the figures come from the companies' other announcements and the press (see Sources)."],
            changes: &[(Terms::Amended, Change {
                text: "two months later the companies amended the terms this statement called unchanged. Each step marks what changed, and [step:what-changed] sets the two versions side by side.",
                cites: &["U1", "U2", "U3", "U4", "U5"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "azure-and-apis",
        number: 2,
        short: "Azure and APIs",
        visual: Visual::CallPath,
        example: Example {
            prompt: "Choose who sells the API and where it would run. Must it be served from Azure?",
            base: BASE,
            knobs: &[knob(Field::Channel), knob(Field::Host)],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "In February, Microsoft said Azure alone served OpenAI's stateless APIs; the report read that as covering Amazon's calls too",
            body: &[
                "A \"[stateless API](stateless-api)\" is how developers use OpenAI's models from their own software: each request goes in, an answer comes back, and nothing is kept. Microsoft said Azure remained the only [cloud](cloud-provider) serving these APIs, all of them.",
                "The report read this as covering every way the API was bought. Bought from Microsoft or from OpenAI, it had to run wholly on Azure. Reached through a third party such as Amazon, the calls still had to be carried out inside Azure.",
                "The October 2025 agreement said the same of API products OpenAI built with third parties: they stayed exclusive to Azure. It also let OpenAI offer its API to US government national-security customers on any cloud, a term the April amendment does not mention.",
            ],
            clauses: &["A4", "A5", "A6", "B5", "B10", "U1", "U2"],
            unsaid: &["Neither the report nor what the sources give of the joint statement describes how a partner's customers reached Azure, or who billed them."],
            changes: &[(Terms::Amended, Change {
                text: "the companies now say OpenAI may serve all its products on any cloud. This explainer reads that as ending the Azure-only rule described here; the posts do not name it. Microsoft stays OpenAI's primary cloud partner: products launch on Azure first, unless Microsoft cannot, and chooses not to, support them.",
                cites: &["U1", "U2"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "stateless-or-stateful",
        number: 3,
        short: "Stateless or stateful",
        visual: Visual::StatelessDemo,
        example: Example {
            prompt: "Switch between the two kinds of offering, both run on AWS. Must it be served from Azure?",
            base: BASE,
            knobs: &[Knob { field: Field::Offering, only: &["stateless-api", "stateful-runtime"] }],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "Stateless or stateful: the line that decided where it had to run",
            body: &[
                "A stateless call carries everything the model needs each time. The app sends the whole conversation so far, gets a reply, and the server keeps nothing.",
                "A [stateful runtime](stateful-runtime) remembers. It holds an agent's memory and progress on the server between calls. OpenAI and Amazon said their collaboration included a jointly engineered \"stateful runtime environment\" for agents on Amazon Bedrock.",
                "Microsoft's Azure rule named stateless APIs only. So the sources settled where stateless calls had to run, but not where a stateful runtime could run.",
            ],
            clauses: &["A4", "B5", "J1", "U1", "U2"],
            unsaid: &["Whether a stateful runtime built with a partner counts as an \"API product\", which the October 2025 agreement kept on Azure."],
            changes: &[(Terms::Amended, Change {
                text: "the companies now say OpenAI may serve all its products on any cloud, so this explainer reads the line as no longer deciding where anything may run. Whether a runtime built with a partner must launch on Azure first is not said.",
                cites: &["U1", "U2"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "own-products",
        number: 4,
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
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "The report read the statement as keeping OpenAI's own products built on Azure",
            body: &[
                "The report read the statement as saying OpenAI's own main products ([first-party products](first-party-product)), the \"Frontier\" series included, would continue to be built on Azure's infrastructure around the world.",
                "Built on is not the same as served only from. The joint statement also let OpenAI use computing power beyond Azure as it grew, so the sources did not say these products could run nowhere else.",
                "Products OpenAI built together with a third party were treated differently: the October 2025 agreement let those that were not APIs run on any cloud.",
            ],
            clauses: &["A7", "J1", "B5", "U1", "U2"],
            unsaid: &["The statement does not list which products count as \"core\", beyond the Frontier series."],
            changes: &[(Terms::Amended, Change {
                text: "the companies now say OpenAI may serve all its products on any cloud, and that they launch on Azure first unless Microsoft cannot, and chooses not to, support them. The posts do not say where they are built.",
                cites: &["U1", "U2"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "ip-licence",
        number: 5,
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
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "Microsoft said its exclusive licence was unchanged",
            body: &[
                "Microsoft said nothing had changed about intellectual property (IP): it still held the [exclusive licence](ip-licence) to OpenAI's models and products, and the right to access them.",
                "The October 2025 agreement put dates on the rights. Rights to models and products run through 2032 and include models released after AGI. Exclusivity is a separate matter: Microsoft's own summary said it lasted \"until AGI\".",
                "Rights to [research IP](research-ip), the confidential methods for building models, end once the [expert panel](expert-panel) verifies AGI or after 2030, whichever is sooner. OpenAI's consumer hardware is outside Microsoft's IP rights. The April 2026 posts mention neither term; this explainer assumes both still stand.",
            ],
            clauses: &["A8", "B2", "B3", "B4", "B13", "U3"],
            unsaid: &["What Microsoft's rights become after 2032.", "What rights Microsoft has in open-weight models once OpenAI releases them."],
            changes: &[(Terms::Amended, Change {
                text: "the companies say Microsoft keeps a licence to OpenAI's models and products through 2032, as before, but it is now non-exclusive.",
                cites: &["U3"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "revenue-share",
        number: 6,
        short: "The revenue share",
        visual: Visual::None,
        example: Example {
            prompt: "Set who sells it, the revenue and an assumed rate. Is the revenue shared, and how much might Microsoft get?",
            base: BASE,
            knobs: &[knob(Field::Channel), knob(Field::Revenue), knob(Field::Share)],
            topics: &[Topic::RevenueShare],
            estimate: true,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "Microsoft said the revenue share was unchanged and reached other clouds",
            body: &[
                "Microsoft said the [revenue-sharing](revenue-share) arrangement between the companies had not been changed.",
                "It added that the arrangement already covered money OpenAI makes through deals with other cloud providers. By Microsoft's account, then, a deal like Amazon's fell inside it. It did not say the same of partners that are not cloud providers, and no source lists which of OpenAI's other revenue the share reaches.",
                "The rate is not public. The press has widely reported 20%, which the companies have not confirmed; here you set the rate yourself, and it is always labelled as assumed. Under the October 2025 agreement the revenue share was to last until the expert panel verified AGI.",
            ],
            clauses: &["A9", "A10", "B8", "U4", "U5"],
            unsaid: &["The rate, and how revenue from Microsoft's own sales of OpenAI models was split."],
            changes: &[(Terms::Amended, Change {
                text: "the companies say OpenAI's payments to Microsoft run through 2030 at the same percentage, up to a total cap whose amount is not public, and no longer depend on OpenAI's technical progress, which ends the old tie to AGI verification; and that Microsoft no longer pays OpenAI a share.",
                cites: &["U4", "U5"],
            })],
            before_after: false,
            reports: &["R1"],
        },
    },
    Step {
        name: "room-for-others",
        number: 7,
        short: "Room for others",
        visual: Visual::None,
        example: Example {
            prompt: "OpenAI builds a product with a partner. Did the agreement leave room for it, and must it run on Azure?",
            base: Scenario { offering: Offering::CoDevelopedProduct, ..BASE },
            knobs: &[
                Knob { field: Field::Partner, only: &["amazon", "google", "oracle", "other"] },
                Knob { field: Field::Offering, only: &["co-developed-product", "stateless-api", "training-compute"] },
            ],
            topics: &[Topic::PartnerAnticipated, Topic::AzureRequired],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "The companies said their deal left each room to explore independently; Microsoft said a partnership like Amazon's was foreseen",
            body: &[
                "Microsoft said the early agreements foresaw a partnership like the one with Amazon, and that it was pleased with it. No source says the same of a deal with Google, Oracle or anyone else.",
                "In the companies' telling, the agreement was designed to keep them close while leaving each room to explore new opportunities independently. The October 2025 agreement lets Microsoft pursue AGI by itself or with others, and lets OpenAI build some products with third parties.",
                "The joint statement adds that OpenAI may take on computing power beyond Azure as it grows, with Azure staying central.",
            ],
            clauses: &["A11", "A12", "B5", "B6", "J1", "U2"],
            unsaid: &["The early agreements themselves are not public, so what exactly they anticipated cannot be checked."],
            changes: &[(Terms::Amended, Change {
                text: "the room is wider: the companies now say OpenAI may serve all its products to customers on any cloud.",
                cites: &["U2"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "agi",
        number: 8,
        short: "AGI",
        visual: Visual::None,
        example: Example {
            prompt: "Say whether the panel has verified AGI, and when. What changes?",
            base: Scenario { agi: Agi::Yes, year: 2030, ..BASE },
            knobs: &[knob(Field::Agi), knob(Field::AgiYear), knob(Field::Year)],
            topics: &[Topic::AgiProcessChanged, Topic::AzureRequired, Topic::RevenueShare],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "The companies said the way AGI is judged had not changed",
            body: &[
                "[AGI](agi) (artificial general intelligence) mattered here because, under the October 2025 agreement, several terms would end or change once an independent panel verified it, not when OpenAI merely said it had arrived. No source says AGI has been verified.",
                "The report says the process for deciding that AGI has arrived, and the contract's definitions, were unchanged. Under the October 2025 agreement, if OpenAI declares AGI, an [independent panel of experts](expert-panel) must verify it.",
                "Under those terms, verification would have ended the revenue share (past amounts might still be paid over time). It also ends Microsoft's research-IP rights, under a term the April 2026 posts do not mention, which this explainer assumes still stands. Microsoft's own summary said its exclusive IP rights and the Azure API exclusivity lasted \"until AGI\".",
            ],
            clauses: &["A13", "B1", "B8", "B13", "U3", "U5"],
            unsaid: &["What would have become of the Azure rule for stateless APIs had the panel verified AGI.", "Who sits on the expert panel, or when it might meet."],
            changes: &[(Terms::Amended, Change {
                text: "the companies say OpenAI's payments no longer depend on its technical progress, which ends the revenue share's tie to AGI verification: it runs through 2030. The licence keeps its 2032 end date but, they say, is no longer exclusive, so the \"until AGI\" exclusivity is gone. They did not say whether the panel process itself changed.",
                cites: &["U3", "U5"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "timeline",
        number: 9,
        short: "Timeline",
        visual: Visual::Timeline,
        example: Example {
            prompt: "Move through the years. Does Microsoft still hold rights?",
            base: Scenario { offering: Offering::ResearchModel, partner: Partner::None, channel: Channel::OpenAi, year: 2029, ..BASE },
            knobs: &[knob(Field::Year), Knob { field: Field::Offering, only: &["research-model", "first-party-product"] }],
            topics: &[Topic::IpLicence],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "From 2019 to 2032: the dates that matter",
            body: &[
                "The partnership began in 2019, when Microsoft invested $1 billion, and was extended in January 2023. The definitive agreement of 28 October 2025 set the dates the statement of 27 February 2026 said still stood.",
                "The amendment of 27 April 2026 set one new date: OpenAI's revenue-share payments to Microsoft run through 2030 at most. Microsoft's licence keeps its 2032 end but is now non-exclusive. Research-IP rights, not mentioned in April and assumed unchanged here, stop after 2030 at the latest. After 2032 the sources say nothing.",
            ],
            clauses: &["A3", "B2", "B3", "B9", "B12", "U3", "U5"],
            unsaid: &["No date is given for AGI. Under the October 2025 agreement it depended on the expert panel; whether the panel still matters is not said."],
            changes: &[(Terms::Amended, Change {
                text: "the companies say the revenue share now runs through 2030, whatever OpenAI's technical progress, where it once lasted until the panel verified AGI; and that the licence, still through 2032, is non-exclusive.",
                cites: &["U3", "U5"],
            })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "not-said",
        number: 10,
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
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "What the statement did not say",
            body: &[
                "A short statement leaves gaps, and a careful reading names them. Where the sources stop, this explainer answers \"not addressed\" rather than guess.",
                "Try the offerings below: under the statement's terms each one lands on a question it did not reach. Each answer also shows how the amended terms answer it.",
            ],
            clauses: &["A4", "A9", "B2", "B3", "B4", "B13", "U1", "U5"],
            unsaid: &[
                "Whether the stateful runtime built with Amazon had to run on Azure.",
                "The revenue-share rate, and how Microsoft's own sales were shared.",
                "What would have become of the Azure rule for stateless APIs had the panel verified AGI.",
                "What Microsoft's IP rights become after 2032.",
                "Which cloud, if any, OpenAI's consumer hardware must use.",
            ],
            changes: &[(Terms::Amended, Change {
                text: "the companies now say OpenAI may serve all its products on any cloud, which this explainer reads as closing some of these gaps; the amendment opened new ones: how long \"first\" on Azure lasts, and the amount of the cap. [Step:what-changed] lists them.",
                cites: &["U1", "U5"],
            })],
            before_after: false,
            reports: &["R1"],
        },
    },
    Step {
        name: "what-changed",
        number: 11,
        short: "What changed in April",
        visual: Visual::None,
        example: Example {
            prompt: "Pick an offering and who sells it. How do the two versions of the terms answer?",
            // The comparison step answers under the latest terms first, with
            // both versions side by side.
            base: Scenario { channel: Channel::OpenAi, terms: Terms::Amended, ..BASE },
            knobs: &[knob(Field::Offering), knob(Field::Channel), knob(Field::Host)],
            topics: &[Topic::AzureRequired, Topic::AzureFirst, Topic::RevenueShare, Topic::IpExclusive],
            estimate: false,
            both: true,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            headline: "On 27 April 2026 the companies amended the terms the statement called unchanged",
            body: &[
                "Two months after the statement, Microsoft and OpenAI published matching posts, each titled \"The next phase of the Microsoft–OpenAI partnership\". They changed several of the terms this explainer walks through. The full contract is still not public.",
                "The table sets each term as the statement described it beside the term as amended. Where the posts say nothing, this explainer assumes the earlier terms stand, and its answers say so.",
            ],
            clauses: &["U1", "U2", "U3", "U4", "U5", "U6"],
            unsaid: &[
                "Whether the expert-panel process for verifying AGI still exists or matters to any right. Reports that the AGI clause is gone go beyond what the companies wrote.",
                "Anything about research IP, consumer hardware, open-weight models, US national-security customers or compute purchases. This explainer assumes those terms stand.",
                "How long \"first\" on Azure lasts, and which launches count as products.",
                "The amount of the revenue-share cap.",
            ],
            changes: &[],
            before_after: true,
            reports: &["R1"],
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::Choice;

    /// A knob's `only` words are slugs of its field: a misspelt one would
    /// silently drop an option from the example.
    #[test]
    fn every_knobs_choices_are_its_fields_words() {
        for step in STEPS {
            for knob in step.example.knobs {
                for word in knob.only {
                    assert!(
                        knob.field.choices().contains(word),
                        "step {}: {} has no choice {word:?}",
                        step.name,
                        knob.field.slug()
                    );
                }
            }
        }
    }

    /// What `step=1` … `step=11` named on 29 November 2026: articles embed
    /// these links for years, so they never re-point (`contract.md`).
    const PUBLISHED: [&str; 11] = [
        "the-news",
        "azure-and-apis",
        "stateless-or-stateful",
        "own-products",
        "ip-licence",
        "revenue-share",
        "room-for-others",
        "agi",
        "timeline",
        "not-said",
        "what-changed",
    ];

    #[test]
    fn published_step_links_never_re_point() {
        for (i, name) in PUBLISHED.iter().enumerate() {
            let by_number = position(&(i + 1).to_string());
            assert_eq!(STEPS[by_number - 1].name, *name, "step={}", i + 1);
            assert_eq!(position(name), by_number, "step={name}");
        }
    }

    #[test]
    fn every_step_has_its_own_name_and_number() {
        for (i, step) in STEPS.iter().enumerate() {
            assert!(
                !step.name.is_empty()
                    && step
                        .name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "a name a link can carry as it is: {}",
                step.name
            );
            // A name that reads as a number would be taken for one.
            assert!(!step.name.starts_with('+'));
            for other in &STEPS[i + 1..] {
                assert_ne!(step.name, other.name);
                assert_ne!(step.number, other.number);
            }
            assert_eq!(position(step.name), i + 1);
            assert!(crate::app::view::Embed::from_slug(step.name).is_none());
        }
    }

    #[test]
    fn step_takes_a_number_or_a_name_and_anything_else_means_the_first() {
        // Numbers past the highest mean the step with the highest number,
        // wherever it is in the reading order.
        let highest = STEPS.iter().max_by_key(|s| s.number).unwrap().name;
        let last = position(highest);
        for (param, want) in [
            ("3", 3),
            (" 3 ", 3),
            ("+3", 3),
            ("03", 3),
            ("0", 1),
            ("99", last),
            ("99999999999999999999", last),
            ("-3", 1),
            ("1e3", 1),
            ("3.5", 1),
            ("", 1),
            ("revenue-share", 6),
            ("Revenue-Share", 1),
            ("no-such-step", 1),
        ] {
            assert_eq!(position(param), want, "step={param:?}");
        }
    }
}
