//! Named scenarios from the real situations the announcement is about.

use super::scenario::{Agi, Channel, Customer, Host, Offering, Partner, Scenario};

pub struct Preset {
    /// A stable word, for tests and for the preset menu.
    pub id: &'static str,
    pub name: &'static str,
    /// One line on what it shows.
    pub blurb: &'static str,
    pub scenario: Scenario,
}

/// The default scenario: Amazon resells the stateless API, served from AWS.
const BASE: Scenario = Scenario::DEFAULT;

pub static PRESETS: [Preset; 8] = [
    Preset {
        id: "amazon-resells-api",
        name: "Amazon resells the stateless API",
        blurb: "Amazon sells OpenAI's API to its customers and serves it from AWS.",
        scenario: BASE,
    },
    Preset {
        id: "amazon-resells-via-azure",
        name: "Amazon resells it, Azure serves it",
        blurb: "The same resale, with the calls running on Azure.",
        scenario: Scenario {
            host: Host::Azure,
            ..BASE
        },
    },
    Preset {
        id: "bedrock-stateful-runtime",
        name: "Stateful agent runtime on Amazon Bedrock",
        blurb: "The jointly built runtime that keeps an agent's memory, run on AWS.",
        scenario: Scenario {
            offering: Offering::StatefulRuntime,
            ..BASE
        },
    },
    Preset {
        id: "frontier-on-another-cloud",
        name: "Frontier served from Google Cloud",
        blurb: "OpenAI's own product, sold by OpenAI, run on another cloud.",
        scenario: Scenario {
            offering: Offering::FirstPartyProduct,
            partner: Partner::None,
            channel: Channel::OpenAi,
            host: Host::GoogleCloud,
            ..BASE
        },
    },
    Preset {
        id: "national-security-on-aws",
        name: "A US national-security customer on AWS",
        blurb: "OpenAI's API for a US government national-security customer, served from AWS.",
        scenario: Scenario {
            customer: Customer::UsNationalSecurity,
            partner: Partner::None,
            channel: Channel::OpenAi,
            ..BASE
        },
    },
    Preset {
        id: "after-agi",
        name: "After AGI is verified (2030)",
        blurb: "The expert panel verified AGI in 2030; Amazon resells the API.",
        scenario: Scenario {
            year: 2030,
            agi: Agi::Yes,
            ..BASE
        },
    },
    Preset {
        id: "open-weights-anywhere",
        name: "An open-weight model on any cloud",
        blurb: "OpenAI releases open weights; Oracle serves them on its cloud.",
        scenario: Scenario {
            offering: Offering::OpenWeightModel,
            partner: Partner::Oracle,
            host: Host::OracleCloud,
            ..BASE
        },
    },
    Preset {
        id: "microsoft-sells-on-azure",
        name: "Microsoft sells the API on Azure",
        blurb: "A developer buys OpenAI's API through Microsoft, served from Azure.",
        scenario: Scenario {
            partner: Partner::None,
            channel: Channel::Microsoft,
            host: Host::Azure,
            ..BASE
        },
    },
];
