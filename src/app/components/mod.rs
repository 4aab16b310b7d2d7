//! Thin components: they hold view state only and ask the engine for
//! answers. The islands (`Builder`, `LiveExample`) are the ones `islands`
//! mounts; the rest are their parts.

pub mod builder;
pub mod clause_card;
pub mod comparison;
pub mod decision_table;
pub mod estimate;
pub mod field_control;
pub mod finding;
pub mod live_example;
pub mod printing;
pub mod report;
pub mod verdict;
pub mod verdict_row;
pub mod version_markers;
pub mod visuals;
