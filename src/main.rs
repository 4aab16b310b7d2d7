//! The browser entry point: start the islands, and make sure a bug can
//! never leave the reader with a silently dead page.

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
    partnership_explainer::app::islands::start();
}

/// Talc in place of Rust's default wasm allocator (dlmalloc): about 2 KB
/// smaller once compressed, and faster on wasm by its own benchmarks.
// SAFETY: `new_global` requires single-threaded wasm: the explainer runs on
// the browser's main thread only, with no wasm threads.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
