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
    #[cfg(feature = "ssr")]
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
}
