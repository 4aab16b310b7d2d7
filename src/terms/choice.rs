//! Closed sets of words, as `terms.md` lists them.
//!
//! Every input of a scenario is one word from a fixed list. The macro keeps
//! the Rust variant, the word used in links, and the list of allowed words in
//! one place, so a link, the form and the error messages can never disagree.

macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($variant:ident => $slug:literal, $label:literal);+ $(;)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order `terms.md` lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The words a link may use, in the same order.
            pub const SLUGS: &'static [&'static str] = &[$($slug),+];

            /// The word used for this value in links and page markers.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// A short name for people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_slug(word: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|value| value.slug() == word)
            }
        }
    };
}

pub(crate) use choice;
