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
use partnership_explainer::app::words::{assemble, render, Page, PageProps};
use partnership_explainer::content::TITLE;
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
    let index = stage.join("index.html");
    let html = fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
    let html = assemble(&html, &page).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
    fs::write(&index, html).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));

    let site = site_url.unwrap_or_else(|| "./".into());
    let oembed = OEmbed {
        version: "1.0",
        r#type: "rich",
        title: TITLE,
        provider_name: "Partnership explainer",
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
