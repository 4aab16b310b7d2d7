use yew::prelude::*;

use crate::app::components::report::report_note;
use crate::app::markers::id;
use crate::app::text::text;
use crate::app::words::feed::FEED_FILE;
use crate::content::steps::{at, what_changed_step};
use crate::terms::{Terms, R1};

/// The notice that the terms were amended: one sentence, on every page and
/// in every embed (compact there), linking to the step that compares them.
/// The link is a plain anchor, so it works without the wasm; with it,
/// `page::step_links` opens the step in place (or the full page, from an
/// embed that does not show the walkthrough).
pub fn update_notice() -> Html {
    let n = what_changed_step().unwrap_or(1);
    let name = at(n).map_or("", |s| s.name);
    // The amendment this notice tells of (its words are about it alone).
    let iso = Terms::Amended.info().date;
    let date = crate::app::text::date(iso);
    let (before, after) = crate::app::text::around("update", &[], "date");
    html! {
        <aside class="update" data-update={iso} aria-labelledby="update-title">
            <p>
                <strong id="update-title">{ text("update-title", &[]) }</strong>{ " " }{ before }<time datetime={iso}>{ date }</time>{ after }{ " " }
                { report_note(&R1) }{ " " }
                <a href={format!("#{}", id::step(n))} data-go-step={name}>{ text("update-link", &[]) }</a>{ " " }
                <a class="update-feed" href={format!("./{FEED_FILE}")} type="application/atom+xml">{ text("update-feed", &[]) }</a>
            </p>
        </aside>
    }
}
