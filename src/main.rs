//! The browser entry point: start the islands, and make sure a bug can
//! never leave the reader with a silently dead page.

use wasm_bindgen::JsCast;

/// If the app panics, say so on the page and offer a way back: the notice
/// the build wrote, in the page's words, put first in the body (so a
/// screen reader announces it). DOM calls only, and never panicking itself.
fn show_recovery_notice() {
    use partnership_explainer::app::markers::id::CRASH_NOTICE;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let notice = document
        .get_element_by_id(CRASH_NOTICE)
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
        .and_then(|t| t.content().clone_node_with_deep(true).ok());
    if let (Some(notice), Some(body)) = (notice, document.body()) {
        let _ = body.insert_before(&notice, body.first_child().as_ref());
    }
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
