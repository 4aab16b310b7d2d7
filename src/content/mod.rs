//! The explainer's words: walkthrough steps, help text, glossary. Data only;
//! the components lay it out and the engine answers the live examples.

pub mod amendment;
pub mod facts;
pub mod glossary;
pub mod markup;
pub mod steps;

/// The explainer's title, as the page and its embeds show it.
pub const TITLE: &str = "“Unchanged”, then amended: what the Microsoft–OpenAI joint statement said, and how the terms changed";

/// When the terms on this page were last checked against the sources.
pub const LAST_CHECKED: (&str, &str) = ("2026-12-07", "7 December 2026");

#[cfg(test)]
mod tests {
    use super::TITLE;

    /// The title is said in places the compiler cannot see: the page's
    /// metadata and the social card. A title that changes in one of them
    /// only fails here, not silently.
    #[test]
    fn the_page_metadata_and_the_social_card_carry_the_title() {
        let index = include_str!("../../index.html");
        for place in [
            format!("<title>{TITLE}"),
            format!("property=\"og:title\" content=\"{TITLE}\""),
            format!("type=\"application/json+oembed\" href=\"oembed.json\" title=\"{TITLE}\""),
        ] {
            assert!(index.contains(&place), "index.html lacks {place}");
        }
        let card = include_str!("../../scripts/og-image.mjs");
        assert!(
            card.contains(TITLE),
            "scripts/og-image.mjs: the card's title"
        );
        // The statement was joint, and the terms were amended: the title,
        // the description and the card's alt text all say so.
        for (what, text) in [
            ("title", TITLE),
            ("description", meta(index, "name=\"description\"")),
            ("og:image:alt", meta(index, "property=\"og:image:alt\"")),
        ] {
            assert!(text.contains("joint statement"), "{what}: {text}");
            assert!(text.contains("amended"), "{what}: {text}");
        }
    }

    fn meta<'a>(html: &'a str, key: &str) -> &'a str {
        let after = &html[html.find(key).unwrap_or_else(|| panic!("no {key}"))..];
        let start = after.find("content=\"").unwrap() + 9;
        let end = after[start..].find('"').unwrap();
        &after[start..start + end]
    }
}
