//! Generated addresses through the whole render: link → engine (both
//! versions) → the builder as the build renders it (Yew's server renderer),
//! given the link as a reader's browser gives it. Every property is checked
//! against what the generator itself knows (the scenario it encoded and the
//! fields it spoiled), never against the parser's own reading.
//!
//! CI runs a fast slice. The long run (release, both cores):
//!
//!     ADDRESSES=1000000 cargo test --release --features ssr --test addresses -- --nocapture
//!
//! prints how many addresses of each kind it tried, the rate and the time.
#![cfg(feature = "ssr")]

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::rc::Rc;
use std::time::Instant;

use partnership_explainer::app::address::Address;
use partnership_explainer::app::components::builder::{Builder, BuilderProps};
use partnership_explainer::app::words;
use partnership_explainer::terms::{
    compare, Agi, Channel, Choice, Field, Offering, Partner, Scenario, Terms,
};
use scraper::{Html, Selector};

/// How many addresses a run tries, unless `ADDRESSES` says otherwise.
const FAST_SLICE: usize = 1500;
/// The length limit of a link (`terms::link::MAX_QUERY`, `contract.md`).
const MAX_QUERY: usize = 4096;

/// A small, seeded, repeatable generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// An address and what it must give.
struct Case {
    kind: &'static str,
    query: String,
    expected: Scenario,
    /// The fields whose values the generator spoiled (or the limit cut).
    bad: Vec<Field>,
}

/// A valid value for a field, as text a link may carry.
fn valid_text(rng: &mut Rng, field: Field) -> String {
    match field {
        Field::Year | Field::AgiYear => (2026 + rng.below(15)).to_string(),
        Field::Revenue => decimal_text(rng, 1_000_000_000_000_000),
        Field::Share => decimal_text(rng, 100),
        _ => rng.pick(field.choices()).to_string(),
    }
}

/// A decimal from 0 to `max`, written in one of the ways a link may write it.
fn decimal_text(rng: &mut Rng, max: u64) -> String {
    let digits = 1 + rng.below(max.ilog10() as usize + 1);
    let whole = rng.next() % 10u64.pow(digits as u32).min(max + 1);
    let text = match rng.below(4) {
        0 if whole < max => format!("{whole}.{}", rng.next() % 1_000_000_000),
        1 => format!("{whole}.0"),
        _ => whole.to_string(),
    };
    text
}

/// Bad values, by field, as a query carries them (already encoded where a
/// browser would encode them): every kind `terms.md` names, and hostile
/// text (markup, control characters, invalid UTF-8, broken escapes).
fn bad_text(rng: &mut Rng, field: Field) -> String {
    const ANYWHERE: [&str; 12] = [
        "",
        "%00",
        "%FF%FE",
        "%C3%28",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        "%3Cb%3Ebold%3C%2Fb%3E",
        "%3Cx-evil%3E",
        "%3Csvg%20onload%3Dalert(1)%3E",
        "%07%1B%7F",
        "%",
        "%G1",
    ];
    if rng.chance(35) {
        return rng.pick(&ANYWHERE).to_string();
    }
    if rng.chance(10) {
        return "x".repeat(100 + rng.below(5000));
    }
    match field {
        Field::Year | Field::AgiYear => rng
            .pick(&[
                "1999",
                "2041",
                "2026.5",
                "abc",
                "%2B2030",
                "%EF%BC%92%EF%BC%90%EF%BC%93%EF%BC%90",
                "2e3",
                "-2030",
            ])
            .to_string(),
        Field::Revenue => rng
            .pick(&[
                "-5",
                "NaN",
                "Infinity",
                "1e16",
                "1%2C000",
                "0.0000000001",
                "1e999999",
                "1000000000000000.5",
            ])
            .to_string(),
        Field::Share => rng
            .pick(&["101", "-1", "ten", "100.0000000001", "1e3", "NaN"])
            .to_string(),
        _ => {
            // A near miss of one of the field's own words.
            let word = rng.pick(field.choices()).to_string();
            match rng.below(3) {
                // (Upper case changes only words with letters.)
                0 if word.bytes().any(|b| b.is_ascii_lowercase()) => word.to_uppercase(),
                1 => word[..word.len() - 1].to_string(),
                _ => format!("{word}x"),
            }
        }
    }
}

