//! The chart of verdicts by year: for one scenario, each topic's verdict
//! in each year from 2026 to 2040, one band per version of the terms (the
//! scenario's own first), drawn as SVG from `terms::years`. Verdicts differ
//! by shape as well as colour (circle yes, square no, diamond not
//! addressed, a dash where the topic is not asked), and each cell is named
//! in words: its year, question, version, verdict and clauses. The years
//! where answers turn (`terms::deadlines`), the year AGI is verified in
//! and the timeline's dated events are marked. A table of the same, run by
//! run, is there for screen readers. The page's listeners
//! (`page::year_chart`) move between cells with the arrow keys and show
//! the cell under the pointer, finger or focus in words.
//!
//! The chart is drawn once, as a tree of plain [`Node`]s ([`chart`]), and
//! rendered by the build into the comparison step, through Yew's server
//! renderer ([`built`]). The builder's chart is a copy of that one
//! ([`attach`]) which the island changes where the reader's answers differ
//! ([`fill`]): every chart has the same rows, so only words and markers
//! change, never the layout, and the layout is written once. (Drawing
//! hundreds of cells through `html!` in the wasm cost about 10 KB
//! compressed, and a redraw of them all on every input.)

use crate::app::components::verdict::version_name;
use crate::app::text::{self, text};
#[cfg(feature = "ssr")]
use crate::content::events::{events, Kind};
use crate::terms::years::Mark;
#[cfg(feature = "ssr")]
use crate::terms::years::{all_years, deciding_years, YEAR_COUNT};
use crate::terms::{Choice, Terms, Topic, Verdict, Years, FIRST_YEAR};

/// The layout, in SVG units: the band labels' column, one column per year,
/// a topic's label line, a band, the gap after a topic, and the axis.
const LABEL_W: u32 = 108;
const CELL_W: u32 = 24;
#[cfg(feature = "ssr")]
const CELL_H: u32 = 20;
#[cfg(feature = "ssr")]
const TOPIC_H: u32 = 18;
#[cfg(feature = "ssr")]
const GAP: u32 = 8;
#[cfg(feature = "ssr")]
const AXIS_H: u32 = 40;
#[cfg(feature = "ssr")]
const WIDTH: u32 = LABEL_W + CELL_W * YEAR_COUNT as u32 + 4;

/// Each verdict's shape, centred on 0,0 (and a dash for "not asked").
fn shape(mark: Option<&Mark>) -> (&'static str, &'static str) {
    match mark.map(|m| m.verdict) {
        Some(Verdict::Yes) => ("v-yes", "M0-6a6 6 0 1 0 0 12a6 6 0 1 0 0-12z"),
        Some(Verdict::No) => ("v-no", "M-5.5-5.5h11v11h-11z"),
        Some(Verdict::NotAddressed) => ("v-not-addressed", "M0-7l7 7-7 7-7-7z"),
        None => ("v-none", "M-5-1h10v2h-10z"),
    }
}

/// Where a year's column starts.
fn column(year: u16) -> u32 {
    LABEL_W + u32::from(year.saturating_sub(FIRST_YEAR)) * CELL_W
}

/// Where the verification year's label sits: after its line, or before it
/// in the chart's last years (the label is about six columns wide), so it
/// is never cut off.
fn agi_anchor(year: Option<u16>) -> &'static str {
    match year {
        Some(y) if y + 6 > crate::terms::LAST_YEAR => "end",
        _ => "start",
    }
}

/// A verdict in words, with its clauses; "not asked" where there is none.
fn verdict_words(mark: Option<&Mark>) -> String {
    match mark {
        Some(m) => text(
            "year-chart-verdict",
            &[
                ("verdict", &text::label(m.verdict)),
                ("cites", &m.cites.join(", ")),
            ],
        ),
        None => text("not-asked", &[]),
    }
}

#[cfg(feature = "ssr")]
/// One element of the chart: its tag, attributes, words and children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub text: String,
    pub children: Vec<Node>,
}

