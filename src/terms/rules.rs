//! The rules of `terms.md`: a scenario in, answers out.
//!
//! Each topic's rules are tried top to bottom and the first that matches
//! decides, exactly as the specification lists them. Every answer names the
//! rule that fired (the trace) and, where it matters, what the sources leave
//! unsaid.

use super::choice::choice;
use super::decimal::percent_of;
use super::scenario::{Channel, Customer, Host, Offering, Partner, Scenario};

choice! {
    pub enum Verdict {
        Yes => "yes", "Yes";
        No => "no", "No";
        NotAddressed => "not-addressed", "Not addressed";
    }
}

choice! {
    /// The questions the engine answers, by their names in page markers.
    pub enum Topic {
        AzureRequired => "azure-required", "Must it be served from Azure?";
        HostConsistent => "host-consistent", "Is the chosen host consistent with the terms?";
        RevenueShare => "revenue-share", "Is this revenue covered by the revenue share?";
        IpLicence => "ip-licence", "Does Microsoft hold licence and access rights to it?";
        PartnerAnticipated => "partner-anticipated", "Was a collaboration like this anticipated?";
        TermsChanged => "terms-changed", "Did the day's announcements change the agreed terms?";
        AgiProcessChanged => "agi-process-changed", "Did the announcement change how AGI is determined?";
    }
}

/// One answer: a verdict, the clauses it rests on, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub topic: Topic,
    pub verdict: Verdict,
    pub cites: Vec<&'static str>,
    /// The rule that fired, in plain words.
    pub trace: String,
    /// What the sources do not say, where that bears on the answer.
    pub unsaid: Option<&'static str>,
}

/// Every answer for one scenario, in a stable order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    pub list: Vec<Answer>,
    /// Microsoft's cut under the reader's assumed rate, whole dollars; 0
    /// unless the revenue share covers this revenue.
    pub microsoft_cut: u128,
}

impl Answers {
    pub fn get(&self, topic: Topic) -> Option<&Answer> {
        self.list.iter().find(|a| a.topic == topic)
    }

    /// Whether the revenue share covers this revenue (so the estimate applies).
    pub fn revenue_shared(&self) -> bool {
        self.get(Topic::RevenueShare)
            .is_some_and(|a| a.verdict == Verdict::Yes)
    }
}

