//! The feed of every dated change (`feed.xml`, Atom): each version of the
//! terms, each press report with its status, each correction and each
//! change of the rules version, drawn from the one dated list
//! (`content::events`), newest first. Each entry has a stable id, a date,
//! a link to the place on the page it concerns and its source; the build
//! fails, naming the entry, if one lacks any of them.

use super::escape;
use crate::app::markers::id;
use crate::app::text::{self, text};
use crate::content::events::{events, Event, Kind};
use crate::content::steps::{at, what_changed_step, STEPS};
use crate::content::FIRST_PUBLISHED;
use crate::terms::{Choice, Terms, VERSIONS};

/// The feed's file, beside the main page.
pub const FEED_FILE: &str = "feed.xml";

/// Entry ids: `tag:` URIs (RFC 4151) under the explainer's name and the day
/// it was first published, so they never change with where it is hosted.
fn id(path: &str) -> String {
    format!("tag:partnership-explainer,{FIRST_PUBLISHED}:{path}")
}

/// One entry, its words in the page's language.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// RFC 3339, UTC; a month alone is its first day at midnight.
    pub updated: String,
    pub title: String,
    pub summary: String,
    pub source: String,
    /// The place on the page it concerns, from the site's root.
    pub link: String,
}

/// An ISO date, month or year as RFC 3339 at midnight UTC; empty if it is
/// none of them.
fn timestamp(iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let day = match parts.as_slice() {
        [y, m, d] => format!("{y}-{m}-{d}"),
        [y, m] => format!("{y}-{m}-01"),
        _ => return String::new(),
    };
    let digits = day.len() == 10 && day.chars().filter(|c| c.is_ascii_digit()).count() == 8;
    if digits {
        format!("{day}T00:00:00Z")
    } else {
        String::new()
    }
}

/// A step's own page.
fn step_page(position: usize) -> String {
    at(position).map_or_else(String::new, |s| format!("steps/{}/", s.name))
}

/// The feed's entry for an event, if the feed carries its kind.
fn entry(e: &Event) -> Option<Entry> {
    let updated = timestamp(&e.when);
    let (path, title, summary, source, link) = match e.kind {
        Kind::Version(terms) => {
            let message = e.message().unwrap_or_default();
            // The first version's is the walkthrough's start; each later
            // one's, the step that compares them.
            let first = VERSIONS.first().is_some_and(|v| v.terms == terms);
            let step = if first {
                1
            } else {
                what_changed_step().unwrap_or(1)
            };
            (
                format!("terms/{}", terms.slug()),
                text("feed-version", &[("terms", &version_title(terms))]),
                text(&message, &[]),
                text(&format!("{message}-source"), &[]),
                step_page(step),
            )
        }
        Kind::Report(report) => {
            let publisher = text(&format!("report-{}-publisher", report.id), &[]);
            // A report no step shows has no place to link: the build fails
            // (`atom`, on its empty link).
            let step = STEPS
                .iter()
                .position(|s| s.words.reports.contains(&report.id))
                .map_or(0, |i| i + 1);
            (
                format!("report/{}", report.id),
                text(
                    "feed-report",
                    &[
                        ("publisher", &publisher),
                        ("date", &text::date(report.date)),
                        ("id", report.id),
                        ("status", &text::label_status(report.status)),
                    ],
                ),
                text::report(report),
                publisher.clone(),
                step_page(step),
            )
        }
        Kind::Correction(n, c) => {
            let part = |part: &str| text(&format!("correction-{n}-{part}"), &[]);
            (
                format!("correction/{n}"),
                text(
                    "feed-correction",
                    &[("n", &n.to_string()), ("topic", &text::label(c.topic))],
                ),
                text(
                    "feed-correction-summary",
                    &[
                        ("case", &part("case")),
                        ("versions", &text::touched(c)),
                        ("before", &part("before")),
                        ("now", &part("now")),
                        ("why", &part("why")),
                    ],
                ),
                text("feed-correction-source", &[]),
                format!("#{}", id::correction(n)),
            )
        }
        Kind::Rules(change) => {
            let shipped: Vec<String> = change.corrections.iter().map(usize::to_string).collect();
            (
                format!("rules/{}", change.version),
                text("feed-rules", &[("version", &change.version.to_string())]),
                text(
                    "feed-rules-summary",
                    &[("version", &change.version.to_string())],
                ),
                text("feed-rules-source", &[("corrections", &shipped.join(", "))]),
                format!("#{}", id::CORRECTIONS_TITLE),
            )
        }
        Kind::Fact(_) | Kind::Ends(_) => return None,
    };
    Some(Entry {
        id: id(&path),
        updated,
        title,
        summary,
        source,
        link,
    })
}

/// A version's name, dated where superseded.
fn version_title(terms: Terms) -> String {
    text::version(terms, text::VersionWords::Short) + &text::superseded_note(terms)
}

