//! Links to a walkthrough step inside the built words (`data-go-step`, by
//! the step's stable name, such as the update notice's "See what changed")
//! are plain anchors, so they work without the wasm. With it, one document
//! listener opens the step in place (the navigation follows the address);
//! an embed that does not show the walkthrough opens the full explainer at
//! that step, with the same scenario, in a new tab.

use gloo::events::{EventListener, EventListenerOptions};

use crate::app::address;
use crate::app::dom::closest;
use crate::app::markers::{attr, select};
use crate::app::view::Part;
use crate::content::steps;

pub fn start() {
    let options = EventListenerOptions::enable_prevent_default();
    let listener =
        EventListener::new_with_options(&gloo::utils::document(), "click", options, |event| {
            let Some(name) =
                closest(event, select::GO_STEP).and_then(|a| a.get_attribute(attr::GO_STEP))
            else {
                return;
            };
            event.prevent_default();
            let step = steps::position(&name);
            if address::current().view.embed.shows(Part::StepNavigation) {
                address::update(|now| now.with_step(step));
            } else {
                let full = address::full_page_link(&address::current(), step);
                let _ = gloo::utils::window()
                    .open_with_url_and_target_and_features(&full, "_blank", "noopener");
            }
        });
    listener.forget();
}