fn answer(
    topic: Topic,
    verdict: Verdict,
    cites: &[&'static str],
    trace: impl Into<String>,
) -> Answer {
    Answer {
        topic,
        verdict,
        cites: cites.to_vec(),
        trace: trace.into(),
        unsaid: None,
    }
}

impl Answer {
    fn unsaid(mut self, text: &'static str) -> Self {
        self.unsaid = Some(text);
        self
    }
}

/// Answers every topic that applies to the scenario.
pub fn evaluate(s: &Scenario) -> Answers {
    let azure = azure_required(s);
    let revenue = revenue_share(s);
    let microsoft_cut = if revenue.verdict == Verdict::Yes {
        percent_of(s.revenue, s.share)
    } else {
        0
    };
    let host = host_consistent(s, &azure);
    let mut list = vec![azure, host, revenue, ip_licence(s)];
    list.extend(partner_anticipated(s));
    list.push(answer(
        Topic::TermsChanged,
        Verdict::No,
        &["A2"],
        "Microsoft says the day's announcements leave the agreed terms as they were.",
    ));
    list.push(answer(
        Topic::AgiProcessChanged,
        Verdict::No,
        &["A13", "B1"],
        "The announcement says the way AGI is determined is unchanged: under the October 2025 agreement, an independent expert panel must verify any AGI declaration.",
    ));
    Answers {
        list,
        microsoft_cut,
    }
}

pub fn azure_required(s: &Scenario) -> Answer {
    use Verdict::*;
    let t = Topic::AzureRequired;
    match s.offering {
        Offering::StatelessApi if s.customer == Customer::UsNationalSecurity => answer(
            t,
            No,
            &["B10"],
            "The October 2025 agreement lets OpenAI serve its API to US national-security customers on any cloud.",
        ),
        Offering::StatelessApi if s.verified() => answer(
            t,
            NotAddressed,
            &["A4", "B13"],
            "The panel has verified AGI in this scenario. Microsoft's own summary says Azure's API exclusivity lasts \"until AGI\".",
        )
        .unsaid("Neither source says what happens to the Azure rule for stateless APIs once AGI is verified."),
        Offering::StatelessApi => {
            let mut cites = vec!["A4"];
            let mut trace = String::from("Microsoft says Azure is the only cloud for every stateless OpenAI API.");
            if s.channel != Channel::Partner {
                cites.push("A5");
                trace.push_str(" API services bought from Microsoft or OpenAI run entirely on Azure.");
            }
            if s.partner != Partner::None || s.channel == Channel::Partner {
                cites.extend(["A6", "B5"]);
                trace.push_str(
                    " That holds when a third party is involved: calls that come from OpenAI's work with other companies still run in Azure, and API products built with third parties are Azure-only.",
                );
            }
            Answer { topic: t, verdict: Yes, cites, trace, unsaid: None }
        }
        Offering::StatefulRuntime => answer(
            t,
            NotAddressed,
            &["A4", "B5"],
            "Microsoft's Azure rule names stateless APIs only. A stateful runtime keeps memory between calls, so it is not a stateless API.",
        )
        .unsaid("Neither source settles whether a stateful runtime built with a partner counts as an \"API product\" that must stay on Azure."),
        Offering::FirstPartyProduct => answer(
            t,
            Yes,
            &["A7"],
            "Microsoft says OpenAI's own core products, Frontier included, continue to be built on Azure.",
        ),
        Offering::CoDevelopedProduct => answer(
            t,
            No,
            &["B5"],
            "Under the October 2025 agreement, products OpenAI builds with third parties that are not APIs may be served on any cloud.",
        ),
        Offering::OpenWeightModel => answer(
            t,
            No,
            &["B11"],
            "OpenAI may release open-weight models that meet capability criteria; once released, the weights are not tied to one cloud.",
        ),
        Offering::ResearchModel => answer(
            t,
            NotAddressed,
            &["B3"],
            "The agreement covers Microsoft's rights to research IP, not where research models run.",
        )
        .unsaid("No source says where models meant only for research or internal use must be hosted."),
        Offering::ConsumerHardware => answer(
            t,
            NotAddressed,
            &["B4"],
            "The agreement puts OpenAI's consumer hardware outside Microsoft's IP rights.",
        )
        .unsaid("No source says which cloud, if any, consumer devices must use."),
        Offering::TrainingCompute => answer(
            t,
            No,
            &["J1", "B9"],
            "OpenAI may buy computing power beyond Azure, and Microsoft gave up its right of first refusal as OpenAI's compute provider.",
        ),
    }
}

fn host_consistent(s: &Scenario, azure: &Answer) -> Answer {
    let t = Topic::HostConsistent;
    let cites = &azure.cites;
    let on = s.host.label();
    match azure.verdict {
        Verdict::Yes if s.host == Host::Azure => {
            Answer { topic: t, verdict: Verdict::Yes, cites: cites.clone(), trace: "It runs on Azure, which is where the terms put it.".into(), unsaid: None }
        }
        Verdict::Yes => Answer {
            topic: t,
            verdict: Verdict::No,
            cites: cites.clone(),
            trace: format!(
                "Conflict: this runs on {on}, but {} puts it on Azure.",
                cites.first().copied().unwrap_or("the terms")
            ),
            unsaid: None,
        },
        Verdict::No => Answer {
            topic: t,
            verdict: Verdict::Yes,
            cites: cites.clone(),
            trace: format!("Azure is not required here, so running it on {on} fits the terms."),
            unsaid: None,
        },
        Verdict::NotAddressed => Answer {
            topic: t,
            verdict: Verdict::NotAddressed,
            cites: cites.clone(),
            trace: "The sources do not say whether it must run on Azure, so they cannot say whether this host fits.".into(),
            unsaid: azure.unsaid,
        },
    }
}

fn revenue_share(s: &Scenario) -> Answer {
    use Verdict::*;
    let t = Topic::RevenueShare;
    if s.verified() {
        answer(t, No, &["B8"], "The revenue share runs until the expert panel verifies AGI, which has happened in this scenario.")
            .unsaid("Money owed from before verification may still be paid out over time; the sources give no schedule.")
    } else if s.offering == Offering::TrainingCompute {
        answer(t, NotAddressed, &["A9"], "Buying computing power is a cost to OpenAI, not revenue, so the revenue share does not obviously apply.")
            .unsaid("Neither source says how compute bought from other clouds interacts with the revenue share.")
    } else if s.channel == Channel::Microsoft {
        answer(t, NotAddressed, &["A9"], "Here Microsoft sells it itself. The sources confirm the revenue share is unchanged but not how it splits Microsoft's own sales.")
            .unsaid("Neither source says how revenue from Microsoft's own sales is shared.")
    } else if s.partner != Partner::None || s.channel == Channel::Partner {
        answer(
            t,
            Yes,
            &["A9", "A10", "B8"],
            "The revenue share is unchanged, and Microsoft says it already covers OpenAI's deals with other cloud companies. It runs until AGI is verified.",
        )
    } else {
        answer(
            t,
            Yes,
            &["A9", "B8"],
            "The revenue share is unchanged and runs until the expert panel verifies AGI.",
        )
    }
}

fn ip_licence(s: &Scenario) -> Answer {
    use Verdict::*;
    let t = Topic::IpLicence;
    let research = s.offering == Offering::ResearchModel;
    if s.offering == Offering::ConsumerHardware {
        answer(
            t,
            No,
            &["B4"],
            "Microsoft's IP rights do not cover OpenAI's consumer hardware.",
        )
    } else if s.offering == Offering::TrainingCompute {
        answer(t, NotAddressed, &["A8"], "The licence covers OpenAI's models and products; computing power bought for training is neither.")
            .unsaid("No source says what rights, if any, attach to compute that OpenAI buys.")
    } else if s.year > 2032 {
        answer(
            t,
            NotAddressed,
            &["B2"],
            format!(
                "The rights run through 2032; this scenario is set in {}.",
                s.year
            ),
        )
        .unsaid("No source says what happens to Microsoft's rights after 2032.")
    } else if research && (s.year > 2030 || s.verified()) {
        let why = if s.verified() {
            "the panel has verified AGI"
        } else {
            "it is after 2030"
        };
        answer(t, No, &["B3"], format!("Rights to research IP end at AGI verification or after 2030, whichever is sooner; here {why}."))
    } else if research {
        answer(t, Yes, &["A8", "B3"], "Microsoft keeps its rights to research IP until AGI is verified or through 2030, whichever comes first.")
    } else if s.verified() {
        answer(t, Yes, &["A8", "B2"], "Microsoft's rights to models and products run through 2032 and include models released after AGI.")
    } else {
        answer(t, Yes, &["A8", "B2"], "Microsoft keeps its exclusive licence and access to OpenAI's models and products, through 2032.")
    }
}

fn partner_anticipated(s: &Scenario) -> Option<Answer> {
    let t = Topic::PartnerAnticipated;
    match s.partner {
        Partner::None => None,
        Partner::Amazon => Some(answer(
            t,
            Verdict::Yes,
            &["A11", "A12"],
            "Microsoft says the early agreements foresaw a partnership like Amazon's, and the deal leaves each side room to work with others.",
        )),
        _ => Some(answer(
            t,
            Verdict::Yes,
            &["A12", "B5"],
            "The agreement leaves each side room to work with others, and lets OpenAI build some products with third parties.",
        )),
    }
}