#[cfg(feature = "ssr")]
/// An element with attributes and children.
fn el(tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Node>) -> Node {
    Node {
        tag,
        attrs,
        text: String::new(),
        children,
    }
}

#[cfg(feature = "ssr")]
/// An element holding only words.
fn words(tag: &'static str, attrs: Vec<(&'static str, String)>, text: String) -> Node {
    Node {
        tag,
        attrs,
        text,
        children: Vec::new(),
    }
}

#[cfg(feature = "ssr")]
/// An attribute.
fn at(name: &'static str, value: impl ToString) -> (&'static str, String) {
    (name, value.to_string())
}

#[cfg(feature = "ssr")]
/// The whole chart for these answers, the scenario's `year` marked; `id`
/// makes its IDs unique on the page.
pub fn chart(years: &Years, year: u16, id: &str) -> Node {
    let rows = Topic::ALL.len() as u32;
    let bands = years.versions.len() as u32;
    let height = AXIS_H + rows * (TOPIC_H + bands * CELL_H + GAP);
    let caption = format!("{id}-caption");
    let last = FIRST_YEAR + YEAR_COUNT as u16 - 1;
    let legend = [
        Some(Verdict::Yes),
        Some(Verdict::No),
        Some(Verdict::NotAddressed),
        None,
    ]
    .into_iter()
    .map(|v| {
        let mark = v.map(|verdict| Mark {
            verdict,
            cites: Vec::new(),
        });
        let (class, d) = shape(mark.as_ref());
        let key = el(
            "svg",
            vec![
                at("class", format!("yc-key {class}")),
                at("viewBox", "-8 -8 16 16"),
                at("aria-hidden", "true"),
            ],
            vec![el("path", vec![at("d", d)], Vec::new())],
        );
        let label = words(
            "span",
            Vec::new(),
            v.map_or_else(|| text("not-asked", &[]), text::label),
        );
        el("li", Vec::new(), vec![key, label])
    })
    .collect();
    let mut svg = vec![el(
        "rect",
        vec![
            at("class", "yc-now"),
            at("x", column(year)),
            at("y", 14),
            at("width", CELL_W),
            at("height", height - 14),
        ],
        Vec::new(),
    )];
    svg.push(marks(years, height));
    let band_h = bands * CELL_H;
    for (t, &topic) in Topic::ALL.iter().enumerate() {
        let top = AXIS_H + t as u32 * (TOPIC_H + band_h + GAP);
        let mut group = vec![label("yc-label", 0, top + 13, text::label(topic))];
        for (v, &terms) in years.versions.iter().enumerate() {
            let first = t == 0 && v == 0;
            group.push(band(
                years,
                topic,
                terms,
                top + TOPIC_H + v as u32 * CELL_H,
                first,
            ));
        }
        svg.push(el("g", vec![at("class", "yc-topic")], group));
    }
    let title = words(
        "strong",
        Vec::new(),
        text(
            "year-chart-title",
            &[
                ("first", &FIRST_YEAR.to_string()),
                ("last", &last.to_string()),
            ],
        ),
    );
    let intro = words(
        "span",
        Vec::new(),
        format!(
            " {}",
            text(
                "year-chart-intro",
                &[("terms", &version_name(years.versions[0]))]
            )
        ),
    );
    el(
        "figure",
        vec![
            at("class", "year-chart"),
            at("data-year-chart", ""),
            at("aria-labelledby", &caption),
        ],
        vec![
            el("figcaption", vec![at("id", caption)], vec![title, intro]),
            el("ul", vec![at("class", "yc-legend")], legend),
            el(
                "div",
                vec![at("class", "yc-scroll")],
                vec![el(
                    "svg",
                    vec![
                        at("class", "yc-svg"),
                        at("viewBox", format!("0 0 {WIDTH} {height}")),
                        at("width", WIDTH),
                        at("height", height),
                        at("role", "group"),
                        at("aria-label", text("year-chart-cells", &[])),
                    ],
                    svg,
                )],
            ),
            el(
                "p",
                vec![at("class", "yc-detail"), at("aria-hidden", "true")],
                vec![
                    el("output", vec![at("class", "yc-out")], Vec::new()),
                    words(
                        "span",
                        vec![at("class", "yc-prompt")],
                        text("year-chart-prompt", &[]),
                    ),
                ],
            ),
            runs_table(years),
        ],
    )
}

