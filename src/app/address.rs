//! The address bar is the share link (`contract.md`), and the one thing the
//! islands share. It is read once, into an [`Address`]: the scenario with
//! its errors, the step and the view parameters. Each part changes its own
//! field (the builder the scenario, the navigation the step) and writes the
//! whole back with `replaceState`; every listener then receives the new
//! value ([`on_change`]), so no part parses `location` again.
//!
//! In a frame sandboxed without `allow-same-origin` (as WordPress writes
//! it), the document's origin is opaque and `replaceState` is refused: the
//! address is then kept here all the same, so the page behaves the same;
//! only the bar, which such a frame does not show, stays as it was.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Event;

use crate::app::embed_code::EmbedChoice;
use crate::app::markers::page;
use crate::app::view::ViewOptions;
use crate::content::steps;
use crate::terms::{link, Choice, Field, InputError, Scenario, Topic};

/// Fired on `window` after the address changes.
pub const ADDRESS_EVENT: &str = "explainer:address";

/// One parsed address. Writing it back keeps what the reader wrote: each
/// scenario field's own text while it reads the same (the builder writes
/// the fields it changed), and any parameter that is not ours (such as
/// `utm_source`).
#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub scenario: Scenario,
    /// What was wrong in the link's scenario, one message per field.
    pub errors: Vec<InputError>,
    /// The walkthrough step, as its position in reading order (1-based).
    pub step: usize,
    /// The step this page opens at without a `step=`: 1, or a step page's
    /// own.
    home_step: usize,
    /// Whether this page's own path means a scenario (an example's page).
    page_scenario: bool,
    pub view: ViewOptions,
    /// The scenario's parameters as the address spells them (`v` and each
    /// field): empty when it carries no scenario (a bare visit).
    scenario_params: Vec<(String, String)>,
    /// Every other parameter that is not ours, as given.
    foreign: Vec<(String, String)>,
}

/// Whether two scenarios hold the same value in one field (the AGI year as
/// it is held: none is not the scenario's year written out).
fn same(a: &Scenario, b: &Scenario, field: Field) -> bool {
    match field {
        Field::AgiYear => a.agi_year == b.agi_year,
        _ => a.get(field) == b.get(field),
    }
}

/// The parameters that are the view's or the step's, not the scenario's.
const VIEW_PARAMS: [&str; 4] = ["step", "embed", "theme", "bg"];

impl Address {
    /// Reads a query string (`?` in front is allowed). Never fails: what a
    /// link gets wrong is in `errors` (`link::parse`).
    pub fn parse(query: &str) -> Self {
        Address::parse_at(query, "")
    }

    /// Reads a query on a page whose path means `page_query` (a page the
    /// build wrote at a path of its own, `markers::page::QUERY`: a step, or
    /// an example's scenario; empty elsewhere): the address's own
    /// parameters win, the page's fill in the rest, and only the address's
    /// own are written back.
    pub fn parse_at(query: &str, page_query: &str) -> Self {
        let query = query.strip_prefix('?').unwrap_or(query);
        let parsed = link::parse_over(query, page_query);
        let mut scenario_params: Vec<(String, String)> = Vec::new();
        let mut foreign = Vec::new();
        for (name, value, cut) in link::pairs(query) {
            let ours = name == "v" || Field::from_slug(&name).is_some();
            if ours {
                // The first one counts, as the codec reads it; a value the
                // length limit cut off is not kept (its field has its default).
                if !cut && !scenario_params.iter().any(|(n, _)| *n == name) {
                    scenario_params.push((name, value));
                }
            } else if !VIEW_PARAMS.contains(&name.as_str()) && !cut {
                foreign.push((name, value));
            }
        }
        let step = |query: &str| link::param(query, "step").map(|s| steps::position(&s));
        let home_step = step(page_query).unwrap_or(1);
        Address {
            scenario: parsed.scenario,
            errors: parsed.errors,
            step: step(query).unwrap_or(home_step),
            home_step,
            page_scenario: link::param(page_query, "v").is_some(),
            view: ViewOptions::from_query(query),
            scenario_params,
            foreign,
        }
    }

