use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p data-count={count.to_string()}>{ *count }</p>
            <button {onclick}>{ "+1" }</button>
        </main>
    }
}

fn main() {
    let renderer = yew::Renderer::<App>::new();
    // Takes over a prerendered page if there is one, as the explainer does.
    #[cfg(feature = "hydration")]
    if web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .and_then(|b| b.first_element_child())
        .is_some()
    {
        renderer.hydrate();
        return;
    }
    renderer.render();
}