#[cfg(feature = "ssr")]
/// The axis, the years where answers turn, the verification year and the
/// timeline's events in range, all hidden from screen readers (the
/// caption, the cells and the table say it in words).
fn marks(years: &Years, height: u32) -> Node {
    let line = |class: &'static str, x: u32, top: u32, label: String| {
        el(
            "g",
            vec![at("class", class)],
            vec![
                el(
                    "line",
                    vec![at("x1", x), at("x2", x), at("y1", top), at("y2", height)],
                    Vec::new(),
                ),
                words("text", vec![at("x", x), at("y", top)], label),
            ],
        )
    };
    let mut out: Vec<Node> = all_years()
        .map(|y| {
            words(
                "text",
                vec![
                    at("class", "yc-year"),
                    at("x", column(y) + CELL_W / 2),
                    at("y", 36),
                ],
                format!("\u{2019}{:02}", y % 100),
            )
        })
        .collect();
    for (y, clauses) in deciding_years() {
        out.push(line(
            "yc-deciding",
            column(y) + CELL_W,
            10,
            clauses.join(" "),
        ));
    }
    // Always there, hidden where AGI is not verified, so the browser can
    // move it (`fill`).
    let mut agi = line(
        "yc-agi",
        column(years.verified_in.unwrap_or(FIRST_YEAR)),
        22,
        text("year-chart-agi", &[]),
    );
    if years.verified_in.is_none() {
        agi.attrs.push(at("display", "none"));
    }
    if let Some(label) = agi.children.last_mut() {
        label
            .attrs
            .push(at("text-anchor", agi_anchor(years.verified_in)));
    }
    out.push(agi);
    // One mark per year for the timeline's events in it, each named with
    // its date.
    for y in all_years() {
        let named: Vec<String> = events()
            .iter()
            .filter(|e| e.on_timeline && e.year() == y && !matches!(e.kind, Kind::Ends(_)))
            .map(|e| {
                let what = e.message().map(|m| text(&m, &[])).unwrap_or_default();
                format!("{}: {what}", text::event_date(e))
            })
            .collect();
        if !named.is_empty() {
            out.push(el(
                "path",
                vec![
                    at("class", "yc-event"),
                    at("d", format!("M{} 0l3 5h-6z", column(y) + CELL_W / 2)),
                ],
                vec![words("title", Vec::new(), named.join("\n"))],
            ));
        }
    }
    el(
        "g",
        vec![at("class", "yc-marks"), at("aria-hidden", "true")],
        out,
    )
}

/// A band's class: superseded versions' bands are styled apart.
fn band_class(terms: Terms) -> &'static str {
    if terms.superseded_by().is_some() {
        "yc-band yc-superseded"
    } else {
        "yc-band"
    }
}

/// A label in the chart that screen readers skip (the cells and the table
/// name the same in words).
#[cfg(feature = "ssr")]
fn label(class: &'static str, x: u32, y: u32, said: String) -> Node {
    words(
        "text",
        vec![
            at("class", class),
            at("x", x),
            at("y", y),
            at("aria-hidden", "true"),
        ],
        said,
    )
}

/// A cell's name: its year, question, version, verdict and clauses.
fn cell_name(year: u16, question: &str, version: &str, mark: Option<&Mark>) -> String {
    text(
        "year-chart-cell",
        &[
            ("year", &year.to_string()),
            ("question", question),
            ("terms", version),
            ("verdict", &verdict_words(mark)),
        ],
    )
}

