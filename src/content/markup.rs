//! The two pieces of markup the explainer's words use: `[words](term-id)`
//! marks words that open a glossary definition, and `[step:NAME]` (or
//! `[Step:NAME]`, to start a sentence) refers to a step by its stable name,
//! read as "step 11", its place in the reading order now. Everything else
//! is text, so no HTML ever comes from content strings.

use super::glossary::{term, Term};
use super::steps;

#[derive(Debug, PartialEq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// Words that open the definition of a glossary term.
    Term(&'a str, &'static Term),
    /// A step, by its word ("step" or "Step") and its place (1-based).
    Step(&'a str, usize),
}

/// A `[step:NAME]` reference at the start of `text`: the segment, and what
/// follows it.
fn step_reference(text: &str) -> Option<(Segment<'_>, &str)> {
    let (inside, tail) = text.strip_prefix('[')?.split_once(']')?;
    let (word, name) = inside.split_once(':')?;
    let position = steps::named(name)?;
    matches!(word, "step" | "Step").then_some((Segment::Step(word, position), tail))
}

/// Splits a text into plain runs, glossary references and step references.
/// A bracket that is not a well-formed reference to a known term or step
/// stays as plain text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let glossary = || {
            let (words, after) = rest[open + 1..].split_once("](")?;
            let (id, tail) = after.split_once(')')?;
            (!words.contains(['[', ']']) && !words.is_empty()).then_some(())?;
            Some((Segment::Term(words, term(id)?), tail))
        };
        match step_reference(&rest[open..]).or_else(glossary) {
            Some((segment, tail)) => {
                if open > 0 {
                    out.push(Segment::Text(&rest[..open]));
                }
                out.push(segment);
                rest = tail;
            }
            None => {
                out.push(Segment::Text(&rest[..=open]));
                rest = &rest[open + 1..];
            }
        }
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The text as a reader sees it, without the markup: glossary words as
/// they are, step references as "step 11".
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Term(t, _) => t.to_string(),
            Segment::Step(word, n) => crate::app::text::step_ref(word, n),
        })
        .collect()
}

// The words are the catalogue's, which the build reads (`ssr`).
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::content::steps::STEPS;

    #[test]
    fn marks_known_terms_and_leaves_everything_else() {
        let s = segments("An [AGI](agi) claim [not a link] and [x](unknown) end");
        assert_eq!(
            s.iter().filter(|x| matches!(x, Segment::Term(..))).count(),
            1,
            "{s:?}"
        );
        assert_eq!(s[0], Segment::Text("An "));
        assert!(matches!(s[1], Segment::Term("AGI", t) if t.id == "agi"));
        assert_eq!(
            plain("An [AGI](agi) claim [x](unknown)"),
            "An AGI claim [x](unknown)"
        );
        assert_eq!(plain("[AGI](agi"), "[AGI](agi");
        assert_eq!(plain(""), "");
    }

    #[test]
    fn every_reference_in_the_walkthrough_is_to_a_known_term() {
        for step in STEPS {
            for p in step.body() {
                let plain = plain(&p);
                assert!(!plain.contains("]("), "a broken glossary reference in: {p}");
            }
        }
    }

    #[test]
    fn a_step_reference_reads_as_the_step_s_place_now() {
        let last = STEPS.len();
        let name = STEPS[last - 1].name;
        assert_eq!(
            plain(&format!("[Step:{name}] lists them; see [step:{name}].")),
            format!("Step {last} lists them; see step {last}.")
        );
        assert_eq!(plain("[step:no-such] [x] ["), "[step:no-such] [x] [");
        // In running text, beside glossary references, as rendered.
        let text = format!("See [AGI](agi) in [step:{name}].");
        let mixed = segments(&text);
        assert!(matches!(mixed[1], Segment::Term("AGI", _)));
        assert_eq!(mixed[3], Segment::Step("step", last));
    }

    /// Steps are known by name in the words, never by a number that an
    /// inserted step would make wrong (`contract.md`).
    #[test]
    fn the_words_name_steps_and_every_step_reference_resolves() {
        for step in STEPS {
            let texts = step
                .body()
                .into_iter()
                .chain(step.unsaid())
                .chain(step.words.changes.iter().map(|(t, _)| step.change_text(*t)))
                .chain([step.headline()]);
            for text in texts {
                let shown = plain(&text);
                assert!(
                    !shown.contains("[step:") && !shown.contains("[Step:"),
                    "{text}"
                );
                let lower = text.to_lowercase();
                let hard = lower
                    .match_indices("step ")
                    .any(|(i, _)| lower[i + 5..].starts_with(|c: char| c.is_ascii_digit()));
                assert!(!hard, "a step named by a number: {text}");
            }
        }
    }
}
