//! The clause catalog: every statement an answer may rest on, in the
//! product's own words, with where it comes from.

#[cfg(feature = "ssr")]
use super::versions::Terms;

/// Where a clause comes from. The product keeps the four visibly apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// The news report of the companies' statement, the explainer's subject.
    Announcement,
    /// The companies' joint statement of 27 February 2026.
    JointStatement,
    /// The definitive agreement of 28 October 2025, as the companies
    /// described it in public.
    BackgroundAgreement,
    /// The amendment of 27 April 2026, as the companies' posts describe it.
    Amendment,
}

impl Provenance {
    /// Every provenance, in the order the Sources section lists them.
    pub const ALL: [Provenance; 4] = [
        Provenance::Announcement,
        Provenance::JointStatement,
        Provenance::BackgroundAgreement,
        Provenance::Amendment,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Provenance::Announcement => "News report",
            Provenance::JointStatement => "Joint statement",
            Provenance::BackgroundAgreement => "Background: October 2025 agreement",
            Provenance::Amendment => "Amendment: 27 April 2026",
        }
    }

    /// A word for markers and styles.
    pub fn slug(self) -> &'static str {
        match self {
            Provenance::Announcement => "announcement",
            Provenance::JointStatement => "joint-statement",
            Provenance::BackgroundAgreement => "background",
            Provenance::Amendment => "amendment",
        }
    }

    /// The clause IDs it holds, as the Sources section names them.
    pub fn ids(self) -> &'static str {
        match self {
            Provenance::Announcement => "A1–A13",
            Provenance::JointStatement => "J1",
            Provenance::BackgroundAgreement => "B1–B13",
            Provenance::Amendment => "U1–U6",
        }
    }

    #[cfg(feature = "ssr")]
    pub fn source(self) -> &'static Source {
        match self {
            Provenance::Announcement => &SOURCES[0],
            Provenance::JointStatement => &SOURCES[1],
            Provenance::BackgroundAgreement => &SOURCES[2],
            Provenance::Amendment => &SOURCES[3],
        }
    }
}

/// A public document the clauses come from. (Its words are built into the
/// page; the browser clones the built clause cards, so none of this reaches
/// the wasm: `app::components::clause_card`.)
#[cfg(feature = "ssr")]
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// The document's own title, where it has one we know; never invented.
    pub title: Option<&'static str>,
    /// Whose words they are: the companies' own, or a report of them.
    pub status: super::reports::Status,
    /// What the document is and who published it.
    pub publisher: &'static str,
    /// ISO date, for `<time datetime>`.
    pub date: &'static str,
    /// The same date in words.
    pub date_text: &'static str,
    pub url: Option<&'static str>,
}

#[cfg(feature = "ssr")]
impl Source {
    /// How the source is named to readers: its title, or what it is.
    pub fn name(&self) -> &'static str {
        self.title.unwrap_or(self.publisher)
    }
}

#[cfg(feature = "ssr")]
pub static SOURCES: [Source; 4] = [
    Source {
        title: None,
        status: super::reports::Status::Report,
        publisher: "News report of the companies' statement (the report presents it as Microsoft's)",
        date: "2026-02-27",
        date_text: "27 February 2026",
        url: None,
    },
    Source {
        title: None,
        status: super::reports::Status::Official,
        publisher: "Joint statement of Microsoft and OpenAI, published by OpenAI and on the Official Microsoft Blog",
        date: "2026-02-27",
        date_text: "27 February 2026",
        url: Some("https://openai.com/index/continuing-microsoft-partnership/"),
    },
    Source {
        title: Some("The next chapter of the Microsoft–OpenAI partnership"),
        status: super::reports::Status::Official,
        publisher: "OpenAI and the Official Microsoft Blog",
        date: "2025-10-28",
        date_text: "28 October 2025",
        url: Some("https://openai.com/index/next-chapter-of-microsoft-openai-partnership/"),
    },
    Source {
        title: Some("The next phase of the Microsoft–OpenAI partnership"),
        status: super::reports::Status::Official,
        publisher: "matching posts on the Official Microsoft Blog and openai.com",
        date: "2026-04-27",
        date_text: "27 April 2026",
        url: None,
    },
];

/// One statement, with its ID as `terms.md` numbers it. Its words compile
/// only for the build (`ssr`): they are built into the page, as clause
/// cards the browser clones where an island shows a clause.
#[derive(Debug, PartialEq, Eq)]
pub struct Clause {
    pub id: &'static str,
    pub provenance: Provenance,
    /// What it says, in the product's own words.
    #[cfg(feature = "ssr")]
    pub summary: &'static str,
    /// What each later version of the terms did to this term, keyed by that
    /// version: shown dated beside the clause.
    #[cfg(feature = "ssr")]
    pub notes: &'static [(Terms, Note)],
}

