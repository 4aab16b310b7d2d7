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
use partnership_explainer::app::words::{first_paint, Page, PageProps};
use partnership_explainer::content::TITLE;
use partnership_explainer::terms::RULES_VERSION;
use serde::Serialize;
use yew::LocalServerRenderer;

/// Where the built page is written; the rest of `index.html` is trunk's
/// (its release builds minify the quotes away).
const SLOTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

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
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap_or_else(|e| fail(format!("no tokio runtime: {e}")));
    let page = tokio::task::LocalSet::new().block_on(&runtime, async {
        let site = site_url.clone().map(Into::into);
        LocalServerRenderer::<Page>::with_props(PageProps {
            first_step: 1,
            site,
        })
        .hydratable(false)
        .render()
        .await
    });

    let index = stage.join("index.html");
    let html = fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
    let Some(slot) = SLOTS.iter().find(|slot| html.contains(*slot)) else {
        fail(format!("{index:?} lacks {}", SLOTS[0]))
    };
    // The rules version goes on <html> (`contract.md`: data-rules-version).
    let html = html.replacen(
        "<html",
        &format!("<html data-rules-version=\"{RULES_VERSION}\""),
        1,
    );
    // Before the first paint: the address's step, embed mode and theme.
    // (postbuild.mjs allows this script and these rules by their hashes.)
    if !html.contains("</head>") {
        fail(format!("{index:?} lacks </head>"))
    }
    let html = html.replacen(
        "</head>",
        &format!(
            "<style>{}</style><script>{}</script></head>",
            first_paint::rules(),
            first_paint::script()
        ),
        1,
    );
    fs::write(&index, html.replacen(slot, &page, 1))
        .unwrap_or_else(|e| fail(format!("{index:?}: {e}")));

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
