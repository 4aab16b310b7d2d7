//! A scenario: the hypothetical deal a reader sets up, one field per input of
//! `terms.md`, and the rules for reading each field from text.

use super::choice::choice;
use super::decimal::{Decimal, DecimalError};

choice! {
    /// What OpenAI offers in the deal.
    pub enum Offering {
        StatelessApi => "stateless-api", "Stateless API";
        StatefulRuntime => "stateful-runtime", "Stateful runtime (agents)";
        FirstPartyProduct => "first-party-product", "OpenAI's own product (e.g. Frontier)";
        CoDevelopedProduct => "co-developed-product", "Non-API product built with a partner";
        OpenWeightModel => "open-weight-model", "Open-weight model";
        ResearchModel => "research-model", "Research-only model";
        ConsumerHardware => "consumer-hardware", "Consumer hardware";
        TrainingCompute => "training-compute", "Computing power for training";
    }
}

choice! {
    /// The third party OpenAI works with on the deal, if any.
    pub enum Partner {
        None => "none", "No partner";
        Amazon => "amazon", "Amazon";
        Google => "google", "Google";
        Oracle => "oracle", "Oracle";
        Other => "other", "Another partner";
    }
}

choice! {
    /// Who sells the offering to the customer.
    pub enum Channel {
        OpenAi => "openai", "OpenAI";
        Microsoft => "microsoft", "Microsoft";
        Partner => "partner", "The partner";
    }
}

choice! {
    /// Where the offering would be served or run.
    pub enum Host {
        Azure => "azure", "Azure";
        Aws => "aws", "AWS";
        GoogleCloud => "google-cloud", "Google Cloud";
        OracleCloud => "oracle-cloud", "Oracle Cloud";
        OpenAiOwn => "openai-own", "OpenAI's own data centres";
        Other => "other", "Another cloud";
    }
}

choice! {
    pub enum Customer {
        General => "general", "Any business or developer";
        UsNationalSecurity => "us-national-security", "US national-security agency";
    }
}

choice! {
    /// Whether the independent expert panel has verified AGI.
    pub enum Agi {
        No => "no", "Not verified";
        Yes => "yes", "Verified by the panel";
    }
}

choice! {
    /// Which version of the terms answers (`terms.md`, "Two versions of the
    /// terms"). The statement's is the default, so every link written before
    /// versions existed keeps its meaning.
    pub enum Terms {
        Statement => "2026-02-27", "The statement of 27 Feb 2026";
        Amended => "2026-04-27", "As amended on 27 Apr 2026";
    }
}

impl Terms {
    /// The other version: every answer is also asked under it.
    pub fn other(self) -> Terms {
        match self {
            Terms::Statement => Terms::Amended,
            Terms::Amended => Terms::Statement,
        }
    }

    /// The version in a phrase that fits "under …" or "as …".
    pub fn phrase(self) -> &'static str {
        match self {
            Terms::Statement => "the terms as the statement of 27 February 2026 described them",
            Terms::Amended => "the terms as amended on 27 April 2026",
        }
    }
}

choice! {
    /// The inputs of a scenario, by their names in links.
    pub enum Field {
        Offering => "offering", "What is offered";
        Partner => "partner", "Partner";
        Channel => "channel", "Who sells it";
        Host => "host", "Where it runs";
        Customer => "customer", "Customer";
        Year => "year", "Year";
        Agi => "agi", "AGI";
        AgiYear => "agi-year", "Year AGI was verified";
        Revenue => "revenue", "Revenue";
        Share => "share", "Assumed revenue-share rate";
        Terms => "terms", "Terms as of";
    }
}

pub const FIRST_YEAR: u16 = 2026;
pub const LAST_YEAR: u16 = 2040;
/// The largest revenue a scenario may hold: 10^15 dollars.
pub const MAX_REVENUE: u128 = 1_000_000_000_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub offering: Offering,
    pub partner: Partner,
    pub channel: Channel,
    pub host: Host,
    pub customer: Customer,
    pub year: u16,
    pub agi: Agi,
    /// The year the panel verified AGI. Kept only while `agi` is `Yes`;
    /// `None` means "the scenario's year".
    pub agi_year: Option<u16>,
    pub revenue: Decimal,
    /// The reader's assumed revenue-share rate, in percent.
    pub share: Decimal,
    /// Which version of the terms answers.
    pub terms: Terms,
}

