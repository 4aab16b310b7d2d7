//! The rules of `terms.md`: a scenario in, answers out, under any dated
//! version of the terms (`versions::VERSIONS`).
//!
//! Each topic's rules are tried top to bottom and the first that matches
//! decides, exactly as the specification lists them. Every answer names the
//! rule that fired (the trace) and, where it matters, what the sources leave
//! unsaid. [`evaluate`] answers under the scenario's own version;
//! [`compare`] answers under every version, so no view ever re-derives a
//! difference.

pub(super) mod amended;
#[cfg(feature = "fixture-version")]
pub(super) mod fixture;
pub(super) mod statement;

use super::choice::{choice, Choice};
use super::decimal::percent_of;
use super::scenario::{Host, Offering, Partner, Scenario, Terms};

/// The version of the rules: bumped whenever a rule, or a correction,
/// changes an answer (4: correction 8, Microsoft's licence to what OpenAI
/// builds with a third party). Links keep working across versions; a
/// copied answer or a citation names the version it came from.
pub const RULES_VERSION: u32 = 4;

choice! {
    pub enum Verdict in "verdict" {
        Yes => "yes";
        No => "no";
        NotAddressed => "not-addressed";
    }
}

choice! {
    /// The questions the engine answers, by their names in page markers;
    /// each label is the topic's name, which labels a row where both
    /// versions of the terms sit side by side (never one version's question).
    pub enum Topic in "topic" {
        AzureRequired => "azure-required";
        AzureFirst => "azure-first";
        HostConsistent => "host-consistent";
        RevenueShare => "revenue-share";
        IpLicence => "ip-licence";
        IpExclusive => "ip-exclusive";
        PartnerAnticipated => "partner-anticipated";
        TermsChanged => "terms-changed";
        AgiProcessChanged => "agi-process-changed";
    }
}

impl Topic {
    /// The name of the question as it reads under one version of the
    /// terms (`app::text::question` words it): a version may ask a topic
    /// about change in its own words (its `questions` in the registry),
    /// shown wherever that version's answer is shown.
    pub fn question(self, terms: Terms) -> &'static str {
        terms
            .info()
            .questions
            .iter()
            .find(|(t, _)| *t == self)
            .map_or_else(|| self.plain_question(), |(_, q)| q)
    }

    /// The name of the question every version asks in the same words,
    /// unless it has its own.
    fn plain_question(self) -> &'static str {
        match self {
            Topic::AzureRequired => "question-azure-required",
            Topic::AzureFirst => "question-azure-first",
            Topic::HostConsistent => "question-host-consistent",
            Topic::RevenueShare => "question-revenue-share",
            Topic::IpLicence => "question-ip-licence",
            Topic::IpExclusive => "question-ip-exclusive",
            Topic::PartnerAnticipated => "question-partner-anticipated",
            Topic::TermsChanged => "question-terms-changed",
            Topic::AgiProcessChanged => "question-agi-process-changed",
        }
    }

    /// Whether the versions ask this topic in different words: then a row
    /// holding several versions' answers is labelled with the topic's name,
    /// and each answer stands under its own version's question.
    pub fn asked_differently(self) -> bool {
        let first = self.question(Terms::LATEST);
        Terms::all().any(|t| self.question(t) != first)
    }
}

/// One answer: a verdict, the clauses it rests on, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub topic: Topic,
    /// The rule row that fired, as `tests/spec/rules.tsv` names it.
    pub rule: &'static str,
    pub verdict: Verdict,
    pub cites: Vec<&'static str>,
    /// Why, as the catalogue words it (`src/locales/*/answers.ftl`): one
    /// message per sentence, in order. The engine says which; never the
    /// words.
    pub trace: Vec<Said>,
    /// What the sources do not say, where that bears on the answer.
    pub unsaid: Option<Said>,
}

/// One sentence of an answer, by its message's name in the catalogue, with
/// the values its placeholders take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub key: &'static str,
    pub values: Vec<(&'static str, Value)>,
}

/// A value a sentence names; the view words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Year(u16),
    Host(Host),
    /// A clause, by its ID.
    Clause(&'static str),
    /// A phrase: another message, by its name.
    Phrase(&'static str),
}

/// A sentence with no placeholders.
pub(super) fn said(key: &'static str) -> Said {
    Said {
        key,
        values: Vec::new(),
    }
}

/// A sentence with its placeholders' values.
pub(super) fn said_with(key: &'static str, values: &[(&'static str, Value)]) -> Said {
    Said {
        key,
        values: values.to_vec(),
    }
}

