//! The one way the page is rendered on the server: by the build
//! (`src/bin/prerender.rs`) and by the tests that check what it writes.

use yew::{BaseComponent, LocalServerRenderer};

use crate::app::words::first_paint;
use crate::terms::RULES_VERSION;

/// Where the built page goes in `index.html`; the rest of the file is
/// trunk's (its release builds minify the quotes away).
const SLOTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

/// Renders `C` with `props` as the build does: plain HTML, no hydration.
pub fn render<C: BaseComponent>(props: C::Properties) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread tokio runtime");
    tokio::task::LocalSet::new().block_on(&runtime, async {
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render()
            .await
    })
}

/// Where a file the build fills (`index.html`, the demo article) asks for
/// a message of the catalogue: `@@name@@`, or `@@lang@@` for the
/// language's tag.
const SLOT_MARK: &str = "@@";

/// A file with each `@@name@@` replaced by that message, escaped for HTML
/// text and attributes. A message the catalogue lacks fails the build,
/// naming it; so does a slot left open.
pub fn fill_words(html: &str) -> Result<String, String> {
    fill_words_with(html, &|_| None)
}

/// [`fill_words`], with a page's own words for some slots (`own`; the
/// catalogue's for the rest).
pub fn fill_words_with(html: &str, own: &dyn Fn(&str) -> Option<String>) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(SLOT_MARK) {
        out.push_str(&rest[..at]);
        let after = &rest[at + SLOT_MARK.len()..];
        let end = after
            .find(SLOT_MARK)
            .ok_or_else(|| format!("a slot {SLOT_MARK}… left open"))?;
        let name = &after[..end];
        let words = match (name, own(name)) {
            ("lang", _) => crate::app::catalogue::lang().to_string(),
            (_, Some(words)) => words,
            _ => crate::app::text::text(name, &[]),
        };
        // trunk's minifier drops the quotes around an attribute value that
        // needs none (`content=@@name@@`): the words then need them back.
        if out.ends_with('=') {
            out.push('"');
            out.push_str(&escape(&words));
            out.push('"');
        } else {
            out.push_str(&escape(&words));
        }
        rest = &after[end + SLOT_MARK.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Text escaped for HTML text and double-quoted attributes (and SVG's).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// `index.html` with its words filled in (`fill_words`), the built page in its slot, the rules version on
/// `<html>` (`contract.md`: `data-rules-version`), and, before the first
/// paint, the head script and rules that show the address's step, embed
/// mode and theme (`scripts/postbuild.mjs` allows both by their hashes).
pub fn assemble(index: &str, page: &str) -> Result<String, String> {
    let slot = SLOTS
        .iter()
        .find(|slot| index.contains(*slot))
        .ok_or_else(|| format!("index.html lacks {}", SLOTS[0]))?;
    if !index.contains("</head>") {
        return Err("index.html lacks </head>".into());
    }
    let index = fill_words(index)?;
    Ok(index
        .replacen(
            "<html",
            &format!("<html data-rules-version=\"{RULES_VERSION}\""),
            1,
        )
        .replacen(
            "</head>",
            &format!(
                "<style>{}</style><script>{}</script></head>",
                first_paint::rules(),
                first_paint::script()
            ),
            1,
        )
        .replacen(slot, page, 1))
}

#[cfg(test)]
mod tests {
    use super::fill_words;

    #[test]
    fn a_slot_is_filled_escaped_and_quoted_where_the_minifier_left_no_quotes() {
        let html = "<title>@@card-kicker@@</title><meta content=@@card-kicker@@ name=x><meta content=\"@@card-kicker@@\">";
        assert_eq!(
            fill_words(html).unwrap(),
            "<title>Interactive explainer</title><meta content=\"Interactive explainer\" name=x><meta content=\"Interactive explainer\">"
        );
        assert!(fill_words("<p>@@card-kicker</p>").is_err());
    }
}
