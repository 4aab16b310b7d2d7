//! How the scenario's answers differ under the other versions of the terms:
//! a count, the questions only the compared version asks, and every version
//! side by side (drawn once the reader opens it).

use yew::prelude::*;

use crate::app::components::comparison::{comparison_table, other_only};
use crate::app::state::{Action, BuilderState};
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

/// How the answers differ under the other versions; the side-by-side
/// table is drawn while open or printing (`drawn`).
pub fn versions(
    state: &BuilderState,
    dispatch: &UseReducerDispatcher<BuilderState>,
    drawn: bool,
) -> Html {
    let both = &state.answers;
    let ontoggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_unchecked_into::<web_sys::HtmlDetailsElement>()
                .open();
            dispatch.dispatch(Action::Compare(open))
        })
    };
    html! {
        <div class="versions">
            <p class="differences" data-differences={both.difference_count().to_string()}>{ differences(both) }</p>
            { other_only(both) }
            <details class="compare-both" open={state.comparing} {ontoggle}>
                <summary>{ format!("Compare {EVERY_VERSION} side by side") }</summary>
                if drawn {
                    { comparison_table(both) }
                }
            </details>
        </div>
    }
}
