//! The pages the build writes (`contract.md`, "Addresses with a path"): the
//! main page, and one at a path of its own for each step (`steps/NAME/`,
//! the article opened at that step) and each example (`examples/NAME/`,
//! the builder with that example's answers built in). Each has its own
//! title, description, canonical address, card image and oEmbed answer,
//! so a link pasted into WordPress or Ghost, or shared anywhere, shows
//! that step or that example; all share one head script and stylesheet,
//! so one Content-Security-Policy holds for every page.

use crate::app::embed_code::{EmbedChoice, CARD_FILE, MAIN_CARD_FILE};
use crate::app::markers::page;
use crate::app::text::{self, text, VersionWords};
use crate::app::words::escape;
use crate::cards::{AnswerRow, AnswersImage, Card};
use crate::content::markup::plain;
use crate::content::steps::STEPS;
use crate::content::{FIRST_PUBLISHED, LAST_CHECKED};
use crate::terms::{
    evaluate, link, Choice, Preset, Scenario, Terms, Topic, CORRECTIONS, PRESETS, REPORTS,
    RULES_VERSION, VERSIONS,
};

/// An example's answers as one image, beside its page.
pub const ANSWERS_FILE: &str = "answers.png";

/// One page the build writes.
pub struct SitePage {
    /// From the site's root: "" for the main page, `steps/NAME/`,
    /// `examples/NAME/`.
    pub path: String,
    /// What the path means, as a query (`markers::page::QUERY`).
    pub query: String,
    /// The step the page opens at (its position, 1-based).
    pub first_step: usize,
    /// An example's page: the example.
    pub example: Option<&'static Preset>,
    /// What its oEmbed answer's frame shows.
    pub embed: EmbedChoice,
    /// The catalogue's slots in `index.html` this page fills with its own
    /// words (the main page fills none: it keeps the catalogue's).
    pub words: Vec<(&'static str, String)>,
    pub card: Card,
    pub answers: Option<AnswersImage>,
}

impl SitePage {
    /// Its own words for a slot, if it has them.
    pub fn word(&self, slot: &str) -> Option<&str> {
        self.words
            .iter()
            .find(|(name, _)| *name == slot)
            .map(|(_, words)| words.as_str())
    }

    /// Its title, as the tab, link cards and its oEmbed answer name it.
    pub fn title(&self) -> String {
        self.word("page-title")
            .map_or_else(|| text("title", &[]), str::to_string)
    }

    /// Its card image's file name, beside it.
    pub fn card_file(&self) -> &'static str {
        if self.path.is_empty() {
            MAIN_CARD_FILE
        } else {
            CARD_FILE
        }
    }

    /// The way back to the site's root from it (`../../` from a path page).
    pub fn root(&self) -> String {
        "../".repeat(self.path.matches('/').count())
    }

    /// What the build writes on its `<html>` (`markers::page`).
    pub fn html_attributes(&self) -> String {
        if self.query.is_empty() {
            return String::new();
        }
        format!(" {}=\"{}\"", page::QUERY, escape(&self.query))
    }

    /// What its head adds to `index.html`'s: its canonical address, the
    /// card's address and alt text for Twitter, who publishes it and when
    /// it was last checked against its sources (what link cards and reader
    /// modes show as its date), and
    /// the icon as PNG. Absolute where the build knows the site's address.
    pub fn head(&self, site: Option<&str>) -> String {
        let here = site.map_or_else(|| "./".to_string(), |site| format!("{site}{}", self.path));
        let provider = escape(&text("provider-name", &[]));
        let (published, updated) = (FIRST_PUBLISHED, LAST_CHECKED);
        let mut head = format!(
            "<link rel=\"canonical\" href=\"{here}\">\
             <meta property=\"og:site_name\" content=\"{provider}\">\
             <meta name=\"author\" content=\"{provider}\">\
             <meta property=\"article:published_time\" content=\"{published}\">\
             <meta property=\"article:modified_time\" content=\"{updated}\">\
             <meta name=\"twitter:image:alt\" content=\"{}\">\
             <link rel=\"apple-touch-icon\" sizes=\"180x180\" href=\"{}{ICON_FILE}\">",
            escape(
                &self
                    .word("og-image-alt")
                    .map_or_else(|| text("og-image-alt", &[]), str::to_string)
            ),
            self.root(),
        );
        if site.is_some() {
            head.push_str(&format!("<meta property=\"og:url\" content=\"{here}\">"));
        }
        head
    }
}

