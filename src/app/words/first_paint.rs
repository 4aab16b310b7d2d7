//! What an address shows before the wasm (`contract.md`: its step, its
//! embed mode, its theme are right from the first paint, and stay right
//! when the wasm never arrives): a head script that reads the address into
//! attributes on `<html>` (`src/js/first-paint.js`), and the rules that
//! follow them, both written from the same data the browser code uses
//! (`STEPS`, `Embed::shows`, `Field`), so neither can drift from it.

use crate::app::markers::{attr, on_html, SHOW_STEP};
use crate::app::view::{Embed, Part, Theme};
use crate::content::steps::{self, STEPS};
use crate::terms::link::MAX_QUERY;
use crate::terms::{Choice, Field};

/// The head script, with the steps and the scenario's parameter names
/// filled in, and its comment lines dropped.
pub fn script() -> String {
    let highest = steps::highest_number();
    // By stable number: `names[n]` is step n's name ("" for none, and 0).
    let names: Vec<String> = (0..=highest)
        .map(|n| {
            let name = STEPS.iter().find(|s| s.number == n).map_or("", |s| s.name);
            format!("\"{name}\"")
        })
        .collect();
    let first = STEPS.first().map_or("", |s| s.name);
    // The parameters that make the built builder's answers not the
    // address's: the scenario's inputs, and `v` (which makes a link without
    // `terms` answer under the statement's terms: `link::parse`).
    let fields: Vec<String> = ["v"]
        .iter()
        .chain(Field::SLUGS)
        .map(|f| format!("\"{f}\""))
        .collect();
    let script = include_str!("../../js/first-paint.js")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("");
    // The spaces around operators and braces go too (no string in it holds
    // any of these runs).
    let script = [
        " = ",
        " == ",
        ", ",
        " || ",
        " ? ",
        " : ",
        " > ",
        " < ",
        " + ",
        " && ",
        " !== ",
        " != ",
        "; ",
        ") {",
        "{ ",
        " }",
        "if (",
        "for (",
        "function (",
    ]
    .iter()
    .fold(script, |text, run| text.replace(run, &run.replace(' ', "")));
    // The words, as alternatives in a regular expression (none holds a
    // character special there: `choice_words_are_plain` in the tests).
    let embeds: Vec<&str> = Embed::ALL.iter().filter_map(|e| e.word()).collect();
    let themes: Vec<&str> = Theme::ALL
        .iter()
        .filter(|&&t| t != Theme::default())
        .map(|t| t.slug())
        .collect();
    let all = Embed::All.word().unwrap_or_default();
    script
        .replace("EMBED_WORDS", &embeds.join("|"))
        .replace("EMBED_OLD", &Embed::OLD_ALL.join("|"))
        .replace("EMBED_ALL", &format!("\"{all}\""))
        .replace("THEME_WORDS", &themes.join("|"))
        .replace("STEPS", &format!("[{}]", names.join(",")))
        .replace("HIGHEST", &highest.to_string())
        .replace("FIRST", &format!("\"{first}\""))
        .replace("FIELDS", &format!("[{}]", fields.join(",")))
        .replace(
            "PAGE_QUERY",
            &dataset_name(crate::app::markers::page::QUERY),
        )
        .replace("PAST_MAX", &(MAX_QUERY + 1).to_string())
        .replace("MAX_QUERY", &MAX_QUERY.to_string())
}

/// A `data-` attribute's name as `element.dataset` has it
/// (`data-page-query` → `pageQuery`).
fn dataset_name(attribute: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in attribute.trim_start_matches("data-").chars() {
        match (c, upper) {
            ('-', _) => upper = true,
            (c, true) => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            (c, false) => out.push(c),
        }
    }
    out
}

/// The rules the head script's attributes switch: the step the address
/// names, alone; and, in each embed mode, the parts it leaves out hidden
/// and those only embeds show, shown.
pub fn rules() -> String {
    let mut css = format!("html[{SHOW_STEP}] .step{{display:none!important}}");
    for step in STEPS {
        let name = step.name;
        css.push_str(&format!(
            "html[{SHOW_STEP}=\"{name}\"] .step[{}=\"{name}\"]{{display:block!important}}",
            attr::STEP_NAME
        ));
    }
    for &embed in Embed::ALL {
        let Some(word) = embed.word() else { continue };
        for &part in Part::ALL {
            let shown = embed.shows(part);
            if shown != Embed::None.shows(part) {
                let display = if shown { "block" } else { "none" };
                css.push_str(&format!(
                    "html[{}=\"{word}\"] #{}{{display:{display}!important}}",
                    on_html::EMBED,
                    part.id()
                ));
            }
        }
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_head_script_is_small_and_fully_filled_in() {
        let script = script();
        assert!(script.len() < 1024, "{} bytes: {script}", script.len());
        for placeholder in [
            "STEPS", "HIGHEST", "FIRST", "FIELDS", "EMBED_", "THEME_", "//",
        ] {
            assert!(!script.contains(placeholder), "{placeholder} in {script}");
        }
        // By stable number: step=10 and step=11 name these forever.
        assert!(script.contains("\"not-said\",\"what-changed\""));
        for step in STEPS {
            assert!(
                script.contains(&format!("\"{}\"", step.name)),
                "{}",
                step.name
            );
        }
        assert!(script.contains("\"offering\""));
        // The embed and theme words, as `ViewOptions` reads them.
        assert!(
            script.contains("/^(true|all)$/.test(e)?\"1\":e"),
            "{script}"
        );
        assert!(script.contains("/^(1|builder|step)$/.test(e)"), "{script}");
        assert!(script.contains("/^(light|dark)$/.test(t)"), "{script}");
    }

    #[test]
    fn choice_words_are_plain() {
        let words = Embed::ALL
            .iter()
            .map(|e| e.slug())
            .chain(Embed::OLD_ALL.iter().copied())
            .chain(Theme::ALL.iter().map(|t| t.slug()));
        for word in words {
            assert!(
                word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{word} would need escaping in the head script"
            );
        }
    }

    #[test]
    fn each_embed_mode_hides_and_shows_its_parts() {
        let css = rules();
        assert!(css.contains("html[data-embed=\"step\"] #builder-root{display:none!important}"));
        assert!(css.contains("html[data-embed=\"1\"] #embed-title{display:block!important}"));
        assert!(css.contains(
            "html[data-show-step=\"agi\"] .step[data-step-name=\"agi\"]{display:block!important}"
        ));
    }
}