/// Every answer for one scenario under one version, in a stable order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub terms: Terms,
    pub list: Vec<Answer>,
    /// What the revenue estimate can say, from the revenue share's answer.
    pub estimate: Estimate,
}

/// What the revenue estimate can say under one version (`terms.md`,
/// "Estimate"): a figure only where the share covers the revenue, and
/// otherwise why there is none, worded by the answer beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Estimate {
    /// Microsoft's cut at the reader's assumed rate, whole dollars;
    /// `capped` where this version caps OpenAI's payments in total, which
    /// the estimate ignores.
    Cut { usd: u128, capped: bool },
    /// The share does not cover this revenue.
    NotCovered,
    /// Microsoft sells it itself and no longer pays OpenAI a share.
    OwnSales,
    /// The sources do not say whether the share covers this revenue.
    NotSaid,
}

impl Answers {
    pub fn get(&self, topic: Topic) -> Option<&Answer> {
        self.list.iter().find(|a| a.topic == topic)
    }

    /// Microsoft's cut under the reader's assumed rate, whole dollars; 0
    /// where there is no figure (`data-usd`).
    pub fn microsoft_cut(&self) -> u128 {
        match self.estimate {
            Estimate::Cut { usd, .. } => usd,
            _ => 0,
        }
    }
}

/// Answers every topic that applies to the scenario, under its own version
/// of the terms.
pub fn evaluate(s: &Scenario) -> Answers {
    let ask = s.terms.info().ask;
    let list: Vec<Answer> = Topic::ALL.iter().filter_map(|&t| ask(t, s)).collect();
    let share = list.iter().find(|a| a.topic == Topic::RevenueShare);
    let estimate = match share.map(|a| (a.verdict, a.rule)) {
        Some((Verdict::Yes, _)) => {
            // A scenario's rate is at most 100 (`Scenario::set`), so the
            // estimate always has a value (the rule table checks it at the
            // bounds; native tests would catch a drift here).
            let cut = percent_of(s.revenue, s.share);
            debug_assert!(cut.is_ok(), "a scenario's rate is out of bounds");
            Estimate::Cut {
                usd: cut.unwrap_or_default(),
                capped: s.terms.info().share_capped,
            }
        }
        Some((Verdict::No, "sold-by-microsoft")) => Estimate::OwnSales,
        Some((Verdict::No, _)) => Estimate::NotCovered,
        Some((Verdict::NotAddressed, _)) | None => Estimate::NotSaid,
    };
    Answers {
        terms: s.terms,
        list,
        estimate,
    }
}

/// One scenario answered under every version of the terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Under the scenario's own version.
    pub answers: Answers,
    /// Under every other version, newest first.
    pub others: Vec<Answers>,
}

/// Answers the scenario under its version and under every other one.
pub fn compare(s: &Scenario) -> Comparison {
    let others = Terms::all()
        .rev()
        .filter(|&t| t != s.terms)
        .map(|terms| evaluate(&Scenario { terms, ..*s }))
        .collect();
    Comparison {
        answers: evaluate(s),
        others,
    }
}

impl Comparison {
    /// The answers under one version.
    pub fn under(&self, terms: Terms) -> &Answers {
        self.all()
            .find(|a| a.terms == terms)
            .expect("a comparison holds every version (`compare`)")
    }

    /// Every version's answers: the chosen one first, then the others
    /// newest first.
    pub fn all(&self) -> impl Iterator<Item = &Answers> {
        std::iter::once(&self.answers).chain(&self.others)
    }

    /// The answers the chosen version's are compared with (what changed,
    /// `data-other-*`): the version just before it, or for the earliest,
    /// the one after.
    pub fn other(&self) -> &Answers {
        self.under(self.answers.terms.compared_with())
    }

    /// The compared version's answer to the same topic, if it asks it.
    pub fn other_answer(&self, topic: Topic) -> Option<&Answer> {
        self.other().get(topic)
    }

    /// Whether the topic's verdict differs under the compared version, or
    /// is asked under one of the two only.
    pub fn differs(&self, topic: Topic) -> bool {
        self.answers.get(topic).map(|a| a.verdict) != self.other().get(topic).map(|a| a.verdict)
    }

