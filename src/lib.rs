//! The partnership explainer: a terms engine and the Yew app that shows it.
//!
//! `terms` is the engine (pure Rust, tested natively); `content` holds the
//! explainer's words; `app` lays both out in the browser.

pub mod app;
#[cfg(feature = "ssr")]
pub mod cards;
pub mod content;
pub mod terms;
