//! The walkthrough, in reading order. Each step restates part of the
//! announcement in the product's own words and sets up a live example.

#[cfg(feature = "ssr")]
use crate::terms::Choice;
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
    /// The chart of verdicts by year for the builder's starting scenario,
    /// built into the step (`components::year_chart`); the builder's own
    /// follows the reader's scenario.
    YearChart,
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
    /// published: articles embed it for years (`contract.md`). Its short
    /// name and its example's question are in the catalogue (`step-NAME`,
    /// `step-NAME-prompt`).
    pub name: &'static str,
    /// The step's stable number in links (`step=N`): 1–11 name the steps of
    /// 29 November 2026 forever; a step added later takes the next free
    /// number, wherever it sits in the reading order.
    pub number: u16,
    pub visual: Visual,
    pub example: Example,
    #[cfg(feature = "ssr")]
    pub words: StepWords,
}

#[cfg(feature = "ssr")]
/// What a step rests on and shows beside its words. Compiled only for the
/// build (`ssr`); the words themselves are in the catalogue (`page.ftl`,
/// `step-NAME-…`: [`Step::headline`] and the rest), rendered once into the
/// page, and never reach the wasm.
#[derive(PartialEq, Debug)]
pub struct StepWords {
    pub clauses: &'static [&'static str],
    /// What each later version of the terms changed about this step's
    /// terms, keyed by that version (shown dated; its words are
    /// `step-NAME-change-DATE`).
    pub changes: &'static [(Terms, Change)],
    /// The press reports shown with this step (`terms::REPORTS`, by ID).
    pub reports: &'static [&'static str],
    /// Whether the step sets the terms before and after the amendment side
    /// by side ([`crate::content::amendment::CHANGES`]).
    pub before_after: bool,
}

#[cfg(feature = "ssr")]
/// A dated note that a step's terms no longer hold as the statement put
/// them: the amendment clauses that say what changed.
#[derive(PartialEq, Debug)]
pub struct Change {
    pub cites: &'static [&'static str],
}

#[cfg(feature = "ssr")]
impl Step {
    fn words_named(&self, part: &str) -> String {
        format!("step-{}-{part}", self.name)
    }

    /// The step's headline (`step-NAME-headline`).
    pub fn headline(&self) -> String {
        crate::app::text::text(&self.words_named("headline"), &[])
    }

    /// Its paragraphs (`step-NAME-body-1`, `-2`, …).
    pub fn body(&self) -> Vec<String> {
        crate::app::catalogue::numbered(&self.words_named("body"))
    }

    /// What this part of the statement leaves open (`step-NAME-unsaid-N`).
    pub fn unsaid(&self) -> Vec<String> {
        crate::app::catalogue::numbered(&self.words_named("unsaid"))
    }

