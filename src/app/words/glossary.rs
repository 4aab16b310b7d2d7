use yew::prelude::*;

use crate::app::components::report::report_paragraphs;
use crate::app::text::text;
use crate::content::glossary::GLOSSARY;

/// The terms a reader may need, each defined in a sentence or two.
pub fn glossary() -> Html {
    html! {
        <section class="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ text("glossary-title", &[]) }</h2>
            <dl>
                { for GLOSSARY.iter().map(|t| html! {
                    <div class="term" id={format!("term-{}", t.id)}>
                        <dt><dfn>{ t.name() }</dfn></dt>
                        <dd>{ t.definition() }{ report_paragraphs(t.reports) }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
