//! The copy dialog (`words::copy_dialog`): where text is offered when the
//! clipboard cannot take it (`clipboard`). Closing returns focus natively.

use gloo::events::EventListener;
use web_sys::HtmlDialogElement;

use crate::app::dom::{by_id, closest};
use crate::app::markers::{id, select};

pub fn start() {
    let Some(dialog) = by_id::<HtmlDialogElement>(id::COPY_DIALOG) else {
        return;
    };
    let closer = dialog.clone();
    EventListener::new(&dialog, "click", move |event| {
        if closest(event, select::COPY_CLOSE).is_some() {
            closer.close();
        }
    })
    .forget();
}