impl Scenario {
    /// The defaults of `terms.md`: what a link without parameters means.
    pub const DEFAULT: Scenario = Scenario {
        offering: Offering::StatelessApi,
        partner: Partner::Amazon,
        channel: Channel::Partner,
        host: Host::Aws,
        customer: Customer::General,
        year: FIRST_YEAR,
        agi: Agi::No,
        agi_year: None,
        revenue: Decimal::whole(1_000_000),
        share: Decimal::whole(20),
        terms: Terms::Statement,
    };
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::DEFAULT
    }
}

/// Why one field's text could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Not one of the allowed words.
    UnknownWord,
    /// Not a whole number in the allowed range.
    NotAYear,
    NotANumber,
    Negative,
    TooPrecise,
    TooLarge,
    /// A choice that cannot go with another field's value.
    Combination {
        other: Field,
        other_value: &'static str,
    },
}

/// A bad input, named to the reader: which field, what was given, what is
/// allowed. The field has fallen back to its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub field: Field,
    /// What the reader or the link gave, shortened for display.
    pub given: String,
    pub problem: Problem,
}

/// The longest part of a bad value repeated back in a message.
const SHOWN_CHARS: usize = 40;

impl InputError {
    fn new(field: Field, given: &str, problem: Problem) -> Self {
        let mut shown: String = given.chars().take(SHOWN_CHARS).collect();
        if given.chars().count() > SHOWN_CHARS {
            shown.push('…');
        }
        InputError {
            field,
            given: shown,
            problem,
        }
    }

    /// What is allowed for the field, in words.
    pub fn allowed(&self) -> String {
        match self.field {
            Field::Offering => Offering::SLUGS.join(", "),
            Field::Partner => Partner::SLUGS.join(", "),
            Field::Channel => Channel::SLUGS.join(", "),
            Field::Host => Host::SLUGS.join(", "),
            Field::Customer => Customer::SLUGS.join(", "),
            Field::Agi => Agi::SLUGS.join(", "),
            Field::Terms => Terms::SLUGS.join(", "),
            Field::Year | Field::AgiYear => {
                format!("a whole year from {FIRST_YEAR} to {LAST_YEAR}")
            }
            Field::Revenue => {
                "an amount in US dollars from 0 to 1000000000000000 (10^15), at most 9 decimals"
                    .into()
            }
            Field::Share => "a percentage from 0 to 100, at most 9 decimals".into(),
        }
    }

    /// One sentence for the reader: the field, the problem, what is allowed,
    /// and what is used instead.
    pub fn message(&self) -> String {
        let name = self.field.slug();
        let given = &self.given;
        let why = match &self.problem {
            Problem::Combination { other, other_value } => {
                return format!(
                    "{name}: “{given}” cannot go with {}={other_value}: {}. The default, {}, is used instead.",
                    other.slug(),
                    self.problem.reason(),
                    default_text(self.field)
                )
            }
            Problem::UnknownWord => "is not one of the allowed values",
            Problem::NotAYear => "is not a year in range",
            Problem::NotANumber => "is not a number",
            Problem::Negative => "is below zero",
            Problem::TooPrecise => "has too many decimals",
            Problem::TooLarge => "is too large",
        };
        format!(
            "{name}: “{given}” {why}. Allowed: {}. The default, {}, is used instead.",
            self.allowed(),
            default_text(self.field)
        )
    }
}

impl Problem {
    /// Why a combination is not allowed, in words; empty for other problems.
    pub fn reason(&self) -> &'static str {
        match self {
            Problem::Combination {
                other: Field::Channel,
                ..
            } => "a partner can only sell it when there is a partner",
            Problem::Combination { .. } => {
                "a co-developed product needs a third party to develop it with"
            }
            _ => "",
        }
    }
}

