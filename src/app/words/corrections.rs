use crate::app::text::{self, text};
use yew::prelude::*;

use crate::app::markers::id;
use crate::terms::CORRECTIONS;

/// Rules corrected after they first shipped, oldest first, each dated with
/// what changed, before, now and why (`data-correction`, from 1).
pub fn corrections() -> Html {
    html! {
        <section class="corrections" aria-labelledby={id::CORRECTIONS_TITLE}>
            <h2 id={id::CORRECTIONS_TITLE}>{ text("corrections-title", &[]) }</h2>
            <p>{ text("corrections-intro", &[]) }</p>
            <ol class="correction-list">
                { for CORRECTIONS.iter().enumerate().map(|(i, c)| {
                    let part = |part: &str| text(&format!("correction-{}-{part}", i + 1), &[]);
                    html! {
                        <li id={id::correction(i + 1)} data-correction={(i + 1).to_string()}>
                            <p class="correction-head">
                                <time datetime={c.since}>{ text::date(c.since) }</time>{ " · " }
                                <strong>{ text::label(c.topic) }</strong>{ " " }
                                { text("correction-for", &[("case", &part("case")), ("versions", &text::touched(c))]) }
                            </p>
                            <p>{ text("correction-before-now", &[("before", &part("before")), ("now", &part("now"))]) }</p>
                            <p>{ text("correction-why", &[("why", &part("why"))]) }</p>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
