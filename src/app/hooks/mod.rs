//! Hooks that connect an island to the browser. Each touches browser APIs
//! only inside effects, so the components stay renderable by the build.

mod use_arrow_keys;

pub use use_arrow_keys::use_arrow_keys;
