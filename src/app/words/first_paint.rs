//! What an address shows before the wasm (`contract.md`: its step, its
//! embed mode, its theme are right from the first paint, and stay right
//! when the wasm never arrives): a head script that reads the address into
//! attributes on `<html>` (`src/js/first-paint.js`), and the rules that
//! follow them, both written from the same data the browser code uses
//! (`STEPS`, `Embed::shows`, `Field`), so neither can drift from it.

use crate::app::markers::SHOW_STEP;
use crate::app::view::{Embed, Part};
use crate::content::steps::STEPS;
use crate::terms::{Choice, Field};

/// The head script, with the steps and the scenario's parameter names
/// filled in, and its comment lines dropped.
pub fn script() -> String {
    let highest = STEPS.iter().map(|s| s.number).max().unwrap_or(1);
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
    script
        .replace("STEPS", &format!("[{}]", names.join(",")))
        .replace("HIGHEST", &highest.to_string())
        .replace("FIRST", &format!("\"{first}\""))
        .replace("FIELDS", &format!("[{}]", fields.join(",")))
}

/// The rules the head script's attributes switch: the step the address
/// names, alone; and, in each embed mode, the parts it leaves out hidden
/// and those only embeds show, shown.
pub fn rules() -> String {
    let mut css = format!("html[{SHOW_STEP}] .step{{display:none!important}}");
    for step in STEPS {
        let name = step.name;
        css.push_str(&format!(
            "html[{SHOW_STEP}=\"{name}\"] .step[data-step-name=\"{name}\"]{{display:block!important}}"
        ));
    }
    for &embed in Embed::ALL {
        let Some(word) = embed.word() else { continue };
        for &part in Part::ALL {
            let shown = embed.shows(part);
            if shown != Embed::None.shows(part) {
                let display = if shown { "block" } else { "none" };
                css.push_str(&format!(
                    "html[data-embed=\"{word}\"] #{}{{display:{display}!important}}",
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
        for placeholder in ["STEPS", "HIGHEST", "FIRST", "FIELDS", "//"] {
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
