use yew::prelude::*;

use crate::app::citation::{address_placeholder, citation};
use crate::app::text::text;

/// "Cite this explainer": title, date the terms were checked, address and
/// rules version, as plain text and as BibTeX. `site` is the address the
/// build knows (`EXPLAINER_URL`); without it, the browser fills it in.
pub fn cite(site: Option<&str>) -> Html {
    let (plain, bibtex) = citation(site.unwrap_or(&address_placeholder()));
    html! {
        <section class="cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{ text("cite-title", &[]) }</h2>
            <p>{ text("cite-intro", &[]) }</p>
            <h3>{ text("cite-plain-title", &[]) }</h3>
            <pre class="cite-text" data-cite="plain" tabindex="0">{ plain }</pre>
            <h3 translate="no">{ "BibTeX" }</h3>
            <pre class="cite-text" data-cite="bibtex" tabindex="0">{ bibtex }</pre>
        </section>
    }
}