    /// The same address as the main page would read it: what links to it
    /// from any page write (a path page's own step or example is not
    /// assumed there).
    pub fn on_main_page(&self) -> Self {
        Address {
            home_step: 1,
            page_scenario: false,
            ..self.clone()
        }
    }

    /// Whether the address carries a scenario: any input of `terms.md`, or
    /// `v` (which decides the version a link's missing `terms` means).
    pub fn scenario_given(&self) -> bool {
        !self.scenario_params.is_empty()
    }

    /// The same address at another step. An address that carries a
    /// scenario is written in full, as every scenario address the product
    /// writes is (`v=1` and an explicit `terms`, `contract.md`), keeping the
    /// reader's own text where it reads the same; a bare visit gets the
    /// step alone.
    pub fn with_step(&self, step: usize) -> Self {
        let base = if self.scenario_given() {
            self.with_scenario(&self.scenario, &self.errors)
        } else {
            self.clone()
        };
        Address { step, ..base }
    }

    /// The same address with another view (for a link out of an embed).
    pub fn with_view(&self, view: ViewOptions) -> Self {
        Address {
            view,
            ..self.clone()
        }
    }

    /// The same address with the builder's scenario, written in full (`v=1`
    /// and every field, `terms` too, so it keeps its meaning whatever the
    /// defaults). A field keeps the reader's own text where the builder did
    /// not change it (same value, same error) and that text still reads
    /// back to the same value in the written address (a bad `terms` reads
    /// otherwise once `v` is there; a mended combination otherwise once the
    /// other field changed): the written address always reopens the
    /// builder's scenario.
    pub fn with_scenario(&self, scenario: &Scenario, errors: &[InputError]) -> Self {
        let had_error = |f: Field| self.errors.iter().any(|e| e.field == f);
        let has_error = |f: Field| errors.iter().any(|e| e.field == f);
        let written = |f: Field| !(f == Field::AgiYear && scenario.agi_year.is_none());
        let given = |f: Field| {
            self.scenario_params
                .iter()
                .find(|(n, _)| n == f.slug())
                .map(|(_, v)| v.clone())
        };
        let mut kept: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|&f| {
                written(f)
                    && given(f).is_some()
                    && same(&self.scenario, scenario, f)
                    && had_error(f) == has_error(f)
            })
            .collect();
        loop {
            let params: Vec<(String, String)> = std::iter::once(("v", link::VERSION.to_string()))
                .chain(Field::ALL.iter().copied().filter(|&f| written(f)).map(|f| {
                    let text = match kept.contains(&f) {
                        true => given(f).unwrap_or_default(),
                        false => scenario.get(f),
                    };
                    (f.slug(), text)
                }))
                .map(|(n, v)| (n.to_string(), v))
                .collect();
            let mut query = String::new();
            for (name, value) in &params {
                link::push_pair(&mut query, name, value);
            }
            let back = link::parse(&query).scenario;
            let drifted: Vec<Field> = kept
                .iter()
                .copied()
                .filter(|&f| !same(&back, scenario, f))
                .collect();
            if drifted.is_empty() || kept.is_empty() {
                return Address {
                    scenario: *scenario,
                    errors: errors.to_vec(),
                    scenario_params: params,
                    ..self.clone()
                };
            }
            kept.retain(|f| !drifted.contains(f));
        }
    }

    /// The query to write, without `?`: the scenario's parameters as the
    /// address spells them, the step by its stable name (none for the
    /// first), the view parameters, then the parameters that are not ours.
    pub fn to_query(&self) -> String {
        let mut out = String::new();
        for (name, value) in &self.scenario_params {
            link::push_pair(&mut out, name, value);
        }
        // A path page writes its step whatever it is (`contract.md`); the
        // main page, none for the first.
        if let Some(step) = steps::at(self.step).filter(|_| self.step > 1 || self.home_step > 1) {
            link::push_pair(&mut out, "step", step.name);
        }
        let view = self.view.to_query();
        out.push_str(if out.is_empty() {
            view.strip_prefix('&').unwrap_or_default()
        } else {
            &view
        });
        for (name, value) in &self.foreign {
            link::push_pair(&mut out, name, value);
        }
        out
    }

    /// `?` and the query, or nothing when there is none.
    pub fn search(&self) -> String {
        let query = self.to_query();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }
}

