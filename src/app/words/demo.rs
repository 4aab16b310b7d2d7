//! Stateless and stateful calls side by side: what an app sends with each
//! call, and what the server keeps. Built HTML with every message in it;
//! `page::demo` shows them one call at a time.

use yew::prelude::*;

use crate::app::text::{self, text};
use crate::terms::Offering;

/// Three messages, sent one after another, to show what each call carries
/// (their words: `demo-message-N`).
pub const MESSAGES: [&str; 3] = ["demo-message-1", "demo-message-2", "demo-message-3"];

/// Every message, in a list: those after the first are hidden until the
/// reader sends them (`data-demo-sent`, the call that sends each).
fn so_far(class: &str) -> Html {
    html! {
        <ol class={class.to_string()}>
            { for MESSAGES.iter().enumerate().map(|(i, m)| html! {
                <li data-demo-sent={(i + 1).to_string()} hidden={i > 0}>{ text(m, &[]) }</li>
            }) }
        </ol>
    }
}

pub fn stateless_demo() -> Html {
    let calls = MESSAGES.len().to_string();
    let call = || html! { <span data-demo-call="">{ "1" }</span> };
    let sends = text::around("demo-sends", &[], "n");
    let after = text::around("demo-after", &[("total", &calls)], "n");
    html! {
        <figure class="demo" data-demo={calls.clone()} data-demo-now="1">
            <div class="demo-cols">
                <div class="demo-col">
                    <h4>{ text::label(Offering::StatelessApi) }</h4>
                    <p class="demo-label">{ sends.0.clone() }{ call() }{ sends.1.clone() }</p>
                    { so_far("demo-msgs") }
                    <p class="demo-label">{ text("demo-keeps", &[]) }</p>
                    <p class="demo-memory">{ text("demo-nothing", &[]) }</p>
                </div>
                <div class="demo-col">
                    <h4>{ text("demo-stateful", &[]) }</h4>
                    <p class="demo-label">{ sends.0.clone() }{ call() }{ sends.1.clone() }</p>
                    // Only the newest message; `value` keeps its number.
                    <ol class="demo-msgs">
                        { for MESSAGES.iter().enumerate().map(|(i, m)| html! {
                            <li value={(i + 1).to_string()} data-demo-only={(i + 1).to_string()} hidden={i > 0}>{ text(m, &[]) }</li>
                        }) }
                    </ol>
                    <p class="demo-label">{ text("demo-keeps", &[]) }</p>
                    { so_far("demo-memory") }
                </div>
            </div>
            <button type="button" class="button" data-demo-next="">{ text("demo-next", &[]) }</button>
            <figcaption aria-live="polite">{ after.0 }{ call() }{ after.1 }</figcaption>
        </figure>
    }
}