/// What a later version of the terms did to a clause.
#[cfg(feature = "ssr")]
#[derive(Debug, PartialEq, Eq)]
pub enum Note {
    /// It superseded the term: what changed, citing its own clauses.
    Changed(&'static str),
    /// It does not mention the term: what the product takes of it
    /// (`amendment.md`).
    Unmentioned(&'static str),
}

#[cfg(feature = "ssr")]
use Note::{Changed, Unmentioned};

#[cfg(feature = "ssr")]
impl Note {
    /// The words before the note's date: "Changed on" for a superseded
    /// term, "Since" for an unmentioned one.
    pub fn lead(&self) -> &'static str {
        match self {
            Changed(_) => "Changed on",
            Unmentioned(_) => "Since",
        }
    }

    /// What the note says.
    pub fn text(&self) -> &'static str {
        match self {
            Changed(text) | Unmentioned(text) => text,
        }
    }

    /// The marker on the note's element: `data-changed` or `data-unmentioned`.
    pub fn is_change(&self) -> bool {
        matches!(self, Changed(_))
    }
}

/// What is said beside a term the amendment does not mention.
#[cfg(feature = "ssr")]
const ASSUMED_TO_STAND: &str =
    "the amendment does not mention this term; this explainer assumes it still stands.";

// (Outside the build, the words these take are dropped.)
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
impl Clause {
    /// This clause, with what later versions did to it (`notes!`).
    #[cfg(feature = "ssr")]
    const fn notes(self, notes: &'static [(Terms, Note)]) -> Clause {
        Clause { notes, ..self }
    }
    #[cfg(not(feature = "ssr"))]
    const fn notes(self, _: NoNotes) -> Clause {
        self
    }

    #[cfg(feature = "ssr")]
    pub fn source(&self) -> &'static Source {
        self.provenance.source()
    }

    /// The note a version left on this clause, if it left one.
    #[cfg(feature = "ssr")]
    pub fn note(&self, terms: Terms) -> Option<&Note> {
        self.notes.iter().find(|(t, _)| *t == terms).map(|(_, n)| n)
    }
}

/// What stands for a clause's notes outside the build.
#[cfg(not(feature = "ssr"))]
struct NoNotes;

/// A clause's notes, kept only in the build (the wasm has no use for them).
macro_rules! notes {
    ($($terms:expr => $note:expr),+ $(,)?) => {{
        #[cfg(feature = "ssr")]
        const NOTES: &[(Terms, Note)] = &[$(($terms, $note)),+];
        #[cfg(not(feature = "ssr"))]
        const NOTES: NoNotes = NoNotes;
        NOTES
    }};
}

/// What the amendment changed about the Azure-only rule, in the note on
/// each clause that stated it: the companies' words, and this explainer's
/// reading of them, told apart (the posts name no earlier clause).
#[cfg(feature = "ssr")]
const ANY_CLOUD: &str = "The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as ending the Azure-only rule; the posts name no earlier clause. Microsoft stays OpenAI's primary cloud partner: its products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need (U1).";

/// One clause of a provenance, with no notes yet.
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
const fn clause_of(provenance: Provenance, id: &'static str, summary: &'static str) -> Clause {
    Clause {
        id,
        provenance,
        #[cfg(feature = "ssr")]
        summary,
        #[cfg(feature = "ssr")]
        notes: &[],
    }
}
const fn a(id: &'static str, summary: &'static str) -> Clause {
    clause_of(Provenance::Announcement, id, summary)
}
const fn j(id: &'static str, summary: &'static str) -> Clause {
    clause_of(Provenance::JointStatement, id, summary)
}
const fn b(id: &'static str, summary: &'static str) -> Clause {
    clause_of(Provenance::BackgroundAgreement, id, summary)
}
const fn u(id: &'static str, summary: &'static str) -> Clause {
    clause_of(Provenance::Amendment, id, summary)
}

