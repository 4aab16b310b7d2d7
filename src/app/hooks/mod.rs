//! Hooks that connect the state to the browser. Each touches browser APIs
//! only inside effects, so the components stay renderable on a server.

mod use_address;
mod use_arrow_keys;
mod use_embed;
mod use_glossary_tips;
mod use_step_links;

pub use use_address::{use_address_sync, use_open_link};
pub use use_arrow_keys::use_arrow_keys;
pub use use_embed::{use_embed_messages, use_theme};
pub use use_glossary_tips::use_glossary_tips;
pub use use_step_links::use_step_links;
