//! What the page does as a whole, outside any island: it shows what the
//! link's embed mode asks for, follows the theme, gives the glossary terms
//! and step links in the built words their behaviour, opens the embed
//! dialog on first use, and, inside a frame, tells the host its height.
//! Plain listeners on built HTML: none of this is a Yew tree.

mod embed_messages;
mod glossary_tips;
mod step_links;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::app::citation::ADDRESS_PLACEHOLDER;
use crate::app::view::{Embed, Part, ViewOptions};
use crate::app::{address, islands, roots};
use crate::content::steps::STEPS;

fn element(id: &str) -> Option<Element> {
    gloo::utils::document().get_element_by_id(id)
}

/// Hides what the embed mode leaves out and marks the page for its layout.
fn apply_view(view: ViewOptions) {
    for part in Part::ALL {
        if let Some(el) = element(part.id()) {
            let _ = el.toggle_attribute_with_force("hidden", !view.embed.shows(part));
        }
    }
    if let (Some(page), Some(class)) = (element("page"), view.embed.class()) {
        let _ = page.class_list().add_2("embed", class);
    }
    embed_messages::apply_theme(view.theme, view.transparent);
}

/// The embed footer's link: the full page, same scenario and step.
fn update_full_link() {
    let step = address::step_of(&address::query(), STEPS.len());
    if let Some(link) = element("embed-footer-link") {
        let _ = link.set_attribute("href", &address::full_page_link(step));
    }
}

/// The masthead's "Embed this explainer": the dialog is an island mounted
/// the first time a reader asks for it.
fn embed_button() {
    let Some(root) = element(roots::EMBED) else {
        return;
    };
    EventListener::new(&root, "click", |event| {
        let on_button = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".embed-open").ok().flatten())
            .is_some();
        if on_button {
            islands::mount_embed_dialog();
        }
    })
    .forget();
}

/// The citation's address, where the build did not know it: this page,
/// without the scenario.
fn fill_citation() {
    let Ok(blocks) = gloo::utils::document().query_selector_all("[data-cite]") else {
        return;
    };
    let page = address::page();
    for i in 0..blocks.length() {
        if let Some(block) = blocks.item(i) {
            let text = block.text_content().unwrap_or_default();
            block.set_text_content(Some(&text.replace(ADDRESS_PLACEHOLDER, &page)));
        }
    }
}

pub fn start(query: &str) {
    let view = ViewOptions::from_query(query);
    fill_citation();
    apply_view(view);
    glossary_tips::start();
    step_links::start();
    embed_button();
    if view.embed != Embed::None {
        update_full_link();
        address::on_change(update_full_link).forget();
    }
    embed_messages::start(view);
}
