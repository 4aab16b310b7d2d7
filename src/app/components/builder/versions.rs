//! How the scenario's answers differ under the other versions of the terms:
//! a count, the questions only the compared version asks, and every version
//! side by side (drawn once the reader opens it).

use yew::prelude::*;

use crate::app::components::comparison::{comparison_table, other_only};
use crate::app::state::{Action, BuilderState};
use crate::app::text::{self, text};
use crate::terms::Comparison;

/// How many answers the compared version would give differently, in words.
fn differences(both: &Comparison) -> String {
    let (n, other) = (
        both.difference_count(),
        text::dated_phrase(both.other().terms),
    );
    let count = n.to_string();
    match n {
        0 => text("differences-none", &[("terms", &other)]),
        1 => text("differences-one", &[("terms", &other)]),
        _ => text("differences-many", &[("count", &count), ("terms", &other)]),
    }
}

/// How the answers differ under the other versions; the side-by-side
/// table is drawn while open or printing (`drawn`); the chart by year is
/// filled into `chart` by the island, and hidden where there is none (the
/// build's page has the comparison step's, and its bytes would only repeat
/// them).
pub fn versions(
    state: &BuilderState,
    dispatch: &UseReducerDispatcher<BuilderState>,
    drawn: bool,
    chart: Option<&NodeRef>,
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
                <summary>{ text("compare-open", &[("versions", &text::every_version())]) }</summary>
                if drawn {
                    { comparison_table(both) }
                }
            </details>
            // Hidden in the build's page: the island fills it.
            <details class="year-by-year" hidden={chart.is_none()}>
                <summary>{ text("year-chart-open", &[("versions", &text::every_version())]) }</summary>
                // Filled by the builder, not by this tree (`year_chart::fill`).
                <div class="yc-host" ref={chart.cloned().unwrap_or_default()}></div>
            </details>
        </div>
    }
}
