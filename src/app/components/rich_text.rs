use web_sys::{KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::content::glossary::Term;
use crate::content::markup::{segments, Segment};

/// A paragraph of the explainer's words, with glossary terms that open
/// their definitions. `id` makes the definitions' element IDs unique.
pub fn rich_text(text: &'static str, id: &str) -> Html {
    let parts = segments(text)
        .into_iter()
        .enumerate()
        .map(|(i, s)| match s {
            Segment::Text(t) => html! { { t } },
            Segment::Term(words, term) => html! {
                <GlossaryRef {words} {term} id={format!("{id}-{i}")} />
            },
        });
    html! { <p class="rich">{ for parts }</p> }
}

#[derive(Properties, PartialEq)]
pub struct GlossaryRefProps {
    pub words: &'static str,
    pub term: &'static Term,
    pub id: String,
}

/// Words that show a definition on hover, on keyboard focus and on tap
/// (a tap toggles it). Escape hides it again without moving focus.
#[component]
pub fn GlossaryRef(props: &GlossaryRefProps) -> Html {
    let open = use_state(|| false);
    let dismissed = use_state(|| false);
    let toggle = {
        let (open, dismissed) = (open.clone(), dismissed.clone());
        Callback::from(move |_: MouseEvent| {
            dismissed.set(false);
            open.set(!*open);
        })
    };
    let on_key = {
        let (open, dismissed) = (open.clone(), dismissed.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
                dismissed.set(true);
            }
        })
    };
    let reset = {
        let (open, dismissed) = (open.clone(), dismissed.clone());
        move || {
            open.set(false);
            dismissed.set(false);
        }
    };
    let on_blur = {
        let reset = reset.clone();
        Callback::from(move |_: FocusEvent| reset())
    };
    // Only a real mouse leaving closes it: after a tap, touch browsers send a
    // leave event too, which would shut what the tap just opened.
    let on_leave = Callback::from(move |e: PointerEvent| {
        if e.pointer_type() == "mouse" {
            reset()
        }
    });
    let tip = format!("{}-tip", props.id);
    html! {
        <span class={classes!("gloss", dismissed.then_some("is-dismissed"))} onpointerleave={on_leave}>
            <button type="button" class="gloss-term" aria-expanded={open.to_string()} aria-describedby={tip.clone()}
                onclick={toggle} onkeydown={on_key} onblur={on_blur}>{ props.words }</button>
            <span class="gloss-tip" role="tooltip" id={tip}>
                <strong>{ props.term.term }</strong>{ ": " }{ props.term.definition }
            </span>
        </span>
    }
}