impl Field {
    /// The words a choice field allows; empty for number fields.
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            Field::Offering => Offering::SLUGS,
            Field::Partner => Partner::SLUGS,
            Field::Channel => Channel::SLUGS,
            Field::Host => Host::SLUGS,
            Field::Customer => Customer::SLUGS,
            Field::Agi => Agi::SLUGS,
            Field::Terms => Terms::SLUGS,
            Field::Year | Field::AgiYear | Field::Revenue | Field::Share => &[],
        }
    }

    /// The people's name of one of this field's words.
    pub fn choice_label(self, slug: &str) -> &'static str {
        fn label<T: Copy>(
            from: fn(&str) -> Option<T>,
            name: fn(T) -> &'static str,
            slug: &str,
        ) -> &'static str {
            from(slug).map(name).unwrap_or("")
        }
        match self {
            Field::Offering => label(Offering::from_slug, Offering::label, slug),
            Field::Partner => label(Partner::from_slug, Partner::label, slug),
            Field::Channel => label(Channel::from_slug, Channel::label, slug),
            Field::Host => label(Host::from_slug, Host::label, slug),
            Field::Customer => label(Customer::from_slug, Customer::label, slug),
            Field::Agi => label(Agi::from_slug, Agi::label, slug),
            Field::Terms => label(Terms::from_slug, Terms::label, slug),
            Field::Year | Field::AgiYear | Field::Revenue | Field::Share => "",
        }
    }
}

/// The default value of a field, as a link would write it.
pub fn default_text(field: Field) -> String {
    let d = Scenario::default();
    match field {
        Field::Offering => d.offering.slug().into(),
        Field::Partner => d.partner.slug().into(),
        Field::Channel => d.channel.slug().into(),
        Field::Host => d.host.slug().into(),
        Field::Customer => d.customer.slug().into(),
        Field::Year => d.year.to_string(),
        Field::Agi => d.agi.slug().into(),
        Field::AgiYear => "the scenario's year".into(),
        Field::Revenue => d.revenue.to_string(),
        Field::Share => d.share.to_string(),
        Field::Terms => d.terms.slug().into(),
    }
}

fn word<T>(field: Field, text: &str, parse: fn(&str) -> Option<T>) -> Result<T, InputError> {
    parse(text.trim()).ok_or_else(|| InputError::new(field, text, Problem::UnknownWord))
}

fn year(field: Field, text: &str) -> Result<u16, InputError> {
    let trimmed = text.trim();
    match trimmed.parse::<u16>() {
        Ok(y)
            if (FIRST_YEAR..=LAST_YEAR).contains(&y)
                && trimmed.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Ok(y)
        }
        _ => Err(InputError::new(field, text, Problem::NotAYear)),
    }
}

fn decimal(field: Field, text: &str, max: u128) -> Result<Decimal, InputError> {
    let problem = match Decimal::parse(text) {
        Ok(d) if d.cmp_whole(max).is_le() => return Ok(d),
        Ok(_) | Err(DecimalError::TooLarge) => Problem::TooLarge,
        Err(DecimalError::NotANumber) => Problem::NotANumber,
        Err(DecimalError::Negative) => Problem::Negative,
        Err(DecimalError::TooPrecise) => Problem::TooPrecise,
    };
    Err(InputError::new(field, text, problem))
}

impl Scenario {
    /// The year AGI was verified, if it has been by the scenario's year.
    pub fn verified(&self) -> bool {
        self.agi == Agi::Yes && self.agi_year.unwrap_or(self.year) <= self.year
    }

