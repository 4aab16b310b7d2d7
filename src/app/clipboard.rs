//! Copying text for the reader. Where the clipboard is missing (an old or
//! insecure context) or refused (a cross-origin frame without
//! `allow="clipboard-write"`, as WordPress writes every embed), the text is
//! offered selected in a read-only field, with an instruction that fits the
//! device: never "use the address bar", which a frame does not have.

use crate::app::text::text;
use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::Callback;

use crate::app::dom::by_id;
use crate::app::markers::id;

/// How to copy selected text on this device, in one sentence.
pub fn how_to_copy() -> String {
    let window = gloo::utils::window();
    let touch = window
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let mac = window
        .navigator()
        .user_agent()
        .is_ok_and(|agent| agent.contains("Mac"));
    match (touch, mac) {
        (true, _) => text("copy-how-touch", &[]),
        (false, true) => text("copy-how-mac", &[]),
        (false, false) => text("copy-how-keys", &[]),
    }
}

/// Puts `text` on the clipboard, then tells `done` whether it is there
/// (false where the clipboard is missing or refused: see [`offer`]).
pub fn copy(text: String, done: Callback<bool>) {
    let navigator = gloo::utils::window().navigator();
    // Missing outside secure contexts: the getter is then undefined.
    let has_clipboard = Reflect::get(&navigator, &"clipboard".into())
        .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        done.emit(false);
        return;
    }
    yew::platform::spawn_local(async move {
        let written = JsFuture::from(navigator.clipboard().write_text(&text)).await;
        done.emit(written.is_ok());
    });
}

/// Offers `text` selected in the copy dialog (built HTML: `words`), with
/// how to copy it on this device.
pub fn offer(text: &str) {
    let (Some(dialog), Some(field)) = (
        by_id::<HtmlDialogElement>(id::COPY_DIALOG),
        by_id::<HtmlTextAreaElement>(id::COPY_TEXT),
    ) else {
        return;
    };
    field.set_value(text);
    if let Some(how) = by_id::<web_sys::Element>(id::COPY_HOW) {
        how.set_text_content(Some(&how_to_copy()));
    }
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
    let _ = field.unchecked_ref::<web_sys::HtmlElement>().focus();
    field.select();
}
