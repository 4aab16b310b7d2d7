//! How the page is shown, as the link asks (`contract.md` extended):
//! `embed=1|builder|step`, `theme=light|dark|auto`, `bg=transparent`.
//! These shape the view only; the scenario is the engine's business.

use crate::terms::choice::choice;
use crate::terms::{link, Choice};

choice! {
    /// How the page is shown: `embed=1|builder|step`, or the full page.
    #[derive(Default)]
    pub enum Embed in "embed" {
        #[default]
        None => "none";
        All => "1";
        Builder => "builder";
        Step => "step";
    }
}

choice! {
    /// `theme=auto|light|dark`.
    #[derive(Default)]
    pub enum Theme in "theme" {
        #[default]
        Auto => "auto";
        Light => "light";
        Dark => "dark";
    }
}

impl Embed {
    /// Older spellings of `embed=1`, still read.
    pub const OLD_ALL: &'static [&'static str] = &["true", "all"];

    /// The word the link writes; the full page writes none.
    pub fn word(self) -> Option<&'static str> {
        (self != Embed::None).then(|| self.slug())
    }
}

choice! {
    /// The parts of the page an embed may leave out, by their element IDs
    /// in the built page. Every part is in the built page; the stylesheet
    /// hides what the address's embed mode leaves out (`words::first_paint`
    /// writes those rules from [`Embed::shows`]). Declared with `choice!`, so
    /// `Part::ALL` lists every part, whatever is added.
    pub enum Part in "part" {
        /// Skip link: The link past the walkthrough to the builder.
        SkipLink => "skip-link";
        /// Masthead: The explainer's title block and the embed button.
        Masthead => "masthead";
        /// Embed title: The explainer's title, for embed=1 only (the masthead has its own).
        EmbedTitle => "embed-title";
        /// Walkthrough: The steps.
        Walkthrough => "walkthrough";
        /// Step navigation: The progress above the steps.
        StepNavigation => "walk-nav";
        /// Step buttons: Previous and Next below the steps.
        StepButtons => "step-buttons";
        /// Builder: The scenario builder (its island's root).
        Builder => "builder-root";
        /// Appendix: Glossary, corrections and sources.
        Appendix => "appendix";
        /// Embed footer: The way out of an embed to the full page.
        EmbedFooter => "embed-footer";
    }
}

impl Part {
    /// The element's ID in the built page.
    pub fn id(self) -> &'static str {
        self.slug()
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
            Some(word) if Embed::OLD_ALL.contains(&word) => Embed::All,
            Some(word) => Embed::from_slug(word).unwrap_or_default(),
            None => Embed::None,
        };
        let theme = link::param(query, "theme")
            .as_deref()
            .and_then(Theme::from_slug)
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
            out.push_str(self.theme.slug());
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
            Part::ALL
                .iter()
                .copied()
                .filter(|&p| embed.shows(p))
                .collect()
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