    /// Whether any two versions give the topic different verdicts (or one
    /// asks it and another does not).
    pub fn differs_anywhere(&self, topic: Topic) -> bool {
        let first = self.answers.get(topic).map(|a| a.verdict);
        self.others
            .iter()
            .any(|o| o.get(topic).map(|a| a.verdict) != first)
    }

    /// Topics answered under the compared version only, for this scenario.
    pub fn other_only(&self) -> Vec<Topic> {
        self.other()
            .list
            .iter()
            .map(|a| a.topic)
            .filter(|&t| self.answers.get(t).is_none())
            .collect()
    }

    /// Every topic answered under any version, in the engine's order.
    pub fn topics(&self) -> impl Iterator<Item = Topic> + '_ {
        Topic::ALL
            .iter()
            .copied()
            .filter(|&t| self.all().any(|a| a.get(t).is_some()))
    }

    /// How many topics differ from the compared version (see [`Self::differs`]).
    pub fn difference_count(&self) -> usize {
        self.topics().filter(|&t| self.differs(t)).count()
    }
}

/// Must it be served from Azure, under the scenario's version? (`None`
/// where that version does not ask it.)
pub fn azure_required(s: &Scenario) -> Option<Answer> {
    (s.terms.info().ask)(Topic::AzureRequired, s)
}

/// How one version of the terms answers each topic. [`ask`] is the one
/// match over topics, so a new topic is a new method here, and the compiler
/// asks each version for it. (Each version's entry in `versions::VERSIONS`
/// names its rules.)
pub(super) trait Rules {
    /// What this version adds to `partner-anticipated`'s trace, if anything
    /// (a message's name).
    const PARTNER_NOTE: Option<&'static str>;
    fn azure_required(s: &Scenario) -> Answer;
    /// `None` where this version does not ask it.
    fn azure_first(s: &Scenario) -> Option<Answer>;
    fn revenue_share(s: &Scenario) -> Answer;
    fn ip_licence(s: &Scenario) -> Answer;
    /// Asked only where Microsoft holds the licence.
    fn ip_exclusive(s: &Scenario) -> Answer;
    fn terms_changed() -> Answer;
    fn agi_process_changed() -> Answer;
}

/// The answer to one topic under version `V`, if it asks it of this scenario.
pub(super) fn ask<V: Rules>(topic: Topic, s: &Scenario) -> Option<Answer> {
    match topic {
        Topic::AzureRequired => Some(V::azure_required(s)),
        Topic::AzureFirst => V::azure_first(s),
        Topic::HostConsistent => {
            let first = V::azure_first(s).filter(|a| a.verdict == Verdict::Yes);
            let launch_first = first.map(|_| said("shared-host-consistent-launch-first"));
            Some(host_consistent(s, &V::azure_required(s), launch_first))
        }
        Topic::RevenueShare => Some(V::revenue_share(s)),
        Topic::IpLicence => Some(V::ip_licence(s)),
        Topic::IpExclusive => {
            (V::ip_licence(s).verdict == Verdict::Yes).then(|| V::ip_exclusive(s))
        }
        Topic::PartnerAnticipated => partner_anticipated(s, V::PARTNER_NOTE.map(said)),
        Topic::TermsChanged => Some(V::terms_changed()),
        Topic::AgiProcessChanged => Some(V::agi_process_changed()),
    }
}

/// Every rule row a version can fire, by topic: the rule table must have a
/// row for each (a test checks), and no answer names another.
pub fn rules(terms: Terms) -> Vec<(Topic, &'static str)> {
    [SHARED_RULES, terms.info().own_rules].concat()
}

