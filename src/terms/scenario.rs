//! A scenario: the hypothetical deal a reader sets up, one field per input of
//! `terms.md`, and the rules for reading each field from text.

use super::choice::{choice, Choice};
use super::decimal::{Decimal, DecimalError, MAX_PERCENT, MAX_WHOLE};

choice! {
    /// What OpenAI offers in the deal.
    pub enum Offering in "offering" {
        StatelessApi => "stateless-api";
        StatefulRuntime => "stateful-runtime";
        FirstPartyProduct => "first-party-product";
        CoDevelopedProduct => "co-developed-product";
        OpenWeightModel => "open-weight-model";
        ResearchModel => "research-model";
        ConsumerHardware => "consumer-hardware";
        TrainingCompute => "training-compute";
    }
}

choice! {
    /// The third party OpenAI works with on the deal, if any.
    pub enum Partner in "partner" {
        None => "none";
        Amazon => "amazon";
        Google => "google";
        Oracle => "oracle";
        Other => "other";
    }
}

choice! {
    /// Who sells the offering to the customer.
    pub enum Channel in "channel" {
        OpenAi => "openai";
        Microsoft => "microsoft";
        Partner => "partner";
    }
}

choice! {
    /// Where the offering would be served or run.
    pub enum Host in "host" {
        Azure => "azure";
        Aws => "aws";
        GoogleCloud => "google-cloud";
        OracleCloud => "oracle-cloud";
        OpenAiOwn => "openai-own";
        Other => "other";
    }
}

choice! {
    /// Who buys it.
    pub enum Customer in "customer" {
        General => "general";
        UsNationalSecurity => "us-national-security";
    }
}

choice! {
    /// Whether the independent expert panel has verified AGI.
    pub enum Agi in "agi" {
        No => "no";
        Yes => "yes";
    }
}

pub use super::versions::Terms;

choice! {
    /// The inputs of a scenario, by their names in links; each help line says
    /// what the field asks.
    pub enum Field in "field" {
        Offering => "offering";
        Partner => "partner";
        Channel => "channel";
        Host => "host";
        Customer => "customer";
        Year => "year";
        Agi => "agi";
        AgiYear => "agi-year";
        Revenue => "revenue";
        Share => "share";
        Terms => "terms";
    }
}

impl Field {
    /// How plausible a change to this field is, as "what would change this
    /// answer" (`flips`) lists them: 0 first (where it runs and who sells it
    /// are a deal's everyday choices; AGI is the least likely). `None`: the
    /// field is not tried as a change, and the arm says why. An exhaustive
    /// match, so a new field cannot be left out.
    pub fn flip_rank(self) -> Option<u8> {
        match self {
            Field::Host => Some(0),
            Field::Channel => Some(1),
            Field::Partner => Some(2),
            Field::Terms => Some(3),
            Field::Offering => Some(4),
            Field::Customer => Some(5),
            // Tried at the years where some rule's answer turns.
            Field::Year => Some(6),
            Field::Agi => Some(7),
            // Tried through `year`: the years around verification.
            Field::AgiYear => None,
            // Amounts never change a verdict, only the estimate.
            Field::Revenue | Field::Share => None,
        }
    }
}

pub const FIRST_YEAR: u16 = 2026;
pub const LAST_YEAR: u16 = 2040;
/// The largest revenue a scenario may hold: 10^15 dollars, the largest
/// number there is (`decimal::MAX_WHOLE`).
pub const MAX_REVENUE: u128 = MAX_WHOLE;

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
    /// The defaults of `terms.md`: what a link without parameters means
    /// (with `v` and no `terms`, see [`Scenario::LINK_DEFAULT`]).
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
        terms: Terms::LATEST,
    };

    /// The defaults for an address that carries `v`: every scenario link
    /// the product ever wrote has it, and those written before versions
    /// existed meant the statement's terms (`contract.md`).
    pub const LINK_DEFAULT: Scenario = Scenario {
        terms: Terms::Statement,
        ..Scenario::DEFAULT
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
    /// Cut off by the length limit of a link (`link::MAX_QUERY`).
    Cut,
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
    /// The default the field took instead, as a link writes it; `None`
    /// where the default is "the scenario's year" (`agi-year`).
    pub used: Option<String>,
}

/// The longest part of a bad value repeated back in a message.
const SHOWN_CHARS: usize = 40;

impl InputError {
    /// The field has fallen back to its value in `defaults`.
    fn new(field: Field, given: &str, problem: Problem, defaults: &Scenario) -> Self {
        let mut shown: String = given.chars().take(SHOWN_CHARS).collect();
        if given.chars().count() > SHOWN_CHARS {
            shown.push('…');
        }
        InputError {
            field,
            given: shown,
            problem,
            used: default_text(field, defaults),
        }
    }
}

impl Field {
    /// The words a choice field allows; empty for number fields.
    pub fn choices(self) -> &'static [&'static str] {
        let mut probe = Scenario::DEFAULT;
        match probe.slot(self) {
            Slot::Choice(choice) => choice.slugs(),
            _ => &[],
        }
    }
}

/// A field's value in `defaults`, as a link would write it: what a bad
/// value falls back to.
fn default_text(field: Field, defaults: &Scenario) -> Option<String> {
    match field {
        Field::AgiYear => None,
        _ => Some(defaults.get(field)),
    }
}

/// A choice field's value, whatever its type: what the form and the link
/// codec need of it.
pub trait ChoiceSlot {
    fn slug(&self) -> &'static str;
    /// Sets the value from its word; false (and unchanged) if it is not one.
    fn set_slug(&mut self, word: &str) -> bool;
    fn slugs(&self) -> &'static [&'static str];
}

