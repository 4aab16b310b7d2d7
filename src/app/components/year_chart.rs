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

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::verdict::version_name;
use crate::app::text::{self, text};
use crate::content::events::{events, Kind};
use crate::terms::years::{all_years, deciding_years, Mark, YEAR_COUNT};
use crate::terms::{Choice, Terms, Topic, Verdict, Years, FIRST_YEAR};

/// The layout, in SVG units: the band labels' column, one column per year,
/// a topic's label line, a band, the gap after a topic, and the axis.
const LABEL_W: u32 = 108;
const CELL_W: u32 = 24;
const CELL_H: u32 = 20;
const TOPIC_H: u32 = 18;
const GAP: u32 = 8;
const AXIS_H: u32 = 40;
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

/// A verdict in words, with its clauses; "not asked" where there is none.
fn verdict_words(mark: Option<&Mark>) -> String {
    match mark {
        Some(m) => text(
            "year-chart-verdict",
            &[
                ("verdict", &text::label(m.verdict)),
                ("cites", &m.cites.join(" ")),
            ],
        ),
        None => text("not-asked", &[]),
    }
}

#[derive(Properties, PartialEq)]
pub struct YearChartProps {
    pub years: Rc<Years>,
    /// The scenario's own year, marked.
    pub year: u16,
    /// Makes its IDs unique on the page.
    pub id: AttrValue,
}

/// The chart, its legend, the line that names the cell in view, and the
/// table for screen readers. The cells are redrawn only when the answers
/// change (typing an amount or moving the year redraws none of them).
#[component]
pub fn YearChart(props: &YearChartProps) -> Html {
    let years = &props.years;
    let rows = years.topics.len() as u32;
    let bands = years.versions.len() as u32;
    let height = AXIS_H + rows * (TOPIC_H + bands * CELL_H + GAP);
    let caption = format!("{}-caption", props.id);
    let last = FIRST_YEAR + YEAR_COUNT as u16 - 1;
    html! {
        <figure class="year-chart" data-year-chart="" aria-labelledby={caption.clone()}>
            <figcaption id={caption}>
                <strong>{ text("year-chart-title", &[("first", &FIRST_YEAR.to_string()), ("last", &last.to_string())]) }</strong>{ " " }
                { text("year-chart-intro", &[("terms", &version_name(years.versions[0]))]) }
            </figcaption>
            <ul class="yc-legend">
                { for [Some(Verdict::Yes), Some(Verdict::No), Some(Verdict::NotAddressed), None].into_iter().map(|v| {
                    let mark = v.map(|verdict| Mark { verdict, cites: Vec::new() });
                    let (class, d) = shape(mark.as_ref());
                    html! {
                        <li><svg class={classes!("yc-key", class)} viewBox="-8 -8 16 16" aria-hidden="true"><path d={d} /></svg>
                            { v.map_or_else(|| text("not-asked", &[]), text::label) }</li>
                    }
                }) }
            </ul>
            <div class="yc-scroll">
                <svg class="yc-svg" viewBox={format!("0 0 {WIDTH} {height}")} width={WIDTH.to_string()} height={height.to_string()}
                    role="group" aria-label={text("year-chart-cells", &[])}>
                    <rect class="yc-now" x={column(props.year).to_string()} y="14" width={CELL_W.to_string()} height={(height - 14).to_string()} />
                    { marks(years, height) }
                    <Cells years={years.clone()} />
                </svg>
            </div>
            <p class="yc-detail" aria-hidden="true"><output class="yc-out"></output><span class="yc-prompt">{ text("year-chart-prompt", &[]) }</span></p>
            { runs_table(years) }
        </figure>
    }
}