/// The rule rows every version has, under the same IDs (each version's
/// own are beside its rules).
const SHARED_RULES: &[(Topic, &str)] = &[
    (Topic::AzureRequired, "national-security"),
    (Topic::AzureRequired, "research-model"),
    (Topic::AzureRequired, "consumer-hardware"),
    (Topic::AzureRequired, "training-compute"),
    (Topic::AzureRequired, "open-weight-model"),
    (Topic::HostConsistent, "on-azure"),
    (Topic::HostConsistent, "azure-not-required"),
    (Topic::HostConsistent, "azure-not-addressed"),
    (Topic::RevenueShare, "training-compute"),
    (Topic::RevenueShare, "sold-by-microsoft"),
    (Topic::RevenueShare, "cloud-partner"),
    (Topic::RevenueShare, "revenue-unsaid"),
    (Topic::RevenueShare, "otherwise"),
    (Topic::IpLicence, "consumer-hardware"),
    (Topic::IpLicence, "training-compute"),
    (Topic::IpLicence, "open-weight-model"),
    (Topic::IpLicence, "built-with-partner"),
    (Topic::IpLicence, "research-ended"),
    (Topic::IpLicence, "research-model"),
    (Topic::IpLicence, "after-2032"),
    (Topic::IpLicence, "otherwise"),
    (Topic::IpExclusive, "research-model"),
    (Topic::IpExclusive, "otherwise"),
    (Topic::PartnerAnticipated, "amazon"),
    (Topic::PartnerAnticipated, "other-partner"),
    (Topic::TermsChanged, "always"),
    (Topic::AgiProcessChanged, "always"),
];