/// The icon as PNG (from `static/favicon.svg`), for link cards and home
/// screens that take no SVG.
pub const ICON_FILE: &str = "icon.png";

/// The date of the latest dated change the explainer shows (a version of
/// the terms, a report, a correction), ISO (a correction's is its month):
/// when the explainer was last updated.
pub fn last_updated() -> &'static str {
    VERSIONS
        .iter()
        .map(|v| v.date)
        .chain(REPORTS.iter().map(|r| r.date))
        .chain(CORRECTIONS.iter().map(|c| c.since))
        .max()
        .unwrap_or_default()
}

/// Every page the build writes: the main page first, then each step's,
/// then each example's.
pub fn site_pages() -> Vec<SitePage> {
    let mut pages = vec![main_page()];
    pages.extend((1..=STEPS.len()).map(step_page));
    pages.extend(PRESETS.iter().map(example_page));
    pages
}

fn main_page() -> SitePage {
    SitePage {
        path: String::new(),
        query: String::new(),
        first_step: 1,
        example: None,
        embed: EmbedChoice::All,
        words: Vec::new(),
        card: Card {
            kicker: text("card-kicker", &[]),
            title: text("title", &[]),
            line: text("card-line", &[]),
            answers_heading: String::new(),
            answers: Vec::new(),
            footer: String::new(),
        },
        answers: None,
    }
}

/// A step's page: its headline, what its first paragraph says and, where
/// a later version changed the step's terms, that change, dated; its card
/// has a short line of its own (`step-NAME-card`) that says the change, so
/// no card presents superseded terms as current.
fn step_page(n: usize) -> SitePage {
    let step = &STEPS[n - 1];
    let headline = step.headline();
    let (number, total) = (n.to_string(), STEPS.len().to_string());
    let opening = step.body().first().map(|p| plain(p)).unwrap_or_default();
    let changed: Vec<String> = step
        .words
        .changes
        .iter()
        .map(|(terms, _)| {
            text(
                "page-step-changed",
                &[
                    ("date", &text::date(terms.info().date)),
                    ("change", &plain(&step.change_text(*terms))),
                ],
            )
        })
        .collect();
    let line = plain(&text(&format!("step-{}-card", step.name), &[]));
    // A report the step gives (the cap's amount, R1) is given as one, with
    // its status, wherever the step's change is told.
    let reports = step
        .words
        .reports
        .iter()
        .filter_map(|id| crate::terms::report(id))
        .map(text::report);
    let description = std::iter::once(opening)
        .chain(changed)
        .chain(reports)
        .collect::<Vec<_>>()
        .join(" ");
    let title = text(
        "page-step-title",
        &[("headline", &headline), ("n", &number), ("total", &total)],
    );
    let alt = text(
        "card-step-alt",
        &[
            ("headline", &headline),
            ("n", &number),
            ("total", &total),
            ("line", &line),
        ],
    );
    SitePage {
        path: format!("steps/{}/", step.name),
        query: format!("step={}", step.name),
        first_step: n,
        example: None,
        embed: EmbedChoice::Step(n),
        words: page_words(title, description, alt),
        card: Card {
            kicker: text("card-step-kicker", &[("n", &number), ("total", &total)]),
            title: headline,
            line,
            answers_heading: String::new(),
            answers: Vec::new(),
            footer: text("card-footer", &[]),
        },
        answers: None,
    }
}

/// The slots a path page fills: its title (the tab's and the cards'), its
/// description and its card's alt text.
fn page_words(title: String, description: String, alt: String) -> Vec<(&'static str, String)> {
    vec![
        ("page-title", title.clone()),
        ("title", title),
        ("page-description", description.clone()),
        ("og-description", description),
        ("og-image-alt", alt),
    ]
}

