//! The stateless/stateful demo's button (`words::demo`): each press sends
//! the next message, showing what each side's call carries, then starts
//! again. The messages are in the page; this only shows and hides them.

use gloo::events::EventListener;
use web_sys::Element;

use crate::app::dom::{closest, each};
use crate::app::markers::{attr, select};
use crate::app::text::text;

fn number(el: &Element, attribute: &str) -> usize {
    el.get_attribute(attribute)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// Shows call `n` of the demo `figure`.
fn show(figure: &Element, n: usize, calls: usize) {
    let _ = figure.set_attribute(attr::DEMO_NOW, &n.to_string());
    each(Some(figure), select::DEMO_SENT, |li| {
        let _ = li.toggle_attribute_with_force("hidden", number(&li, attr::DEMO_SENT) > n);
    });
    each(Some(figure), select::DEMO_ONLY, |li| {
        let _ = li.toggle_attribute_with_force("hidden", number(&li, attr::DEMO_ONLY) != n);
    });
    each(Some(figure), select::DEMO_CALL, |span| {
        span.set_text_content(Some(&n.to_string()))
    });
    each(Some(figure), select::DEMO_NEXT, |button| {
        button.set_text_content(Some(&if n >= calls {
            text("demo-again", &[])
        } else {
            text("demo-next", &[])
        }))
    });
}

pub fn start() {
    EventListener::new(&gloo::utils::document(), "click", |event| {
        let figure = closest(event, select::DEMO_NEXT)
            .and_then(|button| button.closest(select::DEMO).ok().flatten());
        if let Some(figure) = figure {
            let calls = number(&figure, attr::DEMO);
            let now = number(&figure, attr::DEMO_NOW);
            show(&figure, if now >= calls { 1 } else { now + 1 }, calls);
        }
    })
    .forget();
}
