//! Named example scenarios around the situations the sources describe.
//! They are examples ("Suppose…"), never claims that a deal exists.

use super::scenario::{Agi, Channel, Customer, Host, Offering, Partner, Scenario, Terms};

#[derive(Debug, PartialEq)]
pub struct Preset {
    /// A stable word, for links, tests and the preset menu; its name and
    /// one line on what it shows are in the catalogue (`preset-ID`,
    /// `preset-ID-help`).
    pub id: &'static str,
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
        scenario: BASE,
    },
    Preset {
        id: "api-through-amazon-on-azure",
        scenario: Scenario {
            host: Host::Azure,
            ..BASE
        },
    },
    Preset {
        id: "api-on-aws-direct",
        scenario: Scenario {
            partner: Partner::None,
            channel: Channel::OpenAi,
            ..BASE
        },
    },
    Preset {
        id: "bedrock-stateful-runtime",
        scenario: Scenario {
            offering: Offering::StatefulRuntime,
            ..BASE
        },
    },
    Preset {
        id: "frontier-via-aws",
        scenario: Scenario {
            offering: Offering::FirstPartyProduct,
            ..BASE
        },
    },
    Preset {
        id: "frontier-on-another-cloud",
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
        scenario: Scenario {
            customer: Customer::UsNationalSecurity,
            partner: Partner::None,
            channel: Channel::OpenAi,
            ..BASE
        },
    },
    Preset {
        id: "after-agi",
        scenario: Scenario {
            year: 2030,
            agi: Agi::Yes,
            ..BASE
        },
    },
    Preset {
        id: "open-weights-anywhere",
        scenario: Scenario {
            offering: Offering::OpenWeightModel,
            partner: Partner::Oracle,
            host: Host::OracleCloud,
            ..BASE
        },
    },
    Preset {
        id: "microsoft-sells-on-azure",
        scenario: Scenario {
            partner: Partner::None,
            channel: Channel::Microsoft,
            host: Host::Azure,
            ..BASE
        },
    },
];

#[cfg(test)]
mod tests {
    use super::PRESETS;

    /// An example's id is its page's address (`examples/ID/`), kept
    /// forever once published: lower-case words and hyphens, one each.
    #[test]
    fn every_example_has_its_own_link_safe_id() {
        for (i, p) in PRESETS.iter().enumerate() {
            assert!(
                !p.id.is_empty()
                    && p.id
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    && !p.id.starts_with('-')
                    && !p.id.ends_with('-'),
                "{}",
                p.id
            );
            assert!(PRESETS[..i].iter().all(|q| q.id != p.id), "{} twice", p.id);
        }
    }
}
