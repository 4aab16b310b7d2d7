//! One place for every marker the build writes and a listener reads
//! (`app::markers`): the page is rendered as the build renders it, and every
//! ID must be unique, and every selector the plain listeners and the page's
//! scripts (`src/js/`) look for must match the built markup. A marker that
//! drifts on one side fails here, not in a reader's browser.
#![cfg(feature = "ssr")]

use std::collections::HashMap;

use partnership_explainer::app::address::ADDRESS_EVENT;
use partnership_explainer::app::markers::{id, IDS, ON_HTML, SELECTORS, SHOW_STEP};
use partnership_explainer::app::view::Part;
use partnership_explainer::app::words::{assemble, render, Page, PageProps};
use partnership_explainer::content::steps::STEPS;
use partnership_explainer::terms::Choice;
use scraper::{Html, Selector};

/// The page as `src/bin/prerender.rs` writes it into `index.html`.
fn built_page() -> Html {
    let page = render::<Page>(PageProps {
        first_step: 1,
        site: None,
        example: None,
    });
    Html::parse_document(&assemble(include_str!("../index.html"), &page).expect("index.html"))
}

fn count(page: &Html, selector: &str) -> usize {
    let parsed = Selector::parse(selector).unwrap_or_else(|e| panic!("{selector}: {e:?}"));
    page.select(&parsed).count()
}

#[test]
fn every_id_in_the_built_page_is_unique() {
    let page = built_page();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for element in page.select(&Selector::parse("[id]").unwrap()) {
        *seen.entry(element.value().id().unwrap()).or_default() += 1;
    }
    let mut doubled: Vec<_> = seen.into_iter().filter(|(_, n)| *n > 1).collect();
    doubled.sort();
    assert!(doubled.is_empty(), "IDs used more than once: {doubled:?}");
}

#[test]
fn every_selector_the_listeners_use_matches_the_built_page() {
    let page = built_page();
    for selector in SELECTORS {
        // A form's checked radio is checked in the build too (the parser
        // reads no :checked, which is state, not markup).
        let built = selector.replace(":checked", "[checked]");
        assert!(
            count(&page, &built) >= 1,
            "nothing built matches {selector}"
        );
    }
    let parts = Part::ALL.iter().map(|p| p.id());
    for name in IDS.iter().copied().chain(parts) {
        assert_eq!(count(&page, &format!("[id=\"{name}\"]")), 1, "#{name}");
    }
    for n in 1..=STEPS.len() {
        for name in [id::step(n), id::step_title(n), id::example(n)] {
            assert_eq!(count(&page, &format!("[id=\"{name}\"]")), 1, "#{name}");
        }
    }
}

/// The string literals a script passes to the DOM's selector methods, and
/// the attributes it reads from elements.
fn script_markers(script: &str) -> (Vec<String>, Vec<String>) {
    let literal_after = |call: &str| -> Vec<String> {
        script
            .match_indices(call)
            .filter_map(|(at, _)| {
                let rest = &script[at + call.len()..];
                let quote = rest.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
                let end = rest[1..].find(quote)?;
                Some(rest[1..1 + end].to_string())
            })
            .collect()
    };
    let mut selectors = literal_after("querySelector(");
    selectors.extend(literal_after("querySelectorAll("));
    selectors.extend(literal_after("closest("));
    (selectors, literal_after("getAttribute("))
}

