//! Text a reporter can paste: one answer with everything needed to check
//! it, and how to cite the explainer. Plain functions, tested natively.

use crate::app::text::{reasons, said, text};
use crate::content::{LAST_CHECKED, TITLE};
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
    let mut line = format!("- {} ({}): {}", c.id, c.provenance.label(), c.summary);
    for (terms, note) in c.notes {
        let date = terms.info().date.1;
        line.push_str(&format!(" {} {date}: {}", note.lead(), note.text()));
    }
    for report in crate::terms::reports_about(&[c.id]) {
        line.push_str(&format!(
            " Reported since, not a term ({}): {}",
            report.id,
            report.sentence()
        ));
    }
    line.push_str(&format!(" Source: {}", source.name()));
    if source.title.is_some() {
        line.push_str(&format!(", {}", source.publisher));
    }
    line.push_str(&format!(", {}.", source.date_text));
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
    out.push_str(&format!(
        "{}\n{}: {}\n",
        answer.topic.question(terms),
        answer.verdict.label(),
        reasons(&answer.trace)
    ));
    if let Some(unsaid) = &answer.unsaid {
        out.push_str(&format!(
            "{} {}\n",
            text("answer-not-said", &[]),
            said(unsaid)
        ));
    }
    out.push_str("Rests on:\n");
    for id in &answer.cites {
        if let Some(line) = line_of(id) {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// How a version is named in copied text, dated where it was superseded.
fn version_heading(terms: Terms) -> String {
    format!("Under {}:", terms.dated_phrase())
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
                Field::Agi if s.agi == Agi::Yes => format!(
                    "in this scenario, verified by the panel in {}",
                    s.get(Field::AgiYear)
                ),
                Field::Agi => "in this scenario, not verified".into(),
                Field::Revenue => decimal::format_usd_decimal(s.revenue),
                Field::Share => format!("{value}% (assumed)"),
                _ => match f.choice_label(&value) {
                    "" => value,
                    label => label.to_string(),
                },
            };
            format!("{}: {words}", f.label())
        })
        .collect();
    format!(
        "The deal (a scenario set up in the explainer to test the terms; it states no fact about any actual deal): {}.",
        inputs.join("; ")
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
            None => out.push_str(&format!("{}: not asked for this deal.\n", topic.label())),
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "Terms last checked against the sources on {}; rules version {RULES_VERSION}.\n{TITLE}: {permalink}\n",
        LAST_CHECKED.1
    ));
    out
}

/// What the built page says in place of its address where the build did not
/// know it (no `EXPLAINER_URL`); the browser replaces it with the page's own.
pub const ADDRESS_PLACEHOLDER: &str = "(this page's address)";

/// How to cite the explainer: plain text, and BibTeX.
pub fn citation(url: &str) -> (String, String) {
    let versions: Vec<&str> = Terms::all().map(Terms::phrase).collect();
    let plain = format!(
        "{TITLE}. Interactive explainer of the Microsoft–OpenAI partnership terms, answered under {}. Terms last checked on {}; rules version {RULES_VERSION}. {url}",
        versions.join(" and under "),
        LAST_CHECKED.1
    );
    let bibtex = format!(
        "@misc{{partnership-explainer-v{RULES_VERSION},\n  title = {{{TITLE}}},\n  howpublished = {{Interactive explainer}},\n  note = {{Terms last checked on {}; rules version {RULES_VERSION}}},\n  year = {{{}}},\n  url = {{{url}}},\n  urldate = {{{}}}\n}}",
        LAST_CHECKED.1,
        &LAST_CHECKED.0[..4],
        LAST_CHECKED.0
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
                let said = format!("{} {}: ", note.lead(), terms.info().date.1);
                assert!(line.contains(&said), "{line}");
            }
        }
        assert!(text.contains("- B5 (Background: October 2025 agreement): "));
        // And every other version's answer, with its clauses.
        for terms in Terms::all().filter(|&t| t != Terms::Statement) {
            assert!(
                text.contains(&format!("Under {}", terms.phrase())),
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
        assert!(u5.contains("Reported since, not a term (R1): The Information reported on 11 May 2026 that the total cap on OpenAI's revenue-share payments to Microsoft is $38 billion (unconfirmed"), "{u5}");
        assert!(R1.sentence().contains("unconfirmed"));
    }

    #[test]
    fn the_citation_names_title_date_version_and_address() {
        let (plain, bibtex) = citation("https://news.example/explainers/partnership/");
        for text in [&plain, &bibtex] {
            assert!(text.contains(TITLE) && text.contains(LAST_CHECKED.1));
            assert!(text.contains(&format!("rules version {RULES_VERSION}")));
            assert!(text.contains("https://news.example/explainers/partnership/"));
        }
        for terms in Terms::all() {
            assert!(plain.contains(terms.phrase()), "{plain}");
        }
        assert!(bibtex.starts_with("@misc{partnership-explainer-v") && bibtex.ends_with('}'));
    }
}
