//! Terms a reader may not know, defined only as far as the sources support.

#[derive(Debug, PartialEq)]
pub struct Term {
    /// A stable word for anchors (`#term-stateless-api`), and for its words
    /// in the catalogue: `term-ID` (its name) and `term-ID-definition`.
    pub id: &'static str,
    /// The press reports shown with the definition (by ID).
    pub reports: &'static [&'static str],
}

pub static GLOSSARY: [Term; 12] = [
    Term {
        id: "stateless-api",
        reports: &[],
    },
    Term {
        id: "stateful-runtime",
        reports: &[],
    },
    Term {
        id: "cloud-provider",
        reports: &[],
    },
    Term {
        id: "first-party-product",
        reports: &[],
    },
    Term {
        id: "ip-licence",
        reports: &[],
    },
    Term {
        id: "research-ip",
        reports: &[],
    },
    Term {
        id: "revenue-share",
        reports: &["R1"],
    },
    Term {
        id: "agi",
        reports: &[],
    },
    Term {
        id: "expert-panel",
        reports: &[],
    },
    Term {
        id: "open-weight-model",
        reports: &[],
    },
    Term {
        id: "right-of-first-refusal",
        reports: &[],
    },
    Term {
        id: "public-benefit-corporation",
        reports: &[],
    },
];

#[cfg(feature = "ssr")]
impl Term {
    /// The term's name (`term-ID`).
    pub fn name(&self) -> String {
        crate::app::text::text(&format!("term-{}", self.id), &[])
    }

    /// What it means, as far as the sources support (`term-ID-definition`).
    pub fn definition(&self) -> String {
        crate::app::text::text(&format!("term-{}-definition", self.id), &[])
    }
}

/// The term with this ID, if the glossary has it.
pub fn term(id: &str) -> Option<&'static Term> {
    GLOSSARY.iter().find(|t| t.id == id)
}
