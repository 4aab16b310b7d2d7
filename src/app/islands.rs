//! The browser's side of the page: the article arrives as built HTML, and
//! each part that draws answers is its own small Yew app, mounted on its own
//! root (`Renderer::with_root_and_props`): the builder, and each live
//! example once its step is shown. What only switches built HTML (the
//! walkthrough's navigation, the embed dialog, the demo) is plain listeners
//! (`page`). The words never enter the wasm, and nothing static is ever
//! redrawn.
//!
//! Islands render fresh, replacing their built first render in the same
//! frame: the DOM is the same (the build renders the very same components),
//! so nothing flashes or shifts. If the reader had already focused a control
//! inside an island's built HTML, focus moves to the same control after.

use web_sys::{Element, HtmlElement};
use yew::{BaseComponent, Renderer};

use crate::app::components::builder::{Builder, BuilderProps};
use crate::app::components::live_example::{LiveExample, LiveExampleProps};
use crate::app::dom::by_id;
use crate::app::markers::{id, LIVE};
use crate::app::view::Part;
use crate::app::{address, page};

/// Renders `C` into `root`, in place of what the build put there.
fn mount<C: BaseComponent>(root: Element, props: C::Properties) {
    let focused = gloo::utils::document()
        .active_element()
        .filter(|active| root.contains(Some(active)))
        .map(|active| active.id())
        .filter(|id| !id.is_empty());
    let _ = Renderer::<C>::with_root_and_props(root, props).render();
    // The render runs in a microtask, before the next frame.
    if let Some(id) = focused {
        let frame = gloo::render::request_animation_frame(move |_| {
            if let Some(el) = by_id::<HtmlElement>(&id) {
                let _ = el.focus();
            }
        });
        // Dropping the handle would cancel the frame.
        std::mem::forget(frame);
    }
}

/// Starts every island the page needs now, and the page's own behaviour.
pub fn start() {
    let address = address::current();
    address::flush_on_leave();
    // The page hands each step to `mount_example` when it is first shown.
    page::start(&address, mount_example);
    if let Some(root) = by_id::<Element>(Part::Builder.id()) {
        mount::<Builder>(
            root,
            BuilderProps {
                address: Some(address),
                built: Default::default(),
            },
        );
    }
}

/// Mounts `C` on the root with this ID the first time it is asked, and
/// never again (a live island keeps its state); false if it was already.
fn mount_once<C: BaseComponent>(id: &str, props: C::Properties) -> bool {
    let Some(root) = by_id::<Element>(id).filter(|root| !root.has_attribute(LIVE)) else {
        return false;
    };
    let _ = root.set_attribute(LIVE, "");
    mount::<C>(root, props);
    true
}

/// Makes step `n`'s live example live, once (the navigation calls this when
/// the step is shown). It keeps its state from then on.
fn mount_example(n: usize) {
    mount_once::<LiveExample>(&id::example(n), LiveExampleProps { step: n });
}
