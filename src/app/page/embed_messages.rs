//! Being a good embed: follow the theme the link (or the host) asks for, and
//! tell the host page our height whenever it changes, in the formats hosts
//! already listen for. We send only the height, the step and our own link;
//! we accept only the documented theme message, checked strictly.

use crate::terms::Choice;
use std::cell::Cell;
use std::rc::Rc;

use crate::app::address;
use crate::app::view::{Theme, ViewOptions};
use gloo::events::EventListener;
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, ResizeObserver, Window};

/// Our own message types; hosts match on them.
const HEIGHT_MESSAGE: &str = "partnership-explainer:height";
const THEME_MESSAGE: &str = "partnership-explainer:theme";

/// Sets `data-theme` and `data-bg` on the root element, which the
/// stylesheet's `color-scheme` rules follow.
pub fn apply_theme(theme: Theme, transparent: bool) {
    let Some(root) = gloo::utils::document().document_element() else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.slug()),
    };
    let _ = if transparent {
        root.set_attribute("data-bg", "transparent")
    } else {
        root.remove_attribute("data-bg")
    };
}

/// The window we are framed in, if any.
fn parent_frame() -> Option<Window> {
    let window = gloo::utils::window();
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| !Object::is(parent, &window))
}

fn set(target: &Object, key: &str, value: JsValue) {
    let _ = Reflect::set(target, &key.into(), &value);
}

/// Sends the height in three dialects: ours (with step and link, for deep
/// links), Embedly's `iframe.resize` (also read by Medium and many CMSs),
/// and AMP's `embed-size`.
fn post_height(parent: &Window, height: f64, step: usize) {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let own = Object::new();
    set(&own, "type", HEIGHT_MESSAGE.into());
    set(&own, "height", height.into());
    set(&own, "step", (step as f64).into());
    set(&own, "link", href.clone().into());
    let _ = parent.post_message(&own, "*");

    let embedly = Object::new();
    set(&embedly, "src", href.into());
    set(&embedly, "context", "iframe.resize".into());
    set(&embedly, "height", height.into());
    if let Ok(text) = js_sys::JSON::stringify(&embedly) {
        let _ = parent.post_message(&text, "*");
    }

    let amp = Object::new();
    set(&amp, "sentinel", "amp".into());
    set(&amp, "type", "embed-size".into());
    set(&amp, "height", height.into());
    let _ = parent.post_message(&amp, "*");
}

/// The content's height in whole CSS pixels.
fn content_height() -> f64 {
    gloo::utils::document()
        .document_element()
        .map(|e| e.get_bounding_client_rect().height().ceil())
        .unwrap_or(0.0)
}

/// The theme a parent's message asks for, if the message is exactly
/// `{type: THEME_MESSAGE, theme: "light" | "dark" | "auto"}` from the parent.
fn requested_theme(event: &MessageEvent, parent: &Window) -> Option<Theme> {
    let from_parent = event
        .source()
        .is_some_and(|source| Object::is(&source, parent));
    let data = event
        .data()
        .dyn_into::<Object>()
        .ok()
        .filter(|_| from_parent)?;
    if Object::keys(&data).length() != 2 {
        return None;
    }
    let kind = Reflect::get(&data, &"type".into()).ok()?.as_string()?;
    let theme = Reflect::get(&data, &"theme".into()).ok()?.as_string()?;
    (kind == THEME_MESSAGE).then_some(())?;
    Theme::from_slug(&theme)
}

/// Inside a frame: report the height as it changes, and again whenever the
/// address changes (a new step or scenario is news for the host even when
/// the height stays the same); take theme requests from the parent. Outside
/// a frame: nothing. Everything it sets up lasts as long as the page.
pub fn start(view: ViewOptions) {
    let Some(parent) = parent_frame() else {
        return;
    };
    let last_height = Rc::new(Cell::new(-1.0));
    let on_resize = {
        let parent = parent.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| {
            let height = content_height();
            if height != last_height.get() {
                last_height.set(height);
                post_height(&parent, height, current_step());
            }
        })
    };
    if let (Ok(observer), Some(root)) = (
        ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        gloo::utils::document().document_element(),
    ) {
        observer.observe(&root);
    }
    on_resize.forget();
    {
        let parent = parent.clone();
        address::on_change(move || post_height(&parent, content_height(), current_step())).forget();
    }
    EventListener::new(&gloo::utils::window(), "message", move |event| {
        let theme = event
            .dyn_ref::<MessageEvent>()
            .and_then(|e| requested_theme(e, &parent));
        if let Some(theme) = theme {
            apply_theme(theme, view.transparent);
        }
    })
    .forget();
}

/// The step on show, as the address says.
fn current_step() -> usize {
    address::step_of(&address::query(), crate::content::steps::STEPS.len())
}
