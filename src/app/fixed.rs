//! Words that never change once the page is built reach the reader once, as
//! HTML, instead of twice (in the HTML and again inside the wasm).
//!
//! The build renders each [`Fixed`] part with the view functions in
//! [`crate::app::words`], and the app puts it in the page as raw HTML. In the
//! browser the app puts an empty string in the same place: Yew hydrates raw
//! HTML by adopting whatever the server rendered between its markers, and
//! never redraws it while its string stays the same. So the browser keeps
//! the built words, and the wasm carries neither them nor their views.
//!
//! This is the product's only use of raw HTML (`tests/no_raw_html.rs`
//! checks): the string is either empty or what Yew's own server renderer
//! made, escaping included, from the product's constant words.
//!
//! The one rule for callers: a part is adopted once and never drawn again,
//! so a view must keep it in place (hide it, never remove and re-add it).
//! A part may be replaced once by a live view of the same thing: hidden
//! steps' live examples start as fixed parts, so hydration skips them, and
//! become live when the reader opens their step.

use yew::prelude::*;

/// A block of fixed words.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fixed {
    Masthead,
    /// The notice that the terms were amended, shown in every mode.
    Update,
    /// Step N's name, headline and paragraphs (1-based).
    StepText(usize),
    /// The clauses step N rests on, and what it leaves unsaid.
    StepNotes(usize),
    /// Step N's live example as first built, until the reader opens the step
    /// (see `step_view`): the live version then replaces it.
    Example(usize),
    Glossary,
    Corrections,
    Sources,
}

impl Fixed {
    /// Every part the page holds.
    pub fn all() -> impl Iterator<Item = Fixed> {
        let steps = 1..=crate::content::steps::STEPS.len();
        [
            Fixed::Masthead,
            Fixed::Update,
            Fixed::Glossary,
            Fixed::Corrections,
            Fixed::Sources,
        ]
        .into_iter()
        .chain(steps.clone().map(Fixed::StepText))
        .chain(steps.clone().map(Fixed::StepNotes))
        .chain(steps.map(Fixed::Example))
    }
}

/// The part as it goes in the page: built HTML on the server, adopted in the
/// browser.
pub fn fixed(part: Fixed) -> Html {
    Html::from_html_unchecked(html_of(part))
}

#[cfg(not(feature = "ssr"))]
fn html_of(_: Fixed) -> AttrValue {
    AttrValue::Static("")
}

#[cfg(feature = "ssr")]
use server::html_of;
#[cfg(feature = "ssr")]
pub use server::prerender;

#[cfg(feature = "ssr")]
mod server {
    use std::cell::RefCell;

    use yew::prelude::*;
    use yew::LocalServerRenderer;

    use super::Fixed;
    use crate::app::components::live_example::LiveExample;
    use crate::app::words;
    use crate::content::steps::STEPS;

    thread_local! {
        static BUILT: RefCell<Vec<(Fixed, AttrValue)>> = const { RefCell::new(Vec::new()) };
    }

    #[derive(Properties, PartialEq)]
    struct PartProps {
        part: Fixed,
    }

    #[component]
    fn Part(props: &PartProps) -> Html {
        match props.part {
            Fixed::Masthead => words::masthead(),
            Fixed::Update => words::update_notice(),
            Fixed::StepText(n) => words::step_text(n),
            Fixed::StepNotes(n) => words::step_notes(n),
            Fixed::Example(n) => match STEPS.get(n.wrapping_sub(1)) {
                Some(s) => {
                    html! { <LiveExample step={n} example={&s.example} visual={s.visual} /> }
                }
                None => Html::default(),
            },
            Fixed::Glossary => words::glossary(),
            Fixed::Corrections => words::corrections(),
            Fixed::Sources => words::sources(),
        }
    }

    /// Renders every part, before the app is rendered. Plain HTML: nothing
    /// in it is hydrated, so it needs none of Yew's markers.
    pub async fn prerender() {
        for part in Fixed::all() {
            let html = LocalServerRenderer::<Part>::with_props(PartProps { part })
                .hydratable(false)
                .render()
                .await;
            BUILT.with(|built| built.borrow_mut().push((part, html.into())));
        }
    }

    pub fn html_of(part: Fixed) -> AttrValue {
        BUILT
            .with(|built| {
                built
                    .borrow()
                    .iter()
                    .find(|(p, _)| *p == part)
                    .map(|(_, h)| h.clone())
            })
            .unwrap_or_else(|| panic!("{part:?} was not prerendered: call fixed::prerender first"))
    }
}
