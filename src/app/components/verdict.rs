//! A verdict as the page shows it, and a version's name in labels.

use crate::app::text;
use yew::prelude::*;

use crate::terms::{Choice, Terms, Verdict};

/// The symbol beside a verdict; the word is always shown too, so nothing
/// depends on colour or on the symbol alone.
fn mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Yes => "✓",
        Verdict::No => "✗",
        Verdict::NotAddressed => "?",
    }
}

/// A verdict as a badge: symbol and word.
pub fn badge(verdict: Verdict) -> Html {
    html! {
        <span class={classes!("badge", format!("v-{}", verdict.slug()))}>
            <span class="badge-mark" aria-hidden="true">{ mark(verdict) }</span>{ text::label(verdict) }
        </span>
    }
}

/// The version of the terms in a few words, for labels, dated where it is
/// the superseded one: no label names the statement's terms undated.
pub fn version_name(terms: Terms) -> String {
    text::version(terms, text::VersionWords::Short) + &text::superseded_note(terms)
}
