//! The clause catalog: every statement an answer may rest on, in the
//! product's own words, with where it comes from.

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
            Provenance::Announcement => "Announcement",
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
        publisher: "News report of the companies' statement (the report presents it as Microsoft's)",
        date: "2026-02-27",
        date_text: "27 February 2026",
        url: None,
    },
    Source {
        title: None,
        publisher: "Joint statement of Microsoft and OpenAI, published by OpenAI and on the Official Microsoft Blog",
        date: "2026-02-27",
        date_text: "27 February 2026",
        url: Some("https://openai.com/index/continuing-microsoft-partnership/"),
    },
    Source {
        title: Some("The next chapter of the Microsoft–OpenAI partnership"),
        publisher: "OpenAI and the Official Microsoft Blog",
        date: "2025-10-28",
        date_text: "28 October 2025",
        url: Some("https://openai.com/index/next-chapter-of-microsoft-openai-partnership/"),
    },
    Source {
        title: Some("The next phase of the Microsoft–OpenAI partnership"),
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
    /// What the amendment of 27 April 2026 changed, where it superseded this
    /// term, citing the amendment clauses; shown dated beside the clause.
    #[cfg(feature = "ssr")]
    pub changed: Option<&'static str>,
    /// Where the amendment does not mention this term, what the product
    /// takes of it (`amendment.md`), said dated beside the clause.
    #[cfg(feature = "ssr")]
    pub unmentioned: Option<&'static str>,
}

/// What is said beside a term the amendment does not mention.
const ASSUMED_TO_STAND: &str =
    "the amendment does not mention this term; this explainer assumes it still stands.";

// (Outside the build, the words these take are dropped.)
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
impl Clause {
    /// This clause, marked as superseded by the amendment.
    const fn changed(self, note: &'static str) -> Clause {
        Clause {
            #[cfg(feature = "ssr")]
            changed: Some(note),
            ..self
        }
    }

    /// This clause, marked as a term the amendment does not mention.
    const fn unmentioned(self, note: &'static str) -> Clause {
        Clause {
            #[cfg(feature = "ssr")]
            unmentioned: Some(note),
            ..self
        }
    }

    #[cfg(feature = "ssr")]
    pub fn source(&self) -> &'static Source {
        self.provenance.source()
    }
}

/// What the amendment changed about the Azure-only rule, in the note on
/// each clause that stated it: the companies' words, and this explainer's
/// reading of them, told apart (the posts name no earlier clause).
const ANY_CLOUD: &str = "The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as ending the Azure-only rule; the posts name no earlier clause. Microsoft stays OpenAI's primary cloud partner: its products launch on Azure first, unless Microsoft cannot, and chooses not to, support them (U1).";

#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
const fn a(id: &'static str, summary: &'static str) -> Clause {
    Clause {
        id,
        provenance: Provenance::Announcement,
        #[cfg(feature = "ssr")]
        summary,
        #[cfg(feature = "ssr")]
        changed: None,
        #[cfg(feature = "ssr")]
        unmentioned: None,
    }
}
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
const fn b(id: &'static str, summary: &'static str) -> Clause {
    Clause {
        id,
        provenance: Provenance::BackgroundAgreement,
        #[cfg(feature = "ssr")]
        summary,
        #[cfg(feature = "ssr")]
        changed: None,
        #[cfg(feature = "ssr")]
        unmentioned: None,
    }
}
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
const fn u(id: &'static str, summary: &'static str) -> Clause {
    Clause {
        id,
        provenance: Provenance::Amendment,
        #[cfg(feature = "ssr")]
        summary,
        #[cfg(feature = "ssr")]
        changed: None,
        #[cfg(feature = "ssr")]
        unmentioned: None,
    }
}