pub static CLAUSES: [Clause; 33] = [
    a("A1", "In reply to rumours about OpenAI's new money and its Amazon deal, Microsoft said the partnership remained, in the report's words, \"strong and central\"."),
    a("A2", "Microsoft said none of the day's announcements would change the terms the two companies had already agreed."),
    a("A3", "The two companies have worked together since 2019."),
    a("A4", "Microsoft said Azure was still the only cloud serving OpenAI's \"stateless APIs\", all of them.")
    .notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A5", "The report reads this as: API services that developers buy from Microsoft or from OpenAI must run wholly on Azure.")
    .notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A6", "The report reads this as: when OpenAI works with a third party such as Amazon, the stateless API calls that come from that work must still run inside Azure.")
    .notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A7", "The report reads this as: OpenAI's own main products, such as the \"Frontier\" series, keep being built on Azure.")
    .notes(notes![Terms::Amended => Changed("The companies now say OpenAI's products may be served on any cloud and launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need (U1, U2); the posts do not say where they are built.")]),
    a("A8", "Microsoft said it still held the exclusive licence to OpenAI's models and products, and access to them, unchanged.")
    .notes(notes![Terms::Amended => Changed("The companies say Microsoft's licence is now non-exclusive, through 2032 (U3).")]),
    a("A9", "Microsoft said the revenue-sharing deal between the companies had not been changed.")
    .notes(notes![Terms::Amended => Changed("The companies say OpenAI's payments to Microsoft now run through 2030, capped, and no longer depend on OpenAI's technical progress, which ends the old tie to AGI verification; and that Microsoft no longer pays OpenAI a share (U4, U5).")]),
    a("A10", "Microsoft said the revenue share already included money OpenAI makes through deals with other cloud companies.")
    .notes(notes![Terms::Amended => Unmentioned("the posts do not say whether the share still reaches revenue from other cloud providers; this explainer assumes it does.")]),
    a("A11", "Microsoft said the early agreements foresaw a partnership like the Amazon one, and that it welcomed it."),
    a("A12", "The companies said the agreement was meant to keep them close while leaving each room to explore new opportunities independently."),
    a("A13", "The companies said the process for determining AGI, and the contract's definitions, had not changed."),
    j("J1", "The companies said that as it grows, OpenAI may buy computing power beyond Azure (for example through the Stargate programme), with Azure staying central.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B1", "If OpenAI declares that it has reached AGI, an independent panel of experts must verify that claim.")
    .notes(notes![Terms::Amended => Unmentioned("the amendment does not mention the panel; whether it still matters to any right is not said.")]),
    b("B2", "Microsoft's rights to OpenAI's models and products last through 2032 and include models released after AGI, with safety guardrails.")
    .notes(notes![Terms::Amended => Changed("The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive (U3); they do not say whether models released after AGI are still included.")]),
    b("B3", "Microsoft's rights to OpenAI's research IP (confidential methods for building models) end when the panel verifies AGI or at the end of 2030, whichever is sooner. Model weights, architecture, inference and fine-tuning code, and data-centre hardware and software do not count as research IP.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B4", "Microsoft's IP rights do not extend to OpenAI's consumer hardware.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B5", "OpenAI may build some products with third parties. API products built that way are exclusive to Azure; other products may run on any cloud.")
    .notes(notes![Terms::Amended => Changed("The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as covering API products built with third parties too; the posts name no earlier clause.")]),
    b("B6", "Microsoft may pursue AGI by itself or with other partners.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B7", "If Microsoft uses OpenAI's IP to pursue AGI before AGI is declared, limits on computing power apply to those models.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B8", "The revenue share continues until the expert panel verifies AGI, with payments spread out over a longer time.")
    .notes(notes![Terms::Amended => Changed("The companies say the revenue share now runs through 2030, capped, and no longer depends on OpenAI's technical progress, which ends the old tie to AGI verification (U5).")]),
    b("B9", "OpenAI agreed to buy a further $250 billion of Azure services, and Microsoft gave up its right of first refusal to be OpenAI's compute provider.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B10", "OpenAI may serve its API to US government national-security customers on any cloud.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B11", "OpenAI may release open-weight models that meet set capability criteria.")
    .notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B12", "After OpenAI's recapitalisation, Microsoft owned about 27% of OpenAI Group PBC (as-converted, diluted), valued at about $135 billion, as of October 2025."),
    b("B13", "In Microsoft's own summary, the exclusive IP rights and Azure's API exclusivity last \"until AGI\".")
    .notes(notes![Terms::Amended => Changed("The companies say the licence is now non-exclusive (U3) and that OpenAI may serve all its products on any cloud (U2), which this explainer reads as ending Azure's API exclusivity.")]),
    u("U1", "The companies say Microsoft stays OpenAI's primary cloud partner: OpenAI products launch on Azure first, unless Microsoft cannot, and chooses not to, support what they need."),
    u("U2", "The companies say OpenAI may now serve all its products to customers on any cloud provider."),
    u("U3", "The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive."),
    u("U4", "The companies say Microsoft no longer pays OpenAI a share of its revenue."),
    u("U5", "The companies say OpenAI's revenue-share payments to Microsoft continue through 2030 at the same percentage, up to a total cap whose amount is not public, whatever OpenAI's technical progress."),
    u("U6", "The companies say Microsoft keeps taking part in OpenAI's growth as a major shareholder. (The figure here is B12's, as of October 2025, not the April posts': about 27%.)"),
];

/// The clause with this ID, if the catalog has it.
pub fn clause(id: &str) -> Option<&'static Clause> {
    CLAUSES.iter().find(|c| c.id == id)
}