impl<T: Choice> ChoiceSlot for T {
    fn slug(&self) -> &'static str {
        Choice::slug(*self)
    }
    fn set_slug(&mut self, word: &str) -> bool {
        T::from_slug(word).map(|value| *self = value).is_some()
    }
    fn slugs(&self) -> &'static [&'static str] {
        T::SLUGS
    }
}

/// Where a field's value lives in a scenario, by kind of value.
pub enum Slot<'a> {
    Choice(&'a mut dyn ChoiceSlot),
    Year(&'a mut u16),
    /// A year that, when unset, means the scenario's own year.
    LaterYear(&'a mut Option<u16>),
    Dollars(&'a mut Decimal),
    Percent(&'a mut Decimal),
}

fn year(text: &str) -> Result<u16, Problem> {
    let trimmed = text.trim();
    match trimmed.parse::<u16>() {
        Ok(y)
            if (FIRST_YEAR..=LAST_YEAR).contains(&y)
                && trimmed.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Ok(y)
        }
        _ => Err(Problem::NotAYear),
    }
}

fn decimal(text: &str, max: u128) -> Result<Decimal, Problem> {
    let problem = match Decimal::parse(text) {
        Ok(d) if d.cmp_whole(max).is_le() => return Ok(d),
        Ok(_) | Err(DecimalError::TooLarge) => Problem::TooLarge,
        Err(DecimalError::NotANumber) => Problem::NotANumber,
        Err(DecimalError::Negative) => Problem::Negative,
        Err(DecimalError::TooPrecise) => Problem::TooPrecise,
    };
    Err(problem)
}

impl Scenario {
    /// The year AGI was verified, if it has been by the scenario's year.
    pub fn verified(&self) -> bool {
        self.agi == Agi::Yes && self.agi_year.unwrap_or(self.year) <= self.year
    }

    /// Where each field lives: the one match over fields. Reading, writing,
    /// resetting and describing a field all go through it.
    pub fn slot(&mut self, field: Field) -> Slot<'_> {
        match field {
            Field::Offering => Slot::Choice(&mut self.offering),
            Field::Partner => Slot::Choice(&mut self.partner),
            Field::Channel => Slot::Choice(&mut self.channel),
            Field::Host => Slot::Choice(&mut self.host),
            Field::Customer => Slot::Choice(&mut self.customer),
            Field::Year => Slot::Year(&mut self.year),
            Field::Agi => Slot::Choice(&mut self.agi),
            Field::AgiYear => Slot::LaterYear(&mut self.agi_year),
            Field::Revenue => Slot::Dollars(&mut self.revenue),
            Field::Share => Slot::Percent(&mut self.share),
            Field::Terms => Slot::Choice(&mut self.terms),
        }
    }

    /// Sets one field from text, as a form gives it. On a bad value the
    /// field takes its default and the error says so; other fields are
    /// untouched. Combinations are checked separately, by [`Self::repair`].
    pub fn set(&mut self, field: Field, text: &str) -> Result<(), InputError> {
        self.set_or(field, text, &Scenario::DEFAULT)
    }

    /// [`Self::set`], falling back to the field's value in `defaults` (a
    /// link's defaults depend on whether it carries `v`).
    pub fn set_or(
        &mut self,
        field: Field,
        text: &str,
        defaults: &Scenario,
    ) -> Result<(), InputError> {
        let result = match self.slot(field) {
            Slot::Choice(choice) => choice
                .set_slug(text.trim())
                .then_some(())
                .ok_or(Problem::UnknownWord),
            Slot::Year(value) => year(text).map(|v| *value = v),
            Slot::LaterYear(value) => year(text).map(|v| *value = Some(v)),
            Slot::Dollars(value) => decimal(text, MAX_REVENUE).map(|v| *value = v),
            Slot::Percent(value) => decimal(text, MAX_PERCENT).map(|v| *value = v),
        };
        result.map_err(|problem| {
            self.reset(field, defaults);
            InputError::new(field, text, problem, defaults)
        })
    }

    /// A field whose value a link's length limit cut off: whatever is left
    /// of it is a bad value, and the field takes its value in `defaults`.
    pub fn cut(&mut self, field: Field, text: &str, defaults: &Scenario) -> Result<(), InputError> {
        self.reset(field, defaults);
        Err(InputError::new(field, text, Problem::Cut, defaults))
    }

    /// Puts one field back to its value in `defaults`.
    fn reset(&mut self, field: Field, defaults: &Scenario) {
        let mut default = *defaults;
        match (self.slot(field), default.slot(field)) {
            (Slot::Choice(value), Slot::Choice(d)) => {
                value.set_slug(d.slug());
            }
            (Slot::Year(value), Slot::Year(d)) => *value = *d,
            (Slot::LaterYear(value), Slot::LaterYear(d)) => *value = *d,
            (Slot::Dollars(value), Slot::Dollars(d)) | (Slot::Percent(value), Slot::Percent(d)) => {
                *value = *d
            }
            // The same field is the same kind of slot in both.
            _ => {}
        }
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
        let mut copy = *self;
        let year = copy.year;
        match copy.slot(field) {
            Slot::Choice(choice) => choice.slug().into(),
            Slot::Year(value) => value.to_string(),
            Slot::LaterYear(value) => value.unwrap_or(year).to_string(),
            Slot::Dollars(value) | Slot::Percent(value) => value.to_string(),
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
        Some(InputError::new(
            Field::Partner,
            given,
            problem,
            &Scenario::DEFAULT,
        ))
    }
}
