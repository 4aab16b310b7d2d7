//! The rule tables of `tests/spec/`, run against the engine. The same files
//! drive the browser tests, so the page and the engine answer to one table.

use partnership_explainer::app::text::input_error;
use partnership_explainer::terms::Choice;
use partnership_explainer::terms::{self, Field, Topic};

/// The data rows of a tab-separated spec table (comments and blanks skipped).
fn rows(table: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(n, line)| (n + 1, line.split('\t').collect()))
}

/// The link a row of `rules.tsv` stands for: its query, under its version
/// (a link with `v` and no `terms` means the statement's).
fn row_link(terms: &str, query: &str) -> String {
    match terms {
        "2026-02-27" => format!("v=1&{query}"),
        _ => format!("v=1&{query}&terms={terms}"),
    }
}

/// An answer as the table writes it: "verdict", "cites" and "rule", or
/// "none", "" and "not-asked".
fn written(answer: Option<&terms::Answer>) -> (String, String, String) {
    answer.map_or(("none".into(), String::new(), "not-asked".into()), |a| {
        (a.verdict.slug().into(), a.cites.join(" "), a.rule.into())
    })
}

/// `rules.tsv`'s rows, each with its cells by column name (the table's
/// first line names them).
fn rule_rows() -> Vec<(usize, std::collections::HashMap<&'static str, &'static str>)> {
    let mut lines = rows(include_str!("spec/rules.tsv"));
    let (_, header) = lines.next().expect("a header line");
    lines
        .map(|(line, cols)| {
            assert_eq!(cols.len(), header.len(), "line {line}: one cell per column");
            (line, header.iter().copied().zip(cols).collect())
        })
        .collect()
}

#[test]
fn every_rule_row_gives_its_verdict_citations_and_rule_under_every_version() {
    let mut checked = 0;
    let mut covered = Vec::new();
    let versions: Vec<&str> = terms::Terms::all().map(|t| t.info().date).collect();
    for (line, row) in rule_rows() {
        let (version, topic, query, what) = (row["terms"], row["topic"], row["query"], row["what"]);
        // A row under a version this build does not have (the test-only one).
        if !versions.contains(&version) {
            continue;
        }
        let parsed = terms::parse(&row_link(version, query));
        assert!(
            parsed.errors.is_empty(),
            "line {line} ({what}): the link itself is bad: {:?}",
            parsed.errors
        );
        assert_eq!(parsed.scenario.terms.slug(), version, "line {line}: {what}");
        let every = terms::compare(&parsed.scenario);
        for terms in terms::Terms::all() {
            let date = terms.info().date;
            let cell = |name: &str| {
                *row.get(format!("{name} {date}").as_str())
                    .unwrap_or_else(|| panic!("rules.tsv has no column \"{name} {date}\""))
            };
            let answers = every.under(terms);
            if topic == "microsoft-cut" {
                assert_eq!(
                    answers.microsoft_cut().to_string(),
                    cell("verdict"),
                    "line {line}: {what}: the estimate under {date}"
                );
                continue;
            }
            let topic = Topic::from_slug(topic)
                .unwrap_or_else(|| panic!("line {line}: unknown topic {topic}"));
            let answer = answers.get(topic);
            let trace: Vec<&str> =
                answer.map_or(Vec::new(), |a| a.trace.iter().map(|s| s.key).collect());
            assert_eq!(
                written(answer),
                (
                    cell("verdict").into(),
                    cell("cites").into(),
                    cell("rule").into()
                ),
                "line {line}: {what}: under {date}: {trace:?}"
            );
            if let Some(a) = answer {
                covered.push((terms, topic, a.rule));
            }
            covered.push((terms, topic, "any"));
        }
        // `data-other-*` and the differences mean the version compared with.
        let other = every.other().terms;
        assert_eq!(other, parsed.scenario.terms.compared_with(), "line {line}");
        checked += 1;
    }
    assert!(checked >= 100, "the table lost rows: {checked}");
    for terms in terms::Terms::all() {
        for topic in Topic::ALL {
            assert!(
                covered.contains(&(terms, *topic, "any")),
                "no row asks {} under {}",
                topic.slug(),
                terms.slug()
            );
        }
        for (topic, rule) in terms::rules::rules(terms) {
            assert!(
                covered.contains(&(terms, topic, rule)),
                "rules.tsv has no row where the rule {}/{rule} fires under {}",
                topic.slug(),
                terms.slug()
            );
        }
    }
}