/// One topic under one version in words, run by run.
fn runs_words(years: &Years, topic: Topic, terms: Terms) -> String {
    let runs: Vec<String> = years
        .runs(topic, terms)
        .into_iter()
        .map(|(from, to, mark)| {
            let span = if from == to {
                from.to_string()
            } else {
                text(
                    "year-chart-span",
                    &[("from", &from.to_string()), ("to", &to.to_string())],
                )
            };
            text(
                "year-chart-run",
                &[("years", &span), ("verdict", &verdict_words(mark))],
            )
        })
        .collect();
    runs.join(" ")
}

#[cfg(feature = "ssr")]
/// One topic under one version, year by year: the first cell of the
/// first band is the chart's one tab stop (the arrow keys move on,
/// `page::year_chart`).
fn band(years: &Years, topic: Topic, terms: Terms, top: u32, first: bool) -> Node {
    let date = terms.info().date;
    let question = text::question(topic, terms);
    let version = text::dated_phrase(terms);
    let middle = top + CELL_H / 2;
    let mut cells = vec![label("yc-tag", 8, middle + 4, text::date(date))];
    for y in all_years() {
        let mark = years.mark(topic, terms, y);
        let (class, d) = shape(mark);
        let name = cell_name(y, &question, &version, mark);
        let tab = if first && y == FIRST_YEAR { "0" } else { "-1" };
        cells.push(el(
            "g",
            vec![
                at("class", format!("yc-cell {class}")),
                at("role", "img"),
                at("tabindex", tab),
                at(
                    "transform",
                    format!("translate({} {middle})", column(y) + CELL_W / 2),
                ),
                at("data-year", y),
                at("data-topic", topic.slug()),
                at("data-version", date),
                at("data-verdict", mark.map_or("none", |m| m.verdict.slug())),
            ],
            vec![
                words("title", Vec::new(), name),
                el("path", vec![at("d", d)], Vec::new()),
            ],
        ));
    }
    let class = band_class(terms);
    el("g", vec![at("class", class)], cells)
}

#[cfg(feature = "ssr")]
/// The same answers for screen readers, run by run: for each topic and
/// version, each span of years with one answer. (Clipped by a block
/// around it: a table ignores the width that hides it.)
fn runs_table(years: &Years) -> Node {
    let col = || vec![at("scope", "col")];
    let mut head = vec![words("th", col(), text("compare-topic", &[]))];
    head.extend(
        years
            .versions
            .iter()
            .map(|&v| words("th", col(), version_name(v))),
    );
    let rows = Topic::ALL
        .iter()
        .map(|&topic| {
            let mut row = vec![words("th", vec![at("scope", "row")], text::label(topic))];
            for &terms in &years.versions {
                row.push(words("td", Vec::new(), runs_words(years, topic, terms)));
            }
            el("tr", Vec::new(), row)
        })
        .collect();
    el(
        "div",
        vec![at("class", "visually-hidden")],
        vec![el(
            "table",
            Vec::new(),
            vec![
                words("caption", Vec::new(), text("year-chart-table", &[])),
                el("thead", Vec::new(), vec![el("tr", Vec::new(), head)]),
                el("tbody", Vec::new(), rows),
            ],
        )],
    )
}

/// The chart as the build writes it (the comparison step's), through
/// Yew's server renderer like every other built word.
#[cfg(feature = "ssr")]
pub fn built(node: &Node) -> yew::Html {
    let mut tag = yew::virtual_dom::VTag::new(node.tag);
    for (name, value) in &node.attrs {
        tag.add_attribute(name, value.clone());
    }
    if !node.text.is_empty() {
        tag.add_child(yew::Html::from(node.text.clone()));
    }
    tag.add_children(node.children.iter().map(built));
    tag.into()
}

