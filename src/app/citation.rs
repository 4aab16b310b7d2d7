//! Text a reporter can paste: one answer with everything needed to check
//! it, and how to cite the explainer. Plain functions, tested natively.

use crate::content::{LAST_CHECKED, TITLE};
use crate::terms::{clause, Answer, Choice, Terms, RULES_VERSION};

/// One answer as plain text: the question, the verdict and why, each clause
/// with its provenance and source, which terms answered, when they were
/// last checked, the rules version, and the permalink.
pub fn answer_text(answer: &Answer, terms: Terms, permalink: &str) -> String {
    let mut out = format!(
        "{}\n{}: {}\n",
        answer.topic.question(terms),
        answer.verdict.label(),
        answer.trace
    );
    if let Some(unsaid) = answer.unsaid {
        out.push_str(&format!("Not said: {unsaid}\n"));
    }
    out.push_str("Rests on:\n");
    for id in &answer.cites {
        if let Some(c) = clause(id) {
            let source = c.source();
            out.push_str(&format!(
                "- {id} ({}): {} Source: {}, {}.\n",
                c.provenance.label(),
                c.summary,
                source.name(),
                source.date_text
            ));
        }
    }
    out.push_str(&format!(
        "Answered under {}. Terms last checked against the sources on {}; rules version {RULES_VERSION}.\n{TITLE}: {permalink}\n",
        terms.phrase(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::{evaluate, parse, Topic};

    #[test]
    fn a_copied_answer_carries_what_a_reader_needs_to_check_it() {
        let answers = evaluate(&parse("terms=2026-04-27").scenario);
        let answer = answers.get(Topic::AzureRequired).unwrap();
        let text = answer_text(
            answer,
            Terms::Amended,
            "https://x.test/?v=1#answer-azure-required",
        );
        assert!(
            text.starts_with("Must it be served from Azure?\nNo: "),
            "{text}"
        );
        assert!(text.contains("- U1 (Amendment: 27 April 2026): "), "{text}");
        assert!(text.contains(
            "Source: The next phase of the Microsoft–OpenAI partnership, 27 April 2026."
        ));
        assert!(text.contains("the terms as amended on 27 April 2026"));
        assert!(text.contains(&format!("rules version {RULES_VERSION}")));
        assert!(text
            .trim_end()
            .ends_with("https://x.test/?v=1#answer-azure-required"));
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
