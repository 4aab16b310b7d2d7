//! Closed sets of words, as `terms.md` lists them.
//!
//! Every input of a scenario is one word from a fixed list, and so are the
//! verdicts, the topics and the page's view parameters. [`Choice`] gives
//! each value its word in links and markers, in a fixed order; the
//! `choice!` macro writes it from one line per value, so a link, the form
//! and the error messages cannot disagree. What people read for a value
//! (its name and one line of help) is in the catalogue, under
//! `KIND-SLUG` and `KIND-SLUG-help` (`app::text::label`).

/// A value from a closed set of words.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order `terms.md` lists them.
    const ALL: &'static [Self];
    /// The words a link may use, in the same order.
    const SLUGS: &'static [&'static str];

    /// The kind of value, as the catalogue's names of its words begin
    /// (`offering`, `verdict`); for a scenario's input, the field's name.
    const KIND: &'static str;

    /// The word used for this value in links and page markers.
    fn slug(self) -> &'static str;

    fn from_slug(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.slug() == word)
    }
}

/// Declares an enum and its [`Choice`] impl, one line per value:
/// `pub enum Name in "kind" { Variant => "slug"; … }`. A value may carry
/// attributes, such as `#[default]` under `#[derive(Default)]`.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident in $kind:literal {
            $($(#[$variant_meta:meta])* $variant:ident => $slug:literal);+ $(;)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$variant_meta])* $variant),+ }

        impl $crate::terms::Choice for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            const SLUGS: &'static [&'static str] = &[$($slug),+];
            const KIND: &'static str = $kind;

            fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

        }
    };
}

pub(crate) use choice;
