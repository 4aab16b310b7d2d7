//! The IDs of the elements islands mount on. The build writes them and the
//! browser looks them up: one list, so the two cannot drift apart.

pub const BUILDER: &str = "builder-root";

/// The root of step `n`'s live example.
pub fn example(n: usize) -> String {
    format!("example-{n}")
}