/// Percent-encodes some of `text`'s bytes (any byte may be written so).
fn encode(rng: &mut Rng, text: &str) -> String {
    let mut out = String::new();
    for &b in text.as_bytes() {
        let plain = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
        if plain && !rng.chance(8) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The generator's own reading of the combination rule (`terms.md`): a
/// partner that cannot be is reported against `partner`, which becomes
/// Amazon.
fn mend(s: &mut Scenario, bad: &mut Vec<Field>) {
    if s.agi == Agi::No {
        s.agi_year = None;
    }
    let needs_partner = s.channel == Channel::Partner || s.offering == Offering::CoDevelopedProduct;
    if needs_partner && s.partner == Partner::None {
        s.partner = Partner::Amazon;
        bad.push(Field::Partner);
    }
}

/// Sets one field of the generator's scenario from a valid text.
fn assign(s: &mut Scenario, field: Field, text: &str) {
    s.set(field, text).expect("a valid text");
}

fn generate(rng: &mut Rng) -> Case {
    // The scenario: every field, a valid value.
    let mut expected = Scenario::DEFAULT;
    let mut texts: Vec<(Field, String)> = Vec::new();
    for &field in Field::ALL {
        if field == Field::AgiYear {
            continue;
        }
        let text = valid_text(rng, field);
        assign(&mut expected, field, &text);
        texts.push((field, text));
    }
    if expected.agi == Agi::Yes && rng.chance(70) {
        let text = valid_text(rng, Field::AgiYear);
        assign(&mut expected, Field::AgiYear, &text);
        texts.push((Field::AgiYear, text));
    }
    // The generator's own choice mended: the link writes the mended value,
    // so nothing is named.
    mend(&mut expected, &mut Vec::new());
    let mut bad = Vec::new();
    // Written back as they now stand (the mended partner included).
    for (field, text) in texts.iter_mut() {
        *text = expected.get(*field);
    }
    // With `v` or not; with `terms` or not (then `v` decides: contract.md).
    let with_v = rng.chance(70);
    if rng.chance(30) {
        texts.retain(|(f, _)| *f != Field::Terms);
        expected.terms = if with_v {
            Terms::Statement
        } else {
            Terms::LATEST
        };
    }
    // Some fields left out: they take their defaults.
    let defaults = if with_v {
        Scenario::LINK_DEFAULT
    } else {
        Scenario::DEFAULT
    };
    let mut kind = "valid";
    if rng.chance(40) {
        // A field left out takes its default.
        kind = "valid, fields left out";
        let field = texts[rng.below(texts.len())].0;
        texts.retain(|(f, _)| *f != field);
        reset(&mut expected, field, &defaults);
        if field == Field::Agi {
            texts.retain(|(f, _)| *f != Field::AgiYear);
        }
        mend(&mut expected, &mut bad);
    }
    // Spoiled fields: each takes its default and is named.
    let mut spoiled = Vec::new();
    if rng.chance(45) {
        kind = "hostile values";
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(texts.len());
            let field = texts[i].0;
            texts[i].1 = bad_text(rng, field);
            spoiled.push(field);
            reset(&mut expected, field, &defaults);
            bad.push(field);
            if field == Field::Agi {
                expected.agi_year = None;
            }
        }
        mend(&mut expected, &mut bad);
    } else if rng.chance(15) {
        // A bad combination of valid words.
        kind = "bad combination";
        for (field, text) in texts.iter_mut() {
            match field {
                Field::Partner => *text = "none".into(),
                Field::Channel => *text = "partner".into(),
                _ => {}
            }
        }
        if !texts.iter().any(|(f, _)| *f == Field::Partner) {
            texts.push((Field::Partner, "none".into()));
        }
        if !texts.iter().any(|(f, _)| *f == Field::Channel) {
            texts.push((Field::Channel, "partner".into()));
        }
        assign(&mut expected, Field::Channel, "partner");
        expected.partner = Partner::Amazon;
        bad.push(Field::Partner);
    }
    // Order, extra and repeated parameters, encodings.
    for i in (1..texts.len()).rev() {
        texts.swap(i, rng.below(i + 1));
    }
    let mut pairs: Vec<String> = Vec::new();
    if with_v {
        pairs.push(format!("v={}", rng.pick(&["1", "", "7", "%3Cb%3E", "1.0"])));
    }
    for (field, text) in &texts {
        // A spoiled value goes as written; a valid one, encoded a little.
        let value = if spoiled.contains(field) {
            text.clone()
        } else {
            encode(rng, text)
        };
        pairs.push(format!("{}={value}", encode(rng, field.slug())));
        if rng.chance(5) {
            // A repeat: the first counts.
            pairs.push(format!("{}={}", field.slug(), bad_text(rng, *field)));
        }
    }
    for _ in 0..rng.below(3) {
        let extra = *rng.pick(&[
            "utm_source=news",
            "step=3",
            "step=what-changed",
            "embed=builder",
            "theme=dark",
            "fbclid=abc",
            "x=<script>",
            "&&",
            "=",
            "year[]=2030",
        ]);
        let at = rng.below(pairs.len() + 1);
        pairs.insert(at, extra.to_string());
    }
    let mut query = pairs.join("&");
    if rng.chance(50) {
        query.insert(0, '?');
    }
    // Past the length limit: a long parameter after `v`, so the limit falls
    // somewhere in what follows.
    if rng.chance(8) {
        kind = "past 4,096 bytes";
        let pad = format!("pad={}", "p".repeat(MAX_QUERY - 350 + rng.below(300)));
        pairs.insert(usize::from(with_v), pad);
        query = pairs.join("&");
    }
    // (A long hostile value can take a query past the limit too.)
    if query.trim_start_matches('?').len() > MAX_QUERY {
        cut(
            query.trim_start_matches('?'),
            &defaults,
            &mut expected,
            &mut bad,
        );
    }
    bad.sort_by_key(|f| f.slug());
    bad.dedup();
    Case {
        kind,
        query,
        expected,
        bad,
    }
}

/// Puts a field of the generator's scenario to its default.
fn reset(s: &mut Scenario, field: Field, defaults: &Scenario) {
    let text = defaults.get(field);
    if field == Field::AgiYear {
        s.agi_year = None;
    } else {
        assign(s, field, &text);
    }
}

/// What the length limit does to the case: parameters past it are not
/// there (their defaults), the one it cuts through is a bad value.
fn cut(query: &str, defaults: &Scenario, expected: &mut Scenario, bad: &mut Vec<Field>) {
    let name_of = |pair: &str| {
        form_urlencoded::parse(pair.as_bytes())
            .next()
            .map(|(k, _)| k.into_owned())
            .unwrap_or_default()
    };
    let mut at = 0;
    let mut seen = Vec::new();
    for pair in query.split('&') {
        let end = at + pair.len();
        // What the parser sees of this pair: all of it, part, or nothing.
        if at < MAX_QUERY {
            let visible = &pair[..pair.len().min(MAX_QUERY - at)];
            if let Some(field) = Field::from_slug(&name_of(visible)) {
                if !seen.contains(&field) {
                    seen.push(field);
                    if end > MAX_QUERY {
                        reset(expected, field, defaults);
                        bad.retain(|f| *f != field);
                        bad.push(field);
                    }
                }
            }
        }
        at = end + 1;
    }
    // What was written but never read takes its default, and is not named.
    for &field in Field::ALL {
        let written = query.split('&').any(|p| name_of(p) == field.slug());
        if written && !seen.contains(&field) {
            reset(expected, field, defaults);
            bad.retain(|f| *f != field);
        }
    }
    mend(expected, bad);
}

/// The builder, rendered by the server renderer the build uses, given the
/// address as a browser gives it.
fn render(query: &str) -> String {
    words::render::<Builder>(BuilderProps {
        address: Some(Rc::new(Address::parse(query))),
        built: Default::default(),
    })
}

/// Elements no address may ever bring into the page.
const FOREIGN: [&str; 9] = [
    "script", "img", "iframe", "svg", "object", "embed", "style", "b", "x-evil",
];

/// Checks one case; a description of what went wrong, if anything did.
fn check(case: &Case, html: &str) -> Result<(), String> {
    let page = Html::parse_fragment(html);
    let select = |s: &str| Selector::parse(s).expect("a selector");
    for tag in FOREIGN {
        if page.select(&select(tag)).next().is_some() {
            return Err(format!("a <{tag}> element in the page"));
        }
    }
    for element in page.select(&select("*")) {
        if let Some((name, _)) = element.value().attrs().find(|(n, _)| n.starts_with("on")) {
            return Err(format!("an {name} attribute in the page"));
        }
    }
    let both = compare(&case.expected);
    let builder = page
        .select(&select("[data-builder]"))
        .next()
        .ok_or("no builder")?;
    let versions: Vec<&str> = Terms::all().map(|t| t.slug()).collect();
    if builder.value().attr("data-versions") != Some(versions.join(" ").as_str()) {
        return Err(format!(
            "data-versions {:?}",
            builder.value().attr("data-versions")
        ));
    }
    let terms = builder.value().attr("data-terms").unwrap_or("");
    if terms != case.expected.terms.slug() {
        return Err(format!(
            "data-terms {terms}, expected {}",
            case.expected.terms.slug()
        ));
    }
    let mut shown = Vec::new();
    for finding in page.select(&select("[data-finding]")) {
        let attr = |name: &str| finding.value().attr(name).unwrap_or("").to_string();
        let topic = attr("data-finding");
        shown.push(topic.clone());
        let Some(answer) = both.answers.list.iter().find(|a| a.topic.slug() == topic) else {
            return Err(format!("{topic} answered, expected not"));
        };
        let other = both.other().get(answer.topic);
        let expected = (
            answer.verdict.slug().to_string(),
            answer.cites.join(" "),
            other.map_or("none", |o| o.verdict.slug()).to_string(),
            other.map(|o| o.cites.join(" ")).unwrap_or_default(),
        );
        let got = (
            attr("data-verdict"),
            attr("data-cites"),
            attr("data-other-verdict"),
            attr("data-other-cites"),
        );
        if got != expected {
            return Err(format!("{topic}: {got:?}, expected {expected:?}"));
        }
        // Every version's answer, by its date (`data-verdict-DATE`).
        for answers in both.all() {
            let date = answers.terms.slug();
            let under = answers.get(answer.topic);
            let expected = (
                under.map_or("none", |a| a.verdict.slug()).to_string(),
                under.map(|a| a.cites.join(" ")).unwrap_or_default(),
            );
            let got = (
                attr(&format!("data-verdict-{date}")),
                attr(&format!("data-cites-{date}")),
            );
            if got != expected {
                return Err(format!(
                    "{topic} under {date}: {got:?}, expected {expected:?}"
                ));
            }
        }
    }
    let expected_topics: Vec<String> = both
        .answers
        .list
        .iter()
        .map(|a| a.topic.slug().to_string())
        .collect();
    if shown != expected_topics {
        return Err(format!("answers {shown:?}, expected {expected_topics:?}"));
    }
    let usd = page
        .select(&select("[data-estimate]"))
        .next()
        .and_then(|e| e.value().attr("data-usd"))
        .unwrap_or("");
    if usd != both.answers.microsoft_cut().to_string() {
        return Err(format!(
            "estimate {usd}, expected {}",
            both.answers.microsoft_cut()
        ));
    }
    let mut named: Vec<&str> = page
        .select(&select("[data-input-error]"))
        .filter_map(|e| e.value().attr("data-input-error"))
        .collect();
    named.sort_unstable();
    let bad: Vec<&str> = case.bad.iter().map(|f| f.slug()).collect();
    if named != bad {
        return Err(format!("input errors {named:?}, expected {bad:?}"));
    }
    // Nothing else changed: every control shows the expected value.
    for &field in Field::ALL {
        if field == Field::AgiYear && case.expected.agi == Agi::No {
            continue;
        }
        let id = format!("#b-{}", field.slug());
        let control = page.select(&select(&id)).next().ok_or(format!("no {id}"))?;
        let value = if control.value().name() == "select" {
            control
                .select(&select("option[selected]"))
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or("")
                .to_string()
        } else {
            control.value().attr("value").unwrap_or("").to_string()
        };
        if value != case.expected.get(field) {
            return Err(format!(
                "{id} shows {value:?}, expected {:?}",
                case.expected.get(field)
            ));
        }
    }
    Ok(())
}

/// Runs `count` cases from `seed` on this thread: (tried by kind, failures).
fn run(seed: u64, count: usize) -> (BTreeMap<&'static str, usize>, Vec<String>) {
    let mut rng = Rng(seed);
    let mut kinds = BTreeMap::new();
    let mut failures = Vec::new();
    for _ in 0..count {
        let case = generate(&mut rng);
        *kinds.entry(case.kind).or_insert(0) += 1;
        let rendered = catch_unwind(AssertUnwindSafe(|| render(&case.query)));
        let outcome = match rendered {
            Ok(html) => check(&case, &html),
            Err(_) => Err("panicked".into()),
        };
        if let Err(why) = outcome {
            if failures.len() < 20 {
                let shown: String = case.query.chars().take(300).collect();
                failures.push(format!("{}: {why}\n    ?{shown}", case.kind));
            }
        }
    }
    (kinds, failures)
}

#[test]
fn generated_addresses_through_the_whole_render() {
    let total: usize = std::env::var("ADDRESSES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(FAST_SLICE);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(4);
    let started = Instant::now();
    let results: Vec<_> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let count = total / threads + usize::from(t < total % threads);
                scope.spawn(move || run(0x5EED_0000 + t as u64, count))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a thread"))
            .collect()
    });
    let elapsed = started.elapsed().as_secs_f64();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for (k, f) in results {
        for (kind, n) in k {
            *kinds.entry(kind).or_insert(0) += n;
        }
        failures.extend(f);
    }
    println!(
        "{total} addresses through the render in {elapsed:.1} s ({:.0} a second, {threads} threads)",
        total as f64 / elapsed
    );
    for (kind, n) in &kinds {
        println!("  {n:>8}  {kind}");
    }
    assert!(
        failures.is_empty(),
        "{} failures, the first:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
