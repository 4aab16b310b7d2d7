//! The rule tables of `tests/spec/`, run against the engine. The same files
//! drive the browser tests, so the page and the engine answer to one table.

use partnership_explainer::terms::{self, Field, Topic};

/// The data rows of a tab-separated spec table (comments and blanks skipped).
fn rows(table: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|(n, line)| (n + 1, line.split('\t').collect()))
}

#[test]
fn every_rule_row_gives_its_verdict_and_citations() {
    let mut checked = 0;
    for (line, cols) in rows(include_str!("spec/rules.tsv")) {
        let [topic, verdict, cites, query, rule] = cols[..] else {
            panic!("line {line}: five columns expected")
        };
        let parsed = terms::parse(query);
        assert!(
            parsed.errors.is_empty(),
            "line {line} ({rule}): the link itself is bad: {:?}",
            parsed.errors
        );
        let answers = terms::evaluate(&parsed.scenario);
        if topic == "microsoft-cut" {
            assert_eq!(
                answers.microsoft_cut.to_string(),
                verdict,
                "line {line}: {rule}"
            );
        } else {
            let topic = Topic::from_slug(topic)
                .unwrap_or_else(|| panic!("line {line}: unknown topic {topic}"));
            match answers.get(topic) {
                None => assert_eq!(verdict, "absent", "line {line}: {rule}: no answer given"),
                Some(answer) => {
                    assert_eq!(
                        answer.verdict.slug(),
                        verdict,
                        "line {line}: {rule}: {}",
                        answer.trace
                    );
                    assert_eq!(answer.cites.join(" "), cites, "line {line}: {rule}");
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 40, "the table lost rows: {checked}");
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
            let message = error.message();
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
    assert_eq!(parsed.scenario, terms::Scenario::default());
    assert_eq!(terms::to_query(&parsed.scenario), link);
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
        let answers = terms::evaluate(&preset.scenario);
        assert!(
            !seen.contains(&answers),
            "{} answers exactly like another preset",
            preset.id
        );
        seen.push(answers);
    }
    assert!(terms::PRESETS.len() >= 6);
}

#[test]
fn the_catalog_holds_each_specified_clause_once_with_its_provenance() {
    let mut ids: Vec<String> = (1..=13).map(|n| format!("A{n}")).collect();
    ids.push("J1".into());
    ids.extend((1..=13).map(|n| format!("B{n}")));
    assert_eq!(terms::CLAUSES.len(), ids.len());
    for id in &ids {
        let clause = terms::clause(id).unwrap_or_else(|| panic!("{id} is missing"));
        let expected = match &id[..1] {
            "A" => terms::Provenance::Announcement,
            "J" => terms::Provenance::JointStatement,
            _ => terms::Provenance::BackgroundAgreement,
        };
        assert_eq!(clause.provenance, expected, "{id}");
        assert!(clause.summary.len() > 20, "{id}");
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
    assert!(errors.iter().any(
        |e| e.field == Field::Partner && e.message().contains("cannot go with channel=partner")
    ));
    s.edit(Field::Year, "2030", &mut errors);
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        vec![Field::Partner]
    );
}
