//! Every chart of verdicts by year on the page, built or drawn by the
//! builder, from one set of listeners on the document: the arrow keys move
//! between cells (one tab stop per chart, as in a grid: left and right by
//! year, up and down by band, Home and End to a band's ends), and the cell
//! under the pointer, a finger or the focus is named in words below the
//! chart.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, SvgElement};

use crate::app::dom::closest;
use crate::app::markers::select;
use crate::terms::years::YEAR_COUNT;

/// Names `cell` in the line below its chart.
fn show(cell: &Element) {
    let chart = cell.closest(select::YEAR_CHART).ok().flatten();
    let out = chart.and_then(|c| c.query_selector(select::YEAR_OUT).ok().flatten());
    if let Some(out) = out {
        let name = cell
            .first_element_child()
            .and_then(|title| title.text_content())
            .unwrap_or_default();
        out.set_text_content(Some(&name));
    }
}

fn on_show(e: &Event) {
    if let Some(cell) = closest(e, select::YEAR_CELL) {
        show(&cell);
    }
}

/// Where an arrow key moves from cell `at` of a chart's `count` cells,
/// laid out a band per row and a year per column.
fn target(key: &str, at: usize, count: usize) -> Option<usize> {
    let (row, col) = (at / YEAR_COUNT, at % YEAR_COUNT);
    let next = match key {
        "ArrowRight" if col + 1 < YEAR_COUNT => at + 1,
        "ArrowLeft" if col > 0 => at - 1,
        "ArrowDown" => at + YEAR_COUNT,
        "ArrowUp" => at.checked_sub(YEAR_COUNT)?,
        "Home" => row * YEAR_COUNT,
        "End" => row * YEAR_COUNT + YEAR_COUNT - 1,
        _ => return None,
    };
    (next < count).then_some(next)
}

fn on_key(e: &Event) {
    let (Some(key), Some(cell)) = (e.dyn_ref::<KeyboardEvent>(), closest(e, select::YEAR_CELL))
    else {
        return;
    };
    // With a modifier the key is the browser's (Alt+Left: back).
    if key.alt_key() || key.ctrl_key() || key.meta_key() || key.shift_key() {
        return;
    }
    let Some(chart) = cell.closest(select::YEAR_CHART).ok().flatten() else {
        return;
    };
    let Ok(cells) = chart.query_selector_all(select::YEAR_CELL) else {
        return;
    };
    let count = cells.length() as usize;
    let at = (0..cells.length()).position(|i| {
        cells
            .item(i)
            .is_some_and(|n| n.is_same_node(Some(cell.as_ref())))
    });
    let next = at
        .and_then(|at| target(&key.key(), at, count))
        .and_then(|i| cells.item(i as u32))
        .and_then(|n| n.dyn_into::<SvgElement>().ok());
    if let Some(next) = next {
        e.prevent_default();
        let _ = cell.set_attribute("tabindex", "-1");
        let _ = next.set_attribute("tabindex", "0");
        let _ = next.focus();
    }
}

/// Starts the listeners, for good.
pub fn start() {
    let document = gloo::utils::document();
    [
        // It moves focus in place of scrolling the page.
        EventListener::new_with_options(
            &document,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            on_key,
        ),
        EventListener::new(&document, "focusin", on_show),
        EventListener::new(&document, "pointerover", on_show),
        EventListener::new(&document, "click", on_show),
    ]
    .into_iter()
    .for_each(EventListener::forget);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_by_year_within_a_band_and_by_band_within_the_chart() {
        let count = YEAR_COUNT * 3;
        assert_eq!(target("ArrowRight", 0, count), Some(1));
        assert_eq!(
            target("ArrowRight", YEAR_COUNT - 1, count),
            None,
            "a band's last year"
        );
        assert_eq!(
            target("ArrowLeft", YEAR_COUNT, count),
            None,
            "a band's first year"
        );
        assert_eq!(target("ArrowDown", 2, count), Some(YEAR_COUNT + 2));
        assert_eq!(
            target("ArrowDown", 2 * YEAR_COUNT + 2, count),
            None,
            "the last band"
        );
        assert_eq!(target("ArrowUp", 2, count), None, "the first band");
        assert_eq!(
            target("End", YEAR_COUNT + 3, count),
            Some(2 * YEAR_COUNT - 1)
        );
        assert_eq!(target("Home", YEAR_COUNT + 3, count), Some(YEAR_COUNT));
        assert_eq!(target("a", 3, count), None);
    }
}