/// The axis, the years where answers turn, the verification year and the
/// timeline's events in range, all hidden from screen readers (the
/// caption, the cells and the table say it in words).
fn marks(years: &Years, height: u32) -> Html {
    let bottom = height.to_string();
    let line = |class: &'static str, x: u32, top: &'static str, label: String| {
        let x = x.to_string();
        html! {
            <g class={class}>
                <line x1={x.clone()} x2={x.clone()} y1={top} y2={bottom.clone()} />
                <text x={x} y={top}>{ label }</text>
            </g>
        }
    };
    html! {
        <g class="yc-marks" aria-hidden="true">
            { for all_years().map(|y| html! {
                <text class="yc-year" x={(column(y) + CELL_W / 2).to_string()} y="36">{ format!("\u{2019}{:02}", y % 100) }</text>
            }) }
            { for deciding_years().into_iter().map(|(y, clauses)| {
                line("yc-deciding", column(y) + CELL_W, "10", clauses.join(" "))
            }) }
            { for years.verified_in.map(|y| line("yc-agi", column(y), "22", text("year-chart-agi", &[]))) }
            { for events().iter().filter(|e| e.on_timeline && !matches!(e.kind, Kind::Ends(_)) && all_years().any(|y| y == e.year())).map(|e| html! {
                <path class="yc-event" d={format!("M{} 0l3 5h-6z", column(e.year()) + CELL_W / 2)}>
                    <title>{ e.message().map(|m| text(&m, &[])).unwrap_or_default() }</title>
                </path>
            }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct CellsProps {
    years: Rc<Years>,
}

/// Every cell, topic by topic, a band per version, a column per year: one
/// tab stop (the first cell; the arrow keys move on, `page::year_chart`).
#[component]
fn Cells(props: &CellsProps) -> Html {
    let years = &props.years;
    let band_h = years.versions.len() as u32 * CELL_H;
    html! {
        { for years.topics.iter().enumerate().map(|(t, &topic)| {
            let top = AXIS_H + t as u32 * (TOPIC_H + band_h + GAP);
            html! {
                <g class="yc-topic">
                    <text class="yc-label" x="0" y={(top + 13).to_string()} aria-hidden="true">{ text::label(topic) }</text>
                    { for years.versions.iter().enumerate().map(|(v, &terms)| {
                        band(years, topic, terms, top + TOPIC_H + v as u32 * CELL_H, t == 0 && v == 0)
                    }) }
                </g>
            }
        }) }
    }
}

/// One topic under one version, year by year.
fn band(years: &Years, topic: Topic, terms: Terms, top: u32, first: bool) -> Html {
    let date = terms.info().date;
    let question = text::question(topic, terms);
    let version = text::dated_phrase(terms);
    let superseded = terms.superseded_by().is_some();
    let middle = top + CELL_H / 2;
    html! {
        <g class={classes!("yc-band", superseded.then_some("yc-superseded"))}>
            <text class="yc-tag" x="8" y={(middle + 4).to_string()} aria-hidden="true">{ text::date(date) }</text>
            { for all_years().map(|y| {
                let mark = years.mark(topic, terms, y);
                let (class, d) = shape(mark);
                let name = text("year-chart-cell", &[
                    ("year", &y.to_string()),
                    ("question", &question),
                    ("terms", &version),
                    ("verdict", &verdict_words(mark)),
                ]);
                html! {
                    <g class={classes!("yc-cell", class)} role="img" tabindex={if first && y == FIRST_YEAR { "0" } else { "-1" }}
                        transform={format!("translate({} {middle})", column(y) + CELL_W / 2)}
                        data-year={y.to_string()} data-topic={topic.slug()} data-version={date}
                        data-verdict={mark.map_or("none", |m| m.verdict.slug())}>
                        <title>{ name }</title>
                        <path d={d} />
                    </g>
                }
            }) }
        </g>
    }
}

/// The same answers for screen readers, run by run: for each topic and
/// version, each span of years with one answer.
fn runs_table(years: &Years) -> Html {
    let run = |(from, to, mark): (u16, u16, Option<&Mark>)| {
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
    };
    html! {
        <table class="visually-hidden">
            <caption>{ text("year-chart-table", &[]) }</caption>
            <thead>
                <tr>
                    <th scope="col">{ text("compare-topic", &[]) }</th>
                    { for years.versions.iter().map(|&v| html! { <th scope="col">{ version_name(v) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for years.topics.iter().map(|&topic| html! {
                    <tr>
                        <th scope="row">{ text::label(topic) }</th>
                        { for years.versions.iter().map(|&terms| html! {
                            <td>{ years.runs(topic, terms).into_iter().map(run).collect::<Vec<_>>().join(" ") }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
