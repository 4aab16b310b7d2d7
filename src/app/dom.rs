//! The few DOM questions every plain listener asks, said once.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event};

/// The element with this ID, as the type asked for (`Element`,
/// `HtmlDialogElement`…); `None` if there is none or it is another kind.
pub fn by_id<T: JsCast>(id: &str) -> Option<T> {
    gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into().ok())
}

/// The element an event happened on, if it is inside `selector`.
pub fn closest(event: &Event, selector: &str) -> Option<Element> {
    let target: Element = event.target()?.dyn_into().ok()?;
    target.closest(selector).ok()?
}

/// Calls `f` with each element inside `within` (the whole page if `None`)
/// that matches `selector`.
pub fn each(within: Option<&Element>, selector: &str, mut f: impl FnMut(Element)) {
    let list = match within {
        Some(el) => el.query_selector_all(selector),
        None => gloo::utils::document().query_selector_all(selector),
    };
    let Ok(list) = list else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            f(el);
        }
    }
}

/// Runs `f` when the browser is idle, or at the latest after half a second
/// on a page kept busy; where there is no requestIdleCallback (Safari),
/// after a 50 ms timer.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let window = gloo::utils::window();
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let f: &js_sys::Function = f.unchecked_ref();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(500);
    if window
        .request_idle_callback_with_options(f, &options)
        .is_err()
    {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f, 50);
    }
}
