//! Text a reporter can paste: one answer with everything needed to check
//! it, and how to cite the explainer. Plain functions, tested natively.

use crate::content::{AMENDED_ON, LAST_CHECKED, TITLE};
use crate::terms::{Answer, Choice, Comparison, Terms, Topic, RULES_VERSION};

/// A clause as one line of copied text: its ID and provenance, what it
/// says, its dated note where the amendment superseded it or does not
/// mention it, and its source. Written by the build into each clause card
/// (`data-copy`), where the browser reads it: the words stay out of the wasm.
#[cfg(feature = "ssr")]
pub fn clause_line(c: &crate::terms::Clause) -> String {
    let source = c.source();
    let mut line = format!("- {} ({}): {}", c.id, c.provenance.label(), c.summary);
    if let Some(note) = c.changed {
        line.push_str(&format!(" Changed on {}: {note}", AMENDED_ON.1));
    }
    if let Some(note) = c.unmentioned {
        line.push_str(&format!(" Since {}: {note}", AMENDED_ON.1));
    }
    line.push_str(&format!(
        " Source: {}, {}.",
        source.name(),
        source.date_text
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
    out.push_str(&format!(
        "{}\n{}: {}\n",
        answer.topic.question(terms),
        answer.verdict.label(),
        answer.trace
    ));
    if let Some(unsaid) = answer.unsaid {
        out.push_str(&format!("Not said: {unsaid}\n"));
    }
    out.push_str("Rests on:\n");
    for id in &answer.cites {
        if let Some(line) = line_of(id) {
            out.push_str(&line);
            out.push('\n');
        }
    }
}

/// `, superseded on 27 April 2026` for the statement's terms, nothing for
/// the amended: said wherever a version is named beside the other, so no
/// superseded term is stated without its date.
pub fn superseded(terms: Terms) -> String {
    match terms {
        Terms::Statement => format!(", superseded on {}", AMENDED_ON.1),
        Terms::Amended => String::new(),
    }
}

/// How a version is named in copied text, dated where it was superseded.
fn version_heading(terms: Terms) -> String {
    format!("Under {}{}:", terms.phrase(), superseded(terms))
}

/// One answer as plain text, for a reporter to paste: the answer under the
/// version the reader chose, then the same topic under the other version
/// (so nothing copied states a superseded term without its date), each
/// under its own question and with its clauses' lines (`line_of`); when the
/// terms were last checked, the rules version, and the permalink.
pub fn answer_text(
    both: &Comparison,
    topic: Topic,
    permalink: &str,
    line_of: &dyn Fn(&str) -> Option<String>,
) -> String {
    let mut out = String::new();
    for answers in [&both.answers, &both.other] {
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
    let plain = format!(
        "{TITLE}. Interactive explainer of the Microsoft–OpenAI partnership terms, as the joint statement of 27 February 2026 described them and as amended on 27 April 2026. Terms last checked on {}; rules version {RULES_VERSION}. {url}",
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
    use crate::terms::{clause, compare, parse};

    fn lines(id: &str) -> Option<String> {
        clause(id).map(clause_line)
    }

    #[test]
    fn a_copied_answer_carries_what_a_reader_needs_to_check_it() {
        let both = compare(&parse("terms=2026-04-27").scenario);
        let text = answer_text(
            &both,
            Topic::AzureRequired,
            "https://x.test/?v=1#answer-azure-required",
            &lines,
        );
        assert!(
            text.starts_with(
                "Under the terms as amended on 27 April 2026:\nMust it be served from Azure?\nNo: "
            ),
            "{text}"
        );
        assert!(text.contains("- U1 (Amendment: 27 April 2026): "), "{text}");
        assert!(text.contains(
            "Source: The next phase of the Microsoft–OpenAI partnership, 27 April 2026."
        ));
        assert!(text.contains(&format!("rules version {RULES_VERSION}")));
        assert!(text
            .trim_end()
            .ends_with("https://x.test/?v=1#answer-azure-required"));
    }

    #[test]
    fn a_copied_answer_under_the_statement_dates_every_superseded_term() {
        let both = compare(&parse("v=1").scenario);
        let text = answer_text(&both, Topic::AzureRequired, "https://x.test/", &lines);
        assert!(
            text.starts_with("Under the terms as the statement of 27 February 2026 described them, superseded on 27 April 2026:\nMust it be served from Azure?\nYes: "),
            "{text}"
        );
        // Every superseded clause it cites carries its dated note.
        for line in text.lines().filter(|l| l.starts_with("- ")) {
            let id = line[2..].split(' ').next().unwrap();
            if clause(id).unwrap().changed.is_some() {
                assert!(line.contains("Changed on 27 April 2026: "), "{line}");
            }
        }
        assert!(text.contains("- B5 (Background: October 2025 agreement): "));
        // And the amended answer, with its clauses.
        assert!(
            text.contains(
                "Under the terms as amended on 27 April 2026:\nMust it be served from Azure?\nNo: "
            ),
            "{text}"
        );
        assert!(text.contains("- U2 (Amendment: 27 April 2026): "));
    }

    #[test]
    fn a_copied_answer_asks_each_version_its_own_question() {
        let both = compare(&parse("v=1").scenario);
        let text = answer_text(&both, Topic::TermsChanged, "https://x.test/", &lines);
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

    #[test]
    fn the_citation_names_title_date_version_and_address() {
        let (plain, bibtex) = citation("https://news.example/explainers/partnership/");
        for text in [&plain, &bibtex] {
            assert!(text.contains(TITLE) && text.contains(LAST_CHECKED.1));
            assert!(text.contains(&format!("rules version {RULES_VERSION}")));
            assert!(text.contains("https://news.example/explainers/partnership/"));
        }
        assert!(bibtex.starts_with("@misc{partnership-explainer-v") && bibtex.ends_with('}'));
    }
}
