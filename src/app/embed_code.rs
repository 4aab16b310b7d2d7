//! The snippet an editor pastes into an article: a responsive, lazy iframe
//! with a title, and the loader script that sizes it (`static/embed.js`);
//! or, for an AMP page, an `amp-iframe` that AMP sizes from the frame's
//! `embed-size` message.

use crate::app::markers::loader::{FALLBACK, FRAME};
use crate::app::text::{preset_name, step_short, text};
use crate::app::view::Theme;
use crate::content::steps;
use crate::terms::choice::choice;
use crate::terms::{to_query, Choice, Preset, Scenario};

choice! {
    /// The kind of page the code is for: a plain HTML page (the frame and
    /// its loader) or an AMP page (`amp-iframe`).
    #[derive(Default)]
    pub enum CodeFormat in "code-format" {
        #[default]
        Html => "html";
        Amp => "amp";
    }
}

/// What an editor chooses to embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedChoice {
    /// Walkthrough and builder.
    All,
    /// The builder, opened on the current scenario.
    Builder,
    /// One walkthrough step, by its position (1-based); the code names it
    /// by its stable name, so the link never re-points.
    Step(usize),
}

/// The frame's title, for screen readers: one message for the dialog,
/// the oEmbed answer and the demo.
fn iframe_title() -> String {
    text("embed-iframe-title", &[])
}

impl EmbedChoice {
    /// The oEmbed frame's height: WordPress never makes a frame taller than
    /// 1,000 px (wp-embed.js clamps to 200–1000), so the whole explainer
    /// reads well at that height and scrolls within the frame beyond it.
    pub const OEMBED_HEIGHT: u32 = 1000;

