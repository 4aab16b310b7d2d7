//! Text a reporter can paste: one answer with everything needed to check
//! it, and how to cite the explainer. Plain functions, tested natively.

use crate::app::text::{self, reasons, said, text};
use crate::content::LAST_CHECKED;
use crate::terms::{
    decimal, Agi, Answer, Choice, Comparison, Field, Scenario, Terms, Topic, RULES_VERSION,
};

/// A clause as one line of copied text: its ID and provenance, what it
/// says, each later version's dated note on it, the press reports about it
/// (dated, with their status), and its source with its publisher. Written
/// by the build into each clause card (`data-copy`), where the browser
/// reads it: the words stay out of the wasm.
#[cfg(feature = "ssr")]
pub fn clause_line(c: &crate::terms::Clause) -> String {
    let source = c.source();
    let mut line = format!(
        "- {} ({}): {}",
        c.id,
        text::label(c.provenance),
        text::clause_summary(c)
    );
    for (terms, note) in c.notes {
        let date = text::date(terms.info().date);
        let (lead, said) = text::note(note);
        line.push_str(&format!(" {lead} {date}: {said}"));
    }
    for report in crate::terms::reports_about(&[c.id]) {
        line.push(' ');
        line.push_str(&text(
            "copy-clause-report",
            &[("id", report.id), ("report", &text::report(report))],
        ));
    }
    let mut name = text::source_name(source);
    if source.titled {
        name = format!("{name}, {}", text::source_publisher(source));
    }
    line.push(' ');
    line.push_str(&text(
        "copy-clause-source",
        &[("source", &name), ("date", &text::date(source.date))],
    ));
    line
}

