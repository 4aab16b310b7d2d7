//! The explainer's fixed words, laid out: the masthead, each step's text and
//! notes, the glossary and the sources. Plain view functions with no state
//! and no handlers, and the page around the islands' first renders. They
//! compile only for the build (`ssr`), so neither these views nor the words
//! they lay out can reach the wasm.

mod cite;
mod corrections;
pub mod data;
pub(crate) mod demo;
mod embed_dialog;
pub mod feed;
pub mod first_paint;
mod glossary;
mod navigation;
mod page;
pub mod pages;
mod render;
mod rich_text;
mod sources;
mod step;
mod update;

pub use cite::cite;
pub use corrections::corrections;
pub use embed_dialog::{copy_dialog, embed_dialog};
pub use glossary::glossary;
pub use page::{Page, PageProps};
pub use render::{assemble, escape, fill_words, fill_words_with, render};
pub use sources::sources;
pub use step::{masthead, step_notes, step_text};
pub use update::update_notice;
