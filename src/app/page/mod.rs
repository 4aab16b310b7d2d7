//! What the page does outside the islands: it shows what the link's embed
//! mode asks for, follows the theme, walks the steps (`navigation`), runs
//! the embed dialog and the demo, gives the glossary terms and step links
//! in the built words their behaviour, and, inside a frame, tells the host
//! its height.
//! Plain listeners on built HTML: none of this is a Yew tree.

mod demo;
pub(crate) mod dom;
pub(crate) mod embed_dialog;
mod embed_messages;
mod glossary_tips;
mod navigation;
mod step_links;

use web_sys::Element;

use dom::by_id;

use crate::app::address;
use crate::app::citation::ADDRESS_PLACEHOLDER;
use crate::app::view::{Embed, Part, ViewOptions};
use crate::content::steps::STEPS;

/// Hides what the embed mode leaves out and marks the page for its layout.
fn apply_view(view: ViewOptions) {
    for part in Part::ALL {
        if let Some(el) = by_id::<Element>(part.id()) {
            let _ = el.toggle_attribute_with_force("hidden", !view.embed.shows(part));
        }
    }
    if let (Some(page), Some(class)) = (by_id::<Element>("page"), view.embed.class()) {
        let _ = page.class_list().add_2("embed", class);
    }
    embed_messages::apply_theme(view.theme, view.transparent);
}

/// The embed footer's link: the full page, same scenario and step.
fn update_full_link() {
    let step = address::step_of(&address::query(), STEPS.len());
    if let Some(link) = by_id::<Element>("embed-footer-link") {
        let _ = link.set_attribute("href", &address::full_page_link(step));
    }
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
    embed_dialog::start();
    demo::start();
    if view.embed != Embed::None {
        update_full_link();
        address::on_change(update_full_link).forget();
    }
    embed_messages::start(view);
    navigation::start(query);
}
