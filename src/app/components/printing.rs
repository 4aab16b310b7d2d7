//! Whether the page is being printed: what is drawn only when opened is
//! drawn for print too, since print shows it (`static/style.css`).

use gloo::events::EventListener;
use yew::prelude::*;

/// True while the page is laid out for print (`matchMedia("print")`, which
/// the browser switches before it lays out the printed page).
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media("print").ok().flatten();
            // Only a change draws: the page opens on screen.
            let listener = query.map(|query| {
                let target = query.clone();
                EventListener::new(&query, "change", move |_| printing.set(target.matches()))
            });
            move || drop(listener)
        });
    }
    *printing
}
