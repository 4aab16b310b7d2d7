//! Terms a reader may not know, defined only as far as the sources support.

#[derive(Debug, PartialEq)]
pub struct Term {
    /// A stable word for anchors: `#term-stateless-api`.
    pub id: &'static str,
    pub term: &'static str,
    pub definition: &'static str,
    /// The press reports shown with the definition (by ID).
    pub reports: &'static [&'static str],
}

pub static GLOSSARY: [Term; 12] = [
    Term { id: "stateless-api", term: "Stateless API", definition: "A way for software to use a model over the internet in which each request carries everything needed and nothing is kept between requests.", reports: &[] },
    Term { id: "stateful-runtime", term: "Stateful runtime", definition: "A service that keeps information, such as an agent's memory and progress, on the server from one call to the next.", reports: &[] },
    Term { id: "cloud-provider", term: "Cloud provider / hosting", definition: "A company whose data centres run software for others. \"Hosting\" or \"serving\" a model means running it there and answering requests.", reports: &[] },
    Term { id: "first-party-product", term: "First-party product", definition: "A product a company makes and offers under its own name; here, OpenAI's own products such as the Frontier series.", reports: &[] },
    Term { id: "ip-licence", term: "IP licence (exclusive licence, access rights)", definition: "Permission to use another company's intellectual property. An exclusive licence means no one else gets the same permission; a non-exclusive one leaves the owner free to grant it to others. Access rights mean being able to reach the models and products themselves.", reports: &[] },
    Term { id: "research-ip", term: "Research IP", definition: "OpenAI's confidential methods for developing models and systems. Model weights, architecture, inference and fine-tuning code, and data-centre hardware and software do not count as research IP.", reports: &[] },
    Term { id: "revenue-share", term: "Revenue share", definition: "An agreement that one company pays the other a part of what it earns. The rate between Microsoft and OpenAI is not public; since April 2026 the total is also capped, at an amount the companies have not published.", reports: &["R1"] },
    Term { id: "agi", term: "AGI", definition: "Artificial general intelligence. Under the October 2025 agreement, several terms would end or change once an independent panel verified that OpenAI had reached it; the contracts' own definition is not public. Since 27 April 2026 the companies say the revenue share no longer depends on OpenAI's technical progress, which ends its tie to AGI verification; whether the panel still matters to any right is not said.", reports: &[] },
    Term { id: "expert-panel", term: "Independent expert panel", definition: "A group of outside experts who, under the October 2025 agreement, must confirm any claim by OpenAI that it has reached AGI before that claim counts. Since 27 April 2026 the companies say the revenue share no longer depends on OpenAI's technical progress; whether the panel still matters is not said.", reports: &[] },
    Term { id: "open-weight-model", term: "Open-weight model", definition: "A model whose trained weights are published. The October 2025 agreement lets OpenAI release such models if they meet set capability criteria.", reports: &[] },
    Term { id: "right-of-first-refusal", term: "Right of first refusal", definition: "The right to match an offer before it goes to someone else. Microsoft gave up this right as OpenAI's compute provider in October 2025.", reports: &[] },
    Term { id: "public-benefit-corporation", term: "Public benefit corporation", definition: "A form of company with a stated public purpose. OpenAI Group PBC became one in October 2025, when OpenAI was recapitalised.", reports: &[] },
];

/// The term with this ID, if the glossary has it.
pub fn term(id: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.id == id)
}
