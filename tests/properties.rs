//! Properties over generated inputs: links never panic, answers always cite
//! real clauses, and scenarios survive a trip through a link.
//!
//! CI runs proptest's default 256 cases per property; the long run the README
//! documents sets PROPTEST_CASES=100000.

use partnership_explainer::terms::Choice;
use partnership_explainer::terms::{self, Decimal, Field, Host, Offering, Scenario, Terms};
use proptest::prelude::*;
use proptest::sample::select;

fn decimal(max_whole: u64) -> impl Strategy<Value = Decimal> {
    (0..=max_whole, 0u32..=9, any::<u64>()).prop_map(move |(whole, decimals, frac)| {
        let text = if decimals == 0 || whole == max_whole {
            whole.to_string()
        } else {
            format!(
                "{whole}.{:0width$}",
                frac % 10u64.pow(decimals),
                width = decimals as usize
            )
        };
        Decimal::parse(&text).unwrap()
    })
}

/// Text for one field, as a reader or a link would give it: any of a choice
/// field's words, a year in range, an amount. `None` leaves the field at its
/// default (for the AGI year: the scenario's own year).
fn field_text(field: Field) -> BoxedStrategy<Option<String>> {
    let year = (2026u16..=2040).prop_map(|y| y.to_string());
    match field {
        Field::Year => year.prop_map(Some).boxed(),
        Field::AgiYear => proptest::option::of(year).boxed(),
        Field::Revenue => decimal(1_000_000_000_000_000)
            .prop_map(|d| Some(d.to_string()))
            .boxed(),
        Field::Share => decimal(100).prop_map(|d| Some(d.to_string())).boxed(),
        // Every other field is a choice among its words. (A new number field
        // lands here with no words, and `select` says so.)
        _ => select(field.choices())
            .prop_map(|w| Some(w.to_string()))
            .boxed(),
    }
}

/// Any valid scenario, built field by field, so a new input is generated
/// without a change here.
fn scenario() -> impl Strategy<Value = Scenario> {
    let fields: Vec<_> = Field::ALL
        .iter()
        .map(|&f| field_text(f).prop_map(move |text| (f, text)))
        .collect();
    fields.prop_map(|texts| {
        let mut s = Scenario::default();
        for (field, text) in texts {
            if let Some(text) = text {
                s.set(field, &text).expect("generated text is valid");
            }
        }
        s.repair();
        s
    })
}