    /// Sets one field from text, as a link or a form gives it. On a bad value
    /// the field takes its default and the error says so; other fields are
    /// untouched. Combinations are checked separately, by [`Self::repair`].
    pub fn set(&mut self, field: Field, text: &str) -> Result<(), InputError> {
        let d = Scenario::default();
        let result = match field {
            Field::Offering => word(field, text, Offering::from_slug).map(|v| self.offering = v),
            Field::Partner => word(field, text, Partner::from_slug).map(|v| self.partner = v),
            Field::Channel => word(field, text, Channel::from_slug).map(|v| self.channel = v),
            Field::Host => word(field, text, Host::from_slug).map(|v| self.host = v),
            Field::Customer => word(field, text, Customer::from_slug).map(|v| self.customer = v),
            Field::Agi => word(field, text, Agi::from_slug).map(|v| self.agi = v),
            Field::Year => year(field, text).map(|v| self.year = v),
            Field::AgiYear => year(field, text).map(|v| self.agi_year = Some(v)),
            Field::Revenue => decimal(field, text, MAX_REVENUE).map(|v| self.revenue = v),
            Field::Share => decimal(field, text, 100).map(|v| self.share = v),
            Field::Terms => word(field, text, Terms::from_slug).map(|v| self.terms = v),
        };
        if result.is_err() {
            match field {
                Field::Offering => self.offering = d.offering,
                Field::Partner => self.partner = d.partner,
                Field::Channel => self.channel = d.channel,
                Field::Host => self.host = d.host,
                Field::Customer => self.customer = d.customer,
                Field::Agi => self.agi = d.agi,
                Field::Year => self.year = d.year,
                Field::AgiYear => self.agi_year = None,
                Field::Revenue => self.revenue = d.revenue,
                Field::Share => self.share = d.share,
                Field::Terms => self.terms = d.terms,
            }
        }
        result
    }

    /// Sets one field as a reader edits it, keeping `errors` to one message
    /// per field: the field's old message goes, a new one comes if the text
    /// is bad, and a bad combination is mended and reported against `partner`.
    pub fn edit(&mut self, field: Field, text: &str, errors: &mut Vec<InputError>) {
        errors.retain(|e| e.field != field);
        if let Err(e) = self.set(field, text) {
            errors.push(e);
        }
        if let Some(e) = self.repair() {
            errors.retain(|old| old.field != e.field);
            errors.push(e);
        }
    }

    /// The text of one field, as a link writes it.
    pub fn get(&self, field: Field) -> String {
        match field {
            Field::Offering => self.offering.slug().into(),
            Field::Partner => self.partner.slug().into(),
            Field::Channel => self.channel.slug().into(),
            Field::Host => self.host.slug().into(),
            Field::Customer => self.customer.slug().into(),
            Field::Agi => self.agi.slug().into(),
            Field::Year => self.year.to_string(),
            Field::AgiYear => self.agi_year.unwrap_or(self.year).to_string(),
            Field::Revenue => self.revenue.to_string(),
            Field::Share => self.share.to_string(),
            Field::Terms => self.terms.slug().into(),
        }
    }

    /// Why a partner value cannot be chosen with the rest of this scenario,
    /// if it cannot. The form disables such choices and shows this reason.
    pub fn partner_conflict(&self, partner: Partner) -> Option<Problem> {
        if partner != Partner::None {
            return None;
        }
        if self.channel == Channel::Partner {
            Some(Problem::Combination {
                other: Field::Channel,
                other_value: Channel::Partner.slug(),
            })
        } else if self.offering == Offering::CoDevelopedProduct {
            Some(Problem::Combination {
                other: Field::Offering,
                other_value: Offering::CoDevelopedProduct.slug(),
            })
        } else {
            None
        }
    }

    /// The combination problem that setting `field` to `text` would cause,
    /// if any: the form disables such a choice and shows the reason.
    pub fn conflict_if(&self, field: Field, text: &str) -> Option<Problem> {
        let mut next = *self;
        next.set(field, text).ok()?;
        next.partner_conflict(next.partner)
    }

    /// Mends a bad combination (`terms.md`: it is reported against
    /// `partner`, which takes its default) and drops an AGI year that no
    /// longer applies.
    pub fn repair(&mut self) -> Option<InputError> {
        if self.agi == Agi::No {
            self.agi_year = None;
        }
        let problem = self.partner_conflict(self.partner)?;
        let given = self.partner.slug();
        self.partner = Scenario::default().partner;
        Some(InputError::new(Field::Partner, given, problem))
    }
}