    /// What a later version changed about this step's terms
    /// (`step-NAME-change-DATE`).
    pub fn change_text(&self, terms: Terms) -> String {
        crate::app::text::text(&self.words_named(&format!("change-{}", terms.slug())), &[])
    }
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
        visual: Visual::None,
        example: Example {
            base: BASE,
            knobs: &[Knob {
                field: Field::Partner,
                only: &["amazon", "google", "oracle", "other"],
            }],
            topics: &[Topic::TermsChanged, Topic::PartnerAnticipated],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A1", "A2", "A3", "J1", "U1", "U2", "U3", "U4", "U5"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U1", "U2", "U3", "U4", "U5"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "azure-and-apis",
        number: 2,
        visual: Visual::CallPath,
        example: Example {
            base: BASE,
            knobs: &[knob(Field::Channel), knob(Field::Host)],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A4", "A5", "A6", "B5", "B10", "U1", "U2"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U1", "U2"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "stateless-or-stateful",
        number: 3,
        visual: Visual::StatelessDemo,
        example: Example {
            base: BASE,
            knobs: &[Knob {
                field: Field::Offering,
                only: &["stateless-api", "stateful-runtime"],
            }],
            topics: &[Topic::AzureRequired, Topic::HostConsistent],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A4", "B5", "J1", "U1", "U2"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U1", "U2"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "own-products",
        number: 4,
        visual: Visual::None,
        example: Example {
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
            clauses: &["A7", "J1", "B5", "U1", "U2"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U1", "U2"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "ip-licence",
        number: 5,
        visual: Visual::None,
        example: Example {
            base: Scenario {
                offering: Offering::FirstPartyProduct,
                partner: Partner::None,
                channel: Channel::OpenAi,
                ..BASE
            },
            knobs: &[
                Knob {
                    field: Field::Offering,
                    only: &[
                        "first-party-product",
                        "research-model",
                        "consumer-hardware",
                        "open-weight-model",
                    ],
                },
                knob(Field::Year),
            ],
            topics: &[Topic::IpLicence],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A8", "B2", "B3", "B4", "B13", "U3"],
            changes: &[(Terms::Amended, Change { cites: &["U3"] })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "revenue-share",
        number: 6,
        visual: Visual::None,
        example: Example {
            base: BASE,
            knobs: &[
                knob(Field::Channel),
                knob(Field::Revenue),
                knob(Field::Share),
            ],
            topics: &[Topic::RevenueShare],
            estimate: true,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A9", "A10", "B8", "U4", "U5"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U4", "U5"],
                },
            )],
            before_after: false,
            reports: &["R1"],
        },
    },
    Step {
        name: "room-for-others",
        number: 7,
        visual: Visual::None,
        example: Example {
            base: Scenario {
                offering: Offering::CoDevelopedProduct,
                ..BASE
            },
            knobs: &[
                Knob {
                    field: Field::Partner,
                    only: &["amazon", "google", "oracle", "other"],
                },
                Knob {
                    field: Field::Offering,
                    only: &["co-developed-product", "stateless-api", "training-compute"],
                },
            ],
            topics: &[Topic::PartnerAnticipated, Topic::AzureRequired],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A11", "A12", "B5", "B6", "J1", "U2"],
            changes: &[(Terms::Amended, Change { cites: &["U2"] })],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "agi",
        number: 8,
        visual: Visual::None,
        example: Example {
            base: Scenario {
                agi: Agi::Yes,
                year: 2030,
                ..BASE
            },
            knobs: &[knob(Field::Agi), knob(Field::AgiYear), knob(Field::Year)],
            topics: &[
                Topic::AgiProcessChanged,
                Topic::AzureRequired,
                Topic::RevenueShare,
            ],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A13", "B1", "B8", "B13", "U3", "U5"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U3", "U5"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "timeline",
        number: 9,
        visual: Visual::Timeline,
        example: Example {
            base: Scenario {
                offering: Offering::ResearchModel,
                partner: Partner::None,
                channel: Channel::OpenAi,
                year: 2029,
                ..BASE
            },
            knobs: &[
                knob(Field::Year),
                Knob {
                    field: Field::Offering,
                    only: &["research-model", "first-party-product"],
                },
            ],
            topics: &[Topic::IpLicence],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A3", "B2", "B3", "B9", "B12", "U3", "U5"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U3", "U5"],
                },
            )],
            before_after: false,
            reports: &[],
        },
    },
    Step {
        name: "not-said",
        number: 10,
        visual: Visual::None,
        example: Example {
            base: Scenario {
                offering: Offering::StatefulRuntime,
                ..BASE
            },
            knobs: &[Knob {
                field: Field::Offering,
                only: &[
                    "stateful-runtime",
                    "research-model",
                    "consumer-hardware",
                    "training-compute",
                ],
            }],
            topics: &[Topic::AzureRequired, Topic::RevenueShare, Topic::IpLicence],
            estimate: false,
            both: false,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["A4", "A9", "B2", "B3", "B4", "B13", "U1", "U5"],
            changes: &[(
                Terms::Amended,
                Change {
                    cites: &["U1", "U5"],
                },
            )],
            before_after: false,
            reports: &["R1"],
        },
    },
    Step {
        name: "what-changed",
        number: 11,
        visual: Visual::YearChart,
        example: Example {
            // The comparison step answers under the latest terms first, with
            // both versions side by side.
            base: Scenario {
                channel: Channel::OpenAi,
                terms: Terms::Amended,
                ..BASE
            },
            knobs: &[
                knob(Field::Offering),
                knob(Field::Channel),
                knob(Field::Host),
            ],
            topics: &[
                Topic::AzureRequired,
                Topic::AzureFirst,
                Topic::RevenueShare,
                Topic::IpExclusive,
            ],
            estimate: false,
            both: true,
        },
        #[cfg(feature = "ssr")]
        words: StepWords {
            clauses: &["U1", "U2", "U3", "U4", "U5", "U6"],
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
