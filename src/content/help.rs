//! Help text for the builder's inputs, for readers with no legal or cloud
//! background.

use crate::terms::Field;

/// What a field asks, in one line.
pub fn field(field: Field) -> &'static str {
    match field {
        Field::Offering => "The kind of thing OpenAI provides in this deal.",
        Field::Partner => "The other company OpenAI works with on it, if any.",
        Field::Channel => "Who sells it to the customer.",
        Field::Host => "Whose data centres would serve or run it.",
        Field::Customer => "Who buys it.",
        Field::Year => "The year the deal happens, 2026 to 2040.",
        Field::Agi => "Whether the independent expert panel has confirmed that OpenAI reached AGI.",
        Field::AgiYear => "The year the panel confirmed it. A later year than the deal means not yet verified at the time of the deal.",
        Field::Revenue => "What the deal earns, in US dollars.",
        Field::Share => "Your assumed rate, in percent. The real rate is not public; the press reported 20%.",
        Field::Terms => "Which version of the terms answers. Every answer also shows the other version's where it differs.",
    }
}

/// What one choice means.
pub fn choice(slug: &str) -> &'static str {
    match slug {
        "stateless-api" => "Apps send a request and get an answer; nothing is remembered between calls.",
        "stateful-runtime" => "A service that keeps an agent's memory and progress between calls.",
        "first-party-product" => "A product OpenAI makes and offers itself, such as the Frontier series.",
        "co-developed-product" => "A product that is not an API, built by OpenAI together with another company.",
        "open-weight-model" => "A model whose trained weights OpenAI publishes for anyone to run.",
        "research-model" => "A model meant only for research or internal use.",
        "consumer-hardware" => "A device OpenAI sells to the public.",
        "training-compute" => "Computing power OpenAI buys to train its models.",
        "none" => "OpenAI deals directly; no other company is involved.",
        "amazon" => "Amazon, which announced a collaboration with OpenAI on 27 February 2026.",
        "google" | "oracle" => "A cloud company other than Microsoft or Amazon.",
        "other" => "Any other company or cloud.",
        "openai" => "The customer buys from OpenAI.",
        "microsoft" => "The customer buys from Microsoft.",
        "partner" => "The customer buys from the partner company.",
        "azure" => "Microsoft's cloud.",
        "aws" => "Amazon Web Services, Amazon's cloud.",
        "google-cloud" => "Google's cloud.",
        "oracle-cloud" => "Oracle's cloud.",
        "openai-own" => "Data centres OpenAI runs itself.",
        "general" => "Ordinary businesses and developers.",
        "us-national-security" => "A US government national-security customer, which the October 2025 agreement treats apart.",
        "no" => "The panel has not confirmed AGI.",
        "yes" => "The panel has confirmed that OpenAI reached AGI.",
        "2026-02-27" => "What the statement described: the October 2025 agreement, reaffirmed. Superseded on 27 April 2026.",
        "2026-04-27" => "The terms as the companies amended them on 27 April 2026: the ones in force now.",
        _ => "",
    }
}
