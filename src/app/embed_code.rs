//! The snippet an editor pastes into an article: a responsive, lazy iframe
//! with a title, and the loader script that sizes it (`static/embed.js`);
//! or, for an AMP page, an `amp-iframe` that AMP sizes from the frame's
//! `embed-size` message.

use crate::app::markers::loader::{FALLBACK, FRAME};
use crate::app::view::Theme;
use crate::terms::choice::choice;
use crate::terms::Choice;

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
    crate::app::text::text("embed-iframe-title", &[])
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

/// The folder of a page address: `https://x/a/index.html?q` → `https://x/a/`.
pub fn folder_of(page: &str) -> &str {
    let page = page.split(['?', '#']).next().unwrap_or(page);
    match page.rfind('/') {
        Some(i) => &page[..=i],
        None => page,
    }
}

/// The embed code. `page` is the explainer's address; `scenario_query` the
/// current scenario as a query string (without `?`; empty for the default).
pub fn embed_code(
    page: &str,
    choice: EmbedChoice,
    scenario_query: &str,
    theme: Theme,
    format: CodeFormat,
) -> String {
    let base = folder_of(page);
    let mut src = format!("{base}?{scenario_query}");
    if !scenario_query.is_empty() {
        src.push('&');
    }
    match choice {
        EmbedChoice::All => src.push_str("embed=1"),
        EmbedChoice::Builder => src.push_str("embed=builder"),
        EmbedChoice::Step(n) => {
            src.push_str("embed=step&step=");
            src.push_str(crate::content::steps::at(n).map_or("1", |s| s.name));
        }
    }
    if theme != Theme::Auto {
        src.push_str("&theme=");
        src.push_str(theme.slug());
    }
    match format {
        CodeFormat::Html => snippet(&src, base, choice.height()),
        CodeFormat::Amp => amp_snippet(&src, base, choice.height()),
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
         <amp-img placeholder layout=\"fill\" src=\"{}og-image.png\" alt=\"{}\"></amp-img>\n</amp-iframe>",
        attr(src),
        attr(&iframe_title()),
        crate::app::text::text("embed-amp-more", &[]).replace('<', "&lt;"),
        attr(base),
        attr(&crate::app::text::text("embed-amp-placeholder", &[])),
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

/// The oEmbed answer's `html` (`oembed.json`): the whole explainer, in the
/// shape WordPress's sanitiser keeps from a provider it does not know. A
/// leading `<blockquote>` with a link (without it WordPress loads no
/// wp-embed.js, so nothing sizes the frame; wp-embed.js hides it once the
/// frame speaks, and so does our loader, `static/embed.js`, on other
/// hosts), then the snippet: WordPress keeps the `<iframe …></iframe>` with
/// the attributes it allows (`src`, `title`, `width`, `height`,
/// `frameborder`; no `scrolling="no"`, so a frame taller than 1,000 px
/// scrolls within) and drops the loader.
pub fn oembed_html(site: &str) -> String {
    let base = folder_of(site);
    format!(
        "<blockquote class=\"{FALLBACK}\"><a href=\"{}\">{}</a></blockquote>{}",
        attr(base),
        attr(&crate::app::text::text("title", &[])),
        snippet(&format!("{base}?embed=1"), base, EmbedChoice::OEMBED_HEIGHT),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_a_snippet_for_each_choice() {
        let page = "https://news.example/explainers/partnership/?v=1&host=aws";
        let code = embed_code(
            page,
            EmbedChoice::Builder,
            "v=1&host=azure",
            Theme::Dark,
            CodeFormat::Html,
        );
        assert!(code.contains(
            "src=\"https://news.example/explainers/partnership/?v=1&amp;host=azure&amp;embed=builder&amp;theme=dark\""
        ));
        assert!(code.contains(
            "<script src=\"https://news.example/explainers/partnership/embed.js\" async></script>"
        ));
        assert!(code.contains("loading=\"lazy\"") && code.contains("title=\""));
        let step = embed_code(
            page,
            EmbedChoice::Step(4),
            "v=1",
            Theme::Auto,
            CodeFormat::Html,
        );
        assert!(
            step.contains("embed=step&amp;step=own-products\""),
            "{step}"
        );
        assert!(!step.contains("theme="));
        let bare = embed_code("./", EmbedChoice::All, "", Theme::Auto, CodeFormat::Html);
        assert!(bare.starts_with("<iframe src=\"./?embed=1\""), "{bare}");
    }

    #[test]
    fn the_oembed_html_is_what_wordpress_keeps() {
        let html = oembed_html("https://news.example/explainers/partnership/");
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
        let page = "https://news.example/explainers/partnership/?v=1";
        let amp_page = "https://amp.news.example/story.amp.html";
        for choice in [EmbedChoice::All, EmbedChoice::Builder, EmbedChoice::Step(3)] {
            let code = embed_code(page, choice, "v=1&host=aws", Theme::Auto, CodeFormat::Amp);
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

    #[test]
    fn finds_the_folder_of_a_page() {
        assert_eq!(
            folder_of("https://x.org/a/index.html?q=1#f"),
            "https://x.org/a/"
        );
        assert_eq!(folder_of("https://x.org/a/"), "https://x.org/a/");
        assert_eq!(
            folder_of("http://127.0.0.1:8080/?v=1"),
            "http://127.0.0.1:8080/"
        );
    }
}
