//! Named example scenarios around the situations the sources describe.
//! They are examples ("Suppose…"), never claims that a deal exists.

use super::scenario::{Agi, Channel, Customer, Host, Offering, Partner, Scenario, Terms};

pub struct Preset {
    /// A stable word, for tests and for the preset menu.
    pub id: &'static str,
    pub name: &'static str,
    /// One line on what it shows.
    pub blurb: &'static str,
    /// The deal. Which version of the terms answers it is the reader's
    /// choice, not the preset's: see [`Preset::under`].
    pub scenario: Scenario,
}

impl Preset {
    /// The preset's deal, answered under the version the reader chose.
    pub fn under(&self, terms: Terms) -> Scenario {
        Scenario {
            terms,
            ..self.scenario
        }
    }

    /// The preset whose deal this scenario is, under any version (the
    /// starting scenario is the first): shown labelled as an example.
    pub fn of(s: &Scenario) -> Option<&'static Preset> {
        PRESETS.iter().find(|p| p.under(s.terms) == *s)
    }
}

/// The default scenario: OpenAI's stateless API, sold through Amazon and
/// served from AWS (an example to test the rule, not a reported deal).
const BASE: Scenario = Scenario::DEFAULT;

pub static PRESETS: [Preset; 10] = [
    Preset {
        id: "api-through-amazon",
        name: "Suppose Amazon sold the stateless API from AWS",
        blurb: "It tests the Azure-only rule of the February 2026 statement, which this explainer reads as ended on 27 April 2026. As of February 2026 no source said Amazon resold OpenAI's stateless API; on 28 April 2026 AWS announced OpenAI models on Amazon Bedrock in limited preview, as reported.",
        scenario: BASE,
    },
    Preset {
        id: "api-through-amazon-on-azure",
        name: "Suppose the same, served from Azure",
        blurb: "The same, with the calls running on Azure.",
        scenario: Scenario {
            host: Host::Azure,
            ..BASE
        },
    },
    Preset {
        id: "api-on-aws-direct",
        name: "Suppose OpenAI served its API from AWS itself",
        blurb: "Suppose OpenAI sold its stateless API itself, with no partner, and served it from AWS; no source reports this.",
        scenario: Scenario {
            partner: Partner::None,
            channel: Channel::OpenAi,
            ..BASE
        },
    },
    Preset {
        id: "bedrock-stateful-runtime",
        name: "Suppose the stateful runtime ran on Amazon Bedrock",
        blurb: "A runtime built with Amazon that keeps an agent's memory, run on AWS; OpenAI and Amazon announced one on 27 February 2026.",
        scenario: Scenario {
            offering: Offering::StatefulRuntime,
            ..BASE
        },
    },
    Preset {
        id: "frontier-via-aws",
        name: "Suppose AWS distributed Frontier",
        blurb: "Suppose Amazon sold OpenAI's own Frontier platform from AWS; on 27 February 2026 OpenAI and Amazon announced AWS as its exclusive third-party cloud distributor.",
        scenario: Scenario {
            offering: Offering::FirstPartyProduct,
            ..BASE
        },
    },
    Preset {
        id: "frontier-on-another-cloud",
        name: "Suppose Frontier ran on Google Cloud",
        blurb: "Suppose OpenAI sold its own product itself and ran it on another cloud; no source reports this.",
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
        name: "Suppose a US national-security customer used AWS",
        blurb: "Suppose a US government national-security customer used OpenAI's API served from AWS.",
        scenario: Scenario {
            customer: Customer::UsNationalSecurity,
            partner: Partner::None,
            channel: Channel::OpenAi,
            ..BASE
        },
    },
    Preset {
        id: "after-agi",
        name: "Suppose the panel verified AGI in 2030",
        blurb: "In this scenario the expert panel verifies AGI in 2030 and Amazon sells the API; no source says AGI has been verified.",
        scenario: Scenario {
            year: 2030,
            agi: Agi::Yes,
            ..BASE
        },
    },
    Preset {
        id: "open-weights-anywhere",
        name: "Suppose Oracle served an open-weight model",
        blurb: "Suppose OpenAI released open-weight models and Oracle served them on its cloud; no source reports this. It assumes Oracle pays OpenAI for them: only then does the deal earn OpenAI revenue, and no source says it does.",
        scenario: Scenario {
            offering: Offering::OpenWeightModel,
            partner: Partner::Oracle,
            host: Host::OracleCloud,
            ..BASE
        },
    },
    Preset {
        id: "microsoft-sells-on-azure",
        name: "Suppose Microsoft sold the API on Azure",
        blurb: "Suppose a developer bought OpenAI's API through Microsoft, served from Azure.",
        scenario: Scenario {
            partner: Partner::None,
            channel: Channel::Microsoft,
            host: Host::Azure,
            ..BASE
        },
    },
];
