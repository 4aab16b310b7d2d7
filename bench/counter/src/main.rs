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
    yew::Renderer::<App>::new().render();
}