thread_local! {
    /// The address as last read or written.
    static CURRENT: RefCell<Option<Rc<Address>>> = const { RefCell::new(None) };
    /// Whether [`CURRENT`] is ahead of the address bar.
    static WRITE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// The page's address, read from `location` the first time (and from
/// what the page's own path means, on a page the build wrote at one).
pub fn current() -> Rc<Address> {
    CURRENT.with_borrow_mut(|current| {
        current
            .get_or_insert_with(|| {
                let search = gloo::utils::window()
                    .location()
                    .search()
                    .unwrap_or_default();
                Rc::new(Address::parse_at(&search, &on_page(page::QUERY)))
            })
            .clone()
    })
}

/// One of the attributes the build writes on a path page's `<html>`
/// (`markers::page`); empty on the main page.
fn on_page(name: &str) -> String {
    gloo::utils::document()
        .document_element()
        .and_then(|html| html.get_attribute(name))
        .unwrap_or_default()
}

/// The site's root (where `index.html`, `embed.js` and the path pages
/// are), absolute, ending in `/`, as the boot script (which is there)
/// wrote it.
pub fn site() -> String {
    on_page(page::SITE)
}

/// The address of the page the build wrote for this address, if one is
/// its own (`steps/NAME/` for a step on a bare visit, `examples/NAME/` for
/// an example's scenario, which keeps its version as `terms=`), absolute;
/// or `None`.
pub fn path_page(address: &Address) -> Option<String> {
    address.page_link(&site())
}

impl Address {
    /// What the page the build wrote for this address shows: an example's
    /// builder where the address (or the page's path) holds a scenario,
    /// else its step.
    fn page_choice(&self) -> EmbedChoice {
        if self.scenario_given() || self.page_scenario {
            EmbedChoice::Builder
        } else {
            EmbedChoice::Step(self.step)
        }
    }

    /// That page's address on `site` ([`path_page`]); none for a scenario
    /// with a bad input, whose link must say what it got wrong.
    pub fn page_link(&self, site: &str) -> Option<String> {
        self.page_choice()
            .page_link(site, &self.scenario)
            .filter(|_| self.errors.is_empty())
    }
}

/// Changes the address (no reload, no history entry) and tells the page,
/// now: a reader's move to another step.
pub fn update(change: impl FnOnce(&Address) -> Address) {
    let next = Rc::new(change(&current()));
    if *next == *current() && !WRITE_PENDING.get() {
        return;
    }
    CURRENT.set(Some(next));
    write();
}

/// Changes the address as [`update`] does, but writes it to the bar once
/// the page is idle: the builder's change. Rewriting the address makes the
/// browser restyle the page (every relative link now resolves against a
/// new address), so it waits until the new answers are on screen, and a
/// burst of changes (typing) writes once. The page's own parts read the
/// new value at once ([`current`]).
pub fn update_when_idle(change: impl FnOnce(&Address) -> Address) {
    let next = Rc::new(change(&current()));
    if *next == *current() {
        return;
    }
    CURRENT.set(Some(next));
    if WRITE_PENDING.replace(true) {
        return;
    }
    crate::app::dom::when_idle(flush_pending);
}

/// Writes the address if a change is still waiting (also when the page is
/// left, so a reload or a bookmark never gets an old one).
fn flush_pending() {
    if WRITE_PENDING.get() {
        write();
    }
}

/// Writes any waiting change when the page is hidden or left.
pub fn flush_on_leave() {
    let window = gloo::utils::window();
    EventListener::new(&window, "pagehide", |_| flush_pending()).forget();
    EventListener::new(&gloo::utils::document(), "visibilitychange", |_| {
        flush_pending()
    })
    .forget();
}

/// Writes the current address to the bar and tells the page.
fn write() {
    WRITE_PENDING.set(false);
    let window = gloo::utils::window();
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        // Refused in an opaque-origin frame; the address is kept here anyway.
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{}", current().search())),
        );
    }
    if let Ok(event) = Event::new(ADDRESS_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// Calls `on_change` with the new address whenever a part of the page
/// changes it.
pub fn on_change(mut on_change: impl FnMut(&Address) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), ADDRESS_EVENT, move |_| {
        on_change(&current())
    })
}

