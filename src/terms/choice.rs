//! Closed sets of words, as `terms.md` lists them.
//!
//! Every input of a scenario is one word from a fixed list, and so are the
//! verdicts, the topics and the page's view parameters. [`Choice`] gives
//! each value its word in links and markers, a short name and one line of
//! help; the `choice!` macro writes all of it from one line per value, so a
//! link, the form, the help and the error messages cannot disagree.

/// A value from a closed set of words.
pub trait Choice: Copy + PartialEq + 'static {
    /// Every value, in the order `terms.md` lists them.
    const ALL: &'static [Self];
    /// The words a link may use, in the same order.
    const SLUGS: &'static [&'static str];

    /// The word used for this value in links and page markers.
    fn slug(self) -> &'static str;
    /// A short name for people.
    fn label(self) -> &'static str;
    /// One line for people on what the value means.
    fn help(self) -> &'static str;

    fn from_slug(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|value| value.slug() == word)
    }
}

/// Declares an enum and its [`Choice`] impl, one line per value:
/// `Variant => "slug", "label", "help";`. A value may carry attributes,
/// such as `#[default]` under `#[derive(Default)]`.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$variant_meta:meta])* $variant:ident => $slug:literal, $label:literal, $help:literal);+ $(;)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$variant_meta])* $variant),+ }

        impl $crate::terms::Choice for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];
            const SLUGS: &'static [&'static str] = &[$($slug),+];

            fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            fn help(self) -> &'static str {
                match self { $($name::$variant => $help),+ }
            }
        }
    };
}

pub(crate) use choice;