/// The builder's chart: a copy of the built one (the comparison step's,
/// `template`) under `host`, filled with these answers. Every scenario's
/// chart has the same rows (a topic never asked shows "not asked" in every
/// year), so only words and markers change, never the layout.
#[cfg(target_arch = "wasm32")]
pub fn attach(host: &web_sys::Element, template: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let copy = template
        .clone_node_with_deep(true)
        .ok()
        .and_then(|n| n.dyn_into::<web_sys::Element>().ok());
    if let Some(copy) = copy {
        let caption = "yc-builder-caption";
        let _ = copy.set_attribute("aria-labelledby", caption);
        if let Ok(Some(c)) = copy.query_selector("figcaption") {
            c.set_id(caption);
        }
        host.set_text_content(None);
        let _ = host.append_child(&copy);
    }
}

/// The scenario the built chart (the comparison step's) answers: the one
/// the builder's copy starts from.
pub fn built_for() -> crate::terms::Scenario {
    crate::terms::Scenario::DEFAULT
}

/// Changes a drawn chart from the answers `before` (what it shows) to
/// `after`: only what differs, so a change that moves a few answers
/// touches a few cells. A band whose version changed (the reader chose
/// another version, which comes first) is rewritten whole: its label, and
/// each cell's version, verdict, shape and name; elsewhere a cell is
/// rewritten only where its answer changed. A chart whose rows are not
/// every topic under every version (a page from another build) is left as
/// it is, and the console says so.
#[cfg(target_arch = "wasm32")]
pub fn fill(chart: &web_sys::Element, before: &Years, after: &Years) {
    use crate::app::dom::each;
    use crate::app::markers::select;
    let set = |el: &web_sys::Element, name: &str, value: &str| {
        let _ = el.set_attribute(name, value);
    };
    let versions = &after.versions;
    let rows = Topic::ALL.len() * versions.len();
    let count = |selector: &str| {
        chart
            .query_selector_all(selector)
            .map_or(0, |l| l.length() as usize)
    };
    if count(".yc-band") != rows
        || count("tbody td") != rows
        || versions.len() != before.versions.len()
    {
        web_sys::console::error_1(
            &"explainer: the chart by year has other rows than this build draws".into(),
        );
        return;
    }
    // Each band: its topic and version, and whether it changed at all.
    let bands: Vec<(Topic, Terms, bool, bool)> = (0..rows)
        .map(|i| {
            let (topic, v) = (Topic::ALL[i / versions.len()], i % versions.len());
            let (old, new) = (before.versions[v], versions[v]);
            let moved = (FIRST_YEAR..=crate::terms::LAST_YEAR)
                .any(|y| before.mark(topic, old, y) != after.mark(topic, new, y));
            (topic, new, old != new, moved || old != new)
        })
        .collect();
    let mut i = 0;
    each(Some(chart), ".yc-band", |band| {
        let (topic, terms, whole, changed) = bands[i];
        let old = before.versions[i % versions.len()];
        i += 1;
        if !changed {
            return;
        }
        let date = terms.info().date;
        if whole {
            set(&band, "class", band_class(terms));
            if let Ok(Some(tag)) = band.query_selector(".yc-tag") {
                tag.set_text_content(Some(&text::date(date)));
            }
        }
        let (question, version) = (text::question(topic, terms), text::dated_phrase(terms));
        let mut y = FIRST_YEAR;
        each(Some(&band), select::YEAR_CELL, |cell| {
            let mark = after.mark(topic, terms, y);
            if whole || mark != before.mark(topic, old, y) {
                let (class, d) = shape(mark);
                set(&cell, "class", &format!("yc-cell {class}"));
                set(&cell, "data-version", date);
                set(
                    &cell,
                    "data-verdict",
                    mark.map_or("none", |m| m.verdict.slug()),
                );
                if let Some(title) = cell.first_element_child() {
                    title.set_text_content(Some(&cell_name(y, &question, &version, mark)));
                    if let Some(path) = title.next_element_sibling() {
                        set(&path, "d", d);
                    }
                }
            }
            y += 1;
        });
    });
    let mut td = 0;
    each(Some(chart), "tbody td", |cell| {
        let (topic, terms, _, changed) = bands[td];
        td += 1;
        if changed {
            cell.set_text_content(Some(&runs_words(after, topic, terms)));
        }
    });
    if before.versions != after.versions {
        let mut th = 0;
        each(Some(chart), "thead th + th", |h| {
            h.set_text_content(versions.get(th).map(|&v| version_name(v)).as_deref());
            th += 1;
        });
        if let Ok(Some(intro)) = chart.query_selector("figcaption span") {
            let intro_words = text("year-chart-intro", &[("terms", &version_name(versions[0]))]);
            intro.set_text_content(Some(&format!(" {intro_words}")));
        }
    }
    if before.verified_in != after.verified_in {
        if let Ok(Some(agi)) = chart.query_selector(".yc-agi") {
            match after.verified_in {
                Some(y) => {
                    let x = column(y).to_string();
                    let _ = agi.remove_attribute("display");
                    each(Some(&agi), "*", |el| {
                        let (a, b) = if el.tag_name() == "line" {
                            ("x1", "x2")
                        } else {
                            ("x", "x")
                        };
                        set(&el, a, &x);
                        set(&el, b, &x);
                        if a == "x" {
                            set(&el, "text-anchor", agi_anchor(Some(y)));
                        }
                    });
                }
                None => set(&agi, "display", "none"),
            }
        }
    }
    // The line that names a cell may name an answer that changed.
    if bands.iter().any(|b| b.3) {
        if let Ok(Some(out)) = chart.query_selector(select::YEAR_OUT) {
            out.set_text_content(None);
        }
    }
}