/// This page's address without its query: what a citation or a permalink
/// starts from.
pub fn page() -> String {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// The ID of `topic`'s answer in the builder, which links point at.
pub fn answer_anchor(topic: Topic) -> String {
    format!("answer-{}", topic.slug())
}

/// The answer an address's fragment (`#answer-…`) points at, if any.
pub fn answer_in(fragment: &str) -> Option<Topic> {
    let anchor = fragment.strip_prefix('#')?;
    Topic::ALL
        .iter()
        .copied()
        .find(|&topic| answer_anchor(topic) == anchor)
}

/// A link, relative to this page, that opens `scenario` with `topic`'s
/// answer in view, keeping the view parameters (`view`, `&`-prefixed).
pub fn answer_link(scenario: &Scenario, view: &str, topic: Topic) -> String {
    format!(
        "?{}{view}#{}",
        link::to_query(scenario),
        answer_anchor(topic)
    )
}

/// "What would change this answer": where the change lands on an example,
/// that example's own page (outside an embed; its card travels with the
/// link), else [`answer_link`].
pub fn flip_link(site: &str, scenario: &Scenario, view: &str, topic: Topic) -> String {
    match EmbedChoice::Builder
        .page_link(site, scenario)
        .filter(|_| view.is_empty())
    {
        Some(page) => [&page, "#", &answer_anchor(topic)].concat(),
        None => answer_link(scenario, view, topic),
    }
}

/// The full page (no embed) at step `step` (its position), with the
/// address's scenario as it is.
pub fn full_page_link(now: &Address, step: usize) -> String {
    let address = now.with_step(step).with_view(ViewOptions::default());
    if address.page_choice() != EmbedChoice::Builder {
        if let Some(page) = path_page(&address) {
            return page;
        }
    }
    let search = address.search();
    if search.is_empty() {
        "?".into()
    } else {
        search
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::view::Embed;
    use crate::terms::{Host, Terms};

    #[test]
    fn a_fragment_names_an_answer_only_by_its_exact_anchor() {
        for &topic in Topic::ALL {
            let fragment = format!("#{}", answer_anchor(topic));
            assert_eq!(answer_in(&fragment), Some(topic));
        }
        for fragment in [
            "",
            "#",
            "#answer-",
            "answer-azure-required",
            "#answer-nope",
            "#every-step",
        ] {
            assert_eq!(answer_in(fragment), None, "{fragment}");
        }
    }

    #[test]
    fn a_step_move_on_a_bare_visit_writes_the_step_and_nothing_else() {
        let bare = Address::parse("");
        assert!(!bare.scenario_given());
        let name = steps::at(3).unwrap().name;
        assert_eq!(bare.with_step(3).to_query(), format!("step={name}"));
        assert_eq!(bare.with_step(3).with_step(1).to_query(), "");
        let embedded = Address::parse("?embed=1&theme=dark");
        assert_eq!(
            embedded.with_step(3).to_query(),
            format!("step={name}&embed=1&theme=dark")
        );
    }

    #[test]
    fn a_step_move_writes_a_links_scenario_in_full_keeping_the_readers_text() {
        let link = Address::parse("?host=aws&revenue=lots&revenue=5&utm_source=news&step=2");
        assert!(link.scenario_given());
        assert_eq!(link.scenario.host, Host::Aws);
        assert_eq!(link.errors.len(), 1, "the bad revenue is named");
        let name = steps::at(4).unwrap().name;
        let query = link.with_step(4).to_query();
        assert!(query.starts_with("v=1&offering="), "{query}");
        assert!(query.contains("&host=aws&"), "{query}");
        assert!(query.contains("&revenue=lots&"), "kept as given: {query}");
        let latest = format!(
            "&terms={}&step={name}&utm_source=news",
            Terms::LATEST.slug()
        );
        assert!(query.ends_with(&latest), "{query}");
        let back = Address::parse(&query);
        assert_eq!(back.scenario, link.scenario);
        assert_eq!(back.errors, link.errors);
    }

    /// Whatever a link gave and whatever the reader then changed, the
    /// written address reopens the builder's scenario, and keeps the
    /// reader's own text only where it still reads the same.
    #[test]
    fn a_written_address_reopens_the_builders_scenario() {
        let links = [
            "",
            "?host=azure&terms=bogus",
            "?v=1&host=azure&terms=bogus",
            "?partner=none&channel=partner",
            "?agi=no&agi-year=2030",
            "?agi=yes&agi-year=2030&year=2031",
            "?agi=yes&agi-year=1999",
            "?revenue=1e6&share=20.0&year=2031",
            "?offering=nope&host=%3Cb%3E&customer=",
        ];
        let edits: [(Field, &str); 8] = [
            (Field::Year, "2033"),
            (Field::Agi, "yes"),
            (Field::Agi, "no"),
            (Field::Channel, "direct"),
            (Field::Partner, "google"),
            (Field::Terms, "2026-02-27"),
            (Field::Revenue, "500"),
            (Field::AgiYear, "2032"),
        ];
        for query in links {
            let link = Address::parse(query);
            for (field, text) in edits {
                let (mut scenario, mut errors) = (link.scenario, link.errors.clone());
                scenario.edit(field, text, &mut errors);
                for written in [
                    link.with_scenario(&scenario, &errors).to_query(),
                    link.with_step(3).to_query(),
                ] {
                    let back = Address::parse(&written);
                    let want = if written.contains("step=") {
                        link.scenario
                    } else {
                        scenario
                    };
                    assert_eq!(
                        back.scenario,
                        want,
                        "{query} then {}={text}: {written}",
                        field.slug()
                    );
                    // A bare visit's step move writes the step alone.
                    if link.scenario_given() || !written.starts_with("step=") {
                        assert!(
                            written.starts_with("v=1&") && written.contains("&terms="),
                            "{written}"
                        );
                    }
                }
            }
        }
        // A bad `terms` without `v` meant the latest; written with `v`, it
        // would mean February's: so it is written out.
        let bogus = Address::parse("?host=azure&terms=bogus");
        let written = bogus
            .with_scenario(&bogus.scenario, &bogus.errors)
            .to_query();
        assert!(
            written.contains(&format!("&terms={}", Terms::LATEST.slug())),
            "{written}"
        );
    }

    #[test]
    fn the_builder_writes_every_field_keeping_the_readers_text_where_it_changed_nothing() {
        let link = Address::parse("?host=aws&revenue=lots&share=20.0&embed=builder");
        let mut scenario = link.scenario;
        let mut errors = link.errors.clone();
        scenario.edit(Field::Year, "2031", &mut errors);
        let written = link.with_scenario(&scenario, &errors);
        let query = written.to_query();
        assert!(query.starts_with("v=1&"), "{query}");
        assert!(query.contains("&share=20.0&"), "kept as given: {query}");
        assert!(query.contains("&revenue=lots&"), "still named: {query}");
        assert!(query.contains("&year=2031&"), "{query}");
        let latest = format!("&terms={}", Terms::LATEST.slug());
        assert!(query.contains(&latest), "{query}");
        assert!(query.ends_with("&embed=builder"), "{query}");
        let again = Address::parse(&query);
        assert_eq!(again.scenario, scenario);
        assert_eq!(again.errors, errors);
        // Fixing the bad field writes the fixed value.
        scenario.edit(Field::Revenue, "500", &mut errors);
        let fixed = written.with_scenario(&scenario, &errors).to_query();
        assert!(fixed.contains("&revenue=500&"), "{fixed}");
        assert_eq!(Address::parse(&fixed).scenario, scenario);
    }

    #[test]
    fn a_scenario_written_from_a_bare_visit_is_explicit_and_reads_back() {
        let bare = Address::parse("?step=4");
        let written = bare.with_scenario(&Scenario::default(), &[]);
        let back = Address::parse(&written.to_query());
        assert_eq!(back.scenario, Scenario::default());
        assert_eq!(back.scenario.terms, Terms::LATEST);
        assert_eq!(back.step, 4);
        assert_eq!(back.view.embed, Embed::None);
        assert!(back.errors.is_empty());
    }
}
