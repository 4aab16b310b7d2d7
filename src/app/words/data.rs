//! The data behind the answers, for download ("Get the data"): the
//! decision table a bare visit shows (the default scenario, every
//! offering, `terms::decision_table`) under every version, as
//! `data/decisions.csv` and `data/decisions.json`, and the clause catalog
//! with its sources and statuses as `data/clauses.json`, in the layout
//! `contract.md` gives. Each carries the rules version, a licence line and
//! how to cite: the JSON files in their own fields; the CSV, whose first
//! line must be its header, in a CSV on the Web metadata file beside it
//! (`decisions.csv-metadata.json`, where CSVW tools look for it).

use serde::Serialize;

use crate::app::citation::citation;
use crate::app::text::{self, text};
use crate::content::LAST_CHECKED;
use crate::terms::{decision_table, Choice, Scenario, Terms, CLAUSES, RULES_VERSION, TABLE_TOPICS};

/// Where the files go, from the site's root.
pub const DECISIONS_CSV: &str = "data/decisions.csv";
pub const DECISIONS_JSON: &str = "data/decisions.json";
pub const CLAUSES_JSON: &str = "data/clauses.json";
pub const DECISIONS_CSV_METADATA: &str = "data/decisions.csv-metadata.json";

/// The CSV's header, as `contract.md` fixes it.
pub const CSV_HEADER: &str = "offering,topic,terms,verdict,cites,rule";

/// One answer of the decision table: an offering's topic under one version.
#[derive(Serialize, Debug, PartialEq, Eq)]
pub struct Decision {
    pub offering: &'static str,
    pub topic: &'static str,
    /// The version's date.
    pub terms: &'static str,
    pub verdict: &'static str,
    /// Clause IDs, space-separated.
    pub cites: String,
    /// The rule row that fired (`tests/spec/rules.tsv`).
    pub rule: &'static str,
}

/// Every answer of the default scenario's decision table: by offering (in
/// `terms.md`'s order), topic (the table's columns) and version (in date
/// order), where the version answers the topic.
pub fn decisions() -> Vec<Decision> {
    let mut out = Vec::new();
    for row in decision_table(&Scenario::DEFAULT) {
        let Some((_, both)) = &row.answers else {
            continue;
        };
        for topic in TABLE_TOPICS {
            for terms in Terms::all() {
                if let Some(a) = both.under(terms).get(topic) {
                    out.push(Decision {
                        offering: row.offering.slug(),
                        topic: topic.slug(),
                        terms: terms.slug(),
                        verdict: a.verdict.slug(),
                        cites: a.cites.join(" "),
                        rule: a.rule,
                    });
                }
            }
        }
    }
    out
}

/// A CSV field, quoted where it must be (RFC 4180).
fn field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

