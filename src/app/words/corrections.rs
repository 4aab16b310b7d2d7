use crate::terms::Choice;
use yew::prelude::*;

use crate::terms::CORRECTIONS;

/// Rules corrected after they first shipped, oldest first, each dated with
/// what changed, before, now and why (`data-correction`, from 1).
pub fn corrections() -> Html {
    html! {
        <section class="corrections" aria-labelledby="corrections-title">
            <h2 id="corrections-title">{ "Corrections" }</h2>
            <p>{ "Answers this explainer has corrected since it was first published. Links written before a correction keep working and now show the corrected answer." }</p>
            <ol class="correction-list">
                { for CORRECTIONS.iter().enumerate().map(|(i, c)| html! {
                    <li data-correction={(i + 1).to_string()}>
                        <p class="correction-head">
                            <time datetime={c.since.0}>{ c.since.1 }</time>{ " · " }
                            <strong>{ c.topic.label() }</strong>{ format!(" For {}, under {}.", c.case, c.touched_label()) }
                        </p>
                        <p>{ format!("Before: {}. Now: {}.", c.before, c.now) }</p>
                        <p>{ format!("Why: {}", c.why) }</p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
