//! Writes the site's pages at build time (run by `scripts/postbuild.mjs`
//! with the staging folder), from trunk's `index.html` as their template:
//! the main page and a page per step and per example
//! (`app::words::pages`), each with the whole article (each island's first
//! render in place of `<div id="app"></div>`, so readers see every word
//! before the wasm arrives, or if it never does), the head script and rules
//! that show the address's step, embed mode and theme from the first paint
//! (`words::first_paint`), its own head, its `oembed.json` (from the same
//! constants the embed dialog uses) and its card image (`cards`); and the
//! icon as PNG and an entry for oembed.com's provider registry.

use std::path::Path;
use std::{env, fs, process};

use partnership_explainer::app::embed_code::{oembed_html, EmbedChoice, MAIN_CARD_FILE};
use partnership_explainer::app::text::text;
use partnership_explainer::app::words::pages::{site_pages, SitePage, ANSWERS_FILE, ICON_FILE};
use partnership_explainer::app::words::{
    assemble, fill_words, fill_words_with, render, Page, PageProps,
};
use partnership_explainer::app::words::{data, feed};
use partnership_explainer::cards;
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
fn alternates(languages: &str, site_url: Option<&str>, path: &str) -> String {
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
                format!(
                    "{}../{lang}/{path}",
                    "../".repeat(path.matches('/').count())
                )
            } else {
                format!("{base}{lang}/{path}")
            };
            format!("<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">")
        })
        .collect()
}

/// `file` in the staging folder, written or the build fails, naming it.
fn write(stage: &Path, file: &str, bytes: impl AsRef<[u8]>) {
    let path = stage.join(file);
    if let Some(folder) = path.parent() {
        fs::create_dir_all(folder).unwrap_or_else(|e| fail(format!("{folder:?}: {e}")));
    }
    fs::write(&path, bytes).unwrap_or_else(|e| fail(format!("{path:?}: {e}")));
}

/// Every `="value"` (or, minified, `=value`) attribute value `from` in
/// `html` becomes `to`; the build fails if there is none.
fn set_value(html: &str, from: &str, to: &str) -> String {
    let quoted = format!("=\"{from}\"");
    let bare = [format!("={from} "), format!("={from}>")];
    if !html.contains(&quoted) && !bare.iter().any(|b| html.contains(b.as_str())) {
        fail(format!("index.html has no attribute value {from}"))
    }
    html.replace(&quoted, &format!("=\"{to}\""))
        .replace(&bare[0], &format!("=\"{to}\" "))
        .replace(&bare[1], &format!("=\"{to}\">"))
}

/// One page: `index.html`'s template with the page's words, its built
/// article, its head and its relative addresses made to work from its
/// folder; then its oEmbed answer and its images beside it.
fn write_page(
    stage: &Path,
    template: &str,
    page: &SitePage,
    site_url: Option<&str>,
    languages: &str,
) {
    let article = render::<Page>(PageProps {
        first_step: page.first_step,
        site: site_url.map(|url| url.to_string().into()),
        example: page.example,
    });
    let filled = fill_words_with(template, &|slot| page.word(slot).map(str::to_string))
        .unwrap_or_else(|e| fail(format!("{}index.html: {e}", page.path)));
    let mut html = assemble(&filled, &article)
        .unwrap_or_else(|e| fail(format!("{}index.html: {e}", page.path)));
    let root = page.root();
    let here = site_url.map(|site| format!("{site}{}", page.path));
    html = html.replacen("<html", &format!("<html{}", page.html_attributes()), 1);
    // The files beside the main page, from a path page's folder.
    if !root.is_empty() {
        html = html
            .replace("=\"./", &format!("=\"{root}"))
            .replace("=./", &format!("={root}"));
        html = set_value(&html, "favicon.svg", &format!("{root}favicon.svg"));
    }
    let card = page.card_file();
    html = set_value(
        &html,
        MAIN_CARD_FILE,
        &here
            .as_ref()
            .map_or_else(|| card.to_string(), |here| format!("{here}{card}")),
    );
    // WordPress uses the discovery link as written: absolute where known.
    if let Some(here) = &here {
        html = set_value(&html, "oembed.json", &format!("{here}oembed.json"));
    }
    let head = format!(
        "{}{}</head>",
        page.head(site_url),
        alternates(languages, site_url, &page.path)
    );
    html = html.replacen("</head>", &head, 1);
    write(stage, &format!("{}index.html", page.path), html);

    let site = site_url.unwrap_or("./");
    let here = here.unwrap_or_else(|| "./".into());
    let example = page.example.map(|p| p.scenario);
    let oembed = OEmbed {
        version: "1.0",
        r#type: "rich",
        title: &page.title(),
        provider_name: &text("provider-name", &[]),
        provider_url: site,
        html: oembed_html(site, page.embed, example.as_ref()),
        width: 720,
        height: EmbedChoice::OEMBED_HEIGHT,
        thumbnail_url: format!("{here}{card}"),
        thumbnail_width: cards::WIDTH,
        thumbnail_height: cards::HEIGHT,
        rules_version: RULES_VERSION,
    };
    let json = serde_json::to_string_pretty(&oembed)
        .unwrap_or_else(|e| fail(format!("{}oembed.json: {e}", page.path)));
    write(stage, &format!("{}oembed.json", page.path), json);
    let png = cards::png(&page.card.svg(), 1.0)
        .unwrap_or_else(|e| fail(format!("{}{card}: {e}", page.path)));
    write(stage, &format!("{}{card}", page.path), png);
    if let Some(answers) = &page.answers {
        let png = cards::png(&answers.svg(), 1.0)
            .unwrap_or_else(|e| fail(format!("{}{ANSWERS_FILE}: {e}", page.path)));
        write(stage, &format!("{}{ANSWERS_FILE}", page.path), png);
    }
}

