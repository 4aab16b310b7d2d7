//! How the page is shown, as the link asks (`contract.md` extended):
//! `embed=1|builder|step`, `theme=light|dark|auto`, `bg=transparent`.
//! These shape the view only; the scenario is the engine's business.

use crate::terms::link;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Embed {
    /// The full page, with header, glossary and sources.
    #[default]
    None,
    /// `embed=1`: walkthrough and builder, without page chrome.
    All,
    /// `embed=builder`: only the scenario builder.
    Builder,
    /// `embed=step`: only the walkthrough step that `step=N` names.
    Step,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn from_word(word: &str) -> Option<Theme> {
        match word {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl Embed {
    /// A class for the page, so the stylesheet can lay out each kind of embed.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Embed::None => None,
            Embed::All => Some("embed-all"),
            Embed::Builder => Some("embed-builder"),
            Embed::Step => Some("embed-step"),
        }
    }

    pub fn word(self) -> Option<&'static str> {
        match self {
            Embed::None => None,
            Embed::All => Some("1"),
            Embed::Builder => Some("builder"),
            Embed::Step => Some("step"),
        }
    }
}

/// The parts of the page an embed may leave out. Every part is in the built
/// page; the browser hides what the link's embed mode leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    SkipLink,
    Masthead,
    /// The explainer's title, for `embed=1` only (the masthead has its own).
    EmbedTitle,
    Walkthrough,
    /// The progress above the steps (the navigation island's root).
    StepNavigation,
    /// Previous and Next below the steps.
    StepButtons,
    Builder,
    /// Glossary, corrections and sources.
    Appendix,
    /// The way out of an embed to the full page.
    EmbedFooter,
}

impl Part {
    pub const ALL: [Part; 9] = [
        Part::SkipLink,
        Part::Masthead,
        Part::EmbedTitle,
        Part::Walkthrough,
        Part::StepNavigation,
        Part::StepButtons,
        Part::Builder,
        Part::Appendix,
        Part::EmbedFooter,
    ];

    /// The element's ID in the built page.
    pub fn id(self) -> &'static str {
        match self {
            Part::SkipLink => "skip-link",
            Part::Masthead => "masthead",
            Part::EmbedTitle => "embed-title",
            Part::Walkthrough => "walkthrough",
            Part::StepNavigation => crate::app::roots::NAVIGATION,
            Part::StepButtons => crate::app::roots::STEP_BUTTONS,
            Part::Builder => crate::app::roots::BUILDER,
            Part::Appendix => "appendix",
            Part::EmbedFooter => "embed-footer",
        }
    }
}

impl Embed {
    /// Whether this way of showing the page shows `part`.
    pub fn shows(self, part: Part) -> bool {
        let embedded = self != Embed::None;
        match part {
            Part::SkipLink | Part::Masthead | Part::Appendix => !embedded,
            Part::EmbedTitle => self == Embed::All,
            Part::EmbedFooter => embedded,
            Part::Walkthrough => self != Embed::Builder,
            Part::StepNavigation | Part::StepButtons => {
                self != Embed::Builder && self != Embed::Step
            }
            Part::Builder => self != Embed::Step,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ViewOptions {
    pub embed: Embed,
    pub theme: Theme,
    pub transparent: bool,
}

impl ViewOptions {
    /// Reads the view parameters; anything unrecognised means the default.
    pub fn from_query(query: &str) -> Self {
        let embed = match link::param(query, "embed").as_deref() {
            Some("1" | "true" | "all") => Embed::All,
            Some("builder") => Embed::Builder,
            Some("step") => Embed::Step,
            _ => Embed::None,
        };
        let theme = link::param(query, "theme")
            .as_deref()
            .and_then(Theme::from_word)
            .unwrap_or_default();
        let transparent = link::param(query, "bg").as_deref() == Some("transparent");
        ViewOptions {
            embed,
            theme,
            transparent,
        }
    }

    /// The view parameters to keep in the address, `&`-prefixed.
    pub fn to_query(self) -> String {
        let mut out = String::new();
        if let Some(embed) = self.embed.word() {
            out.push_str("&embed=");
            out.push_str(embed);
        }
        if self.theme != Theme::Auto {
            out.push_str("&theme=");
            out.push_str(self.theme.word());
        }
        if self.transparent {
            out.push_str("&bg=transparent");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_the_view_parameters() {
        let v = ViewOptions::from_query("embed=builder&theme=dark&bg=transparent&host=aws");
        assert_eq!(
            v,
            ViewOptions {
                embed: Embed::Builder,
                theme: Theme::Dark,
                transparent: true
            }
        );
        assert_eq!(v.to_query(), "&embed=builder&theme=dark&bg=transparent");
        assert_eq!(ViewOptions::from_query("embed=1").embed, Embed::All);
        assert_eq!(
            ViewOptions::from_query("embed=%3Cscript%3E&theme=neon"),
            ViewOptions::default()
        );
        assert_eq!(ViewOptions::default().to_query(), "");
    }

    #[test]
    fn each_embed_shows_its_parts_and_a_way_out() {
        let shown = |embed: Embed| -> Vec<Part> {
            Part::ALL.into_iter().filter(|&p| embed.shows(p)).collect()
        };
        use Part::*;
        assert_eq!(
            shown(Embed::None),
            vec![
                SkipLink,
                Masthead,
                Walkthrough,
                StepNavigation,
                StepButtons,
                Builder,
                Appendix
            ]
        );
        assert_eq!(
            shown(Embed::All),
            vec![
                EmbedTitle,
                Walkthrough,
                StepNavigation,
                StepButtons,
                Builder,
                EmbedFooter
            ]
        );
        assert_eq!(shown(Embed::Builder), vec![Builder, EmbedFooter]);
        assert_eq!(shown(Embed::Step), vec![Walkthrough, EmbedFooter]);
    }
}
