//! How the scenario's answers differ under the other versions of the terms:
//! a count, the questions only the compared version asks, and every version
//! side by side (drawn once the reader opens it).

use yew::prelude::*;

use super::PartProps;
use crate::app::components::comparison::{comparison_table, other_only};
use crate::app::components::printing::use_printing;
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
    // Drawn while the reader has it open or prints, so that an edit redraws
    // less; and until the first edit, as the build drew it (for a page
    // printed without the wasm), so the island's first render is the build's.
    let open = use_state(|| false);
    let printing = use_printing();
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::HtmlDetailsElement>()
                    .open(),
            )
        })
    };
    html! {
        <div class="versions">
            <p class="differences" data-differences={both.difference_count().to_string()}>{ differences(both) }</p>
            { other_only(both) }
            <details class="compare-both" open={*open} {ontoggle}>
                <summary>{ format!("Compare {EVERY_VERSION} side by side") }</summary>
                if *open || printing || props.state.edits == 0 {
                    { comparison_table(both) }
                }
            </details>
        </div>
    }
}