/// An example's page: what it supposes, and its answers under the version
/// its own link gives (the latest), each topic's verdict on the card and
/// every version's in the answers image.
fn example_page(preset: &'static Preset) -> SitePage {
    let name = text::preset_name(preset);
    let scenario = preset.scenario;
    let version = text::version(scenario.terms, VersionWords::Phrase);
    let answers = evaluate(&scenario);
    let marks: Vec<(String, String, crate::terms::Verdict)> = answers
        .list
        .iter()
        .map(|a| (text::short(a.topic), text::label(a.verdict), a.verdict))
        .collect();
    let said: Vec<String> = marks
        .iter()
        .map(|(topic, verdict, _)| {
            text(
                "card-example-answer",
                &[("topic", topic), ("verdict", verdict)],
            )
        })
        .collect();
    let title = text("page-example-title", &[("example", &name)]);
    let description = text(
        "page-example-description",
        &[
            ("help", &text::preset_help(preset)),
            ("versions", &text::every_version()),
        ],
    );
    let alt = text(
        "card-example-alt",
        &[
            ("example", &name),
            ("version", &version),
            ("answers", &said.join("; ")),
        ],
    );
    SitePage {
        path: format!("examples/{}/", preset.id),
        query: link::to_query(&scenario),
        first_step: 1,
        example: Some(preset),
        embed: EmbedChoice::Builder,
        words: page_words(title, description, alt),
        card: Card {
            kicker: text("card-example-kicker", &[]),
            title: name.clone(),
            line: text(&format!("preset-{}-card", preset.id), &[]),
            answers_heading: text("card-example-line", &[("version", &version)]),
            answers: marks,
            footer: text("card-footer", &[]),
        },
        answers: Some(answers_image(preset, &scenario)),
    }
}

/// An example's answers image in words (its alt text): each version's
/// verdicts, the example's own version first, a superseded one dated.
pub fn answers_alt(preset: &Preset) -> String {
    let scenario = preset.scenario;
    let versions =
        std::iter::once(scenario.terms).chain(Terms::all().rev().filter(|&t| t != scenario.terms));
    let said: Vec<String> = versions
        .map(|terms| {
            let answers = evaluate(&Scenario { terms, ..scenario });
            let each: Vec<String> = answers
                .list
                .iter()
                .map(|a| {
                    text(
                        "answers-image-answer",
                        &[
                            ("topic", &text::label(a.topic)),
                            ("verdict", &text::label(a.verdict)),
                        ],
                    )
                })
                .collect();
            text(
                "answers-image-version",
                &[
                    ("version", &text::dated_phrase(terms)),
                    ("answers", &each.join("; ")),
                ],
            )
        })
        .collect();
    text(
        "answers-image-alt",
        &[
            ("example", &text::preset_name(preset)),
            ("answers", &said.join(" ")),
        ],
    )
}

