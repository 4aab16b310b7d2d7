//! Writes the page at build time (run by `scripts/postbuild.mjs` with the
//! staging folder): the whole article, with each island's first render, goes
//! in place of `<div id="app"></div>` in `index.html`, so readers see every
//! word before the wasm arrives, or if it never does; the head script and
//! rules that show the address's step, embed mode and theme from the first
//! paint (`words::first_paint`); and `oembed.json`, from the same constants
//! the embed dialog uses.

use std::path::Path;
use std::{env, fs, process};

use partnership_explainer::app::embed_code::{oembed_html, EmbedChoice};
use partnership_explainer::app::words::{assemble, fill_words, render, Page, PageProps};
use partnership_explainer::terms::RULES_VERSION;
use serde::Serialize;

/// oEmbed's "rich" type (oembed.com): a CMS that speaks it turns the bare
/// link into the embed.
#[derive(Serialize)]
struct OEmbed<'a> {
    version: &'a str,
    r#type: &'a str,
    title: &'a str,
    provider_name: &'a str,
    provider_url: &'a str,
    html: String,
    width: u32,
    height: u32,
    thumbnail_url: String,
    thumbnail_width: u32,
    thumbnail_height: u32,
    /// The engine's rules version (`terms::RULES_VERSION`).
    rules_version: u32,
}

fn fail(why: String) -> ! {
    eprintln!("prerender: {why}");
    process::exit(1)
}

/// The page in every language the site is published in (`LANGUAGES`, such
/// as `en fr`; the deployer publishes each language's `dist/` at `/LANG/`
/// beside the others): one `hreflang` link each, absolute where the build
/// knows its own address (`EXPLAINER_URL`, ending in `/LANG/`, which the
/// build requires when `LANGUAGES` is set). Nothing when it is unset.
fn alternates(languages: &str, site_url: Option<&str>) -> String {
    let base = site_url.map_or(String::new(), |url| {
        let url = url.trim_end_matches('/');
        url.rsplit_once('/')
            .map_or(String::new(), |(root, _)| format!("{root}/"))
    });
    languages
        .split([' ', ','])
        .filter(|l| !l.is_empty())
        .map(|lang| {
            let href = if base.is_empty() {
                format!("../{lang}/")
            } else {
                format!("{base}{lang}/")
            };
            format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">")
        })
        .collect()
}

fn main() {
    if cfg!(feature = "fixture-version") {
        fail("the feature fixture-version is for tests only: no page is written with it".into())
    }
    let Some(stage) = env::args().nth(1) else {
        fail("usage: prerender STAGING_DIR".into())
    };
    let stage = Path::new(&stage);
    // oEmbed and the citation need absolute addresses: deployments set
    // EXPLAINER_URL to where dist/ is served (ending in /).
    let site_url = env::var("EXPLAINER_URL").ok();
    let page = render::<Page>(PageProps {
        first_step: 1,
        site: site_url.clone().map(Into::into),
    });
    // The demo article's words, from the catalogue like the page's.
    let demo = stage.join("demo-article.html");
    let article = fs::read_to_string(&demo).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    let article = fill_words(&article).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    fs::write(&demo, article).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    let index = stage.join("index.html");
    let html = fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
    let html = assemble(&html, &page).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
    let languages = env::var("LANGUAGES").unwrap_or_default();
    if !languages.trim().is_empty() {
        // hreflang links must be absolute, and point at each language's copy.
        let here = format!("/{}/", partnership_explainer::app::catalogue::locale());
        if !site_url.as_deref().is_some_and(|url| url.ends_with(&here)) {
            fail(format!(
                "LANGUAGES is set: EXPLAINER_URL must be this language's address, ending in {here}"
            ))
        }
    }
    let html = html.replacen(
        "</head>",
        &format!("{}</head>", alternates(&languages, site_url.as_deref())),
        1,
    );
    fs::write(&index, html).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));

    let site = site_url.unwrap_or_else(|| "./".into());
    let title = partnership_explainer::app::text::text("title", &[]);
    let provider = partnership_explainer::app::text::text("provider-name", &[]);
    let oembed = OEmbed {
        version: "1.0",
        r#type: "rich",
        title: &title,
        provider_name: &provider,
        provider_url: &site,
        html: oembed_html(&site),
        width: 720,
        height: EmbedChoice::OEMBED_HEIGHT,
        thumbnail_url: format!("{site}og-image.png"),
        thumbnail_width: 1200,
        thumbnail_height: 630,
        rules_version: RULES_VERSION,
    };
    let json =
        serde_json::to_string_pretty(&oembed).unwrap_or_else(|e| fail(format!("oembed.json: {e}")));
    fs::write(stage.join("oembed.json"), json)
        .unwrap_or_else(|e| fail(format!("oembed.json: {e}")));
}

#[cfg(test)]
mod tests {
    use super::alternates;

    #[test]
    fn each_published_language_has_its_hreflang_link() {
        assert_eq!(alternates("", Some("https://x.test/e/en/")), "");
        assert_eq!(
            alternates("en fr", Some("https://x.test/e/en/")),
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/e/en/\">\
             <link rel=\"alternate\" hreflang=\"fr\" href=\"https://x.test/e/fr/\">"
        );
        assert_eq!(
            alternates("en,fr", None),
            "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/\">\
             <link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/\">"
        );
    }
}