/// Moves the mark of the scenario's year in a drawn chart.
#[cfg(target_arch = "wasm32")]
pub fn mark_year(chart: &web_sys::Element, year: u16) {
    if let Ok(Some(rect)) = chart.query_selector(".yc-now") {
        let _ = rect.set_attribute("x", &column(year).to_string());
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::terms::{years, Field, Scenario, PRESETS};

    /// Every cell of the drawn chart, as (year, topic, version, verdict).
    fn cells(node: &Node, out: &mut Vec<(String, String, String, String)>) {
        let attr = |name: &str| {
            node.attrs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        };
        if let Some(year) = attr("data-year") {
            out.push((
                year,
                attr("data-topic").unwrap_or_default(),
                attr("data-version").unwrap_or_default(),
                attr("data-verdict").unwrap_or_default(),
            ));
        }
        for child in &node.children {
            cells(child, out);
        }
    }

    /// The chart's cells are the engine's answers, year by year and version
    /// by version, for the examples and each with AGI verified in 2029;
    /// every chart has the same rows, so the builder only refills a copy.
    #[test]
    fn each_cell_is_the_engines_answer_and_every_chart_has_the_same_cells() {
        let mut scenarios: Vec<Scenario> = PRESETS.iter().map(|p| p.scenario).collect();
        scenarios.push(Scenario::DEFAULT);
        for mut s in scenarios.clone() {
            s.set(Field::Agi, "yes").unwrap();
            s.set(Field::AgiYear, "2029").unwrap();
            scenarios.push(s);
        }
        let count = |s: &Scenario| {
            let mut out = Vec::new();
            cells(&chart(&years(s), s.year, "t"), &mut out);
            out
        };
        let first = count(&Scenario::DEFAULT).len();
        for s in &scenarios {
            let answers = years(s);
            let drawn = count(s);
            assert_eq!(drawn.len(), first, "the same cells for every scenario");
            for (year, topic, version, verdict) in drawn {
                let topic = Topic::from_slug(&topic).unwrap();
                let terms = Terms::from_slug(&version).unwrap();
                let want = answers
                    .mark(topic, terms, year.parse().unwrap())
                    .map_or("none", |m| m.verdict.slug());
                assert_eq!(verdict, want, "{year} {} {version}: {s:?}", topic.slug());
            }
        }
    }
}