pub static CLAUSES: [Clause; 33] = [
    a("A1", "In reply to rumours about OpenAI's new money and its Amazon deal, Microsoft said the partnership remained, in the report's words, \"strong and central\"."),
    a("A2", "Microsoft said none of the day's announcements would change the terms the two companies had already agreed."),
    a("A3", "The two companies have worked together since 2019."),
    a("A4", "Microsoft said Azure was still the only cloud serving OpenAI's \"stateless APIs\", all of them.")
    .changed(ANY_CLOUD),
    a("A5", "The report reads this as: API services that developers buy from Microsoft or from OpenAI run wholly on Azure.")
    .changed(ANY_CLOUD),
    a("A6", "The report reads this as: when OpenAI works with a third party such as Amazon, the stateless API calls that come from that work still run inside Azure.")
    .changed(ANY_CLOUD),
    a("A7", "The report reads this as: OpenAI's own main products, such as the \"Frontier\" series, keep being built on Azure.")
    .changed("The companies now say OpenAI's products launch on Azure first and may be served on any cloud (U1, U2); the posts do not say where they are built."),
    a("A8", "Microsoft said it still held the exclusive licence to OpenAI's models and products, and access to them, unchanged.")
    .changed("The companies say Microsoft's licence is now non-exclusive, through 2032 (U3)."),
    a("A9", "Microsoft said the revenue-sharing deal between the companies had not been changed.")
    .changed("The companies say OpenAI's payments to Microsoft now run through 2030, capped, and no longer depend on AGI, and that Microsoft no longer pays OpenAI a share (U4, U5)."),
    a("A10", "Microsoft said the revenue share already included money OpenAI makes through deals with other cloud companies."),
    a("A11", "Microsoft said the early agreements foresaw a partnership like the Amazon one, and that it welcomed it."),
    a("A12", "The companies said the agreement was meant to keep them close while leaving each room to explore new opportunities independently."),
    a("A13", "The companies said the process for determining AGI, and the contract's definitions, had not changed."),
    Clause {
        id: "J1",
        provenance: Provenance::JointStatement,
        #[cfg(feature = "ssr")]
        summary: "The companies said that as it grows, OpenAI may buy computing power beyond Azure (for example through the Stargate programme), with Azure staying central.",
        #[cfg(feature = "ssr")]
        changed: None,
        #[cfg(feature = "ssr")]
        unmentioned: Some(ASSUMED_TO_STAND),
    },
    b("B1", "If OpenAI declares that it has reached AGI, an independent panel of experts must verify that claim.")
    .unmentioned("the amendment does not mention the panel; whether it still matters to any right is not said."),
    b("B2", "Microsoft's rights to OpenAI's models and products last through 2032 and include models released after AGI, with safety guardrails."),
    b("B3", "Microsoft's rights to OpenAI's research IP (confidential methods for building models) end when the panel verifies AGI or at the end of 2030, whichever is sooner. Model weights, architecture, inference and fine-tuning code, and data-centre hardware and software do not count as research IP.")
    .unmentioned(ASSUMED_TO_STAND),
    b("B4", "Microsoft's IP rights do not extend to OpenAI's consumer hardware.")
    .unmentioned(ASSUMED_TO_STAND),
    b("B5", "OpenAI may build some products with third parties. API products built that way are exclusive to Azure; other products may run on any cloud.")
    .changed("The companies now say OpenAI may serve all its products on any cloud (U2). This explainer reads that as covering API products built with third parties too; the posts name no earlier clause."),
    b("B6", "Microsoft may pursue AGI by itself or with other partners."),
    b("B7", "If Microsoft uses OpenAI's IP to pursue AGI before AGI is declared, limits on computing power apply to those models."),
    b("B8", "The revenue share continues until the expert panel verifies AGI, with payments spread out over a longer time.")
    .changed("The companies say the revenue share now runs through 2030, capped, and no longer depends on AGI (U5)."),
    b("B9", "OpenAI agreed to buy a further $250 billion of Azure services, and Microsoft gave up its right of first refusal to be OpenAI's compute provider.")
    .unmentioned(ASSUMED_TO_STAND),
    b("B10", "OpenAI may serve its API to US government national-security customers on any cloud.")
    .unmentioned(ASSUMED_TO_STAND),
    b("B11", "OpenAI may release open-weight models that meet set capability criteria.")
    .unmentioned(ASSUMED_TO_STAND),
    b("B12", "After OpenAI's recapitalisation, Microsoft owned about 27% of OpenAI Group PBC (as-converted, diluted), valued at about $135 billion, as of October 2025."),
    b("B13", "In Microsoft's own summary, the exclusive IP rights and Azure's API exclusivity last \"until AGI\".")
    .changed("The companies say the licence is now non-exclusive (U3) and that OpenAI may serve all its products on any cloud (U2), which this explainer reads as ending Azure's API exclusivity."),
    u("U1", "The companies say Microsoft stays OpenAI's primary cloud partner: OpenAI products launch on Azure first, unless Microsoft cannot support what they need and chooses not to."),
    u("U2", "The companies say OpenAI may now serve all its products to customers on any cloud provider."),
    u("U3", "The companies say Microsoft keeps a licence to OpenAI's models and products through 2032, now non-exclusive."),
    u("U4", "The companies say Microsoft no longer pays OpenAI a share of its revenue."),
    u("U5", "The companies say OpenAI's revenue-share payments to Microsoft continue through 2030 at the same percentage, up to a total cap that is not public, whatever OpenAI's technical progress."),
    u("U6", "The companies say Microsoft keeps taking part in OpenAI's growth as a major shareholder. (The April posts give no figure; the stake was about 27% as of October 2025, B12.)"),
];

/// The clause with this ID, if the catalog has it.
pub fn clause(id: &str) -> Option<&'static Clause> {
    CLAUSES.iter().find(|c| c.id == id)
}
