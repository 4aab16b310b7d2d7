//! Copying text for the reader, with a result to announce.

use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// Puts `text` on the clipboard, then tells `done` whether that worked
/// (it fails where the browser refuses, for example outside HTTPS).
pub fn copy(text: String, done: Callback<bool>) {
    yew::platform::spawn_local(async move {
        let clipboard = gloo::utils::window().navigator().clipboard();
        done.emit(JsFuture::from(clipboard.write_text(&text)).await.is_ok());
    });
}
