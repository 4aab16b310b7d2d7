use yew::prelude::*;

use crate::app::citation::{citation, ADDRESS_PLACEHOLDER};

/// "Cite this explainer": title, date the terms were checked, address and
/// rules version, as plain text and as BibTeX. `site` is the address the
/// build knows (`EXPLAINER_URL`); without it, the browser fills it in.
pub fn cite(site: Option<&str>) -> Html {
    let (plain, bibtex) = citation(site.unwrap_or(ADDRESS_PLACEHOLDER));
    html! {
        <section class="cite" aria-labelledby="cite-title">
            <h2 id="cite-title">{ "Cite this explainer" }</h2>
            <p>{ "To cite one answer, use its Copy button: the text carries its sources, the terms it was answered under and a link to it." }</p>
            <h3>{ "Plain text" }</h3>
            <pre class="cite-text" data-cite="plain" tabindex="0">{ plain }</pre>
            <h3>{ "BibTeX" }</h3>
            <pre class="cite-text" data-cite="bibtex" tabindex="0">{ bibtex }</pre>
        </section>
    }
}
