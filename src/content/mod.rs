//! The explainer's words: walkthrough steps, help text, glossary. Data only;
//! the components lay it out and the engine answers the live examples.

pub mod amendment;
pub mod events;
pub mod glossary;
pub mod markup;
pub mod steps;

/// When the terms on this page were last checked against the sources.
pub const LAST_CHECKED: &str = "2026-12-07";

/// When the explainer was first published: `contract.md` fixes the step
/// links it published on that day ("the steps they named on 29 November
/// 2026").
pub const FIRST_PUBLISHED: &str = "2026-11-29";

#[cfg(all(test, feature = "ssr"))]
mod tests {

    /// The page's head and the social card take their words from the
    /// catalogue: index.html names them by slot, and the built head says
    /// them. The statement was joint, and the terms were amended: the
    /// title, the description and the card's alt text all say so.
    #[test]
    fn the_page_metadata_and_the_social_card_carry_the_title() {
        let index = include_str!("../../index.html");
        for place in [
            "<title>@@page-title@@",
            "property=\"og:title\" content=\"@@title@@\"",
            "type=\"application/json+oembed\" href=\"oembed.json\" title=\"@@title@@\"",
        ] {
            assert!(index.contains(place), "index.html lacks {place}");
        }
        let card = crate::app::words::pages::site_pages().remove(0).card;
        assert_eq!(
            card.title,
            crate::app::text::text("title", &[]),
            "the card's title"
        );
        let head = crate::app::words::fill_words(index).unwrap();
        let title = crate::app::text::text("title", &[]);
        assert!(head.contains(&format!("<title>{}", title.replace('"', "&quot;"))));
        for (what, text) in [
            ("title", title.as_str()),
            ("description", meta(&head, "name=\"description\"")),
            ("og:image:alt", meta(&head, "property=\"og:image:alt\"")),
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
