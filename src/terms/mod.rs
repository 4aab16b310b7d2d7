//! The terms engine: the dated versions of the terms and their rules
//! (`terms.md`), the clause catalog, the press reports and the link codec.
//! Pure Rust, no UI and no I/O, so it is tested natively and the
//! walkthrough and the builder can only ever show the same answers.

pub mod choice;
pub mod clauses;
pub mod corrections;
pub mod deadlines;
pub mod decimal;
pub mod flips;
pub mod link;
pub mod presets;
pub mod reports;
pub mod rules;
pub mod scenario;
pub mod table;
pub mod versions;
pub mod years;

pub use choice::Choice;
pub use clauses::{clause, Clause, Provenance, CLAUSES};
#[cfg(feature = "ssr")]
pub use clauses::{Note, Source, SOURCES};
pub use corrections::{Correction, RulesChange, CORRECTIONS, RULES_CHANGES};
pub use deadlines::Deadline;
pub use decimal::{format_usd, Decimal, MAX_PERCENT, MAX_SCALE};
pub use flips::{flips, Edit, Flip};
pub use link::{parse, to_query, ParsedLink};
pub use presets::{Preset, PRESETS};
pub use reports::about as reports_about;
pub use reports::{report, Report, Status, R1, REPORTS};
pub use rules::{
    azure_required, compare, evaluate, Answer, Answers, Comparison, Estimate, Said, Topic, Value,
    Verdict, RULES_VERSION,
};
pub use scenario::{
    Agi, Channel, Customer, Field, Host, InputError, Offering, Partner, Problem, Scenario, Terms,
    FIRST_YEAR, LAST_YEAR, MAX_REVENUE,
};
pub use table::{decision_table, Row, TABLE_TOPICS};
pub use versions::{Version, VERSIONS, VERSION_DATES};
pub use years::{in_year, years, Mark, Years};