/// Every entry, newest first.
pub fn entries() -> Vec<Entry> {
    let mut all: Vec<Entry> = events().iter().filter_map(entry).collect();
    all.reverse();
    all
}

/// The feed, with absolute links where the site's address is known
/// (`EXPLAINER_URL`); otherwise relative to the feed, which sits at the
/// site's root. An entry without its id, date or source fails, by id.
pub fn atom(site: Option<&str>) -> Result<String, String> {
    let entries = entries();
    for e in &entries {
        for (what, value) in [
            ("date", &e.updated),
            ("source", &e.source),
            ("link", &e.link),
        ] {
            if value.trim().is_empty() {
                return Err(format!("{FEED_FILE}: the entry {} has no {what}", e.id));
            }
        }
        if e.id.is_empty() || e.title.trim().is_empty() {
            return Err(format!("{FEED_FILE}: an entry has no id or title: {e:?}"));
        }
    }
    let base = site.unwrap_or("");
    let updated = entries
        .iter()
        .map(|e| e.updated.as_str())
        .max()
        .unwrap_or_default();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        crate::app::catalogue::lang()
    ));
    out.push_str(&format!(
        "  <title>{}</title>\n",
        escape(&text("feed-title", &[("title", &text("title", &[]))]))
    ));
    out.push_str(&format!(
        "  <subtitle>{}</subtitle>\n",
        escape(&text("feed-subtitle", &[]))
    ));
    out.push_str(&format!("  <id>{}</id>\n", id("feed")));
    out.push_str(&format!("  <updated>{updated}</updated>\n"));
    out.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        escape(&text("provider-name", &[]))
    ));
    out.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        escape(if base.is_empty() { "./" } else { base })
    ));
    if !base.is_empty() {
        out.push_str(&format!(
            "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
            escape(&format!("{base}{FEED_FILE}"))
        ));
    }
    for e in &entries {
        // Relative to the feed, which sits at the site's root, where the
        // site's address is not known: never a bare fragment, which a feed
        // reader would resolve against the feed.
        let link = if base.is_empty() {
            format!("./{}", e.link)
        } else {
            format!("{base}{}", e.link)
        };
        let summary = text(
            "feed-summary",
            &[("summary", &e.summary), ("source", &e.source)],
        );
        out.push_str("  <entry>\n");
        out.push_str(&format!("    <id>{}</id>\n", escape(&e.id)));
        out.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
        out.push_str(&format!("    <updated>{}</updated>\n", e.updated));
        out.push_str(&format!("    <published>{}</published>\n", e.updated));
        out.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            escape(&link)
        ));
        out.push_str(&format!("    <summary>{}</summary>\n", escape(&summary)));
        out.push_str("  </entry>\n");
    }
    out.push_str("</feed>\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::{CORRECTIONS, REPORTS, RULES_CHANGES};

    #[test]
    fn every_version_report_correction_and_rules_change_has_one_entry_with_a_stable_id() {
        let all = entries();
        assert_eq!(
            all.len(),
            VERSIONS.len() + REPORTS.len() + CORRECTIONS.len() + RULES_CHANGES.len()
        );
        for (i, e) in all.iter().enumerate() {
            assert!(all[i + 1..].iter().all(|o| o.id != e.id), "{} twice", e.id);
            assert!(e.updated.ends_with("T00:00:00Z"), "{e:?}");
        }
        for pair in all.windows(2) {
            assert!(pair[0].updated >= pair[1].updated, "newest first");
        }
        let amended = all
            .iter()
            .find(|e| e.id.ends_with("terms/2026-04-27"))
            .unwrap();
        assert_eq!(
            amended.id,
            "tag:partnership-explainer,2026-11-29:terms/2026-04-27"
        );
        assert_eq!(amended.updated, "2026-04-27T00:00:00Z");
        let first = all.iter().find(|e| e.id.ends_with("correction/1")).unwrap();
        assert_eq!(
            first.updated, "2026-11-01T00:00:00Z",
            "a month alone: its first day"
        );
        let rules = all.iter().find(|e| e.id.ends_with("rules/3")).unwrap();
        assert!(
            rules.source.contains('6') && rules.source.contains('7'),
            "{}",
            rules.source
        );
    }

    #[test]
    fn a_date_that_is_none_gives_no_timestamp_and_the_feed_holds_absolute_links() {
        assert_eq!(timestamp("2026-11"), "2026-11-01T00:00:00Z");
        assert_eq!(timestamp("2026"), "");
        assert_eq!(timestamp("2026-xx"), "");
        let feed = atom(Some("https://news.example/x/")).unwrap();
        assert!(feed.contains("href=\"https://news.example/x/steps/what-changed/\""));
        assert!(feed.contains("href=\"https://news.example/x/#correction-8\""));
        assert!(!feed.contains("href=\"steps/"), "no relative entry link");
    }
}
