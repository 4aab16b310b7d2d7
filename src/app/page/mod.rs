//! What the page does outside the islands: it walks the steps
//! (`navigation`), runs the embed dialog, the copy dialog and the demo,
//! gives the glossary terms and step links in the built words their
//! behaviour, and keeps the embed footer's link current. Plain listeners on
//! built HTML: none of this is a Yew tree. What an address shows before the
//! wasm (embed mode, step, theme) and what a host page is told (its height,
//! in every protocol) are the page's scripts' (`src/js/`), which run without
//! the wasm too.

mod copy_dialog;
mod demo;
pub(crate) mod embed_dialog;
mod glossary_tips;
mod navigation;
mod step_links;
mod year_chart;

use web_sys::Element;

use crate::app::address::{self, Address};
use crate::app::citation::address_placeholder;
use crate::app::dom::{by_id, each};
use crate::app::markers::{id, select};
use crate::app::view::Embed;

/// The embed footer's link: the full page, same scenario and step.
fn update_full_link(now: &Address) {
    if let Some(link) = by_id::<Element>(id::FULL_PAGE_LINK) {
        let _ = link.set_attribute("href", &address::full_page_link(now, now.step));
    }
}

/// The citation's address, where the build did not know it: this page,
/// without the scenario.
fn fill_citation() {
    let page = address::page();
    each(None, select::CITE, |block| {
        let text = block.text_content().unwrap_or_default();
        block.set_text_content(Some(&text.replace(&address_placeholder(), &page)));
    });
}

/// Starts the page's listeners. `on_show` is called with each step's
/// position the first time it is shown (the islands make its example live).
pub fn start(address: &Address, on_show: impl Fn(usize) + 'static) {
    fill_citation();
    glossary_tips::start();
    step_links::start();
    embed_dialog::start();
    copy_dialog::start();
    demo::start();
    year_chart::start();
    if address.view.embed != Embed::None {
        update_full_link(address);
        address::on_change(update_full_link).forget();
    }
    navigation::start(address, on_show);
}
