//! The explainer's fixed words, laid out: the masthead, each step's text and
//! notes, the glossary and the sources. Plain view functions with no state
//! and no handlers. Only the build renders them (see [`crate::app::fixed`]);
//! the browser adopts their HTML, so neither these functions nor the words
//! they lay out are compiled into the wasm.

mod corrections;
mod glossary;
mod rich_text;
mod sources;
mod step;
mod update;

pub use corrections::corrections;
pub use glossary::glossary;
pub use sources::sources;
pub use step::{masthead, step_notes, step_text};
pub use update::update_notice;
