use yew::prelude::*;

use crate::app::markers::class;
use crate::content::glossary::Term;
use crate::content::markup::{segments, Segment};

/// A paragraph of the explainer's words, with glossary terms that open
/// their definitions. `id` makes the definitions' element IDs unique.
pub fn rich_text(text: &str, id: &str) -> Html {
    let parts = segments(text)
        .into_iter()
        .enumerate()
        .map(|(i, s)| match s {
            Segment::Text(t) => html! { { t.to_string() } },
            Segment::Term(words, term) => glossary_ref(words, term, &format!("{id}-{i}")),
            Segment::Step(word, n) => html! { { crate::app::text::step_ref(word, n) } },
        });
    html! { <p class="rich">{ for parts }</p> }
}

/// Words that show a definition on hover, on keyboard focus and on tap.
/// CSS shows it on hover and focus; `page::glossary_tips` handles tap
/// (toggle), Escape (hide without moving focus) and leaving (reset).
fn glossary_ref(words: &str, term: &'static Term, id: &str) -> Html {
    let tip = format!("{id}-tip");
    html! {
        <span class={class::GLOSS}>
            <button type="button" class={class::GLOSS_TERM} aria-expanded="false" aria-describedby={tip.clone()}>{ words.to_string() }</button>
            <span class="gloss-tip" role="tooltip" id={tip}>
                <strong>{ term.name() }</strong>{ ": " }{ term.definition() }
                { crate::app::components::report::report_inline(term.reports) }
            </span>
        </span>
    }
}