fn main() {
    if cfg!(feature = "fixture-version") {
        fail("the feature fixture-version is for tests only: no page is written with it".into())
    }
    let Some(stage) = env::args().nth(1) else {
        fail("usage: prerender STAGING_DIR".into())
    };
    let stage = Path::new(&stage);
    // oEmbed, link cards and the citation need absolute addresses:
    // deployments set EXPLAINER_URL to where dist/ is served (ending in /).
    let site_url = env::var("EXPLAINER_URL").ok();
    // Every address is the site's root and a page's path: the root must be
    // absolute and end in `/`, or every link written from it is wrong.
    if let Some(url) = &site_url {
        let absolute = url.starts_with("https://") || url.starts_with("http://");
        if !absolute || !url.ends_with('/') || url.contains(['?', '#']) {
            fail(format!(
                "EXPLAINER_URL={url}: give the site's address, absolute and ending in /"
            ))
        }
    }
    // The demo article's words, from the catalogue like the page's.
    let demo = stage.join("demo-article.html");
    let article = fs::read_to_string(&demo).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    let article = fill_words(&article).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    fs::write(&demo, article).unwrap_or_else(|e| fail(format!("{demo:?}: {e}")));
    let index = stage.join("index.html");
    let template = fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("{index:?}: {e}")));
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
    let pages = site_pages();
    for page in &pages {
        write_page(stage, &template, page, site_url.as_deref(), &languages);
    }
    // The icon as PNG, from the SVG one.
    let favicon = stage.join("favicon.svg");
    let svg = fs::read_to_string(&favicon).unwrap_or_else(|e| fail(format!("{favicon:?}: {e}")));
    let icon = cards::png(&svg, 180.0 / 32.0).unwrap_or_else(|e| fail(format!("{ICON_FILE}: {e}")));
    write(stage, ICON_FILE, icon);
    // The feed of every dated change, and the data behind the answers.
    let feed = feed::atom(site_url.as_deref()).unwrap_or_else(|e| fail(e));
    write(stage, feed::FEED_FILE, feed);
    write(stage, data::DECISIONS_CSV, data::decisions_csv());
    let site = site_url.as_deref();
    for (file, json) in [
        (
            data::DECISIONS_CSV_METADATA,
            data::decisions_csv_metadata(site),
        ),
        (data::DECISIONS_JSON, data::decisions_json(site)),
        (data::CLAUSES_JSON, data::clauses_json(site)),
    ] {
        write(stage, file, json.unwrap_or_else(|e| fail(e)));
    }
    // The registry entry names the published addresses: only with them.
    if let Some(site) = &site_url {
        write(stage, "oembed-provider.json", provider_entry(site, &pages));
    }
}

/// An entry for oembed.com's provider registry (the list Drupal's media
/// module and Ghost's allow-list read), as its `providers.yml` holds one,
/// in JSON: one endpoint per page, its address (with any query) as the
/// scheme and its own `oembed.json` as the answer (a static site answers
/// no `?url=`, so each page's answer is its own file), and discovery.
fn provider_entry(site: &str, pages: &[SitePage]) -> String {
    let endpoints: Vec<_> = pages
        .iter()
        .map(|page| {
            let here = format!("{site}{}", page.path);
            serde_json::json!({
                "schemes": [here.clone(), format!("{here}?*")],
                "url": format!("{here}oembed.json"),
                "discovery": true,
                "formats": ["json"],
            })
        })
        .collect();
    let entry = serde_json::json!([{
        "provider_name": text("provider-name", &[]),
        "provider_url": site,
        "endpoints": endpoints,
    }]);
    serde_json::to_string_pretty(&entry)
        .unwrap_or_else(|e| fail(format!("oembed-provider.json: {e}")))
}

#[cfg(test)]
mod tests {
    use super::alternates;

    #[test]
    fn each_published_language_has_its_hreflang_link() {
        assert_eq!(alternates("", Some("https://x.test/e/en/"), ""), "");
        assert_eq!(
            alternates("en fr", Some("https://x.test/e/en/"), "steps/agi/"),
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/e/en/steps/agi/\">\
             <link rel=\"alternate\" hreflang=\"fr\" href=\"https://x.test/e/fr/steps/agi/\">"
        );
        assert_eq!(
            alternates("en fr", Some("https://x.test/e/en/"), ""),
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://x.test/e/en/\">\
             <link rel=\"alternate\" hreflang=\"fr\" href=\"https://x.test/e/fr/\">"
        );
        assert_eq!(
            alternates("en,fr", None, ""),
            "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/\">\
             <link rel=\"alternate\" hreflang=\"fr\" href=\"../fr/\">"
        );
    }
}
