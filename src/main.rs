//! The browser entry point: mount the app, and make sure a bug can never
//! leave the reader with a silently dead page.

use partnership_explainer::app::App;

/// If the app panics, say so on the page and offer a way back. Built with
/// DOM calls only (no HTML strings), and never panicking itself.
fn show_recovery_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Ok(notice), Ok(link), Some(body)) = (
        document.create_element("div"),
        document.create_element("a"),
        document.body(),
    ) else {
        return;
    };
    notice.set_class_name("crash");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(
        "Sorry: the explainer hit a bug and stopped. The text on this page is still accurate. ",
    ));
    let _ = link.set_attribute("href", "?");
    link.set_text_content(Some("Reload it with the default scenario"));
    let _ = notice.append_child(&link);
    let _ = body.insert_before(&notice, body.first_child().as_ref());
}

fn main() {
    // Through yew, which would otherwise install its own console-only hook.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("explainer: {info}").into());
        show_recovery_notice();
    }));
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    let renderer = yew::Renderer::<App>::with_root(root.clone());
    // The built page arrives prerendered (scripts/postbuild.mjs): take it over
    // in place, with no redraw. A page without it (a bare dev build) renders.
    #[cfg(feature = "hydration")]
    if root.first_element_child().is_some() {
        renderer.hydrate();
        return;
    }
    renderer.render();
}