#[test]
fn a_link_without_terms_answers_under_the_statement_as_corrected() {
    for (line, row) in rule_rows() {
        if row["terms"] != "2026-02-27" || row["query"].contains("terms=") {
            continue;
        }
        let bare = terms::parse(&row_link(row["terms"], row["query"]));
        let explicit = terms::parse(&format!(
            "{}&terms=2026-02-27",
            row_link("2026-02-27", row["query"])
        ));
        assert_eq!(bare.scenario.terms, terms::Terms::Statement, "line {line}");
        assert_eq!(
            terms::compare(&bare.scenario),
            terms::compare(&explicit.scenario),
            "line {line}"
        );
    }
}

#[test]
fn every_bad_link_names_its_fields_and_keeps_the_rest() {
    let mut checked = 0;
    for (line, cols) in rows(include_str!("spec/bad-links.tsv")) {
        let [fields, query, kept] = cols[..] else {
            panic!("line {line}: three columns expected")
        };
        let parsed = terms::parse(query);
        let named: Vec<&str> = parsed.errors.iter().map(|e| e.field.slug()).collect();
        assert_eq!(named.join(" "), fields, "line {line}: {query}");
        for error in &parsed.errors {
            let message = input_error(error);
            assert!(
                message.starts_with(error.field.slug()),
                "line {line}: {message}"
            );
            assert!(
                message.contains("Allowed:") || message.contains("cannot go with"),
                "line {line}: {message}"
            );
        }
        for pair in kept.split(' ') {
            let (name, value) = pair.split_once('=').unwrap();
            let value = match (name, value) {
                ("terms", "latest") => terms::Terms::LATEST.slug(),
                _ => value,
            };
            let field = Field::from_slug(name).unwrap();
            assert_eq!(
                parsed.scenario.get(field),
                value,
                "line {line}: {query}: {name}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 15, "the table lost rows: {checked}");
}

#[test]
fn the_contract_example_link_reads_back_as_written() {
    let link = "v=1&offering=stateless-api&partner=amazon&channel=partner&host=aws&customer=general&year=2026&agi=no&revenue=1000000&share=20";
    let parsed = terms::parse(&format!("?{link}"));
    assert!(parsed.errors.is_empty());
    // With `v` and no `terms`: the statement's terms, as every scenario
    // link written before versions existed meant.
    assert_eq!(parsed.scenario, terms::Scenario::LINK_DEFAULT);
    // Written back, the link spells out the version it was read under.
    assert_eq!(
        terms::to_query(&parsed.scenario),
        format!("{link}&terms=2026-02-27")
    );
}

#[test]
fn a_bare_address_answers_under_the_latest_terms_and_a_v_link_under_februarys() {
    use terms::Terms::{Amended, Statement};
    const LATEST: terms::Terms = terms::Terms::LATEST;
    for (query, terms) in [
        ("", LATEST),
        ("?step=11", LATEST),
        ("embed=builder&theme=dark", LATEST),
        ("host=azure", LATEST),
        ("utm_source=news&offering=research-model", LATEST),
        ("v=1", Statement),
        ("v=", Statement),
        ("v=7&host=azure", Statement),
        ("host=azure&v", Statement),
        ("v=1&terms=2026-04-27", Amended),
        ("terms=2026-02-27", Statement),
    ] {
        let parsed = terms::parse(query);
        assert!(parsed.errors.is_empty(), "{query}");
        assert_eq!(parsed.scenario.terms, terms, "{query:?}");
    }
    // A bad value falls back the same way, and the message says to what.
    for (query, fallback) in [
        ("terms=amended", LATEST.slug()),
        ("v=1&terms=amended", "2026-02-27"),
    ] {
        let parsed = terms::parse(query);
        assert_eq!(parsed.scenario.terms.slug(), fallback, "{query}");
        let message = input_error(&parsed.errors[0]);
        assert!(
            message.ends_with(&format!("The default, {fallback}, is used instead.")),
            "{message}"
        );
    }
    // Every address the product writes spells out v=1 and terms=.
    let written = terms::to_query(&terms::parse("").scenario);
    assert!(written.starts_with("v=1&") && written.ends_with(&format!("&terms={}", LATEST.slug())));
}

/// Every version's date is a `terms=` value; the test-only version's is one
/// only where it is built (elsewhere a named bad value).
#[test]
fn terms_takes_every_versions_date_and_names_any_other() {
    for terms in terms::Terms::all() {
        let parsed = terms::parse(&format!("v=1&terms={}", terms.slug()));
        assert!(parsed.errors.is_empty(), "{}", terms.slug());
        assert_eq!(parsed.scenario.terms, terms);
    }
    let fixture = terms::parse("v=1&terms=2099-01-01");
    if cfg!(feature = "fixture-version") {
        assert!(fixture.errors.is_empty());
    } else {
        let named: Vec<&str> = fixture.errors.iter().map(|e| e.field.slug()).collect();
        assert_eq!(named, ["terms"]);
        assert_eq!(fixture.scenario.terms, terms::Terms::Statement);
    }
}

#[test]
fn unknown_and_repeated_parameters_do_not_disturb_the_scenario() {
    let parsed = terms::parse("utm_source=news&host=azure&host=aws&step=3&embed=1&v=7");
    assert!(parsed.errors.is_empty());
    assert_eq!(parsed.scenario.host, terms::Host::Azure);
}

#[test]
fn every_preset_is_a_valid_scenario_with_a_distinct_answer_set() {
    let mut seen = Vec::new();
    for preset in terms::PRESETS.iter() {
        let mut s = preset.scenario;
        assert_eq!(s.repair(), None, "{}", preset.id);
        let parsed = terms::parse(&terms::to_query(&preset.scenario));
        assert_eq!(parsed.scenario, preset.scenario, "{}", preset.id);
        // The builder shows both versions; a preset keeps the reader's.
        let answers = terms::compare(&preset.scenario);
        assert!(
            !seen.contains(&answers),
            "{} answers exactly like another preset",
            preset.id
        );
        for terms in terms::Terms::all() {
            assert_eq!(
                &terms::compare(&preset.under(terms)).answers,
                answers.under(terms),
                "{}",
                preset.id
            );
        }
        seen.push(answers);
    }
    assert!(terms::PRESETS.len() >= 6);
}

// The clauses' words compile for the build only (`ssr`).
#[cfg(feature = "ssr")]
#[test]
fn the_catalog_holds_each_specified_clause_once_with_its_provenance() {
    let mut ids: Vec<String> = (1..=13).map(|n| format!("A{n}")).collect();
    ids.push("J1".into());
    ids.extend((1..=13).map(|n| format!("B{n}")));
    ids.extend((1..=6).map(|n| format!("U{n}")));
    assert_eq!(terms::CLAUSES.len(), ids.len());
    for id in &ids {
        let clause = terms::clause(id).unwrap_or_else(|| panic!("{id} is missing"));
        let expected = match &id[..1] {
            "A" => terms::Provenance::Announcement,
            "J" => terms::Provenance::JointStatement,
            "U" => terms::Provenance::Amendment,
            _ => terms::Provenance::BackgroundAgreement,
        };
        assert_eq!(clause.provenance, expected, "{id}");
        let summary = partnership_explainer::app::text::clause_summary(clause);
        assert!(summary.len() > 20, "{id}");
    }
}

#[test]
fn an_edit_keeps_one_message_per_field_and_mends_combinations() {
    let mut s = terms::Scenario::default();
    let mut errors = Vec::new();
    s.edit(Field::Year, "1999", &mut errors);
    s.edit(Field::Year, "abc", &mut errors);
    assert_eq!(errors.len(), 1, "one message for year");
    s.edit(Field::Partner, "none", &mut errors); // channel is "partner"
    assert_eq!(s.partner, terms::Partner::Amazon);
    assert!(errors
        .iter()
        .any(|e| e.field == Field::Partner
            && input_error(e).contains("cannot go with channel=partner")));
    s.edit(Field::Year, "2030", &mut errors);
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        vec![Field::Partner]
    );
}

// The clauses' words compile for the build only (`ssr`).
#[cfg(feature = "ssr")]
#[test]
fn every_superseded_clause_says_what_the_amendment_changed() {
    // Terms the amendment of 27 April 2026 superseded (amendment.md).
    for id in ["A4", "A5", "A6", "A7", "A8", "A9", "B5", "B8", "B13"] {
        let note = terms::clause(id).and_then(|c| c.note(terms::Terms::Amended));
        let Some(terms::Note::Changed(name)) = note else {
            panic!("{id} states a superseded term unmarked")
        };
        let note = partnership_explainer::app::text::text(name, &[]);
        let cited: Vec<&str> = (1..=6)
            .map(|n| format!("U{n}"))
            .filter(|u| note.contains(u.as_str()))
            .map(|u| terms::clause(&u).unwrap().id)
            .collect();
        assert!(
            !cited.is_empty(),
            "{id}: the note cites an amendment clause"
        );
    }
    // A version can only change what was said before it.
    for clause in terms::CLAUSES.iter() {
        for (version, _) in clause.notes {
            assert!(
                version.info().date > clause.source().date,
                "{}: a note from {}, no later than the clause itself",
                clause.id,
                version.slug()
            );
        }
    }
}

#[test]
fn a_parameter_the_length_limit_cuts_through_is_a_bad_value() {
    // The limit (4,096 bytes) falls after "revenue=123" of "revenue=1234567".
    let query = format!("pad={}&revenue=1234567&host=azure", "p".repeat(4080));
    let parsed = terms::parse(&query);
    let named: Vec<&str> = parsed.errors.iter().map(|e| e.field.slug()).collect();
    assert_eq!(named, ["revenue"], "the cut parameter is named");
    assert!(input_error(&parsed.errors[0]).contains("was cut off"));
    assert_eq!(
        parsed.scenario.get(Field::Revenue),
        "1000000",
        "its default"
    );
    assert_eq!(
        parsed.scenario.host,
        terms::Host::Aws,
        "what is past the limit is not read"
    );
    // A limit that falls between two parameters cuts none.
    let query = format!("pad={}&revenue=1234567&host=azure", "p".repeat(4076));
    let parsed = terms::parse(&query);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.scenario.get(Field::Revenue), "1234567");
}

/// A new input that no rule reads would be a control that changes nothing:
/// every input must change some answer (or the estimate) for some
/// scenario the product shows (the defaults, the presets and the steps'
/// examples, under every version).
#[test]
fn every_input_changes_some_answer_somewhere() {
    use partnership_explainer::content::steps::STEPS;
    let mut bases = vec![terms::Scenario::DEFAULT, terms::Scenario::LINK_DEFAULT];
    bases.extend(terms::PRESETS.iter().map(|p| p.scenario));
    bases.extend(STEPS.iter().map(|s| s.example.base));
    let both_versions: Vec<terms::Scenario> = bases
        .iter()
        .flat_map(|b| terms::Terms::all().map(|t| terms::Scenario { terms: t, ..*b }))
        .collect();
    for &field in Field::ALL {
        let values: Vec<String> = match field.choices() {
            [] => ["0", "1", "2029", "2031", "2033", "1000000", "50"]
                .map(String::from)
                .to_vec(),
            words => words.iter().map(|w| w.to_string()).collect(),
        };
        let changes = both_versions.iter().any(|base| {
            // The AGI year counts only once AGI is verified.
            let base = match field {
                Field::AgiYear => terms::Scenario {
                    agi: terms::Agi::Yes,
                    ..*base
                },
                _ => *base,
            };
            values.iter().any(|value| {
                let mut next = base;
                next.set(field, value).is_ok()
                    && next.repair().is_none()
                    && terms::compare(&next) != terms::compare(&base)
            })
        });
        assert!(changes, "{}: no answer depends on it", field.slug());
    }
}

#[test]
fn step_reads_as_the_steps_table_says() {
    use partnership_explainer::app::address::Address;
    use partnership_explainer::content::steps::STEPS;
    let mut checked = 0;
    for (line, cols) in rows(include_str!("spec/steps.tsv")) {
        let [param, name, what] = cols[..] else {
            panic!("line {line}: three columns expected")
        };
        let position = Address::parse(&format!("?embed=step&step={param}")).step;
        assert_eq!(
            STEPS[position - 1].name,
            name,
            "line {line}: step={param} ({what})"
        );
        checked += 1;
    }
    assert!(checked >= 15);
}

/// Every version after the first marks what it did to the earlier terms:
/// some clause carries its dated note, and some step its "Changed on" note
/// (the recipe's places 3 and 4; which terms changed is for the words'
/// review to check). The test-only version changes nothing a reader reads.
#[cfg(feature = "ssr")]
#[test]
fn every_later_version_marks_what_it_changed_on_clauses_and_steps() {
    use partnership_explainer::content::steps::STEPS;
    for terms in terms::Terms::all().skip(1) {
        #[cfg(feature = "fixture-version")]
        if terms == terms::Terms::Fixture {
            continue;
        }
        let on_clauses = terms::CLAUSES.iter().any(|c| c.note(terms).is_some());
        assert!(on_clauses, "no clause carries a note from {}", terms.slug());
        let on_steps = STEPS
            .iter()
            .any(|s| s.words.changes.iter().any(|(t, _)| *t == terms));
        assert!(on_steps, "no step says what {} changed", terms.slug());
    }
}