#[test]
fn every_selector_the_page_scripts_use_matches_the_built_page() {
    let page = built_page();
    // ON_HTML: set on <html> by the head script, not written by the build.
    let mut checked = 0;
    for script in [
        include_str!("../src/js/host.js"),
        include_str!("../src/js/first-paint.js"),
    ] {
        let (selectors, attributes) = script_markers(script);
        for selector in selectors {
            assert!(
                count(&page, &selector) >= 1,
                "nothing built matches {selector}"
            );
            checked += 1;
        }
        for attribute in attributes.iter().filter(|a| !ON_HTML.contains(&a.as_str())) {
            assert!(
                count(&page, &format!("[{attribute}]")) >= 1,
                "nothing built has {attribute}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 4, "the scripts' markers were found ({checked})");
    // What the scripts share with the Rust side by name.
    let host = include_str!("../src/js/host.js");
    assert!(
        host.contains(&format!("'{ADDRESS_EVENT}'")),
        "host.js listens for {ADDRESS_EVENT}"
    );
    assert!(
        host.contains(&format!("'{SHOW_STEP}'")),
        "host.js reads {SHOW_STEP}"
    );
    let moved = partnership_explainer::app::markers::STEP_MOVED_EVENT;
    assert!(
        host.contains(&format!("'{moved}'")),
        "host.js listens for {moved}"
    );
    // The head script sets each of them (`s("name", …)` sets `data-name`).
    let head = include_str!("../src/js/first-paint.js");
    for attribute in ON_HTML {
        let name = attribute.strip_prefix("data-").unwrap();
        assert!(
            head.contains(&format!("s(\"{name}\"")),
            "the head script sets {attribute}"
        );
    }
    // And the notice before the app links to where every step shows.
    assert!(include_str!("../index.html").contains(&format!("href=\"#{}\"", id::EVERY_STEP)));
}

/// The loader in articles (`static/embed.js`) reads what the embed code
/// and the oEmbed answer write, and hears the message the frame sends.
#[test]
fn the_loader_reads_what_the_embeds_write_and_hears_the_frame() {
    use partnership_explainer::app::embed_code::{
        embed_code, oembed_html, CodeFormat, EmbedChoice,
    };
    use partnership_explainer::app::markers::loader::{
        FALLBACK as FALLBACK_CLASS, FRAME as FRAME_ATTRIBUTE,
    };
    use partnership_explainer::app::view::Theme;
    let loader = include_str!("../static/embed.js");
    let host = include_str!("../src/js/host.js");
    let code = embed_code(
        "https://x.test/",
        EmbedChoice::All,
        &Default::default(),
        Theme::Auto,
        CodeFormat::Html,
    );
    let oembed = oembed_html("https://x.test/", EmbedChoice::All, None);
    assert!(code.contains(&format!(" {FRAME_ATTRIBUTE}>")), "{code}");
    assert!(oembed.contains(&format!(" {FRAME_ATTRIBUTE}>")), "{oembed}");
    assert!(
        oembed.contains(&format!("class=\"{FALLBACK_CLASS}\"")),
        "{oembed}"
    );
    assert!(
        loader.contains(&format!("'iframe[{FRAME_ATTRIBUTE}]'")),
        "embed.js finds the frames"
    );
    assert!(
        loader.contains(&format!("'{FALLBACK_CLASS}'")),
        "embed.js hides the fallback"
    );
    const HEIGHT: &str = "'partnership-explainer:height'";
    assert!(loader.contains(HEIGHT) && host.contains(HEIGHT));
    const SCROLL: &str = "'partnership-explainer:scroll'";
    assert!(loader.contains(SCROLL) && host.contains(SCROLL));
}

/// The page as built, with every version (three under the cargo feature
/// `fixture-version`): the builder lists them all, and every answer, in the
/// builder and in each live example, carries each version's verdict and
/// cites (`contract.md`); the compared version's are `data-other-*`.
#[test]
fn every_answer_carries_every_versions_verdict_and_cites() {
    use partnership_explainer::terms::Terms;
    let page = built_page();
    let dates: Vec<&str> = Terms::all().map(|t| t.slug()).collect();
    let builder = page
        .select(&Selector::parse("[data-builder]").unwrap())
        .next()
        .expect("a builder");
    assert_eq!(
        builder.value().attr("data-versions"),
        Some(dates.join(" ").as_str())
    );
    let mut findings = 0;
    for finding in page.select(&Selector::parse("[data-finding]").unwrap()) {
        let attr = |name: &str| {
            finding
                .value()
                .attr(name)
                .unwrap_or_else(|| panic!("no {name}"))
        };
        let chosen = Terms::from_slug(
            finding
                .ancestors()
                .filter_map(|a| a.value().as_element()?.attr("data-terms"))
                .next()
                .expect("an answer inside a root with data-terms"),
        )
        .unwrap();
        for date in &dates {
            let verdict = attr(&format!("data-verdict-{date}"));
            assert!(
                ["yes", "no", "not-addressed", "none"].contains(&verdict),
                "{verdict}"
            );
            attr(&format!("data-cites-{date}"));
        }
        assert_eq!(
            attr(&format!("data-verdict-{}", chosen.slug())),
            attr("data-verdict")
        );
        assert_eq!(
            attr(&format!("data-cites-{}", chosen.slug())),
            attr("data-cites")
        );
        let compared = chosen.compared_with().slug();
        assert_eq!(
            attr(&format!("data-verdict-{compared}")),
            attr("data-other-verdict")
        );
        assert_eq!(
            attr(&format!("data-cites-{compared}")),
            attr("data-other-cites")
        );
        findings += 1;
    }
    assert!(
        findings > 20,
        "the builder's and the examples' answers: {findings}"
    );
}

/// Every place the page speaks of the cap's amount gives R1 as a report:
/// who, when, the figure and its status, on the element marked with its ID.
#[test]
fn the_reported_cap_is_shown_as_a_dated_unconfirmed_report_wherever_the_cap_is() {
    let page = built_page();
    let places = [
        (".update", "the update notice"),
        ("[data-step-name=revenue-share]", "step 6"),
        ("[data-clause=U5]", "the U5 card"),
        (".before-after", "the before/after table"),
        ("#term-revenue-share", "the glossary"),
    ];
    for (selector, place) in places {
        let within = format!("{selector} [data-report=R1]");
        let report = page
            .select(&Selector::parse(&within).unwrap())
            .next()
            .unwrap_or_else(|| panic!("{place} does not give R1"));
        let text: String = report.text().collect();
        for said in [
            "The Information",
            "11 May 2026",
            "$38 billion",
            "unconfirmed",
        ] {
            assert!(text.contains(said), "{place}: {text}");
        }
    }
}

/// The host script takes exactly the themes the page knows, in the message
/// type the embed dialog documents.
#[test]
fn the_host_script_takes_the_themes_the_page_knows() {
    use partnership_explainer::app::view::Theme;
    let host = include_str!("../src/js/host.js");
    let words: Vec<String> = Theme::SLUGS.iter().map(|t| format!("'{t}'")).collect();
    let list = format!("[{}]", words.join(", "));
    assert!(host.contains(&list), "host.js accepts {list}");
    assert!(host.contains("'partnership-explainer:theme'"));
}

/// What the stylesheet follows on `<html>` and in the page is what the
/// scripts set and the build writes: each `[data-…]` it selects on is a
/// marker the head script sets (`ON_HTML`) or an attribute the built page
/// carries, and each class it reads on `<html>` is one the boot script
/// sets (`ON_HTML_CLASSES`).
#[test]
fn the_stylesheets_selectors_are_markers_the_page_and_scripts_write() {
    use partnership_explainer::app::markers::ON_HTML_CLASSES;
    let css = include_str!("../static/style.css");
    let boot = include_str!("../src/js/boot.js");
    let page = built_page();
    let mut attributes: Vec<&str> = css
        .match_indices("[data-")
        .map(|(at, _)| {
            let rest = &css[at + 1..];
            &rest[..rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                .unwrap()]
        })
        .collect();
    attributes.sort();
    attributes.dedup();
    assert!(attributes.len() >= 5, "found {attributes:?}");
    for attribute in attributes {
        assert!(
            ON_HTML.contains(&attribute) || count(&page, &format!("[{attribute}]")) >= 1,
            "the stylesheet selects on {attribute}, which nothing writes"
        );
    }
    // Every class in the compound selector on `html` (its `:not(…)` lists
    // too), up to the first space outside parentheses.
    let mut classes = 0;
    for (at, _) in css.match_indices("html") {
        let mut depth = 0;
        let compound: String = css[at + 4..]
            .chars()
            .take_while(|&c| {
                match c {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                depth >= 0 && !(depth == 0 && (c.is_whitespace() || matches!(c, '{' | ',' | '>')))
            })
            .collect();
        for (dot, _) in compound.match_indices('.') {
            let class: String = compound[dot + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            assert!(
                ON_HTML_CLASSES.contains(&class.as_str()),
                "the stylesheet reads html.{class}, which the boot script does not set"
            );
            classes += 1;
        }
    }
    assert!(classes >= 8, "found {classes} classes on html");
    for class in ON_HTML_CLASSES {
        assert!(boot.contains(&format!("'{class}'")), "boot.js sets {class}");
    }
}

/// The boot script (which sits at the site's root) writes the root on
/// `<html>` under the name the wasm reads it by (`markers::page::SITE`):
/// without it every link to the site's pages would come out relative.
#[test]
fn the_boot_script_writes_the_site_root_where_the_wasm_reads_it() {
    use partnership_explainer::app::markers::page::SITE;
    let boot = include_str!("../src/js/boot.js");
    let name: String = SITE
        .trim_start_matches("data-")
        .split('-')
        .enumerate()
        .map(|(i, part)| match i {
            0 => part.to_string(),
            _ => part[..1].to_uppercase() + &part[1..],
        })
        .collect();
    assert!(
        boot.contains(&format!(
            "document.documentElement.dataset.{name} = new URL('./', import.meta.url).href"
        )),
        "boot.js writes {SITE} from its own address"
    );
}
