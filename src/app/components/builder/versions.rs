//! How the scenario's answers differ under the other versions of the terms:
//! a count, the questions only the compared version asks, and every version
//! side by side (drawn once the reader opens it).

use yew::prelude::*;

use super::PartProps;
use crate::app::components::comparison::{comparison_table, other_only};
use crate::terms::{Comparison, EVERY_VERSION};

/// How many answers the compared version would give differently, in words.
fn differences(both: &Comparison) -> String {
    let (n, other) = (both.difference_count(), both.other().terms.dated_phrase());
    match n {
        0 => format!("No answer differs under {other}."),
        1 => format!("1 answer differs under {other}."),
        n => format!("{n} answers differ under {other}."),
    }
}

#[component]
pub fn Versions(props: &PartProps) -> Html {
    let both = &props.state.answers;
    html! {
        <div class="versions">
            <p class="differences" data-differences={both.difference_count().to_string()}>{ differences(both) }</p>
            { other_only(both) }
            <details class="compare-both">
                <summary>{ format!("Compare {EVERY_VERSION} side by side") }</summary>
                { comparison_table(both) }
            </details>
        </div>
    }
}
