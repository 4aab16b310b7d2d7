//! The partnership explainer: a terms engine and the Yew app that shows it.

pub mod terms;
