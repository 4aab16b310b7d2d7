//! The markers `contract.md` promises on every element that holds one
//! topic's answers: `data-verdict-DATE` and `data-cites-DATE` for every
//! version, their names made once from the registry.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::terms::{Answer, Choice, Terms, VERSIONS};

/// `base`, then `data-verdict-DATE` and `data-cites-DATE` for every
/// version: every attribute name an element that holds one topic's answers
/// may carry, made once from the registry.
const fn marker_names<const B: usize, const N: usize>(
    base: [&'static str; B],
) -> [&'static str; N] {
    assert!(N == B + 2 * VERSIONS.len());
    let mut out = [""; N];
    let mut i = 0;
    while i < B {
        out[i] = base[i];
        i += 1;
    }
    let mut v = 0;
    while v < VERSIONS.len() {
        out[B + 2 * v] = VERSIONS[v].verdict_attr;
        out[B + 2 * v + 1] = VERSIONS[v].cites_attr;
        v += 1;
    }
    out
}

/// Every attribute an answer's `<article>` carries (`finding`).
pub const FINDING_MARKERS: [&str; 9 + 2 * VERSIONS.len()] = marker_names([
    "class",
    "id",
    "tabindex",
    "data-finding",
    "data-verdict",
    "data-cites",
    "data-rule",
    "data-other-verdict",
    "data-other-cites",
]);

/// Every attribute a decision-table cell carries.
pub const CELL_MARKERS: [&str; 3 + 2 * VERSIONS.len()] =
    marker_names(["data-cell", "data-verdict", "data-other-verdict"]);

/// Puts `data-verdict-DATE` and `data-cites-DATE` for every version on the
/// element `html!` built (`contract.md`; `none` and empty where a version
/// does not ask the topic). Attribute names made from data are beyond
/// `html!`, so the element's attributes are laid out again under `names`
/// (one static list, as `html!` itself writes them).
pub fn with_version_markers<'a>(
    mut html: Html,
    names: &'static [&'static str],
    answers: impl Iterator<Item = (Terms, Option<&'a Answer>)>,
) -> Html {
    let Html::VTag(tag) = &mut html else {
        return html;
    };
    let tag = Rc::get_mut(tag).expect("an element html! has just built is not shared");
    let Attributes::Dynamic { keys, mut values } = std::mem::take(&mut tag.attributes) else {
        unreachable!("html! writes an answer's dynamic attributes as a list of names");
    };
    let mut laid: Vec<Option<AttributeOrProperty>> = names
        .iter()
        .map(|name| {
            let at = keys.iter().position(|k| k == name)?;
            values[at].take()
        })
        .collect();
    debug_assert!(
        values.iter().all(Option::is_none),
        "an attribute missing from the element's names: {keys:?}"
    );
    let mut set = |name: &str, value: String| {
        if let Some(at) = names.iter().position(|n| *n == name) {
            laid[at] = Some(AttributeOrProperty::Attribute(value.into()));
        }
    };
    for (terms, answer) in answers {
        let info = terms.info();
        set(
            info.verdict_attr,
            answer.map_or("none", |a| a.verdict.slug()).into(),
        );
        set(
            info.cites_attr,
            answer.map(|a| a.cites.join(" ")).unwrap_or_default(),
        );
    }
    tag.attributes = Attributes::Dynamic {
        keys: names,
        values: laid.into_boxed_slice(),
    };
    html
}
