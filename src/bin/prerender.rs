//! Prints the app's first render as HTML: what a reader sees before the
//! wasm arrives, or if it never does. The build puts it into index.html and
//! the browser build hydrates it in place.

use partnership_explainer::app::{fixed, App};
use yew::LocalServerRenderer;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime");
    let html = tokio::task::LocalSet::new().block_on(&runtime, async {
        // The fixed words first: the app's render puts them in place.
        fixed::prerender().await;
        LocalServerRenderer::<App>::new().render().await
    });
    print!("{html}");
}