/// Every topic any version answers for the example, with each version's
/// verdict (the example's own version first, then the others, newest
/// first) and the clauses they rest on.
fn answers_image(preset: &Preset, scenario: &Scenario) -> AnswersImage {
    let versions: Vec<Terms> = std::iter::once(scenario.terms)
        .chain(Terms::all().rev().filter(|&t| t != scenario.terms))
        .collect();
    let all: Vec<_> = versions
        .iter()
        .map(|&terms| evaluate(&Scenario { terms, ..*scenario }))
        .collect();
    let rows: Vec<AnswerRow> = Topic::ALL
        .iter()
        .filter(|&&topic| all.iter().any(|a| a.get(topic).is_some()))
        .map(|&topic| {
            let mut cites: Vec<&str> = all
                .iter()
                .filter_map(|a| a.get(topic))
                .flat_map(|a| a.cites.iter().copied())
                .collect();
            // A9 before A10: by letter, then number.
            cites.sort_by_key(|id| {
                let (letter, number) = id.split_at(1);
                (
                    letter.to_string(),
                    number.parse::<u32>().unwrap_or_default(),
                )
            });
            cites.dedup();
            AnswerRow {
                question: if topic.asked_differently() {
                    text::label(topic)
                } else {
                    text::question(topic, scenario.terms)
                },
                verdicts: all
                    .iter()
                    .map(|a| a.get(topic).map(|a| (text::label(a.verdict), a.verdict)))
                    .collect(),
                cites: text("answers-image-cites", &[("cites", &cites.join(", "))]),
            }
        })
        .collect();
    // The dash is explained where one shows.
    let dash = if rows.iter().any(|r| r.verdicts.iter().any(Option::is_none)) {
        text("answers-image-dash", &[])
    } else {
        String::new()
    };
    let footer = text(
        "answers-image-footer",
        &[
            ("date", &text::date(LAST_CHECKED)),
            ("rules", &RULES_VERSION.to_string()),
        ],
    );
    AnswersImage {
        title: text::preset_name(preset),
        line: text::preset_help(preset),
        versions: versions.iter().map(|&t| text::label(t)).collect(),
        question_heading: text("answers-image-question", &[]),
        rows,
        footer: [dash, footer].join(" ").trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_step_and_example_has_a_page_with_words_of_its_own() {
        let pages = site_pages();
        assert_eq!(pages.len(), 1 + STEPS.len() + PRESETS.len());
        let mut paths: Vec<&str> = pages.iter().map(|p| p.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        assert_eq!(paths.len(), pages.len(), "one page per path");
        let mut titles: Vec<String> = pages.iter().map(SitePage::title).collect();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(titles.len(), pages.len(), "every page its own title");
        for page in &pages[1..] {
            for slot in [
                "page-title",
                "page-description",
                "og-description",
                "og-image-alt",
            ] {
                assert!(
                    page.word(slot).is_some_and(|w| !w.is_empty()),
                    "{} {slot}",
                    page.path
                );
            }
        }
    }

    #[test]
    fn a_path_pages_query_opens_what_its_path_names() {
        use crate::app::address::Address;
        use crate::content::steps;
        for page in site_pages().iter().skip(1) {
            let address = Address::parse_at("", &page.query);
            assert!(address.errors.is_empty(), "{}", page.path);
            assert_eq!(address.step, page.first_step, "{}", page.path);
            match page.example {
                Some(preset) => {
                    assert_eq!(address.scenario, preset.scenario);
                    assert_eq!(
                        address.page_link(""),
                        Some(format!(
                            "{}?terms={}",
                            page.path,
                            preset.scenario.terms.slug()
                        ))
                    );
                }
                None => {
                    assert!(!address.scenario_given());
                    assert_eq!(address.page_link("").as_deref(), Some(page.path.as_str()));
                }
            }
            // Written back, the address holds the step (`contract.md`:
            // whatever the path) and nothing of the page's own scenario, and
            // reopens the same on the page.
            let written = address.to_query();
            assert!(!written.contains("v="), "{}: {written}", page.path);
            let back = Address::parse_at(&written, &page.query);
            assert_eq!((back.step, back.scenario), (address.step, address.scenario));
            // A long query (past the 4,096 bytes read) keeps the page's
            // meaning: each part is read within its own limit.
            let long = format!("utm_source={}", "x".repeat(5000));
            let read = Address::parse_at(&long, &page.query);
            assert_eq!(
                (read.step, read.scenario),
                (address.step, address.scenario),
                "{}",
                page.path
            );
            // The address's own parameters win.
            let over = Address::parse_at("step=agi&year=2031", &page.query);
            assert_eq!(
                (over.step, over.scenario.year),
                (steps::position("agi"), 2031)
            );
        }
    }

    /// Every card's words fit, uncut (the card would end a cut line with
    /// "…"), and the answers stay above the footer.
    #[test]
    fn every_cards_words_fit() {
        for page in site_pages() {
            assert!(
                page.card.fits(),
                "{}: the card cuts {:?}",
                page.path,
                page.card.misfits()
            );
        }
    }

    /// A step whose terms a later version changed says so, dated, on its
    /// card: the statement's words are never the card's last word.
    #[test]
    fn a_changed_steps_card_says_what_changed_and_when() {
        for (n, step) in STEPS.iter().enumerate() {
            let page = step_page(n + 1);
            if let Some((terms, _)) = step.words.changes.last() {
                assert!(
                    page.card.line.contains(&text::date(terms.info().date)),
                    "{}",
                    step.name
                );
                assert!(page
                    .word("page-description")
                    .unwrap()
                    .contains(&text::date(terms.info().date)));
            }
        }
    }
}
