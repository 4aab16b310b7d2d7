//! Thin components: they hold view state only and ask the engine for answers.

pub mod builder;
pub mod clause_card;
pub mod embed_dialog;
pub mod field_control;
pub mod finding;
pub mod live_example;
pub mod step_view;
pub mod visuals;
pub mod walkthrough;
