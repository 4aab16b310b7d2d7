//! "Embed this explainer": the dialog is built HTML (`words::embed_dialog`);
//! these listeners open it on the scenario and step in the address, write
//! the code for what the editor picks, and copy it, confirming aloud.
//! Closing (the button or Escape) returns focus to the opener natively.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement,
};
use yew::Callback;

use crate::app::address;
use crate::app::clipboard::{self, how_to_copy};
use crate::app::dom::{by_id, closest};
use crate::app::embed_code::{embed_code, CodeFormat, EmbedChoice};
use crate::app::markers::id::{
    EMBED_AMP_NOTE as AMP_NOTE, EMBED_CODE as CODE, EMBED_DIALOG as DIALOG, EMBED_LINK as LINK,
    EMBED_LINK_FIELD as LINK_FIELD, EMBED_STATUS as STATUS, EMBED_STEP as STEP,
    EMBED_STEP_FIELD as STEP_FIELD, EMBED_THEME as THEME,
};
use crate::app::markers::{attr, embed_action, select};
use crate::app::text::text;
use crate::app::view::{Embed, Theme};
use crate::content::steps;
use crate::terms::{Choice, Preset};

fn set_status(text: &str) {
    if let Some(status) = by_id::<Element>(STATUS) {
        status.set_text_content(Some(text));
    }
}

/// What the editor picked, from the form.
fn choice() -> EmbedChoice {
    let kind = gloo::utils::document()
        .query_selector(select::EMBED_KIND_CHECKED)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .and_then(|input| Embed::from_slug(&input.value()));
    let step = by_id::<HtmlSelectElement>(STEP).map(|s| steps::position(&s.value()));
    match kind {
        Some(Embed::Builder) => EmbedChoice::Builder,
        Some(Embed::Step) => EmbedChoice::Step(step.unwrap_or(1)),
        _ => EmbedChoice::All,
    }
}

/// The kind of page the editor wants code for.
fn format() -> CodeFormat {
    gloo::utils::document()
        .query_selector(select::EMBED_FORMAT_CHECKED)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .and_then(|input| CodeFormat::from_slug(&input.value()))
        .unwrap_or_default()
}

/// Writes the code for the address and the form's choices.
fn write_code() {
    let choice = choice();
    let format = format();
    if let Some(note) = by_id::<Element>(AMP_NOTE) {
        let _ = note.toggle_attribute_with_force("hidden", format != CodeFormat::Amp);
    }
    if let Some(field) = by_id::<Element>(STEP_FIELD) {
        let _ =
            field.toggle_attribute_with_force("hidden", !matches!(choice, EmbedChoice::Step(_)));
    }
    let theme = by_id::<HtmlSelectElement>(THEME)
        .and_then(|s| Theme::from_slug(&s.value()))
        .unwrap_or_default();
    let site = address::site();
    let scenario = address::current().scenario;
    if let Some(code) = by_id::<HtmlTextAreaElement>(CODE) {
        code.set_value(&embed_code(&site, choice, &scenario, theme, format));
    }
    // The page's own oEmbed answer is this code's frame only where the
    // code asks nothing the page does not: the auto theme, and the
    // scenario the page holds (none for the whole explainer, the example's
    // own for an example; a step's frame shows no scenario).
    let now = address::current();
    let same = theme == Theme::Auto
        && now.errors.is_empty()
        && match choice {
            EmbedChoice::All => !now.scenario_given(),
            EmbedChoice::Step(_) => true,
            EmbedChoice::Builder => Preset::of(&scenario).is_some_and(|p| p.scenario == scenario),
        };
    let link = choice.page_link(&site, &scenario).filter(|_| same);
    if let Some(field) = by_id::<Element>(LINK_FIELD) {
        let _ = field.toggle_attribute_with_force("hidden", link.is_none());
    }
    if let Some(input) = by_id::<HtmlInputElement>(LINK) {
        input.set_value(&link.unwrap_or_default());
    }
}

/// Opens the dialog on what the address holds now.
fn open(dialog: &HtmlDialogElement) {
    let shown = steps::at(address::current().step);
    if let (Some(field), Some(step)) = (by_id::<HtmlSelectElement>(STEP), shown) {
        field.set_value(step.name);
    }
    write_code();
    set_status("");
    let _ = dialog.show_modal();
}

fn copy() {
    let Some(code) = by_id::<HtmlTextAreaElement>(CODE) else {
        return;
    };
    clipboard::copy(
        code.value(),
        Callback::from(move |copied| {
            if copied {
                set_status(&text("embed-copied", &[]));
            } else {
                // The code is already in a field here: select it, and say how.
                let _ = code.focus();
                code.select();
                set_status(&how_to_copy());
            }
        }),
    );
}

pub fn start() {
    let Some(dialog) = by_id::<HtmlDialogElement>(DIALOG) else {
        return;
    };
    let document = gloo::utils::document();
    let opener = dialog.clone();
    EventListener::new(&document, "click", move |event| {
        if closest(event, select::EMBED_OPEN).is_some() {
            open(&opener);
            return;
        }
        let action = closest(event, select::EMBED_ACTION)
            .and_then(|button| button.get_attribute(attr::EMBED_ACTION));
        match action.as_deref() {
            Some(embed_action::COPY) => copy(),
            Some(embed_action::CLOSE) => opener.close(),
            _ => {}
        }
    })
    .forget();
    EventListener::new(&dialog, "change", |_| write_code()).forget();
}
