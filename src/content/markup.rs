//! The one piece of markup the explainer's words use: `[words](term-id)`
//! marks words that open a glossary definition. Everything else is text,
//! so no HTML ever comes from content strings.

use super::glossary::{term, Term};

#[derive(Debug, PartialEq)]
pub enum Segment<'a> {
    Text(&'a str),
    /// Words that open the definition of a glossary term.
    Term(&'a str, &'static Term),
}

/// Splits a text into plain runs and glossary references. A bracket that
/// is not a well-formed reference to a known term stays as plain text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let parsed = rest[open + 1..]
            .split_once("](")
            .and_then(|(words, after)| {
                let (id, tail) = after.split_once(')')?;
                (!words.contains(['[', ']']) && !words.is_empty()).then_some(())?;
                Some((words, term(id)?, tail))
            });
        match parsed {
            Some((words, found, tail)) => {
                if open > 0 {
                    out.push(Segment::Text(&rest[..open]));
                }
                out.push(Segment::Term(words, found));
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

/// The text with each reference to a step by its stable name,
/// `[step:NAME]` (or `[Step:NAME]` to start a sentence), written as the
/// reader sees it: "step 11", the step's place in the reading order now.
/// A reference to no step stays as written (a test forbids it).
pub fn numbered(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        let reference = after[1..].split_once(']').and_then(|(inside, tail)| {
            let (word, name) = inside.split_once(':')?;
            let position = crate::content::steps::STEPS
                .iter()
                .position(|s| s.name == name)?;
            matches!(word, "step" | "Step").then(|| (format!("{word} {}", position + 1), tail))
        });
        match reference {
            Some((words, tail)) => {
                out.push_str(&words);
                rest = tail;
            }
            None => {
                out.push('[');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text as a reader sees it, without the markup.
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Term(t, _) => t,
        })
        .collect()
}

#[cfg(test)]
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

    #[cfg(feature = "ssr")]
    #[test]
    fn every_reference_in_the_walkthrough_is_to_a_known_term() {
        for step in STEPS {
            for p in step.words.body {
                let plain = plain(p);
                assert!(!plain.contains("]("), "a broken glossary reference in: {p}");
            }
        }
    }

    #[test]
    fn a_step_reference_reads_as_the_step_s_place_now() {
        let last = STEPS.len();
        let name = STEPS[last - 1].name;
        assert_eq!(
            numbered(&format!("[Step:{name}] lists them; see [step:{name}].")),
            format!("Step {last} lists them; see step {last}.")
        );
        assert_eq!(numbered("[step:no-such] [x] ["), "[step:no-such] [x] [");
    }

    /// Steps are known by name in the words, never by a number that an
    /// inserted step would make wrong (`contract.md`).
    #[cfg(feature = "ssr")]
    #[test]
    fn the_words_name_steps_and_every_step_reference_resolves() {
        for step in STEPS {
            let w = &step.words;
            let texts = w
                .body
                .iter()
                .chain(w.unsaid)
                .chain(w.changed.as_ref().map(|c| &c.text))
                .chain([&w.headline]);
            for text in texts {
                let shown = numbered(text);
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