/// `data/decisions.csv`: the header, then one line per decision.
pub fn decisions_csv() -> String {
    let mut out = format!("{CSV_HEADER}\r\n");
    for d in decisions() {
        let line = [d.offering, d.topic, d.terms, d.verdict, &d.cites, d.rule].map(field);
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// What every file says of itself: rules version, licence, how to cite.
#[derive(Serialize)]
struct About {
    title: String,
    rules_version: u32,
    terms_last_checked: &'static str,
    licence: String,
    cite: String,
}

fn about(what: &str, site: Option<&str>) -> About {
    let page = site.map_or_else(|| text("cite-address-placeholder", &[]), str::to_string);
    About {
        title: text(
            "data-file-title",
            &[("what", what), ("title", &text("title", &[]))],
        ),
        rules_version: RULES_VERSION,
        terms_last_checked: LAST_CHECKED,
        licence: text("data-licence", &[]),
        cite: citation(&page).0,
    }
}

#[derive(Serialize)]
struct DecisionsFile {
    #[serde(flatten)]
    about: About,
    /// The scenario every row shares but its offering, as a link query.
    scenario: String,
    decisions: Vec<Decision>,
}

/// `data/decisions.json`: the same records as the CSV, under `decisions`.
pub fn decisions_json(site: Option<&str>) -> Result<String, String> {
    let file = DecisionsFile {
        about: about(&text("data-decisions", &[]), site),
        scenario: crate::terms::to_query(&Scenario::DEFAULT),
        decisions: decisions(),
    };
    serde_json::to_string_pretty(&file).map_err(|e| format!("{DECISIONS_JSON}: {e}"))
}

#[derive(Serialize)]
struct ClauseRecord {
    id: &'static str,
    provenance: &'static str,
    says: String,
    source: String,
    source_publisher: String,
    source_date: &'static str,
    source_url: Option<&'static str>,
    status: &'static str,
    /// What later versions did to it, dated.
    notes: Vec<NoteRecord>,
}

#[derive(Serialize)]
struct NoteRecord {
    terms: &'static str,
    kind: &'static str,
    says: String,
}

#[derive(Serialize)]
struct ClausesFile {
    #[serde(flatten)]
    about: About,
    clauses: Vec<ClauseRecord>,
}

/// `data/clauses.json`: every clause with its source and that source's
/// status, and what later versions did to it.
pub fn clauses_json(site: Option<&str>) -> Result<String, String> {
    let clauses = CLAUSES
        .iter()
        .map(|c| {
            let s = c.provenance.source();
            ClauseRecord {
                id: c.id,
                provenance: c.provenance.slug(),
                says: text::clause_summary(c),
                source: text::source_name(s),
                source_publisher: text::source_publisher(s),
                source_date: s.date,
                source_url: s.url,
                status: s.status.slug(),
                notes: c
                    .notes
                    .iter()
                    .map(|(terms, note)| NoteRecord {
                        terms: terms.slug(),
                        kind: if note.is_change() {
                            "changed"
                        } else {
                            "unmentioned"
                        },
                        says: text(note.name(), &[]),
                    })
                    .collect(),
            }
        })
        .collect();
    let file = ClausesFile {
        about: about(&text("data-clauses", &[]), site),
        clauses,
    };
    serde_json::to_string_pretty(&file).map_err(|e| format!("{CLAUSES_JSON}: {e}"))
}

/// `decisions.csv-metadata.json`: the CSV's columns, rules version,
/// licence and citation, as CSV on the Web (W3C) describes a table.
pub fn decisions_csv_metadata(site: Option<&str>) -> Result<String, String> {
    let about = about(&text("data-decisions", &[]), site);
    let columns: Vec<serde_json::Value> = CSV_HEADER
        .split(',')
        .map(|name| {
            serde_json::json!({
                "name": name,
                "titles": name,
                "dc:description": text(&format!("data-column-{name}"), &[]),
            })
        })
        .collect();
    let json = serde_json::json!({
        "@context": "http://www.w3.org/ns/csvw",
        "url": "decisions.csv",
        "dc:title": about.title,
        "dc:license": about.licence,
        "dc:bibliographicCitation": about.cite,
        "dc:hasVersion": format!("rules version {}", about.rules_version),
        "dc:modified": about.terms_last_checked,
        "tableSchema": { "columns": columns },
    });
    serde_json::to_string_pretty(&json).map_err(|e| format!("{DECISIONS_CSV_METADATA}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csv_and_the_json_hold_the_same_decisions_the_table_answers() {
        let csv = decisions_csv();
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(CSV_HEADER), "the header first");
        let json: serde_json::Value = serde_json::from_str(&decisions_json(None).unwrap()).unwrap();
        let records = json["decisions"].as_array().unwrap();
        let rows: Vec<&str> = lines.collect();
        assert_eq!(rows.len(), records.len());
        assert!(rows.len() >= 40, "{} rows", rows.len());
        for (line, record) in rows.iter().zip(records) {
            let fields: Vec<&str> = line.split(',').collect();
            for (i, key) in CSV_HEADER.split(',').enumerate() {
                assert_eq!(fields[i], record[key].as_str().unwrap(), "{key} in {line}");
            }
        }
        assert_eq!(json["rules_version"], RULES_VERSION);
        assert!(json["licence"].as_str().unwrap().contains("MIT"));
        let clauses: serde_json::Value =
            serde_json::from_str(&clauses_json(None).unwrap()).unwrap();
        assert_eq!(clauses["clauses"].as_array().unwrap().len(), CLAUSES.len());
        let meta: serde_json::Value =
            serde_json::from_str(&decisions_csv_metadata(None).unwrap()).unwrap();
        assert_eq!(meta["tableSchema"]["columns"].as_array().unwrap().len(), 6);
    }
}
