//! The clause catalog: every statement an answer may rest on, in the
//! product's own words, with where it comes from.

#[cfg(feature = "ssr")]
use super::versions::Terms;

use super::choice::choice;

choice! {
    /// Where a clause comes from, in the order the Sources section lists
    /// them (its slug is a word for markers and styles). The product keeps
    /// the four visibly apart.
    pub enum Provenance in "provenance" {
        /// The news report of the companies' statement, the explainer's subject.
        Announcement => "announcement";
        /// The companies' joint statement of 27 February 2026.
        JointStatement => "joint-statement";
        /// The definitive agreement of 28 October 2025, as the companies
        /// described it in public.
        BackgroundAgreement => "background";
        /// The amendment of 27 April 2026, as the companies' posts describe it.
        Amendment => "amendment";
    }
}

impl Provenance {
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
    /// The clauses it holds. What the document is and who published it
    /// are in the catalogue by this (`source-PROVENANCE-publisher`), and so
    /// is its own title, where it has one we know (`-title`; never
    /// invented): `app::text::source_name`.
    pub provenance: Provenance,
    /// Whether the document has a title we know.
    pub titled: bool,
    /// Whose words they are: the companies' own, or a report of them.
    pub status: super::reports::Status,
    /// ISO date, for `<time datetime>`.
    pub date: &'static str,
    pub url: Option<&'static str>,
}

#[cfg(feature = "ssr")]
pub static SOURCES: [Source; 4] = [
    Source {
        provenance: Provenance::Announcement,
        titled: false,
        status: super::reports::Status::Report,
        date: "2026-02-27",
        url: None,
    },
    Source {
        provenance: Provenance::JointStatement,
        titled: false,
        status: super::reports::Status::Official,
        date: "2026-02-27",
        url: Some("https://openai.com/index/continuing-microsoft-partnership/"),
    },
    Source {
        provenance: Provenance::BackgroundAgreement,
        titled: true,
        status: super::reports::Status::Official,
        date: "2025-10-28",
        url: Some("https://openai.com/index/next-chapter-of-microsoft-openai-partnership/"),
    },
    Source {
        provenance: Provenance::Amendment,
        titled: true,
        status: super::reports::Status::Official,
        date: "2026-04-27",
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
    /// What each later version of the terms did to this term, keyed by that
    /// version: shown dated beside the clause.
    #[cfg(feature = "ssr")]
    pub notes: &'static [(Terms, Note)],
}

/// What a later version of the terms did to a clause.
#[cfg(feature = "ssr")]
#[derive(Debug, PartialEq, Eq)]
pub enum Note {
    /// It superseded the term: what changed, citing its own clauses (the
    /// note's name in the catalogue).
    Changed(&'static str),
    /// It does not mention the term: what the product takes of it
    /// (`amendment.md`; the note's name in the catalogue).
    Unmentioned(&'static str),
}

#[cfg(feature = "ssr")]
use Note::{Changed, Unmentioned};

#[cfg(feature = "ssr")]
impl Note {
    /// The name of the words before the note's date: "Changed on" for a
    /// superseded term, "Since" for an unmentioned one.
    pub fn lead(&self) -> &'static str {
        match self {
            Changed(_) => "note-changed-on",
            Unmentioned(_) => "note-since",
        }
    }

    /// The name of what the note says.
    pub fn name(&self) -> &'static str {
        match self {
            Changed(name) | Unmentioned(name) => name,
        }
    }

    /// The marker on the note's element: `data-changed` or `data-unmentioned`.
    pub fn is_change(&self) -> bool {
        matches!(self, Changed(_))
    }
}

/// What is said beside a term the amendment does not mention.
#[cfg(feature = "ssr")]
const ASSUMED_TO_STAND: &str = "note-assumed-to-stand";

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
const ANY_CLOUD: &str = "note-any-cloud";

/// One clause of a provenance, with no notes yet.
#[cfg_attr(not(feature = "ssr"), allow(unused_variables))]
const fn clause_of(provenance: Provenance, id: &'static str) -> Clause {
    Clause {
        id,
        provenance,
        #[cfg(feature = "ssr")]
        notes: &[],
    }
}
const fn a(id: &'static str) -> Clause {
    clause_of(Provenance::Announcement, id)
}
const fn j(id: &'static str) -> Clause {
    clause_of(Provenance::JointStatement, id)
}
const fn b(id: &'static str) -> Clause {
    clause_of(Provenance::BackgroundAgreement, id)
}
const fn u(id: &'static str) -> Clause {
    clause_of(Provenance::Amendment, id)
}

pub static CLAUSES: [Clause; 33] = [
    a("A1"),
    a("A2"),
    a("A3"),
    a("A4").notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A5").notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A6").notes(notes![Terms::Amended => Changed(ANY_CLOUD)]),
    a("A7").notes(notes![Terms::Amended => Changed("clause-A7-note-2026-04-27")]),
    a("A8").notes(notes![Terms::Amended => Changed("clause-A8-note-2026-04-27")]),
    a("A9").notes(notes![Terms::Amended => Changed("clause-A9-note-2026-04-27")]),
    a("A10").notes(notes![Terms::Amended => Unmentioned("clause-A10-note-2026-04-27")]),
    a("A11"),
    a("A12"),
    a("A13"),
    j("J1").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B1").notes(notes![Terms::Amended => Unmentioned("clause-B1-note-2026-04-27")]),
    b("B2").notes(notes![Terms::Amended => Changed("clause-B2-note-2026-04-27")]),
    b("B3").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B4").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B5").notes(notes![Terms::Amended => Changed("clause-B5-note-2026-04-27")]),
    b("B6").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B7").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B8").notes(notes![Terms::Amended => Changed("clause-B8-note-2026-04-27")]),
    b("B9").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B10").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B11").notes(notes![Terms::Amended => Unmentioned(ASSUMED_TO_STAND)]),
    b("B12"),
    b("B13").notes(notes![Terms::Amended => Changed("clause-B13-note-2026-04-27")]),
    u("U1"),
    u("U2"),
    u("U3"),
    u("U4"),
    u("U5"),
    u("U6"),
];

/// The clause with this ID, if the catalog has it.
pub fn clause(id: &str) -> Option<&'static Clause> {
    CLAUSES.iter().find(|c| c.id == id)
}