/// Query strings that look like links: known names, near-miss values, junk.
fn hostile_query() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        select(Field::SLUGS).prop_map(String::from),
        "[a-z-]{0,12}",
        ".{0,8}"
    ];
    let value = prop_oneof![
        select(Offering::SLUGS).prop_map(String::from),
        select(Host::SLUGS).prop_map(String::from),
        select(Terms::SLUGS).prop_map(String::from),
        "-?[0-9]{0,20}(\\.[0-9]{0,12})?([eE][-+]?[0-9]{0,4})?",
        "%[0-9A-Fa-f]{0,2}.{0,6}",
        ".{0,40}",
    ];
    proptest::collection::vec((name, value), 0..14).prop_map(|pairs| {
        pairs
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

proptest! {
    #[test]
    fn any_text_parses_to_a_scenario_or_named_errors(query in hostile_query()) {
        let parsed = terms::parse(&query);
        let mut named = Vec::new();
        for e in &parsed.errors {
            prop_assert!(!named.contains(&e.field), "one message per field");
            named.push(e.field);
            prop_assert!(partnership_explainer::app::text::input_error(e).starts_with(e.field.slug()));
        }
        let mut repaired = parsed.scenario;
        prop_assert_eq!(repaired.repair(), None, "the result is a valid combination");
        terms::evaluate(&parsed.scenario);
    }

    #[test]
    fn any_bytes_never_panic(query in ".{0,300}") {
        terms::evaluate(&terms::parse(&query).scenario);
    }

    #[test]
    fn every_answer_under_every_version_cites_clauses_from_the_catalog(s in scenario()) {
        let both = terms::compare(&s);
        prop_assert_eq!(both.answers.terms, s.terms);
        prop_assert_eq!(both.other().terms, s.terms.compared_with());
        prop_assert_eq!(&both.answers, &terms::evaluate(&s));
        // Every version once: the chosen one, then the others newest first.
        let order: Vec<Terms> = both.all().map(|a| a.terms).collect();
        let mut expected = vec![s.terms];
        expected.extend(Terms::all().rev().filter(|&t| t != s.terms));
        prop_assert_eq!(order, expected);
        let every = both.all().flat_map(|a| a.list.iter().map(move |answer| (a.terms, answer)));
        for (version, answer) in every {
            prop_assert!(
                terms::rules::rules(version).contains(&(answer.topic, answer.rule)),
                "{:?} fired {}, which terms::rules does not list",
                answer.topic,
                answer.rule
            );
            prop_assert!(!answer.cites.is_empty(), "{:?} cites nothing", answer.topic);
            for id in &answer.cites {
                prop_assert!(
                    terms::clause(id).is_some(),
                    "{:?} cites unknown {}",
                    answer.topic,
                    id
                );
            }
            prop_assert!(!answer.trace.is_empty());
            if answer.verdict == terms::Verdict::NotAddressed {
                prop_assert!(
                    answer.unsaid.is_some() || answer.topic == terms::Topic::HostConsistent,
                    "{:?}: a not-addressed answer says what is missing",
                    answer.topic
                );
            }
        }
    }

    #[test]
    fn the_differences_between_versions_are_counted_once_each(s in scenario()) {
        let both = terms::compare(&s);
        let compared = s.terms.compared_with();
        let flipped = terms::compare(&Scenario { terms: compared, ..s });
        if compared.compared_with() == s.terms {
            prop_assert_eq!(both.difference_count(), flipped.difference_count());
        }
        for topic in both.other_only() {
            prop_assert!(both.answers.get(topic).is_none() && both.differs(topic));
        }
        if s.terms == Terms::Statement || compared == Terms::Statement {
            prop_assert!(
                both.difference_count() >= 1,
                "the amendment changed something for every deal"
            );
        }
    }

    #[test]
    fn a_scenario_survives_a_round_trip_through_its_link(s in scenario()) {
        let query = terms::to_query(&s);
        let parsed = terms::parse(&query);
        prop_assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        prop_assert_eq!(parsed.scenario, s);
    }
}

/// Every scenario that differs from `s` in one input, by brute force over
/// every word and every year in range (independent of the engine's own
/// list of candidate changes). Amounts and the AGI year are left alone.
fn every_single_change(s: &Scenario) -> Vec<(Field, Scenario)> {
    let mut out = Vec::new();
    for &field in Field::ALL {
        // Every word of every choice field, and every year; the AGI year
        // and the amounts (number fields) are left alone.
        let values: Vec<String> = match field {
            Field::Year => (2026..=2040).map(|y: u16| y.to_string()).collect(),
            _ if field.choices().is_empty() => continue,
            _ => field.choices().iter().map(|w| w.to_string()).collect(),
        };
        for value in values {
            let mut next = *s;
            if s.get(field) == value || next.set(field, &value).is_err() {
                continue;
            }
            if next.repair().is_none() {
                if field == Field::Agi {
                    next.agi_year = None;
                }
                out.push((field, next));
            }
        }
    }
    out
}

proptest! {
    #[test]
    fn every_listed_change_gives_the_verdict_it_states(s in scenario()) {
        let now = terms::evaluate(&s);
        for (topic, flips) in terms::flips(&s) {
            let before = now.get(topic).unwrap().verdict;
            for flip in flips {
                let after = terms::evaluate(&flip.scenario);
                let answer = after.get(topic).unwrap();
                prop_assert_eq!(answer.verdict, flip.verdict);
                prop_assert_ne!(answer.verdict, before);
                prop_assert_eq!(&answer.cites, &flip.cites);
                // It changes exactly the inputs it names, to what it says.
                for edit in &flip.edits {
                    prop_assert_eq!(flip.scenario.get(edit.field), edit.value.clone());
                }
                let mut undone = flip.scenario;
                for edit in &flip.edits {
                    undone.set(edit.field, &s.get(edit.field)).unwrap();
                }
                undone.agi_year = s.agi_year;
                prop_assert_eq!(undone, s, "a flip changes nothing it does not name");
            }
        }
    }

    #[test]
    fn no_smaller_change_that_flips_an_answer_is_missing(s in scenario()) {
        let now = terms::evaluate(&s);
        let singles = every_single_change(&s);
        for (topic, flips) in terms::flips(&s) {
            let before = now.get(topic).unwrap().verdict;
            let flipping: Vec<&(Field, Scenario)> = singles
                .iter()
                .filter(|(_, next)| {
                    terms::evaluate(next).get(topic).is_some_and(|a| a.verdict != before)
                })
                .collect();
            if flipping.is_empty() {
                prop_assert!(flips.iter().all(|f| f.edits.len() == 2),
                    "{:?}: no single change flips it, so only pairs are listed", topic);
            } else {
                prop_assert!(!flips.is_empty() && flips.iter().all(|f| f.edits.len() == 1),
                    "{:?}: a single change flips it, so singles are listed", topic);
                // Every input whose change flips it is among the listed changes.
                for (field, _) in flipping {
                    prop_assert!(flips.iter().any(|f| f.edits[0].field == *field),
                        "{:?}: a change to {} flips it but is not listed", topic, field.slug());
                }
            }
        }
    }
}

proptest! {
    /// The chart of verdicts by year agrees with the builder: each year's
    /// mark under each version is the answer the builder gives when the
    /// reader sets that year (and that version), with AGI verified in the
    /// year the scenario says.
    #[test]
    fn every_year_of_the_chart_is_the_builders_answer_for_that_year(s in scenario()) {
        let years = terms::years(&s);
        let verified_in = (s.agi == terms::Agi::Yes).then(|| s.agi_year.unwrap_or(s.year));
        prop_assert_eq!(years.verified_in, verified_in);
        for y in terms::FIRST_YEAR..=terms::LAST_YEAR {
            for &version in Terms::ALL {
                let mut set = s;
                set.set(Field::Year, &y.to_string()).unwrap();
                set.set(Field::Terms, version.slug()).unwrap();
                if let Some(agi_year) = verified_in {
                    set.set(Field::AgiYear, &agi_year.to_string()).unwrap();
                }
                let answers = terms::evaluate(&set);
                for &topic in terms::Topic::ALL {
                    let want = answers.get(topic).map(|a| (a.verdict, a.cites.clone()));
                    let got = years.mark(topic, version, y).map(|m| (m.verdict, m.cites.clone()));
                    prop_assert_eq!(got, want, "{:?} in {} under {}", topic, y, version.slug());
                }
            }
        }
    }
}
