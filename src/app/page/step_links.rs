//! Links to a walkthrough step inside the built words (`data-go-step`,
//! such as the update notice's "See what changed") are plain anchors, so
//! they work without the wasm. With it, one document listener opens the step
//! in place (the navigation follows the address); an embed that does not
//! show the walkthrough opens the full explainer at that step, with the same
//! scenario, in a new tab.

use gloo::events::{EventListener, EventListenerOptions};

use super::dom::closest;
use crate::app::address;
use crate::app::view::{Embed, ViewOptions};

pub fn start() {
    let options = EventListenerOptions::enable_prevent_default();
    let listener =
        EventListener::new_with_options(&gloo::utils::document(), "click", options, |event| {
            let link = closest(event, "a[data-go-step]");
            let Some(step) = link
                .and_then(|a| a.get_attribute("data-go-step"))
                .and_then(|n| n.parse::<usize>().ok())
            else {
                return;
            };
            event.prevent_default();
            let query = address::query();
            match ViewOptions::from_query(&query).embed {
                Embed::None | Embed::All => address::set_step(step),
                Embed::Builder | Embed::Step => {
                    let full = address::full_page_link(step);
                    let _ = gloo::utils::window()
                        .open_with_url_and_target_and_features(&full, "_blank", "noopener");
                }
            }
        });
    listener.forget();
}