/// One version's answer: its own question, the verdict and why, and each
/// clause's line (`line_of`, from [`clause_line`]).
fn push_answer(
    out: &mut String,
    answer: &Answer,
    terms: Terms,
    line_of: &dyn Fn(&str) -> Option<String>,
) {
    out.push_str(&text::question(answer.topic, terms));
    out.push('\n');
    out.push_str(&text(
        "copy-verdict",
        &[
            ("verdict", &text::label(answer.verdict)),
            ("reasons", &reasons(&answer.trace)),
        ],
    ));
    out.push('\n');
    if let Some(unsaid) = &answer.unsaid {
        out.push_str(&format!(
            "{} {}\n",
            text("answer-not-said", &[]),
            said(unsaid)
        ));
    }
    out.push_str(&text("copy-rests-on", &[]));
    out.push('\n');
    for id in &answer.cites {
        if let Some(line) = line_of(id) {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// How a version is named in copied text, dated where it was superseded.
fn version_heading(terms: Terms) -> String {
    text("copy-under", &[("terms", &text::dated_phrase(terms))])
}

/// The deal in words, one input after another, so a pasted answer says
/// what it answers: "The deal (an example set up in the explainer): What
/// is offered: Stateless API; Partner: Amazon; …".
pub fn deal_words(s: &Scenario) -> String {
    let inputs: Vec<String> = Field::ALL
        .iter()
        .filter(|&&f| f != Field::Terms && f != Field::AgiYear)
        .map(|&f| {
            let value = s.get(f);
            let words = match f {
                // AGI has not been verified: the scenario says it is.
                Field::Agi if s.agi == Agi::Yes => {
                    text("copy-agi-verified", &[("year", &s.get(Field::AgiYear))])
                }
                Field::Agi => text("copy-agi-not-verified", &[]),
                Field::Revenue => decimal::format_usd_decimal(s.revenue),
                Field::Share => text("copy-share-assumed", &[("rate", &value)]),
                _ => text::choice_label(f, &value),
            };
            text(
                "copy-input",
                &[("field", &text::label(f)), ("value", &words)],
            )
        })
        .collect();
    text(
        "copy-deal",
        &[("inputs", &inputs.join(&text("copy-input-join", &[])))],
    )
}

/// One answer as plain text, for a reporter to paste: the deal in words,
/// the answer under the version the reader chose, then the same topic under
/// every other version, newest first (so nothing copied states a superseded
/// term without its date), each under its own question and with its
/// clauses' lines (`line_of`); when the terms were last checked, the rules
/// version, and the permalink.
pub fn answer_text(
    scenario: &Scenario,
    both: &Comparison,
    topic: Topic,
    permalink: &str,
    line_of: &dyn Fn(&str) -> Option<String>,
) -> String {
    let mut out = deal_words(scenario);
    out.push_str("\n\n");
    for answers in both.all() {
        out.push_str(&version_heading(answers.terms));
        out.push('\n');
        match answers.get(topic) {
            Some(answer) => push_answer(&mut out, answer, answers.terms, line_of),
            None => {
                out.push_str(&text("copy-not-asked", &[("topic", &text::label(topic))]));
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out.push_str(&text(
        "copy-checked",
        &[
            ("date", &text::date(LAST_CHECKED)),
            ("rules", &RULES_VERSION.to_string()),
        ],
    ));
    out.push('\n');
    out.push_str(&text(
        "copy-link",
        &[("title", &text("title", &[])), ("link", permalink)],
    ));
    out.push('\n');
    out
}

/// What the built page says in place of its address where the build did not
/// know it (no `EXPLAINER_URL`); the browser replaces it with the page's own.
pub fn address_placeholder() -> String {
    text("cite-address-placeholder", &[])
}

/// How to cite the explainer: plain text, and BibTeX.
pub fn citation(url: &str) -> (String, String) {
    let versions: Vec<String> = Terms::all()
        .map(|t| text::version(t, text::VersionWords::Phrase))
        .collect();
    let title = text("title", &[]);
    let checked = text::date(LAST_CHECKED);
    let rules = RULES_VERSION.to_string();
    let plain = text(
        "cite-plain",
        &[
            ("title", &title),
            ("versions", &versions.join(&text("cite-versions-join", &[]))),
            ("date", &checked),
            ("rules", &rules),
            ("link", url),
        ],
    );
    let note = text("cite-note", &[("date", &checked), ("rules", &rules)]);
    let bibtex = format!(
        "@misc{{partnership-explainer-v{RULES_VERSION},\n  title = {{{title}}},\n  howpublished = {{{}}},\n  note = {{{note}}},\n  year = {{{}}},\n  url = {{{url}}},\n  urldate = {{{LAST_CHECKED}}}\n}}",
        text("cite-kind", &[]),
        &LAST_CHECKED[..4],
    );
    (plain, bibtex)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::terms::{clause, compare, parse, R1};

    fn lines(id: &str) -> Option<String> {
        clause(id).map(clause_line)
    }

    fn copied(query: &str, topic: Topic, permalink: &str) -> String {
        let scenario = parse(query).scenario;
        answer_text(&scenario, &compare(&scenario), topic, permalink, &lines)
    }

    #[test]
    fn a_copied_answer_carries_what_a_reader_needs_to_check_it() {
        let text = copied(
            "terms=2026-04-27",
            Topic::AzureRequired,
            "https://x.test/?v=1#answer-azure-required",
        );
        // The deal in words first, so a pasted answer says what it answers.
        assert!(
            text.starts_with("The deal (a scenario set up in the explainer to test the terms; it states no fact about any actual deal): What is offered: Stateless API; Partner: Amazon; Who sells it: The partner; Where it runs: AWS;"),
            "{text}"
        );
        assert!(text.contains("AGI: in this scenario, not verified; Revenue: $1,000,000; Assumed revenue-share rate: 20% (assumed)."), "{text}");
        assert!(
            text.contains(&format!(
                "{}\nMust it be served from Azure?\nNo: ",
                version_heading(Terms::Amended)
            )),
            "{text}"
        );
        assert!(text.contains("- U1 (Amendment: 27 April 2026): "), "{text}");
        // Each source with its publisher: both April posts share one title.
        assert!(text.contains(
            "Source: The next phase of the Microsoft–OpenAI partnership, matching posts on the Official Microsoft Blog and openai.com, 27 April 2026."
        ));
        assert!(text.contains(&format!("rules version {RULES_VERSION}")));
        assert!(text
            .trim_end()
            .ends_with("https://x.test/?v=1#answer-azure-required"));
    }

    #[test]
    fn a_copied_answer_under_the_statement_dates_every_superseded_term() {
        let text = copied("v=1", Topic::AzureRequired, "https://x.test/");
        assert!(
            text.contains("\n\nUnder the terms as the statement of 27 February 2026 described them, superseded on 27 April 2026:\nMust it be served from Azure?\nYes: "),
            "{text}"
        );
        // Every superseded clause it cites carries its dated note.
        for line in text.lines().filter(|l| l.starts_with("- ")) {
            let id = line[2..].split(' ').next().unwrap();
            for (terms, note) in clause(id).unwrap().notes {
                let said = format!("{} {}: ", text::note(note).0, text::date(terms.info().date));
                assert!(line.contains(&said), "{line}");
            }
        }
        assert!(text.contains("- B5 (Background: October 2025 agreement): "));
        // And every other version's answer, with its clauses.
        for terms in Terms::all().filter(|&t| t != Terms::Statement) {
            assert!(
                text.contains(&format!(
                    "Under {}",
                    text::version(terms, text::VersionWords::Phrase)
                )),
                "{text}"
            );
        }
        assert!(text.contains("- U2 (Amendment: 27 April 2026): "));
    }

    #[test]
    fn a_copied_answer_asks_each_version_its_own_question() {
        let text = copied("v=1", Topic::TermsChanged, "https://x.test/");
        assert!(
            text.contains("Did the day's announcements change the agreed terms?\nNo: "),
            "{text}"
        );
        assert!(
            text.contains("Have the agreed terms changed since the statement?\nYes: "),
            "{text}"
        );
        assert!(!text.contains("Did the day's announcements change the agreed terms?\nYes"));
    }

    /// Wherever the cap is cited, copied text gives R1 as a report: who,
    /// when, the figure and that it is unconfirmed.
    #[test]
    fn a_copied_answer_on_the_revenue_share_gives_the_reported_cap_as_a_report() {
        let text = copied("terms=2026-04-27", Topic::RevenueShare, "https://x.test/");
        let u5 = text
            .lines()
            .find(|l| l.starts_with("- U5 "))
            .expect("U5 cited");
        assert!(u5.contains("Reported since, not a term (R1): The Information reported on 11 May 2026 that OpenAI's revenue-share payments to Microsoft are capped at $38 billion in total (unconfirmed"), "{u5}");
        assert!(text::report(&R1).contains("unconfirmed"));
    }

    #[test]
    fn the_citation_names_title_date_version_and_address() {
        let (plain, bibtex) = citation("https://news.example/explainers/partnership/");
        for text in [&plain, &bibtex] {
            assert!(text.contains(&text::text("title", &[])) && text.contains("7 December 2026"));
            assert!(text.contains(&format!("rules version {RULES_VERSION}")));
            assert!(text.contains("https://news.example/explainers/partnership/"));
        }
        for terms in Terms::all() {
            assert!(
                plain.contains(&text::version(terms, text::VersionWords::Phrase)),
                "{plain}"
            );
        }
        assert!(bibtex.starts_with("@misc{partnership-explainer-v") && bibtex.ends_with('}'));
    }
}
