//! The islands (`Builder`, `LiveExample`) that `islands` mounts, and their
//! parts. State lives in one reducer per island (`app::state`); the parts
//! draw it and hold view state only (what is open, a half-typed value).

pub mod builder;
pub mod clause_card;
pub mod comparison;
pub mod decision_table;
pub mod estimate;
pub mod field_control;
pub mod finding;
pub mod input_error;
pub mod live_example;
pub mod printing;
pub mod report;
pub mod verdict;
pub mod verdict_row;
pub mod version_markers;
pub mod visuals;
// Drawn by the build (ssr) and filled in the browser (wasm) only.
#[cfg(any(feature = "ssr", target_arch = "wasm32"))]
pub mod year_chart;
