//! Stateless and stateful calls side by side: what an app sends with each
//! call, and what the server keeps. Built HTML with every message in it;
//! `page::demo` shows them one call at a time.

use yew::prelude::*;

/// Three messages, sent one after another, to show what each call carries.
const MESSAGES: [&str; 3] = [
    "Plan a trip to Lisbon.",
    "Make it three days.",
    "Add a museum.",
];

/// Every message, in a list: those after the first are hidden until the
/// reader sends them (`data-demo-sent`, the call that sends each).
fn so_far(class: &str) -> Html {
    html! {
        <ol class={class.to_string()}>
            { for MESSAGES.iter().enumerate().map(|(i, m)| html! {
                <li data-demo-sent={(i + 1).to_string()} hidden={i > 0}>{ *m }</li>
            }) }
        </ol>
    }
}

pub fn stateless_demo() -> Html {
    let calls = MESSAGES.len().to_string();
    let call = || html! { <span data-demo-call="">{ "1" }</span> };
    html! {
        <figure class="demo" data-demo={calls.clone()} data-demo-now="1">
            <div class="demo-cols">
                <div class="demo-col">
                    <h4>{ "Stateless API" }</h4>
                    <p class="demo-label">{ "Call " }{ call() }{ " sends:" }</p>
                    { so_far("demo-msgs") }
                    <p class="demo-label">{ "Server keeps:" }</p>
                    <p class="demo-memory">{ "nothing" }</p>
                </div>
                <div class="demo-col">
                    <h4>{ "Stateful runtime" }</h4>
                    <p class="demo-label">{ "Call " }{ call() }{ " sends:" }</p>
                    // Only the newest message; `value` keeps its number.
                    <ol class="demo-msgs">
                        { for MESSAGES.iter().enumerate().map(|(i, m)| html! {
                            <li value={(i + 1).to_string()} data-demo-only={(i + 1).to_string()} hidden={i > 0}>{ *m }</li>
                        }) }
                    </ol>
                    <p class="demo-label">{ "Server keeps:" }</p>
                    { so_far("demo-memory") }
                </div>
            </div>
            <button type="button" class="button" data-demo-next="">{ "Send the next message" }</button>
            <figcaption aria-live="polite">{ "After " }{ call() }{ format!(" of {calls} messages.") }</figcaption>
        </figure>
    }
}
