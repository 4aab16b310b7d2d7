//! The explainer in the browser, as islands: the article is built HTML
//! (`words`, rendered only by the build), and each interactive part is its
//! own Yew app (`islands`) that asks the engine for answers. Islands share
//! only the link (`address`); `page` is what the page does outside them.

pub mod address;
#[cfg(feature = "ssr")]
pub mod catalogue;
pub mod citation;
pub mod clipboard;
pub mod components;
pub mod dom;
pub mod embed_code;
pub mod islands;
pub mod markers;
mod page;
pub mod state;
pub mod text;
pub mod view;
// The words and the page around the islands: rendered only at build time.
#[cfg(feature = "ssr")]
pub mod words;