fn answer(
    (topic, rule): (Topic, &'static str),
    verdict: Verdict,
    cites: &[&'static str],
    trace: Vec<Said>,
) -> Answer {
    Answer {
        topic,
        rule,
        verdict,
        cites: cites.to_vec(),
        trace,
        unsaid: None,
    }
}

impl Answer {
    fn unsaid(mut self, said: Said) -> Self {
        self.unsaid = Some(said);
        self
    }
}

/// `ip-licence` for consumer hardware, the same under either version
/// (`assumed`: what the amended terms add, that they rest on the earlier).
fn no_rights_in_hardware(assumed: Option<Said>) -> Answer {
    answer(
        (Topic::IpLicence, "consumer-hardware"),
        Verdict::No,
        &["B4"],
        [said("shared-ip-licence-consumer-hardware")]
            .into_iter()
            .chain(assumed)
            .collect(),
    )
}

/// `ip-licence` for a research model once its rights have ended, the same
/// under either version.
fn research_rights_ended(s: &Scenario, assumed: Option<Said>) -> Answer {
    let why = if s.verified() {
        said("shared-ip-licence-research-ended-verified")
    } else {
        said("shared-ip-licence-research-ended-after-2030")
    };
    answer(
        (Topic::IpLicence, "research-ended"),
        Verdict::No,
        &["B3"],
        [why].into_iter().chain(assumed).collect(),
    )
}

/// `ip-licence` for what OpenAI builds with a third party (a co-developed
/// product, or a stateful runtime with a partner), the same under every
/// version (correction 8): the rights are to OpenAI's models and products,
/// and no source says whether they reach such a product. `said` is what
/// the version says of the licence.
fn built_with_partner(s: &Scenario, cites: &[&'static str], says: Said) -> Option<Answer> {
    let built = s.offering == Offering::CoDevelopedProduct
        || (s.offering == Offering::StatefulRuntime && s.partner != Partner::None);
    built.then(|| {
        answer(
            (Topic::IpLicence, "built-with-partner"),
            Verdict::NotAddressed,
            cites,
            vec![says, said("shared-ip-licence-built-with-partner")],
        )
        .unsaid(said("shared-ip-licence-built-with-partner-unsaid"))
    })
}

/// `ip-exclusive` for a research model: not addressed under either version,
/// for the same reason, with each version's clauses and words.
fn research_exclusivity(cites: &[&'static str], says: Said) -> Answer {
    answer(
        (Topic::IpExclusive, "research-model"),
        Verdict::NotAddressed,
        cites,
        vec![says],
    )
    .unsaid(said("shared-ip-exclusive-research-model-unsaid"))
}

/// Whether the partner is a cloud provider: A10 speaks of collaborations
/// with other *cloud providers* only.
fn partner_is_cloud(p: Partner) -> bool {
    matches!(p, Partner::Amazon | Partner::Google | Partner::Oracle)
}

/// `host-consistent`, the same under both versions: Azure always fits;
/// elsewhere the host follows the version's `azure-required`, with its
/// cites. `launch_first` adds what the amended terms say about launching on
/// Azure first, where that applies.
fn host_consistent(s: &Scenario, azure: &Answer, launch_first: Option<Said>) -> Answer {
    let cites = &azure.cites;
    let on = ("host", Value::Host(s.host));
    let (rule, verdict, trace) = match azure.verdict {
        _ if s.host == Host::Azure => (
            "on-azure",
            Verdict::Yes,
            vec![said("shared-host-consistent-on-azure")],
        ),
        // Only the statement's terms, superseded, ever required Azure; the
        // Azure rule always rests on a clause.
        Verdict::Yes => (
            "azure-required",
            Verdict::No,
            vec![said_with(
                "shared-host-consistent-azure-required",
                &[
                    on,
                    (
                        "clause",
                        Value::Clause(cites.first().copied().unwrap_or("")),
                    ),
                ],
            )],
        ),
        Verdict::No => (
            "azure-not-required",
            Verdict::Yes,
            [said_with(
                "shared-host-consistent-azure-not-required",
                &[on],
            )]
            .into_iter()
            .chain(launch_first)
            .collect(),
        ),
        Verdict::NotAddressed => (
            "azure-not-addressed",
            Verdict::NotAddressed,
            vec![said("shared-host-consistent-azure-not-addressed")],
        ),
    };
    Answer {
        topic: Topic::HostConsistent,
        rule,
        verdict,
        cites: cites.clone(),
        trace,
        unsaid: (verdict == Verdict::NotAddressed)
            .then(|| azure.unsaid.clone())
            .flatten(),
    }
}

/// Whether the sources leave open if the offering earns OpenAI revenue the
/// share reaches (correction 6): they say the share continues, not which
/// revenue it covers, and name only collaborations with cloud providers.
fn revenue_unnamed(s: &Scenario) -> Option<&'static str> {
    match s.offering {
        Offering::OpenWeightModel => Some("shared-unnamed-open-weight-model"),
        Offering::ConsumerHardware => Some("shared-unnamed-consumer-hardware"),
        Offering::ResearchModel => Some("shared-unnamed-research-model"),
        _ => None,
    }
}

/// `revenue-share` for a deal with a cloud provider, with what the reading
/// of A10 leaves unsaid where the offering earns no named revenue.
fn cloud_partner(s: &Scenario, cites: &[&'static str], trace: Vec<Said>) -> Answer {
    let yes = answer(
        (Topic::RevenueShare, "cloud-partner"),
        Verdict::Yes,
        cites,
        trace,
    );
    match revenue_unnamed(s) {
        // Said of an offering no source says earns OpenAI revenue: the yes
        // rests on this explainer's reading of A10.
        Some(_) => yes.unsaid(said("shared-revenue-share-cloud-reading-unsaid")),
        None => yes,
    }
}

/// `revenue-share` where no source says the offering earns shared revenue,
/// the same under either version, with each version's clauses and words.
fn revenue_unsaid(what: &'static str, cites: &[&'static str], says: Said) -> Answer {
    answer(
        (Topic::RevenueShare, "revenue-unsaid"),
        Verdict::NotAddressed,
        cites,
        vec![
            says,
            said_with(
                "shared-revenue-share-revenue-unsaid",
                &[("what", Value::Phrase(what))],
            ),
        ],
    )
    .unsaid(said("shared-revenue-share-revenue-unsaid-unsaid"))
}

/// What every "otherwise yes" of the revenue share assumes (`terms.md`).
fn revenue_assumed() -> Said {
    said("shared-revenue-share-assumed")
}

/// How this explainer reads A10 for a deal with a cloud provider.
fn a10_reading() -> Said {
    said("shared-revenue-share-a10-reading")
}

/// `partner-anticipated`, a historical question the amendment cannot
/// change; `since` is what the amended terms add to the trace. It asks
/// about the partner, not the arrangement, and never claims a partner other
/// than Amazon was anticipated (correction 7).
fn partner_anticipated(s: &Scenario, since: Option<Said>) -> Option<Answer> {
    let t = Topic::PartnerAnticipated;
    let (rule, cites, trace): (_, &[&str], _) = match s.partner {
        Partner::None => return None,
        Partner::Amazon => (
            "amazon",
            &["A11", "A12"],
            said("shared-partner-anticipated-amazon"),
        ),
        _ => (
            "other-partner",
            &["A12", "B5"],
            said("shared-partner-anticipated-other-partner"),
        ),
    };
    Some(answer(
        (t, rule),
        Verdict::Yes,
        cites,
        [trace]
            .into_iter()
            .chain(since)
            .chain([said("shared-partner-anticipated-apart")])
            .collect(),
    ))
}
