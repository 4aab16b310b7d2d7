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

use super::dom::{by_id, closest};
use crate::app::embed_code::{embed_code, EmbedChoice};
use crate::app::view::{Embed, Theme};
use crate::app::{address, clipboard};
use crate::content::steps::STEPS;
use crate::terms::{parse, to_query, Choice};

/// The IDs the build writes and these listeners find: one list for both.
pub const DIALOG: &str = "embed-dialog";
pub const KIND: &str = "embed-kind";
pub const STEP_FIELD: &str = "embed-step-field";
pub const STEP: &str = "embed-step";
pub const THEME: &str = "embed-theme";
pub const CODE: &str = "embed-code";
pub const STATUS: &str = "embed-status";

fn set_status(text: &str) {
    if let Some(status) = by_id::<Element>(STATUS) {
        status.set_text_content(Some(text));
    }
}

/// What the editor picked, from the form.
fn choice() -> EmbedChoice {
    let kind = gloo::utils::document()
        .query_selector(&format!("input[name={KIND}]:checked"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .and_then(|input| Embed::from_slug(&input.value()));
    let step = by_id::<HtmlSelectElement>(STEP).and_then(|s| s.value().parse().ok());
    match kind {
        Some(Embed::Builder) => EmbedChoice::Builder,
        Some(Embed::Step) => EmbedChoice::Step(step.unwrap_or(1)),
        _ => EmbedChoice::All,
    }
}

/// Writes the code for the address and the form's choices.
fn write_code() {
    let choice = choice();
    if let Some(field) = by_id::<Element>(STEP_FIELD) {
        let _ =
            field.toggle_attribute_with_force("hidden", !matches!(choice, EmbedChoice::Step(_)));
    }
    let theme = by_id::<HtmlSelectElement>(THEME)
        .and_then(|s| Theme::from_slug(&s.value()))
        .unwrap_or_default();
    let page = gloo::utils::window().location().href().unwrap_or_default();
    let scenario = to_query(&parse(&address::query()).scenario);
    if let Some(code) = by_id::<HtmlTextAreaElement>(CODE) {
        code.set_value(&embed_code(&page, choice, &scenario, theme));
    }
}

/// Opens the dialog on what the address holds now.
fn open(dialog: &HtmlDialogElement) {
    if let Some(step) = by_id::<HtmlSelectElement>(STEP) {
        step.set_value(&address::step_of(&address::query(), STEPS.len()).to_string());
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
                set_status("Embed code copied to the clipboard.");
            } else {
                code.select();
                set_status(
                    "Could not copy automatically: the code is selected, press Ctrl+C (⌘C on a Mac).",
                );
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
        if closest(event, ".embed-open").is_some() {
            open(&opener);
            return;
        }
        let action = closest(event, "[data-embed-action]")
            .and_then(|button| button.get_attribute("data-embed-action"));
        match action.as_deref() {
            Some("copy") => copy(),
            Some("close") => opener.close(),
            _ => {}
        }
    })
    .forget();
    EventListener::new(&dialog, "change", |_| write_code()).forget();
}