    /// The frame's starting height, before the loader sizes it to its content.
    pub fn height(self) -> u32 {
        match self {
            EmbedChoice::All => 1400,
            EmbedChoice::Builder => 1100,
            EmbedChoice::Step(_) => 900,
        }
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl EmbedChoice {
    /// The page the build wrote for this choice, as its folder and name:
    /// `steps/` and a step's, `examples/` and an example's, both empty for
    /// the whole explainer (the main page); `None` for a builder scenario
    /// that is no example.
    fn own_page(self, scenario: &Scenario) -> Option<[&'static str; 2]> {
        match self {
            EmbedChoice::All => Some(["", ""]),
            EmbedChoice::Step(n) => steps::at(n).map(|s| ["steps/", s.name]),
            EmbedChoice::Builder => Preset::of(scenario).map(|p| ["examples/", p.id]),
        }
    }

    /// The address of that page on `site` (its root, ending in `/`), which
    /// a CMS that reads oEmbed (WordPress, Ghost) turns into this embed; an
    /// example's keeps the scenario's version (`terms=`).
    pub fn page_link(self, site: &str, scenario: &Scenario) -> Option<String> {
        let [folder, name] = self.own_page(scenario)?;
        let mut link = [site, folder, name].concat();
        if !name.is_empty() {
            link.push('/');
        }
        if self == EmbedChoice::Builder {
            link.push_str("?terms=");
            link.push_str(scenario.terms.slug());
        }
        Some(link)
    }

    /// The frame's address: the explainer at `site` (its root, ending in
    /// `/`), with `scenario` (written in full) if given, shown as this
    /// choice asks.
    fn frame_src(self, site: &str, scenario: Option<&Scenario>, theme: Theme) -> String {
        let mut src = format!("{site}?");
        if let Some(scenario) = scenario {
            src.push_str(&to_query(scenario));
            src.push('&');
        }
        match self {
            EmbedChoice::All => src.push_str("embed=1"),
            EmbedChoice::Builder => src.push_str("embed=builder"),
            EmbedChoice::Step(n) => {
                src.push_str("embed=step&step=");
                src.push_str(steps::at(n).map_or("1", |s| s.name));
            }
        }
        if theme != Theme::Auto {
            src.push_str("&theme=");
            src.push_str(theme.slug());
        }
        src
    }

    /// What is shown where no frame can go (feeds, newsletters, reader
    /// modes keep links and images, and drop frames and scripts): the
    /// page's card image, with its alt text, in a link to the page, in the
    /// oEmbed answer's `<blockquote>` before the frame, which the loader
    /// (and WordPress's wp-embed.js) hides once the frame reports its
    /// height. A scenario with no page of its own links to the main page
    /// with that scenario, under the explainer's card.
    fn fallback(self, site: &str, scenario: &Scenario) -> String {
        let page = self.own_page(scenario);
        let link = self
            .page_link(site, scenario)
            .unwrap_or_else(|| [site, "?", &to_query(scenario)].concat());
        let card = match page {
            Some([folder, name]) if !name.is_empty() => {
                [site, folder, name, "/", CARD_FILE].concat()
            }
            _ => [site, MAIN_CARD_FILE].concat(),
        };
        let what = match (self, page) {
            (EmbedChoice::Step(n), _) => steps::at(n).map(step_short).unwrap_or_default(),
            (EmbedChoice::Builder, Some(_)) => {
                Preset::of(scenario).map(preset_name).unwrap_or_default()
            }
            (EmbedChoice::Builder, None) => text("embed-fallback-builder", &[]),
            (EmbedChoice::All, _) => text("title", &[]),
        };
        [
            "<blockquote class=\"",
            FALLBACK,
            "\"><a href=\"",
            &attr(&link),
            "\"><img src=\"",
            &attr(&card),
            "\" alt=\"",
            &attr(&what),
            "\" width=\"600\" height=\"315\"><br>",
            &attr(&text("embed-fallback-link", &[])),
            "</a></blockquote>",
        ]
        .concat()
    }
}

/// Each page's card image, beside its `index.html`; the main page's.
pub const CARD_FILE: &str = "card.png";
pub const MAIN_CARD_FILE: &str = "og-image.png";

/// The embed code for the explainer at `site` (its root, ending in `/`):
/// what the editor chose, with the reader's scenario.
pub fn embed_code(
    site: &str,
    choice: EmbedChoice,
    scenario: &Scenario,
    theme: Theme,
    format: CodeFormat,
) -> String {
    let src = choice.frame_src(site, Some(scenario), theme);
    match format {
        CodeFormat::Html => format!(
            "{}{}",
            choice.fallback(site, scenario),
            snippet(&src, site, choice.height())
        ),
        CodeFormat::Amp => amp_snippet(&src, site, choice.height()),
    }
}

/// The frame for an AMP page, as AMP's rules for `amp-iframe` ask: an
/// https source on another origin than the page (the explainer's own, so
/// the editor's AMP page is not it), the sandbox with `allow-scripts` and
/// `allow-same-origin` (plus popups, for the full page in a new tab),
/// `resizable` with the `overflow` button AMP shows when it cannot resize
/// at once, a placeholder image until the frame loads, and a layout with a
/// height. The frame asks AMP for its height (`embed-size`, `host.js`).
fn amp_snippet(src: &str, base: &str, height: u32) -> String {
    format!(
        "<amp-iframe src=\"{}\" title=\"{}\" layout=\"fixed-height\" height=\"{height}\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\" \
         resizable frameborder=\"0\" allow=\"clipboard-write\">\n  \
         <button overflow type=\"button\">{}</button>\n  \
         <amp-img placeholder layout=\"fill\" src=\"{}{MAIN_CARD_FILE}\" alt=\"{}\"></amp-img>\n</amp-iframe>",
        attr(src),
        attr(&iframe_title()),
        text("embed-amp-more", &[]).replace('<', "&lt;"),
        attr(base),
        attr(&text("embed-amp-placeholder", &[])),
    )
}

/// The frame and its loader, as every embed writes them. `allow=
/// "clipboard-write"`: Copy works inside the frame (WordPress strips it;
/// the page then offers the text to copy by hand).
fn snippet(src: &str, base: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{height}\" \
         frameborder=\"0\" allow=\"clipboard-write\" {FRAME}></iframe>\n<script src=\"{}embed.js\" async></script>",
        attr(src),
        attr(&iframe_title()),
        attr(base)
    )
}

/// A page's oEmbed answer's `html` (`oembed.json` beside each page): in
/// the shape WordPress's sanitiser keeps from a provider it does not know.
/// The fallback `<blockquote>` with its link first (without it WordPress
/// loads no wp-embed.js, so nothing sizes the frame; wp-embed.js hides it
/// once the frame speaks, and so does our loader, `static/embed.js`, on
/// other hosts), then the snippet: WordPress keeps the `<iframe …></iframe>`
/// with the attributes it allows (`src`, `title`, `width`, `height`,
/// `frameborder`; no `scrolling="no"`, so a frame taller than 1,000 px
/// scrolls within) and drops the loader and the image.
/// The frame carries a scenario only where the page is an example's.
pub fn oembed_html(site: &str, choice: EmbedChoice, example: Option<&Scenario>) -> String {
    let scenario = example.copied().unwrap_or_default();
    format!(
        "{}{}",
        choice.fallback(site, &scenario),
        snippet(
            &choice.frame_src(site, example, Theme::Auto),
            site,
            EmbedChoice::OEMBED_HEIGHT
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::PRESETS;

    fn scenario(query: &str) -> Scenario {
        crate::terms::parse(query).scenario
    }

    #[test]
    fn builds_a_snippet_for_each_choice() {
        let page = "https://news.example/explainers/partnership/";
        let on_azure = scenario("v=1&host=azure&revenue=5");
        let code = embed_code(
            page,
            EmbedChoice::Builder,
            &on_azure,
            Theme::Dark,
            CodeFormat::Html,
        );
        let src = format!(
            "src=\"https://news.example/explainers/partnership/?{}&amp;embed=builder&amp;theme=dark\"",
            to_query(&on_azure).replace('&', "&amp;")
        );
        assert!(code.contains(&src), "{code}");
        assert!(code.contains(
            "<script src=\"https://news.example/explainers/partnership/embed.js\" async></script>"
        ));
        assert!(code.contains("loading=\"lazy\"") && code.contains("title=\""));
        let step = embed_code(
            page,
            EmbedChoice::Step(4),
            &Scenario::default(),
            Theme::Auto,
            CodeFormat::Html,
        );
        assert!(
            step.contains("embed=step&amp;step=own-products\""),
            "{step}"
        );
        assert!(!step.contains("theme="));
    }

    /// Where the frame is stripped, the card and a link to the page the
    /// build wrote for the choice are what remain.
    #[test]
    fn the_fallback_links_each_choice_to_its_own_page_and_card() {
        use scraper::{Html, Selector};
        let site = "https://news.example/e/";
        let example = PRESETS[2].scenario;
        let other = scenario("v=1&host=azure&revenue=5&share=7");
        for (choice, scenario, link, card) in [
            (
                EmbedChoice::All,
                Scenario::default(),
                site.to_string(),
                format!("{site}og-image.png"),
            ),
            (
                EmbedChoice::Step(4),
                Scenario::default(),
                format!("{site}steps/own-products/"),
                format!("{site}steps/own-products/card.png"),
            ),
            (
                EmbedChoice::Builder,
                example,
                format!(
                    "{site}examples/{}/?terms={}",
                    PRESETS[2].id,
                    example.terms.slug()
                ),
                format!("{site}examples/{}/card.png", PRESETS[2].id),
            ),
            (
                EmbedChoice::Builder,
                other,
                format!("{site}?{}", to_query(&other)),
                format!("{site}og-image.png"),
            ),
        ] {
            let code = embed_code(site, choice, &scenario, Theme::Auto, CodeFormat::Html);
            let doc = Html::parse_fragment(&code);
            let fallback =
                Selector::parse(&format!("blockquote.{FALLBACK} > a[href] > img[src][alt]"))
                    .unwrap();
            let img = doc
                .select(&fallback)
                .next()
                .unwrap_or_else(|| panic!("{code}"));
            let a = img.parent().and_then(scraper::ElementRef::wrap).unwrap();
            assert_eq!(a.value().attr("href"), Some(link.as_str()), "{code}");
            assert_eq!(img.value().attr("src"), Some(card.as_str()), "{code}");
            assert!(!img.value().attr("alt").unwrap().is_empty());
            assert!(
                !a.text().collect::<String>().trim().is_empty(),
                "the link has words without the image"
            );
            assert!(
                code.find("<blockquote") < code.find("<iframe"),
                "the fallback comes first"
            );
        }
    }

    #[test]
    fn the_oembed_html_is_what_wordpress_keeps() {
        let html = oembed_html(
            "https://news.example/explainers/partnership/",
            EmbedChoice::All,
            None,
        );
        assert!(
            html.starts_with("<blockquote"),
            "first, or WordPress drops it"
        );
        let frame = &html[html.find("<iframe ").unwrap()..html.find("</iframe>").unwrap()];
        assert!(
            frame.ends_with('>') && !frame.contains("scrolling"),
            "{frame}"
        );
        assert!(frame.contains(" src=\"https://news.example/explainers/partnership/?embed=1\""));
        assert!(frame.contains(&format!(" title=\"{}\"", attr(&iframe_title()))));
        assert!(frame.contains(" height=\"1000\""));
        assert_eq!(html.matches("<iframe").count(), 1);
    }

    /// AMP's documented rules for `amp-iframe` (amp.dev, "amp-iframe"): the
    /// official validator fetches its rules from AMP's CDN, out of reach
    /// here, so the rules themselves are checked, for every choice.
    #[test]
    fn the_amp_snippet_meets_amps_rules_for_amp_iframe() {
        use scraper::{Html, Selector};
        let page = "https://news.example/explainers/partnership/";
        let amp_page = "https://amp.news.example/story.amp.html";
        for choice in [EmbedChoice::All, EmbedChoice::Builder, EmbedChoice::Step(3)] {
            let code = embed_code(
                page,
                choice,
                &scenario("v=1&host=aws"),
                Theme::Auto,
                CodeFormat::Amp,
            );
            let doc = Html::parse_fragment(&code);
            let frames: Vec<_> = doc
                .select(&Selector::parse("amp-iframe").unwrap())
                .collect();
            assert_eq!(frames.len(), 1, "{code}");
            let frame = frames[0].value();
            let src = frame.attr("src").unwrap();
            assert!(src.starts_with("https://"), "an https source: {src}");
            let origin = |url: &str| url.split('/').take(3).collect::<Vec<_>>().join("/");
            assert_ne!(
                origin(src),
                origin(amp_page),
                "another origin than the AMP page"
            );
            let sandbox: Vec<&str> = frame.attr("sandbox").unwrap().split(' ').collect();
            assert!(sandbox.contains(&"allow-scripts") && sandbox.contains(&"allow-same-origin"));
            assert!(frame.attr("resizable").is_some(), "resizable");
            let overflow = Selector::parse("amp-iframe > [overflow]").unwrap();
            assert_eq!(
                doc.select(&overflow).count(),
                1,
                "resizable needs an overflow child"
            );
            let placeholder =
                Selector::parse("amp-iframe > amp-img[placeholder][layout=fill][alt]").unwrap();
            assert_eq!(doc.select(&placeholder).count(), 1, "a placeholder");
            let layout = frame.attr("layout").unwrap();
            assert!(matches!(layout, "fixed-height" | "responsive"), "{layout}");
            assert!(frame.attr("height").unwrap().parse::<u32>().unwrap() > 0);
            if layout == "fixed-height" {
                assert!(frame.attr("width").is_none_or(|w| w == "auto"));
            }
            assert!(code.contains(match choice {
                EmbedChoice::All => "embed=1",
                EmbedChoice::Builder => "embed=builder",
                EmbedChoice::Step(_) => "embed=step&amp;step=stateless-or-stateful",
            }));
            assert!(
                !code.contains("<script"),
                "AMP pages allow no script of ours"
            );
        }
    }
}
